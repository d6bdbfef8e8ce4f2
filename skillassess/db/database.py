"""Opening a database: URL resolution, SQLite settings, schema checks, migrations, sessions."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from skillassess.core.errors import DatabaseDamagedError, DatabaseOpenError, NoDatabaseError
from skillassess.core.messages import msg
from skillassess.core.text import check_flush
from skillassess.db import integrity, migrate
from skillassess.db.errors import database_error_message
from skillassess.db.paths import data_dir, default_database_path, demo_database_path

log = logging.getLogger(__name__)
T = TypeVar("T")

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
    """Where the signed audit checkpoint of the database at ``url`` lives (outside the database).

    For a SQLite file ``/dir/name.sqlite3``: ``/dir/name.sqlite3.checkpoint``; for any other
    database: a file named after a hash of its address (without password) in the data folder.
    """
    path = sqlite_path(url)
    if path is not None:
        return path.with_name(path.name + ".checkpoint")
    digest = hashlib.sha256(display_name(url).encode()).hexdigest()[:16]
    return data_dir() / "checkpoints" / (digest + ".checkpoint")


def evidence_path(db_file: Path) -> Path:
    """The folder of the evidence files stored beside a SQLite database file."""
    return db_file.with_name(db_file.name + ".evidence")


def _setup_hint(path: Path) -> str:
    return f'skillassess --db "{path}" setup'


def damaged_error(path: Path, problems: list[str] | None = None) -> DatabaseDamagedError:
    """The sentence for a damaged database file, pointing to its newest backup and the restore command."""
    from skillassess.db.backup.places import backup_folder, newest_backup

    newest = newest_backup(sqlite_url(path))
    if newest is not None:
        text = msg(
            "The database file {path} is damaged, so SkillAssess will not write to it. Restore the newest "
            "backup ({backup}, made {made}) with: {command} (or File > Restore from backup… in the application).",
            path=str(path),
            backup=str(newest.path),
            made=newest.made_at.strftime("%Y-%m-%d %H:%M"),
            command=f'skillassess --db "{path}" restore "{newest.path}"',
        )
    else:
        text = msg(
            "The database file {path} is damaged, so SkillAssess will not write to it. No backup of it was "
            "found in {folder}; if you have one elsewhere (a USB stick, for example), restore it with: {command} "
            "(or File > Restore from backup… in the application).",
            path=str(path),
            folder=str(backup_folder(sqlite_url(path))),
            command=f'skillassess --db "{path}" restore FILE',
        )
    return DatabaseDamagedError(text, path=path, problems=problems or [], newest_backup=newest.path if newest else None)


def no_database_error(path: Path, *, empty: bool) -> NoDatabaseError:
    """There is no database at ``path`` (``empty``: only an empty file): name it and how to create one."""
    if empty:
        return NoDatabaseError(
            msg(
                "{path} is an empty file, not a SkillAssess database: check the name, or create a database "
                "there with: {command} (or File > New database in the application).",
                path=str(path),
                command=_setup_hint(path),
            )
        )
    return NoDatabaseError(
        msg(
            "There is no SkillAssess database at {path}: check the name, or create one with: {command} "
            "(or File > New database in the application).",
            path=str(path),
            command=_setup_hint(path),
        )
    )


def _check_sqlite_file(path: Path, *, create: bool) -> bool:
    """Refuse, without writing to it, what is not a usable SQLite file; True when a database file is there."""
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder, not a database file.")
    if not path.exists():
        if not create:
            raise no_database_error(path, empty=False)
        if not path.parent.exists():
            raise DatabaseOpenError(f"The folder {path.parent} does not exist.")
        return False
    try:
        with path.open("rb") as f:
            head = f.read(100)
    except OSError as exc:
        raise DatabaseOpenError(f"{path} cannot be read: {exc.strerror}.") from exc
    if not head:
        if not create:
            raise no_database_error(path, empty=True)
        return False
    kind = integrity.header_kind(head)
    if kind == "damaged":
        raise damaged_error(path, ["The file header is not a valid SQLite header."])
    if kind != "sqlite":
        raise DatabaseOpenError(
            f"{path} is not a SkillAssess database (it is not a SQLite file). "
            "Choose a SkillAssess database or a new file name; this file was left untouched."
        )
    return True


def _quick_check_seconds() -> float | None:
    value = os.environ.get("SKILLASSESS_QUICK_CHECK_SECONDS")
    if value is None:
        return integrity.QUICK_CHECK_SECONDS
    try:
        return max(0.0, float(value))
    except ValueError:
        return integrity.QUICK_CHECK_SECONDS


def _sqlite_state(path: Path) -> str:
    """Schema state of an existing SQLite file, read through a read-only connection after a quick check."""
    seconds = _quick_check_seconds()
    existed = integrity.sidecars(path)
    if seconds:
        result = integrity.quick_check(path, seconds)
        if result.damaged:
            integrity.tidy_sidecars(path, existed)
            raise damaged_error(path, result.problems)
    try:
        conn = integrity.connect_read_only(path)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if integrity.is_corruption(exc):
            integrity.tidy_sidecars(path, existed)
            raise damaged_error(path, [str(exc)]) from exc
        raise DatabaseOpenError(
            msg(
                "{path} cannot be opened: it is in use or cannot be read. This file was left untouched.", path=str(path)
            )
        ) from exc
    if not names:
        return "empty"
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    event.listen(engine, "handle_error", _on_sqlite_error)
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


def _engine_file(engine: Engine) -> Path | None:
    u = engine.url
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    # Read-only engines name their file as a URI ("file:/dir/name.sqlite3?mode=ro").
    return Path(u.database.removeprefix("file:"))


# Engines that met a damaged page: from then on their connections refuse to write.
_damaged_engines: weakref.WeakSet[Engine] = weakref.WeakSet()


def _on_sqlite_error(context: ExceptionContext) -> None:
    """A damaged page met while working becomes the damaged-database sentence (never SQLite's text)."""
    engine = context.engine
    path = _engine_file(engine) if engine is not None else None
    corrupt = integrity.is_corruption(context.original_exception)
    refused = (
        engine is not None
        and engine in _damaged_engines
        and isinstance(context.original_exception, sqlite3.OperationalError)
        and "readonly" in str(context.original_exception)
    )
    if (corrupt or refused) and path is not None:
        if engine is not None:
            _damaged_engines.add(engine)
        raise damaged_error(path, [str(context.original_exception)]) from context.original_exception


def mark_damaged(db: Database) -> None:
    """From now on ``db`` refuses every write (a check found the file damaged while it was open)."""
    _damaged_engines.add(db.engine)


def _refuse_writes_when_damaged(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
    if conn.engine in _damaged_engines:
        cursor.connection.execute("PRAGMA query_only = ON")


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
        event.listen(engine, "handle_error", _on_sqlite_error)
        event.listen(engine, "before_cursor_execute", _refuse_writes_when_damaged)
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
        from skillassess.db.concurrency import lock_writes

        with self._sessions.begin() as session:
            if self.engine.dialect.name == "sqlite":
                lock_writes(session)  # BEGIN IMMEDIATE, unless a transaction was already begun
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

    A new file is created at the current schema only when ``create`` is true (``setup``, ``demo``
    and the GUI's New database); otherwise a missing or empty file raises NoDatabaseError and
    nothing is created. An existing file gets a quick check first: a damaged one raises
    DatabaseDamagedError and is never written. An older one is backed up beside itself, then
    upgraded; a file that is not a SkillAssess database, or is newer than this application,
    raises DatabaseOpenError and is left untouched.
    """
    path = sqlite_path(url)
    state: str | None = None
    if path is not None:
        state = _sqlite_state(path) if _check_sqlite_file(path, create=create) else "empty"
        if state == "empty" and not create:
            raise no_database_error(path, empty=True)
    engine = make_engine(url)
    try:
        if state is None:
            with engine.connect() as conn:
                state = migrate.schema_state(conn, display_name(url))
            if state == "empty" and not create:
                raise NoDatabaseError(
                    msg(
                        "The database {name} is empty (it has no SkillAssess tables): check the address, or "
                        "create the tables with: skillassess --db ADDRESS setup.",
                        name=display_name(url),
                    )
                )
        db = Database(url, engine)
        if state == "old":
            if path is not None:
                from skillassess.db.backup.writing import backup_sqlite

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
            raise DatabaseOpenError(
                msg(
                    "The database {name} needs its tables created or upgraded for this version of SkillAssess, and "
                    "the account {user} may not do that. Open it once with the database owner's account (see "
                    '"Several users on a PostgreSQL server" in the README), then again with this one.',
                    name=display_name(url),
                    user=make_url(url).username or "",
                )
            ) from exc
        log.warning("Cannot open %s", display_name(url), exc_info=exc, extra={"file_only": True})
        raise DatabaseOpenError(
            msg("Cannot open the database {name}. {reason}", name=display_name(url), reason=database_error_message(exc))
        ) from exc
    except BaseException:
        engine.dispose()
        raise
