"""Many rows inserted with their values converted beforehand: the write transaction only writes.

SQLAlchemy converts each value for the database (dates and times to SQLite's text, enumerations
to their values) as it executes a statement. For 50,000 candidates and 75,000 audit entries that
is seconds of Python, and it would happen while the import holds the write lock. ``BulkRows``
applies the very same conversions (the column types' own bind processors) when the rows are
prepared, before the transaction; ``insert`` then hands the ready tuples to the driver in one
``executemany``. Used on SQLite only (its driver takes ``?`` parameters); elsewhere ``insert``
goes through SQLAlchemy as usual.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Dialect, Table, bindparam, insert
from sqlalchemy.orm import Session


class BulkRows:
    """Rows for ``table`` (without their ids), converted for ``dialect`` as they are added."""

    def __init__(self, table: Table, columns: Sequence[str], dialect: Dialect) -> None:
        self.table = table
        wanted = set(columns)
        # In the table's order, as the compiled INSERT lists them; the id (first column) is given at insert.
        self.columns = [c.key for c in table.columns if c.key in wanted and c.key != "id"]
        assert table.columns.keys()[0] == "id" and len(self.columns) == len(wanted - {"id"})
        self.fast = dialect.name == "sqlite"
        self.values: list[dict[str, Any]] = []  # as given, for the general path
        self.rows: list[tuple[Any, ...]] = []  # converted, for the fast path
        processors = [table.c[k].type.dialect_impl(dialect).bind_processor(dialect) for k in self.columns]
        self._processors = [(i, p) for i, p in enumerate(processors) if p is not None]

    def add(self, values: dict[str, Any]) -> None:
        if not self.fast:
            self.values.append(values)
            return
        row = [values.get(k) for k in self.columns]
        for i, process in self._processors:
            row[i] = process(row[i])
        self.rows.append(tuple(row))

    def __len__(self) -> int:
        return len(self.rows) if self.fast else len(self.values)

    def insert(self, session: Session, ids: Sequence[int], late: dict[str, Sequence[Any]] | None = None) -> None:
        """Insert every row with the id of the same position in ``ids``.

        ``late`` gives columns known only now (a parent's new id), one value per row; they must be
        columns without conversion (integers).
        """
        late = late or {}
        if not self.fast:
            rows = [{**v, "id": i} for v, i in zip(self.values, ids, strict=True)]
            for key, values in late.items():
                for row, value in zip(rows, values, strict=True):
                    row[key] = value
            session.execute(insert(self.table), rows)
            return
        tuples = self.rows
        for key, values in late.items():
            at = self.columns.index(key)
            tuples = [(*row[:at], value, *row[at + 1 :]) for row, value in zip(tuples, values, strict=True)]
        names = ["id", *self.columns]
        stmt = insert(self.table).values({k: bindparam(k) for k in names})
        compiled = stmt.compile(dialect=session.get_bind().dialect)
        assert compiled.positiontup == names, compiled.positiontup  # SQLite's parameters are "?", in this order
        sql = str(compiled)
        session.connection().exec_driver_sql(sql, [(i, *row) for i, row in zip(ids, tuples, strict=True)])
