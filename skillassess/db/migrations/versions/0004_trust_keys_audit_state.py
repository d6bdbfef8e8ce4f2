"""the audit log records the complete state of each row it changes; the current state of an older database is its baseline

Revision ID: 0004_trust_keys_audit_state
Revises: 0003_issue5
Create Date: 2026-12-01 01:00:00

From this version every audit entry that changes rows carries their complete new state
(``audit_entry.state_json``, see skillassess/core/audit_state.py), and ``audit verify`` checks
each row against it. A database made before has rows that no entry describes, so the upgrade
appends, by "system", entries that record the state of every audited row as found (entity type
``audit_baseline``, one entry per table and 1,000 rows): what was there before the upgrade is
taken as it is; what changes after it must be audited.

Signing keys: before this version a key was made on first use, by whoever issued or exported
first (the export needed no sign-in). The upgrade keeps trusting a key that signed a certificate
of the register or was made by a signed-in user, and records that decision ("trusted": true);
any other key (made without sign-in and never used) is recorded as not trusted.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from skillassess.core import audit_state as st

revision: str = "0004_trust_keys_audit_state"
down_revision: str | None = "0003_issue5"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROWS_PER_ENTRY = 1000

audit = sa.table(
    "audit_entry",
    sa.column("id", sa.Integer),
    sa.column("at", sa.DateTime(timezone=True)),
    sa.column("user_id", sa.Integer),
    sa.column("username", sa.String),
    sa.column("action", sa.String),
    sa.column("entity_type", sa.String),
    sa.column("entity_id", sa.String),
    sa.column("before_json", sa.Text),
    sa.column("after_json", sa.Text),
    sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
    sa.column("state_json", sa.Text),
)


def _append(
    conn: sa.Connection,
    prev: str,
    action: str,
    entity_type: str,
    entity_id: str,
    after: dict[str, object],
    state: str | None,
) -> str:
    at = dt.datetime.now(dt.UTC)
    after_json = json.dumps(after, ensure_ascii=False, sort_keys=True)
    entry_id = conn.execute(
        audit.insert()
        .values(
            at=at,
            user_id=None,
            username="system",
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            before_json=None,
            after_json=after_json,
            prev_hash=prev,
            hash=uuid.uuid4().hex,
            state_json=state,
        )
        .returning(audit.c.id)
    ).scalar_one()
    h = st.entry_hash(entry_id, prev, at, None, "system", action, entity_type, entity_id, None, after_json, state)
    conn.execute(audit.update().where(audit.c.id == entry_id).values(hash=h))
    return h


def _payload_key_id(payload: str | None) -> str | None:
    try:
        body = (payload or "").split(".")[1]
        doc = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        return str(doc["k"])
    except (IndexError, ValueError, KeyError, TypeError, binascii.Error):
        return None


def _baseline(conn: sa.Connection) -> None:
    present = set(sa.inspect(conn).get_table_names())
    head = conn.execute(sa.select(audit.c.hash).order_by(audit.c.id.desc()).limit(1)).scalar()
    prev = head or st.GENESIS
    for table in st.audited_tables():
        if table.name not in present:
            continue
        existing = {c["name"] for c in sa.inspect(conn).get_columns(table.name)}
        sh = st.TableShape(table, only=existing)
        lines: list[str] = []

        def flush(lines: list[str], prev: str, name: str = table.name) -> str:
            return _append(
                conn,
                prev,
                "update",
                "audit_baseline",
                name,
                {"baseline": "state found at the upgrade to audited row states", "table": name, "rows": len(lines)},
                "\n".join(lines),
            )

        for row in conn.execute(sh.select()):
            key, state = sh.row_text(row)
            lines.append(f"{table.name}\t{key}\t{state}")
            if len(lines) == ROWS_PER_ENTRY:
                prev = flush(lines, prev)
                lines = []
        if lines:
            prev = flush(lines, prev)
    if "signing_key" not in present:
        return
    used = {_payload_key_id(p) for (p,) in conn.execute(sa.text("SELECT payload FROM certificate"))}
    made_by_user = {
        e
        for (e,) in conn.execute(
            sa.text(
                "SELECT entity_id FROM audit_entry WHERE entity_type = 'signing_key' AND action = 'create' "
                "AND user_id IS NOT NULL"
            )
        )
    }
    sh = st.TableShape(
        st.audited_table("signing_key"), only={c["name"] for c in sa.inspect(conn).get_columns("signing_key")}
    )
    for row in conn.execute(sh.select()):
        key, state = sh.row_text(row)
        key_id = json.loads(state)["key_id"]
        trusted = key_id in used or key_id in made_by_user
        reason = (
            "kept at the upgrade: it signed certificates of the register"
            if key_id in used
            else "kept at the upgrade: made by a signed-in user"
            if trusted
            else "not trusted: made without sign-in and never used to sign a certificate"
        )
        prev = _append(
            conn,
            prev,
            "update",
            "signing_key",
            key_id,
            {"key_id": key_id, "trusted": trusted, "reason": reason},
            f"signing_key\t{key}\t{state}",
        )


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN (no table copy, even on SQLite): the log may be long.
    op.add_column("audit_entry", sa.Column("state_json", sa.Text(), nullable=True))
    op.create_index("ix_audit_entry_entity", "audit_entry", ["entity_type", "entity_id"], unique=False)
    _baseline(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_entity")
        batch_op.drop_column("state_json")
