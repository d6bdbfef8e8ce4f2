"""Candidate search and list speed at 100,000 candidates.

Uses the database of benchmarks/scale_data.py (the demo plus 100,000 generated candidates with Latin,
Arabic and Ethiopic names, enrolled, assessed, certified; built once under /tmp/scale), then measures:

- search as you type: the count and first page the list runs for each keystroke (prefixes of
  names, registration numbers and ID numbers), through the FTS5 trigram index and, as the
  baseline, through a plain LIKE scan in the same process;
- opening the page: a model reload (count + first page) with no search, and with filters.

Goals (issue 5): search median under 10 ms, page open under 300 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/candidates.py [--count N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale_data
from sqlalchemy import select

from skillassess.core.enums import RplStage, Sex
from skillassess.core.models import Qualification
from skillassess.db.database import open_database, sqlite_url
from skillassess.services import candidate_search


def timed(fn: Callable[[], object], repeat: int = 1, clock: Callable[[], float] = time.perf_counter) -> list[float]:
    """Milliseconds per call; with ``time.process_time`` the CPU time, which other load disturbs less."""
    out = []
    for _ in range(repeat):
        t0 = clock()
        fn()
        out.append((clock() - t0) * 1000)
    return out


def typing_queries() -> list[str]:
    """What the list queries while someone types (every prefix after the 150 ms debounce, worst case)."""
    words = ["mensah", "tigist alemu", "layal", "GEN-2023-0000421", "ትዕግስት", "ليال", "خوري", "Kamara Efua"]
    out = []
    for w in words:
        out += [w[:k] for k in range(1, len(w) + 1)]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory():
        os.environ["SKILLASSESS_DATA_DIR"] = str(scale_data.scale_dir() / "data")  # the key of its checkpoint
        db = open_database(sqlite_url(scale_data.cached(args.count)), create=False)  # built once, reused
        queries = typing_queries()

        def search(term: str, use_index: bool) -> None:
            with db.session() as s:  # what CandidateTableModel.reload runs
                candidate_search.count_candidates(s, term, use_index=use_index)
                candidate_search.candidate_page(s, term, 0, 200, use_index=use_index)

        for q in queries[:5]:  # warm the page cache
            search(q, True)
            search(q, False)
        fts: list[float] = []
        like: list[float] = []
        long_fts: list[float] = []
        long_like: list[float] = []
        fts_cpu: list[float] = []
        like_cpu: list[float] = []
        for q in queries:
            a = statistics.median(timed(lambda q=q: search(q, True), 3))
            b = statistics.median(timed(lambda q=q: search(q, False), 3))
            fts_cpu.append(statistics.median(timed(lambda q=q: search(q, True), 3, time.process_time)))
            like_cpu.append(statistics.median(timed(lambda q=q: search(q, False), 3, time.process_time)))
            fts.append(a)
            like.append(b)
            if all(len(w) >= candidate_search.TRIGRAM for w in q.split()):
                long_fts.append(a)
                long_like.append(b)
        print(f"\nSearch as you type ({len(queries)} keystrokes; count + first page of 200 each):")
        print(f"  FTS5 trigram (LIKE under 3 chars): median {statistics.median(fts):7.2f} ms, max {max(fts):7.2f} ms")
        print(f"  plain LIKE baseline:               median {statistics.median(like):7.2f} ms, max {max(like):7.2f} ms")
        print(f"  ratio LIKE / FTS:                  {statistics.median(like) / statistics.median(fts):7.1f}x")
        print(
            f"  CPU time (less disturbed by other load): FTS median {statistics.median(fts_cpu):.2f} ms, "
            f"LIKE median {statistics.median(like_cpu):.2f} ms "
            f"({statistics.median(like_cpu) / statistics.median(fts_cpu):.1f}x)"
        )
        print(
            f"  terms of 3+ characters only: FTS median {statistics.median(long_fts):.2f} ms, "
            f"LIKE median {statistics.median(long_like):.2f} ms "
            f"({statistics.median(long_like) / statistics.median(long_fts):.1f}x)"
        )

        from skillassess.ui.app import create_application
        from skillassess.ui.pages.candidates import CandidateTableModel

        create_application()
        model = CandidateTableModel(db)
        open_times = timed(model.reload, 15)
        print(f"\nOpening the page (model reload, {model.total:,} rows, first {model.rowCount()} fetched):")
        print(f"  median {statistics.median(open_times):7.2f} ms, max {max(open_times):7.2f} ms")
        scroll = timed(model.fetchMore, 10)
        print(f"  scrolling (fetchMore of {model.PAGE_SIZE}): median {statistics.median(scroll):.2f} ms")
        with db.session() as s:
            qid = s.execute(select(Qualification.id).where(Qualification.code == "ELI-L2")).scalar_one()
        for name, flt in [
            ("sex = female", candidate_search.CandidateFilter(sex=Sex.FEMALE)),
            ("stage = portfolio", candidate_search.CandidateFilter(stage=RplStage.PORTFOLIO)),
            ("qualification", candidate_search.CandidateFilter(qualification_id=qid)),
            ("female + 'ليال'", candidate_search.CandidateFilter(search="ليال", sex=Sex.FEMALE)),
        ]:
            model.filter = flt
            t = timed(model.reload, 5)
            print(f"  filter {name:18} median {statistics.median(t):7.2f} ms ({model.total:,} rows)")
        db.dispose()
    goal_search = statistics.median(fts) < 10
    goal_open = statistics.median(open_times) < 300
    print(f"\nMachine load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPU(s)")
    print(
        f"Goals: search median < 10 ms: {'met' if goal_search else 'NOT met'}; "
        f"page open < 300 ms: {'met' if goal_open else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
