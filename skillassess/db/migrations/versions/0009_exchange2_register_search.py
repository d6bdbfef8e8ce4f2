"""national register search: trigram indexes on the register's candidates and certificate serials

Revision ID: 0009_exchange2_register_search
Revises: 0008_exchange_register
Create Date: 2026-12-01 08:10:00

The awarding body's register lists (services/exchange/register_lists.py) search as the user types over
100,000 candidates and more: names, registration number, certificate serial, anywhere in the text. As
migration 0003 does for a centre's own candidates: on SQLite external-content FTS5 tables with the trigram
tokenizer follow register_candidate and register_certificate through triggers; on PostgreSQL trigram GIN
indexes let ``ILIKE '%word%'`` use an index. Nothing changes the tables of the model; where neither is
available (an old SQLite, a PostgreSQL without pg_trgm) nothing is created and search scans, correct but slower.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op
from sqlalchemy.exc import DBAPIError

revision: str = "0009_exchange2_register_search"
down_revision: str | None = "0008_exchange_register"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CANDIDATE_FTS = "register_candidate_fts"
CERTIFICATE_FTS = "register_certificate_fts"
CANDIDATE_COLUMNS = ("family_name", "given_names", "name_local", "registration_number")
# The text PostgreSQL indexes; services/exchange/register_lists.py searches the same expression.
PG_CANDIDATE_TEXT = "(family_name || ' ' || given_names || ' ' || name_local || ' ' || registration_number)"


def _fts(table: str, fts: str, columns: Sequence[str]) -> list[str]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='id', tokenize='trigram')",
        (
            f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END"
        ),
        (
            f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END"
        ),
        (
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {cols} ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END"
        ),
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def _sqlite_has_trigram() -> bool:
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE VIRTUAL TABLE temp._trigram_probe USING fts5(x, tokenize='trigram')")
            bind.exec_driver_sql("DROP TABLE temp._trigram_probe")
    except DBAPIError:
        return False
    return True


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        if _sqlite_has_trigram():
            for statement in [
                *_fts("register_candidate", CANDIDATE_FTS, CANDIDATE_COLUMNS),
                *_fts("register_certificate", CERTIFICATE_FTS, ("serial",)),
            ]:
                op.execute(statement)
    elif bind.dialect.name == "postgresql":
        available = bind.exec_driver_sql("SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'").scalar()
        if not available:
            return
        try:
            with bind.begin_nested():
                bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                bind.exec_driver_sql(
                    f"CREATE INDEX ix_register_candidate_trgm ON register_candidate "
                    f"USING gin ({PG_CANDIDATE_TEXT} gin_trgm_ops)"
                )
                bind.exec_driver_sql(
                    "CREATE INDEX ix_register_certificate_serial_trgm ON register_certificate "
                    "USING gin (serial gin_trgm_ops)"
                )
        except DBAPIError:
            pass  # no right to create the extension: search works without the index


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for fts in (CANDIDATE_FTS, CERTIFICATE_FTS):
            for suffix in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_register_candidate_trgm")
        op.execute("DROP INDEX IF EXISTS ix_register_certificate_serial_trgm")
