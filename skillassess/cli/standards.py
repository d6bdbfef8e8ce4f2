"""Commands: standards list, show, import, export, template."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from skillassess.cli.base import CommandError, opened, print_json, print_table, signed_in
from skillassess.core.enums import Role, SectionKind
from skillassess.services import standards as svc
from skillassess.services import standards_io
from skillassess.services.context import Actor


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("standards", help="competency standards: list, show, import, export, template")
    ss = p.add_subparsers(dest="standards_command", metavar="ACTION", required=True)

    q = ss.add_parser("list", help="every qualification version")
    q.add_argument("--json", action="store_true", help="print one JSON document")
    q.set_defaults(func=cmd_list)

    q = ss.add_parser("show", help="a qualification with its units, elements and criteria, in order")
    q.add_argument("code")
    q.add_argument("--version", type=int, dest="qversion", help="version (default: the current one, else the newest)")
    q.add_argument("--json", action="store_true", help="print one JSON document")
    q.set_defaults(func=cmd_show)

    q = ss.add_parser(
        "import", help="import a standard from .xlsx, CASE .json or Moodle .csv (needs --user, administrator)"
    )
    q.add_argument("file", type=Path)
    q.add_argument("--code", help="qualification code to use (for files whose document has none)")
    q.add_argument(
        "--unit-level",
        type=int,
        default=1,
        metavar="N",
        help="Moodle .csv: the level of the framework that becomes the units (default 1, the top; docs/moodle-csv.md)",
    )
    q.add_argument("--json", action="store_true", help="print one JSON document")
    q.set_defaults(func=cmd_import)

    q = ss.add_parser(
        "export",
        help="export a qualification to .xlsx, CASE 1.1 .json or Moodle .csv (needs --user, administrator)",
    )
    q.add_argument("code")
    q.add_argument("--version", type=int, dest="qversion", help="version (default: the current one, else the newest)")
    q.add_argument("-o", "--output", type=Path, required=True, help="FILE.xlsx, FILE.json or FILE.csv")
    q.add_argument(
        "--format",
        choices=sorted(EXPORT_FORMATS),
        help="file format (default: by the output's extension); moodle-csv is what Moodle's "
        "'Import competency framework' reads (docs/moodle-csv.md)",
    )
    q.set_defaults(func=cmd_export)

    q = ss.add_parser("template", help="write an empty, documented standards workbook")
    q.add_argument("-o", "--output", type=Path, required=True, help="FILE.xlsx")
    q.set_defaults(func=cmd_template)


def cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as db, db.session() as s:
        rows = svc.list_qualifications(s)
    if args.json:
        print_json(
            [
                {
                    "code": r.code,
                    "title": r.title,
                    "level": r.level,
                    "version": r.version,
                    "status": r.status,
                    "awarding_body": r.awarding_body,
                }
                for r in rows
            ]
        )
    else:
        print_table(
            [[r.code, str(r.version), r.status.value, r.level, r.title] for r in rows],
            ["code", "version", "status", "level", "title"],
        )
    return 0


def standard_tree(session: Any, qualification_id: int) -> dict[str, Any]:
    """The whole tree of a qualification version as plain data, in order."""
    doc = standards_io.export_document(session, qualification_id)
    return {
        "code": doc.code,
        "title": doc.title,
        "level": doc.level,
        "version": doc.version,
        "status": doc.status,
        "sector": doc.sector,
        "description": doc.description,
        "awarding_body": doc.awarding_body_code,
        "packaging_rule": doc.packaging_rule,
        "electives_required": doc.electives_required,
        "credits_required": doc.credits_required,
        "units": [
            {
                "code": u.code,
                "title": u.title,
                "version": u.version,
                "category": u.category,
                "credits": u.credits,
                "nominal_hours": u.nominal_hours,
                "status": u.status,
                "sections": {k.value: u.sections.get(k.value, "") for k in SectionKind},
                "elements": [
                    {
                        "number": en,
                        "title": e.title,
                        "criteria": [{"number": f"{en}.{cn}", "text": c.text} for cn, c in enumerate(e.criteria, 1)],
                    }
                    for en, e in enumerate(u.elements, 1)
                ],
            }
            for u in doc.units
        ],
    }


def cmd_show(args: argparse.Namespace) -> int:
    with opened(args) as db, db.session() as s:
        tree = standard_tree(s, svc.find_qualification(s, args.code, args.qversion).id)
    if args.json:
        print_json(tree)
        return 0
    print(f"{tree['code']} v{tree['version']} ({tree['status']}): {tree['title']}")
    rule = (
        f"all core units plus {tree['electives_required']} elective(s)"
        if tree["packaging_rule"] == "core_plus_electives"
        else f"all core units and at least {tree['credits_required']} credits"
    )
    print(f"Level {tree['level']}; packaging rules: {rule}")
    for u in tree["units"]:
        print(f"\n  {u['code']} v{u['version']} [{u['category']}] {u['title']} ({u['credits']} credits)")
        for e in u["elements"]:
            print(f"    {e['number']}. {e['title']}")
            for c in e["criteria"]:
                print(f"       {c['number']} {c['text']}")
    return 0


def _require_admin(actor: Actor) -> None:
    actor.require(Role.ADMINISTRATOR, action="import or export competency standards")


def cmd_import(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        _require_admin(actor)
        # Read and check the file first, without the write lock; then write it in one short transaction.
        doc = standards_io.read_standard_file(args.file, code=args.code, unit_level=args.unit_level)
        result = db.write(lambda s: standards_io.import_document(s, actor, doc))
    if args.json:
        print_json(
            {
                "code": result.code,
                "version": result.version,
                "title": result.title,
                "counts": result.counts,
                "mapping": [str(line) for line in result.mapping],
            }
        )
    else:
        c = result.counts
        print(
            f"Imported {result.code} version {result.version}: {c['units']} unit(s), {c['elements']} element(s), "
            f"{c['criteria']} performance criteria."
        )
        for line in result.mapping:
            print(f"  {line}")
    return 0


EXPORT_FORMATS = {"xlsx": ".xlsx", "case-json": ".json", "moodle-csv": ".csv"}


def cmd_export(args: argparse.Namespace) -> int:
    if args.format:
        suffix = EXPORT_FORMATS[args.format]
        if not args.output.suffix:
            args.output = args.output.with_suffix(suffix)
        elif args.output.suffix.lower() != suffix:
            raise CommandError(
                f"{args.output.name}: --format {args.format} writes a {suffix} file; name it "
                f"{args.output.stem}{suffix} or leave --format out."
            )
    with signed_in(args) as (db, actor):
        _require_admin(actor)
        try:
            with db.session() as s:
                q = svc.find_qualification(s, args.code, args.qversion)
                doc = standards_io.export_file(s, q.id, args.output)
        except OSError as exc:
            raise CommandError(f"Cannot write {args.output}: {exc.strerror or exc}.") from None
    c = doc.counts()
    print(
        f"Wrote {doc.code} version {doc.version} ({c['units']} units, {c['elements']} elements, "
        f"{c['criteria']} criteria) to {args.output}."
    )
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from skillassess.formats.standards_excel import write_template

    if args.output.suffix.lower() != ".xlsx":
        raise CommandError(f"{args.output.name}: the template is an Excel workbook; name it FILE.xlsx.")
    try:
        write_template(args.output)
    except OSError as exc:
        raise CommandError(f"Cannot write {args.output}: {exc.strerror or exc}.") from None
    print(f"Wrote the standards template to {args.output}.")
    return 0
