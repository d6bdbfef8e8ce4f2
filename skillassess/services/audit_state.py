"""Which rows a transaction changed, so that its audit entries record their complete new state.

Services do not list what they changed: every write through a Session is noticed here, whether
by the ORM (new, changed and deleted objects, at flush) or by an INSERT, UPDATE or DELETE
statement run with ``session.execute`` (the rows it touches are found before it runs). Rows that
the database deletes by itself (ON DELETE CASCADE) are found from the foreign keys before the
parent is deleted. :func:`skillassess.services.audit.record` then writes the rows' state as they
are at that moment (skillassess/core/audit_state.py), and at commit:

- rows changed after the transaction's last entry are recorded in one more entry by the same
  user, about the same record;
- a transaction that changed audited rows but wrote no audit entry is refused (nothing is saved):
  a change that cannot be audited is a defect, and is never written silently.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, event, func, inspect, select, tuple_
from sqlalchemy.orm import ORMExecuteState, Session

from skillassess.core import audit_state as st
from skillassess.core.errors import DomainError
from skillassess.core.messages import msg
from skillassess.core.models import Base

log = logging.getLogger(__name__)

TOUCHED = "skillassess.audit.touched"  # {table name: {primary key tuple}}
NEW_SINCE = "skillassess.audit.new_since"  # {table name: largest id before a bulk insert}
WRITTEN = "skillassess.audit.written"  # [WrittenEntry] of this transaction
UNTRACKED = "skillassess.audit.untracked"  # set by tests that write on purpose behind the log


class UnauditedChange(DomainError):
    """A change to audited tables without an audit entry: refused, never saved."""


@dataclass(frozen=True)
class WrittenEntry:
    id: int
    hash: str
    prev_hash: str
    actor: Any
    entity_type: str
    entity_id: str


def _table_of(obj: Any) -> Table | None:
    table = inspect(obj).mapper.local_table
    return table if st.is_audited(table) else None


def touch(session: Session, table: Table | str, keys: Iterable[tuple[Any, ...]]) -> None:
    """Note rows (by primary key) as changed in this transaction."""
    name = table if isinstance(table, str) else table.name
    bucket = session.info.setdefault(TOUCHED, {}).setdefault(name, set())
    bucket.update(tuple(k) for k in keys)


def pending(session: Session) -> bool:
    return bool(session.info.get(TOUCHED) or session.info.get(NEW_SINCE))


def _pk_values(obj: Any) -> tuple[Any, ...] | None:
    insp = inspect(obj)
    if insp.identity is not None:
        return tuple(insp.identity)
    values = insp.mapper.primary_key_from_instance(obj)
    return None if any(v is None for v in values) else tuple(values)


def _dependents(session: Session, table: Table, keys: list[tuple[Any, ...]], seen: set[tuple[str, Any]]) -> None:
    """Note the rows that point at these rows by a foreign key (the database may delete or change them)."""
    if not keys:
        return
    conn = session.connection()
    pk_cols = list(table.primary_key.columns)
    for child in st.audited_tables():
        for fk in child.foreign_key_constraints:
            if fk.referred_table is not table:
                continue
            referred = [e.column.name for e in fk.elements]
            if referred != [c.name for c in pk_cols]:
                continue  # only keys that refer to the whole primary key (all of ours do)
            child_pk = list(child.primary_key.columns)
            found: list[tuple[Any, ...]] = []
            for i in range(0, len(keys), st.CHUNK):
                part = keys[i : i + st.CHUNK]
                if len(fk.columns) == 1:
                    where = next(iter(fk.columns)).in_([k[0] for k in part])
                else:
                    where = tuple_(*fk.columns).in_(part)
                found.extend(tuple(r) for r in conn.execute(select(*child_pk).where(where)))
            new = [k for k in found if (child.name, k) not in seen]
            seen.update((child.name, k) for k in new)
            if new:
                touch(session, child, new)
                _dependents(session, child, new, seen)


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    if session.info.get(UNTRACKED):
        return
    seen: set[tuple[str, Any]] = set()
    for obj in list(session.deleted):
        table = _table_of(obj)
        key = _pk_values(obj)
        if table is not None and key is not None:
            _dependents(session, table, [key], seen)


def _changed(obj: Any) -> bool:
    """Whether a flushed object changed an audited column (or a reference that sets one)."""
    insp = inspect(obj)
    mapper = insp.mapper
    for prop in mapper.column_attrs:
        if all(c.info.get("audited", True) for c in prop.columns) and insp.attrs[prop.key].history.has_changes():
            return True
    for rel in mapper.relationships:
        if rel.direction.name == "MANYTOONE" and insp.attrs[rel.key].history.has_changes():
            return True
    return False


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _ctx: Any) -> None:
    if session.info.get(UNTRACKED):
        return
    for obj in list(session.new) + list(session.deleted):
        table = _table_of(obj)
        key = _pk_values(obj)
        if table is not None and key is not None:
            touch(session, table, [key])
    for obj in list(session.dirty):
        table = _table_of(obj)
        if table is None or not _changed(obj):
            continue
        key = _pk_values(obj)
        if key is not None:
            touch(session, table, [key])


def _insert_keys(state: ORMExecuteState, table: Table) -> list[tuple[Any, ...]] | None:
    """The primary keys of the rows an INSERT writes, when its parameters give them all."""
    pk = [c.key for c in table.primary_key.columns]
    params: Any = state.parameters
    statement: Any = state.statement
    rows: list[dict[str, Any]]
    if isinstance(params, list):
        rows = [dict(p) for p in params]
    elif params:
        rows = [dict(params)]
    else:
        rows = []
    # insert().values(...): the values given to the statement itself (compiling it would cost more);
    # without them, the keys are found after the insert, by id.
    compiled: dict[str, Any] = {}
    for col, value in (getattr(statement, "_values", None) or {}).items():
        compiled[getattr(col, "key", col)] = getattr(value, "value", value)
    if not rows:
        rows = [{}]
    keys = []
    for r in rows:
        values = {**compiled, **r}
        if any(values.get(k) is None for k in pk):
            return None
        keys.append(tuple(values[k] for k in pk))
    return keys


@event.listens_for(Session, "do_orm_execute")
def _on_execute(state: ORMExecuteState) -> None:
    session = state.session
    if session.info.get(UNTRACKED) or not (state.is_insert or state.is_update or state.is_delete):
        return
    target = getattr(state.statement, "table", None)
    table = Base.metadata.tables.get(getattr(target, "name", ""))
    if table is None or not st.is_audited(table):
        return
    conn = session.connection()
    pk = list(table.primary_key.columns)
    if state.is_insert:
        keys = _insert_keys(state, table)
        if keys is not None:
            touch(session, table, keys)
        elif len(pk) == 1:
            since = session.info.setdefault(NEW_SINCE, {})
            if table.name not in since:
                since[table.name] = int(conn.execute(select(func.coalesce(func.max(pk[0]), 0))).scalar_one())
        else:
            raise UnauditedChange(
                msg("A change to {table} could not be followed for the audit log; nothing was saved.", table=table.name)
            )
        return
    statement: Any = state.statement
    where = statement.whereclause
    stmt = select(*pk).select_from(table)
    if where is not None:
        stmt = stmt.where(where)
    keys = [tuple(r) for r in conn.execute(stmt)]
    touch(session, table, keys)
    if state.is_delete:
        _dependents(session, table, keys, set())


def take_touched(session: Session) -> dict[str, set[tuple[Any, ...]]]:
    """The primary keys of every row changed since the last entry, by table (and forget them)."""
    touched: dict[str, set[tuple[Any, ...]]] = session.info.pop(TOUCHED, None) or {}
    since: dict[str, int] = session.info.pop(NEW_SINCE, None) or {}
    if since:
        conn = session.connection()
        for name, last in since.items():
            table = Base.metadata.tables[name]
            pk = next(iter(table.primary_key.columns))
            touched.setdefault(name, set()).update((r[0],) for r in conn.execute(select(pk).where(pk > last)))
    return touched


def drain(session: Session) -> str | None:
    """The state text of every row changed since the last entry (and forget them): for ``record``."""
    touched = take_touched(session)
    if not touched:
        return None
    return st.state_lines(session.connection(), touched)


def written(
    session: Session, entry_id: int, entry_hash: str, prev_hash: str, actor: Any, entity_type: str, entity_id: str
) -> None:
    session.info.setdefault(WRITTEN, []).append(
        WrittenEntry(entry_id, entry_hash, prev_hash, actor, entity_type, entity_id)
    )


def _forget(session: Session) -> None:
    for key in (TOUCHED, NEW_SINCE, WRITTEN):
        session.info.pop(key, None)


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    session.flush()
    if pending(session) and not session.info.get(UNTRACKED):
        entries: list[WrittenEntry] = session.info.get(WRITTEN) or []
        if not entries:
            tables = sorted(set(session.info.get(TOUCHED, {})) | set(session.info.get(NEW_SINCE, {})))
            _forget(session)
            raise UnauditedChange(
                msg(
                    "A change to {tables} was not recorded in the audit log, so it was not saved. "
                    "This is a defect of SkillAssess: please report it.",
                    tables=", ".join(tables),
                )
            )
        from skillassess.core.enums import AuditAction
        from skillassess.services.audit import record

        last = entries[-1]
        record(session, last.actor, AuditAction.UPDATE, last.entity_type, last.entity_id)
    if session.info.get(WRITTEN):
        from skillassess.services import checkpoint

        checkpoint.prepare(session)


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    _forget(session)
    from skillassess.services import checkpoint

    checkpoint.write_prepared(session)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    _forget(session)
    session.info.pop("skillassess.checkpoint.pending", None)


# --- Reading the audited state of one row (certificate and key checks) -----------------------------


def audited_state(
    session: Session, table: str, row_id: int, entity_type: str, entity_id: str
) -> tuple[int, str] | None:
    """(entry id, state text) of the newest intact entry that records this row, or None.

    Looks at the entries about the record (by entity type and id, newest first), then at the
    baseline entries written when an older database was upgraded.
    """
    from skillassess.core.models import AuditEntry
    from skillassess.services.audit_chain import raw_entries, recomputed_hash

    key = st.shape(table).key_text([row_id])
    t = AuditEntry.__table__
    for where in (
        (t.c.entity_type == entity_type) & (t.c.entity_id == entity_id),
        (t.c.entity_type == BASELINE) & (t.c.entity_id == table),
    ):
        for e in raw_entries(session, where, newest_first=True):
            found = st.find_row_state(e.state_json, table, key)
            if found is not None:
                if recomputed_hash(e) != e.hash:
                    return None  # the entry itself was changed: it vouches for nothing
                return e.id, found
    return None


def row_problem(session: Session, table: str, row_id: int, entity_type: str, entity_id: str) -> str | None:
    """None when the row equals its audited state; else what differs, in English (for logs and tests)."""
    audited = audited_state(session, table, row_id, entity_type, entity_id)
    current = dict(st.read_states(session, st.shape(table).table, [(row_id,)]))
    key = st.shape(table).key_text([row_id])
    if audited is None:
        return "no audit entry records it"
    found = current.get(key)
    if found is None:
        return "it was deleted"
    if audited[1] == found:
        return None
    diffs = st.state_differences(audited[1], found)
    if not diffs:
        return None
    return "; ".join(
        f"{f}: audited {json.dumps(a, ensure_ascii=False)}, found {json.dumps(b, ensure_ascii=False)}"
        for f, a, b in diffs
    )


BASELINE = "audit_baseline"
"""Entity type of the entries that record the state of every row of an upgraded database."""
