"""Grid saves per second with 1, 2, 4 and 8 writer processes at once, on PostgreSQL and on SQLite.

Each writer is a process that saves grid cells exactly as the grid does: ``Database.write`` (the
retrying transaction) around ``recording.set_judgement`` (role and status checks, the assessment row
locked FOR SHARE, one judgement, one hash-chained audit entry appended under the write lock). Each
writer has its own cells of the demo's draft assessments and flips them S/N, so every save changes
something and writes an audit entry.

Durable settings on both engines: SQLite in WAL mode with synchronous=FULL (the application's own),
PostgreSQL with fsync and synchronous_commit on (a server started by this script, like the tests'
but durable). Prints, per engine and number of writers: the aggregate rate (saves per second from
"go" to the last writer's end), its ratio to one writer, median and p95 latency of one save, and
how many transactions had to be run again. Baseline, measured in the same run on each engine: one
process committing a one-row UPDATE per transaction (the cost of a durable commit here).

Goal (issue 19): on PostgreSQL the aggregate rate grows with writers up to 4; p95 < 20 ms.

    python benchmarks/writers.py [--saves 300] [--writers 1,2,4,8] [--engines postgresql,sqlite]
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import logging
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


# --- One writer (a child process) ------------------------------------------------------------------


def child(url: str, cells_json: str, saves: int) -> int:
    from skillassess.core.enums import Judgement
    from skillassess.db.database import open_database
    from skillassess.services.recording import judging
    from skillassess.services.users import actor_by_username

    retries = 0

    class CountRetries(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            nonlocal retries
            retries += 1

    logging.getLogger("skillassess.db.concurrency").addHandler(CountRetries())
    logging.getLogger("skillassess.db.concurrency").setLevel(logging.INFO)
    cells = json.loads(cells_json)
    db = open_database(url)
    with db.session() as s:
        actors = {name: actor_by_username(s, name) for name in {c["assessor"] for c in cells}}
    values = {(c["aid"], c["cid"]): c["value"] for c in cells}

    def save(n: int) -> None:
        c = cells[n % len(cells)]
        key = (c["aid"], c["cid"])
        new = Judgement.NOT_YET_SATISFACTORY if values[key] == "satisfactory" else Judgement.SATISFACTORY
        db.write(lambda s: judging.set_judgement(s, actors[c["assessor"]], c["aid"], c["cid"], new))
        values[key] = new.value

    for n in range(5):  # warm up: connections, statement caches
        save(n)
    retries = 0
    print("ready", flush=True)
    sys.stdin.readline()
    latencies = []
    for n in range(5, 5 + saves):
        t = time.perf_counter()
        save(n)
        latencies.append(time.perf_counter() - t)
    print(json.dumps({"latencies": latencies, "retries": retries}), flush=True)
    db.dispose()
    return 0


# --- The run ---------------------------------------------------------------------------------------


def _cells(db) -> list[dict[str, object]]:
    from sqlalchemy import select

    from skillassess.core.enums import AssessmentStatus
    from skillassess.core.models import Assessment, CriterionJudgement
    from skillassess.services.recording import reading

    out = []
    with db.session() as s:
        for a in s.execute(
            select(Assessment).where(Assessment.status == AssessmentStatus.DRAFT).order_by(Assessment.id)
        ).scalars():
            for c in reading.unit_criteria(s, a.unit_id):
                j = s.get(CriterionJudgement, (a.id, c.criterion_id))
                out.append(
                    {
                        "aid": a.id,
                        "cid": c.criterion_id,
                        "assessor": a.assessor.username,
                        "value": j.result.value if j else None,
                    }
                )
    return out


def run_writers(url: str, cells: list[dict[str, object]], writers: int, saves: int) -> dict[str, float]:
    procs = []
    for w in range(writers):
        share = cells[w::writers]
        procs.append(
            subprocess.Popen(
                [sys.executable, __file__, "--child", url, json.dumps(share), str(saves)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                cwd=ROOT,
            )
        )
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    start = time.perf_counter()
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    results = []
    for p in procs:
        out, _ = p.communicate(timeout=900)
        results.append(json.loads(out.strip().splitlines()[-1]))
    wall = time.perf_counter() - start
    latencies = [x for r in results for x in r["latencies"]]
    # The wall time includes the slowest writer's start-up of its first save only: all were warm and waiting.
    return {
        "rate": len(latencies) / wall,
        "median_ms": statistics.median(latencies) * 1000,
        "p95_ms": _percentile(latencies, 95) * 1000,
        "retries": sum(r["retries"] for r in results),
        "saves": len(latencies),
    }


def bare_commit_ms(db, n: int = 300) -> float:
    """Median time of one durable commit of a one-row UPDATE (the floor under any save)."""
    from sqlalchemy import text

    with db.transaction() as s:
        s.execute(text("CREATE TABLE bench_counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)"))
        s.execute(text("INSERT INTO bench_counter VALUES (1, 0)"))
    times = []
    for _ in range(n):
        t = time.perf_counter()
        with db.transaction() as s:
            s.execute(text("UPDATE bench_counter SET n = n + 1 WHERE id = 1"))
        times.append(time.perf_counter() - t)
    with db.transaction() as s:
        s.execute(text("DROP TABLE bench_counter"))
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--saves", type=int, default=300, help="saves per writer (default 300)")
    parser.add_argument("--writers", default="1,2,4,8")
    parser.add_argument("--engines", default="postgresql,sqlite")
    args = parser.parse_args()
    counts = [int(x) for x in args.writers.split(",")]

    from sqlalchemy import create_engine, text

    from skillassess.db.database import open_database, sqlite_url
    from skillassess.services.demo import load_demo

    from postgres import postgres_server, unavailable_reason

    rows: list[tuple[str, int, dict[str, float]]] = []
    floors: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for engine in args.engines.split(","):
            if engine == "postgresql" and unavailable_reason():
                print(f"PostgreSQL skipped: {unavailable_reason()}")
                continue
            with postgres_server(durable=True) if engine == "postgresql" else contextlib.nullcontext("") as base:
                for writers in counts:
                    # A fresh demo database per run, so that every run starts from the same state.
                    if engine == "postgresql":
                        admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
                        with admin.connect() as c:
                            c.execute(text(f'CREATE DATABASE "w{writers}"'))
                        admin.dispose()
                        url = f"{base}/w{writers}"
                    else:
                        url = sqlite_url(Path(tmp) / f"w{writers}.sqlite3")
                    db = open_database(url)
                    with db.transaction() as s:
                        load_demo(s)
                    cells = _cells(db)
                    if engine not in floors:
                        floors[engine] = bare_commit_ms(db)
                    db.dispose()
                    result = run_writers(url, cells, writers, args.saves)
                    rows.append((engine, writers, result))
                    print(f"  {engine} {writers} writer(s): {result['rate']:.0f} saves/s", flush=True)

    print()
    print(f"Grid saves, {args.saves} per writer, durable commits (fsync / synchronous=FULL)")
    print(f"{'engine':<11}{'writers':>8}{'saves/s':>9}{'x 1 writer':>11}{'median ms':>11}{'p95 ms':>8}{'re-run':>8}")
    for engine, writers, r in rows:
        one = next(x for e, w, x in rows if e == engine and w == min(counts))
        print(
            f"{engine:<11}{writers:>8}{r['rate']:>9.0f}{r['rate'] / one['rate']:>11.2f}"
            f"{r['median_ms']:>11.1f}{r['p95_ms']:>8.1f}{int(r['retries']):>8}"
        )
    for engine, ms in floors.items():
        print(f"baseline {engine}: one durable commit of a one-row UPDATE, median {ms:.2f} ms")
    pg = {w: r for e, w, r in rows if e == "postgresql"}
    if pg:
        grows = all(
            pg[a]["rate"] < pg[b]["rate"] for a, b in itertools.pairwise(counts) if b <= 4 and a in pg and b in pg
        )
        worst = max(r["p95_ms"] for r in pg.values())
        print(
            f"goal on PostgreSQL: rate grows up to 4 writers: {'yes' if grows else 'NO'}; "
            f"p95 < 20 ms: {'yes' if worst < 20 else 'NO'} (worst p95 {worst:.1f} ms)"
        )
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.exit(child(sys.argv[2], sys.argv[3], int(sys.argv[4])))
    sys.exit(main())
