"""How long the grid takes to save one cell (with its audit entry) on a large database.

Builds a SQLite database with 100,000 candidates, 100,000 assessments, 1,000,000 criterion
judgements and 1,000,000 audit entries (bulk Core inserts; a minute or two), then times:

- baseline: a one-row INSERT committed on its own, on the same database and settings;
- cell: ``recording.set_judgement`` in its own ``Database.transaction()``, exactly as the grid
  calls it (role and status checks, one judgement written, one hash-chained audit entry).

Both run with the application's durable settings (WAL, synchronous=FULL: every commit is on disk).
Prints medians, 90th percentiles and the ratio cell / baseline. Goal: median cell < 5 ms.

    python benchmarks/grid.py [--path FILE] [--reuse] [--saves 500]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event, func, insert, select, text

from skillassess.core.enums import AssessmentStatus, Judgement
from skillassess.core.models import (
    Assessment,
    AuditEntry,
    Candidate,
    Centre,
    CriterionJudgement,
    Enrolment,
    Qualification,
    QualificationUnit,
    Unit,
    User,
)
from skillassess.db.database import Database, open_database, sqlite_url
from skillassess.services.audit_state import UNTRACKED
from skillassess.services.demo import load_demo
from skillassess.services.recording import judging, reading
from skillassess.services.users import actor_by_username

CANDIDATES = 100_000
JUDGEMENTS = 1_000_000
AUDIT_ENTRIES = 1_000_000
CHUNK = 20_000


def _chunks(rows: list[dict[str, object]]):
    for i in range(0, len(rows), CHUNK):
        yield rows[i : i + CHUNK]


def build(db: Database) -> None:
    t0 = time.perf_counter()
    with db.transaction() as s:
        load_demo(s)
    now = dt.datetime.now(dt.UTC)
    with db.transaction() as s:
        s.info[UNTRACKED] = True  # bulk set-up rows, written behind the audit log on purpose
        centre_id = s.execute(select(Centre.id)).scalar_one()
        qual_id = s.execute(select(Qualification.id).where(Qualification.code == "ELI-L2")).scalar_one()
        assessors = list(s.execute(select(User.id).where(User.username.in_(["assessor1", "assessor2"]))).scalars())
        units = {
            u.id: u
            for u in s.execute(
                select(Unit)
                .join(QualificationUnit, QualificationUnit.unit_id == Unit.id)
                .where(QualificationUnit.qualification_id == qual_id)
            ).scalars()
        }
        criteria = {uid: [c.criterion_id for c in reading.unit_criteria(s, uid)] for uid in units}
        existing = s.execute(select(func.count(Candidate.id))).scalar_one()
    conn_rows = []
    for n in range(existing + 1, CANDIDATES + 1):
        conn_rows.append(
            dict(
                centre_id=centre_id,
                registration_number=f"BEN-2026-{n:06d}",
                family_name=f"Family{n % 997}",
                given_names=f"Given{n % 1009}",
                name_local="",
                sex="female" if n % 2 else "male",
                id_type="national_id",
                nationality="GH",
                disability="not_stated",
                disability_details="",
                phone="",
                email="",
                address="",
                education="",
                occupation="",
                notes="",
                search_text=f"given{n % 1009} family{n % 997} ben-2026-{n:06d}",
                created_at=now,
                updated_at=now,
            )
        )
    with db.transaction() as s:
        s.info[UNTRACKED] = True  # bulk set-up rows, written behind the audit log on purpose
        for chunk in _chunks(conn_rows):
            s.execute(insert(Candidate), chunk)
        cand_ids = list(
            s.execute(
                select(Candidate.id).where(Candidate.registration_number.like("BEN-%")).order_by(Candidate.id)
            ).scalars()
        )
        s.execute(
            insert(Enrolment),
            [
                dict(
                    candidate_id=c,
                    qualification_id=qual_id,
                    pathway="rpl",
                    status="active",
                    stage="assessment",
                    enrolled_on=dt.date(2026, 1, 5),
                    created_at=now,
                )
                for c in cand_ids
            ],
        )
        enrol = dict(
            s.execute(select(Enrolment.candidate_id, Enrolment.id).where(Enrolment.candidate_id.in_(cand_ids))).all()
        )
    print(f"  {len(cand_ids):,} candidates and enrolments: {time.perf_counter() - t0:.0f} s", flush=True)
    unit_ids = sorted(units)
    rows = []
    for n, c in enumerate(cand_ids):
        rows.append(
            dict(
                candidate_id=c,
                enrolment_id=enrol[c],
                unit_id=unit_ids[n % len(unit_ids)],
                session_id=None,
                attempt=1,
                assessed_on=dt.date(2026, 1 + n % 12, 1 + n % 28),
                venue="Workshop A",
                assessor_id=assessors[n % 2],
                verifier_id=None,
                status="draft",
                outcome=None,
                credit_transfer_source="",
                comments="",
                feedback="",
                conflict_of_interest=None,
                conflict_details="",
                returned_reason="",
                created_at=now,
                updated_at=now,
            )
        )
    with db.transaction() as s:
        s.info[UNTRACKED] = True  # bulk set-up rows, written behind the audit log on purpose
        for chunk in _chunks(rows):
            s.execute(insert(Assessment), chunk)
        assessments = s.execute(
            select(Assessment.id, Assessment.unit_id)
            .where(Assessment.candidate_id.in_(cand_ids))
            .order_by(Assessment.id)
        ).all()
    print(f"  {len(assessments):,} assessments: {time.perf_counter() - t0:.0f} s", flush=True)
    with db.session() as s:
        already = s.execute(select(func.count()).select_from(CriterionJudgement)).scalar_one()
    todo = JUDGEMENTS - already
    jrows: list[dict[str, object]] = []
    # Each assessment gets its first criteria judged (up to 11; about 10 on average), leaving the
    # rest blank for the timed saves to fill in.
    for aid, uid in assessments:
        for cid in criteria[uid][:11]:
            if len(jrows) >= todo:
                break
            jrows.append(
                dict(
                    assessment_id=aid,
                    criterion_id=cid,
                    result="satisfactory" if (aid + cid) % 7 else "not_yet_satisfactory",
                    note="",
                    judged_at=now,
                )
            )
    with db.transaction() as s:
        s.info[UNTRACKED] = True  # bulk set-up rows, written behind the audit log on purpose
        for chunk in _chunks(jrows):
            s.execute(insert(CriterionJudgement), chunk)
    print(f"  {already + len(jrows):,} judgements: {time.perf_counter() - t0:.0f} s", flush=True)
    # Filler audit entries (one per judgement, as a real database would hold), chained by hash.
    with db.session() as s:
        prev = s.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar() or "0" * 64
    arows: list[dict[str, object]] = []
    for n in range(AUDIT_ENTRIES):
        h = hashlib.sha256(f"{prev}{n}".encode()).hexdigest()
        arows.append(
            dict(
                at=now,
                user_id=assessors[n % 2],
                username="assessor1",
                action="update",
                entity_type="criterion_judgement",
                entity_id=f"{n}:1",
                before_json=None,
                after_json='{"result": "satisfactory"}',
                prev_hash=prev,
                hash=h,
            )
        )
        prev = h
        if len(arows) == CHUNK * 5 or n == AUDIT_ENTRIES - 1:
            with db.transaction() as s:
                s.info[UNTRACKED] = True  # bulk set-up rows, written behind the audit log on purpose
                s.execute(insert(AuditEntry), arows)
            arows = []
    print(f"  {AUDIT_ENTRIES:,} audit entries: {time.perf_counter() - t0:.0f} s", flush=True)
    with db.engine.connect() as c:
        c.exec_driver_sql("ANALYZE")
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _pct(values: list[float], p: float) -> float:
    return sorted(values)[min(len(values) - 1, int(len(values) * p))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--path", type=Path, default=Path(tempfile.gettempdir()) / "skillassess-bench-grid.sqlite3")
    parser.add_argument("--reuse", action="store_true", help="use the database at --path if it was built before")
    parser.add_argument("--saves", type=int, default=500)
    args = parser.parse_args()
    path: Path = args.path
    if not (args.reuse and path.exists()):
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            p.unlink(missing_ok=True)
        print(f"Building {path} ...", flush=True)
        db = open_database(sqlite_url(path))
        build(db)
    else:
        db = open_database(sqlite_url(path))
    rng = random.Random(6)
    try:
        with db.engine.connect() as c:
            mode = c.exec_driver_sql("PRAGMA journal_mode").scalar()
            sync = c.exec_driver_sql("PRAGMA synchronous").scalar()
            c.exec_driver_sql("CREATE TABLE IF NOT EXISTS bench_baseline (id INTEGER PRIMARY KEY, v TEXT)")
            c.commit()
        with db.session() as s:
            counts = {
                "candidates": s.execute(select(func.count(Candidate.id))).scalar_one(),
                "judgements": s.execute(select(func.count()).select_from(CriterionJudgement)).scalar_one(),
                "audit entries": s.execute(select(func.count(AuditEntry.id))).scalar_one(),
            }
            actor = actor_by_username(s, "assessor1")
            drafts = s.execute(
                select(Assessment.id, Assessment.unit_id).where(
                    Assessment.assessor_id == actor.user_id, Assessment.status == AssessmentStatus.DRAFT
                )
            ).all()
            crit = {uid: [c.criterion_id for c in reading.unit_criteria(s, uid)] for uid in {u for _, u in drafts}}
        print(
            f"Database: {path} ({path.stat().st_size / 1e6:.0f} MB); journal_mode={mode}, synchronous={sync} (2 = FULL)"
        )
        print("  " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))

        def baseline_once() -> float:
            t = time.perf_counter()
            with db.engine.begin() as c:
                c.execute(text("INSERT INTO bench_baseline (v) VALUES ('x')"))
            return time.perf_counter() - t

        def cell_once(n: int) -> float:
            aid, uid = drafts[rng.randrange(len(drafts))]
            cid = rng.choice(crit[uid])
            with db.session() as s:  # not timed: pick a value that differs, so every save writes
                old = s.get(CriterionJudgement, (aid, cid))
            cycle = [Judgement.SATISFACTORY, Judgement.NOT_YET_SATISFACTORY, None]
            current = old.result if old else None
            value = cycle[(cycle.index(current) + 1 + n % 2) % 3]
            t = time.perf_counter()
            with db.transaction() as s:
                judging.set_judgement(s, actor, aid, cid, value)
            return time.perf_counter() - t

        def measure(label: str) -> None:
            for n in range(20):  # warm up both paths (statement caches, pages in memory)
                baseline_once()
                cell_once(n)
            with db.session() as s:
                audit_before = s.execute(select(func.count(AuditEntry.id))).scalar_one()
            base: list[float] = []
            cell: list[float] = []
            for n in range(args.saves):  # interleaved, so both see the same disk and cache conditions
                base.append(baseline_once())
                cell.append(cell_once(n))
            with db.session() as s:
                audit_after = s.execute(select(func.count(AuditEntry.id))).scalar_one()
            ms = 1000.0
            b_med, c_med = statistics.median(base) * ms, statistics.median(cell) * ms
            print(label)
            print(
                f"  one-row commit (baseline): median {b_med:.2f} ms, "
                f"p90 {_pct(base, 0.9) * ms:.2f} ms  ({len(base)} commits)"
            )
            print(
                f"  save one cell + audit:     median {c_med:.2f} ms, p90 {_pct(cell, 0.9) * ms:.2f} ms  "
                f"({len(cell)} saves, {audit_after - audit_before} audit entries written)"
            )
            print(f"  ratio cell / baseline:     {c_med / b_med:.2f}x; cell minus baseline: {c_med - b_med:.2f} ms")
            if sync_full:
                print(f"  goal median < 5 ms:        {'met' if c_med < 5 else 'NOT met'}")

        sync_full = True
        measure("Durable (WAL, synchronous=FULL), as the application runs:")
        # The same again without waiting for the disk, to show what the service itself costs.
        sync_full = False
        db.engine.dispose()
        event.listen(db.engine, "connect", lambda c, _r: c.execute("PRAGMA synchronous=OFF"))
        measure("Not durable (synchronous=OFF; never used by the application), the CPU cost alone:")
    finally:
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
