"""Commands: audit verify, audit list, audit accept-loss."""

from __future__ import annotations

import argparse
import json

from skillassess.cli.base import date_argument, opened, picked, print_json, print_table, signed_in
from skillassess.core.enums import AuditAction, Role
from skillassess.services.audit_reading import (
    AuditFilter,
    AuditRow,
    EntryText,
    count_entries,
    describe_entries,
    entry_page,
)
from skillassess.services.audit_verification import verify


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("audit", help="the tamper-evident audit log: verify it, list entries")
    audit = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)

    v = audit.add_parser(
        "verify",
        help="check the hash chain, the data against it and its checkpoint (exit 0 intact, 1 not)",
        description="Recompute the hash of every entry; check that every audited record holds what its latest "
        "entry records (naming table, record, field, audited and found value for each difference); and compare "
        "the log with its signed checkpoint kept outside the database, which shows the newest entries removed. "
        "Exit status 0 when all hold; 1 otherwise.",
    )
    v.add_argument("--json", action="store_true", help="print one JSON document")
    v.set_defaults(func=cmd_verify)

    a = audit.add_parser(
        "accept-loss",
        help="record that audit entries its checkpoint holds are lost, so that work can go on",
        description="When the audit log lost entries that its checkpoint records (a -wal file lost after a crash, "
        "entries deleted), nothing can be saved. Restore the newest backup if you can; otherwise an administrator "
        "records the loss with this command: an audit entry keeps what the checkpoint said, and a new checkpoint "
        "starts.",
    )
    a.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help="who you are (an administrator)")
    a.set_defaults(func=cmd_accept_loss)

    ls = audit.add_parser(
        "list", help="list entries, newest first (filters optional; needs --user of an administrator or verifier)"
    )
    ls.add_argument("--json", action="store_true", help="print one JSON document (an array of entries)")
    ls.add_argument("--entity-type", metavar="TYPE", help="e.g. user, candidate, assessment, certificate")
    ls.add_argument("--entity-id", metavar="ID", help="the record as users name it, e.g. a user name or serial")
    ls.add_argument("--by", metavar="NAME", help="entries written by this user")
    ls.add_argument("--action", choices=[a.value for a in AuditAction])
    ls.add_argument("--since", metavar="DATE", type=date_argument, help="from this day (UTC, YYYY-MM-DD)")
    ls.add_argument("--until", metavar="DATE", type=date_argument, help="up to and including this day (UTC)")
    ls.add_argument("--limit", metavar="N", type=int, default=0, help="at most N entries (default: all)")
    ls.set_defaults(func=cmd_list)


def cmd_verify(args: argparse.Namespace) -> int:
    with opened(args, warn=False) as db, db.session() as s:
        report = verify(s)
    cp = report.checkpoint
    if args.json:
        print_json(
            {
                "intact": report.intact,
                "checked": report.checked,
                "broken_entry_id": report.broken_id,
                "problem": report.problem or None,
                "head_hash": report.head_hash if report.chain.intact else None,
                "data": {
                    "intact": report.data_intact,
                    "records_checked": report.records_checked,
                    "difference_count": report.difference_count,
                    "differences": [
                        {
                            "table": d.table,
                            "record": d.record,
                            "key": json.loads(d.key),
                            "problem": d.problem,
                            "field": d.field or None,
                            "audited": d.audited,
                            "found": d.found,
                            "entry_id": d.entry_id,
                            "message": str(d.message),
                        }
                        for d in report.differences
                    ],
                },
                "checkpoint": None
                if cp is None
                else {
                    "status": cp.status,
                    "ok": not cp.failed,
                    "path": str(cp.path),
                    "message": str(cp.message),
                    "entries": cp.checkpoint.entries if cp.checkpoint else None,
                    "head_id": cp.checkpoint.head_id if cp.checkpoint else None,
                    "written_at": cp.checkpoint.at if cp.checkpoint else None,
                    "key_id": cp.checkpoint.key_id if cp.checkpoint else None,
                },
                "messages": [str(m) for m in report.messages()],
            }
        )
    else:
        lines = report.messages()
        print(lines[0])
        if report.chain.intact:
            print(f"Head hash: {report.head_hash}")
        for m in lines[1:]:
            print(f"  {m}" if m in [d.message for d in report.differences] else str(m))
    return 0 if report.intact else 1


def cmd_accept_loss(args: argparse.Namespace) -> int:
    from skillassess.services.checkpoint import accept_loss

    with signed_in(args, warn=False) as (db, actor), db.transaction() as s:
        result = accept_loss(s, actor)
    print(f"Recorded in the audit log: {result.message}")
    print("A new audit checkpoint was written; changes can be saved again.")
    return 0


def _entry_doc(r: AuditRow, text: EntryText) -> dict[str, object]:
    doc = picked(r, "id", "at", "username", "action", "entity_type", "entity_id", "before", "after")
    doc["description"] = str(text.sentence)
    return doc


def cmd_list(args: argparse.Namespace) -> int:
    f = AuditFilter(
        entity_type=args.entity_type,
        entity_id=args.entity_id,
        username=args.by,
        since=args.since,
        until=args.until,
        action=AuditAction(args.action) if args.action else None,
    )
    with signed_in(args, reads=True) as (db, actor):
        # Entries hold the personal data that changed: for administrators and verifiers, as the Audit page.
        actor.require(Role.ADMINISTRATOR, Role.VERIFIER, action="read the audit log")
        with db.session() as s:
            total = count_entries(s, f)
            limit = args.limit if args.limit > 0 else total
            rows = entry_page(s, f, 0, limit) if limit else []
            # In words, as the Audit log page shows them; the record types, ids and values stay in the columns.
            texts = describe_entries(s, rows)
    if args.json:
        print_json([_entry_doc(r, t) for r, t in zip(rows, texts, strict=True)])
    else:
        print_table(
            [
                [
                    str(r.id),
                    r.at.strftime("%Y-%m-%d %H:%M:%S"),
                    r.username,
                    r.action.value,
                    r.entity_type,
                    r.entity_id,
                    str(t.sentence),
                ]
                for r, t in zip(rows, texts, strict=True)
            ],
            ["id", "at (UTC)", "user", "action", "entity", "record", "description"],
        )
    return 0
