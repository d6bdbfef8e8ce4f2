"""Database errors at the edge: one plain sentence in the CLI (and the GUI's dialog), the details in the log.

Each condition is made real: a SQLite file locked by another connection, a read-only file, a full
database, a PostgreSQL address where nothing listens, a rule of the database that refuses a change.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError

from skillassess.db import database
from skillassess.db.errors import DatabaseProblem, classify, database_error_message, problem_message
from skillassess.logfile import log_path

from driver_errors import LEAKS, driver_error, real_errors

ASSESSOR = {"SKILLASSESS_PASSWORD": "demo-assessor1"}


def _plain(stderr: str) -> None:
    assert stderr.count("\n") == 1, stderr  # one sentence, one line
    for leak in LEAKS:
        assert leak not in stderr, stderr


@pytest.fixture
def dbfile(_demo_template: Path, tmp_path: Path) -> Path:
    """A demo database file: these conditions (a held lock, a read-only or full file) are SQLite's own."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_template, path)
    return path


def _methods(dbfile: Path) -> str:
    conn = sqlite3.connect(dbfile)
    try:
        rows = conn.execute("SELECT method FROM assessment_method WHERE assessment_id = 54 ORDER BY method")
        return ",".join(r[0] for r in rows)
    finally:
        conn.close()


def test_a_locked_sqlite_file_is_one_sentence_and_the_details_are_logged(
    cli, dbfile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The command waits for the lock up to the busy timeout, in each of its runs (8): 10 s each in use
    # (tests/db/test_database.py checks it), 0.1 s here.
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    before = _methods(dbfile)
    holder = sqlite3.connect(dbfile, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
    try:
        r = cli(
            "--db",
            str(dbfile),
            "--user",
            "assessor1",
            "assessments",
            "methods",
            "54",
            "observation",
            "questioning",
            env=ASSESSOR,
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert r.returncode == 1, r
    assert r.stderr == f"skillassess: {problem_message(DatabaseProblem.BUSY)}\n"
    _plain(r.stderr)
    assert _methods(dbfile) == before
    logged = log_path().read_text(encoding="utf-8")
    assert "database is locked" in logged and "OperationalError" in logged


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make ``path`` read-only for this process: chmod, or the immutable flag when running as root
    (root ignores file modes)."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)], capture_output=True, check=False).returncode != 0:
        pytest.skip("running as root, and the file system does not let chattr +i make a file read-only")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


def test_a_read_only_database_file_is_one_sentence(cli, dbfile: Path) -> None:
    before = _methods(dbfile)
    with read_only(dbfile):
        r = cli(
            "--db",
            str(dbfile),
            "--user",
            "assessor1",
            "assessments",
            "methods",
            "54",
            "observation",
            "questioning",
            env=ASSESSOR,
        )
    assert r.returncode == 1, r
    assert r.stderr == f"skillassess: {problem_message(DatabaseProblem.READ_ONLY)}\n"
    _plain(r.stderr)
    assert _methods(dbfile) == before


@contextlib.contextmanager
def full_disk() -> Iterator[None]:
    """Every SQLite connection opened meanwhile may not grow its file: SQLite answers SQLITE_FULL,
    exactly as on a full disk."""

    def cap(dbapi_conn, _record) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(Engine, "connect", cap)
    try:
        yield
    finally:
        event.remove(Engine, "connect", cap)


def test_a_full_disk_is_one_sentence(cli, dbfile: Path) -> None:
    with full_disk():
        r = cli(
            "--db",
            str(dbfile),
            "--user",
            "assessor1",
            "assessments",
            "declare",
            "54",
            "--conflict",
            "The candidate is my neighbour. " * 700,
            env=ASSESSOR,
        )
    assert r.returncode == 1, r
    assert r.stderr == f"skillassess: {problem_message(DatabaseProblem.DISK_FULL)}\n"
    _plain(r.stderr)


def test_a_postgresql_server_that_is_not_there_is_one_sentence(cli) -> None:
    pytest.importorskip("psycopg")
    import socket

    with socket.socket() as s:  # a port where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql+psycopg://centre:secret@127.0.0.1:{port}/skillassess"
    r = cli("--db", url, "info")
    assert r.returncode == 1, r
    shown = url.replace("secret", "***")  # the address the user gave, without its password
    assert r.stderr == (
        f"skillassess: Cannot open the database {shown}. {problem_message(DatabaseProblem.UNREACHABLE)}\n"
    )
    _plain(r.stderr.replace(shown, "URL"))


def test_a_database_rule_that_refuses_a_change_is_one_sentence(cli, dbfile: Path) -> None:
    # A rule added behind the application's back: the change fails deep in the service (IntegrityError).
    conn = sqlite3.connect(dbfile)
    conn.execute("CREATE TRIGGER no_audit BEFORE INSERT ON audit_entry BEGIN SELECT RAISE(ABORT, 'refused'); END")
    conn.commit()
    conn.close()
    before = _methods(dbfile)
    r = cli(
        "--db",
        str(dbfile),
        "--user",
        "assessor1",
        "assessments",
        "methods",
        "54",
        "observation",
        "questioning",
        env=ASSESSOR,
    )
    assert r.returncode == 1, r
    assert r.stderr == f"skillassess: {problem_message(DatabaseProblem.CONFLICT)}\n"
    _plain(r.stderr)
    assert _methods(dbfile) == before


def test_debug_still_shows_the_traceback(cli, dbfile: Path) -> None:
    with read_only(dbfile), pytest.raises(DBAPIError, match="readonly"):
        cli(
            "--db",
            str(dbfile),
            "--debug",
            "--user",
            "assessor1",
            "assessments",
            "methods",
            "54",
            "observation",
            "questioning",
            env=ASSESSOR,
        )


def test_real_driver_errors_are_classified(tmp_path: Path) -> None:
    for problem, error in real_errors(tmp_path).items():
        assert classify(error) == problem, (problem, error)
        assert database_error_message(error) == problem_message(problem)
    assert classify(ValueError("not a database error")) is None


def test_a_closed_postgresql_port_is_unreachable() -> None:
    pytest.importorskip("psycopg")
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    err = driver_error(f"postgresql+psycopg://u:p@127.0.0.1:{port}/x", "SELECT 1", connect_timeout=5)
    assert classify(err) == DatabaseProblem.UNREACHABLE
