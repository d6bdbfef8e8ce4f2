"""skillassess.db.concurrency: the write lock and the retrying write, on SQLite and on PostgreSQL.

Whole processes writing at once are in tests/reliability/test_concurrent_writers.py; here, one writer
is made to wait for, or to lose a race with, another connection of the test, deliberately.
"""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from skillassess.core.enums import AssessmentStatus, Judgement
from skillassess.core.errors import ValidationError
from skillassess.core.models import Assessment, CriterionJudgement
from skillassess.db.concurrency import RetryPolicy, lock_writes, retry_reason, run_transaction
from skillassess.services.recording import judging, reading


def _draft_cell(demo_db):
    with demo_db.session() as s:
        a = (
            s.execute(select(Assessment).where(Assessment.status == AssessmentStatus.DRAFT).order_by(Assessment.id))
            .scalars()
            .first()
        )
        cid = reading.unit_criteria(s, a.unit_id)[0].criterion_id
        old = s.get(CriterionJudgement, (a.id, cid))
        return a.id, cid, a.assessor.username, (old.result if old else None)


def test_a_save_that_waits_for_another_writer_succeeds_and_says_nothing(demo_db, demo_actor) -> None:
    aid, cid, assessor, old = _draft_cell(demo_db)
    new = Judgement.NOT_YET_SATISFACTORY if old == Judgement.SATISFACTORY else Judgement.SATISFACTORY
    actor = demo_actor(assessor)
    outcome: dict[str, object] = {}
    retried: list[BaseException] = []
    holding = threading.Event()

    def save() -> None:
        holding.wait(10)
        started = time.monotonic()
        try:
            run_transaction(
                demo_db,
                lambda s: judging.set_judgement(s, actor, aid, cid, new),
                on_retry=lambda _n, exc: retried.append(exc),
            )
            outcome["waited"] = time.monotonic() - started
        except Exception as exc:  # noqa: BLE001 - the test fails on it below
            outcome["error"] = exc

    saver = threading.Thread(target=save)
    saver.start()
    with demo_db.transaction() as s:  # another writer holds the write lock for 0.6 s
        lock_writes(s)
        holding.set()
        time.sleep(0.6)
    saver.join(30)
    assert "error" not in outcome, outcome
    assert float(outcome["waited"]) >= 0.4
    assert retried == []  # it waited for the lock; nothing had to be run again
    with demo_db.session() as s:
        assert s.get(CriterionJudgement, (aid, cid)).result == new


def _short_busy_timeout(db) -> None:
    """SQLite waits 10 s for a busy file; make it 50 ms so that the retry beyond it shows in a test."""
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda conn, _record: conn.execute("PRAGMA busy_timeout=50"))


def _hold_sqlite_write_lock(path: str, seconds: float) -> threading.Thread:
    started = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        started.set()
        time.sleep(seconds)
        conn.execute("COMMIT")
        conn.close()

    t = threading.Thread(target=hold)
    t.start()
    started.wait(10)
    return t


@pytest.mark.sqlite_only(reason="'database is locked' is SQLite's answer to a busy file; PostgreSQL waits on its locks")
def test_database_locked_beyond_the_busy_timeout_is_run_again(db) -> None:
    with db.transaction() as s:
        s.execute(text("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)"))
    _short_busy_timeout(db)
    holder = _hold_sqlite_write_lock(str(db.file_path), 0.5)
    retried: list[BaseException] = []

    def work(s) -> int:
        s.execute(text("INSERT INTO note (body) VALUES ('kept')"))
        return 1

    assert run_transaction(db, work, on_retry=lambda _n, exc: retried.append(exc)) == 1
    holder.join()
    assert retried and all(retry_reason(e) == "database is locked by another writer" for e in retried)
    with db.session() as s:
        assert s.execute(text("SELECT body FROM note")).scalars().all() == ["kept"]  # once, not once per run


@pytest.mark.sqlite_only(reason="'database is locked' is SQLite's answer to a busy file; PostgreSQL waits on its locks")
def test_a_write_that_never_gets_its_turn_raises_the_database_error(db) -> None:
    _short_busy_timeout(db)
    holder = _hold_sqlite_write_lock(str(db.file_path), 1.5)
    retries: list[int] = []
    with pytest.raises(OperationalError, match="database is locked"):
        # The transaction itself waits for the write lock (BEGIN IMMEDIATE) before the work runs.
        run_transaction(
            db,
            lock_writes,
            policy=RetryPolicy(attempts=3, first_pause=0.01),
            on_retry=lambda attempt, _exc: retries.append(attempt),
        )
    holder.join()
    assert retries == [1, 2]  # tried three times, then the error goes to the edge, which words it for the user


def test_domain_errors_are_not_run_again(db) -> None:
    runs = []

    def work(_s) -> None:
        runs.append(1)
        raise ValidationError("The user's own mistake.")

    with pytest.raises(ValidationError):
        run_transaction(db, work)
    assert runs == [1]


def test_which_database_errors_mean_run_again(db) -> None:
    with db.transaction() as s:
        s.execute(text("CREATE TABLE item (id INTEGER PRIMARY KEY, code VARCHAR(10) NOT NULL UNIQUE)"))
        s.execute(text("INSERT INTO item (id, code) VALUES (1, 'A')"))
    with pytest.raises(IntegrityError) as taken, db.transaction() as s:
        s.execute(text("INSERT INTO item (id, code) VALUES (2, 'A')"))
    assert retry_reason(taken.value) == "unique key taken by a concurrent transaction"
    with pytest.raises(IntegrityError) as missing, db.transaction() as s:
        s.execute(text("INSERT INTO item (id, code) VALUES (3, NULL)"))
    assert retry_reason(missing.value) is None  # a bug or bad data: running it again changes nothing
    with pytest.raises(DBAPIError) as bad, db.transaction() as s:
        s.execute(text("SELECT * FROM no_such_table"))
    assert retry_reason(bad.value) is None


@pytest.fixture
def pg_db(pg_url: str):
    from skillassess.db.database import open_database

    db = open_database(pg_url)
    yield db
    db.dispose()


@pytest.mark.postgres
def test_deadlock_on_postgresql_is_run_again_unseen(pg_db) -> None:
    """Two row locks taken in opposite orders (SQLite cannot deadlock: it has one writer at a time)."""
    db = pg_db
    with db.transaction() as s:
        s.execute(text("CREATE TABLE pair (id INTEGER PRIMARY KEY, v INTEGER NOT NULL)"))
        s.execute(text("INSERT INTO pair VALUES (1, 0), (2, 0)"))
    first_row_taken, second_row_taken = threading.Event(), threading.Event()
    other_error: list[BaseException] = []

    def other_writer() -> None:
        try:
            with db.engine.begin() as c:
                c.execute(text("SET deadlock_timeout = '10s'"))  # so that the deadlock is detected by the other side
                c.execute(text("UPDATE pair SET v = v + 10 WHERE id = 1"))
                first_row_taken.set()
                second_row_taken.wait(10)
                c.execute(text("UPDATE pair SET v = v + 10 WHERE id = 2"))
        except BaseException as exc:  # noqa: BLE001 - the test fails on it below
            other_error.append(exc)

    other = threading.Thread(target=other_writer)
    other.start()
    first_row_taken.wait(10)
    retried: list[BaseException] = []

    def work(s) -> None:
        s.execute(text("SET LOCAL deadlock_timeout = '100ms'"))
        s.execute(text("UPDATE pair SET v = v + 1 WHERE id = 2"))
        second_row_taken.set()
        s.execute(text("UPDATE pair SET v = v + 1 WHERE id = 1"))  # waits for the other, which waits for us

    run_transaction(db, work, on_retry=lambda _n, exc: retried.append(exc))
    other.join(30)
    assert other_error == []
    assert [retry_reason(e) for e in retried] == ["deadlock"]
    with db.session() as s:
        assert s.execute(text("SELECT v FROM pair ORDER BY id")).scalars().all() == [11, 11]  # both writes, once each
