"""The audit log: who changed what and when, each entry chained to the one before."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from skillassess.core.enums import AuditAction
from skillassess.core.models.base import Base, enum_type, utcnow


class AuditEntry(Base):
    """Who changed what and when, before and after; each entry holds the hash of the previous."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    username: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction, "audit_action"))
    entity_type: Mapped[str] = mapped_column(String(60), index=True)
    entity_id: Mapped[str] = mapped_column(String(60))
    before_json: Mapped[str | None] = mapped_column(Text, info={"generated": True})
    after_json: Mapped[str | None] = mapped_column(Text, info={"generated": True})
    # Unique, so two concurrent writers cannot both extend the chain from the same entry.
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The complete new state of every row the change wrote (skillassess/core/audit_state.py);
    # None for entries that changed no row, and for entries written before version 0004. Computed, not
    # typed: a change of many rows (the demo, an import) records far more than one Excel cell holds.
    state_json: Mapped[str | None] = mapped_column(Text, info={"generated": True})

    __table_args__ = (
        Index("ix_audit_entry_entity", "entity_type", "entity_id"),
        {"info": {"audited": False}},
    )
