"""The hash-chained audit log: one entry per change, written in the change's own transaction."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, select, text
from sqlalchemy.orm import Session

from skillassess.core import audit_state as st
from skillassess.core.audit_state import GENESIS, _canonical_time, entry_hash
from skillassess.core.enums import AuditAction
from skillassess.core.errors import PermissionDenied
from skillassess.core.models import AuditEntry, User, utcnow
from skillassess.db.bulk import BulkRows
from skillassess.db.concurrency import lock_writes
from skillassess.services import audit_state
from skillassess.services.context import Actor


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
    # commit the other writers wait: a few short statements.
    lock_writes(session)
    # The changes this entry records are written (and so noticed) first; then the complete new state of
    # every row changed since the previous entry (services/audit_state.py) goes into the entry.
    session.flush()
    state_json = audit_state.drain(session)
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
        state_json=state_json,
        prev_hash=prev,
        # The id is part of the hash (so moving an entry shows): it is taken before the insert, so that the
        # entry is written once and never updated (the database account may be refused UPDATE on the log).
        hash=entry_hash(
            entry_id,
            prev,
            at,
            actor.user_id,
            actor.username,
            action.value,
            entity_type,
            str(entity_id),
            before_json,
            after_json,
            state_json,
        ),
    )
    session.add(entry)
    session.flush()
    audit_state.written(session, entry.id, entry.hash, entry.prev_hash, actor, entity_type, str(entity_id))
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
        ids = (
            session.execute(
                text("SELECT nextval(pg_get_serial_sequence('audit_entry', 'id')) FROM generate_series(1, :n)"),
                {"n": count},
            )
            .scalars()
            .all()
        )
        return [int(i) for i in ids], head or GENESIS
    # SQLite gives a new row the highest id + 1 (the table has no AUTOINCREMENT): the same, chosen here.
    last = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    first, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    return list(range(first, first + count)), prev


def _next_link(session: Session) -> tuple[int, str]:
    """The id of the next entry and the hash it follows; call with the write lock held."""
    if session.get_bind().dialect.name == "postgresql":
        # One round trip: the head, and the next id from the table's own sequence.
        row = session.execute(
            text(
                "SELECT (SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), "
                "nextval(pg_get_serial_sequence('audit_entry', 'id'))"
            )
        ).one()
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
    # The rows this change wrote, as (table name, primary key): their complete new state is recorded with
    # it, as ``record`` records the rows noticed since the previous entry.
    rows: tuple[tuple[str, tuple[Any, ...]], ...] = ()


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
    session.flush()
    states = _change_states(session, changes)
    at = utcnow()
    table = cast(Table, AuditEntry.__table__)
    rows: list[dict[str, Any]] = [
        {
            "at": at,
            "user_id": actor.user_id,
            "username": actor.username,
            "action": c.action,
            "entity_type": c.entity_type,
            "entity_id": str(c.entity_id),
            "before_json": _dump(c.before),
            "after_json": c.after_json if c.after_json is not None else _dump(c.after),
            "state_json": state,
            "prev_hash": "",
            "hash": "",
        }
        for c, state in zip(changes, states, strict=True)
    ]
    ids, prev = _next_links(session, len(rows))
    at_text = _canonical_time(at)  # the same time for every entry of the batch: written once
    bulk = BulkRows(table, list(rows[0]), session.get_bind().dialect)
    for entry_id, row in zip(ids, rows, strict=True):
        digest = st.entry_hash_text(
            entry_id,
            prev,
            at_text,
            actor.user_id,
            actor.username,
            row["action"].value,
            row["entity_type"],
            row["entity_id"],
            row["before_json"],
            row["after_json"],
            row["state_json"],
        )
        row.update(prev_hash=prev, hash=digest)
        bulk.add(row)
        prev = digest
    bulk.insert(session, ids)
    for entry_id, row in zip(ids, rows, strict=True):
        audit_state.written(
            session, entry_id, row["hash"], row["prev_hash"], actor, row["entity_type"], row["entity_id"]
        )


def _change_states(session: Session, changes: Sequence[Change]) -> list[str | None]:
    """The state text of each change's rows, as they are now; rows noticed but named by no change go with the last."""
    noticed = audit_state.take_touched(session)
    wanted: dict[str, set[tuple[Any, ...]]] = {}
    for c in changes:
        for name, key in c.rows:
            wanted.setdefault(name, set()).add(tuple(key))
    for name, keys in noticed.items():
        wanted.setdefault(name, set()).update(keys)
    found = {name: dict(st.read_states(session, st.shape(name).table, keys)) for name, keys in wanted.items()}
    named: set[tuple[str, str]] = set()
    out: list[str | None] = []
    for c in changes:
        lines = []
        for name, key in c.rows:
            kt = st.shape(name).key_text(key)
            named.add((name, kt))
            lines.append(f"{name}\t{kt}\t{found[name].get(kt, 'null')}")
        out.append("\n".join(lines) or None)
    rest = [
        f"{name}\t{kt}\t{state}"
        for name in sorted(found)
        for kt, state in sorted(found[name].items())
        if (name, kt) not in named
    ]
    if rest:
        out[-1] = "\n".join(filter(None, [out[-1], *rest]))
    return out
