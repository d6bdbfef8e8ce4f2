"""Reading the audit log for people: entries filtered by record, user, action and dates, a page at a time."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skillassess.core.enums import AuditAction
from skillassess.core.models import AuditEntry


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to list; every field is optional."""

    entity_type: str | None = None
    entity_id: str | None = None
    username: str | None = None
    since: dt.date | None = None  # from this day (UTC), inclusive
    until: dt.date | None = None  # up to this day (UTC), inclusive
    action: AuditAction | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    username: str
    action: AuditAction
    entity_type: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def changed_fields(self) -> list[str]:
        """The keys whose values differ between before and after (none for a creation or deletion)."""
        if self.before is None or self.after is None:
            return []
        b, a = self.before, self.after
        return sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC)


def _filtered(stmt: Any, f: AuditFilter) -> Any:
    if f.entity_type:
        stmt = stmt.where(AuditEntry.entity_type == f.entity_type)
    if f.entity_id:
        stmt = stmt.where(AuditEntry.entity_id == f.entity_id)
    if f.username:
        stmt = stmt.where(AuditEntry.username == f.username.strip().casefold())
    if f.action:
        stmt = stmt.where(AuditEntry.action == f.action)
    if f.since:
        stmt = stmt.where(AuditEntry.at >= _day_start(f.since))
    if f.until:
        stmt = stmt.where(AuditEntry.at < _day_start(f.until + dt.timedelta(days=1)))
    return stmt


def _loads(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"unreadable": text}
    return value if isinstance(value, dict) else {"value": value}


def count_entries(session: Session, f: AuditFilter = AuditFilter()) -> int:
    return int(session.execute(_filtered(select(func.count(AuditEntry.id)), f)).scalar_one())


def entry_page(session: Session, f: AuditFilter = AuditFilter(), offset: int = 0, limit: int = 200) -> list[AuditRow]:
    """One page of entries matching ``f``, newest first."""
    stmt = _filtered(select(AuditEntry), f).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
    out = []
    for e in session.execute(stmt).scalars():
        at = e.at if e.at.tzinfo else e.at.replace(tzinfo=dt.UTC)
        out.append(
            AuditRow(
                e.id, at, e.username, e.action, e.entity_type, e.entity_id, _loads(e.before_json), _loads(e.after_json)
            )
        )
    return out


def entity_types(session: Session) -> list[str]:
    """The entity types that occur in the log (for a filter list)."""
    return list(session.execute(select(AuditEntry.entity_type).distinct().order_by(AuditEntry.entity_type)).scalars())


def usernames(session: Session) -> list[str]:
    """The user names that occur in the log (for a filter list)."""
    return list(session.execute(select(AuditEntry.username).distinct().order_by(AuditEntry.username)).scalars())
