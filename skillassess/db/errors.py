"""What a database error means for the user: one plain sentence, never SQL or the driver's text.

SQLAlchemy wraps the driver's exception (``sqlite3`` or ``psycopg``); the driver tells what happened
by an error code (SQLite's result code, PostgreSQL's SQLSTATE), which is read here rather than the
English text. The CLI and the GUI show the sentence for the kind of problem (the GUI through its own
``tr()`` catalogue, keyed by :class:`DatabaseProblem`) and write the details to the log file.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum

from sqlalchemy import exc as sa_exc

from skillassess.core.messages import Message, msg


class DatabaseProblem(StrEnum):
    BUSY = "busy"  # another writer holds the lock (SQLite) or a lock/serialisation conflict (PostgreSQL)
    READ_ONLY = "read_only"  # the file, its folder or the server refuses writes
    DISK_FULL = "disk_full"
    IO_ERROR = "io_error"  # the disk or the network share failed, or the file cannot be opened any more
    DAMAGED = "damaged"  # the file is not a sound database any more
    UNREACHABLE = "unreachable"  # a database server that refuses the connection or lost it
    CONFLICT = "conflict"  # a uniqueness or reference rule failed: something changed at the same time
    OTHER = "other"


# SQLite primary result codes (the low byte of the extended code).
_SQLITE_CODES = {
    5: DatabaseProblem.BUSY,  # SQLITE_BUSY
    6: DatabaseProblem.BUSY,  # SQLITE_LOCKED
    8: DatabaseProblem.READ_ONLY,  # SQLITE_READONLY
    10: DatabaseProblem.IO_ERROR,  # SQLITE_IOERR
    11: DatabaseProblem.DAMAGED,  # SQLITE_CORRUPT
    13: DatabaseProblem.DISK_FULL,  # SQLITE_FULL
    14: DatabaseProblem.IO_ERROR,  # SQLITE_CANTOPEN
    19: DatabaseProblem.CONFLICT,  # SQLITE_CONSTRAINT
    26: DatabaseProblem.DAMAGED,  # SQLITE_NOTADB
}

# PostgreSQL SQLSTATE: exact codes first, then classes (the first two characters).
_SQLSTATES = {
    "53100": DatabaseProblem.DISK_FULL,
    "25006": DatabaseProblem.READ_ONLY,  # read_only_sql_transaction (a standby, or default_transaction_read_only)
    "40001": DatabaseProblem.BUSY,  # serialization_failure
    "40P01": DatabaseProblem.BUSY,  # deadlock_detected
    "55P03": DatabaseProblem.BUSY,  # lock_not_available
    "57014": DatabaseProblem.BUSY,  # query_canceled (statement or lock timeout)
    "57P01": DatabaseProblem.UNREACHABLE,  # admin_shutdown
    "57P02": DatabaseProblem.UNREACHABLE,  # crash_shutdown
    "57P03": DatabaseProblem.UNREACHABLE,  # cannot_connect_now (starting up)
    "58030": DatabaseProblem.IO_ERROR,
    "XX001": DatabaseProblem.DAMAGED,  # data_corrupted
    "XX002": DatabaseProblem.DAMAGED,  # index_corrupted
}
_SQLSTATE_CLASSES = {"08": DatabaseProblem.UNREACHABLE, "23": DatabaseProblem.CONFLICT, "53": DatabaseProblem.DISK_FULL}

# When a driver gives no code (older SQLite builds), its English text is the last resort.
_SQLITE_TEXTS = (
    ("database is locked", DatabaseProblem.BUSY),
    ("database table is locked", DatabaseProblem.BUSY),
    ("readonly database", DatabaseProblem.READ_ONLY),
    ("database or disk is full", DatabaseProblem.DISK_FULL),
    ("disk i/o error", DatabaseProblem.IO_ERROR),
    ("unable to open database file", DatabaseProblem.IO_ERROR),
    ("malformed", DatabaseProblem.DAMAGED),
    ("file is not a database", DatabaseProblem.DAMAGED),
)


def _driver_error(exc: BaseException) -> BaseException | None:
    """The driver's own exception behind ``exc``, or ``exc`` itself when it is one."""
    if isinstance(exc, sa_exc.DBAPIError) and exc.orig is not None:
        return exc.orig
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("psycopg"):
        return exc
    return None


def _from_sqlite(err: sqlite3.Error) -> DatabaseProblem | None:
    code = getattr(err, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
        return _SQLITE_CODES[code & 0xFF]
    text = str(err).lower()
    return next((p for needle, p in _SQLITE_TEXTS if needle in text), None)


def _from_postgres(err: BaseException) -> DatabaseProblem | None:
    state = getattr(err, "sqlstate", None)
    if not state:
        # No SQLSTATE: the client library failed before the server answered (refused, timed out, lost).
        name = type(err).__name__
        return DatabaseProblem.UNREACHABLE if name in ("OperationalError", "InterfaceError") else None
    return _SQLSTATES.get(state) or _SQLSTATE_CLASSES.get(state[:2])


def classify(exc: BaseException) -> DatabaseProblem | None:
    """The kind of database problem ``exc`` is, or None when it is not a database error at all."""
    driver = _driver_error(exc)
    problem: DatabaseProblem | None = None
    if isinstance(driver, sqlite3.Error):
        problem = _from_sqlite(driver)
    elif driver is not None:
        problem = _from_postgres(driver)
    if problem is None and isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        problem = DatabaseProblem.UNREACHABLE
    if problem is None and isinstance(exc, sa_exc.TimeoutError):  # no free connection in the pool
        problem = DatabaseProblem.BUSY
    if problem is None and isinstance(exc, sa_exc.DisconnectionError):
        problem = DatabaseProblem.UNREACHABLE
    if problem is None and (driver is not None or isinstance(exc, sa_exc.SQLAlchemyError)):
        problem = _integrity_fallback(exc)
    return problem


def _integrity_fallback(exc: BaseException) -> DatabaseProblem:
    return DatabaseProblem.CONFLICT if isinstance(exc, sa_exc.IntegrityError) else DatabaseProblem.OTHER


def problem_message(problem: DatabaseProblem) -> Message:
    """The sentence for ``problem``: what happened and what to do."""
    return _MESSAGES[problem]


_MESSAGES = {
    DatabaseProblem.BUSY: msg(
        "The database is busy: another user or program is saving to it. Nothing was changed; try again in a moment."
    ),
    DatabaseProblem.READ_ONLY: msg(
        "The database cannot be changed: the file or its folder is read-only. Nothing was changed; "
        "allow writing there, or copy the database to a folder you can write to."
    ),
    DatabaseProblem.DISK_FULL: msg(
        "The disk that holds the database is full. Nothing was changed; free some space and try again."
    ),
    DatabaseProblem.IO_ERROR: msg(
        "The database file could not be read or written (a disk, USB stick or network problem). Nothing was "
        "changed; check that the disk is connected and try again."
    ),
    DatabaseProblem.DAMAGED: msg(
        "The database file is damaged. Nothing was changed; stop using it and restore the newest backup."
    ),
    DatabaseProblem.UNREACHABLE: msg(
        "The database server cannot be reached: it is stopped, or the network is down. Check the connection "
        "or ask whoever runs the server, then try again."
    ),
    DatabaseProblem.CONFLICT: msg(
        "The change conflicts with one saved at the same time, perhaps by another user. Nothing was changed; "
        "look at the record again and repeat the change."
    ),
    DatabaseProblem.OTHER: msg(
        "The database reported a problem. Nothing was changed; try again, and if it happens again report it "
        "with the log file."
    ),
}


def database_error_message(exc: BaseException) -> Message | None:
    """The sentence for a database error, or None when ``exc`` is not one."""
    problem = classify(exc)
    return None if problem is None else problem_message(problem)
