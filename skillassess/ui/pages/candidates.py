"""Candidates page: search as you type over names in any script, registration number and ID."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from skillassess.db.database import Database
from skillassess.services import candidates as svc
from skillassess.services.candidates import CandidateRow
from skillassess.ui.labels import label
from skillassess.ui.pages.base import Page
from skillassess.ui.state import AppState
from skillassess.ui.table_models import Column, PagedTableModel


class CandidateTableModel(PagedTableModel[CandidateRow]):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self.db = db
        self.search = ""
        columns = [
            Column[CandidateRow](self.tr("Registration no."), lambda r: r.registration_number, left_to_right=True),
            Column[CandidateRow](self.tr("Family name"), lambda r: r.family_name),
            Column[CandidateRow](self.tr("Given names"), lambda r: r.given_names),
            Column[CandidateRow](self.tr("Name in local script"), lambda r: r.name_local),
            Column[CandidateRow](self.tr("Sex"), lambda r: label(r.sex)),
            Column[CandidateRow](self.tr("Nationality"), lambda r: r.nationality),
            Column[CandidateRow](self.tr("ID number"), lambda r: r.national_id or "", left_to_right=True),
        ]
        super().__init__(columns, self._count_rows, self._page_rows, parent)

    def _count_rows(self) -> int:
        with self.db.session() as s:
            return svc.count_candidates(s, self.search)

    def _page_rows(self, offset: int, limit: int) -> list[CandidateRow]:
        with self.db.session() as s:
            return svc.candidate_page(s, self.search, offset, limit)


class CandidatesPage(Page):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by name (any script), registration number or ID"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = CandidateTableModel(state.db, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()
        # Search as you type, but not a query per keystroke when typing fast.
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._run_search)
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

    def title(self) -> str:
        return self.tr("Candidates")

    def load(self) -> None:
        self._run_search()

    def _run_search(self) -> None:
        self.model.search = self.search_edit.text()
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("%n candidate(s)", "", self.model.total))
