"""Table models over queries that fetch rows a page at a time (lists may reach 100,000 rows)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """A column: its translated header and how to show a row in it."""

    header: str
    display: Callable[[RowT], Any]
    align_right: bool = False
    left_to_right: bool = False  # codes and serial numbers stay left to right in Arabic


_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_USER = Qt.ItemDataRole.UserRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class PagedTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows fetched on demand with ``fetchMore``; ``reload`` replaces them with a model reset.

    With ``count`` None the model never counts: each page asks one row more than it shows to know
    whether there are more (a search as you type must not count its matches on every keystroke); the
    owner may count elsewhere (on the task pool) and give the number to ``set_total``.
    """

    PAGE_SIZE = 200

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        count: Callable[[], int] | None,
        page: Callable[[int, int], list[RowT]],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._count = count
        self._page = page
        self._rows: list[RowT] = []
        self._total: int | None = 0
        self._more = False  # without a count: whether the last page found more rows beyond it

    # Qt API -------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks several roles per cell on every repaint (a keystroke in a search repaints the
        # table): the roles answered are picked out first, before any call back into Qt.
        if role == _DISPLAY:
            if not index.isValid():
                return None
            col = self._columns[index.column()]
            value = col.display(self._rows[index.row()])
            if col.left_to_right and value:
                return "\u2066" + str(value) + "\u2069"  # left-to-right isolate
            return value
        if role == _ALIGNMENT:
            if index.isValid() and self._columns[index.column()].align_right:
                return _RIGHT
            return None
        if role == _USER and index.isValid():
            return self._rows[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid():
            return False
        if self._count is None:
            return self._more
        return len(self._rows) < (self._total or 0)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        more = self._next_page(len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # Ours ---------------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """How many rows the query has (not only those fetched); without a count, those known so far."""
        return len(self._rows) if self._total is None else self._total

    @property
    def total_known(self) -> bool:
        return self._total is not None

    def set_total(self, total: int) -> None:
        """The count made elsewhere for the rows shown now."""
        self._total = max(total, len(self._rows))

    def row(self, n: int) -> RowT:
        return self._rows[n]

    def _next_page(self, offset: int) -> list[RowT]:
        if self._count is not None:
            return self._page(offset, self.PAGE_SIZE)
        rows = self._page(offset, self.PAGE_SIZE + 1)
        self._more = len(rows) > self.PAGE_SIZE
        if not self._more:
            self._total = offset + len(rows)
        return rows[: self.PAGE_SIZE]

    def reload(self) -> None:
        """Run the query again from the first page."""
        self.beginResetModel()
        if self._count is None:
            self._total = None
            self._rows = self._next_page(0)
        else:
            self._total = self._count()
            self._rows = self._page(0, self.PAGE_SIZE) if self._total else []
        self.endResetModel()


def record_table(
    model: QAbstractTableModel,
    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
) -> QTableView:
    """A read-only table of records, a whole row per selection, as every list page shows them."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table
