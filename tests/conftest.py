"""Shared fixtures: a fresh temporary SQLite database per test, isolated settings and data folder."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

try:
    import fcntl  # the templates' lock between pytest-xdist workers (POSIX)
except ImportError:  # pragma: no cover - Windows: each worker builds its own templates
    fcntl = None

from skillassess.core import passwords

# Shared helpers live in tests/helpers.py; they stay importable from here too (``from helpers import ROOT``).
from helpers import (  # noqa: F401
    ROOT,
    SHARED,
    TEST_HASHER,
    TESTDATA,
    behind_the_log,
    check_db_argument,
    copy_demo,
    run_cli,
    sql_behind_the_log,
)

passwords._hasher = TEST_HASHER  # see helpers.PRODUCTION_HASHER: before any test or fixture hashes

if TYPE_CHECKING:
    from skillassess.db.database import Database


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the user's data folder, settings and database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SKILLASSESS_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.delenv("SKILLASSESS_DATABASE_URL", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # The interface in English whatever the machine's language (tests of French and Arabic install them).
    monkeypatch.setenv("SKILLASSESS_LANGUAGE", "en")


# --- Databases: every test that uses one runs on SQLite and on PostgreSQL --------------------------------
#
# ``db`` (empty, at the current schema), ``demo_db`` (the demo data) and ``new_db_url`` (nothing yet: for
# commands that create the database) are parametrised by ``db_engine``: each such test runs as
# ``test_x[sqlite]`` and ``test_x[postgresql]``. The PostgreSQL server is started once per run (tests/postgres.py);
# each test gets its own database, copied from a template built once (CREATE DATABASE ... TEMPLATE).
# GUI tests (those using ``qtbot``) run on SQLite only: the GUI reaches data through the same services.
# A test that cannot run on one engine says why: ``@pytest.mark.sqlite_only(reason="...")``.

ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_engine" not in metafunc.fixturenames:
        return
    engines = ["sqlite"] if "qtbot" in metafunc.fixturenames else list(ENGINES)
    metafunc.parametrize("db_engine", engines, indirect=True)


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """The engine of this run of the test: "sqlite" or "postgresql"."""
    engine = str(getattr(request, "param", "sqlite"))
    marker = request.node.get_closest_marker("sqlite_only")
    if engine == "postgresql" and marker is not None:
        pytest.skip(marker.kwargs.get("reason") or (marker.args[0] if marker.args else "SQLite only"))
    return engine


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


class _PostgresDatabases:
    """Databases on the test run's server: templates built once, a copy per test, dropped after it.

    Making a copy takes about 0.1 s of the server's time: the next copy of each template is made in the
    background while the test before runs (usually its SQLite run), and drops happen in the background too.
    """

    def __init__(self, base_url: str) -> None:
        from concurrent.futures import Future, ThreadPoolExecutor

        from sqlalchemy import create_engine

        self.base_url = base_url
        self.admin = create_engine(f"{base_url}/postgres", isolation_level="AUTOCOMMIT", poolclass=_null_pool())
        self.templates: dict[str, str] = {}
        self.demo_files = Path(tempfile.mkdtemp(prefix="skillassess-pg-demo-"))
        self._background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-copies")
        self._spares: dict[str | None, Future[str]] = {}

    def _execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self.admin.connect() as c:
            c.execute(text(sql))

    def _create_now(self, template: str | None) -> str:
        import uuid

        name = f"t_{uuid.uuid4().hex[:12]}"
        # FILE_COPY: a small database is copied faster than by writing it through the WAL.
        self._execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""))
        return name

    def create(self, template: str | None = None) -> str:
        """A new database (a copy of ``template``, or empty); the next one is started at once."""
        spare = self._spares.pop(template, None)
        name = spare.result() if spare is not None else self._create_now(template)
        self._spares[template] = self._background.submit(self._create_now, template)
        return name

    def drop(self, name: str) -> None:
        self._background.submit(self._drop_now, name)

    def _drop_now(self, name: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        for spare in self._spares.values():
            self._background.submit(self._drop_now, spare.result())
        self._background.shutdown(wait=True)
        self.admin.dispose()
        shutil.rmtree(self.demo_files, ignore_errors=True)

    def url(self, name: str) -> str:
        return f"{self.base_url}/{name}"

    def template(self, kind: str) -> str:
        """The template database of ``kind`` ("empty": at the current schema; "demo": with the demo data)."""
        if kind not in self.templates:
            from skillassess.db.database import open_database
            from skillassess.services.demo import load_demo

            name = f"template_{kind}"
            self._drop_now(name)
            self._execute(f'CREATE DATABASE "{name}"')
            database = open_database(self.url(name))
            if kind == "demo":
                # The demo's signing key and audit checkpoint are made in a folder of their own; each copy
                # gets them in its test's data folder (install_demo_files).
                old = os.environ.get("SKILLASSESS_DATA_DIR")
                os.environ["SKILLASSESS_DATA_DIR"] = str(self.demo_files)
                try:
                    with database.transaction() as s:
                        load_demo(s, key_dir=self.demo_files)
                finally:
                    if old is None:
                        del os.environ["SKILLASSESS_DATA_DIR"]
                    else:
                        os.environ["SKILLASSESS_DATA_DIR"] = old
            database.dispose()
            self.templates[kind] = name
        return self.templates[kind]

    def install_demo_files(self, url: str) -> None:
        """The demo template's signing key and audit checkpoint, for a copy of it at ``url`` (in this test's data folder)."""
        from skillassess.db.database import checkpoint_path
        from skillassess.db.paths import data_dir

        keys = data_dir() / "keys"
        keys.mkdir(mode=0o700, parents=True, exist_ok=True)
        for pem in (self.demo_files / "keys").glob("*-ed25519.pem"):
            if not pem.name.startswith("this-computer") and not (keys / pem.name).exists():
                shutil.copy2(pem, keys / pem.name)
        (checkpoint,) = (self.demo_files / "checkpoints").glob("*.checkpoint")
        target = checkpoint_path(url)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(checkpoint, target)


def _null_pool():
    from sqlalchemy.pool import NullPool

    return NullPool


@pytest.fixture(scope="session")
def _postgres(postgres_base_url: str) -> Iterator[_PostgresDatabases]:
    dbs = _PostgresDatabases(postgres_base_url)
    yield dbs
    dbs.close()


def _open(url: str) -> Database:
    from skillassess.db.database import open_database

    return open_database(url)


@pytest.fixture
def db(db_engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A new, empty SkillAssess database: a temporary SQLite file, or a new PostgreSQL database."""
    from skillassess.db.database import sqlite_url

    if db_engine == "sqlite":
        # A copy of an empty database made once per run: creating one runs every migration (~0.7 s).
        path = tmp_path / "test.sqlite3"
        shutil.copyfile(request.getfixturevalue("_empty_template"), path)
        database = _open(sqlite_url(path))
        yield database
        database.dispose()
        return
    pg: _PostgresDatabases = request.getfixturevalue("_postgres")
    name = pg.create(pg.template("empty"))
    database = _open(pg.url(name))
    yield database
    database.dispose()
    pg.drop(name)


@contextmanager
def _built_once_per_run(tmp_path_factory: pytest.TempPathFactory, name: str) -> Iterator[tuple[Path, bool]]:
    """A folder for a template that every worker of the run shares (pytest-xdist runs several): the first
    worker to get here builds it (``built`` is False) while the others wait on the lock, then use it."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("SKILLASSESS_TEST_TEMPLATES"):
        base = Path(os.environ["SKILLASSESS_TEST_TEMPLATES"])  # a pytest run started by a test: its parent's
    elif os.environ.get("PYTEST_XDIST_WORKER") and fcntl is not None:
        base = base.parent  # the run's folder, above each worker's own
    folder = base / f"template-{name}"
    with open(base / f"template-{name}.lock", "w") as lock:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        built = (folder / ".built").exists()
        folder.mkdir(exist_ok=True)
        yield folder, built
        (folder / ".built").touch()


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty SkillAssess database at the current schema (a SQLite file, no checkpoint: none is made until
    the first write). Creating one runs every migration (~0.7 s); copying it takes milliseconds."""
    from skillassess.db.database import open_database, sqlite_url

    with _built_once_per_run(tmp_path_factory, "empty") as (folder, built):
        path = folder / "empty.sqlite3"
        if not built:
            database = open_database(sqlite_url(path))
            with database.engine.connect() as c:
                c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            database.dispose()
    return path


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, its audit checkpoint beside it and its signing key in ``keys/`` beside it."""
    with _built_once_per_run(tmp_path_factory, "demo") as (folder, built):
        path = folder / "demo.sqlite3"
        if not built:
            _build_demo(path)
    return path


def _build_demo(path: Path) -> None:
    from skillassess.db.database import open_database, sqlite_url
    from skillassess.services.demo import load_demo

    folder = path.parent
    database = open_database(sqlite_url(path))
    # The checkpoint is signed with the demo key: both must be in place before the commit.
    old = os.environ.get("SKILLASSESS_DATA_DIR")
    os.environ["SKILLASSESS_DATA_DIR"] = str(folder)
    try:
        with database.transaction() as s:
            load_demo(s, key_dir=folder)
    finally:
        if old is None:
            del os.environ["SKILLASSESS_DATA_DIR"]
        else:
            os.environ["SKILLASSESS_DATA_DIR"] = old
    with database.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()


@pytest.fixture
def demo_db(db_engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of a database holding the demo data (SQLite file or PostgreSQL database), with its audit
    checkpoint and its signing key in this test's data folder."""
    from skillassess.db.database import sqlite_url

    if db_engine == "sqlite":
        path = copy_demo(request.getfixturevalue("_demo_template"), tmp_path / "demo.sqlite3")
        database = _open(sqlite_url(path))
        yield database
        database.dispose()
        return
    pg: _PostgresDatabases = request.getfixturevalue("_postgres")
    name = pg.create(pg.template("demo"))
    pg.install_demo_files(pg.url(name))
    database = _open(pg.url(name))
    yield database
    database.dispose()
    pg.drop(name)


@pytest.fixture
def sqlite_demo_db(_demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the demo as a SQLite file, for tests of the file itself (damage, backups of the file,
    SQLite's own locks): not parametrised, since PostgreSQL has no such file."""
    from skillassess.db.database import sqlite_url

    path = copy_demo(_demo_template, tmp_path / "demo.sqlite3")
    database = _open(sqlite_url(path))
    yield database
    database.dispose()


@pytest.fixture
def new_db_url(db_engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a command may create a new database: a SQLite file path not yet there, or an empty PostgreSQL database."""
    if db_engine == "sqlite":
        yield str(tmp_path / "new.sqlite3")
        return
    pg: _PostgresDatabases = request.getfixturevalue("_postgres")
    name = pg.create()
    yield pg.url(name)
    pg.drop(name)


class CliResult:
    """What a command printed and returned, shaped like ``subprocess.CompletedProcess``."""

    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self) -> str:
        return f"CliResult(returncode={self.returncode}, stdout={self.stdout[-400:]!r}, stderr={self.stderr[-400:]!r})"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """Run ``skillassess ARGS`` in the test process (fast): ``cli("info", "--json", env={...})``.

    Use ``run_cli`` (a real subprocess) only where the process itself matters: SIGKILL, exit on a
    broken pipe, the installed entry point.
    """
    import io

    from skillassess.cli.main import main

    def run(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> CliResult:
        check_db_argument(args)
        with monkeypatch.context() as m:
            for key, value in (env or {}).items():
                m.setenv(key, value)
            m.setattr(sys, "stdin", io.StringIO(input or ""))
            capsys.readouterr()
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse: --help, usage errors
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
            out, err = capsys.readouterr()
        return CliResult(int(code or 0), out, err)

    return run


@pytest.fixture
def demo_actor(request: pytest.FixtureRequest):
    """A function that returns the Actor of a demo user by name ("admin", "assessor1", ...), read from the
    test's demo database (``sqlite_demo_db`` when the test uses it, else ``demo_db``)."""
    from skillassess.services.users import actor_by_username

    demo = request.getfixturevalue("sqlite_demo_db" if "sqlite_demo_db" in request.fixturenames else "demo_db")

    def get(username: str):
        with demo.session() as s:
            return actor_by_username(s, username)

    return get


@pytest.fixture(scope="session")
def postgres_base_url() -> Iterator[str]:
    """A PostgreSQL server started for this test run (skipped, with the reason, when not installed)."""
    from postgres import postgres_server, unavailable_reason

    reason = unavailable_reason()
    if reason and os.environ.get("SKILLASSESS_REQUIRE_POSTGRES"):
        pytest.fail(f"{reason}; .ci/run sets SKILLASSESS_REQUIRE_POSTGRES, so the PostgreSQL runs may not be skipped")
    if reason:
        pytest.skip(reason)
    with postgres_server() as url:
        yield url


@pytest.fixture
def pg_url(_postgres: _PostgresDatabases) -> Iterator[str]:
    """A new, empty PostgreSQL database for one test (PostgreSQL-only tests; most use ``db``/``demo_db``)."""
    name = _postgres.create()
    yield _postgres.url(name)
    _postgres.drop(name)
