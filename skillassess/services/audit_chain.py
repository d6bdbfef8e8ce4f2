"""The audit log's hash chain: every entry recomputed in id order, and the first that breaks it named."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from operator import attrgetter
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from skillassess.core import audit_state as st
from skillassess.core.audit_state import GENESIS, _canonical_time, entry_hash
from skillassess.core.models import AuditEntry


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the chain: intact, or the first broken entry and why."""

    checked: int
    broken_id: int | None = None
    problem: str = ""
    head_hash: str = GENESIS  # the hash of the last entry: write it down to detect a rewritten chain
    head_id: int | None = None
    first_hash: str | None = None

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
class RawEntry:
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
    state_json: str | None = None


# An entry's fields in RawEntry's order (that of ChainScan.add), read from a RawEntry or an AuditEntry.
_fields_of = attrgetter(*(f.name for f in fields(RawEntry)))


def _raw_time(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def time_text(value: object) -> str | None:
    """The canonical text of a stored time; SQLite's own text is turned into it without parsing."""
    if type(value) is str and len(value) == 26 and value[10] == " " and value[19] == ".":
        return value[:10] + "T" + value[11:]
    t = _raw_time(value)
    return None if t is None else _canonical_time(t)


def recomputed_hash(e: RawEntry) -> str | None:
    """The hash an entry's stored content gives (None when its time cannot be read)."""
    at = _raw_time(e.at)
    if at is None:
        return None
    return entry_hash(
        e.id,
        e.prev_hash or "",
        at,
        e.user_id,
        e.username or "",
        e.action or "",
        e.entity_type or "",
        e.entity_id or "",
        e.before_json,
        e.after_json,
        e.state_json,
    )


def verify_chain(entries: Iterable[RawEntry | AuditEntry]) -> ChainReport:
    """Recompute every hash in id order and check each entry follows the one before; name the first that fails.

    An entry whose stored content no longer gives its hash was changed. An entry that does not
    follow its predecessor means one was removed, re-hashed or moved (its id changed): if the entry
    it should follow still exists elsewhere, that entry is the one named.
    """
    rows = [e if isinstance(e, RawEntry) else _raw_of(e) for e in entries]
    by_hash = {r.hash: r for r in rows}
    scan = ChainScan(by_hash.get)
    for e in rows:
        scan.add(*_fields_of(e))
    return scan.report()


class ChainScan:
    """Checks entries one by one, in id order, keeping only what naming the first break needs."""

    def __init__(self, by_hash: Any) -> None:
        self.by_hash = by_hash  # finds an entry by its hash (only after a break)
        self.n = 0
        self.prev = GENESIS
        self.prev_id: int | None = None
        self.first_hash: str | None = None
        self.broken: ChainReport | None = None
        self._moved: tuple[int, RawEntry, RawEntry, str] | None = None  # decided when the next entry is seen

    def add(
        self,
        id_: int,
        at: object,
        user_id: int | None,
        username: str | None,
        action: str | None,
        entity_type: str | None,
        entity_id: str | None,
        before_json: str | None,
        after_json: str | None,
        prev_hash: str | None,
        hash_: str | None,
        state_json: str | None,
    ) -> None:
        if self.broken is not None:
            if self._moved is not None:
                self._decide_moved(prev_hash)
            return
        self.n += 1
        at_text = time_text(at)
        expected = (
            None
            if at_text is None
            else st.entry_hash_text(
                id_,
                prev_hash or "",
                at_text,
                user_id,
                username or "",
                action or "",
                entity_type or "",
                entity_id or "",
                before_json,
                after_json,
                state_json,
            )
        )
        if expected != hash_ or prev_hash != self.prev:  # broken here: the entry as stored names it
            e = RawEntry(
                id_,
                at,
                user_id,
                username,
                action,
                entity_type,
                entity_id,
                before_json,
                after_json,
                prev_hash,
                hash_,
                state_json,
            )
        if expected != hash_:
            if recomputed_hash(e) is None:
                self.broken = ChainReport(self.n, id_, "its time cannot be read (it was changed)", self.prev)
            else:
                self.broken = ChainReport(
                    self.n, id_, "its content does not match its hash (it was changed)", self.prev
                )
            return
        if prev_hash != self.prev:
            after = f"entry {self.prev_id}" if self.prev_id is not None else "the start of the log"
            moved = self.by_hash(prev_hash)
            if moved is None:
                self.broken = ChainReport(
                    self.n,
                    id_,
                    f"it does not follow {after}: an entry between them was removed, or {after} was rewritten",
                    self.prev,
                )
                return
            self._moved = (self.n, e, moved, self.prev)
            self.broken = ChainReport(self.n, None)  # decided by the next entry
            return
        if self.first_hash is None:
            self.first_hash = hash_
        self.prev = hash_ or ""
        self.prev_id = id_

    def _decide_moved(self, following_prev: str | None) -> None:
        assert self._moved is not None
        n, e, moved, prev = self._moved
        self._moved = None
        if following_prev is not None and following_prev == prev:
            # The next entry follows the expected one, so this one was moved here (its id changed).
            self.broken = ChainReport(
                n, e.id, f"it is out of place (its id was changed): it follows entry {moved.id}", prev
            )
        else:
            self.broken = ChainReport(
                n, moved.id, f"it is out of place (its id was changed): entry {e.id} should follow it", prev
            )

    def report(self) -> ChainReport:
        if self._moved is not None:
            self._decide_moved(None)
        if self.broken is not None:
            return self.broken
        return ChainReport(self.n, None, "", self.prev, self.prev_id, self.first_hash)


def _raw_of(e: AuditEntry) -> RawEntry:
    action = e.action.value if hasattr(e.action, "value") else str(e.action)
    return replace(RawEntry(*_fields_of(e)), action=action)


def raw_select() -> Any:
    t = AuditEntry.__table__
    # Raw column values: an edited row must be reported, not crash the check (bad enum, bad date).
    return select(
        t.c.id,
        type_coerce(t.c.at, String),
        t.c.user_id,
        t.c.username,
        type_coerce(t.c.action, String),
        t.c.entity_type,
        t.c.entity_id,
        t.c.before_json,
        t.c.after_json,
        t.c.prev_hash,
        t.c.hash,
        t.c.state_json,
    )


def raw_entries(session: Session, where: Any = None, *, newest_first: bool = False) -> list[RawEntry]:
    """Entries as stored (malformed values included), in id order or newest first."""
    t = AuditEntry.__table__
    stmt = raw_select()
    if where is not None:
        stmt = stmt.where(where)
    stmt = stmt.order_by(t.c.id.desc() if newest_first else t.c.id)
    return [RawEntry(*row) for row in session.execute(stmt)]


def entry_by_hash(session: Session, value: str | None) -> RawEntry | None:
    if value is None:
        return None
    found = raw_entries(session, AuditEntry.__table__.c.hash == value)
    return next(iter(found), None)
