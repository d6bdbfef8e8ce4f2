"""Commands: exchange export | import | inspect | register | partners | statistics | moderation ...

Signed exchange bundles between a centre and its awarding body (docs/exchange-bundle.md).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from skillassess.cli.base import CommandError, date_argument, opened, print_json, print_table, signed_in
from skillassess.services.exchange import exporting, importing, moderation, partners
from skillassess.services.exchange import register as national_register


def register_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "exchange",
        help="signed exchange bundles between a centre and its awarding body",
        description="Results leave the laptop as a signed file (.sabundle): a centre exports, its awarding body "
        "imports (after registering the centre once, by its key fingerprint), moderates a sample and sends the "
        "outcomes back in a bundle the centre imports. Format: docs/exchange-bundle.md.",
    )
    ex = p.add_subparsers(dest="exchange_command", metavar="WHAT", required=True)

    e = ex.add_parser("export", help="write a signed bundle (needs --user: an administrator or registrar)")
    e.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.sabundle")
    when = e.add_mutually_exclusive_group()
    when.add_argument("--since", type=date_argument, metavar="DATE", help="results verified on or after DATE")
    when.add_argument("--all", action="store_true", help="everything (default: since the previous export)")
    e.add_argument("--to", metavar="CENTRE", help="at an awarding body: the moderation outcomes for this centre")
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=cmd_export)

    i = ex.add_parser("import", help="verify and import a registered partner's bundle (needs --user)")
    i.add_argument("file", type=Path, metavar="FILE.sabundle")
    i.add_argument("--json", action="store_true")
    i.set_defaults(func=cmd_import)

    n = ex.add_parser("inspect", help="say who made a bundle, its key fingerprint, and whether it verifies")
    n.add_argument("file", type=Path, metavar="FILE.sabundle")
    n.add_argument("--json", action="store_true")
    n.set_defaults(func=cmd_inspect)

    r = ex.add_parser(
        "register",
        help="register the sender of a bundle once, confirming its key fingerprint (administrators)",
    )
    r.add_argument("file", type=Path, metavar="FILE.sabundle")
    r.add_argument(
        "--fingerprint",
        required=True,
        metavar="HEX",
        help="the fingerprint the partner gave you (at least its first 16 hex digits), not one read from the file",
    )
    r.set_defaults(func=cmd_register)

    ps = ex.add_parser("partners", help="list the registered centres and awarding bodies")
    ps.add_argument("--json", action="store_true")
    ps.set_defaults(func=cmd_partners)

    st = ex.add_parser("statistics", help="the national register's statistics, by centre too (needs --user)")
    st.add_argument("--centre", metavar="CODE", help="one registered centre only")
    st.add_argument("--from", dest="date_from", type=date_argument, metavar="DATE")
    st.add_argument("--to", dest="date_to", type=date_argument, metavar="DATE")
    st.add_argument("-o", "--output", type=Path, metavar="FILE.xlsx", help="write the workbook")
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_statistics)

    for what, helptext in (
        ("results", "the national register's results as a workbook (needs --user)"),
        ("certificates", "the certificates the centres issued, reprinted and revoked, as a workbook (needs --user)"),
    ):
        w = ex.add_parser(what, help=helptext)
        w.add_argument("--centre", metavar="CODE", help="one registered centre only")
        w.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx")
        w.set_defaults(func=cmd_register_export, what=what)

    c = ex.add_parser("candidates", help="the national register's candidates, searched (needs --user)")
    c.add_argument("--centre", metavar="CODE", help="one registered centre only")
    c.add_argument("--search", default="", metavar="TEXT", help="words in a name, registration number or serial")
    c.add_argument("--limit", type=int, default=50, help="at most this many (50; 1,000 at most)")
    c.add_argument("--offset", type=int, default=0, help="skip this many first")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_register_candidates)
    one = ex.add_parser("candidate", help="one register candidate: enrolments, results, certificates (needs --user)")
    one.add_argument("centre", metavar="CENTRE")
    one.add_argument("registration_number", metavar="REGISTRATION_NUMBER")
    one.add_argument("--json", action="store_true")
    one.set_defaults(func=cmd_register_candidate)

    m = ex.add_parser("moderation", help="sample imported results, record and list moderation outcomes")
    ms = m.add_subparsers(dest="moderation_command", metavar="WHAT", required=True)
    s = ms.add_parser("sample", help="draw a random sample per centre and unit (needs --user)")
    s.add_argument("--centre", metavar="CODE")
    s.add_argument("--rate", type=float, default=0.1, help="fraction of each centre's results per unit (0.1)")
    s.add_argument("--minimum", type=int, default=1, help="at least this many per centre and unit (1)")
    s.add_argument("--seed", type=int, help="seed of the random draw (recorded; default: drawn)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_sample)
    rec = ms.add_parser("record", help="record the outcome of a sampled result (needs --user)")
    rec.add_argument("id", type=int)
    rec.add_argument("--outcome", required=True, choices=moderation.OUTCOMES)
    rec.add_argument("--notes", default="")
    rec.set_defaults(func=cmd_record)
    ls = ms.add_parser("list", help="sampled results and their outcomes (needs --user)")
    ls.add_argument("--centre", metavar="CODE")
    ls.add_argument("--pending", action="store_true")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)


register = register_commands  # type: ignore[assignment]  # COMMAND_MODULES call ``register(sub)``


def cmd_export(args: argparse.Namespace) -> int:
    if args.to and (args.since or args.all):
        raise CommandError("--to writes a moderation bundle; --since and --all are for results bundles.")
    with signed_in(args, reads=True) as (db, actor):
        result = exporting.export_bundle(db, actor, args.output, since=args.since, everything=args.all, to=args.to)
    if args.json:
        print_json(result)
    else:
        what = ", ".join(f"{v:,} {k}" for k, v in result.counts.items())
        since = f" since {result.since.isoformat()}" if result.since else ""
        print(f"Wrote {result.path} ({result.kind} bundle number {result.sequence}{since}: {what}).")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        result = importing.import_bundle(db, actor, args.file)
    if args.json:
        print_json(result)
        return 0
    if result.already_imported:
        print(f"{result.file} was already imported; nothing changed.")
        return 0
    print(f"Imported {result.file} from {result.sender} ({result.kind} bundle number {result.sequence}).")
    for what in sorted(set(result.added) | set(result.updated) | set(result.unchanged)):
        print(
            f"  {what}: {result.added.get(what, 0):,} added, {result.updated.get(what, 0):,} updated, "
            f"{result.unchanged.get(what, 0):,} unchanged"
        )
    for name, why in result.refused.items():
        print(f"  not taken over: {name}: {why}")
    for key in result.keys_added:
        print(f"  new key {key} of {result.sender}, endorsed by a registered key")
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    with opened(args) as db, db.session() as s:
        info = partners.inspect_bundle(s, args.file)
    if args.json:
        print_json(info)
        return 0
    print(
        f"{info.file}: {info.kind} bundle number {info.sequence} from {info.sender_name} ({info.sender_code}, "
        f"{info.sender_role.replace('_', ' ')}), made {info.created_at} by {info.created_by}."
    )
    print(f"Signed with key {info.key_id}; fingerprint {info.fingerprint}")
    print("Contents: " + ", ".join(f"{v:,} {k}" for k, v in info.counts.items()))
    if not info.registered:
        print(
            f"{info.sender_code} is not registered here: compare the fingerprint with the one {info.sender_name} "
            "gave you, then: skillassess exchange register FILE --fingerprint ..."
        )
    elif not info.key_known:
        print("This key is not yet registered for the sender (a later import accepts it if an older key endorsed it).")
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        info = db.write(lambda s: partners.register_partner(s, actor, args.file, args.fingerprint))
    print(
        f"Registered {info.name} ({info.code}) as a {info.role.replace('_', ' ')} with the keys "
        f"{', '.join(info.key_ids)}; its bundles now import without questions."
    )
    return 0


def cmd_partners(args: argparse.Namespace) -> int:
    with opened(args) as db, db.session() as s:
        rows = partners.list_partners(s)
    if args.json:
        print_json(rows)
        return 0
    print_table(
        [[p.code, p.name, p.role, ", ".join(p.key_ids), str(p.imports), str(p.last_sequence)] for p in rows],
        ["Code", "Name", "Role", "Keys", "Imports", "Last bundle"],
    )
    return 0


def cmd_register_candidates(args: argparse.Namespace) -> int:
    from skillassess.services.exchange import register_lists

    with signed_in(args, reads=True) as (db, _actor), db.session() as s:
        rows = register_lists.register_candidate_page(s, args.centre, args.search, args.offset, args.limit)
    if args.json:
        print_json(rows)
        return 0
    print_table(
        [
            [r.centre, r.registration_number, r.name, r.name_local, r.sex, str(r.results), str(r.certificates)]
            for r in rows
        ],
        ["Centre", "Registration number", "Name", "Local script", "Sex", "Results", "Certificates"],
    )
    return 0


def cmd_register_candidate(args: argparse.Namespace) -> int:
    from skillassess.services.exchange import register_lists

    with signed_in(args, reads=True) as (db, _actor), db.session() as s:
        cid = register_lists.register_candidate_id(s, args.centre, args.registration_number)
        detail = register_lists.register_candidate_detail(s, cid)
    if args.json:
        print_json(detail)
        return 0
    c = detail.candidate
    print(f"{c.name}{f' ({c.name_local})' if c.name_local else ''}, {c.registration_number} at {detail.centre_name}")
    print(f"Sex: {c.sex}. Date of birth: {c.date_of_birth or 'not recorded'}. Nationality: {c.nationality or '-'}.")
    print()
    print_table(
        [
            [e.qualification, str(e.qualification_version), e.pathway, e.status, str(e.enrolled_on)]
            for e in detail.enrolments
        ],
        ["Qualification", "Version", "Pathway", "Status", "Enrolled"],
    )
    print()
    print_table(
        [
            [r.unit, str(r.unit_version), str(r.attempt), r.outcome, str(r.assessed_on), r.assessor, r.moderation or ""]
            for r in detail.results
        ],
        ["Unit", "Version", "Attempt", "Outcome", "Assessed", "Assessor", "Moderation"],
    )
    print()
    print_table(
        [
            [
                x.serial,
                x.kind,
                f"{x.qualification} v{x.qualification_version}",
                str(x.issued_on),
                f"REVOKED: {x.revoked_reason}" if x.revoked else x.status,
            ]
            for x in detail.certificates
        ],
        ["Serial", "Kind", "Qualification", "Issued", "Status"],
    )
    return 0


def cmd_statistics(args: argparse.Namespace) -> int:
    with signed_in(args, reads=True) as (db, actor):
        if args.output:
            stats = db.write(
                lambda s: national_register.export_register_statistics(
                    s, actor, args.output, args.centre, args.date_from, args.date_to, database=db.name
                )
            )
        else:
            with db.session() as s:
                stats = national_register.register_statistics(s, args.centre, args.date_from, args.date_to)
    if args.json:
        print_json(stats)
        return 0
    for b in stats.breakdowns:
        print(b.title)
        print_table(
            [[r.label, *r.figures()] for r in [*b.rows, b.total]],
            ["", "Assessed F", "M", "Competent F", "M", "Certified F", "M"],
        )
        print()
    return 0


def cmd_register_export(args: argparse.Namespace) -> int:
    export = (
        national_register.export_register_results
        if args.what == "results"
        else national_register.export_register_certificates
    )
    with signed_in(args, reads=True) as (db, actor):
        if args.centre:
            with db.session() as s:
                partners.require_registered(s, args.centre)
        n = db.write(lambda s: export(s, actor, args.output, args.centre, database=db.name))
    print(f"Wrote {args.output} ({n:,} rows).")
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        result = db.write(
            lambda s: moderation.draw_sample(
                s, actor, args.centre, rate=args.rate, minimum=args.minimum, seed=args.seed
            )
        )
    if args.json:
        print_json(result)
    else:
        print(f"Drew {result.drawn:,} results for moderation (seed {result.seed}).")
        for unit, n in result.by_unit.items():
            print(f"  {unit}: {n}")
    return 0


def cmd_record(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        db.write(lambda s: moderation.record_outcome(s, actor, args.id, args.outcome, args.notes))
    print(f"Recorded: sampled result {args.id} {args.outcome.replace('_', ' ')}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with signed_in(args, reads=True) as (db, _actor), db.session() as s:
        rows = moderation.list_moderation(s, args.centre, pending_only=args.pending)
    if args.json:
        print_json(rows)
        return 0
    print_table(
        [
            [
                str(r.id),
                r.centre,
                r.registration_number,
                r.candidate,
                f"{r.unit} v{r.unit_version}",
                str(r.attempt),
                r.result,
                r.outcome or "pending",
                r.notes,
            ]
            for r in rows
        ],
        ["Id", "Centre", "Reg. no.", "Candidate", "Unit", "Attempt", "Result", "Moderation", "Notes"],
    )
    return 0
