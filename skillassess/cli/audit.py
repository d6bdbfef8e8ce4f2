"""Commands: audit verify, audit list."""

from __future__ import annotations

import argparse
import datetime as dt

from skillassess.cli.base import open_db, print_json, print_table, signed_in_actor
from skillassess.core.enums import AuditAction, Role
from skillassess.services.audit import AuditFilter, AuditRow, count_entries, entry_page, verify


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("audit", help="the tamper-evident audit log: verify it, list entries")
    audit = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)

    v = audit.add_parser(
        "verify", help="check the hash chain (exit 0 intact, 1 broken)",
        description="Recompute the hash of every entry. Exit status 0 when the log is intact; 1 when it is "
        "broken, naming the first broken entry and why. The head hash printed can be written down: a later "
        "check that shows another head for the same number of entries means the log was rewritten.",
    )
    v.add_argument("--json", action="store_true", help="print one JSON document")
    v.set_defaults(func=cmd_verify)

    ls = audit.add_parser("list", help="list entries, newest first (filters optional; needs --user of an "
                          "administrator or verifier)")
    ls.add_argument("--json", action="store_true", help="print one JSON document (an array of entries)")
    ls.add_argument("--entity-type", metavar="TYPE", help="e.g. user, candidate, assessment, certificate")
    ls.add_argument("--entity-id", metavar="ID", help="the record as users name it, e.g. a user name or serial")
    ls.add_argument("--by", metavar="NAME", help="entries written by this user")
    ls.add_argument("--action", choices=[a.value for a in AuditAction])
    ls.add_argument("--since", metavar="DATE", type=_date, help="from this day (UTC, YYYY-MM-DD)")
    ls.add_argument("--until", metavar="DATE", type=_date, help="up to and including this day (UTC)")
    ls.add_argument("--limit", metavar="N", type=int, default=0, help="at most N entries (default: all)")
    ls.set_defaults(func=cmd_list)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-11-25") from exc


def cmd_verify(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.session() as s:
            report = verify(s)
    finally:
        db.dispose()
    if args.json:
        print_json({
            "intact": report.intact,
            "checked": report.checked,
            "broken_entry_id": report.broken_id,
            "problem": report.problem or None,
            "head_hash": report.head_hash if report.intact else None,
        })
    else:
        print(report.message)
        if report.intact:
            print(f"Head hash: {report.head_hash}")
    return 0 if report.intact else 1


def _entry_doc(r: AuditRow) -> dict[str, object]:
    return {
        "id": r.id,
        "at": r.at,
        "username": r.username,
        "action": r.action,
        "entity_type": r.entity_type,
        "entity_id": r.entity_id,
        "before": r.before,
        "after": r.after,
    }


def cmd_list(args: argparse.Namespace) -> int:
    f = AuditFilter(
        entity_type=args.entity_type, entity_id=args.entity_id, username=args.by,
        since=args.since, until=args.until, action=AuditAction(args.action) if args.action else None,
    )
    db = open_db(args)
    try:
        # Entries hold the personal data that changed: for administrators and verifiers, as the Audit page.
        signed_in_actor(args, db, reads=True).require(Role.ADMINISTRATOR, Role.VERIFIER, action="read the audit log")
        with db.session() as s:
            total = count_entries(s, f)
            limit = args.limit if args.limit > 0 else total
            rows = entry_page(s, f, 0, limit) if limit else []
    finally:
        db.dispose()
    if args.json:
        print_json([_entry_doc(r) for r in rows])
    else:
        print_table(
            [[str(r.id), r.at.strftime("%Y-%m-%d %H:%M:%S"), r.username, r.action.value, r.entity_type, r.entity_id,
              ", ".join(r.changed_fields())] for r in rows],
            ["id", "at (UTC)", "user", "action", "entity", "record", "fields"],
        )
    return 0
