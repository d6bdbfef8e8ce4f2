"""Assessments page: every assessment with its status and outcome, filterable by status."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from skillassess.core.enums import AssessmentStatus
from skillassess.db.database import Database
from skillassess.services import assessments as svc
from skillassess.services.assessments import AssessmentRow
from skillassess.ui.labels import label
from skillassess.ui.pages.base import Page
from skillassess.ui.state import AppState
from skillassess.ui.table_models import Column, PagedTableModel


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
        with self.db.session() as s:
            return svc.count_assessments(s, status=self.status)

    def _page_rows(self, offset: int, limit: int) -> list[AssessmentRow]:
        with self.db.session() as s:
            return svc.list_assessments(s, status=self.status, offset=offset, limit=limit)


class AssessmentsPage(Page):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for st in AssessmentStatus:
            self.status_combo.addItem(label(st), st)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.model = AssessmentTableModel(state.db, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Status:")))
        top.addWidget(self.status_combo)
        top.addStretch(1)
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
