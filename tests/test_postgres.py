"""What only PostgreSQL has: the write lock is an advisory lock another connection can see.

Everything else (schema, migrations, demo, services, commands) runs on PostgreSQL through the
``db``/``demo_db``/``new_db_url`` fixtures, which run each test on both engines (tests/conftest.py).
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from skillassess.db.concurrency import WRITE_LOCK_KEY, lock_writes
from skillassess.db.database import open_database

pytestmark = pytest.mark.postgres


def test_write_lock_is_held_until_the_transaction_ends(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        holders = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
        with db.transaction() as s:
            lock_writes(s)
            lock_writes(s)  # a second call in the same transaction does not wait for itself
            with db.engine.connect() as other:
                assert other.execute(text(holders)).scalar() == 1
                assert other.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY}).scalar() is False
        with db.engine.connect() as other:
            assert other.execute(text(holders)).scalar() == 0
    finally:
        db.dispose()
