"""Opening a database: URL resolution, SQLite settings, schema checks, migrations, sessions."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from skillassess.core.errors import DatabaseOpenError
from skillassess.db import migrate
from skillassess.db.backup import backup_sqlite
from skillassess.db.paths import data_dir, default_database_path, demo_database_path

log = logging.getLogger(__name__)

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


def checkpoint_path(url: str) -> Path:
    """Where the signed audit checkpoint of the database at ``url`` is kept, outside the database.

    Beside a SQLite file (``/dir/name.sqlite3.checkpoint``); for any other database in this
    computer's data folder, named after the database (services/checkpoint.py writes it).
    """
    path = sqlite_path(url)
    if path is not None:
        return path.with_name(path.name + ".checkpoint")
    digest = hashlib.sha256(display_name(url).encode()).hexdigest()[:16]
    return data_dir() / "checkpoints" / (digest + ".checkpoint")


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


def _on_sqlite_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    # Power cuts are common where the application is used: WAL with FULL sync keeps every commit.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
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
        """One use case, one transaction: committed at the end, rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

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
        raise DatabaseOpenError(f"Cannot open the database {display_name(url)}: {exc.orig}") from exc
    except BaseException:
        engine.dispose()
        raise
