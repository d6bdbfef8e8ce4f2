"""fast candidate search: FTS5 trigram index on SQLite, pg_trgm GIN index on PostgreSQL

Revision ID: 0003_issue5
Revises: 0002_audit_time
Create Date: 2026-11-25 17:40:00

The indexes cover candidate.search_text (names in every script, registration number and ID,
already case- and accent-folded by the services). Nothing here changes the tables of the model:
on SQLite an external-content FTS5 table follows the candidate table through triggers (and a
plain covering index makes the LIKE scan for one- and two-character terms cheap); on
PostgreSQL a trigram GIN index lets ``LIKE '%term%'`` use an index. Where neither is available
(an old SQLite without the trigram tokenizer, a PostgreSQL without pg_trgm) nothing is created and
search falls back to a plain LIKE scan, which is correct, only slower.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op
from sqlalchemy.exc import DBAPIError

revision: str = "0003_issue5"
down_revision: str | None = "0002_audit_time"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FTS_TABLE = "candidate_fts"
SEARCH_INDEX = "ix_candidate_search_scan"
ID_NAMES_INDEX = "ix_candidate_id_names"

SQLITE_UP = [
    (
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(search_text, content='candidate', content_rowid='id', "
        "tokenize='trigram')"
    ),
    (
        f"CREATE TRIGGER candidate_fts_insert AFTER INSERT ON candidate BEGIN "
        f"INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (new.id, new.search_text); END"
    ),
    (
        f"CREATE TRIGGER candidate_fts_delete AFTER DELETE ON candidate BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text) VALUES ('delete', old.id, old.search_text); END"
    ),
    (
        f"CREATE TRIGGER candidate_fts_update AFTER UPDATE OF search_text ON candidate BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
        f"INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (new.id, new.search_text); END"
    ),
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
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
        # Terms too short for trigrams are matched with LIKE, a scan: this index makes it a scan of
        # (search_text, names) only, not of whole rows, whose photos would make it slow.
        op.execute(f"CREATE INDEX {SEARCH_INDEX} ON candidate (search_text, family_name, given_names)")
        if _sqlite_has_trigram():
            # Sorting thousands of matches by name reads the names from this narrow index, not the table.
            op.execute(f"CREATE INDEX {ID_NAMES_INDEX} ON candidate (id, family_name, given_names)")
            for statement in SQLITE_UP:
                op.execute(statement)
    elif bind.dialect.name == "postgresql":
        available = bind.exec_driver_sql("SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'").scalar()
        if not available:
            return
        try:
            with bind.begin_nested():
                bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                bind.exec_driver_sql(
                    "CREATE INDEX ix_candidate_search_trgm ON candidate USING gin (search_text gin_trgm_ops)"
                )
        except DBAPIError:
            pass  # no right to create the extension: search works without the index


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("candidate_fts_insert", "candidate_fts_delete", "candidate_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
        op.execute(f"DROP INDEX IF EXISTS {SEARCH_INDEX}")
        op.execute(f"DROP INDEX IF EXISTS {ID_NAMES_INDEX}")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_candidate_search_trgm")
