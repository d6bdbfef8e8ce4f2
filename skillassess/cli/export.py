"""Commands: export results | register | statistics, each to an Excel workbook."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from skillassess.cli.base import CommandError, date_argument, print_json, signed_in
from skillassess.core.enums import AssessmentStatus
from skillassess.services import exports
from skillassess.services.context import Actor

_T = TypeVar("_T")


def _output(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", type=Path, help="the workbook to write")
    p.add_argument("--json", action="store_true", help="print one JSON document about the export")


def _period(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument(
        "--from",
        dest="date_from",
        type=date_argument,
        metavar="DATE",
        help=f"only {what} on or after DATE (YYYY-MM-DD)",
    )
    p.add_argument(
        "--to", dest="date_to", type=date_argument, metavar="DATE", help=f"only {what} on or before DATE (YYYY-MM-DD)"
    )


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "export",
        help="export results, the certificate register or statistics to Excel (needs --user)",
        description="Write an Excel workbook. Exports hold personal data: they need --user NAME "
        "(an administrator, registrar or verifier) and its password; the About sheet names who "
        "exported, and each export is recorded in the audit log with its filters.",
    )
    ex = p.add_subparsers(dest="export_kind", metavar="WHAT", required=True)

    r = ex.add_parser("results", help="one row per candidate and unit attempt")
    _output(r)
    r.add_argument("--qualification", metavar="CODE", help="only results towards this qualification (code)")
    _period(r, "results assessed")
    r.add_argument("--status", choices=[s.value for s in AssessmentStatus], help="only results with this status")
    r.set_defaults(func=cmd_export_results)

    g = ex.add_parser("register", help="the certificate register (issued, reprinted and revoked)")
    _output(g)
    g.set_defaults(func=cmd_export_register)

    s = ex.add_parser("statistics", help="candidates assessed, competent and certified by sex, with charts")
    _output(s)
    _period(s, "results and certificates dated")
    s.set_defaults(func=cmd_export_statistics)


def _check_output(path: Path) -> None:
    if path.suffix.lower() != ".xlsx":
        raise CommandError(f"{path} does not end in .xlsx; name the workbook FILE.xlsx.")
    if path.is_dir():
        raise CommandError(f"{path} is a folder; give a file name ending in .xlsx.")


def _report(args: argparse.Namespace, what: str, rows: int) -> None:
    if args.json:
        print_json({"file": str(args.output.resolve()), "export": args.export_kind, "rows": rows})
    else:
        print(f"Exported {rows} {what} to {args.output}")


def _export(args: argparse.Namespace, write: Callable[[Session, Actor, str], _T]) -> _T:
    """The export in one transaction: the workbook written and its export audited, or neither."""
    _check_output(args.output)
    with signed_in(args, reads=True) as (db, actor), db.transaction() as session:
        return write(session, actor, db.name)


def cmd_export_results(args: argparse.Namespace) -> int:
    f = exports.ResultFilter(
        qualification=args.qualification,
        date_from=args.date_from,
        date_to=args.date_to,
        status=AssessmentStatus(args.status) if args.status else None,
    )
    n = _export(args, lambda s, actor, name: exports.export_results(s, actor, args.output, f, database=name))
    _report(args, "result rows", n)
    return 0


def cmd_export_register(args: argparse.Namespace) -> int:
    n = _export(args, lambda s, actor, name: exports.export_register(s, actor, args.output, database=name))
    _report(args, "certificates", n)
    return 0


def cmd_export_statistics(args: argparse.Namespace) -> int:
    stats = _export(
        args,
        lambda s, actor, name: exports.export_statistics(
            s, actor, args.output, args.date_from, args.date_to, database=name
        ),
    )
    if args.json:
        t = stats.total
        print_json(
            {
                "file": str(args.output.resolve()),
                "export": "statistics",
                "totals": {
                    m: {"female": t.measure(m).female, "male": t.measure(m).male, "total": t.measure(m).total}
                    for m in ("assessed", "competent", "certified")
                },
            }
        )
    else:
        print(f"Exported statistics to {args.output}")
    return 0
