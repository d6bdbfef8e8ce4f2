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

from skillassess.core import audit_state as st
from skillassess.core.audit_state import GENESIS, _canonical_time, entry_hash
from skillassess.core.enums import AuditAction
from skillassess.core.errors import PermissionDenied
from skillassess.core.messages import Message, msg
from skillassess.core.models import AuditEntry, User, utcnow
from skillassess.db.bulk import BulkRows
from skillassess.db.concurrency import lock_writes
from skillassess.services import audit_state
from skillassess.services.context import Actor

__all__ = ["GENESIS", "entry_hash", "record", "verify"]


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
        hash=entry_hash(entry_id, prev, at, actor.user_id, actor.username, action.value, entity_type,
                        str(entity_id), before_json, after_json, state_json),
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
        {"at": at, "user_id": actor.user_id, "username": actor.username, "action": c.action,
         "entity_type": c.entity_type, "entity_id": str(c.entity_id), "before_json": _dump(c.before),
         "after_json": c.after_json if c.after_json is not None else _dump(c.after), "state_json": state,
         "prev_hash": "", "hash": ""}
        for c, state in zip(changes, states, strict=True)
    ]
    ids, prev = _next_links(session, len(rows))
    at_text = _canonical_time(at)  # the same time for every entry of the batch: written once
    bulk = BulkRows(table, list(rows[0]), session.get_bind().dialect)
    for entry_id, row in zip(ids, rows, strict=True):
        digest = st.entry_hash_text(entry_id, prev, at_text, actor.user_id, actor.username, row["action"].value,
                                    row["entity_type"], row["entity_id"], row["before_json"], row["after_json"],
                                    row["state_json"])
        row.update(prev_hash=prev, hash=digest)
        bulk.add(row)
        prev = digest
    bulk.insert(session, ids)
    for entry_id, row in zip(ids, rows, strict=True):
        audit_state.written(session, entry_id, row["hash"], row["prev_hash"], actor, row["entity_type"], row["entity_id"])


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
    rest = [f"{name}\t{kt}\t{state}" for name in sorted(found) for kt, state in sorted(found[name].items())
            if (name, kt) not in named]
    if rest:
        out[-1] = "\n".join(filter(None, [out[-1], *rest]))
    return out


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
    state_json: str | None = None


def _raw_time(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def _time_text(value: object) -> str | None:
    """The canonical text of a stored time; SQLite's own text is turned into it without parsing."""
    if type(value) is str and len(value) == 26 and value[10] == " " and value[19] == ".":
        return value[:10] + "T" + value[11:]
    t = _raw_time(value)
    return None if t is None else _canonical_time(t)


def _recomputed(e: _Raw) -> str | None:
    at = _raw_time(e.at)
    if at is None:
        return None
    return entry_hash(
        e.id, e.prev_hash or "", at, e.user_id, e.username or "", e.action or "", e.entity_type or "",
        e.entity_id or "", e.before_json, e.after_json, e.state_json,
    )


def recomputed_hash(e: _Raw) -> str | None:
    """The hash an entry's stored content gives (None when its time cannot be read)."""
    return _recomputed(e)


def verify_chain(entries: Iterable[_Raw | AuditEntry]) -> ChainReport:
    """Recompute every hash in id order and check each entry follows the one before; name the first that fails.

    An entry whose stored content no longer gives its hash was changed. An entry that does not
    follow its predecessor means one was removed, re-hashed or moved (its id changed): if the entry
    it should follow still exists elsewhere, that entry is the one named.
    """
    rows = [e if isinstance(e, _Raw) else _raw_of(e) for e in entries]
    by_hash = {r.hash: r for r in rows}
    scan = _ChainScan(lambda h: by_hash.get(h))
    for e in rows:
        scan.add(e.id, e.at, e.user_id, e.username, e.action, e.entity_type, e.entity_id, e.before_json,
                 e.after_json, e.prev_hash, e.hash, e.state_json)
    return scan.report()


class _ChainScan:
    """Checks entries one by one, in id order, keeping only what naming the first break needs."""

    def __init__(self, by_hash: Any) -> None:
        self.by_hash = by_hash  # finds an entry by its hash (only after a break)
        self.n = 0
        self.prev = GENESIS
        self.prev_id: int | None = None
        self.first_hash: str | None = None
        self.broken: ChainReport | None = None
        self._moved: tuple[int, _Raw, _Raw, str] | None = None  # decided when the next entry is seen

    def add(self, id_: int, at: object, user_id: int | None, username: str | None, action: str | None,
            entity_type: str | None, entity_id: str | None, before_json: str | None, after_json: str | None,
            prev_hash: str | None, hash_: str | None, state_json: str | None) -> None:
        if self.broken is not None:
            if self._moved is not None:
                self._decide_moved(prev_hash)
            return
        self.n += 1
        at_text = _time_text(at)
        expected = None if at_text is None else st.entry_hash_text(
            id_, prev_hash or "", at_text, user_id, username or "", action or "", entity_type or "", entity_id or "",
            before_json, after_json, state_json)
        if expected != hash_:
            e = _Raw(id_, at, user_id, username, action, entity_type, entity_id, before_json, after_json, prev_hash,
                     hash_, state_json)
            if _recomputed(e) is None:
                self.broken = ChainReport(self.n, id_, "its time cannot be read (it was changed)", self.prev)
            else:
                self.broken = ChainReport(self.n, id_, "its content does not match its hash (it was changed)", self.prev)
            return
        if prev_hash != self.prev:
            after = f"entry {self.prev_id}" if self.prev_id is not None else "the start of the log"
            moved = self.by_hash(prev_hash)
            if moved is None:
                self.broken = ChainReport(
                    self.n, id_,
                    f"it does not follow {after}: an entry between them was removed, or {after} was rewritten",
                    self.prev)
                return
            e = _Raw(id_, at, user_id, username, action, entity_type, entity_id, before_json, after_json, prev_hash,
                     hash_, state_json)
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
            self.broken = ChainReport(n, e.id, f"it is out of place (its id was changed): it follows entry {moved.id}", prev)
        else:
            self.broken = ChainReport(n, moved.id, f"it is out of place (its id was changed): entry {e.id} should follow it",
                                      prev)

    def report(self) -> ChainReport:
        if self._moved is not None:
            self._decide_moved(None)
        if self.broken is not None:
            return self.broken
        return ChainReport(self.n, None, "", self.prev, self.prev_id, self.first_hash)


def _raw_of(e: AuditEntry) -> _Raw:
    action = e.action.value if hasattr(e.action, "value") else str(e.action)
    return _Raw(e.id, e.at, e.user_id, e.username, action, e.entity_type, e.entity_id,
                e.before_json, e.after_json, e.prev_hash, e.hash, e.state_json)


def _raw_select() -> Any:
    t = AuditEntry.__table__
    # Raw column values: an edited row must be reported, not crash the check (bad enum, bad date).
    return select(
        t.c.id, type_coerce(t.c.at, String), t.c.user_id, t.c.username, type_coerce(t.c.action, String),
        t.c.entity_type, t.c.entity_id, t.c.before_json, t.c.after_json, t.c.prev_hash, t.c.hash, t.c.state_json,
    )


def raw_entries(session: Session, where: Any = None, *, newest_first: bool = False) -> list[_Raw]:
    """Entries as stored (malformed values included), in id order or newest first."""
    t = AuditEntry.__table__
    stmt = _raw_select()
    if where is not None:
        stmt = stmt.where(where)
    stmt = stmt.order_by(t.c.id.desc() if newest_first else t.c.id)
    return [_Raw(*row) for row in session.execute(stmt)]


def _entry_by_hash(session: Session, value: str | None) -> _Raw | None:
    if value is None:
        return None
    found = raw_entries(session, AuditEntry.__table__.c.hash == value)
    return next(iter(found), None)


# --- The data against the log ----------------------------------------------------------------------

CHANGED, NO_ENTRY, VANISHED, DELETED = "changed", "no entry", "vanished", "deleted but present"
MAX_LISTED = 1000  # differences kept for display; all are counted


@dataclass(frozen=True)
class Difference:
    """One record whose row is not what its latest audit entry says."""

    table: str
    key: str  # primary key as a JSON array
    problem: str  # CHANGED, NO_ENTRY, VANISHED or DELETED
    field: str = ""
    audited: Any = None
    found: Any = None
    entry_id: int | None = None

    @property
    def record(self) -> str:
        return st.describe_key(self.table, self.key)

    @property
    def message(self) -> Message:
        def show(v: Any) -> str:
            return json.dumps(v, ensure_ascii=False)

        if self.problem == CHANGED:
            return msg("{table} ({record}), {field}: the audit log (entry {entry}) says {audited}, the database holds {found}.",
                       table=self.table, record=self.record, field=self.field, entry=self.entry_id,
                       audited=show(self.audited), found=show(self.found))
        if self.problem == NO_ENTRY:
            return msg("{table} ({record}): no audit entry records this record; it was added outside SkillAssess.",
                       table=self.table, record=self.record)
        if self.problem == VANISHED:
            return msg("{table} ({record}): the audit log (entry {entry}) records it, but it is no longer in the "
                       "database; it was deleted outside SkillAssess.", table=self.table, record=self.record,
                       entry=self.entry_id)
        return msg("{table} ({record}): the audit log (entry {entry}) records its deletion, but it is in the database.",
                   table=self.table, record=self.record, entry=self.entry_id)


@dataclass(frozen=True)
class AuditReport:
    """``audit verify``: the hash chain, the data against the log, and the chain against its checkpoint."""

    chain: ChainReport
    records_checked: int = 0
    differences: tuple[Difference, ...] = ()
    difference_count: int = 0
    checkpoint: Any = None  # services.checkpoint.CheckpointCheck, or None when not checked

    @property
    def data_intact(self) -> bool:
        return self.difference_count == 0

    @property
    def checkpoint_ok(self) -> bool:
        return self.checkpoint is None or not self.checkpoint.failed

    @property
    def intact(self) -> bool:
        return self.chain.intact and self.data_intact and self.checkpoint_ok

    # What ChainReport offered, for callers of the earlier check.
    @property
    def checked(self) -> int:
        return self.chain.checked

    @property
    def broken_id(self) -> int | None:
        return self.chain.broken_id

    @property
    def problem(self) -> str:
        return self.chain.problem

    @property
    def head_hash(self) -> str:
        return self.chain.head_hash

    def summary(self) -> Message:
        """The first thing to say: the chain, else the data, else the checkpoint, else all is well."""
        c = self.chain
        if not c.intact:
            return msg("The audit log is broken at entry {entry}: {problem}.", entry=c.broken_id, problem=c.problem)
        if self.difference_count:
            return msg("{count} record(s) differ from what the audit log says: they were changed outside SkillAssess.",
                       count=self.difference_count)
        if not self.checkpoint_ok:
            message: Message = self.checkpoint.message
            return message
        return msg("The audit log is intact: {count} entries checked, and {records} records match it.",
                   count=c.checked, records=self.records_checked)

    @property
    def message(self) -> str:
        return self.summary().render()

    def messages(self) -> list[Message]:
        """Every sentence: the summary, then each difference, then what the checkpoint says."""
        out = [self.summary()]
        if not self.chain.intact and self.difference_count:
            out.append(msg("{count} record(s) differ from what the audit log says: they were changed outside "
                           "SkillAssess.", count=self.difference_count))
        out += [d.message for d in self.differences]
        if self.difference_count > len(self.differences):
            out.append(msg("… and {count} more.", count=self.difference_count - len(self.differences)))
        cp = self.checkpoint
        if cp is not None and (cp.failed or cp.warning or self.intact) and cp.message not in out:
            out.append(cp.message)
        return out


def _compare_data(
    session: Session, latest: dict[str, tuple[int, str]], keys_out: dict[str, set[tuple[Any, ...]]] | None = None
) -> tuple[int, list[Difference], int]:
    """Each current row of every audited table against the state its latest entry records.

    ``keys_out`` receives the primary key of every record that differs (all of them, not only those listed).
    """
    listed: list[Difference] = []
    count = 0
    checked = 0

    def add(d: Difference) -> None:
        nonlocal count
        count += 1
        if len(listed) < MAX_LISTED:
            listed.append(d)
        if keys_out is not None:
            keys_out.setdefault(d.table, set()).add(tuple(st.key_values(d.key)))

    conn = session.connection()
    for table in st.audited_tables():
        prefix = table.name + "\t"
        pop = latest.pop
        for key, state in st.read_states(conn, table):
            checked += 1
            got = pop(prefix + key, None)
            if got is None:
                add(Difference(table.name, key, NO_ENTRY))
            elif got[1] != state:
                if got[1] == "null":
                    add(Difference(table.name, key, DELETED, entry_id=got[0]))
                    continue
                for field, audited, found in st.state_differences(got[1], state):
                    add(Difference(table.name, key, CHANGED, field, audited, found, got[0]))
    for k, (entry_id, state) in latest.items():
        if state != "null":
            name, _, key = k.partition("\t")
            if st.audited_table(name) is not None:
                add(Difference(name, key, VANISHED, entry_id=entry_id))
    return checked, listed, count


def _note_states(latest: dict[str, tuple[int, str]], entry_id: int, state_json: str) -> None:
    for line in state_json.split("\n"):
        k, _, state = line.rpartition("\t")
        latest[k] = (entry_id, state)


def verify(session: Session, *, data: bool = True, checkpoint: bool = True,
           keys_out: dict[str, set[tuple[Any, ...]]] | None = None) -> AuditReport:
    """Check the whole audit log of the database (reads stored values as they are, even malformed ones).

    The hash chain of every entry; then (``data``) every row of every audited table against the
    state its latest entry records; then (``checkpoint``) the chain against the signed checkpoint
    kept outside the database, which shows newest entries that were removed.
    """
    conn = session.connection()
    scan = _ChainScan(lambda h: _entry_by_hash(session, h))
    latest: dict[str, tuple[int, str]] = {}
    sql = str(_raw_select().order_by(AuditEntry.__table__.c.id).compile(dialect=conn.dialect))
    time_text, sha256, eb = _time_text, hashlib.sha256, json.encoder.encode_basestring
    prev, prev_id, n, first = GENESIS, None, 0, None
    rows = st.fetch_all(conn, sql)
    # The usual case, inline: every entry follows the one before and gives its own hash. The JSON of
    # the hashed fields is written directly (the same text as st.entry_hash_text for well-formed
    # values); any entry that does not match, or holds a value of another type, goes to _ChainScan,
    # which recomputes it the canonical way and names what is wrong.
    for row in rows:
        id_, at, uid, uname, action, etype, eid, before_json, after_json, prev_hash, hash_, state_json = row
        try:
            if type(at) is str and len(at) == 26 and at[10] == " ":
                at = at[:10] + "T" + at[11:]
            else:
                at = time_text(at)
            doc = (f'[{id_},{eb(prev_hash or "")},{eb(at)},{"null" if uid is None else uid},{eb(uname or "")},'
                   f'{eb(action or "")},{eb(etype or "")},{eb(eid or "")},'
                   f'{"null" if before_json is None else eb(before_json)},{"null" if after_json is None else eb(after_json)}]')
            if state_json is not None:
                doc = doc + "\x1e" + state_json
            ok = prev_hash == prev and sha256(doc.encode("utf-8")).hexdigest() == hash_
        except (TypeError, UnicodeEncodeError):
            ok = False
        if not ok:
            scan.n, scan.prev, scan.prev_id, scan.first_hash = n, prev, prev_id, first
            scan.add(*row)
            for rest in rows:
                scan.add(*rest)
                if data and rest[11] is not None:
                    _note_states(latest, rest[0], rest[11])
            if data and state_json is not None:
                _note_states(latest, id_, state_json)
            break
        n += 1
        if first is None:
            first = hash_
        prev, prev_id = hash_, id_
        if data and state_json is not None:
            if "\n" in state_json:
                _note_states(latest, id_, state_json)
            else:
                k, _, state = state_json.rpartition("\t")
                latest[k] = (id_, state)
    else:
        scan.n, scan.prev, scan.prev_id, scan.first_hash = n, prev, prev_id, first
    chain = scan.report()
    records, listed, count = _compare_data(session, latest, keys_out) if data else (0, [], 0)
    check = None
    if checkpoint:
        from skillassess.services import checkpoint as cp

        check = cp.check(session, chain)
    return AuditReport(chain, records, tuple(listed), count, check)


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
