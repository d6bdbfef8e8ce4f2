"""The audited state of table rows: one canonical text per row, the same when written and when checked.

Every entry of the audit log that changed rows carries, besides its human before/after, the
complete new state of each row it changed (``audit_entry.state_json``), in this line format::

    <table>\\t<primary key as a JSON array>\\t<row as a JSON object, or null when deleted>\\n...

JSON never holds a raw tab or newline (it escapes them), so a line splits on its last tab and on
newlines without parsing JSON, which keeps checking a million entries fast. The row object holds
every column of the row in table order, as the database driver returns it, with booleans as
true/false, times as text and binary values (photos, logos, password hashes) as
``"sha256:<hex>"``; nothing secret is stored, yet any change to them shows.

Which tables are audited: every table of the model except those marked
``__table__.info["audited"] = False`` (the audit log itself, counters and content-addressed
blobs). Columns marked ``info={"audited": False}`` (sign-in failure counters) are left out.
The hash of the chain (:func:`entry_hash`) covers the state text, so it cannot be changed either.

This module has no dependency above the models: services write and check states with it, and
migrations use it to record the state of an upgraded database as the first audited state.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, LargeBinary, Table, select, tuple_, type_coerce
from sqlalchemy.types import NullType

from skillassess.core.models import Base

GENESIS = "0" * 64

# json.dumps with these options builds a new encoder at every call; the C encoder behind it, called
# directly, gives the same text in half the time (checking a million entries encodes a million).


def _unknown(value: Any) -> str:
    # Only a value edited into the database by hand can be of another type: it gives a text that
    # no hash matches, so the entry is reported as changed instead of stopping the check.
    return f"<{type(value).__name__}>"


_make_encoder = getattr(json.encoder, "c_make_encoder", None)
_C_ENCODER = (
    _make_encoder(None, _unknown, json.encoder.encode_basestring, None, ":", ",", False, False, True)
    if _make_encoder is not None
    else None
)


def encode(value: Any) -> str:
    """Compact JSON (UTF-8 text, not ASCII-escaped, no spaces), as json.dumps(separators=(",", ":"))."""
    if _C_ENCODER is not None:
        return "".join(_C_ENCODER(value, 0))
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_unknown)


# The largest number of keys in one IN list (SQLite allows 32,766 parameters).
CHUNK = 500


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
    state_json: str | None = None,
) -> str:
    """SHA-256 over the previous hash and every field of the entry (its id too), in a fixed order.

    Entries written before rows' states were recorded have no state: their hash is unchanged.
    """
    return entry_hash_text(
        entry_id,
        prev_hash,
        _canonical_time(at),
        user_id,
        username,
        action,
        entity_type,
        entity_id,
        before_json,
        after_json,
        state_json,
    )


def entry_hash_text(
    entry_id: int,
    prev_hash: str,
    at_text: str,
    user_id: int | None,
    username: str,
    action: str,
    entity_type: str,
    entity_id: str,
    before_json: str | None,
    after_json: str | None,
    state_json: str | None,
) -> str:
    """:func:`entry_hash` with the time already in its canonical text (the checking loop's fast path).

    Hashed: the JSON array of the ten fields (compact, UTF-8); for an entry with a state, followed
    by the character U+001E and the state text (JSON never holds that character raw, so the two
    parts cannot be confused).
    """
    doc = encode(
        [entry_id, prev_hash, at_text, user_id, username, action, entity_type, entity_id, before_json, after_json]
    )
    if state_json is not None:
        doc = doc + "\x1e" + state_json
    return hashlib.sha256(doc.encode("utf-8")).hexdigest()


# --- Which tables and columns ---------------------------------------------------------------------


def is_audited(table: Any) -> bool:
    return isinstance(table, Table) and table.info.get("audited", True) and table.name in Base.metadata.tables


@functools.cache
def audited_tables() -> tuple[Table, ...]:
    """The audited tables, parents before children."""
    return tuple(t for t in Base.metadata.sorted_tables if is_audited(t))


@functools.cache
def audited_table(name: str) -> Table | None:
    table = Base.metadata.tables.get(name)
    return table if table is not None and is_audited(table) else None


def audited_columns(table: Table) -> list[Any]:
    return [c for c in table.columns if c.info.get("audited", True)]


def _as_bool(v: Any) -> Any:
    return v if v is None or isinstance(v, bool) else bool(v)


def _as_time(v: Any) -> Any:
    if isinstance(v, dt.datetime):
        if v.tzinfo is not None:
            v = v.astimezone(dt.UTC).replace(tzinfo=None)
        return v.isoformat(sep=" ", timespec="microseconds")
    return v


def _as_date(v: Any) -> Any:
    return v.isoformat() if isinstance(v, dt.date) else v


def _as_digest(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, str):
        v = v.encode("utf-8")
    return "sha256:" + hashlib.sha256(bytes(v)).hexdigest()


def _converter(column: Any) -> Callable[[Any], Any] | None:
    if column.name == "password_hash" or isinstance(column.type, LargeBinary):
        return _as_digest
    if isinstance(column.type, Boolean):
        return _as_bool
    if isinstance(column.type, DateTime):
        return _as_time
    if isinstance(column.type, Date):
        return _as_date
    return None


class TableShape:
    """How rows of one table are read raw and written as state text."""

    def __init__(self, table: Table, only: set[str] | None = None) -> None:
        """``only``: the columns the database has (a migration reads a table as it was then)."""
        self.table = table
        self.name = table.name
        self.columns = [c for c in audited_columns(table) if only is None or c.name in only]
        self.names = [c.name for c in self.columns]
        self.pk = list(table.primary_key.columns)
        self.pk_positions = [self.columns.index(c) for c in self.pk]
        self.converters = [(i, f) for i, c in enumerate(self.columns) if (f := _converter(c)) is not None]
        self.single_int_pk = len(self.pk) == 1 and self.pk[0].type.python_type is int
        self._select: Any = None

    def select(self) -> Any:
        # Raw driver values (no result processing): the same on writing and on checking, and fast.
        # Built once: statements are immutable, and each save of the grid reads a row with it.
        if self._select is None:
            self._select = select(*[type_coerce(c, NullType()).label(c.name) for c in self.columns]).select_from(
                self.table
            )
        return self._select

    def key_text(self, pk_values: Sequence[Any]) -> str:
        values = [v.value if isinstance(v, Enum) else v for v in pk_values]
        if self.single_int_pk:
            return f"[{int(values[0])}]"
        return encode(values)

    def row_text(self, row: Sequence[Any]) -> tuple[str, str]:
        """(key text, state text) of one raw row."""
        values = list(row)
        for i, f in self.converters:
            values[i] = f(values[i])
        if self.single_int_pk:
            key = f"[{values[self.pk_positions[0]]}]"
        else:
            key = encode([values[i] for i in self.pk_positions])
        return key, encode(dict(zip(self.names, values, strict=True)))

    def sql(self, dialect: Any) -> str:
        """The SELECT of every row as SQL text for ``dialect`` (read with a plain DB-API cursor)."""
        return str(self.select().compile(dialect=dialect))


@functools.cache
def shape(name: str) -> TableShape:
    table = Base.metadata.tables[name]
    return TableShape(table)


def fetch_all(conn: Any, sql: str, size: int = 5000) -> Iterator[Sequence[Any]]:
    """Every row of a parameterless SELECT, through a plain DB-API cursor (no per-row overhead)."""
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql)
        while True:
            rows = cursor.fetchmany(size)
            if not rows:
                return
            yield from rows
    finally:
        cursor.close()


def read_states(conn: Any, table: Table, keys: Iterable[Sequence[Any]] | None = None) -> Iterator[tuple[str, str]]:
    """(key text, state text) of the rows of ``table`` (all of them, or those with primary key in ``keys``).

    ``conn`` is a Session or a Connection.
    """
    sh = shape(table.name)
    stmt = sh.select()
    if keys is None:
        connection = conn.connection() if callable(getattr(conn, "connection", None)) else conn
        row_text = sh.row_text
        for row in fetch_all(connection, sh.sql(connection.dialect)):
            yield row_text(row)
        return
    wanted = list(keys)
    for i in range(0, len(wanted), CHUNK):
        part = wanted[i : i + CHUNK]
        where = sh.pk[0].in_([k[0] for k in part]) if len(sh.pk) == 1 else tuple_(*sh.pk).in_([tuple(k) for k in part])
        for row in conn.execute(stmt.where(where)):
            yield sh.row_text(row)


def state_lines(conn: Any, touched: dict[str, set[tuple[Any, ...]]]) -> str | None:
    """The state text of the ``touched`` rows as they are now (a row no longer there is recorded deleted)."""
    lines: list[str] = []
    for table in audited_tables():
        keys = touched.get(table.name)
        if not keys:
            continue
        sh = shape(table.name)
        found = dict(read_states(conn, table, keys))
        for k in keys:
            kt = sh.key_text(k)
            if kt not in found:
                found[kt] = "null"
        for kt in sorted(found):
            lines.append(f"{table.name}\t{kt}\t{found[kt]}")
    return "\n".join(lines) if lines else None


def parse_state_lines(text: str | None) -> Iterator[tuple[str, str, str]]:
    """(table, key text, state text) of each line of an entry's state."""
    if not text:
        return
    for line in text.split("\n"):
        head, _, state = line.rpartition("\t")
        table, _, key = head.partition("\t")
        yield table, key, state


def find_row_state(text: str | None, table: str, key_text: str) -> str | None:
    """The state text one entry records for one row, or None when it does not record that row."""
    if not text:
        return None
    needle = f"{table}\t{key_text}\t"
    start = 0
    while True:
        at = text.find(needle, start)
        if at < 0:
            return None
        if at == 0 or text[at - 1] == "\n":
            end = text.find("\n", at)
            return text[at + len(needle) : end if end >= 0 else len(text)]
        start = at + 1


def state_differences(audited: str, found: str) -> list[tuple[str, Any, Any]]:
    """(field, audited value, found value) for each column that differs between two state texts.

    Columns present on one side only (added or dropped by a later version's migration) are not
    compared: they were not audited, or no longer exist.
    """
    a = json.loads(audited)
    f = json.loads(found)
    if a is None or f is None:
        return [("", a, f)]
    return [(k, a[k], f[k]) for k in a if k in f and a[k] != f[k]]


def key_values(key_text: str) -> list[Any]:
    value = json.loads(key_text)
    return value if isinstance(value, list) else [value]


def describe_key(table: str, key_text: str) -> str:
    """The record as people read it: ``id 17`` or ``assessment_id 54, criterion_id 12``."""
    try:
        sh = shape(table)
        values = key_values(key_text)
        return ", ".join(f"{c.name} {v}" for c, v in zip(sh.pk, values, strict=False))
    except (KeyError, ValueError):
        return key_text
