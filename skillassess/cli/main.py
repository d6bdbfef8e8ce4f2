"""Argument parsing and dispatch; errors become one plain sentence on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from skillassess import APP_NAME, __version__
from skillassess.cli import assessments, audit, backups, candidates, core_commands, export, self_test, standards, users
from skillassess.cli import centre as centre_commands
from skillassess.cli import certificates as certificate_commands
from skillassess.cli import exchange as exchange_commands
from skillassess.cli import verifier as verifier_commands
from skillassess.cli.base import CommandError
from skillassess.cli.language import cli_language, translator
from skillassess.core.errors import DomainError
from skillassess.core.languages import LANGUAGES
from skillassess.db.errors import database_error_message
from skillassess.logfile import FILE_ONLY, setup_logging

log = logging.getLogger(__name__)

# Each module adds its subcommands with register(subparsers).
COMMAND_MODULES = [
    core_commands,
    users,
    centre_commands,
    audit,
    standards,
    assessments,
    candidates,
    export,
    certificate_commands,
    exchange_commands,
    verifier_commands,
    backups,
    self_test,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="skillassess",
        description=f"{APP_NAME}: competency standards, assessments, RPL and certificates for TVET centres.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database: a SQLAlchemy URL or a SQLite file path "
        "(default: $SKILLASSESS_DATABASE_URL, else the centre database in the user data folder)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="use the demo database (created with demo data when missing)"
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="who you are, for commands that change data (password from $SKILLASSESS_PASSWORD, else asked)",
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="language of messages: " + ", ".join(LANGUAGES) + " (default: $SKILLASSESS_LANGUAGE, else the system's)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(args.debug)
    if args.command is None:
        args.command = "gui"
        args.func = core_commands.cmd_gui
    try:
        return int(args.func(args) or 0)
    except (DomainError, CommandError) as exc:
        if args.debug:
            raise
        text = exc.render(translator(cli_language(args.lang))) if isinstance(exc, DomainError) else str(exc)
        print(f"skillassess: {text}", file=sys.stderr)
        return getattr(exc, "status", 1)
    except BrokenPipeError:
        # The reader stopped early (e.g. `| head`): not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("skillassess: interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:  # the last resort: a plain sentence, the traceback only with --debug
        if args.debug:
            raise
        problem = database_error_message(exc)
        if problem is not None:
            # SQL and the driver's words go to the log file only.
            log.error("Database error in %r", args.command, exc_info=exc, extra=FILE_ONLY)
            print(f"skillassess: {problem}", file=sys.stderr)
            return 1
        log.error("Unexpected error in %r", args.command, exc_info=exc, extra=FILE_ONLY)
        print(f"skillassess: unexpected error: {exc} (run again with --debug for details)", file=sys.stderr)
        return 2
