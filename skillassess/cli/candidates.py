"""Commands: candidates list, show, import, template."""

from __future__ import annotations

import argparse
from enum import Enum
from pathlib import Path

from skillassess.cli.base import CommandError, opened, picked, print_json, print_json_rows, print_table, signed_in
from skillassess.services import candidate_search, exports
from skillassess.services import candidates as svc
from skillassess.services.candidate_import import import_candidates, write_candidate_template


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("candidates", help="list, show and import candidates; write the Excel template")
    csub = p.add_subparsers(dest="candidates_command", metavar="ACTION", required=True)

    q = csub.add_parser(
        "list",
        help="list candidates (ordered by family name; needs --user; --json needs an "
        "administrator, registrar or verifier and is recorded in the audit log)",
    )
    q.add_argument("--search", metavar="TEXT", default="", help="names in any script, registration number or ID")
    q.add_argument("--limit", type=int, default=0, help="at most this many (default: all)")
    q.add_argument("--json", action="store_true", help="print one JSON document (an array of objects)")
    q.set_defaults(func=cmd_list)

    q = csub.add_parser("show", help="one candidate with enrolments and RPL steps (needs --user)")
    q.add_argument("registration_number", metavar="REGNO")
    q.add_argument("--json", action="store_true", help="print one JSON document")
    q.set_defaults(func=cmd_show)

    q = csub.add_parser("import", help="register the candidates of an Excel list (all or nothing); needs --user")
    q.add_argument("file", metavar="FILE.xlsx", type=Path)
    q.add_argument("--json", action="store_true", help="print the report as one JSON document")
    q.set_defaults(func=cmd_import)

    q = csub.add_parser("template", help="write the Excel template for candidate lists")
    q.add_argument("-o", "--output", metavar="FILE.xlsx", type=Path, required=True)
    q.add_argument("--force", action="store_true", help="replace the file if it exists")
    q.set_defaults(func=cmd_template)


# What `candidates list` shows of a candidate, as JSON fields and as table columns.
LIST_FIELDS = (
    "registration_number",
    "family_name",
    "given_names",
    "name_local",
    "sex",
    "nationality",
    "national_id",
    "qualification_code",
    "stage",
)


def _row_json(r: candidate_search.CandidateRow) -> dict[str, object]:
    return picked(r, *LIST_FIELDS)


def _cell(value: object) -> str:
    return "" if value is None else str(value.value if isinstance(value, Enum) else value)


def cmd_list(args: argparse.Namespace) -> int:
    with signed_in(args, reads=True) as (db, actor):
        if args.json:  # machine-readable personal data: an export
            exports.require_export(actor, "candidate lists")
        with db.session() as s:  # one query (not pages with OFFSET): the list is read once
            rows = candidate_search.candidate_page(s, args.search, 0, args.limit or None)
        if args.json:
            with db.transaction() as s:  # recorded before anything is printed
                exports.record_export(
                    s,
                    actor,
                    "candidates",
                    [("Search", args.search or "all"), ("Limit", str(args.limit or "none"))],
                    len(rows),
                )
    if args.json:
        print_json_rows(_row_json(r) for r in rows)
    else:
        print_table(
            [[_cell(v) for v in _row_json(r).values()] for r in rows],
            [name.removesuffix("_code") for name in LIST_FIELDS],
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with signed_in(args, reads=True) as (db, _), db.session() as s:
        c = candidate_search.get_by_registration_number(s, args.registration_number)
        d = svc.candidate_details(s, c.id)
    if args.json:
        doc = {k: v for k, v in vars_of(d).items() if k != "id"}
        print_json(doc)
        return 0
    print(f"{d.registration_number}  {d.given_names} {d.family_name}" + (f"  ({d.name_local})" if d.name_local else ""))
    for label, value in (
        ("Sex", d.sex.value),
        ("Date of birth", d.date_of_birth or ""),
        ("ID", f"{d.id_type.value} {d.national_id or ''}"),
        ("Nationality", d.nationality),
        ("Disability", d.disability.value + (f" ({d.disability_details})" if d.disability_details else "")),
        ("Phone", d.phone),
        ("E-mail", d.email),
        ("Education", d.education),
        ("Occupation", d.occupation),
        ("Experience", "" if d.years_experience is None else f"{d.years_experience} years"),
    ):
        print(f"  {label + ':':15} {value}")
    for e in d.enrolments:
        units = f" units {', '.join(e.unit_codes)}" if e.unit_codes else ""
        print(
            f"Enrolment: {e.qualification_code}{units}, {e.pathway.value}, {e.status.value}, stage {e.stage.value}, "
            f"since {e.enrolled_on.isoformat()}"
        )
        for st in e.steps:
            decision = f" [{st.decision}]" if st.decision else ""
            print(f"  {st.on_date.isoformat()}  {st.stage.value}{decision}  {st.notes}")
    return 0


def vars_of(obj: object) -> dict[str, object]:
    from dataclasses import asdict

    return asdict(obj)  # type: ignore[call-overload, no-any-return]


def cmd_import(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        report = import_candidates(db, actor, args.file)
    if args.json:
        print_json(report)
        return 0
    print(
        f"Imported {len(report.created)} candidate(s) from {report.file}"
        + (f", {report.enrolled} enrolled" if report.enrolled else "")
        + "."
    )
    if report.created:
        print(
            f"Registration numbers: {report.created[0]} to {report.created[-1]}"
            if len(report.created) > 1
            else f"Registration number: {report.created[0]}"
        )
    for e in report.existing:
        print(f"Row {e.row}: already registered, not imported again ({e.reason}).")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    if args.output.exists() and not args.force:
        raise CommandError(f"{args.output} already exists; give another name or add --force.")
    with opened(args) as db, db.session() as s:
        write_candidate_template(s, args.output)
    print(f"Wrote {args.output}")
    return 0
