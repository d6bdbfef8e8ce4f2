"""exchange bundles: partners and their keys, the exchange log, the national register, moderation

Revision ID: 0008_exchange_register
Revises: 0007_centre_settings
Create Date: 2026-12-10 10:00:00

New tables only (skillassess/core/models/exchange.py): an older database gains them empty.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_exchange_register"
down_revision: str | None = "0007_centre_settings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _created_at() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(
        "created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "exchange_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("partner_code", sa.String(length=20), nullable=False),
        sa.Column("bundle_id", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("bundle_created_at", sa.String(length=40), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("counts_json", sa.Text(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        _created_at(),
        sa.CheckConstraint("direction IN ('export', 'import')", name=op.f("ck_exchange_log_direction_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_log")),
    )
    op.create_index("ix_exchange_log_partner", "exchange_log", ["direction", "partner_code", "sequence"], unique=False)
    op.create_table(
        "exchange_partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("registered_by", sa.String(length=64), nullable=False),
        _created_at(),
        sa.CheckConstraint("role IN ('centre', 'awarding_body')", name=op.f("ck_exchange_partner_role_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_partner")),
        sa.UniqueConstraint("code", name=op.f("uq_exchange_partner_code")),
    )
    op.create_table(
        "partner_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("how", sa.String(length=20), nullable=False),
        _created_at(),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["exchange_partner.id"],
            name=op.f("fk_partner_key_partner_id_exchange_partner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_key")),
        sa.UniqueConstraint("key_id", name=op.f("uq_partner_key_key_id")),
    )
    op.create_index(op.f("ix_partner_key_partner_id"), "partner_key", ["partner_id"], unique=False)
    op.create_table(
        "register_candidate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("registration_number", sa.String(length=40), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("given_names", sa.String(length=200), nullable=False),
        sa.Column("name_local", sa.String(length=300), nullable=False),
        sa.Column("sex", sa.String(length=10), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("id_type", sa.String(length=20), nullable=False),
        sa.Column("national_id", sa.String(length=64), nullable=False),
        sa.Column("nationality", sa.String(length=2), nullable=False),
        sa.Column("disability", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["exchange_partner.id"], name=op.f("fk_register_candidate_partner_id_exchange_partner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_candidate")),
        sa.UniqueConstraint(
            "partner_id",
            "registration_number",
            name=op.f("uq_register_candidate_partner_id_registration_number"),
        ),
    )
    op.create_index(op.f("ix_register_candidate_partner_id"), "register_candidate", ["partner_id"], unique=False)
    op.create_table(
        "register_certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("qualification_code", sa.String(length=40), nullable=False),
        sa.Column("qualification_version", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("revoked_reason", sa.Text(), nullable=False),
        sa.Column("revoked_at", sa.String(length=40), nullable=False),
        sa.Column("reprint_count", sa.Integer(), nullable=False),
        sa.Column("replaces_serial", sa.String(length=40), nullable=False),
        sa.Column("units", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["register_candidate.id"],
            name=op.f("fk_register_certificate_candidate_id_register_candidate"),
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["exchange_partner.id"], name=op.f("fk_register_certificate_partner_id_exchange_partner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_certificate")),
        sa.UniqueConstraint("partner_id", "serial", name=op.f("uq_register_certificate_partner_id_serial")),
    )
    op.create_index(
        op.f("ix_register_certificate_candidate_id"), "register_certificate", ["candidate_id"], unique=False
    )
    op.create_index(op.f("ix_register_certificate_partner_id"), "register_certificate", ["partner_id"], unique=False)
    op.create_index(op.f("ix_register_certificate_serial"), "register_certificate", ["serial"], unique=False)
    op.create_table(
        "register_enrolment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("qualification_code", sa.String(length=40), nullable=False),
        sa.Column("qualification_version", sa.Integer(), nullable=False),
        sa.Column("pathway", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["register_candidate.id"],
            name=op.f("fk_register_enrolment_candidate_id_register_candidate"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_enrolment")),
        sa.UniqueConstraint(
            "candidate_id",
            "qualification_code",
            "qualification_version",
            "enrolled_on",
            name="uq_register_enrolment_key",
        ),
    )
    op.create_index(op.f("ix_register_enrolment_candidate_id"), "register_enrolment", ["candidate_id"], unique=False)
    op.create_table(
        "register_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sa.String(length=40), nullable=False),
        sa.Column("unit_version", sa.Integer(), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("qualification_code", sa.String(length=40), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=30), nullable=False),
        sa.Column("assessor", sa.String(length=200), nullable=False),
        sa.Column("assessor_registration", sa.String(length=64), nullable=False),
        sa.Column("verified_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["register_candidate.id"], name=op.f("fk_register_result_candidate_id_register_candidate")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_result")),
        sa.UniqueConstraint("candidate_id", "unit_code", "unit_version", "attempt", name="uq_register_result_key"),
    )
    op.create_index(op.f("ix_register_result_assessed_on"), "register_result", ["assessed_on"], unique=False)
    op.create_index(op.f("ix_register_result_candidate_id"), "register_result", ["candidate_id"], unique=False)
    op.create_table(
        "moderation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("result_id", sa.Integer(), nullable=True),
        sa.Column("assessment_id", sa.Integer(), nullable=True),
        sa.Column("sample", sa.String(length=60), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("moderator", sa.String(length=200), nullable=False),
        sa.Column("moderated_on", sa.Date(), nullable=True),
        _created_at(),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('confirmed', 'not_confirmed')", name=op.f("ck_moderation_outcome_known")
        ),
        sa.CheckConstraint("(result_id IS NULL) <> (assessment_id IS NULL)", name=op.f("ck_moderation_one_subject")),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessment.id"], name=op.f("fk_moderation_assessment_id_assessment")
        ),
        sa.ForeignKeyConstraint(
            ["result_id"], ["register_result.id"], name=op.f("fk_moderation_result_id_register_result")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderation")),
        sa.UniqueConstraint("assessment_id", name=op.f("uq_moderation_assessment_id")),
        sa.UniqueConstraint("result_id", name=op.f("uq_moderation_result_id")),
    )


def downgrade() -> None:
    for table in (
        "moderation",
        "register_result",
        "register_enrolment",
        "register_certificate",
        "register_candidate",
        "partner_key",
        "exchange_partner",
        "exchange_log",
    ):
        op.drop_table(table)
