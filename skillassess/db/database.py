"""Opening a database: URL resolution, SQLite settings, schema checks, migrations, sessions."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from skillassess.core.errors import DatabaseOpenError
from skillassess.core.messages import msg
from skillassess.core.text import check_flush
from skillassess.db import migrate
from skillassess.db.backup import backup_sqlite
from skillassess.db.errors import database_error_message
from skillassess.db.paths import default_database_path, demo_database_path

log = logging.getLogger(__name__)
T = TypeVar("T")

SQLITE_HEADER = b"SQLite format 3\x00"
ENV_URL = "SKILLASSESS_DATABASE_URL"


def resolve_url(db: str | None = None, *, demo: bool = False) -> str:
    """The database URL to use: --db (URL or file path), else the environment, else the default file."""
    if demo:
        return sqlite_url(demo_database_path())
    value = db or os.environ.get(ENV_URL)
    if not value:
        return sqlite_url(default_database_path())
    if "://" in value:
        return value
    return sqlite_url(Path(value))


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def display_name(url: str) -> str:
    """The database as shown to users: a file path, or the URL without its password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return make_url(url).render_as_string(hide_password=True)


def _check_sqlite_file(path: Path) -> None:
    """Refuse, without writing to it, a file that is not a SQLite database."""
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder, not a database file.")
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseOpenError(f"{path} cannot be read: {exc.strerror}.") from exc
    if header != SQLITE_HEADER:
        raise DatabaseOpenError(
            f"{path} is not a SkillAssess database (it is not a SQLite file). "
            "Choose a SkillAssess database or a new file name; this file was left untouched."
        )


def _sqlite_state(path: Path) -> str:
    """Schema state of an existing SQLite file, read through a read-only connection."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError as exc:
            raise DatabaseOpenError(
                f"{path} is not a SkillAssess database ({exc}). This file was left untouched."
            ) from exc
    finally:
        conn.close()
    if not names:
        return "empty"
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with engine.connect() as c:
            return migrate.schema_state(c, str(path))
    finally:
        engine.dispose()


BUSY_TIMEOUT_MS = 10_000
"""How long a writer waits for another writer to finish before its change fails as busy."""


def is_busy_error(error: BaseException) -> bool:
    """Whether ``error`` means another writer held the database too long (retrying later may succeed).

    SQLite: "database is locked" / "busy" after the busy timeout. PostgreSQL: serialisation failure,
    deadlock or lock timeout.
    """
    if not isinstance(error, DBAPIError):
        return False
    code = getattr(error.orig, "sqlstate", None) or getattr(error.orig, "pgcode", None)
    if code in ("40001", "40P01", "55P03"):
        return True
    text = str(error.orig).lower()
    return isinstance(error.orig, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def _on_sqlite_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    # Power cuts are common where the application is used: WAL with FULL sync keeps every commit.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # 32 MB of page cache (the default is 2 MB): searching 100,000 candidates looks up thousands of
    # rows by id, and each miss is a read from the file.
    cur.execute("PRAGMA cache_size=-32768")
    cur.close()


def make_engine(url: str) -> Engine:
    try:
        engine = create_engine(url, future=True)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise DatabaseOpenError(f"Cannot use the database address {display_name(url)}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
    return engine


class Database:
    """An open SkillAssess database: its engine and a factory of sessions."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Every row written through the ORM obeys the text rule (length, control and direction characters).
        event.listen(self._sessions, "before_flush", check_flush)
        self.backup_path: Path | None = None

    @property
    def name(self) -> str:
        return display_name(self.url)

    @property
    def file_path(self) -> Path | None:
        return sqlite_path(self.url)

    def session(self) -> Session:
        """A new session, for reading; use ``transaction`` to change data."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One use case, one transaction: committed at the end, rolled back on any error.

        On SQLite the transaction takes the write lock at once (BEGIN IMMEDIATE): a writer waits its
        turn (up to the busy timeout) before it reads anything, so what it checked cannot change
        before it writes, and it never fails half-way because another writer came first. Long work
        (reading an import file) belongs before the transaction, not inside it.
        """
        with self._sessions.begin() as session:
            if self.engine.dialect.name == "sqlite":
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            yield session

    def write(self, work: Callable[[Session], T]) -> T:
        """Run ``work(session)`` as one transaction, again from the start if it lost a race with
        another writer (see skillassess.db.concurrency.run_transaction); returns what it returned."""
        from skillassess.db.concurrency import run_transaction

        return run_transaction(self, work)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, create: bool = True) -> Database:
    """Open (and create or upgrade) the database at ``url``.

    A new file is created at the current schema; an older one is backed up beside itself, then
    upgraded; a file that is not a SkillAssess database, or is newer than this application, raises
    DatabaseOpenError and is left untouched.
    """
    path = sqlite_path(url)
    state: str | None = None
    if path is not None:
        _check_sqlite_file(path)
        if path.exists() and path.stat().st_size > 0:
            state = _sqlite_state(path)
        elif not create:
            raise DatabaseOpenError(f"{path} does not exist.")
        else:
            if not path.parent.exists():
                raise DatabaseOpenError(f"The folder {path.parent} does not exist.")
            state = "empty"
    engine = make_engine(url)
    try:
        if state is None:
            with engine.connect() as conn:
                state = migrate.schema_state(conn, display_name(url))
        db = Database(url, engine)
        if state == "old":
            if path is not None:
                db.backup_path = backup_sqlite(path, "before-upgrade")
                log.info("Backed up %s to %s before upgrading", path, db.backup_path)
            migrate.upgrade(engine)
        elif state == "empty":
            migrate.upgrade(engine)
        return db
    except DBAPIError as exc:
        engine.dispose()
        if getattr(exc.orig, "sqlstate", None) == "42501" and state in ("old", "empty"):
            # PostgreSQL: the everyday account may read and write rows but not create or change tables.
            raise DatabaseOpenError(msg(
                "The database {name} needs its tables created or upgraded for this version of SkillAssess, and "
                "the account {user} may not do that. Open it once with the database owner's account (see "
                "\"Several users on a PostgreSQL server\" in the README), then again with this one.",
                name=display_name(url), user=make_url(url).username or "",
            )) from exc
        log.warning("Cannot open %s", display_name(url), exc_info=exc, extra={"file_only": True})
        raise DatabaseOpenError(msg("Cannot open the database {name}. {reason}", name=display_name(url),
                                    reason=database_error_message(exc))) from exc
    except BaseException:
        engine.dispose()
        raise
