"""What every command shares: opening the database (``opened``, ``signed_in``), JSON output, plain errors."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from skillassess.core.messages import msg
from skillassess.db.database import Database, open_database, resolve_url, sqlite_url
from skillassess.services.context import Actor

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A plain one-sentence error for the user; printed to stderr, exit status 1 (or ``status``)."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


@contextmanager
def opened(args: argparse.Namespace, *, create: bool = False, warn: bool = True) -> Iterator[Database]:
    """The command's database for the block (``with opened(args) as db:``), disposed of however it ends.

    For commands that name nobody: reads open to anyone (the standards, a key list, ``info``) and
    ``setup`` and ``demo``, the only ones that pass ``create``. See ``_open`` for the rest.
    """
    db = _open(args, create=create, warn=warn)
    try:
        yield db
    finally:
        db.dispose()


@contextmanager
def scratch_database(path: Path, *, create: bool = False) -> Iterator[Database]:
    """A SQLite database the command makes for itself at ``path`` (the self-test's), not the user's:
    no sign-in, no backup, disposed of however the block ends."""
    db = open_database(sqlite_url(path), create=create)
    try:
        yield db
    finally:
        db.dispose()


@contextmanager
def signed_in(
    args: argparse.Namespace, *, reads: bool = False, daily_backup: bool = True, warn: bool = True
) -> Iterator[tuple[Database, Actor]]:
    """The command's database and the user named by --user, signed in (``with signed_in(args) as (db, actor):``).

    ``reads``: the command shows or exports personal data rather than changing data; it too names a
    real, signed-in user. The first signed-in command of the day then backs the database up
    (``daily_backup``). The database is disposed of however the block ends.
    """
    with opened(args, warn=warn) as db:
        yield db, _sign_in(args, db, reads=reads, daily_backup=daily_backup)


def _open(args: argparse.Namespace, *, create: bool = False, warn: bool = True) -> Database:
    """The database chosen by --demo, --db or the environment (upgraded as needed).

    Only ``setup`` and ``demo`` pass ``create``: any other command on a mistyped path or an empty
    file says so and creates nothing. When its audit log lost entries that its checkpoint records
    (a lost -wal file after a crash), a warning says so on stderr (``warn``); writing is then
    refused until it is resolved.
    """
    if args.demo and not getattr(args, "demo_default", False):
        db = _demo_database(args)
    else:
        db = open_database(resolve_url(args.db, demo=args.demo), create=create)
    if warn:
        from skillassess.services.checkpoint import problem_on_open

        with db.session() as s:
            problem = problem_on_open(s)
        if problem is not None:
            print(f"skillassess: warning: {problem}", file=sys.stderr)
    return db


def _demo_database(args: argparse.Namespace) -> Database:
    """--demo with any command: the demo database, created with its demo data when missing."""
    from skillassess.services.demo import load_demo

    db = open_database(resolve_url(None, demo=True), create=True)
    try:
        with db.transaction() as session:
            load_demo(session)
    except BaseException:
        db.dispose()
        raise
    return db


def _daily_backup(db: Database) -> None:
    """The first command of the day by a signed-in user backs the database up (keeping the newest N).

    Quiet when it works (the archive's place is in `skillassess backup-settings`); a problem is one
    line on stderr and the command goes on.
    """
    from skillassess.core.errors import DatabaseDamagedError, DomainError
    from skillassess.services.backups import daily_backup

    try:
        result = daily_backup(db)
    except DatabaseDamagedError:  # not a failed backup: the command stops (``opened`` disposes of the database)
        raise
    except (DomainError, OSError) as exc:  # a failed backup must not stop the day's work; it is said
        reason = exc if isinstance(exc, DomainError) else (exc.strerror or type(exc).__name__)
        print(f"skillassess: the daily backup could not be written: {reason}", file=sys.stderr)
        return
    if result is not None:
        log.info("Daily backup written to %s", result.archive)
        for warning in result.warnings:
            print(f"skillassess: {warning}", file=sys.stderr)


def _sign_in(args: argparse.Namespace, db: Database, *, reads: bool, daily_backup: bool) -> Actor:
    """The user named by --user, with the password from SKILLASSESS_PASSWORD or a prompt; then the
    daily backup if this is the first signed-in command of the day (``daily_backup``)."""
    import getpass
    import os

    from skillassess.services.users import authenticate

    if not getattr(args, "user", None):
        if reads:
            raise CommandError(
                str(
                    msg(
                        "This command shows personal data: name yourself with --user NAME "
                        "(password from SKILLASSESS_PASSWORD or asked)."
                    )
                )
            )
        raise CommandError(
            "This command changes data: name yourself with --user NAME (password from SKILLASSESS_PASSWORD or asked)."
        )
    password = os.environ.get("SKILLASSESS_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise CommandError("No password: set SKILLASSESS_PASSWORD or run the command in a terminal.")
        password = getpass.getpass(f"Password for {args.user}: ")
    actor = db.write(lambda session: authenticate(session, args.user, password))
    if daily_backup:
        _daily_backup(db)
    return actor


def date_argument(text: str) -> dt.date:
    """An option's date, written YYYY-MM-DD (argparse names the option when it is not one)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31") from None


def picked(record: Any, *names: str) -> dict[str, Any]:
    """The named fields of ``record``, in that order: what a command's JSON document lists of it."""
    return {name: getattr(record, name) for name in names}


def _jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def print_json(document: Any) -> None:
    """Print one JSON document on stdout (dates as ISO strings, enums as their values)."""
    json.dump(_jsonable(document), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_json_rows(rows: Iterable[dict[str, Any]]) -> None:
    """Print one JSON array of flat objects, an object a line (a list of 100,000 candidates is written as it
    is read, at the speed of ``json.dumps``, not as one indented document)."""
    write = sys.stdout.write
    write("[")
    first = True
    for row in rows:
        write("\n" if first else ",\n")
        write(json.dumps(_jsonable(row), ensure_ascii=False))
        first = False
    write("\n]\n" if not first else "]\n")


def print_table(rows: list[list[str]], headers: list[str]) -> None:
    """Print rows as aligned plain-text columns."""
    widths = [len(h) for h in headers]
    for r in rows:
        widths = [max(w, len(str(c))) for w, c in zip(widths, r, strict=False)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False))
    print(line.rstrip())
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=False)).rstrip())
