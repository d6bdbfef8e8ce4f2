"""Commands: users add, list, update, deactivate, activate, reset-password, delete."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from skillassess.cli.base import CommandError, date_argument, opened, picked, print_json, print_table, signed_in
from skillassess.core.enums import Role
from skillassess.services import users as svc
from skillassess.services.users import UNSET, UserRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ROLE_CHOICES = [r.value for r in Role]


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    st = sub.add_parser(
        "setup",
        help="first start: record the centre and its first administrator",
        description="For a database without users (what the first-start window does). The administrator's "
        "password comes from $SKILLASSESS_NEW_PASSWORD, else it is asked twice.",
    )
    st.add_argument("--centre-name", required=True, metavar="TEXT")
    st.add_argument("--centre-code", required=True, metavar="CODE", help="short code, starts certificate serials")
    st.add_argument("--country", required=True, metavar="CC", help="two-letter ISO code, e.g. GH")
    st.add_argument("--address", default="", metavar="TEXT")
    st.add_argument("--logo", metavar="FILE", help="PNG or JPEG image")
    st.add_argument("--admin", required=True, metavar="NAME", help="user name of the first administrator")
    st.add_argument("--admin-full-name", default="", metavar="TEXT")
    st.set_defaults(func=cmd_setup)

    p = sub.add_parser("users", help="user accounts and their roles (changes need --user of an administrator)")
    users = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)

    a = users.add_parser(
        "add",
        help="add a user",
        description="Add a user. The new password comes from $SKILLASSESS_NEW_PASSWORD, else it is asked twice; "
        "it is never given as an argument.",
    )
    a.add_argument("name", metavar="NAME", help="user name (letters, digits, . _ -)")
    _account_options(a, role_required=True)
    a.set_defaults(func=cmd_add)

    u = users.add_parser("update", help="change a user's full name, roles or assessor registration")
    u.add_argument("name", metavar="NAME")
    _account_options(u, role_required=False)
    u.set_defaults(func=cmd_update)

    ls = users.add_parser("list", help="list the users (needs --user of an administrator)")
    ls.add_argument("--json", action="store_true", help="print one JSON document (an array of users)")
    ls.add_argument("--active", action="store_true", help="only users who can sign in")
    ls.set_defaults(func=cmd_list)

    for name, helptext, func in (
        ("deactivate", "stop a user from signing in (their records stay)", cmd_deactivate),
        ("activate", "let a deactivated user sign in again", cmd_activate),
        ("delete", "delete a user who has no records at all (otherwise deactivate)", cmd_delete),
    ):
        d = users.add_parser(name, help=helptext)
        d.add_argument("name", metavar="NAME")
        d.set_defaults(func=func)

    r = users.add_parser(
        "reset-password",
        help="give a user a new password (also unlocks the account)",
        description="The new password comes from $SKILLASSESS_NEW_PASSWORD, else it is asked twice.",
    )
    r.add_argument("name", metavar="NAME")
    r.set_defaults(func=cmd_reset_password)


def _account_options(p: argparse.ArgumentParser, role_required: bool) -> None:
    p.add_argument(
        "--role",
        dest="roles",
        action="append",
        choices=ROLE_CHOICES,
        required=role_required,
        help="a role; repeat for several" + ("" if role_required else " (replaces all roles)"),
    )
    p.add_argument("--full-name", metavar="TEXT")
    p.add_argument("--registration-number", metavar="TEXT", help="assessor registration number ('' clears it)")
    p.add_argument(
        "--registration-expires", metavar="DATE", type=date_argument, help="expiry of the registration (YYYY-MM-DD)"
    )


def new_password() -> str:
    """The new password from $SKILLASSESS_NEW_PASSWORD, else asked twice on the terminal."""
    password = os.environ.get("SKILLASSESS_NEW_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CommandError("No new password: set SKILLASSESS_NEW_PASSWORD or run the command in a terminal.")
    first = getpass.getpass("New password: ")
    if getpass.getpass("New password again: ") != first:
        raise CommandError("The two passwords differ; nothing was changed.")
    return first


def _user_doc(row: UserRow) -> dict[str, object]:
    return picked(
        row,
        "username",
        "full_name",
        "roles",
        "active",
        "locked_until",
        "assessor_registration_number",
        "registration_expires_on",
        "created_at",
    )


def cmd_setup(args: argparse.Namespace) -> int:
    from pathlib import Path

    logo = None
    if args.logo:
        try:
            logo = Path(args.logo).read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read the logo {args.logo}: {exc.strerror}.") from exc
    with opened(args, create=True) as db:
        with db.session() as s:
            if svc.has_users(s):
                raise CommandError("This database already has users; use `users add` as an administrator.")
        password = new_password()
        actor = db.write(
            lambda s: svc.create_centre_and_admin(
                s,
                svc.CentreFields(
                    name=args.centre_name, code=args.centre_code, country=args.country, address=args.address, logo=logo
                ),
                svc.AdminFields(username=args.admin, password=password, full_name=args.admin_full_name),
            )
        )
    print(f"Centre recorded; {actor.username} is its administrator. Database: {db.name}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        password = new_password()
        row = db.write(
            lambda s: svc.add_user(
                s,
                actor,
                args.name,
                password,
                [Role(r) for r in args.roles],
                full_name=args.full_name or "",
                assessor_registration_number=args.registration_number,
                registration_expires_on=args.registration_expires,
            )
        )
    print(f"Added {row.username} ({', '.join(r.value for r in row.roles)}).")
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        row = db.write(
            lambda s: svc.update_user(
                s,
                actor,
                args.name,
                full_name=args.full_name,
                roles=[Role(r) for r in args.roles] if args.roles else None,
                assessor_registration_number=UNSET if args.registration_number is None else args.registration_number,
                registration_expires_on=UNSET if args.registration_expires is None else args.registration_expires,
            )
        )
    print(f"Updated {row.username} ({', '.join(r.value for r in row.roles)}).")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with signed_in(args, reads=True) as (db, actor):
        # Names, roles and locked accounts: for administrators, as the Users page.
        actor.require(Role.ADMINISTRATOR, action="list users")
        with db.session() as s:
            rows = svc.list_users(s, include_inactive=not args.active)
    if args.json:
        print_json([_user_doc(r) for r in rows])
    else:
        print_table(
            [
                [
                    r.username,
                    r.full_name,
                    ", ".join(x.value for x in r.roles),
                    "yes" if r.active else "no",
                    r.assessor_registration_number or "",
                    str(r.registration_expires_on or ""),
                ]
                for r in rows
            ],
            ["user", "full name", "roles", "active", "registration", "expires"],
        )
    return 0


def _change(args: argparse.Namespace, action: str) -> int:
    with signed_in(args) as (db, actor):
        password = (
            new_password() if action == "reset" else ""
        )  # asked before any transaction, once, not again if the write is re-run

        def work(s: Session) -> None:
            if action == "deactivate":
                svc.deactivate_user(s, actor, args.name)
            elif action == "activate":
                svc.set_active(s, actor, args.name, True)
            elif action == "delete":
                svc.delete_user(s, actor, args.name)
            else:
                svc.reset_password(s, actor, args.name, password)

        db.write(work)
    done = {"deactivate": "Deactivated", "activate": "Activated", "delete": "Deleted", "reset": "New password set for"}
    print(f"{done[action]} {svc.normalise_username(args.name)}.")
    return 0


def cmd_deactivate(args: argparse.Namespace) -> int:
    return _change(args, "deactivate")


def cmd_activate(args: argparse.Namespace) -> int:
    return _change(args, "activate")


def cmd_delete(args: argparse.Namespace) -> int:
    return _change(args, "delete")


def cmd_reset_password(args: argparse.Namespace) -> int:
    return _change(args, "reset")
