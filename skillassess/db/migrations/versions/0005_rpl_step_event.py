"""RPL steps recorded by the application say which event moved the enrolment on

Revision ID: 0005_rpl_step_event
Revises: 0004_trust_keys_audit_state
Create Date: 2026-12-01 04:20:00

``rpl_step.event`` is set when the application recorded the step itself because its event happened
(self-assessment saved, first evidence judged, assessment planned, result verified, certificate
issued, appeal lodged); it stays NULL for the steps a user typed, which is every step of an older
database.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_rpl_step_event"
down_revision: str | None = "0004_trust_keys_audit_state"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EVENTS = (
    "self_assessment_saved",
    "evidence_judged",
    "assessment_planned",
    "result_verified",
    "certificate_issued",
    "appeal_lodged",
)


def upgrade() -> None:
    with op.batch_alter_table("rpl_step", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "event",
                sa.Enum(*EVENTS, name="rpl_event", native_enum=False, create_constraint=True, length=29),
                nullable=True,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("rpl_step", schema=None) as batch_op:
        batch_op.drop_column("event")
