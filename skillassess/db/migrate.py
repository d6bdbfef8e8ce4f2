"""Bring a database to the current schema with Alembic; refuse what is not ours or is newer.

Alembic itself is imported only when a migration has to run: opening a current database reads
the version row directly, which keeps start-up fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from skillassess.core.errors import DatabaseOpenError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# The newest revision under migrations/versions; tests/test_database.py checks it against Alembic.
SCHEMA_HEAD = "0010_scale2_search_walk"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The schema revision this version of the application writes."""
    return SCHEMA_HEAD


def alembic_heads() -> list[str]:
    from alembic.script import ScriptDirectory

    return list(ScriptDirectory.from_config(alembic_config()).get_heads())


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    if "alembic_version" not in inspect(conn).get_table_names():
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


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
    if rev == SCHEMA_HEAD:
        return "current"
    if rev not in known_revisions():
        raise DatabaseOpenError(
            f"{where} was made by a newer version of SkillAssess (schema {rev}). "
            "Install the newer version to open it; the file was left untouched."
        )
    return "old"


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` on ``engine``."""
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
