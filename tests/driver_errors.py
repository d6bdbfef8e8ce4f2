"""Real driver errors, one for each kind of database problem that can be made on this machine, and the words
that must never reach a user: shared by the tests of the CLI's messages (tests/db/test_database_errors.py)
and of the GUI's error dialog (tests/ui/test_errors_gui.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from skillassess.db.errors import DatabaseProblem

# Never shown to a user: SQL, the driver's names, the driver's own words.
LEAKS = (
    "SELECT",
    "INSERT",
    "UPDATE ",
    "sqlite3",
    "psycopg",
    "OperationalError",
    "IntegrityError",
    "Traceback",
    "[SQL",
    "sqlalche.me",
    "database is locked",
    "readonly database",
    "Connection refused",
)


def driver_error(url: str, *statements: str, **connect_args: object) -> DBAPIError:
    engine = create_engine(url, connect_args=connect_args)
    try:
        with engine.begin() as c:
            for s in statements:
                c.execute(text(s))
    except DBAPIError as exc:
        return exc
    finally:
        engine.dispose()
    raise AssertionError("no error")


def real_errors(tmp_path: Path) -> dict[DatabaseProblem, BaseException]:
    """One real driver error for each kind of problem that can be produced on this machine."""
    path = tmp_path / "e.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)")
    conn.execute("INSERT INTO t VALUES (1, 'a')")
    url = f"sqlite:///{path}"
    out: dict[DatabaseProblem, BaseException] = {}
    conn.execute("BEGIN EXCLUSIVE")
    out[DatabaseProblem.BUSY] = driver_error(url, "INSERT INTO t VALUES (2, 'b')", timeout=0)
    conn.execute("ROLLBACK")
    conn.close()
    out[DatabaseProblem.READ_ONLY] = driver_error(
        f"sqlite:///file:{path}?mode=ro&uri=true", "INSERT INTO t VALUES (3, 'c')"
    )
    out[DatabaseProblem.CONFLICT] = driver_error(url, "INSERT INTO t VALUES (1, 'again')")
    out[DatabaseProblem.DISK_FULL] = driver_error(
        url, "PRAGMA max_page_count = 2", "INSERT INTO t VALUES (4, printf('%.*c', 100000, 'x'))"
    )
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all " * 500)
    out[DatabaseProblem.DAMAGED] = driver_error(f"sqlite:///{garbage}", "SELECT * FROM sqlite_master")
    io = sqlite3.OperationalError("disk I/O error")  # cannot be provoked on a sound disk: the driver's own type
    io.sqlite_errorcode = 10 | (4 << 8)  # SQLITE_IOERR_WRITE
    out[DatabaseProblem.IO_ERROR] = io
    return out
