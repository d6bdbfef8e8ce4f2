"""Commands: assessments (list, show, judge, outcome, submit, verify, return, print) and progress."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skillassess.cli.base import CommandError, picked, print_json, print_table, signed_in
from skillassess.core.enums import AssessmentMethod, AssessmentStatus, Judgement, Outcome
from skillassess.core.messages import msg
from skillassess.services.candidate_search import get_by_registration_number
from skillassess.services.progress import candidate_progress
from skillassess.services.recording import judging, reading, verification

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

JUDGEMENT_WORDS = {
    "s": Judgement.SATISFACTORY,
    "satisfactory": Judgement.SATISFACTORY,
    "n": Judgement.NOT_YET_SATISFACTORY,
    "nys": Judgement.NOT_YET_SATISFACTORY,
    "not_yet_satisfactory": Judgement.NOT_YET_SATISFACTORY,
    "clear": None,
    "-": None,
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("assessments", help="list, show and record assessments")
    asub = p.add_subparsers(dest="assessments_command", metavar="ACTION", required=True)

    q = asub.add_parser("list", help="assessments, newest first (needs --user)")
    q.add_argument("--candidate", metavar="REGNO", help="only this candidate (registration number)")
    q.add_argument("--status", choices=[s.value for s in AssessmentStatus], help="only this status")
    q.add_argument("--json", action="store_true", help="print one JSON document")
    q.set_defaults(func=cmd_list)

    q = asub.add_parser("show", help="one assessment: criteria and judgements, methods, history (needs --user)")
    q.add_argument("id", type=int)
    q.add_argument("--json", action="store_true", help="print one JSON document")
    q.set_defaults(func=cmd_show)

    q = asub.add_parser("judge", help="record criteria judgements, e.g. 1.1=S 1.2=N 2.1=clear (needs --user)")
    q.add_argument("id", type=int)
    q.add_argument("cells", nargs="+", metavar="NUMBER=S|N|clear")
    q.set_defaults(func=cmd_judge)

    q = asub.add_parser("methods", help="set the methods used, e.g. observation questioning (needs --user)")
    q.add_argument("id", type=int)
    q.add_argument("methods", nargs="*", choices=[m.value for m in AssessmentMethod])
    q.set_defaults(func=cmd_methods)

    q = asub.add_parser("declare", help="declare a conflict of interest or none (needs --user)")
    q.add_argument("id", type=int)
    q.add_argument("--conflict", metavar="DETAILS", help="there is a conflict: describe it (default: none)")
    q.set_defaults(func=cmd_declare)

    q = asub.add_parser("outcome", help="record the outcome of an assessment (needs --user)")
    q.add_argument("id", type=int)
    q.add_argument("outcome", choices=[o.value for o in Outcome])
    q.add_argument("--source", help="for credit_transfer: where the credit comes from")
    q.set_defaults(func=cmd_outcome)

    for name, helptext in (
        ("submit", "submit for verification (assessor; needs --user)"),
        ("verify", "verify and lock (a verifier who did not assess it; needs --user)"),
    ):
        q = asub.add_parser(name, help=helptext)
        q.add_argument("id", type=int)
        q.set_defaults(func=cmd_workflow, action=name)

    q = asub.add_parser("return", help="return to the assessor with a reason (verifier; needs --user)")
    q.add_argument("id", type=int)
    q.add_argument("--reason", required=True)
    q.set_defaults(func=cmd_workflow, action="return")

    q = asub.add_parser("print", help="write the assessment record as a PDF (needs --user; recorded in the audit log)")
    q.add_argument("id", type=int)
    q.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    q.set_defaults(func=cmd_print)

    p = sub.add_parser("progress", help="a candidate's progress towards each qualification enrolled for (needs --user)")
    p.add_argument("registration_number", metavar="REGNO")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=cmd_progress)


def _row_json(r: Any) -> dict[str, Any]:
    return picked(
        r,
        "id",
        "registration_number",
        "candidate_name",
        "unit_code",
        "unit_version",
        "attempt",
        "status",
        "outcome",
        "assessor",
        "verifier",
        "date",
    )


def cmd_list(args: argparse.Namespace) -> int:
    with signed_in(args, reads=True) as (db, _), db.session() as s:
        if args.candidate:
            get_by_registration_number(s, args.candidate)  # a plain error for an unknown number
        rows = reading.list_assessments(
            s, candidate=args.candidate, status=AssessmentStatus(args.status) if args.status else None
        )
    if args.json:
        print_json([_row_json(r) for r in rows])
    else:
        print_table(
            [
                [
                    str(r.id),
                    r.date.isoformat(),
                    r.registration_number,
                    f"{r.unit_code} v{r.unit_version}",
                    str(r.attempt),
                    r.status.value,
                    r.outcome.code if r.outcome else "",
                    r.assessor,
                    r.verifier or "",
                ]
                for r in rows
            ],
            ["id", "date", "candidate", "unit", "attempt", "status", "outcome", "assessor", "verifier"],
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with signed_in(args, reads=True) as (db, _), db.session() as s:
        d = reading.assessment_detail(s, args.id)
    if args.json:
        print_json(d)
        return 0
    print(f"Assessment {d.id}: {d.registration_number} {d.candidate_name}")
    print(f"Unit:     {d.unit_code} v{d.unit_version} {d.unit_title} (attempt {d.attempt})")
    print(f"Date:     {d.date.isoformat()}  {d.venue}")
    print(f"Assessor: {d.assessor_name}   Verifier: {d.verifier_name or '-'}")
    print(f"Status:   {d.status.value}   Outcome: {d.outcome.value if d.outcome else '-'}")
    print(f"Methods:  {', '.join(m.value for m in d.methods) or '-'}")
    for c in d.criteria:
        mark = {Judgement.SATISFACTORY: "S", Judgement.NOT_YET_SATISFACTORY: "N"}.get(c.result, "") if c.result else ""
        print(f"  {c.number:>5} [{mark:1}] {c.text}")
    if d.blocking:
        print(f"Not yet Satisfactory: {', '.join(d.blocking)}")
    return 0


def cmd_judge(args: argparse.Namespace) -> int:
    cells: list[tuple[str, Judgement | None]] = []
    bad: list[str] = []
    for cell in args.cells:
        number, sep, word = cell.partition("=")
        if not sep or word.strip().lower() not in JUDGEMENT_WORDS:
            bad.append(cell)
            continue
        cells.append((number.strip(), JUDGEMENT_WORDS[word.strip().lower()]))
    if bad:
        raise CommandError(
            str(
                msg(
                    "{cells} is not NUMBER=S, NUMBER=N or NUMBER=clear (for example 1.2=S); nothing was saved.",
                    cells=", ".join(repr(c) for c in bad),
                )
            )
        )
    with signed_in(args) as (db, actor):
        saved = db.write(lambda s: judging.set_judgements(s, actor, args.id, cells))  # every cell or none
    print(f"Saved {len(cells)} judgement(s) in assessment {args.id} ({saved.changed} changed).")
    if saved.outcome_cleared is not None:
        print(judging.outcome_cleared_message(saved.outcome_cleared))
    return 0


def cmd_methods(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        methods = [AssessmentMethod(m) for m in args.methods]
        db.write(lambda s: judging.set_methods(s, actor, args.id, methods))
    print(f"Methods of assessment {args.id}: {', '.join(args.methods) or 'none'}.")
    return 0


def cmd_declare(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        db.write(lambda s: judging.declare_conflict(s, actor, args.id, args.conflict is not None, args.conflict or ""))
    print(f"Conflict of interest declared for assessment {args.id}: {'yes' if args.conflict is not None else 'none'}.")
    return 0


def cmd_outcome(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        db.write(lambda s: judging.set_outcome(s, actor, args.id, Outcome(args.outcome), args.source))
    print(f"Outcome of assessment {args.id}: {args.outcome}.")
    return 0


def cmd_workflow(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):

        def work(s: Session) -> None:
            if args.action == "submit":
                judging.submit(s, actor, args.id)
            elif args.action == "verify":
                verification.verify(s, actor, args.id)
            else:
                verification.return_assessment(s, actor, args.id, args.reason)

        db.write(work)
    done = {"submit": "submitted", "verify": "verified", "return": "returned"}[args.action]
    print(f"Assessment {args.id} {done}.")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from skillassess.cli.language import cli_language, translator
    from skillassess.services.exports import export_assessment_record

    out = Path(args.output)
    translate = translator(cli_language(getattr(args, "lang", None)))  # the record in the user's language
    # the record written and its export audited, or neither
    with signed_in(args, reads=True) as (db, actor), db.transaction() as s:
        export_assessment_record(s, actor, args.id, out, translate)
    print(f"Wrote {out}")
    return 0


def cmd_progress(args: argparse.Namespace) -> int:
    with signed_in(args, reads=True) as (db, _), db.session() as s:
        cand = get_by_registration_number(s, args.registration_number)
        progress = candidate_progress(s, cand.id)
    doc = [
        {
            "enrolment_id": p.enrolment_id,
            "registration_number": p.registration_number,
            "qualification": p.qualification_code,
            "qualification_title": p.qualification_title,
            "eligible": p.eligible,
            "units": [
                {
                    "code": u.code,
                    "version": u.version,
                    "title": u.title,
                    "category": u.category,
                    "credits": u.credits,
                    "outcome": u.outcome,
                    "status": u.status,
                    "attempts": u.attempts,
                    "achieved": u.achieved,
                    "assessment_id": u.assessment_id,
                }
                for u in p.units
            ],
        }
        for p in progress
    ]
    if args.json:
        print_json(doc)
        return 0
    if not doc:
        print(f"{args.registration_number} is not enrolled for any qualification.")
    for e in doc:
        print(f"{e['qualification']} {e['qualification_title']}: eligible {e['eligible']}")
        print_table(
            [
                [
                    u["code"],
                    u["category"].value,
                    u["outcome"].code if u["outcome"] else "",
                    u["status"].value if u["status"] else "",
                    "yes" if u["achieved"] else "",
                ]
                for u in e["units"]
            ],
            ["unit", "category", "outcome", "status", "achieved"],
        )
    return 0
