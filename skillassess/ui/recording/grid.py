"""The criteria grid: rows are a unit's criteria grouped by element, columns the candidates.

Each cell is S (Satisfactory), N (Not yet satisfactory) or blank. A change is handed to ``saver``
(which runs the service in its own transaction); the cell shows the new value only after the
saver returned without error, i.e. after the commit. There is no Save button.

A change that could not be saved (the database busy for longer than it waits, a locked result)
is shown as not saved: the cell keeps the value typed, marked with "!" in bold red on an orange
background, and its tooltip says why in one sentence. Typing the value again retries; a later
successful save of the cell clears the mark.

The criteria are the view's vertical header (``CriterionHeader``: number and wrapped text, element rows
in grey), so they stay in place while the candidate columns scroll, in either direction of writing.
A cell the user may not change (a verifier's view, a submitted result) ignores keys and clicks; the
view says so with ``read_only`` instead of asking the service to refuse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from skillassess.core.enums import AssessmentStatus, Judgement
from skillassess.core.evidence_basis import CriterionBasis
from skillassess.core.records import CriterionLine
from skillassess.services.recording.judging import CellChangedError
from skillassess.services.recording.sessions import GridColumn, SessionGrid
from skillassess.ui.i18n import number
from skillassess.ui.labels import label
from skillassess.ui.recording.basis_marks import basis_icon, basis_tooltip

Index = QModelIndex | QPersistentModelIndex
# Saves one cell; raises (a DomainError) when it cannot. What it returns is the owner's business.
# (assessment id, criterion id, new value, the value the cell showed: a save over someone else's change is refused)
Saver = Callable[[int, int, Judgement | None, Judgement | None], object]

SATISFACTORY_BG = QColor("#c8e6c9")
NOT_YET_BG = QColor("#ffcdd2")
ELEMENT_BG = QColor("#e6e6e6")
LOCKED_FG = QColor("#777777")
FRAME = QColor("#1565c0")
UNSAVED_BG = QColor("#ffe0b2")
UNSAVED_FG = QColor("#b00020")
CYCLE: list[Judgement | None] = [None, Judgement.SATISFACTORY, Judgement.NOT_YET_SATISFACTORY]
# A cell's CriterionBasis (the evidence mapped to the criterion and the self-assessment answer), or None.
BASIS_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class _ElementRow:
    position: int
    title: str


class AssessmentGridTableModel(QAbstractTableModel):
    """Column 0: the criterion; columns 1..n: one per candidate's assessment."""

    COL_CRITERION = 0

    # (assessment_id, criterion number, value or None) after a committed change
    cell_saved = Signal(int, str, object)
    # the error of a change that was not saved
    save_failed = Signal(object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_ElementRow | CriterionLine] = []
        self._columns: list[GridColumn] = []
        self._cells: dict[tuple[int, int], Judgement] = {}
        self._basis: dict[tuple[int, int], CriterionBasis] = {}
        self._editable: set[int] = set()
        # (assessment_id, criterion_id) → (the value typed, why it was not saved)
        self._unsaved: dict[tuple[int, int], tuple[Judgement | None, str]] = {}
        self.saver: Saver | None = None
        # The sentence shown for an error (set by the owner: it knows the user's language).
        self.explain: Callable[[BaseException], str] = str

    # Ours ---------------------------------------------------------------------------------------
    def set_grid(
        self, grid: SessionGrid | None, columns: list[GridColumn] | None = None, editable: set[int] | None = None
    ) -> None:
        """Show ``grid`` (only ``columns`` of it when given); ``editable`` names assessments the user may change."""
        self.beginResetModel()
        self._rows = []
        self._columns = []
        self._cells = {}
        self._basis = {}
        self._unsaved = {}
        if grid is not None:
            element = None
            for c in grid.criteria:
                if c.element_id != element:
                    element = c.element_id
                    self._rows.append(_ElementRow(c.element_position, c.element_title))
                self._rows.append(c)
            self._columns = list(grid.columns if columns is None else columns)
            self._cells = dict(grid.cells)
            self._basis = dict(grid.basis)
        self._editable = set(editable or ())
        self.endResetModel()

    def refresh(
        self, grid: SessionGrid, columns: list[GridColumn] | None = None, editable: set[int] | None = None
    ) -> bool:
        """Take new statuses and cells for the same columns without a reset (the cursor stays).

        Returns False, changing nothing, when the columns differ: then call ``set_grid``.
        """
        new = list(grid.columns if columns is None else columns)
        if [c.assessment_id for c in new] != [c.assessment_id for c in self._columns] or not self._rows:
            return False
        self._columns = new
        self._cells = dict(grid.cells)
        self._basis = dict(grid.basis)
        # A cell not saved stays marked unless what is stored now is what was typed.
        self._unsaved = {k: v for k, v in self._unsaved.items() if self._cells.get(k) != v[0]}
        self._editable = set(editable or ())
        if new:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, len(new))
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, len(new)))
        return True

    def is_element_row(self, row: int) -> bool:
        return isinstance(self._rows[row], _ElementRow)

    def element_rows(self) -> list[int]:
        return [n for n, r in enumerate(self._rows) if isinstance(r, _ElementRow)]

    def criterion_at(self, row: int) -> CriterionLine | None:
        r = self._rows[row] if 0 <= row < len(self._rows) else None
        return r if isinstance(r, CriterionLine) else None

    def column_at(self, column: int) -> GridColumn | None:
        return self._columns[column - 1] if 1 <= column <= len(self._columns) else None

    def column_of(self, assessment_id: int) -> int:
        for n, c in enumerate(self._columns):
            if c.assessment_id == assessment_id:
                return n + 1
        return -1

    def value(self, row: int, column: int) -> Judgement | None:
        crit, col = self.criterion_at(row), self.column_at(column)
        if crit is None or col is None:
            return None
        return self._cells.get((col.assessment_id, crit.criterion_id))

    def is_editable(self, column: int) -> bool:
        col = self.column_at(column)
        return col is not None and col.assessment_id in self._editable

    def set_value(self, row: int, column: int, value: Judgement | None) -> bool:
        """Save one cell through ``saver``; the cell changes only once the save committed."""
        crit, col = self.criterion_at(row), self.column_at(column)
        if crit is None or col is None or self.saver is None:
            return False
        key = (col.assessment_id, crit.criterion_id)
        if self._cells.get(key) == value and key not in self._unsaved:
            return True
        idx = self.index(row, column)
        try:
            self.saver(col.assessment_id, crit.criterion_id, value, self._cells.get(key))
        except Exception as exc:  # noqa: BLE001 - the cell shows the value typed as not saved; the owner says why
            if isinstance(exc, CellChangedError):  # someone else saved this cell meanwhile: remember what is stored now
                if exc.now is None:
                    self._cells.pop(key, None)
                else:
                    self._cells[key] = exc.now
            self._unsaved[key] = (value, self.explain(exc))
            self.dataChanged.emit(idx, idx)
            self.save_failed.emit(exc)
            return False
        self._unsaved.pop(key, None)
        if value is None:
            self._cells.pop(key, None)
        else:
            self._cells[key] = value
        self.dataChanged.emit(idx, idx)
        self.cell_saved.emit(col.assessment_id, crit.number, value)
        return True

    def cycle(self, row: int, column: int) -> bool:
        """Blank → S → N → blank (what a mouse click does)."""
        current = self.value(row, column)
        return self.set_value(row, column, CYCLE[(CYCLE.index(current) + 1) % len(CYCLE)])

    def unsaved(self, row: int, column: int) -> tuple[Judgement | None, str] | None:
        """(value typed, why) for a cell whose change was not saved; None when what it shows is stored."""
        crit, col = self.criterion_at(row), self.column_at(column)
        if crit is None or col is None:
            return None
        return self._unsaved.get((col.assessment_id, crit.criterion_id))

    def unsaved_cells(self) -> dict[tuple[int, int], tuple[Judgement | None, str]]:
        """Every cell not saved: (assessment_id, criterion_id) → (value typed, why)."""
        return dict(self._unsaved)

    def basis(self, row: int, column: int) -> CriterionBasis | None:
        """What the cell's judgement can rest on (RPL): evidence mapped and the self-assessment answer."""
        crit, col = self.criterion_at(row), self.column_at(column)
        if crit is None or col is None:
            return None
        return self._basis.get((col.assessment_id, crit.criterion_id))

    def results_of(self, assessment_id: int) -> dict[int, Judgement]:
        return {cid: v for (aid, cid), v in self._cells.items() if aid == assessment_id}

    def criteria(self) -> list[CriterionLine]:
        return [r for r in self._rows if isinstance(r, CriterionLine)]

    # Qt API -------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1 + len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Element rows and the criterion column are not enabled, so the keyboard cursor (arrows,
        # Tab) only visits the cells; their text keeps the normal colour (ForegroundRole).
        if not index.isValid() or self.is_element_row(index.row()) or index.column() == self.COL_CRITERION:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if isinstance(row, _ElementRow):
            if role == Qt.ItemDataRole.DisplayRole and col == 0:
                return self.tr("Element %1: %2").replace("%1", number(row.position)).replace("%2", row.title)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(ELEMENT_BG)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QGuiApplication.palette().text()
            if role == Qt.ItemDataRole.FontRole:
                f = QFont()
                f.setBold(True)
                return f
            return None
        if col == self.COL_CRITERION:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"\u2066{row.number}\u2069  {row.text}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.text
            if role == Qt.ItemDataRole.ForegroundRole:
                return QGuiApplication.palette().text()
            return None
        unsaved = self.unsaved(index.row(), col)
        if unsaved is not None:
            return self._unsaved_data(unsaved, role)
        value = self.value(index.row(), col)
        if role == Qt.ItemDataRole.DisplayRole:
            if value == Judgement.SATISFACTORY:
                return self.tr("S", "Satisfactory, in a grid cell")
            if value == Judgement.NOT_YET_SATISFACTORY:
                return self.tr("N", "Not yet satisfactory, in a grid cell")
            return ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if value == Judgement.SATISFACTORY:
                return QBrush(SATISFACTORY_BG)
            if value == Judgement.NOT_YET_SATISFACTORY:
                return QBrush(NOT_YET_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not self.is_editable(col):
            return QBrush(LOCKED_FG)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            shown = label(value) if value else self.tr("Not assessed")
            basis = self.basis(index.row(), col)
            return shown if basis is None else shown + "\n" + basis_tooltip(basis)
        if role == Qt.ItemDataRole.DecorationRole:
            basis = self.basis(index.row(), col)
            return None if basis is None else basis_icon(basis)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == BASIS_ROLE:
            return self.basis(index.row(), col)
        return None

    def _unsaved_data(self, unsaved: tuple[Judgement | None, str], role: int) -> Any:
        value, why = unsaved
        if role == Qt.ItemDataRole.DisplayRole:
            if value == Judgement.SATISFACTORY:
                return self.tr("S!", "Satisfactory typed but not saved, in a grid cell")
            if value == Judgement.NOT_YET_SATISFACTORY:
                return self.tr("N!", "Not yet satisfactory typed but not saved, in a grid cell")
            return "!"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(UNSAVED_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(UNSAVED_FG)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self.tr("Not saved: %1 Type the value again to retry.").replace("%1", why)
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return self._row_header(section, role)
        if section == 0:
            return self.tr("Performance criterion") if role == Qt.ItemDataRole.DisplayRole else None
        col = self.column_at(section)
        if col is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"\u2066{col.registration_number}\u2069\n{col.candidate_name}"
            if col.attempt > 1:
                text += "\n" + self.tr("attempt %1").replace("%1", number(col.attempt))
            if col.status != AssessmentStatus.DRAFT:
                text += "\n" + label(col.status)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("%1, attempt %2: %3")
                .replace("%1", col.candidate_name)
                .replace("%2", number(col.attempt))
                .replace("%3", label(col.status))
            )
        return None

    def _row_header(self, row: int, role: int) -> Any:
        """The criterion (or element) of a row, for the vertical header that stays while columns scroll."""
        if not 0 <= row < len(self._rows):
            return None
        r = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            # The texts are isolated (FSI … PDI): an English criterion in the Arabic interface keeps its full
            # stop at its end, an Arabic one in the English interface reads right to left.
            if isinstance(r, _ElementRow):
                return self.tr("Element %1: %2").replace("%1", str(r.position)).replace("%2", f"\u2068{r.title}\u2069")
            return f"\u2066{r.number}\u2069  \u2068{r.text}\u2069"
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.title if isinstance(r, _ElementRow) else f"{r.number} {r.text}"
        return None


class CriterionHeader(QHeaderView):
    """The vertical header of the grid: each row's criterion number and text, wrapped to the header's width.

    Element rows are grey and bold, the current row is marked, and the header keeps its place when the
    candidate columns scroll (also when the grid opens on the last candidate).
    """

    PADDING = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setSectionsClickable(False)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.current_row = -1

    def _grid(self) -> AssessmentGridTableModel | None:
        model = self.model()
        return model if isinstance(model, AssessmentGridTableModel) else None

    def _font(self, row: int) -> QFont:
        font = QFont(self.font())
        grid = self._grid()
        font.setBold(bool(grid is not None and 0 <= row < grid.rowCount() and grid.is_element_row(row)))
        return font

    def _text_rect(self, rect: QRect) -> QRect:
        return rect.adjusted(self.PADDING, self.PADDING // 2, -self.PADDING, -self.PADDING // 2)

    def _flags(self) -> int:
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        grid = self._grid()
        if grid is None:
            return super().sectionSizeFromContents(logicalIndex)
        text = str(grid.headerData(logicalIndex, Qt.Orientation.Vertical) or "")
        width = max(self.width(), self.minimumWidth()) - 2 * self.PADDING
        bounds = QFontMetrics(self._font(logicalIndex)).boundingRect(QRect(0, 0, width, 10_000), self._flags(), text)
        return QSize(self.width(), bounds.height() + self.PADDING + 2)

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        grid = self._grid()
        if grid is None or not rect.isValid():
            return
        palette = self.palette()
        element = grid.is_element_row(logicalIndex)
        painter.save()
        if element:
            background = ELEMENT_BG
        elif logicalIndex == self.current_row:
            background = palette.highlight().color().lighter(185)
        else:
            background = palette.base().color()
        painter.fillRect(rect, background)
        painter.setPen(palette.mid().color())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.setPen(palette.text().color())
        painter.setFont(self._font(logicalIndex))
        text = str(grid.headerData(logicalIndex, Qt.Orientation.Vertical) or "")
        painter.drawText(self._text_rect(rect), self._flags(), text)
        painter.restore()


class _FramedCellDelegate(QStyledItemDelegate):
    """The current cell keeps its S/N colour and gets a thick frame, so the colour is never hidden."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        opt = QStyleOptionViewItem(option)
        opt.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, opt, index)
        if selected:
            painter.save()
            painter.setPen(QPen(FRAME, 3))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


class AssessmentGridView(QTableView):
    """Keys: S and N set a cell, Space/Delete clear it (then the cursor moves down); arrows and Tab move."""

    current_column_changed = Signal(int)
    # A key or click on a cell the user may not change (column number): nothing is saved, the owner says why.
    read_only = Signal(int)

    CRITERION_WIDTH = 340
    CANDIDATE_WIDTH = 125

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(True)
        self.setWordWrap(True)
        self.criterion_header = CriterionHeader(self)
        self.setVerticalHeader(self.criterion_header)
        self.criterion_header.setFixedWidth(self.CRITERION_WIDTH)
        # The corner above the criteria names them, as the column header did before it became the row header.
        self.corner_label = QLabel(
            QCoreApplication.translate("AssessmentGridTableModel", "Performance criterion"), self
        )
        self.corner_label.setObjectName("criteria_heading")
        self.corner_label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignBottom)
        self.corner_label.setContentsMargins(CriterionHeader.PADDING, 0, CriterionHeader.PADDING, 4)
        font = self.corner_label.font()
        font.setBold(True)
        self.corner_label.setFont(font)
        self.corner_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setItemDelegate(_FramedCellDelegate(self))
        self.clicked.connect(self._clicked)
        self._column = -1

    def grid_model(self) -> AssessmentGridTableModel:
        model = self.model()
        assert isinstance(model, AssessmentGridTableModel)
        return model

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        model.modelReset.connect(self._after_reset)
        self.selectionModel().currentChanged.connect(self._current_changed)

    def _after_reset(self) -> None:
        model = self.grid_model()
        # The criterion column's text is in the vertical header, which does not scroll away.
        self.setColumnHidden(AssessmentGridTableModel.COL_CRITERION, True)
        header = self.horizontalHeader()
        for c in range(1, model.columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(c, self.CANDIDATE_WIDTH)
        self.resizeRowsToContents()
        self._column = -1
        first = next((r for r in range(model.rowCount()) if not model.is_element_row(r)), None)
        if first is not None and model.columnCount() > 1:
            self.setCurrentIndex(model.index(first, 1))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.criterion_header.current_row = current.row() if current.isValid() else -1
        self.criterion_header.viewport().update()
        if current.isValid() and current.column() != self._column and current.column() > 0:
            self._column = current.column()
            self.current_column_changed.emit(current.column())

    def updateGeometries(self) -> None:
        super().updateGeometries()
        rows, columns = self.verticalHeader(), self.horizontalHeader()
        self.corner_label.setGeometry(rows.geometry().x(), columns.geometry().y(), rows.width(), columns.height())
        self.corner_label.raise_()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.currentIndex().isValid():  # opened on a candidate far to the side: show that column
            self.scrollTo(self.currentIndex())

    def _clicked(self, index: QModelIndex) -> None:
        if not index.isValid() or index.column() <= 0:
            return
        model = self.grid_model()
        if model.is_element_row(index.row()):
            return
        if not model.is_editable(index.column()):
            self.read_only.emit(index.column())  # read-only for this user: nothing to save, nothing refused
            return
        model.cycle(index.row(), index.column())

    def _next_criterion_row(self, row: int) -> int:
        model = self.grid_model()
        for r in range(row + 1, model.rowCount()):
            if not model.is_element_row(r):
                return r
        return row

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key = event.key()
        values = {
            Qt.Key.Key_S: Judgement.SATISFACTORY,
            Qt.Key.Key_N: Judgement.NOT_YET_SATISFACTORY,
            Qt.Key.Key_Space: None,
            Qt.Key.Key_Delete: None,
            Qt.Key.Key_Backspace: None,
        }
        if (
            index.isValid()
            and index.column() > 0
            and key in values
            and not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        ):
            model = self.grid_model()
            if not model.is_editable(index.column()):
                self.read_only.emit(index.column())
                event.accept()
                return
            if model.set_value(index.row(), index.column(), values[key]):
                # Move down to the next criterion, so a column is typed as S S N S ...
                self.setCurrentIndex(model.index(self._next_criterion_row(index.row()), index.column()))
            event.accept()
            return
        super().keyPressEvent(event)
