"""Demo build time: ``load_demo`` into a new SQLite database, as ``make run``, the tests' demo template and
``skillassess --demo`` do it.

Prints the median over several runs of making an empty database (the migrations: the baseline, in the same
process) and of loading the demo into it, and their ratio; with --profile, where the demo's time goes (the
slowest functions by cumulative time, from cProfile).

    .venv/bin/python benchmarks/demo_build.py [--runs N] [--profile] [--test-hashing]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--test-hashing", action="store_true", help="hash passwords with the tests' cheap Argon2 parameters"
    )
    args = parser.parse_args()
    if args.test_hashing:
        from argon2 import PasswordHasher

        from skillassess.core import passwords

        passwords._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # as tests/helpers.py
    from skillassess.db.database import open_database, sqlite_url
    from skillassess.services.demo import load_demo

    empty, demo, demo_cpu = [], [], []
    profile = cProfile.Profile() if args.profile else None
    for _ in range(args.runs):
        folder = Path(tempfile.mkdtemp(prefix="skillassess-demo-bench-"))
        os.environ["SKILLASSESS_DATA_DIR"] = str(folder)
        t0 = time.perf_counter()
        db = open_database(sqlite_url(folder / "demo.sqlite3"), create=True)
        t1 = time.perf_counter()
        c1 = time.process_time()  # every thread of the process (Argon2 hashes on several)
        if profile is not None:
            profile.enable()
        with db.transaction() as s:
            load_demo(s, key_dir=folder)
        if profile is not None:
            profile.disable()
        t2 = time.perf_counter()
        demo_cpu.append(time.process_time() - c1)
        db.dispose()
        empty.append(t1 - t0)
        demo.append(t2 - t1)
    e, d = statistics.median(empty), statistics.median(demo)
    print(f"empty database (migrations): median {e:.2f} s over {args.runs} runs")
    print(f"demo loaded into it:         median {d:.2f} s (min {min(demo):.2f}, max {max(demo):.2f})")
    print(f"  its processor time:        median {statistics.median(demo_cpu):.2f} s (this machine may be shared)")
    print(f"ratio demo / empty database: {d / e:.1f}")
    if profile is not None:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
