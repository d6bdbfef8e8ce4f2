"""The national register's on-screen lists at 100,000 candidates: each query the GUI runs, timed.

An awarding-body database (SQLite file; PostgreSQL server started here) holds two centres' register rows
written by bulk insert: N candidates (default 100,000, half each centre), 10 results each and a certificate
for one in five. Then, as the Register browser (skillassess/ui/register_browser.py) runs them: the first page
of every centre, a page deep in the list (as far as a user scrolls), one centre's first page, searches as they
are typed (one letter, a common name, a registration number, a certificate serial, a word found nowhere), the
certificates' first page and a search on them, and one candidate opened. Prints the median of 5 runs of each,
and its ratio to the first page (the baseline run in the same process). There is no count: the lists fetch
pages while the last one was full.

    python benchmarks/register_lists.py [--candidates 100000] [--engines sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def fill(db: Any, n: int) -> None:
    from skillassess.core.models import ExchangePartner

    with db.transaction() as s:
        for code in ("ACC", "KSI"):
            s.add(ExchangePartner(code=code, name=f"Centre {code}", country="GH", role="centre"))
    with db.engine.begin() as conn:
        pids = dict(conn.exec_driver_sql("SELECT code, id FROM exchange_partner").all())
        cands = [
            (
                pids["ACC" if i % 2 else "KSI"],
                f"{'ACC' if i % 2 else 'KSI'}-2026-{i:07d}",
                f"Family{i % 977}",
                f"Given{i % 613}",
                "",
                "female" if i % 3 else "male",
                "1990-01-01",
                "national_id",
                f"ID{i:09d}",
                "GH",
                "no",
            )
            for i in range(n)
        ]
        marks = ", ".join(["%s" if db.engine.dialect.name == "postgresql" else "?"] * 11)
        raw = conn.connection.dbapi_connection
        cur = raw.cursor()
        cur.executemany(
            "INSERT INTO register_candidate (partner_id, registration_number, family_name, given_names, name_local, "
            f"sex, date_of_birth, id_type, national_id, nationality, disability) VALUES ({marks})",
            cands,
        )
        ids = conn.exec_driver_sql("SELECT id, partner_id, registration_number FROM register_candidate").all()
        m10 = ", ".join(["%s" if db.engine.dialect.name == "postgresql" else "?"] * 10)
        cur.executemany(
            "INSERT INTO register_result (candidate_id, unit_code, unit_version, attempt, qualification_code, "
            f"assessed_on, outcome, assessor, assessor_registration, verified_at) VALUES ({m10})",
            [
                (cid, f"U{u:03d}", 1, 1, "Q1", "2026-11-20", "competent", "A. Assessor", "", "2026-11-21")
                for cid, _p, _r in ids
                for u in range(10)
            ],
        )
        m9 = ", ".join(["%s" if db.engine.dialect.name == "postgresql" else "?"] * 14)
        cur.executemany(
            "INSERT INTO register_certificate (partner_id, candidate_id, serial, kind, qualification_code, "
            "qualification_version, issued_on, status, reprint_count, revoked_reason, revoked_at, replaces_serial, "
            f"units, payload) VALUES ({m9})",
            [
                (pid, cid, f"GH-{reg[:3]}-2026-{k:06d}", "full", "Q1", 1, "2026-11-30", "issued", 0, "", "", "", "", "")
                for k, (cid, pid, reg) in enumerate(ids)
                if k % 5 == 0
            ],
        )


def median_ms(fn: Callable[[], Any], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def run(url: str, n: int, label: str) -> None:
    from skillassess.db.database import open_database
    from skillassess.services.exchange import register_lists as rl

    db = open_database(url)
    start = time.perf_counter()
    fill(db, n)
    print(
        f"{label}: {n:,} candidates, {10 * n:,} results, {n // 5:,} certificates written in "
        f"{time.perf_counter() - start:.0f} s",
        flush=True,
    )
    with db.engine.begin() as conn:  # what autovacuum does soon after a bulk import (the planner needs it)
        conn.exec_driver_sql("ANALYZE")
    with db.session() as s:
        some = rl.register_candidate_page(s, "ACC", "", 777, 1)[0]
        serial = rl.register_certificate_page(s, "KSI", "", 333, 1)[0].serial

    def q(fn: Callable[[Any], Any]) -> Callable[[], Any]:
        def go() -> Any:
            with db.session() as s:
                return fn(s)

        return go

    cases: list[tuple[str, Callable[[], Any]]] = [
        ("candidates, first page", q(rl.register_candidate_page)),
        ("candidates, page at row 20,000", q(lambda s: rl.register_candidate_page(s, offset=20_000))),
        ("one centre, first page", q(lambda s: rl.register_candidate_page(s, "KSI"))),
        ("search 'f' (one letter)", q(lambda s: rl.register_candidate_page(s, search="f"))),
        ("search a family name", q(lambda s: rl.register_candidate_page(s, search=some.family_name))),
        ("search a registration number", q(lambda s: rl.register_candidate_page(s, search=some.registration_number))),
        ("search a certificate serial", q(lambda s: rl.register_candidate_page(s, search=serial))),
        ("search a word found nowhere", q(lambda s: rl.register_candidate_page(s, search="zzqx"))),
        ("certificates, first page", q(rl.register_certificate_page)),
        ("certificates, search a serial", q(lambda s: rl.register_certificate_page(s, search=serial))),
        ("open one candidate", q(lambda s: rl.register_candidate_detail(s, some.id))),
    ]
    base = median_ms(cases[0][1])
    for name, fn in cases:
        ms = median_ms(fn)
        print(f"  {name:34} {ms:8.1f} ms  ({ms / base:5.1f}x the first page)", flush=True)
    db.dispose()


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--candidates", type=int, default=100_000)
    p.add_argument("--engines", default="sqlite,postgresql")
    args = p.parse_args()
    import os

    from sqlalchemy import create_engine, text

    from skillassess.db.database import sqlite_url

    from postgres import postgres_server, unavailable_reason

    with tempfile.TemporaryDirectory() as tmp_:
        tmp = Path(tmp_)
        os.environ["SKILLASSESS_DATA_DIR"] = str(tmp / "data")
        for engine in args.engines.split(","):
            if engine == "postgresql" and unavailable_reason():
                print(f"PostgreSQL skipped: {unavailable_reason()}")
                continue
            with postgres_server(durable=True) if engine == "postgresql" else contextlib.nullcontext("") as base:
                if engine == "sqlite":
                    url = sqlite_url(tmp / "register.sqlite3")
                else:
                    admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
                    with admin.connect() as c:
                        c.execute(text('CREATE DATABASE "register"'))
                    admin.dispose()
                    url = f"{base}/register"
                run(url, args.candidates, engine)
    print(f"load: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
