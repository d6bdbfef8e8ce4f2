"""Certificates page: the register of issued, reprinted and revoked certificates."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from skillassess.db.database import Database
from skillassess.services import certificates as svc
from skillassess.services.certificates import CertificateRow
from skillassess.ui.labels import label
from skillassess.ui.pages.base import Page
from skillassess.ui.state import AppState
from skillassess.ui.table_models import Column, PagedTableModel


class CertificateTableModel(PagedTableModel[CertificateRow]):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self.db = db
        locale = QLocale()
        columns = [
            Column[CertificateRow](self.tr("Serial"), lambda r: r.serial, left_to_right=True),
            Column[CertificateRow](self.tr("Type"), lambda r: label(r.kind)),
            Column[CertificateRow](self.tr("Registration no."), lambda r: r.registration_number, left_to_right=True),
            Column[CertificateRow](self.tr("Candidate"), lambda r: r.candidate_name),
            Column[CertificateRow](self.tr("Qualification"), lambda r: r.qualification_code, left_to_right=True),
            Column[CertificateRow](self.tr("Issued"), lambda r: locale.toString(r.issued_on, QLocale.FormatType.ShortFormat)),
            Column[CertificateRow](self.tr("Status"), lambda r: label(r.status)),
            Column[CertificateRow](self.tr("Reprints"), lambda r: locale.toString(r.reprint_count), align_right=True),
        ]
        super().__init__(columns, self._count_rows, self._page_rows, parent)

    def _count_rows(self) -> int:
        with self.db.session() as s:
            return svc.count_certificates(s)

    def _page_rows(self, offset: int, limit: int) -> list[CertificateRow]:
        with self.db.session() as s:
            return svc.certificate_page(s, offset, limit)


class CertificatesPage(Page):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.model = CertificateTableModel(state.db, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

    def title(self) -> str:
        return self.tr("Certificates")

    def load(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("%n certificate(s) in the register", "", self.model.total))
