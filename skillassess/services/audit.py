"""The hash-chained audit log: one entry per change, written in the change's own transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from skillassess.core.enums import AuditAction
from skillassess.core.models import AuditEntry, utcnow
from skillassess.services.context import Actor

GENESIS = "0" * 64


def _canonical_time(value: dt.datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds")


def entry_hash(
    prev_hash: str,
    at: dt.datetime,
    user_id: int | None,
    username: str,
    action: str,
    entity_type: str,
    entity_id: str,
    before_json: str | None,
    after_json: str | None,
) -> str:
    """SHA-256 over the previous hash and every field of the entry, in a fixed order."""
    doc = json.dumps(
        [prev_hash, _canonical_time(at), user_id, username, action, entity_type, entity_id, before_json, after_json],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(doc.encode("utf-8")).hexdigest()


def _dump(value: dict[str, Any] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    entity_type: str,
    entity_id: object,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry to the chain in the caller's transaction."""
    last = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    prev = last or GENESIS
    at = utcnow()
    before_json, after_json = _dump(before), _dump(after)
    entry = AuditEntry(
        at=at,
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        before_json=before_json,
        after_json=after_json,
        prev_hash=prev,
        hash=entry_hash(prev, at, actor.user_id, actor.username, action.value, entity_type, str(entity_id), before_json, after_json),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the chain: intact, or the first broken entry and why."""

    checked: int
    broken_id: int | None = None
    problem: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_id is None


def verify_chain(entries: Iterable[AuditEntry]) -> ChainReport:
    """Recompute every hash in id order; name the first entry that does not match."""
    prev = GENESIS
    n = 0
    for e in entries:
        n += 1
        if e.prev_hash != prev:
            return ChainReport(n, e.id, "it does not follow the entry before it (an entry was removed or changed)")
        expected = entry_hash(
            e.prev_hash, e.at, e.user_id, e.username, e.action.value if hasattr(e.action, "value") else str(e.action),
            e.entity_type, e.entity_id, e.before_json, e.after_json,
        )
        if expected != e.hash:
            return ChainReport(n, e.id, "its content does not match its hash (it was changed)")
        prev = e.hash
    return ChainReport(n)


def verify(session: Session) -> ChainReport:
    """Check the whole audit log of the database."""
    return verify_chain(session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars())
