"""What every model shares: the declarative base with its naming convention, portable enumeration
columns, timestamps, and the column values of a row as the audit log stores them."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, Enum, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Now in UTC, timezone-aware; stored as UTC everywhere."""
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def enum_type(enum: type[StrEnum], name: str) -> Enum:
    """A portable enumeration column: VARCHAR plus a CHECK constraint on its values."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum) + 8,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


def timestamp() -> Mapped[dt.datetime]:
    """A creation time: set by the application, and by the database for rows written behind it."""
    return mapped_column(DateTime(timezone=True), default=utcnow, server_default=func.now())


AUDIT_EXCLUDED = frozenset({"password_hash", "photo", "logo", "signature_image", "data"})


def as_dict(obj: Any, exclude: frozenset[str] = AUDIT_EXCLUDED) -> dict[str, Any]:
    """Column values of a mapped object as JSON-ready values (for the audit log)."""
    values = {col.key: getattr(obj, col.key) for col in obj.__table__.columns if col.key not in exclude}
    return values_as_dict(obj.__table__, values, exclude)


def values_as_dict(table: Any, values: dict[str, Any], exclude: frozenset[str] = AUDIT_EXCLUDED) -> dict[str, Any]:
    """The same as ``as_dict`` for a row given as column values (a bulk insert's row and its new id)."""
    keys = _column_keys.get(table.name)
    if keys is None:
        keys = _column_keys[table.name] = [col.key for col in table.columns]
    out: dict[str, Any] = {}
    for key in keys:
        if key in exclude:
            continue
        value = values.get(key)
        if isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()
        elif isinstance(value, bytes):
            value = f"<{len(value)} bytes>"
        elif isinstance(value, StrEnum):
            value = value.value
        out[key] = value
    return out


_column_keys: dict[str, list[str]] = {}
