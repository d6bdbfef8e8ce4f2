"""referrals to gap training (a candidate whose recognition is partial, referred for the units not achieved);
the candidate's remarks per element in the self-assessment

Revision ID: 0006_rpl_referral_remarks
Revises: 0005_rpl_step_event
Create Date: 2026-12-01 05:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_rpl_referral_remarks"
down_revision: str | None = "0005_rpl_step_event"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "gap_referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"], ["enrolment.id"], name=op.f("fk_gap_referral_enrolment_id_enrolment"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["app_user.id"], name=op.f("fk_gap_referral_recorded_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gap_referral")),
    )
    with op.batch_alter_table("gap_referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gap_referral_enrolment_id"), ["enrolment_id"], unique=False)
    op.create_table(
        "gap_referral_unit",
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["gap_referral.id"],
            name=op.f("fk_gap_referral_unit_referral_id_gap_referral"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_gap_referral_unit_unit_id_unit")),
        sa.PrimaryKeyConstraint("referral_id", "unit_id", name=op.f("pk_gap_referral_unit")),
    )
    op.create_table(
        "self_assessment_remark",
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("element_id", sa.Integer(), nullable=False),
        sa.Column("remark", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["enrolment.id"],
            name=op.f("fk_self_assessment_remark_enrolment_id_enrolment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["element_id"], ["element.id"], name=op.f("fk_self_assessment_remark_element_id_element")
        ),
        sa.PrimaryKeyConstraint("enrolment_id", "element_id", name=op.f("pk_self_assessment_remark")),
    )


def downgrade() -> None:
    op.drop_table("self_assessment_remark")
    op.drop_table("gap_referral_unit")
    with op.batch_alter_table("gap_referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gap_referral_enrolment_id"))
    op.drop_table("gap_referral")
