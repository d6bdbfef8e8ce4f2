"""search as you type at 1,000,000 candidates: the candidate list walked in name order from one index

Revision ID: 0010_scale2_search_walk
Revises: 0009_exchange2_register_search
Create Date: 2026-12-01 08:00:00

When a search term matches many candidates (one or two letters, a common name, a registration number
prefix), the first page is found fastest by walking the names in list order and keeping the rows whose
folded ``search_text`` contains the term, stopping at the page's end. This index holds the names, the id
and the search text in list order, so that walk never reads the table (SQLite only; PostgreSQL searches
through its pg_trgm index).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010_scale2_search_walk"
down_revision: str | None = "0009_exchange2_register_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WALK_INDEX = "ix_candidate_names_search"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"CREATE INDEX IF NOT EXISTS {WALK_INDEX} ON candidate (family_name, given_names, id, search_text)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"DROP INDEX IF EXISTS {WALK_INDEX}")
