"""Assessments page: every assessment with its status and outcome; search by candidate and unit, filter by
status, session and assessor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import AssessmentStatus, Role
from skillassess.core.errors import DomainError
from skillassess.core.safe_write import write_file
from skillassess.db.database import Database
from skillassess.services import users
from skillassess.services.recording import reading, sessions
from skillassess.services.recording.reading import AssessmentQuery, AssessmentRow
from skillassess.ui.dates import date_text
from skillassess.ui.errors import show_error
from skillassess.ui.file_dialogs import confirm_saved, save_file_name
from skillassess.ui.icons import icon
from skillassess.ui.labels import label
from skillassess.ui.ops import Changed, ChangeOp, announcements_held, read
from skillassess.ui.pages.base import Page
from skillassess.ui.state import AppState
from skillassess.ui.table_models import Column, PagedTableModel, record_table


class AssessmentTableModel(PagedTableModel[AssessmentRow]):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self.db = db
        self.status: AssessmentStatus | None = None
        self.query = AssessmentQuery()
        locale = QLocale()
        columns = [
            Column[AssessmentRow](self.tr("Date"), lambda r: date_text(r.date)),
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
        return read(self.db, lambda s: reading.count_assessments(s, status=self.status, query=self.query))

    def _page_rows(self, offset: int, limit: int) -> list[AssessmentRow]:
        return read(
            self.db,
            lambda s: reading.list_assessments(s, status=self.status, offset=offset, limit=limit, query=self.query),
        )


class AssessmentsPage(Page):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for st in AssessmentStatus:
            self.status_combo.addItem(label(st), st)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("candidate_search")
        self.search_edit.setPlaceholderText(self.tr("Candidate: name or registration number"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.unit_edit = QLineEdit()
        self.unit_edit.setObjectName("unit_search")
        self.unit_edit.setPlaceholderText(self.tr("Unit: code or title"))
        self.unit_edit.setClearButtonEnabled(True)
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("session_filter")
        self.assessor_combo = QComboBox()
        self.assessor_combo.setObjectName("assessor_filter")
        self._filling = False
        self.model = AssessmentTableModel(state.db, self)
        self.table = record_table(self.model, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.count_label = QLabel()
        self.plan_button = QPushButton(icon("plan"), self.tr("Plan session…"))
        self.record_button = QPushButton(icon("edit"), self.tr("Record…"))
        self.progress_button = QPushButton(icon("progress"), self.tr("Progress…"))
        # Print record prints; its menu also saves the record as a PDF file.
        self.print_button = QToolButton()
        self.print_button.setObjectName("print_record")
        self.print_button.setText(self.tr("Print record…"))
        self.print_button.setIcon(icon("print"))
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        record_menu = QMenu(self.print_button)
        self.print_action = record_menu.addAction(icon("print"), self.tr("Print…"))
        self.print_action.triggered.connect(self.print_selected)
        self.save_pdf_action = record_menu.addAction(icon("pdf"), self.tr("Save as PDF…"))
        self.save_pdf_action.triggered.connect(self.save_selected_pdf)
        self.print_button.setMenu(record_menu)
        self.evidence_button = QPushButton(icon("details"), self.tr("Evidence…"))
        self.evidence_button.setToolTip(self.tr("The evidence and self-assessment behind each criterion, and the gaps"))
        self.evidence_button.clicked.connect(self.show_evidence)
        self.basis_dialog: QDialog | None = None
        self.plan_button.clicked.connect(self.plan_session)
        self.record_button.clicked.connect(self.record_selected)
        self.progress_button.clicked.connect(self.show_progress)
        self.print_button.clicked.connect(self.print_selected)
        self.table.doubleClicked.connect(lambda _i: self.record_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        state.actor_changed.connect(self._update_buttons)
        # Names and results changed elsewhere; this page reloads itself after its own dialogs.
        self.subscribe(Changed.CANDIDATES | Changed.ASSESSMENTS, ignore_own=True)
        # Search as you type, but not a query per keystroke when typing fast.
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self._apply_filter)
        for edit in (self.search_edit, self.unit_edit):
            edit.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.status_combo, self.session_combo, self.assessor_combo):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.unit_edit, 1)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.session_combo, 1)
        filters.addWidget(self.assessor_combo)
        top = QHBoxLayout()
        for b in (self.plan_button, self.record_button, self.progress_button, self.evidence_button, self.print_button):
            top.addWidget(b)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

    def title(self) -> str:
        return self.tr("Assessments")

    def load(self) -> None:
        self._fill_filters()
        self._apply_filter()

    def _fill_filters(self) -> None:
        """The sessions and assessors to filter by (the choice made is kept when it is still there)."""
        found = read(self.db, lambda s: (sessions.list_sessions(s, limit=500), users.user_choices(s, Role.ASSESSOR)))
        session_rows, assessors = found
        self._filling = True
        try:
            current = self.session_combo.currentData()
            self.session_combo.clear()
            self.session_combo.addItem(self.tr("All sessions"), None)
            for r in session_rows:
                name = r.title or self.tr("Session %1").replace("%1", str(r.id))
                self.session_combo.addItem(f"{date_text(r.date)} — {name}", r.id)
            self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(current)) if current else 0)
            current = self.assessor_combo.currentData()
            self.assessor_combo.clear()
            self.assessor_combo.addItem(self.tr("All assessors"), None)
            for uid, username, full_name in assessors:
                self.assessor_combo.addItem(f"{full_name} ({username})" if full_name else username, uid)
            self.assessor_combo.setCurrentIndex(max(0, self.assessor_combo.findData(current)) if current else 0)
        finally:
            self._filling = False

    def current_query(self) -> AssessmentQuery:
        return AssessmentQuery(
            search=self.search_edit.text(),
            unit=self.unit_edit.text(),
            session_id=self.session_combo.currentData(),
            assessor_id=self.assessor_combo.currentData(),
        )

    def _apply_filter(self) -> None:
        if self._filling:
            return
        self._debounce.stop()
        self.model.status = self.status_combo.currentData()
        self.model.query = self.current_query()
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("%n assessment(s)", "", self.model.total))
        self._update_buttons()

    def show_filtered(
        self,
        *,
        status: AssessmentStatus | None = None,
        session_id: int | None = None,
        assessor_id: int | None = None,
    ) -> None:
        """Show the assessments of one status, session or assessor (the home page's links); other filters clear."""
        if not self._loaded:
            self._loaded = True
            self._fill_filters()
        self._filling = True
        try:
            self.search_edit.clear()
            self.unit_edit.clear()
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)) if status else 0)
            for combo, value in ((self.session_combo, session_id), (self.assessor_combo, assessor_id)):
                combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
        finally:
            self._filling = False
        self._apply_filter()

    # Actions ------------------------------------------------------------------------------------
    def selected_row(self) -> AssessmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has = self.selected_row() is not None
        self.plan_button.setEnabled(self.actor is not None and self.actor.has(Role.ASSESSOR, Role.ADMINISTRATOR))
        for b in (self.record_button, self.progress_button, self.print_button, self.evidence_button):
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

    def show_evidence(self) -> None:
        """The evidence and self-assessment behind the selected assessment (read-only, for the verifier too)."""
        from skillassess.ui.recording.basis import EvidenceBasisDialog

        row = self.selected_row()
        if row is None:
            return
        self.basis_dialog = EvidenceBasisDialog(self.db, self.actor, row.id, parent=self)
        self.basis_dialog.open()

    def print_selected(self) -> None:
        """Print the record of the selected assessment (the print dialog also offers a PDF file)."""
        from skillassess.services.exports import print_assessment_record

        row = self.selected_row()
        if row is None or self.actor is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._record_name(row))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print assessment record"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        actor = self.actor
        # Read and recorded in the audit log as printed, or neither.
        ChangeOp(self, self.db, lambda s: print_assessment_record(s, actor, row.id), changes=Changed.AUDIT).success(
            lambda data: self._send_to_printer(printer, data)
        ).run()

    def _send_to_printer(self, printer: QPrinter, data: bytes) -> None:
        from skillassess.ui.pdf_pages import print_pdf

        try:
            if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
                # "Print to file": the record itself, not a picture of it.
                path = Path(printer.outputFileName())
                write_file(path, data)
                confirm_saved(self, path)
            else:
                print_pdf(printer, data)
        except (DomainError, OSError) as exc:
            show_error(self, exc)

    def save_selected_pdf(self) -> None:
        """Save the record of the selected assessment as a PDF file."""
        from skillassess.services.exports import export_assessment_record
        from skillassess.ui.errors import translator

        row = self.selected_row()
        if row is None or self.actor is None:
            return
        path, _ = save_file_name(
            self, self.tr("Save assessment record"), self._record_name(row), self.tr("PDF (*.pdf)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(path.suffix + ".pdf")
        actor = self.actor
        # Written and recorded in the audit log, or neither.
        ChangeOp(
            self,
            self.db,
            lambda s: export_assessment_record(s, actor, row.id, Path(path), translator()),
            changes=Changed.AUDIT,
        ).success(lambda _r: confirm_saved(self, path)).run()

    @staticmethod
    def _record_name(row: AssessmentRow) -> str:
        return f"{row.registration_number}-{row.unit_code}-{row.attempt}.pdf"
