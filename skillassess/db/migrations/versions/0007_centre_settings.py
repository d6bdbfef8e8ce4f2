"""centre settings: the verification address of QR codes, signatories' titles in each certificate language

Revision ID: 0007_centre_settings
Revises: 0006_rpl_referral_remarks
Create Date: 2026-12-05 09:00:00

Administrators change the centre's settings after the first start (services/centre.py). Two
columns are new: ``centre.verification_address`` (the web address QR codes link to; none until an
administrator sets it) and ``signatory.titles_json`` (the signatory's title in each certificate
language; an older signatory keeps its one ``title``, which certificates use in every language).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_centre_settings"
down_revision: str | None = "0006_rpl_referral_remarks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("centre", sa.Column("verification_address", sa.String(length=500), nullable=True))
    op.add_column("signatory", sa.Column("titles_json", sa.Text(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("signatory") as batch:
        batch.drop_column("titles_json")
    with op.batch_alter_table("centre") as batch:
        batch.drop_column("verification_address")
