"""How long importing 50,000 candidates takes, against reading the same workbook with openpyxl.

Writes a candidate list of ``--rows`` valid rows (every second one enrolled in ELI-L2) with
XlsxWriter, as Excel writes one (shared strings, date cells), then, on a fresh copy of the demo
database each time:

- baseline: openpyxl's read-only parse of the same file (every row, values only): the floor
  for any import that reads workbooks with openpyxl;
- import: ``candidate_import.import_candidates`` (file checks, reading, every row checked,
  one transaction with one audit entry per candidate and enrolment).

Prints medians (and the slowest run) of both, the ratio import / parse, and how long the import
held the write lock (its final transaction), during which other writers wait.
Goal (issue 23): 50,000 rows in 30 s or less on the project's machine; it took 414 s before.

    python benchmarks/candidate_import.py [--rows 50000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from openpyxl import load_workbook  # noqa: E402

from skillassess.db.database import open_database, sqlite_url  # noqa: E402
from skillassess.services import candidate_import as ci  # noqa: E402
from skillassess.services.demo import load_demo  # noqa: E402
from skillassess.services.users import actor_by_username  # noqa: E402

from workbooks import candidate_rows, write_candidate_workbook  # noqa: E402


def parse(path: Path) -> int:
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for _ in wb["Candidates"].iter_rows(values_only=True))
    finally:
        wb.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        os.environ["SKILLASSESS_DATA_DIR"] = str(tmp / "data")
        demo = tmp / "demo.sqlite3"
        db = open_database(sqlite_url(demo))
        with db.transaction() as s:
            load_demo(s)
        with db.engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        t = time.perf_counter()
        path = write_candidate_workbook(tmp / "candidates.xlsx", candidate_rows(args.rows))
        print(f"Wrote {args.rows:,} rows ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t:.1f} s")

        parses: list[float] = []
        imports: list[float] = []
        locks: list[float] = []
        for run in range(args.runs):
            t = time.perf_counter()
            rows = parse(path)
            parses.append(time.perf_counter() - t)
            target = tmp / f"run{run}.sqlite3"
            shutil.copyfile(demo, target)
            db = open_database(sqlite_url(target))
            with db.session() as s:
                actor = actor_by_username(s, "assessor1")
            original = ci._write
            held: list[float] = []

            def timed_write(*a, original=original, held=held, **k):
                start = time.perf_counter()
                try:
                    return original(*a, **k)
                finally:
                    held.append(time.perf_counter() - start)

            ci._write = timed_write
            t = time.perf_counter()
            report = ci.import_candidates(db, actor, path)
            imports.append(time.perf_counter() - t)
            ci._write = original
            # The transaction opens (BEGIN IMMEDIATE) just before _write and commits just after it.
            locks.append(held[0])
            assert len(report.created) == args.rows and rows == args.rows + 1
            db.dispose()
            print(
                f"run {run + 1}: parse {parses[-1]:.1f} s, import {imports[-1]:.1f} s "
                f"(write lock held {locks[-1]:.2f} s)"
            )

        parse_median, import_median = statistics.median(parses), statistics.median(imports)
        print()
        print(f"openpyxl read-only parse (baseline): median {parse_median:.1f} s, slowest {max(parses):.1f} s")
        print(
            f"import of {args.rows:,} candidates:    median {import_median:.1f} s, slowest {max(imports):.1f} s "
            f"({args.rows / import_median:,.0f} rows/s)"
        )
        print(f"ratio import / parse: {import_median / parse_median:.2f}")
        print(f"write lock held: median {statistics.median(locks):.2f} s, slowest {max(locks):.2f} s")
        print(f"goal: {args.rows:,} rows in 30 s or less -> {'met' if import_median <= 30 else 'NOT met'}")
        print(
            f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} on {os.cpu_count()} cores"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
