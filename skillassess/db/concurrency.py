"""Several writers on one database: the write lock for "read the last, write the next", and retries.

Two things make concurrent writers safe on SQLite and on PostgreSQL alike:

``lock_writes(session)``
    Called by a service *before* it reads something it will write after: the head of the audit
    chain, the highest registration number, the next attempt or position, "is this name free?".
    It makes the rest of the transaction wait for every other transaction that took it, so the
    read sees their committed writes and nobody else can slip in between. On PostgreSQL it is a
    transaction-scoped advisory lock (released by COMMIT or ROLLBACK); on SQLite it starts the
    transaction with ``BEGIN IMMEDIATE``, i.e. takes the file's write lock now rather than at
    the first INSERT (SQLite has one writer at a time; the point is to hold the lock *before*
    the read). Taking it twice in one transaction costs nothing.

``run_transaction(db, work)`` (also ``Database.write(work)``)
    Runs ``work(session)`` in one transaction and commits. When the database answers that the
    transaction lost a race (PostgreSQL: serialization failure, deadlock, lock timeout; SQLite:
    "database is locked" after its busy timeout; either: a unique key taken by a transaction
    that committed in between), the transaction has been rolled back as a whole, so the helper
    waits a little and runs ``work`` again from the start, in a new session. The user sees
    nothing unless every attempt failed; then the last database exception is raised unchanged
    (the CLI and GUI turn it into a sentence). Domain errors are never retried.

    ``work`` must therefore be safe to run again: it may only change the database through its
    session, and anything else it does (copying an evidence file into the content-addressed
    store, reading an input file) must be harmless to repeat. Write output files (PDFs,
    workbooks) after ``run_transaction`` returns. Never call it inside another transaction of
    the same database (on SQLite the outer one holds the write lock the inner one waits for).
"""

from __future__ import annotations

import hashlib
import logging
import random
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from skillassess.db.database import Database

log = logging.getLogger(__name__)

T = TypeVar("T")
S = TypeVar("S", bound="Select[*tuple[Any, ...]]")

# pg_advisory_xact_lock key of the SkillAssess write lock: the first 8 bytes of sha256(b"skillassess.write")
# as a signed 64-bit number, so that it does not collide with other applications' advisory locks.
WRITE_LOCK_KEY = int.from_bytes(hashlib.sha256(b"skillassess.write").digest()[:8], "big", signed=True)

# PostgreSQL SQLSTATEs that mean "this transaction was rolled back because of another one; run it again".
RETRY_SQLSTATES = {
    "40001": "serialization failure",
    "40P01": "deadlock",
    "55P03": "lock not available",
    "23505": "unique key taken by a concurrent transaction",
}

_LOCK_KEY = "skillassess.write_lock"


def lock_writes(session: Session) -> None:
    """Wait for the database's write lock and hold it until this transaction ends (see the module)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        root = session.get_transaction()
        nested = session.in_nested_transaction()
        # A lock first taken inside a savepoint is released if the savepoint is rolled back: remember
        # it only when taken at the top level.
        if root is not None and session.info.get(_LOCK_KEY) is root:
            return
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
        if not nested:
            session.info[_LOCK_KEY] = session.get_transaction()
    elif dialect == "sqlite":
        connection = session.connection()
        raw = connection.connection.dbapi_connection
        if isinstance(raw, sqlite3.Connection) and not raw.in_transaction:
            # The sqlite3 module begins a transaction only before the first INSERT/UPDATE/DELETE;
            # until then each SELECT reads whatever is committed. BEGIN IMMEDIATE takes the write lock
            # now (waiting up to busy_timeout); the module then COMMITs it as its own. Sent through
            # SQLAlchemy, so that "database is locked" arrives as the OperationalError that
            # run_transaction retries.
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def locked_rows(session: Session, stmt: S, *, shared: bool = False, of: Any = None) -> S:
    """``stmt`` made to lock the rows it reads until the transaction ends, for a check-then-change.

    PostgreSQL: ``FOR UPDATE`` (``FOR SHARE`` when ``shared``: several may hold it, a change of the
    row waits for them), ``of`` naming the table(s) to lock in a join. SQLite has no row locks:
    the whole file's write lock is taken now (``lock_writes``).
    """
    if session.get_bind().dialect.name == "postgresql":
        return stmt.with_for_update(read=shared, of=of)
    lock_writes(session)
    return stmt


def _sqlstate(exc: DBAPIError) -> str | None:
    orig = exc.orig
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    return str(state) if state else None


def retry_reason(exc: BaseException) -> str | None:
    """Why ``exc`` means "run the transaction again" (a few words for the log), or None if it does not."""
    if not isinstance(exc, DBAPIError) or exc.connection_invalidated:
        return None
    state = _sqlstate(exc)
    if state is not None:
        return RETRY_SQLSTATES.get(state)
    orig = exc.orig
    if isinstance(orig, sqlite3.OperationalError):
        name = getattr(orig, "sqlite_errorname", "")
        text_ = str(orig).lower()
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text_ or "is busy" in text_:
            return "database is locked by another writer"
    if isinstance(orig, sqlite3.IntegrityError) and "UNIQUE constraint failed" in str(orig):
        return "unique key taken by a concurrent transaction"
    return None


def is_retryable(exc: BaseException) -> bool:
    """True when ``exc`` says the transaction lost a race with another writer and may simply be run again."""
    return retry_reason(exc) is not None


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to try again.

    ``attempts``: runs in all (the first included). ``give_up_after``: seconds since the first run
    after which no new run starts (SQLite already waits up to its busy timeout, 10 s, per run).
    ``first_pause``/``max_pause``: the pause before a new run grows from the first to the max,
    doubling each time, with random jitter so that two writers do not collide again in step.
    """

    attempts: int = 8
    give_up_after: float = 25.0
    first_pause: float = 0.005
    max_pause: float = 0.5


DEFAULT_POLICY = RetryPolicy()


def run_transaction(
    db: Database,
    work: Callable[[Session], T],
    *,
    policy: RetryPolicy = DEFAULT_POLICY,
    on_retry: Callable[[int, BaseException], None] | None = None,
) -> T:
    """Run ``work(session)`` in one transaction of ``db``, again from the start when it lost a race.

    Returns what ``work`` returned, after the commit. ``on_retry(attempt, exc)`` is called before
    each new run (for counting; users are told nothing).
    """
    start = time.monotonic()
    attempt = 1
    while True:
        try:
            with db.transaction() as session:
                return work(session)
        except DBAPIError as exc:
            reason = retry_reason(exc)
            elapsed = time.monotonic() - start
            if reason is None or attempt >= policy.attempts or elapsed >= policy.give_up_after:
                raise
            pause = min(policy.max_pause, policy.first_pause * 2 ** (attempt - 1))
            pause = random.uniform(pause / 2, pause)
            log.info("Transaction run %d lost a race (%s); running it again in %.0f ms", attempt, reason, pause * 1000)
            if on_retry is not None:
                on_retry(attempt, exc)
            time.sleep(pause)
            attempt += 1
