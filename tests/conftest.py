"""Shared fixtures: a fresh temporary SQLite database per test, isolated settings and data folder."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the checkout; a git worktree under wt/ finds it one level further up.
SHARED = next((p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()), ROOT.parent / "shared")
TESTDATA = SHARED / "testdata"


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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator["Database"]:  # noqa: F821
    """A new, empty SkillAssess database in a temporary file."""
    from skillassess.db.database import open_database, sqlite_url

    database = open_database(sqlite_url(db_path))
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, its audit checkpoint beside it and its signing key in ``keys/`` beside it."""
    from skillassess.db.database import open_database, sqlite_url
    from skillassess.services.demo import load_demo

    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite3"
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
    return path


def copy_demo(template: Path, target: Path) -> Path:
    """Copy the demo database with its checkpoint, and its signing key into the current data folder."""
    from skillassess.db.paths import data_dir

    shutil.copyfile(template, target)
    shutil.copyfile(template.with_name(template.name + ".checkpoint"), target.with_name(target.name + ".checkpoint"))
    keys = data_dir() / "keys"
    keys.mkdir(mode=0o700, parents=True, exist_ok=True)
    for pem in (template.parent / "keys").glob("*-ed25519.pem"):
        if pem.name.startswith("this-computer"):
            continue
        if not (keys / pem.name).exists():
            shutil.copy2(pem, keys / pem.name)
    return target


@pytest.fixture
def demo_db(_demo_template: Path, tmp_path: Path) -> Iterator["Database"]:  # noqa: F821
    """A fresh copy of a database holding the demo data (with its audit checkpoint and signing key)."""
    from skillassess.db.database import open_database, sqlite_url

    path = copy_demo(_demo_template, tmp_path / "demo.sqlite3")
    database = open_database(sqlite_url(path))
    yield database
    database.dispose()


def behind_the_log(session):  # type: ignore[no-untyped-def]
    """Mark a test's session as writing rows directly, not through a service, on purpose.

    Services refuse a change to audited tables that writes no audit entry
    (skillassess/services/audit_state.py); tests that build records by hand, or change them behind
    the log, say so with this. ``audit verify`` then reports those rows, as it would any such write.
    """
    from skillassess.services.audit_state import UNTRACKED

    session.info[UNTRACKED] = True
    return session


def run_cli(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> "subprocess.CompletedProcess[str]":  # noqa: F821
    """Run ``python -m skillassess ARGS`` in a subprocess, as a user would."""
    import subprocess

    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "skillassess", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input,
        cwd=ROOT,
        timeout=300,
    )


class CliResult:
    """What a command printed and returned, shaped like ``subprocess.CompletedProcess``."""

    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self) -> str:
        return f"CliResult(returncode={self.returncode}, stdout={self.stdout[-400:]!r}, stderr={self.stderr[-400:]!r})"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run ``skillassess ARGS`` in the test process (fast): ``cli("info", "--json", env={...})``.

    Use ``run_cli`` (a real subprocess) only where the process itself matters: SIGKILL, exit on a
    broken pipe, the installed entry point.
    """
    import io

    from skillassess.cli.main import main

    def run(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> CliResult:
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
def demo_actor(demo_db):  # type: ignore[no-untyped-def]
    """A function that returns the Actor of a demo user by name ("admin", "assessor1", ...)."""
    from skillassess.services.users import actor_by_username

    def get(username: str):  # type: ignore[no-untyped-def]
        with demo_db.session() as s:
            return actor_by_username(s, username)

    return get


@pytest.fixture(scope="session")
def postgres_base_url() -> Iterator[str]:
    """A PostgreSQL server started for this test run (skipped, with the reason, when not installed)."""
    from postgres import postgres_server, unavailable_reason

    reason = unavailable_reason()
    if reason:
        pytest.skip(reason)
    with postgres_server() as url:
        yield url


@pytest.fixture
def pg_url(postgres_base_url: str) -> str:
    """A new, empty PostgreSQL database for one test."""
    import uuid

    from sqlalchemy import create_engine, text

    name = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(f"{postgres_base_url}/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return f"{postgres_base_url}/{name}"
