"""What only PostgreSQL has: the advisory write lock, the README's server set-up and its pg_dump backups.

Everything else (schema, migrations, demo, services, commands) runs on PostgreSQL through the
``db``/``demo_db``/``new_db_url`` fixtures, which run each test on both engines (tests/conftest.py).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import ProgrammingError

from skillassess.db.concurrency import WRITE_LOCK_KEY, lock_writes
from skillassess.db.database import open_database

from helpers import ROOT

pytestmark = pytest.mark.postgres


def test_write_lock_is_held_until_the_transaction_ends(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        holders = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
        with db.transaction() as s:
            lock_writes(s)
            lock_writes(s)  # a second call in the same transaction does not wait for itself
            with db.engine.connect() as other:
                assert other.execute(text(holders)).scalar() == 1
                assert (
                    other.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY}).scalar() is False
                )
        with db.engine.connect() as other:
            assert other.execute(text(holders)).scalar() == 0
    finally:
        db.dispose()


def _client(name: str) -> str:
    from postgres import _bin_dir

    bindir = _bin_dir()
    assert bindir is not None
    return str(bindir / name)


def _conn_args(base_url: str) -> list[str]:
    from sqlalchemy.engine import make_url

    u = make_url(base_url + "/postgres")
    return ["-h", str(u.host), "-p", str(u.port)]


def _psql(base_url: str, user: str, database: str, sql_file: Path) -> None:
    command = [
        _client("psql"),
        "-X",
        "-q",
        "-v",
        "ON_ERROR_STOP=1",
        *_conn_args(base_url),
        "-U",
        user,
        "-d",
        database,
        "-f",
        str(sql_file),
    ]
    r = subprocess.run(command, check=False, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def test_readme_setup_gives_the_everyday_account_rows_but_not_tables(postgres_base_url: str) -> None:
    """docs/postgresql-setup.sql and -after-first-start.sql, run as the README says, on the test server."""
    from skillassess.core.enums import AssessmentStatus, Judgement
    from skillassess.core.errors import DatabaseOpenError
    from skillassess.core.models import Assessment
    from skillassess.services import audit_reading, audit_verification
    from skillassess.services.demo import load_demo
    from skillassess.services.recording import judging, reading
    from skillassess.services.users import actor_by_username

    owner_url = postgres_base_url.replace("skillassess@", "skillassess_owner@") + "/skillassess"
    app_url = postgres_base_url.replace("skillassess@", "skillassess_app@") + "/skillassess"
    _psql(postgres_base_url, "skillassess", "postgres", ROOT / "docs" / "postgresql-setup.sql")
    try:
        # The everyday account cannot create the tables: one sentence says what to do.
        with pytest.raises(
            DatabaseOpenError, match=re.escape("may not do that. Open it once with the database owner's account")
        ):
            open_database(app_url)
        owner = open_database(owner_url)  # the first start, with the owner's account
        owner.dispose()
        _psql(postgres_base_url, "skillassess_owner", "skillassess", ROOT / "docs" / "postgresql-after-first-start.sql")
        app = open_database(app_url)
        try:
            app.write(load_demo)  # every table and sequence: rows only
            with app.session() as s:
                a = s.execute(select(Assessment).where(Assessment.status == AssessmentStatus.DRAFT)).scalars().first()
                actor = actor_by_username(s, a.assessor.username)
                cid = reading.unit_criteria(s, a.unit_id)[0].criterion_id
            app.write(lambda s: judging.set_judgement(s, actor, a.id, cid, Judgement.NOT_YET_SATISFACTORY))
            with app.session() as s:
                assert audit_verification.verify(s).intact and audit_reading.count_entries(s) >= 1
            for forbidden in (
                "UPDATE audit_entry SET username = 'x'",
                "DELETE FROM audit_entry",
                "TRUNCATE audit_entry",
                "UPDATE alembic_version SET version_num = 'x'",
                "CREATE TABLE other (id integer)",
                "DROP TABLE candidate",
                "ALTER TABLE candidate ADD COLUMN x integer",
            ):
                with pytest.raises(ProgrammingError, match=r"permission denied|must be owner"), app.transaction() as s:
                    s.execute(text(forbidden))
        finally:
            app.dispose()
    finally:
        admin = create_engine(postgres_base_url + "/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text("DROP DATABASE IF EXISTS skillassess WITH (FORCE)"))
            c.execute(text("DROP ROLE IF EXISTS skillassess_app"))
            c.execute(text("DROP ROLE IF EXISTS skillassess_owner"))
        admin.dispose()


@pytest.fixture
def pg_demo(_postgres):
    """The demo on PostgreSQL only (a copy of the run's demo template)."""
    name = _postgres.create(_postgres.template("demo"))
    db = open_database(_postgres.url(name))
    yield db
    db.dispose()
    _postgres.drop(name)


def test_readme_backup_with_pg_dump_restores_the_same_database(pg_demo, _postgres, tmp_path: Path) -> None:  # noqa: PT019 - conftest's private fixture, used for its value
    """The README's pg_dump / pg_restore commands: the copy has the same counts, evidence and audit chain."""
    from sqlalchemy.engine import make_url

    from skillassess.core.enums import EvidenceKind
    from skillassess.services import audit_verification
    from skillassess.services import evidence as ev
    from skillassess.services.info import database_info
    from skillassess.services.users import actor_by_username

    demo_db, pg = pg_demo, _postgres
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF reference letter")
    with demo_db.session() as s:
        actor = actor_by_username(s, "assessor1")
    demo_db.write(lambda s: ev.add_evidence(s, actor, 1, letter, EvidenceKind.REFERENCE_LETTER))
    url = make_url(demo_db.url)
    dump = tmp_path / "skillassess.dump"
    base = demo_db.url.rsplit("/", 1)[0]
    command = [
        _client("pg_dump"),
        "-Fc",
        *_conn_args(base),
        "-U",
        str(url.username),
        "-d",
        str(url.database),
        "-f",
        str(dump),
    ]
    r = subprocess.run(command, check=False, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    restored = pg.create()
    try:
        command = [
            _client("pg_restore"),
            *_conn_args(base),
            "-U",
            str(url.username),
            "-d",
            restored,
            "--no-owner",
            str(dump),
        ]
        r = subprocess.run(command, check=False, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr
        copy = open_database(pg.url(restored))
        try:
            with demo_db.session() as a, copy.session() as b:
                assert database_info(b).counts == database_info(a).counts
                assert (
                    audit_verification.verify(b).head_hash == audit_verification.verify(a).head_hash
                    and audit_verification.verify(b).intact
                )
                item = ev.list_evidence(b, 1)[-1]
                assert ev.evidence_content(b, item.id) == b"%PDF reference letter"
        finally:
            copy.dispose()
    finally:
        pg.drop(restored)
