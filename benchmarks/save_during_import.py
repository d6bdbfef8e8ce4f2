"""Grid-save latency while a big candidate import runs, against the same saves with no import.

On a copy of the demo database, a session of three candidates on unit ELI-C02 is planned; then
grid cells are saved as the grid saves them (``recording.set_judgement`` in its own
``Database.transaction()``), ten a second, as a fast typist would:

- baseline: ``--saves`` saves with nothing else running;
- during: saves for as long as an import of ``--rows`` candidates runs in another process (the
  command line, as a second user or a script would), or with ``--same-process`` in a thread of
  this one (as the GUI runs an import on a worker while the user keeps typing).

Prints median, 95th percentile and slowest save of both, their ratios, and how many saves failed
(none should: a save waits up to the busy timeout, 10 s, and the import holds the lock only for
its final transaction). Before issue 23 the import held the lock for its whole run (50 s for
10,000 rows) and saves failed with "database is locked".

    python benchmarks/save_during_import.py [--rows 20000] [--saves 100] [--same-process]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from sqlalchemy import select  # noqa: E402

from skillassess.core.enums import Judgement  # noqa: E402
from skillassess.core.models import Candidate, Unit  # noqa: E402
from skillassess.db.database import open_database, sqlite_url  # noqa: E402
from skillassess.services.candidate_import import import_candidates  # noqa: E402
from skillassess.services.demo import load_demo  # noqa: E402
from skillassess.services.recording import judging, sessions  # noqa: E402
from skillassess.services.users import actor_by_username  # noqa: E402

from workbooks import candidate_rows, write_candidate_workbook  # noqa: E402

INTERVAL = 0.1


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--saves", type=int, default=100)
    parser.add_argument("--same-process", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        os.environ["SKILLASSESS_DATA_DIR"] = str(tmp / "data")
        path = tmp / "bench.sqlite3"
        db = open_database(sqlite_url(path))
        with db.transaction() as s:
            load_demo(s)
        with db.session() as s:
            actor = actor_by_username(s, "assessor1")
        with db.transaction() as s:
            cands = [
                s.execute(select(Candidate.id).where(Candidate.registration_number == r)).scalar_one()
                for r in ("ACC-2026-00028", "ACC-2026-00029", "ACC-2026-00030")
            ]
            unit = s.execute(select(Unit.id).where(Unit.code == "ELI-C02")).scalar_one()
            session_id = sessions.plan_session(
                s, actor, sessions.SessionPlan(dt.date(2026, 11, 20), actor.user_id, [unit], cands)
            ).session_id
        with db.session() as s:
            grid = sessions.session_grid(s, session_id, unit)
        cells = [(c.assessment_id, line.criterion_id) for line in grid.criteria for c in grid.columns]
        book = write_candidate_workbook(tmp / "candidates.xlsx", candidate_rows(args.rows))
        counter = 0
        failures = 0

        def save() -> float:
            nonlocal counter, failures
            aid, cid = cells[counter % len(cells)]
            value = (Judgement.SATISFACTORY, Judgement.NOT_YET_SATISFACTORY)[(counter // len(cells)) % 2]
            counter += 1
            start = time.perf_counter()
            try:
                with db.transaction() as s:
                    judging.set_judgement(s, actor, aid, cid, value)
            except Exception:  # noqa: BLE001 - counted: a save the grid would show as not saved
                failures += 1
            return time.perf_counter() - start

        baseline: list[float] = []
        for _ in range(args.saves):
            baseline.append(save())
            time.sleep(INTERVAL)
        base_failures, failures = failures, 0

        during: list[float] = []
        started = time.perf_counter()
        if args.same_process:
            errors: list[BaseException] = []

            def run() -> None:
                try:
                    import_candidates(db, actor, book)
                except BaseException as exc:  # noqa: BLE001
                    errors.append(exc)

            worker = threading.Thread(target=run)
            worker.start()
            while worker.is_alive():
                during.append(save())
                time.sleep(INTERVAL)
            if errors:
                raise errors[0]
        else:
            out = (tmp / "out.txt").open("w")
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "skillassess",
                    "--db",
                    str(path),
                    "--user",
                    "assessor2",
                    "candidates",
                    "import",
                    str(book),
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=ROOT,
                env={**os.environ, "SKILLASSESS_PASSWORD": "demo-assessor2"},
            )
            while proc.poll() is None:
                during.append(save())
                time.sleep(INTERVAL)
            out.close()
            if proc.returncode:
                print((tmp / "out.txt").read_text())
                return 1
        import_time = time.perf_counter() - started
        with db.session() as s:
            from sqlalchemy import func

            total = s.execute(select(func.count(Candidate.id))).scalar_one()
        db.dispose()

    ms = 1000
    where = "a thread of this process" if args.same_process else "another process"
    print(f"import of {args.rows:,} candidates in {where}: {import_time:.1f} s ({total:,} candidates after)")
    print(
        f"saves without import: {len(baseline)}, median {statistics.median(baseline) * ms:.1f} ms, "
        f"p95 {p95(baseline) * ms:.1f} ms, slowest {max(baseline) * ms:.1f} ms, failed {base_failures}"
    )
    print(
        f"saves during import:  {len(during)}, median {statistics.median(during) * ms:.1f} ms, "
        f"p95 {p95(during) * ms:.1f} ms, slowest {max(during) * ms:.1f} ms, failed {failures}"
    )
    print(
        f"ratio during / without: median {statistics.median(during) / statistics.median(baseline):.2f}, "
        f"p95 {p95(during) / p95(baseline):.2f}"
    )
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
