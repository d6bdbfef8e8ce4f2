"""Opening databases: new at head, older upgraded after a backup, foreign or newer files refused untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from skillassess.core.errors import DatabaseOpenError
from skillassess.db.database import BUSY_TIMEOUT_MS, make_engine, open_database, resolve_url, sqlite_url
from skillassess.db.migrate import head_revision
from skillassess.services.info import database_info

from helpers import ROOT

FIRST_SCHEMA = ROOT / "tests" / "data" / "schema_0001.sqlite3"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_created_at_head_with_durable_settings(db_path: Path) -> None:
    db = open_database(sqlite_url(db_path))
    try:
        with db.session() as s:
            assert database_info(s).schema_version == head_revision()
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            # A writer waits 10 s for another (tests that meet a held lock lower it to wait less).
            assert s.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS == 10_000
        assert "candidate" in inspect(db.engine).get_table_names()
    finally:
        db.dispose()


def _first_schema_database(new_db_url: str) -> str:
    """The first released schema with its data (30 candidates...), as a SQLite file or a PostgreSQL database."""
    if "://" not in new_db_url:
        shutil.copyfile(FIRST_SCHEMA, new_db_url)
        return sqlite_url(Path(new_db_url))
    from skillassess.db import migrate

    from postgres import copy_rows

    engine = make_engine(new_db_url)
    try:
        migrate.upgrade(engine, "0001_first")
    finally:
        engine.dispose()
    assert copy_rows(FIRST_SCHEMA, new_db_url) > 500
    return new_db_url


def test_first_schema_database_is_upgraded_with_its_data(new_db_url: str) -> None:
    url = _first_schema_database(new_db_url)
    db = open_database(url)
    try:
        if db.file_path is not None:  # SQLite: the old file is backed up beside itself first
            assert db.backup_path is not None and db.backup_path.exists()
            backup = sqlite3.connect(db.backup_path)
            assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001_first"
            assert backup.execute("SELECT count(*) FROM candidate").fetchone()[0] == 30
            backup.close()
        with db.session() as s:
            info = database_info(s)
        assert info.schema_version == head_revision()
        assert info.counts["candidates"] == 30  # the data came through the upgrade
        assert "ix_audit_entry_at" in {i["name"] for i in inspect(db.engine).get_indexes("audit_entry")}
    finally:
        db.dispose()


@pytest.mark.parametrize(
    "content",
    [b"Just some notes, not a database.\n", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4],
    ids=["text", "png"],
)
def test_non_database_file_is_refused_and_left_byte_identical(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DatabaseOpenError, match="not a SkillAssess database"):
        open_database(sqlite_url(path))
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_foreign_database_is_refused_untouched(new_db_url: str) -> None:
    url = resolve_url(new_db_url)
    engine = make_engine(url)
    with engine.begin() as c:
        c.execute(text("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"))
        c.execute(text("INSERT INTO recipes VALUES (1, 'injera')"))
    engine.dispose()
    path = Path(new_db_url) if "://" not in new_db_url else None
    before = _digest(path) if path else ""
    with pytest.raises(DatabaseOpenError, match="not a SkillAssess database"):
        open_database(url)
    if path:
        assert _digest(path) == before
    engine = make_engine(url)
    with engine.connect() as c:
        assert inspect(c).get_table_names() == ["recipes"]
    engine.dispose()


def test_newer_database_is_refused_untouched(db) -> None:
    with db.transaction() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    if db.file_path is not None:
        with db.engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    before = _digest(db.file_path) if db.file_path else ""
    with pytest.raises(DatabaseOpenError, match="newer version"):
        open_database(db.url)
    if db.file_path is not None:
        assert _digest(db.file_path) == before
    with db.session() as s:
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_future"


def test_empty_database_is_created_at_head(new_db_url: str) -> None:
    db = open_database(resolve_url(new_db_url))
    try:
        with db.session() as s:
            assert database_info(s).schema_version == head_revision()
        assert {"candidate", "audit_entry", "certificate"} <= set(inspect(db.engine).get_table_names())
    finally:
        db.dispose()


def test_url_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert resolve_url(str(tmp_path / "x.db")) == sqlite_url(tmp_path / "x.db")
    assert resolve_url("postgresql://u:p@localhost/sa") == "postgresql://u:p@localhost/sa"
    monkeypatch.setenv("SKILLASSESS_DATABASE_URL", "sqlite:////tmp/env.db")
    assert resolve_url(None) == "sqlite:////tmp/env.db"
    demo = resolve_url(None, demo=True)
    assert demo.endswith("skillassess-demo.sqlite3") and demo != resolve_url(None, demo=False)
    monkeypatch.delenv("SKILLASSESS_DATABASE_URL")
    assert resolve_url(None).endswith("skillassess.sqlite3")


def test_missing_folder_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="does not exist"):
        open_database(sqlite_url(tmp_path / "nowhere" / "x.sqlite3"))


def test_schema_head_constant_matches_the_migrations() -> None:
    from skillassess.db.migrate import SCHEMA_HEAD, alembic_heads

    assert alembic_heads() == [SCHEMA_HEAD], "update SCHEMA_HEAD in skillassess/db/migrate.py"


def test_an_exchange_register_is_indexed_for_search_by_the_upgrade(new_db_url: str) -> None:
    """A register imported under schema 0008 is searchable through the trigram indexes 0009 creates (SQLite:
    its FTS tables are filled from the rows already there; PostgreSQL: its GIN indexes)."""
    from sqlalchemy import text

    from skillassess.db import migrate
    from skillassess.services.exchange import register_lists

    url = new_db_url if "://" in new_db_url else sqlite_url(Path(new_db_url))
    engine = make_engine(url)
    try:
        migrate.upgrade(engine, "0008_exchange_register")
        with engine.begin() as c:
            c.execute(
                text(
                    "INSERT INTO exchange_partner (code, name, country, role, registered_by) "
                    "VALUES ('ACC', 'Accra', 'GH', 'centre', 'officer')"
                )
            )
            pid = c.execute(text("SELECT id FROM exchange_partner")).scalar_one()
            c.execute(
                text(
                    "INSERT INTO register_candidate (partner_id, registration_number, family_name, given_names, "
                    "name_local, sex, date_of_birth, id_type, national_id, nationality, disability) VALUES "
                    "(:p, 'ACC-2026-00003', 'Haddad', 'Mariam', 'مريم حداد', 'female', NULL, 'none', '', 'LB', 'no')"
                ),
                {"p": pid},
            )
    finally:
        engine.dispose()
    db = open_database(url)
    try:
        with db.session() as s:
            assert register_lists.has_fts(s) == (db.engine.dialect.name == "sqlite")
            for word in ("hadd", "حداد", "2026-0000", "mar"):
                assert [r.registration_number for r in register_lists.register_candidate_page(s, search=word)] == [
                    "ACC-2026-00003"
                ], word
            assert register_lists.register_candidate_page(s, search="zzqx") == []
    finally:
        db.dispose()
