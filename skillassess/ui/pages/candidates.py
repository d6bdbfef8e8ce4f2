"""Candidates page: search as you type over names in any script, registration number and ID; filters;
registering, enrolling, RPL steps, self-assessment, evidence and Excel import."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import EligibilityDecision, Role, RplStage, Sex
from skillassess.core.errors import DomainError, ValidationError
from skillassess.db.database import Database
from skillassess.services import candidate_search, rpl_journey
from skillassess.services import candidates as svc
from skillassess.services import enrolment as enr
from skillassess.services.candidate_search import CandidateFilter, CandidateRow
from skillassess.ui.candidate_dialogs import CandidateDialog, EnrolmentDialog, RplStepDialog
from skillassess.ui.countries import country_label
from skillassess.ui.dates import date_text
from skillassess.ui.errors import show_error
from skillassess.ui.file_dialogs import open_file_name, save_file_name
from skillassess.ui.labels import label
from skillassess.ui.ops import Changed, ChangeOp, QueryOp, read
from skillassess.ui.pages.base import Page
from skillassess.ui.portfolio_dialogs import EvidenceDialog, GapReferralDialog, SelfAssessmentDialog
from skillassess.ui.state import AppState
from skillassess.ui.table_models import Column, PagedTableModel, record_table
from skillassess.ui.tasks import Task

_CHANGE_ROLES = (Role.ASSESSOR, Role.ADMINISTRATOR)

if TYPE_CHECKING:  # openpyxl is imported only when a workbook is read or written
    from skillassess.services.candidate_import import ImportReport


class CandidateTableModel(PagedTableModel[CandidateRow]):
    """The list as the search and filters narrow it: a page of 50 at a time (the window shows about 20), never
    counted on a keystroke; the page counts on the task pool afterwards."""

    PAGE_SIZE = 50

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self.db = db
        self.filter = CandidateFilter()
        columns = [
            Column[CandidateRow](self.tr("Registration no."), lambda r: r.registration_number, left_to_right=True),
            Column[CandidateRow](self.tr("Family name"), lambda r: r.family_name),
            Column[CandidateRow](self.tr("Given names"), lambda r: r.given_names),
            Column[CandidateRow](self.tr("Name in local script"), lambda r: r.name_local),
            Column[CandidateRow](self.tr("Sex"), lambda r: label(r.sex)),
            Column[CandidateRow](self.tr("Nationality"), lambda r: country_label(r.nationality)),
            Column[CandidateRow](self.tr("ID number"), lambda r: r.national_id or "", left_to_right=True),
            Column[CandidateRow](self.tr("Qualification"), lambda r: r.qualification_code or "", left_to_right=True),
            Column[CandidateRow](self.tr("Stage"), lambda r: label(r.stage)),
        ]
        super().__init__(columns, None, self._page_rows, parent)

    @property
    def search(self) -> str:
        return self.filter.search

    @search.setter
    def search(self, text: str) -> None:
        self.filter = CandidateFilter(text, self.filter.sex, self.filter.qualification_id, self.filter.stage)

    def _page_rows(self, offset: int, limit: int) -> list[CandidateRow]:
        flt = self.filter
        return read(self.db, lambda s: candidate_search.candidate_page(s, flt, offset, limit))


class CandidatesPage(Page):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by name (any script), registration number or ID"))
        self.search_edit.setClearButtonEnabled(True)
        self.sex_combo = QComboBox()
        self.sex_combo.addItem(self.tr("Any sex"), None)
        for sex in Sex:
            self.sex_combo.addItem(label(sex), sex)
        self.qualification_combo = QComboBox()
        self.stage_combo = QComboBox()
        self.stage_combo.addItem(self.tr("Any stage"), None)
        for stage in RplStage:
            self.stage_combo.addItem(label(stage), stage)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.sex_combo)
        filters.addWidget(self.qualification_combo)
        filters.addWidget(self.stage_combo)

        self.new_button = QPushButton(self.tr("New candidate…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.enrol_button = QPushButton(self.tr("Enrol…"))
        self.step_button = QPushButton(self.tr("RPL step…"))
        self.self_assessment_button = QPushButton(self.tr("Self-assessment…"))
        self.evidence_button = QPushButton(self.tr("Evidence…"))
        self.gap_button = QPushButton(self.tr("Gap training…"))
        self.gap_button.setToolTip(
            self.tr("Refer a candidate whose recognition is partial to training for the units not achieved")
        )
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.template_button = QPushButton(self.tr("Excel template…"))
        actions = QHBoxLayout()
        for b in (
            self.new_button,
            self.edit_button,
            self.enrol_button,
            self.step_button,
            self.self_assessment_button,
            self.evidence_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.template_button)
        self.new_button.clicked.connect(self.new_candidate)
        self.edit_button.clicked.connect(self.edit_selected)
        self.enrol_button.clicked.connect(self.enrol_selected)
        self.step_button.clicked.connect(self.record_step)
        self.self_assessment_button.clicked.connect(self.self_assessment)
        self.evidence_button.clicked.connect(self.evidence)
        self.gap_button.clicked.connect(self.refer_to_gap_training)
        self.import_button.clicked.connect(self.choose_import_file)
        self.template_button.clicked.connect(self.save_template)

        self.model = CandidateTableModel(state.db, self)
        self.table = record_table(self.model)
        self.table.horizontalHeader().setResizeContentsPrecision(50)  # sized from the first 50 rows
        self._columns_sized = False
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_details())
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        # Under the candidate's details and timeline: what follows a partial recognition.
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.details, 1)
        gap_row = QHBoxLayout()
        gap_row.addStretch(1)
        gap_row.addWidget(self.gap_button)
        below_layout.addLayout(gap_row)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)  # room for the timeline
        self.count_label = QLabel()
        # Search as you type: a keystroke reads one page (a few milliseconds); keys typed faster than the
        # list repaints are taken together. The count follows on the task pool once typing pauses.
        self._debounce = QTimer(self, singleShot=True, interval=30)
        self._debounce.timeout.connect(self._run_search)
        self._count_timer = QTimer(self, singleShot=True, interval=300)
        self._count_timer.timeout.connect(self._count_in_background)
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.sex_combo, self.qualification_combo, self.stage_combo):
            combo.currentIndexChanged.connect(lambda _i: self._run_search())
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        self.state.actor_changed.connect(self._update_buttons)
        # A new qualification (Standards page) joins the filter; the RPL stage and the timeline follow
        # assessments, certificates and evidence changed elsewhere; this page reloads after its own changes.
        self.subscribe(
            Changed.STANDARDS | Changed.ENROLMENTS | Changed.EVIDENCE | Changed.ASSESSMENTS | Changed.CERTIFICATES,
            ignore_own=True,
        )
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Candidates")

    def load(self) -> None:
        self._load_qualifications()
        self._run_search()

    def _load_qualifications(self) -> None:
        current = self.qualification_combo.currentData()
        self.qualification_combo.blockSignals(True)
        self.qualification_combo.clear()
        self.qualification_combo.addItem(self.tr("Any qualification"), None)
        for q in read(self.db, enr.qualification_choices):
            self.qualification_combo.addItem(f"{q.code} v{q.version}", q.id)
        self.qualification_combo.setCurrentIndex(max(self.qualification_combo.findData(current), 0))
        self.qualification_combo.blockSignals(False)

    def _run_search(self) -> None:
        self.model.filter = CandidateFilter(
            self.search_edit.text(),
            self.sex_combo.currentData(),
            self.qualification_combo.currentData(),
            self.stage_combo.currentData(),
        )
        self.model.reload()
        if not self._columns_sized and self.model.rowCount():
            # Once, from the first rows: sizing again on each keystroke asked data() for every cell (~35 ms).
            self.table.resizeColumnsToContents()
            self._columns_sized = True
        if self.model.total_known:  # the whole list fits in the first page
            self._count_timer.stop()
            self.count_label.setText(self.tr("%n candidate(s)", "", self.model.total))
        else:
            self.count_label.setText(self.tr("Counting the candidates…"))
            self._count_timer.start()
        self._update_buttons()
        self._show_details()

    def _count_in_background(self) -> None:
        """Count the matches on the task pool; the answer is shown if the list still shows that search."""
        flt = self.model.filter

        def counted(total: int) -> None:
            if self.model.filter == flt:
                self.model.set_total(total)
                self.count_label.setText(self.tr("%n candidate(s)", "", self.model.total))

        QueryOp(self, self.db, lambda s: candidate_search.count_candidates(s, flt)).success(counted).failure(
            lambda _e: self.count_label.clear()
        ).run_in_background(show_progress=False)

    # Selection -------------------------------------------------------------------------------------
    def selected_row(self) -> CandidateRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_candidate(self, candidate_id: int) -> bool:
        """Select the candidate if it is among the rows shown (fetched so far)."""
        for n in range(self.model.rowCount()):
            if self.model.row(n).id == candidate_id:
                self.table.selectRow(n)
                return True
        return False

    def _update_buttons(self) -> None:
        can_change = self.actor is not None and self.actor.has(*_CHANGE_ROLES)
        selected = self.selected_row() is not None
        self.new_button.setEnabled(can_change)
        self.import_button.setEnabled(can_change)
        for b in (
            self.edit_button,
            self.enrol_button,
            self.step_button,
            self.gap_button,
        ):
            b.setEnabled(can_change and selected)
        self.edit_button.setEnabled(selected)
        # Anyone signed in may look at a portfolio and a self-assessment; only assessors change them.
        for b in (self.self_assessment_button, self.evidence_button):
            b.setEnabled(selected and self.actor is not None)

    def _show_details(self) -> None:
        self._update_buttons()
        row = self.selected_row()
        if row is None:
            self.details.clear()
            return
        d, timeline = read(
            self.db, lambda s: (svc.candidate_details(s, row.id), rpl_journey.candidate_timeline(s, row.id))
        )
        parts = [
            f"<p><b>{escape(d.given_names)} {escape(d.family_name)}</b>"
            + (f" · {escape(d.name_local)}" if d.name_local else "")
            + f" · <span dir='ltr'>{escape(d.registration_number)}</span></p>"
        ]
        if not d.enrolments:
            parts.append("<p>" + escape(self.tr("Not enrolled yet.")) + "</p>")
        for e in d.enrolments:
            parts.append(
                "<p><b>"
                + escape(e.qualification_code)
                + "</b> · "
                + escape(label(e.pathway))
                + " · "
                + escape(label(e.status))
                + " · "
                + escape(self.tr("stage: %1").replace("%1", label(e.stage)))
                + (" · " + escape(", ".join(e.unit_codes)) if e.unit_codes else "")
                + "</p>"
            )
        if timeline:
            parts.append("<p><b>" + escape(self.tr("Timeline")) + "</b></p><ul>")
            parts += ["<li>" + self._timeline_line(t) + "</li>" for t in timeline]
            parts.append("</ul>")
        self.details.setHtml("".join(parts))

    def _timeline_line(self, t: rpl_journey.TimelineEntry) -> str:
        """One line of the candidate's timeline, as HTML: a step, an assessment or a certificate."""
        day = date_text(t.on)  # one date convention (ui/dates.py)
        if t.kind == "assessment":
            text = (
                self.tr("Assessment %1, attempt %2: %3, %4")
                .replace("%1", "\u2066" + t.unit_code + "\u2069")
                .replace("%2", str(t.attempt))
                .replace("%3", label(t.outcome) or self.tr("no outcome yet"))
                .replace("%4", label(t.status))
            )
            return f"{escape(day)} · {escape(text)}"
        if t.kind == "referral":
            text = self.tr("Referred to gap training: %1").replace("%1", ", ".join(t.units))
            notes = f" — \u2068{t.notes}\u2069" if t.notes else ""
            return f"{escape(day)} · <b>{escape(text)}</b>{escape(notes)}"
        if t.kind == "certificate":
            text = f"{label(t.certificate_kind)} \u2066{t.serial}\u2069 · {label(t.certificate_status)}"
            return f"{escape(day)} · <b>{escape(text)}</b>"
        text = label(t.stage)
        if t.event is not None:
            text += " — " + label(t.event)
        if t.decision:
            text += " — " + label(EligibilityDecision(t.decision))
        notes = f": \u2068{t.notes}\u2069" if t.notes else ""
        return f"{escape(day)} · {escape(text + notes)}"

    # Actions ---------------------------------------------------------------------------------------
    def _changed(self, candidate_id: int | None = None) -> None:
        self._run_search()
        if candidate_id is not None:
            self.select_candidate(candidate_id)

    def candidate_dialog(self, candidate_id: int | None = None) -> CandidateDialog:
        dlg = CandidateDialog(self.db, self.actor, candidate_id, self)
        dlg.saved.connect(self._changed)
        dlg.open_other.connect(self.open_by_registration_number)
        return dlg

    def new_candidate(self) -> None:
        self.candidate_dialog().exec()

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.candidate_dialog(row.id).exec()

    def open_by_registration_number(self, regno: str) -> None:
        QueryOp(self, self.db, lambda s: candidate_search.get_by_registration_number(s, regno).id).success(
            lambda cid: self.candidate_dialog(cid).open()
        ).run()

    def enrol_selected(self) -> None:
        row = self.selected_row()
        if row is not None and EnrolmentDialog(self.db, self.actor, row.id, self).exec():
            self._changed(row.id)

    def record_step(self) -> None:
        row = self.selected_row()
        if row is not None and RplStepDialog(self.db, self.actor, row.id, self).exec():
            self._changed(row.id)

    def _choose_enrolment(self, row: CandidateRow) -> int | None:
        enrolments = read(self.db, lambda s: svc.candidate_details(s, row.id).enrolments)
        if not enrolments:
            show_error(self, DomainError(self.tr("Enrol the candidate in a qualification first.")))
            return None
        if len(enrolments) == 1:
            return enrolments[0].id
        names = [f"{e.qualification_code} — {label(e.pathway)} — {date_text(e.enrolled_on)}" for e in enrolments]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Self-assessment"), self.tr("Enrolment"), names, len(names) - 1, False
        )
        return enrolments[names.index(choice)].id if ok else None

    def self_assessment(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        eid = self._choose_enrolment(row)
        if eid is not None and SelfAssessmentDialog(self.db, self.actor, eid, self).exec():
            self._changed(row.id)

    def refer_to_gap_training(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        eid = self._choose_enrolment(row)
        if eid is not None and GapReferralDialog(self.db, self.actor, eid, self).exec():
            self._changed(row.id)

    def evidence(self) -> None:
        row = self.selected_row()
        if row is not None:
            EvidenceDialog(self.db, self.actor, row.id, self).exec()
            self._show_details()

    # Excel -----------------------------------------------------------------------------------------
    def save_template(self) -> None:
        from skillassess.services.candidate_import import write_candidate_template

        chosen, _ = save_file_name(
            self, self.tr("Save Excel template"), "candidates.xlsx", self.tr("Excel workbook (*.xlsx)"), kind="excel"
        )
        if chosen is None:
            return
        path = str(chosen)
        QSettings().setValue("paths/last_excel_folder", str(Path(path).parent))
        QueryOp(self, self.db, lambda s: write_candidate_template(s, Path(path))).run()

    def choose_import_file(self) -> None:
        path = open_file_name(self, self.tr("Import candidates"), self.tr("Excel workbook (*.xlsx)"), kind="excel")
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> Task | None:
        """Import in the background; the result (or every problem) is shown when done."""
        from skillassess.services.candidate_import import import_candidates

        actor = self.actor
        if actor is None:
            return None
        # The import opens its own sessions: it reads without blocking anyone, then writes briefly.
        return (
            ChangeOp.of_service(
                self,
                self.db,
                lambda db, progress: import_candidates(db, actor, path, progress=progress.report),
                changes=Changed.CANDIDATES | Changed.ENROLMENTS,
                title=self.tr("Import candidates"),
            )
            .success(self._import_done)
            .failure(self._import_failed)
            .run_in_background(label=self.tr("Importing %1…").replace("%1", path.name))
        )

    def _import_done(self, report: ImportReport) -> None:
        self._changed()
        text = self.tr("%n candidate(s) imported.", "", len(report.created))
        if report.existing:
            text += "\n" + self.tr("%n already registered, not imported again:", "", len(report.existing))
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Import candidates"), text, QMessageBox.StandardButton.Ok, self
        )
        if report.existing:
            box.setDetailedText(
                "\n".join(
                    self.tr("Row %1: %2").replace("%1", str(e.row)).replace("%2", e.reason) for e in report.existing
                )
            )
        self.last_message = box
        box.open()

    def _import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and exc.problems:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Import candidates"), exc.args[0], QMessageBox.StandardButton.Ok, self
            )
            box.setInformativeText("\n".join(exc.problems[:8]) + ("\n…" if len(exc.problems) > 8 else ""))
            box.setDetailedText("\n".join(exc.problems))
            self.last_message = box
            box.open()
        else:
            show_error(self, exc)
