"""Bring a database to the current schema with Alembic; refuse what is not ours or is newer."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from skillassess.core.errors import DatabaseOpenError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The schema revision this version of the application writes."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def schema_state(conn: Connection, where: str) -> str:
    """'empty', 'current' or 'old'; raises DatabaseOpenError for a foreign or newer database."""
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return "empty"
    if "alembic_version" not in tables:
        raise DatabaseOpenError(
            f"{where} is not a SkillAssess database (it holds other tables). "
            "Choose a SkillAssess database or a new file."
        )
    rev = current_revision(conn)
    if rev is None:
        raise DatabaseOpenError(f"{where} has no schema version; it is not a SkillAssess database.")
    if rev == head_revision():
        return "current"
    if rev not in known_revisions():
        raise DatabaseOpenError(
            f"{where} was made by a newer version of SkillAssess (schema {rev}). "
            "Install the newer version to open it; the file was left untouched."
        )
    return "old"


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` on ``engine``."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
