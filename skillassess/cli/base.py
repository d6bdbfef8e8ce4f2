"""What every command shares: opening the database, JSON output, plain errors."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from enum import Enum
from typing import Any

from skillassess.db.database import Database, open_database, resolve_url
from skillassess.services.context import Actor

Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A plain one-sentence error for the user; printed to stderr, exit status 1 (or ``status``)."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def open_db(args: argparse.Namespace, *, warn: bool = True) -> Database:
    """The database chosen by --demo, --db or the environment (created or upgraded as needed).

    When its audit log lost entries that its checkpoint records (a lost -wal file after a crash),
    a warning says so on stderr (``warn``); writing is then refused until it is resolved.
    """
    db = open_database(resolve_url(args.db, demo=args.demo))
    if warn:
        from skillassess.services.checkpoint import problem_on_open

        with db.session() as s:
            problem = problem_on_open(s)
        if problem is not None:
            print(f"skillassess: warning: {problem}", file=sys.stderr)
    return db


def signed_in_actor(args: argparse.Namespace, db: Database) -> Actor:
    """The user named by --user, with the password from SKILLASSESS_PASSWORD or a prompt."""
    import getpass
    import os

    from skillassess.services.users import authenticate

    if not getattr(args, "user", None):
        raise CommandError("This command changes data: name yourself with --user NAME "
                           "(password from SKILLASSESS_PASSWORD or asked).")
    password = os.environ.get("SKILLASSESS_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise CommandError("No password: set SKILLASSESS_PASSWORD or run the command in a terminal.")
        password = getpass.getpass(f"Password for {args.user}: ")
    with db.transaction() as session:
        return authenticate(session, args.user, password)


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


def print_table(rows: list[list[str]], headers: list[str]) -> None:
    """Print rows as aligned plain-text columns."""
    widths = [len(h) for h in headers]
    for r in rows:
        widths = [max(w, len(str(c))) for w, c in zip(widths, r, strict=False)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False))
    print(line.rstrip())
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=False)).rstrip())
