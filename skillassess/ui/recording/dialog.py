"""The recording window: pick a session and unit, type judgements in the grid, record the rest beside it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from skillassess.core import records
from skillassess.core.enums import AssessmentStatus, Judgement, Outcome, Role
from skillassess.core.errors import DomainError
from skillassess.core.rules import blocking_criteria, fold
from skillassess.db.database import Database, is_busy_error
from skillassess.services.context import Actor
from skillassess.services.recording import judging, reading, sessions
from skillassess.ui.dates import date_text
from skillassess.ui.errors import error_text, say
from skillassess.ui.i18n import FSI, PDI, number
from skillassess.ui.labels import label
from skillassess.ui.ops import Changed, ChangeOp, read
from skillassess.ui.recording.grid import AssessmentGridTableModel, AssessmentGridView
from skillassess.ui.recording.panel import ERROR_STYLE, OK_STYLE, CandidatePanel
from skillassess.ui.screen_fit import fit_to_screen

log = logging.getLogger(__name__)


class RecordingDialog(QDialog):
    """A session's grid (or one assessment's) with the candidate panel; every change saves at once.

    Changes are announced as they are saved (Changed.ASSESSMENTS); the page that opens the window holds
    the announcements until it closes (ops.announcements_held), so other pages read once, not per cell.
    """

    def __init__(
        self,
        db: Database,
        actor: Actor | None,
        *,
        session_id: int | None = None,
        assessment_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.session_id = session_id
        self.assessment_id = assessment_id if session_id is None else None
        self.setWindowTitle(self.tr("Record assessments"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        fit_to_screen(self, 1280, 780)

        self.session_label = QLabel()
        self.session_label.setTextFormat(Qt.TextFormat.PlainText)
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumContentsLength(20)
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.currentIndexChanged.connect(lambda _i: self._load_grid())
        self.candidate_combo = QComboBox()
        self.candidate_combo.setMinimumContentsLength(16)
        self.candidate_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.candidate_combo.currentIndexChanged.connect(lambda _i: self._apply_candidate_filter())
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("find_candidate")
        self.find_edit.setPlaceholderText(self.tr("Find a candidate (Ctrl+F)"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMinimumWidth(
            self.find_edit.fontMetrics().horizontalAdvance(self.find_edit.placeholderText()) + 40
        )
        self.find_edit.textEdited.connect(lambda _t: self.find_candidate(again=False))
        self.find_edit.returnPressed.connect(lambda: self.find_candidate(again=True, back_to_grid=True))
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.activated.connect(self._focus_find)
        self.panel_button = QToolButton()
        self.panel_button.setObjectName("panel_toggle")
        self.panel_button.setCheckable(True)
        self.panel_button.toggled.connect(self._panel_toggled)
        # A shortcut of its own: a button's setText() replaces the button's shortcut with its mnemonic.
        self.panel_shortcut = QShortcut(QKeySequence("F9"), self)
        self.panel_shortcut.activated.connect(self.panel_button.toggle)
        # Two rows, so that the window fits a laptop screen in any language: what is shown, then the choices.
        self.session_label.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(self.session_label, 1)
        heading.addWidget(self.panel_button)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Unit:")))
        top.addWidget(self.unit_combo, 2)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.candidate_combo, 1)
        top.addWidget(self.find_edit, 1)

        self.model = AssessmentGridTableModel(self)
        self.model.saver = self._save_cell
        self.model.explain = self._why_not_saved
        self.view = AssessmentGridView()
        self.view.setModel(self.model)
        self.panel = CandidatePanel(db, actor)
        self.panel.setMinimumWidth(360)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.splitterMoved.connect(lambda _pos, _index: self._panel_dragged())

        self.save_label = QLabel()
        self.save_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = hint = QLabel()
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.save_label)
        layout.addWidget(hint)

        # The evidence and self-assessment behind the current cell (read-only): Ctrl+E or the context menu.
        self.evidence_action = QAction(self.tr("Evidence and self-assessment…"), self)
        self.evidence_action.setShortcut(QKeySequence("Ctrl+E"))
        self.evidence_action.triggered.connect(self.open_basis)
        self.addAction(self.evidence_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addAction(self.evidence_action)

        self.view.current_column_changed.connect(self._column_changed)
        self.view.read_only.connect(self._read_only)
        self.model.cell_saved.connect(self._cell_saved)
        self.model.save_failed.connect(self._save_failed)
        self.panel.changed.connect(self._panel_changed)
        self.panel.opened.connect(self._opened)
        self._grid: sessions.SessionGrid | None = None
        self._cleared: Outcome | None = None
        shown = QSettings().value("recording/panel_shown", True)
        self.panel_button.setChecked(shown not in (False, "false"))
        self._panel_toggled(self.panel_button.isChecked())
        self._load_header(focus=assessment_id)

    # Loading ------------------------------------------------------------------------------------
    def _load_header(self, focus: int | None = None) -> None:
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        session_id, assessment_id = self.session_id, self.assessment_id
        if session_id is not None:
            summary, units, focus_unit = read(
                self.db,
                lambda s: (
                    sessions.session_summary(s, session_id),
                    sessions.session_units(s, session_id),
                    reading.assessment_detail(s, focus).unit_id if focus else None,
                ),
            )
            if summary:
                text = (
                    self.tr("Session of %1, %2, assessor %3")
                    .replace("%1", date_text(summary.date))
                    .replace("%2", summary.venue or "—")
                    .replace("%3", summary.assessor)
                )
                if summary.title:
                    # The title isolated: an English title must not make an Arabic line run left to right
                    # (it showed "assessor1 جلسة ..." with the assessor first).
                    text = FSI + summary.title + PDI + " — " + text
                self.session_label.setText(text)
        else:
            assert assessment_id is not None
            d = read(self.db, lambda s: reading.assessment_detail(s, assessment_id))
            units = [(d.unit_id, d.unit_code, d.unit_version, d.unit_title)]
            focus_unit = d.unit_id
            self.session_label.setText(
                self.tr("%1, attempt %2").replace("%1", d.candidate_name).replace("%2", number(d.attempt))
            )
        for uid, code, version, title in units:
            self.unit_combo.addItem(f"{code} v{version} — {title}", uid)
        if focus_unit is not None and self.unit_combo.findData(focus_unit) >= 0:
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(focus_unit))
        self.unit_combo.blockSignals(False)
        self._load_grid(focus=focus)

    def _editable(self, grid: sessions.SessionGrid) -> set[int]:
        if self.actor is None or not self.actor.has(Role.ASSESSOR):
            return set()
        return {
            c.assessment_id
            for c in grid.columns
            if c.assessor_id == self.actor.user_id and c.status in records.EDITABLE_STATUSES
        }

    def _fetch_grid(self) -> None:
        """Read the grid of the chosen unit from the database (what is stored is what is shown)."""
        uid = self.unit_combo.currentData()
        session_id, assessment_id = self.session_id, self.assessment_id
        if uid is None:
            self._grid = None
        elif session_id is not None:
            self._grid = read(self.db, lambda s: sessions.session_grid(s, session_id, uid))
        else:
            assert assessment_id is not None
            self._grid = read(self.db, lambda s: sessions.assessment_grid(s, assessment_id))

    def _load_grid(self, focus: int | None = None) -> None:
        current = self.model.column_at(self.view.currentIndex().column())
        focus = focus or (current.assessment_id if current else None)
        self._fetch_grid()
        self.candidate_combo.blockSignals(True)
        chosen = self.candidate_combo.currentData()
        self.candidate_combo.clear()
        self.candidate_combo.addItem(self.tr("All candidates"), None)
        for c in self._grid.columns if self._grid else []:
            self.candidate_combo.addItem(f"\u2066{c.registration_number}\u2069 {c.candidate_name}", c.assessment_id)
        if chosen is not None and self.candidate_combo.findData(chosen) >= 0:
            self.candidate_combo.setCurrentIndex(self.candidate_combo.findData(chosen))
        self.candidate_combo.blockSignals(False)
        self._apply_candidate_filter(focus, fetch=False)

    def _apply_candidate_filter(self, focus: int | None = None, *, fetch: bool = True) -> None:
        if fetch:
            self._fetch_grid()
        grid = self._grid
        only = self.candidate_combo.currentData()
        columns = None if grid is None or only is None else [c for c in grid.columns if c.assessment_id == only]
        editable = self._editable(grid) if grid else set()
        self.model.set_grid(grid, columns, editable)
        self._show_hint(bool(editable))
        col = self.model.column_of(focus) if focus else -1
        if col > 0:
            row = self.view.currentIndex().row()
            self.view.setCurrentIndex(self.model.index(max(row, 1), col))
            self.view.scrollTo(self.view.currentIndex())
        current = self.model.column_at(self.view.currentIndex().column())
        self.panel.show_assessment(current.assessment_id if current else None)
        self.view.setFocus()

    # Events -------------------------------------------------------------------------------------
    def _save_cell(
        self, assessment_id: int, criterion_id: int, value: Judgement | None, shown: Judgement | None
    ) -> None:
        # One small transaction per cell, run again unseen if it lost a race with another writer. An error is
        # raised to the grid, which marks the cell as not saved (no dialog per keystroke).
        actor = self.actor
        self._cleared = ChangeOp(
            self,
            self.db,
            lambda s: judging.set_judgement(s, actor, assessment_id, criterion_id, value, shown),  # type: ignore[arg-type]
            changes=Changed.ASSESSMENTS,
        ).run_or_raise()

    def _cell_saved(self, assessment_id: int, number: str, value: object) -> None:
        col = self.model.column_of(assessment_id)
        column = self.model.column_at(col)
        who = column.registration_number if column else str(assessment_id)
        shown = label(value) if isinstance(value, Judgement) else self.tr("cleared")
        self.save_label.setStyleSheet(OK_STYLE)
        self.save_label.setText(
            self.tr("Saved %1 %2 = %3 at %4")
            .replace("%1", who)
            .replace("%2", number)
            .replace("%3", shown)
            .replace("%4", QTime.currentTime().toString("HH:mm:ss"))
        )
        cleared, self._cleared = self._cleared, None
        if cleared is not None:
            # The service took the outcome away at once (it needs every criterion Satisfactory): said here,
            # and the panel shows "No outcome yet".
            self.save_label.setStyleSheet(ERROR_STYLE)
            self.save_label.setText(self.save_label.text() + " " + say(judging.outcome_cleared_message(cleared)))
            if self.panel.detail is not None and self.panel.detail.id == assessment_id:
                self.panel.reload()
        if self.panel.detail is not None and self.panel.detail.id == assessment_id:
            results = self.model.results_of(assessment_id)
            self.panel.update_blocking(
                blocking_criteria(
                    [
                        (c.number, results[c.criterion_id].value if c.criterion_id in results else None)
                        for c in self.model.criteria()
                    ]
                )
            )

    def _why_not_saved(self, exc: BaseException) -> str:
        """One plain sentence for a change that was not saved: never SQL or exception text."""
        if isinstance(exc, DomainError):
            return error_text(exc)  # the service's sentence, in the interface's language when translated
        if is_busy_error(exc):
            return self.tr(
                "The database was busy (another user or an import was writing) for longer than a change waits."
            )
        log.error("A judgement could not be saved", exc_info=exc)
        return self.tr("The database did not accept the change (the details are in the log file).")

    def _save_failed(self, exc: object) -> None:
        # No dialog per keystroke: the cell is marked as not saved and the line below the grid says why.
        self.save_label.setStyleSheet(ERROR_STYLE)
        if isinstance(exc, BaseException):
            self.save_label.setText(
                self.tr("Not saved: %1 The cell is marked with !; type the value again to retry.").replace(
                    "%1", self._why_not_saved(exc)
                )
            )

    def _show_hint(self, editable: bool) -> None:
        if editable:
            self.hint.setText(
                self.tr(
                    "Keys: S = Satisfactory, N = Not yet satisfactory, Space = clear; arrows and Tab move. "
                    "A click cycles a cell. Every change is saved at once."
                )
            )
        else:
            self.hint.setText(
                self.tr("Read only: only the assessor of a result records its judgements, until it is submitted.")
            )

    def _read_only(self, column: int) -> None:
        """A key or click on a cell this user may not change: say why, save nothing, refuse nothing."""
        c = self.model.column_at(column)
        if c is None:
            return
        if self.actor is None or c.assessor_id != self.actor.user_id or not self.actor.has(Role.ASSESSOR):
            text = self.tr("Read only: only the assessor of %1 records these judgements.")
        elif c.status == AssessmentStatus.SUBMITTED:
            text = self.tr(
                "%1 is submitted and waits for verification: a verifier must return it before it can change."
            )
        elif c.status == AssessmentStatus.VERIFIED:
            text = self.tr("%1 is verified and locked: correct it with an amendment or record a new attempt.")
        else:
            text = self.tr("%1 cannot be changed now.")
        self.save_label.setStyleSheet("")
        self.save_label.setText(text.replace("%1", c.candidate_name))

    # The side panel and finding a candidate ------------------------------------------------------
    def _panel_toggled(self, shown: bool) -> None:
        if not shown:
            self.panel.flush()  # typed text is saved before the panel goes
        self.panel.setVisible(shown)
        self.panel_button.setText(self.tr("Hide panel") if shown else self.tr("Show panel"))
        self.panel_button.setToolTip(
            self.tr("Hide the candidate's panel, so that more candidates fit (F9)")
            if shown
            else self.tr("Show the candidate's panel: methods, comments, outcome, Submit (F9)")
        )
        QSettings().setValue("recording/panel_shown", shown)

    def _panel_dragged(self) -> None:
        """The splitter dragged shut (or open) counts as the button."""
        shown = self.splitter.sizes()[1] > 0
        if shown != self.panel_button.isChecked():
            self.panel_button.setChecked(shown)

    def _focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def find_candidate(self, *, again: bool, back_to_grid: bool = False) -> bool:
        """Move the cursor to the column of the candidate whose name or number holds the text typed;
        ``again``: the next one after the current column. False (and said) when none does."""
        wanted = fold(self.find_edit.text().strip())
        if not wanted:
            return False
        if self.candidate_combo.currentData() is not None:
            self.candidate_combo.setCurrentIndex(0)  # every candidate, so that any can be found
        columns = range(1, self.model.columnCount())
        matches = [
            c
            for c in columns
            if (col := self.model.column_at(c)) is not None
            and wanted in fold(f"{col.candidate_name} {col.registration_number}")
        ]
        if not matches:
            self.find_edit.setStyleSheet(ERROR_STYLE)
            self.save_label.setStyleSheet(ERROR_STYLE)
            self.save_label.setText(self.tr("No candidate matches %1.").replace("%1", self.find_edit.text().strip()))
            return False
        self.find_edit.setStyleSheet("")
        current = self.view.currentIndex()
        after = [c for c in matches if c > current.column()] if again else []
        column = (after or matches)[0]
        row = current.row() if current.isValid() and not self.model.is_element_row(current.row()) else -1
        if row < 0:
            row = next((r for r in range(self.model.rowCount()) if not self.model.is_element_row(r)), 0)
        index = self.model.index(row, column)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        if back_to_grid:
            self.view.setFocus()
        return True

    def _column_changed(self, column: int) -> None:
        c = self.model.column_at(column)
        if c is not None and self.panel.detail is not None and self.panel.detail.id == c.assessment_id:
            return
        self.panel.show_assessment(c.assessment_id if c else None)

    def _panel_changed(self, _assessment_id: int) -> None:
        # Status may have changed (submitted, verified...): headers and which columns are editable.
        self._reload_keep_position()

    def _reload_keep_position(self) -> None:
        index = self.view.currentIndex()
        current = self.model.column_at(index.column())
        self._fetch_grid()
        only = self.candidate_combo.currentData()
        grid = self._grid
        columns = None if grid is None or only is None else [c for c in grid.columns if c.assessment_id == only]
        editable = self._editable(grid) if grid else set()
        self._show_hint(bool(editable))
        if grid is not None and self.model.refresh(grid, columns, editable):
            return
        self.model.set_grid(grid, columns, editable)
        if current is not None:
            col = self.model.column_of(current.assessment_id)
            if col > 0:
                self.view.setCurrentIndex(self.model.index(index.row(), col))

    def _opened(self, assessment_id: int) -> None:
        d = read(self.db, lambda s: reading.assessment_detail(s, assessment_id))
        if d.session_id is not None and d.session_id == self.session_id:
            self._load_grid(focus=assessment_id)
        else:
            self.session_id = d.session_id
            self.assessment_id = assessment_id if d.session_id is None else None
            self._load_header(focus=assessment_id)
        self.panel.show_assessment(assessment_id)

    def open_basis(self) -> None:
        """Open the evidence of the current cell: its candidate's assessment, at its criterion."""
        index = self.view.currentIndex()
        column, criterion = self.model.column_at(index.column()), self.model.criterion_at(index.row())
        if column is None:
            return
        if self.panel.detail is None or self.panel.detail.id != column.assessment_id:
            self.panel.show_assessment(column.assessment_id)
        self.panel.open_basis(criterion.criterion_id if criterion else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape in the find field goes back to the grid instead of closing the window.
        if event.key() == Qt.Key.Key_Escape and self.find_edit.hasFocus():
            self.view.setFocus()
            return
        # Enter confirms a field (the find field, a conflict described): it never presses Submit or another
        # button, as a dialog's default button would.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self.panel.flush()  # typed text is saved before the window goes
        super().done(result)
