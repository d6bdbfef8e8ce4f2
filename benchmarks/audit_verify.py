"""`audit verify` over 1,000,000 audit entries, as a ratio to reading them (issue 23.2).

The log is built with bulk inserts (not through the services one by one), as a busy centre's
would look after years: the demo, then 10,000 candidates, 30,000 assessments of 10 criteria
each (300,000 judgements), and the grid saves that produced them: each judgement saved about
three times (two earlier values, then the current one), each save one entry holding the
judgement row's state, as record() writes it. Every entry is chained and hashed as record()
does, so the log verifies as intact, and every audited row has its latest state in the log.

Measured in the same process, alternately, a few runs each:
- baseline: a plain SELECT of the same rows (every column of audit_entry), read to the end, as the
  application reads (SQLAlchemy), and, stricter, through a bare DB-API cursor as verify() itself reads;
- verify(): the hash chain, every audited row against its latest recorded state, the checkpoint.
Prints the median and p95 of both and of their ratio, with the chain alone and the data part.

    python benchmarks/audit_verify.py [--entries 1000000] [--runs 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select

from skillassess.core import audit_state as st
from skillassess.core.models import AuditEntry
from skillassess.db.database import open_database, sqlite_url
from skillassess.services import (
    audit_verification,
)
from skillassess.services.demo import load_demo

CANDIDATES = 10_000
UNITS_PER_CANDIDATE = 3
CRITERIA = 10
BATCH = 20_000


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _flipped(state: str) -> str:
    """The same judgement row with the other result (an earlier save of the cell)."""
    if '"result":"satisfactory"' in state:
        return state.replace('"result":"satisfactory"', '"result":"not_yet_satisfactory"')
    return state.replace('"result":"not_yet_satisfactory"', '"result":"satisfactory"')


def build(path: Path, entries: int) -> None:
    """The demo through the services, then the bulk rows and their entries straight into the file."""
    db = open_database(sqlite_url(path))
    with db.transaction() as s:
        load_demo(s)
    db.dispose()
    c = sqlite3.connect(path)
    c.execute("PRAGMA journal_mode=WAL")
    c.execute("PRAGMA synchronous=OFF")
    units = [r[0] for r in c.execute("SELECT id FROM unit ORDER BY id LIMIT ?", (UNITS_PER_CANDIDATE,))]
    criteria = {
        u: [
            r[0]
            for r in c.execute(
                "SELECT pc.id FROM performance_criterion pc JOIN element e ON e.id = pc.element_id WHERE e.unit_id = ? "
                "ORDER BY e.position, pc.position LIMIT ?",
                (u, CRITERIA),
            )
        ]
        for u in units
    }
    assessor = c.execute("SELECT id FROM app_user WHERE username = 'assessor1'").fetchone()[0]
    now = "2026-11-20 10:00:00.000000"
    cand0 = c.execute("SELECT coalesce(max(id), 0) FROM candidate").fetchone()[0] + 1
    c.executemany(
        "INSERT INTO candidate (id, centre_id, registration_number, family_name, given_names, name_local, sex, id_type, "
        "nationality, disability, disability_details, phone, email, address, education, occupation, notes, search_text, "
        "created_at, updated_at) VALUES (?, 1, ?, ?, ?, '', ?, 'national_id', 'GH', 'not_stated', '', '', '', '', '', '', "
        "'', ?, ?, ?)",
        [
            (
                cand0 + i,
                f"BEN-2026-{i:05d}",
                f"Family{i}",
                f"Given{i}",
                "female" if i % 2 else "male",
                f"family{i} given{i}",
                now,
                now,
            )
            for i in range(CANDIDATES)
        ],
    )
    a0 = c.execute("SELECT coalesce(max(id), 0) FROM assessment").fetchone()[0] + 1
    rows = []
    for i in range(CANDIDATES):
        for k, u in enumerate(units):
            rows.append((a0 + i * len(units) + k, cand0 + i, u, assessor, now, now))
    c.executemany(
        "INSERT INTO assessment (id, candidate_id, unit_id, attempt, assessed_on, venue, assessor_id, status, "
        "credit_transfer_source, comments, feedback, conflict_details, returned_reason, created_at, updated_at) "
        "VALUES (?, ?, ?, 1, '2026-11-20', '', ?, 'draft', '', '', '', '', '', ?, ?)",
        rows,
    )
    judgements = [
        (a[0], cid, "satisfactory" if (a[0] + cid) % 5 else "not_yet_satisfactory", now)
        for a in rows
        for cid in criteria[a[2]]
    ]
    c.executemany(
        "INSERT INTO criterion_judgement (assessment_id, criterion_id, result, note, judged_at) "
        "VALUES (?, ?, ?, '', ?)",
        judgements,
    )
    c.commit()

    # The states exactly as record() reads them, then the entries that wrote them.
    db = open_database(sqlite_url(path))
    with db.session() as s:
        conn = s.connection()
        cand_states = [
            (k, v) for k, v in st.read_states(conn, st.shape("candidate").table) if json.loads(k)[0] >= cand0
        ]
        ass_states = [(k, v) for k, v in st.read_states(conn, st.shape("assessment").table) if json.loads(k)[0] >= a0]
        j_states = [
            (k, v) for k, v in st.read_states(conn, st.shape("criterion_judgement").table) if json.loads(k)[0] >= a0
        ]
        prev, last_id = s.execute(select(AuditEntry.hash, AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)).one()
    db.dispose()
    plan: list[tuple[str, str, str, str]] = []  # (entity type, entity id, table, state line text)
    for k, v in cand_states:
        plan.append(("candidate", k, "candidate", v))
    for k, v in ass_states:
        plan.append(("assessment", k, "assessment", v))
    saves = entries - len(plan)
    rounds, extra = divmod(saves, len(j_states))
    for r in range(rounds):  # earlier values first, the current one last
        for k, v in j_states:
            value = _flipped(v) if r < rounds - 1 else v
            plan.append(("criterion_judgement", k, "criterion_judgement", value))
    for k, v in j_states[:extra]:
        plan.append(("criterion_judgement", k, "criterion_judgement", v))
    if rounds == 0:
        raise SystemExit(f"--entries must be at least {len(plan) + len(j_states)}")
    # The extra saves came last: they repeat the current value, so order does not matter for the check.
    at = dt.datetime(2026, 11, 20, 10, 0, 0)
    step = dt.timedelta(milliseconds=7)
    batch: list[tuple[object, ...]] = []
    eid = last_id
    for entity_type, key, table, state in plan:
        eid += 1
        at += step
        state_json = f"{table}\t{key}\t{state}"
        after_json = '{"result": "S"}' if entity_type == "criterion_judgement" else None
        h = st.entry_hash(
            eid, prev, at, assessor, "assessor1", "update", entity_type, key.strip("[]"), None, after_json, state_json
        )
        batch.append(
            (
                eid,
                at.isoformat(sep=" ", timespec="microseconds"),
                assessor,
                "assessor1",
                "update",
                entity_type,
                key.strip("[]"),
                None,
                after_json,
                prev,
                h,
                state_json,
            )
        )
        prev = h
        if len(batch) == BATCH:
            c.executemany(
                "INSERT INTO audit_entry (id, at, user_id, username, action, entity_type, entity_id, before_json, "
                "after_json, prev_hash, hash, state_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                batch,
            )
            batch = []
    if batch:
        c.executemany(
            "INSERT INTO audit_entry (id, at, user_id, username, action, entity_type, entity_id, before_json, "
            "after_json, prev_hash, hash, state_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            batch,
        )
    c.commit()
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.close()
    # The checkpoint, as the last commit would have written it.
    from skillassess.services import checkpoint, keys

    db = open_database(sqlite_url(path))
    with db.session() as s:
        private, key_id, signer = keys.checkpoint_signer(s)
        head_id, head_hash = s.execute(
            select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).one()
        first = s.execute(select(AuditEntry.hash).order_by(AuditEntry.id).limit(1)).scalar_one()
        body = {
            "at": "2026-11-20T10:00:00.000000Z",
            "database": str(path),
            "entries": head_id,
            "first_hash": first,
            "format": checkpoint.FORMAT,
            "head_hash": head_hash,
            "head_id": head_id,
            "key_id": key_id,
            "signer": signer,
            "version": checkpoint.VERSION,
        }
        checkpoint.write_atomically(checkpoint.path_for(s), checkpoint.file_bytes(body, private))
    db.dispose()


def main() -> None:
    global CANDIDATES
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--candidates", type=int, default=10_000, help="bulk candidates (3 assessments, 30 judgements each)"
    )
    parser.add_argument("--keep", type=Path, help="build (or reuse) the database in this folder")
    args = parser.parse_args()
    CANDIDATES = args.candidates
    tmp = tempfile.TemporaryDirectory() if args.keep is None else None
    folder = args.keep or Path(tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("SKILLASSESS_DATA_DIR", str(folder / "data"))
    path = folder / "bench.sqlite3"
    if not path.exists():
        t = time.perf_counter()
        build(path, args.entries)
        print(f"built {args.entries:,} entries in {time.perf_counter() - t:.0f} s ({path.stat().st_size / 1e6:.0f} MB)")
    db = open_database(sqlite_url(path))
    table = AuditEntry.__table__

    def read_entries() -> int:
        n = 0
        with db.session() as s:
            for _row in s.execute(select(*table.columns).order_by(table.c.id)):
                n += 1
        return n

    def read_entries_raw() -> int:
        n = 0
        with db.session() as s:
            conn = s.connection()
            sql = str(select(*table.columns).order_by(table.c.id).compile(dialect=conn.dialect))
            for _row in st.fetch_all(conn, sql):
                n += 1
        return n

    def verify() -> audit_verification.AuditReport:
        with db.session() as s:
            return audit_verification.verify(s)

    def chain_only() -> audit_verification.AuditReport:
        with db.session() as s:
            return audit_verification.verify(s, data=False, checkpoint=False)

    report = verify()
    assert report.intact, [str(m) for m in report.messages()][:5]
    assert report.checked >= args.entries, report.checked
    print(
        f"{report.checked:,} entries; {report.records_checked:,} records checked against them; "
        f"checkpoint: {report.checkpoint.status}"
    )
    base, raw, full, chain, ratios, raw_ratios = [], [], [], [], [], []
    for _ in range(args.runs):
        t = time.perf_counter()
        read_entries()
        b = time.perf_counter() - t
        t = time.perf_counter()
        read_entries_raw()
        r = time.perf_counter() - t
        t = time.perf_counter()
        verify()
        v = time.perf_counter() - t
        t = time.perf_counter()
        chain_only()
        c = time.perf_counter() - t
        base.append(b)
        raw.append(r)
        full.append(v)
        chain.append(c)
        ratios.append(v / b)
        raw_ratios.append(v / r)
    db.dispose()
    print(f"read the entries (plain SELECT): median {statistics.median(base):6.2f} s   p95 {p95(base):6.2f} s")
    print(f"  the same through a DB-API cursor: median {statistics.median(raw):6.2f} s   p95 {p95(raw):6.2f} s")
    print(f"audit verify (chain+data+ckpt):  median {statistics.median(full):6.2f} s   p95 {p95(full):6.2f} s")
    print(f"  of which the hash chain alone: median {statistics.median(chain):6.2f} s   p95 {p95(chain):6.2f} s")
    print(
        f"ratio verify / read:             median {statistics.median(ratios):6.2f}x  p95 {p95(ratios):6.2f}x"
        f"   (goal: <= 3x)"
    )
    print(f"ratio verify / cursor read:      median {statistics.median(raw_ratios):6.2f}x  p95 {p95(raw_ratios):6.2f}x")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
