"""Audit log and sign-in costs: chained writes, chain check, paging, Argon2 sign-in.

Prints medians and ratios against baselines measured in the same process:
- record() (chained, id in the hash) against a plain insert of the same row;
- verify() over the whole log against reading the same rows;
- the first page of a filtered listing against counting all rows;
- authenticate() (Argon2id) in absolute terms: it runs on the GUI thread, so it should stay near 100 ms.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select

from skillassess.core.enums import AuditAction, Role
from skillassess.core.models import AuditEntry, utcnow
from skillassess.db.database import open_database, sqlite_url
from skillassess.services import audit, audit_reading, audit_verification, users
from skillassess.services.context import Actor

N = 20_000
ACTOR = Actor(user_id=None, username="bench", roles=frozenset(Role))


def median_of(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(sqlite_url(Path(tmp) / "bench.sqlite3"))
        before = {"phone": "+233 20 000 0000", "notes": "x" * 200}
        after = {"phone": "+233 24 111 1111", "notes": "y" * 200}

        # Chained writes, 100 per transaction, as many small use cases would.
        per_batch = 100
        chained: list[float] = []
        for b in range(N // per_batch):
            t = time.perf_counter()
            with db.transaction() as s:
                for i in range(per_batch):
                    audit.record(s, ACTOR, AuditAction.UPDATE, "candidate", b * per_batch + i, before, after)
            chained.append((time.perf_counter() - t) / per_batch)
        plain: list[float] = []
        for _b in range(20):
            t = time.perf_counter()
            with db.transaction() as s:
                for _i in range(per_batch):
                    s.execute(
                        insert(AuditEntry.__table__).values(
                            at=utcnow(),
                            username="bench",
                            action="update",
                            entity_type="bench",
                            entity_id="1",
                            before_json=str(before),
                            after_json=str(after),
                            prev_hash=f"{time.perf_counter_ns():064d}",
                            hash=f"h{time.perf_counter_ns():063d}",
                        )
                    )
            plain.append((time.perf_counter() - t) / per_batch)
        with db.transaction() as s:  # take the unchained rows out again so the chain is intact
            s.execute(AuditEntry.__table__.delete().where(AuditEntry.entity_type == "bench"))
        rec, base = statistics.median(chained), statistics.median(plain)
        print(
            f"record():           {rec * 1e3:7.3f} ms per entry; plain insert {base * 1e3:.3f} ms; ratio {rec / base:.1f}x"
        )

        def do_verify() -> None:
            with db.session() as s:
                assert audit_verification.verify(s).intact

        def read_all() -> None:
            with db.session() as s:
                s.execute(select(AuditEntry.__table__)).all()

        v, r = median_of(do_verify), median_of(read_all)
        print(
            f"verify {N} entries: {v * 1e3:7.1f} ms; reading them {r * 1e3:.1f} ms; ratio {v / r:.1f}x "
            f"({v / N * 1e6:.1f} µs per entry)"
        )

        f = audit_reading.AuditFilter(entity_type="candidate", username="bench")

        def first_page() -> None:
            with db.session() as s:
                audit_reading.count_entries(s, f)
                audit_reading.entry_page(s, f, 0, 200)

        def count_all() -> None:
            with db.session() as s:
                s.execute(select(func.count(AuditEntry.id))).scalar_one()

        p, c = median_of(first_page), median_of(count_all)
        print(
            f"filtered first page (count + 200 rows): {p * 1e3:.1f} ms; counting all {c * 1e3:.1f} ms; ratio {p / c:.1f}x"
        )

        with db.transaction() as s:
            users.create_centre_and_admin(
                s, users.CentreFields("Bench", "B", "GH"), users.AdminFields("admin", "bench-password")
            )

        def sign_in() -> None:
            with db.transaction() as s:
                users.authenticate(s, "admin", "bench-password")

        a = median_of(sign_in, 7)
        print(f"authenticate() (Argon2id): {a * 1e3:.1f} ms")
        db.dispose()


if __name__ == "__main__":
    main()
