"""Assessments page: every assessment with its status and outcome, filterable by status."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import AssessmentStatus, Role
from skillassess.db.database import Database
from skillassess.services.recording import reading
from skillassess.services.recording.reading import AssessmentRow
from skillassess.ui.labels import label
from skillassess.ui.ops import Changed, ChangeOp, announcements_held, read
from skillassess.ui.pages.base import Page
from skillassess.ui.state import AppState
from skillassess.ui.table_models import Column, PagedTableModel, record_table


class AssessmentTableModel(PagedTableModel[AssessmentRow]):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self.db = db
        self.status: AssessmentStatus | None = None
        locale = QLocale()
        columns = [
            Column[AssessmentRow](self.tr("Date"), lambda r: locale.toString(r.date, QLocale.FormatType.ShortFormat)),
            Column[AssessmentRow](self.tr("Registration no."), lambda r: r.registration_number, left_to_right=True),
            Column[AssessmentRow](self.tr("Candidate"), lambda r: r.candidate_name),
            Column[AssessmentRow](self.tr("Unit"), lambda r: f"{r.unit_code} v{r.unit_version}", left_to_right=True),
            Column[AssessmentRow](self.tr("Unit title"), lambda r: r.unit_title),
            Column[AssessmentRow](self.tr("Attempt"), lambda r: locale.toString(r.attempt), align_right=True),
            Column[AssessmentRow](self.tr("Status"), lambda r: label(r.status)),
            Column[AssessmentRow](self.tr("Outcome"), lambda r: label(r.outcome)),
            Column[AssessmentRow](self.tr("Assessor"), lambda r: r.assessor),
            Column[AssessmentRow](self.tr("Verifier"), lambda r: r.verifier or ""),
        ]
        super().__init__(columns, self._count_rows, self._page_rows, parent)

    def _count_rows(self) -> int:
        return read(self.db, lambda s: reading.count_assessments(s, status=self.status))

    def _page_rows(self, offset: int, limit: int) -> list[AssessmentRow]:
        return read(self.db, lambda s: reading.list_assessments(s, status=self.status, offset=offset, limit=limit))


class AssessmentsPage(Page):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for st in AssessmentStatus:
            self.status_combo.addItem(label(st), st)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.model = AssessmentTableModel(state.db, self)
        self.table = record_table(self.model, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.count_label = QLabel()
        self.plan_button = QPushButton(self.tr("Plan session…"))
        self.record_button = QPushButton(self.tr("Record…"))
        self.progress_button = QPushButton(self.tr("Progress…"))
        self.print_button = QPushButton(self.tr("Print record…"))
        self.plan_button.clicked.connect(self.plan_session)
        self.record_button.clicked.connect(self.record_selected)
        self.progress_button.clicked.connect(self.show_progress)
        self.print_button.clicked.connect(self.print_selected)
        self.table.doubleClicked.connect(lambda _i: self.record_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        state.actor_changed.connect(self._update_buttons)
        # Names and results changed elsewhere; this page reloads itself after its own dialogs.
        self.subscribe(Changed.CANDIDATES | Changed.ASSESSMENTS, ignore_own=True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Status:")))
        top.addWidget(self.status_combo)
        top.addStretch(1)
        for b in (self.plan_button, self.record_button, self.progress_button, self.print_button):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

    def title(self) -> str:
        return self.tr("Assessments")

    def load(self) -> None:
        self.model.status = self.status_combo.currentData()
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("%n assessment(s)", "", self.model.total))
        self._update_buttons()

    # Actions ------------------------------------------------------------------------------------
    def selected_row(self) -> AssessmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has = self.selected_row() is not None
        self.plan_button.setEnabled(self.actor is not None and self.actor.has(Role.ASSESSOR, Role.ADMINISTRATOR))
        for b in (self.record_button, self.progress_button, self.print_button):
            b.setEnabled(has)

    def plan_session(self) -> None:
        from skillassess.ui.recording.planner import SessionPlannerDialog

        dialog = SessionPlannerDialog(self.db, self.actor, self)
        if dialog.exec() and dialog.planned is not None:
            self.load()
            self.open_recording(session_id=dialog.planned.session_id)

    def open_recording(self, *, session_id: int | None = None, assessment_id: int | None = None) -> None:
        from skillassess.ui.recording.dialog import RecordingDialog

        dialog = RecordingDialog(self.db, self.actor, session_id=session_id, assessment_id=assessment_id, parent=self)
        # Announced once when the window closes, not once per typed cell.
        with announcements_held(self.db, initiator=self):
            dialog.exec()
        self.load()

    def record_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        session_id = read(self.db, lambda s: reading.assessment_detail(s, row.id).session_id)
        if session_id is not None:
            self.open_recording(session_id=session_id, assessment_id=row.id)
        else:
            self.open_recording(assessment_id=row.id)

    def show_progress(self) -> None:
        from skillassess.ui.recording.progress import ProgressDialog

        row = self.selected_row()
        if row is None:
            return
        candidate_id = read(self.db, lambda s: reading.assessment_detail(s, row.id).candidate_id)
        ProgressDialog(self.db, candidate_id, f"{row.candidate_name} ({row.registration_number})", self).exec()

    def print_selected(self) -> None:
        from pathlib import Path

        from skillassess.services.exports import export_assessment_record
        from skillassess.ui.errors import translator

        row = self.selected_row()
        if row is None or self.actor is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save assessment record"),
            f"{row.registration_number}-{row.unit_code}-{row.attempt}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if not path:
            return
        actor = self.actor
        # Written and recorded in the audit log, or neither.
        ChangeOp(
            self,
            self.db,
            lambda s: export_assessment_record(s, actor, row.id, Path(path), translator()),
            changes=Changed.AUDIT,
        ).run()
