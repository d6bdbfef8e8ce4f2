"""The hash-chained audit log: one entry per change, written in the change's own transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import String, Table, func, select, text, type_coerce
from sqlalchemy.orm import Session

from skillassess.core.enums import AuditAction
from skillassess.core.errors import PermissionDenied
from skillassess.core.models import AuditEntry, User, utcnow
from skillassess.db.bulk import BulkRows
from skillassess.db.concurrency import lock_writes
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
    at = utcnow()
    before_json, after_json = _dump(before), _dump(after)
    # Several writers append at once: wait for the others' appends to commit, then read the head, so
    # that each entry follows the one before it and ids increase in chain order. From here to the
    # commit the other writers wait: two short statements.
    lock_writes(session)
    entry_id, prev = _next_link(session)
    entry = AuditEntry(
        id=entry_id,
        at=at,
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        before_json=before_json,
        after_json=after_json,
        prev_hash=prev,
        # The id is part of the hash (so moving an entry shows): it is taken before the insert, so that the
        # entry is written once and never updated (the database account may be refused UPDATE on the log).
        hash=entry_hash(entry_id, prev, at, actor.user_id, actor.username, action.value, entity_type,
                        str(entity_id), before_json, after_json),
    )
    session.add(entry)
    session.flush()
    return entry


def _check_active(session: Session, actor: Actor) -> None:
    if actor.user_id is not None:
        active = session.execute(select(User.active).where(User.id == actor.user_id)).scalar()
        if not active:
            raise PermissionDenied(
                f"The account {actor.username} is deactivated or removed; its changes are no longer accepted."
            )


def _next_links(session: Session, count: int) -> tuple[list[int], str]:
    """The ids of the next ``count`` entries and the hash the first follows; call with the write lock held."""
    if session.get_bind().dialect.name == "postgresql":
        # The head, and the next ids from the table's own sequence (under the lock they increase in chain order).
        head = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
        ids = session.execute(
            text("SELECT nextval(pg_get_serial_sequence('audit_entry', 'id')) FROM generate_series(1, :n)"),
            {"n": count},
        ).scalars().all()
        return [int(i) for i in ids], head or GENESIS
    # SQLite gives a new row the highest id + 1 (the table has no AUTOINCREMENT): the same, chosen here.
    last = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    first, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    return list(range(first, first + count)), prev


def _next_link(session: Session) -> tuple[int, str]:
    """The id of the next entry and the hash it follows; call with the write lock held."""
    if session.get_bind().dialect.name == "postgresql":
        # One round trip: the head, and the next id from the table's own sequence.
        row = session.execute(text(
            "SELECT (SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), "
            "nextval(pg_get_serial_sequence('audit_entry', 'id'))"
        )).one()
        return int(row[1]), row[0] or GENESIS
    ids, prev = _next_links(session, 1)
    return ids[0], prev


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
    record) with one multi-row insert instead of statements per entry: an import of 50,000
    candidates would otherwise spend most of its time here. Under the write lock the next ids are
    known (SQLite: after the largest; PostgreSQL: from the sequence), so every hash is computed
    before the insert and no entry is ever updated.
    """
    if not changes:
        return
    _check_active(session, actor)
    lock_writes(session)  # as in ``record``: the head must not move before these entries are in
    at = utcnow()
    table = cast(Table, AuditEntry.__table__)
    rows: list[dict[str, Any]] = [
        {"at": at, "user_id": actor.user_id, "username": actor.username, "action": c.action,
         "entity_type": c.entity_type, "entity_id": str(c.entity_id), "before_json": _dump(c.before),
         "after_json": c.after_json if c.after_json is not None else _dump(c.after), "prev_hash": "", "hash": ""}
        for c in changes
    ]
    ids, prev = _next_links(session, len(rows))
    at_text = _canonical_time(at)  # the same time for every entry of the batch: written once
    bulk = BulkRows(table, list(rows[0]), session.get_bind().dialect)
    for entry_id, row in zip(ids, rows, strict=True):
        digest = _hash(entry_id, prev, at_text, actor.user_id, actor.username, row["action"].value,
                       row["entity_type"], row["entity_id"], row["before_json"], row["after_json"])
        row.update(prev_hash=prev, hash=digest)
        bulk.add(row)
        prev = digest
    bulk.insert(session, ids)


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
