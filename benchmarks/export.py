"""Benchmark of the results export: time and peak memory for 100,000 rows, against plain XlsxWriter.

Baseline: XlsxWriter in constant_memory mode writing the same rows with ``write_row`` (the fastest
way to write them). Ours: formats/xlsx.py (typed cells, write_string for every text, header, widths,
autofilter, About sheet, temporary file and rename). Each measurement runs in its own subprocess so
that peak memory (tracemalloc peak of Python allocations, and the process's maximum resident size)
belongs to that run alone; memory is measured at 25k, 50k and 100k rows to show it stays flat.
The last part exports from a SQLite database holding 100,000 results (query streamed with yield_per).

Run: .venv/bin/python benchmarks/export.py [--rows 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL = 1.5


def synthetic_rows(n: int) -> Iterator[tuple[Any, ...]]:
    """Rows shaped like the results export (21 columns: text, dates, numbers), made on the fly."""
    units = [f"ELI-C{k:02d}" for k in range(1, 9)]
    titles = [
        "Apply occupational health and safety in electrical work",
        "Interpret electrical drawings and specifications",
        "Install wiring systems",
        "Test and inspect installations",
    ]
    for i in range(n):
        yield (
            f"ACC-2026-{i // 8 + 1:05d}",
            f"Family{i % 997}",
            f"Given {i % 1009}",
            "",
            "Female" if i % 2 else "Male",
            dt.date(1970 + i % 35, 1 + i % 12, 1 + i % 28),
            "GH",
            "No",
            "ELI-L2",
            "Electrical Installation",
            units[i % 8],
            titles[i % 4],
            1,
            "RPL",
            1 + i % 3,
            "Competent",
            "C",
            dt.date(2026, 1 + i % 12, 1 + i % 28),
            "Kwame Boateng",
            "Joseph Phiri",
            "Verified",
        )


def write_ours(path: Path, n: int) -> None:
    from skillassess.formats.xlsx import ExportInfo, TableWriter, atomic_workbook, write_about
    from skillassess.services.exports import RESULT_COLUMNS

    with atomic_workbook(path) as wb:
        t = TableWriter(wb, "Results", RESULT_COLUMNS)
        rows = t.write_all(synthetic_rows(n), n, lambda done, total: None)
        t.finish()
        write_about(wb, ExportInfo(what="benchmark", exported_by="bench", rows=rows))


def write_baseline(path: Path, n: int) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "default_date_format": "yyyy-mm-dd"})
    ws = wb.add_worksheet("Results")
    for r, row in enumerate(synthetic_rows(n)):
        ws.write_row(r, 0, row)
    wb.close()


def export_from_db(path: Path, n: int, db_file: str, date_to: str = "") -> int:
    from skillassess.db.database import open_database, sqlite_url
    from skillassess.services.exports import ResultFilter, export_results
    from skillassess.services.users import actor_by_username

    db = open_database(sqlite_url(Path(db_file)))
    f = ResultFilter(date_to=dt.date.fromisoformat(date_to) if date_to else None)
    with db.session() as s:
        registrar = actor_by_username(s, "registrar")
    with db.transaction() as s:  # as the CLI and the GUI run it: the export is audited
        rows = export_results(s, registrar, path, f)
    db.dispose()
    assert date_to or rows == n, rows
    return rows


def child(kind: str, n: int, measure: str, db_file: str, date_to: str = "") -> None:
    """One measurement in this process; prints a JSON line."""
    # Import first, so that tracemalloc counts the export and not the loading of modules.
    import xlsxwriter  # noqa: F401

    if kind != "baseline":
        import skillassess.db.database
        import skillassess.services.exports  # noqa: F401
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "out.xlsx"
        fn = {"ours": write_ours, "baseline": write_baseline}.get(kind)
        if measure == "memory":
            tracemalloc.start()
        t0 = time.perf_counter()
        rows = n
        if fn is not None:
            fn(path, n)
        else:
            rows = export_from_db(path, n, db_file, date_to)
        elapsed = time.perf_counter() - t0
        peak = tracemalloc.get_traced_memory()[1] if measure == "memory" else 0
        size = path.stat().st_size
    print(
        json.dumps(
            {
                "seconds": elapsed,
                "peak": peak,
                "rows": rows,
                "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                "size": size,
            }
        )
    )


def run_child(kind: str, n: int, measure: str, db_file: str = "", date_to: str = "") -> dict[str, float]:
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            kind,
            "--rows",
            str(n),
            "--measure",
            measure,
            "--db-file",
            db_file,
            "--to",
            date_to,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def build_db(path: Path, n: int) -> None:
    """A SQLite database with the demo data plus enough candidates for ``n`` results in all."""
    from sqlalchemy import func, insert, select

    from skillassess.core.enums import AssessmentStatus, Disability, Outcome, Pathway, Sex
    from skillassess.core.models import (
        Assessment,
        Candidate,
        Centre,
        Enrolment,
        Qualification,
        QualificationUnit,
        Unit,
        User,
    )
    from skillassess.db.database import open_database, sqlite_url
    from skillassess.services.audit_state import UNTRACKED
    from skillassess.services.demo import load_demo

    db = open_database(sqlite_url(path))
    with db.transaction() as s:
        load_demo(s)
    with db.transaction() as s:
        s.info[UNTRACKED] = True  # bulk set-up rows, written behind the audit log on purpose
        have = s.scalar(select(func.count(Assessment.id))) or 0
        centre = s.scalars(select(Centre)).one()
        q = s.scalars(select(Qualification).where(Qualification.code == "ELI-L2")).one()
        units = [
            u.id
            for u in s.scalars(
                select(Unit)
                .join(QualificationUnit, QualificationUnit.unit_id == Unit.id)
                .where(QualificationUnit.qualification_id == q.id)
                .order_by(Unit.code)
            )
        ]
        assessor = s.scalars(select(User).where(User.username == "assessor1")).one().id
        verifier = s.scalars(select(User).where(User.username == "verifier")).one().id
        need = n - have
        n_cands = (need + len(units) - 1) // len(units)
        s.execute(
            insert(Candidate),
            [
                {
                    "centre_id": centre.id,
                    "registration_number": f"BEN-{i:06d}",
                    "family_name": f"Family{i}",
                    "given_names": f"Given {i}",
                    "sex": Sex.FEMALE if i % 2 else Sex.MALE,
                    "date_of_birth": dt.date(1970 + i % 35, 1 + i % 12, 1 + i % 28),
                    "nationality": "GH",
                    "disability": Disability.NO,
                }
                for i in range(n_cands)
            ],
        )
        ids = list(
            s.scalars(select(Candidate.id).where(Candidate.registration_number.like("BEN-%")).order_by(Candidate.id))
        )
        s.execute(
            insert(Enrolment),
            [
                {
                    "candidate_id": c,
                    "qualification_id": q.id,
                    "pathway": Pathway.RPL,
                    "enrolled_on": dt.date(2026, 1, 5),
                }
                for c in ids
            ],
        )
        enrol = dict(
            s.execute(select(Enrolment.candidate_id, Enrolment.id).where(Enrolment.candidate_id.in_(ids))).all()
        )
        rows = []
        for k in range(need):
            c = ids[k // len(units)]
            rows.append(
                {
                    "candidate_id": c,
                    "enrolment_id": enrol[c],
                    "unit_id": units[k % len(units)],
                    "attempt": 1,
                    "assessed_on": dt.date(2026, 1 + k % 12, 1 + k % 28),
                    "assessor_id": assessor,
                    "verifier_id": verifier,
                    "status": AssessmentStatus.VERIFIED,
                    "outcome": Outcome.COMPETENT,
                }
            )
        for start in range(0, len(rows), 20000):
            s.execute(insert(Assessment), rows[start : start + 20000])
    with db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--child")
    ap.add_argument("--measure", default="time")
    ap.add_argument("--db-file", default="")
    ap.add_argument("--to", default="", help="(child) export only results assessed up to this date")
    ap.add_argument("--no-db", action="store_true", help="skip the export from a database")
    args = ap.parse_args()
    if args.child:
        child(args.child, args.rows, args.measure, args.db_file, args.to)
        return 0

    n = args.rows
    print(f"Results export, {n:,} rows, median of {args.repeat} runs, each in its own process")
    times: dict[str, list[float]] = {"ours": [], "baseline": []}
    for _ in range(args.repeat):
        for kind in ("baseline", "ours"):
            times[kind].append(run_child(kind, n, "time")["seconds"])
    med = {k: statistics.median(v) for k, v in times.items()}
    ratio = med["ours"] / med["baseline"]
    print(f"  XlsxWriter constant_memory, write_row (baseline): {med['baseline']:.2f} s")
    print(f"  SkillAssess writer (typed cells, About sheet):    {med['ours']:.2f} s")
    print(f"  ratio: {ratio:.2f} (goal <= {GOAL}) {'OK' if ratio <= GOAL else 'ABOVE GOAL'}")

    print("Peak memory by row count (tracemalloc peak of Python allocations; max resident size of the process)")
    for kind in ("baseline", "ours"):
        for rows in (n // 4, n // 2, n):
            m = run_child(kind, rows, "memory")
            print(
                f"  {kind:8} {rows:>7,} rows: peak {m['peak'] / 1e6:6.2f} MB, max RSS {m['maxrss_kb'] / 1024:6.1f} MB"
            )

    if not args.no_db:
        with tempfile.TemporaryDirectory() as d:
            db_file = Path(d) / "bench.sqlite3"
            t0 = time.perf_counter()
            build_db(db_file, n)
            print(
                f"From a SQLite database of {n:,} results (built in {time.perf_counter() - t0:.1f} s): "
                "query streamed with yield_per, then written"
            )
            secs = [run_child("db", n, "time", str(db_file))["seconds"] for _ in range(args.repeat)]
            print(f"  export_results: {statistics.median(secs):.2f} s (median)")
            # The synthetic results are spread over the twelve months: a date filter selects a quarter, a half, all.
            for date_to in ("2026-03-31", "2026-06-30", ""):
                m = run_child("db", n, "memory", str(db_file), date_to)
                print(
                    f"  export_results {int(m['rows']):>7,} rows: peak {m['peak'] / 1e6:6.2f} MB (tracemalloc), "
                    f"max RSS {m['maxrss_kb'] / 1024:6.1f} MB"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
