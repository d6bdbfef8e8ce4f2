"""``audit verify``: the hash chain, every audited row against the state its latest entry records, and the
chain against its signed checkpoint."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from skillassess.core import audit_state as st
from skillassess.core.audit_state import GENESIS
from skillassess.core.messages import Message, msg
from skillassess.core.models import AuditEntry
from skillassess.services.audit_chain import ChainReport, ChainScan, entry_by_hash, raw_select, time_text

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
            return msg(
                "{table} ({record}), {field}: the audit log (entry {entry}) says {audited}, the database holds {found}.",
                table=self.table,
                record=self.record,
                field=self.field,
                entry=self.entry_id,
                audited=show(self.audited),
                found=show(self.found),
            )
        if self.problem == NO_ENTRY:
            return msg(
                "{table} ({record}): no audit entry records this record; it was added outside SkillAssess.",
                table=self.table,
                record=self.record,
            )
        if self.problem == VANISHED:
            return msg(
                "{table} ({record}): the audit log (entry {entry}) records it, but it is no longer in the "
                "database; it was deleted outside SkillAssess.",
                table=self.table,
                record=self.record,
                entry=self.entry_id,
            )
        return msg(
            "{table} ({record}): the audit log (entry {entry}) records its deletion, but it is in the database.",
            table=self.table,
            record=self.record,
            entry=self.entry_id,
        )


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
            return msg(
                "{count} record(s) differ from what the audit log says: they were changed outside SkillAssess.",
                count=self.difference_count,
            )
        if not self.checkpoint_ok:
            message: Message = self.checkpoint.message
            return message
        return msg(
            "The audit log is intact: {count} entries checked, and {records} records match it.",
            count=c.checked,
            records=self.records_checked,
        )

    @property
    def message(self) -> str:
        return self.summary().render()

    def messages(self) -> list[Message]:
        """Every sentence: the summary, then each difference, then what the checkpoint says."""
        out = [self.summary()]
        if not self.chain.intact and self.difference_count:
            out.append(
                msg(
                    "{count} record(s) differ from what the audit log says: they were changed outside SkillAssess.",
                    count=self.difference_count,
                )
            )
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


def verify(
    session: Session,
    *,
    data: bool = True,
    checkpoint: bool = True,
    keys_out: dict[str, set[tuple[Any, ...]]] | None = None,
) -> AuditReport:
    """Check the whole audit log of the database (reads stored values as they are, even malformed ones).

    The hash chain of every entry; then (``data``) every row of every audited table against the
    state its latest entry records; then (``checkpoint``) the chain against the signed checkpoint
    kept outside the database, which shows newest entries that were removed.
    """
    conn = session.connection()
    scan = ChainScan(lambda h: entry_by_hash(session, h))
    latest: dict[str, tuple[int, str]] = {}
    sql = str(raw_select().order_by(AuditEntry.__table__.c.id).compile(dialect=conn.dialect))
    as_text, sha256, eb = time_text, hashlib.sha256, json.encoder.encode_basestring
    prev, prev_id, n, first = GENESIS, None, 0, None
    rows = st.fetch_all(conn, sql)
    # The usual case, inline: every entry follows the one before and gives its own hash. The JSON of
    # the hashed fields is written directly (the same text as st.entry_hash_text for well-formed
    # values); any entry that does not match, or holds a value of another type, goes to ChainScan,
    # which recomputes it the canonical way and names what is wrong.
    for row in rows:
        id_, at, uid, uname, action, etype, eid, before_json, after_json, prev_hash, hash_, state_json = row
        try:
            if type(at) is str and len(at) == 26 and at[10] == " ":  # noqa: SIM108 - a ternary types `at` as optional
                at = at[:10] + "T" + at[11:]
            else:
                at = as_text(at)  # None when unreadable: eb() below raises TypeError and the entry goes to ChainScan
            doc = (
                f"[{id_},{eb(prev_hash or '')},{eb(at)},{'null' if uid is None else uid},{eb(uname or '')},"
                f"{eb(action or '')},{eb(etype or '')},{eb(eid or '')},"
                f"{'null' if before_json is None else eb(before_json)},{'null' if after_json is None else eb(after_json)}]"
            )
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
        n += 1  # noqa: SIM113 - the entries that passed: after the loop too, which enumerate() would miscount
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
