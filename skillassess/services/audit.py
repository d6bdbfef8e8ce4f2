"""The hash-chained audit log: one entry per change, written in the change's own transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import String, Table, bindparam, func, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from skillassess.core.enums import AuditAction
from skillassess.core.errors import PermissionDenied
from skillassess.core.models import AuditEntry, User, utcnow
from skillassess.db.bulk import BulkRows
from skillassess.services.context import Actor

GENESIS = "0" * 64


def _canonical_time(value: dt.datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds")


def entry_hash(
    entry_id: int,
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
    """SHA-256 over the previous hash and every field of the entry (its id too), in a fixed order."""
    return _hash(entry_id, prev_hash, _canonical_time(at), user_id, username, action, entity_type, entity_id,
                 before_json, after_json)


def _hash(
    entry_id: int,
    prev_hash: str,
    at: str,
    user_id: int | None,
    username: str,
    action: str,
    entity_type: str,
    entity_id: str,
    before_json: str | None,
    after_json: str | None,
) -> str:
    doc = json.dumps(
        [entry_id, prev_hash, at, user_id, username, action, entity_type, entity_id, before_json, after_json],
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
    """Append one entry to the chain in the caller's transaction.

    Refuses (and so rolls back the whole change) when the actor's account has been deactivated
    since they signed in: a window left open must not keep the powers of a removed user.
    """
    _check_active(session, actor)
    prev = _chain_head(session)
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
        # The id is part of the hash (so moving an entry shows); it is known only after the insert.
        hash=uuid.uuid4().hex,
    )
    session.add(entry)
    session.flush()
    entry.hash = entry_hash(
        entry.id, prev, at, actor.user_id, actor.username, action.value, entity_type, str(entity_id), before_json, after_json
    )
    session.flush()
    return entry


def _check_active(session: Session, actor: Actor) -> None:
    if actor.user_id is not None:
        active = session.execute(select(User.active).where(User.id == actor.user_id)).scalar()
        if not active:
            raise PermissionDenied(
                f"The account {actor.username} is deactivated or removed; its changes are no longer accepted."
            )


def _chain_head(session: Session) -> str:
    """The hash the next entry follows (the newest entry's, or GENESIS)."""
    last = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    return last or GENESIS


@dataclass(frozen=True)
class Change:
    """One change to append with ``record_many``."""

    action: AuditAction
    entity_type: str
    entity_id: object
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    after_json: str | None = None  # ``after`` already written with ``dump`` (work done before the transaction)


def dump(value: dict[str, Any] | None) -> str | None:
    """A state as the audit log stores it (sorted keys, UTF-8 text)."""
    return _dump(value)


def record_many(session: Session, actor: Actor, changes: Sequence[Change]) -> None:
    """Append one entry per change to the chain, in order, in the caller's transaction, in bulk.

    The same entries as calling ``record`` for each change (same fields, same hashes, one entry per
    record) with a few multi-row statements instead of three statements per entry: an import of
    50,000 candidates would otherwise spend most of its time here. On SQLite, inside the write
    transaction (``Database.transaction`` takes the write lock first), the next ids are known, so the
    hashes are computed before the insert; elsewhere entries are inserted with unique placeholders,
    then hashed once their ids are known.
    """
    if not changes:
        return
    _check_active(session, actor)
    prev = _chain_head(session)
    at = utcnow()
    table = cast(Table, AuditEntry.__table__)
    sqlite = session.get_bind().dialect.name == "sqlite"
    rows: list[dict[str, Any]] = [
        {"at": at, "user_id": actor.user_id, "username": actor.username, "action": c.action,
         "entity_type": c.entity_type, "entity_id": str(c.entity_id), "before_json": _dump(c.before),
         "after_json": c.after_json if c.after_json is not None else _dump(c.after), "prev_hash": "" if sqlite else uuid.uuid4().hex,
         "hash": "" if sqlite else uuid.uuid4().hex}
        for c in changes
    ]

    at_text = _canonical_time(at)  # the same time for every entry of the batch: written once

    def chain(ids: Iterable[int]) -> list[dict[str, Any]]:
        nonlocal prev
        out = []
        for entry_id, row in zip(ids, rows, strict=True):
            digest = _hash(entry_id, prev, at_text, actor.user_id, actor.username, row["action"].value,
                           row["entity_type"], row["entity_id"], row["before_json"], row["after_json"])
            out.append({"entry_id": entry_id, "new_prev": prev, "new_hash": digest})
            prev = digest
        return out

    if sqlite:
        # Under the write lock nobody else inserts: the ids are the next ones after the largest.
        first = int(session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1
        ids = range(first, first + len(rows))
        bulk = BulkRows(table, list(rows[0]), session.get_bind().dialect)
        for row, linked in zip(rows, chain(ids), strict=True):
            row.update(prev_hash=linked["new_prev"], hash=linked["new_hash"])
            bulk.add(row)
        bulk.insert(session, ids)
        return
    # Matched by placeholder, not by RETURNING order: ordered RETURNING costs one statement per row.
    by_placeholder: dict[str, int] = dict(session.execute(insert(table).returning(table.c.hash, table.c.id), rows).all())
    session.execute(
        update(table).where(table.c.id == bindparam("entry_id"))
        .values(prev_hash=bindparam("new_prev"), hash=bindparam("new_hash")),
        chain(int(by_placeholder[row["hash"]]) for row in rows),
    )


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the chain: intact, or the first broken entry and why."""

    checked: int
    broken_id: int | None = None
    problem: str = ""
    head_hash: str = GENESIS  # the hash of the last entry: write it down to detect a rewritten chain

    @property
    def intact(self) -> bool:
        return self.broken_id is None

    @property
    def message(self) -> str:
        """One plain sentence for people."""
        if self.intact:
            return f"The audit log is intact: {self.checked} {'entry' if self.checked == 1 else 'entries'} checked."
        return f"The audit log is broken at entry {self.broken_id}: {self.problem}."


@dataclass(frozen=True)
class _Raw:
    id: int
    at: object
    user_id: int | None
    username: str | None
    action: str | None
    entity_type: str | None
    entity_id: str | None
    before_json: str | None
    after_json: str | None
    prev_hash: str | None
    hash: str | None


def _raw_time(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def _recomputed(e: _Raw) -> str | None:
    at = _raw_time(e.at)
    if at is None:
        return None
    return entry_hash(
        e.id, e.prev_hash or "", at, e.user_id, e.username or "", e.action or "", e.entity_type or "",
        e.entity_id or "", e.before_json, e.after_json,
    )


def verify_chain(entries: Iterable[_Raw | AuditEntry]) -> ChainReport:
    """Recompute every hash in id order and check each entry follows the one before; name the first that fails.

    An entry whose stored content no longer gives its hash was changed. An entry that does not
    follow its predecessor means one was removed, re-hashed or moved (its id changed): if the entry
    it should follow still exists elsewhere, that entry is the one named.
    """
    rows = [e if isinstance(e, _Raw) else _raw_of(e) for e in entries]
    by_hash = {r.hash: r for r in rows}
    prev = GENESIS
    prev_id: int | None = None
    for n, e in enumerate(rows, start=1):
        expected = _recomputed(e)
        if expected is None:
            return ChainReport(n, e.id, "its time cannot be read (it was changed)", prev)
        if expected != e.hash:
            return ChainReport(n, e.id, "its content does not match its hash (it was changed)", prev)
        if e.prev_hash != prev:
            after = f"entry {prev_id}" if prev_id is not None else "the start of the log"
            moved = by_hash.get(e.prev_hash)
            if moved is None:
                return ChainReport(
                    n, e.id, f"it does not follow {after}: an entry between them was removed, or {after} was rewritten", prev
                )
            following = rows[n] if n < len(rows) else None
            if following is not None and following.prev_hash == prev:
                # The next entry follows the expected one, so this one was moved here (its id changed).
                return ChainReport(n, e.id, f"it is out of place (its id was changed): it follows entry {moved.id}", prev)
            return ChainReport(
                n, moved.id, f"it is out of place (its id was changed): entry {e.id} should follow it", prev
            )
        prev = e.hash or ""
        prev_id = e.id
    return ChainReport(len(rows), None, "", prev)


def _raw_of(e: AuditEntry) -> _Raw:
    action = e.action.value if hasattr(e.action, "value") else str(e.action)
    return _Raw(e.id, e.at, e.user_id, e.username, action, e.entity_type, e.entity_id,
                e.before_json, e.after_json, e.prev_hash, e.hash)


def verify(session: Session) -> ChainReport:
    """Check the whole audit log of the database (reads stored values as they are, even malformed ones)."""
    t = AuditEntry.__table__
    # Raw column values: an edited row must be reported, not crash the check (bad enum, bad date).
    stmt = select(
        t.c.id, type_coerce(t.c.at, String), t.c.user_id, t.c.username, type_coerce(t.c.action, String),
        t.c.entity_type, t.c.entity_id, t.c.before_json, t.c.after_json, t.c.prev_hash, t.c.hash,
    ).order_by(t.c.id)
    return verify_chain(_Raw(*row) for row in session.execute(stmt))


# --- Reading the log --------------------------------------------------------------------------------


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
        out.append(AuditRow(e.id, at, e.username, e.action, e.entity_type, e.entity_id,
                            _loads(e.before_json), _loads(e.after_json)))
    return out


def entity_types(session: Session) -> list[str]:
    """The entity types that occur in the log (for a filter list)."""
    return list(session.execute(select(AuditEntry.entity_type).distinct().order_by(AuditEntry.entity_type)).scalars())


def usernames(session: Session) -> list[str]:
    """The user names that occur in the log (for a filter list)."""
    return list(session.execute(select(AuditEntry.username).distinct().order_by(AuditEntry.username)).scalars())
