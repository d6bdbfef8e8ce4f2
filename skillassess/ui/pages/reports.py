"""Reports page: candidates registered, assessed, competent and certified, women and men apart."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from skillassess.services.reports import SexCounts, summary
from skillassess.ui.pages.base import Page
from skillassess.ui.state import AppState


class ReportsPage(Page):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.box = QGroupBox(self.tr("Summary by sex"))
        self.grid = QGridLayout(self.box)
        headers = [self.tr("Women"), self.tr("Men"), self.tr("Total")]
        for col, text in enumerate(headers, start=1):
            h = QLabel(f"<b>{text}</b>")
            h.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(h, 0, col)
        self.rows = [
            self.tr("Candidates registered"),
            self.tr("Candidates assessed (verified results)"),
            self.tr("Units achieved (verified)"),
            self.tr("Candidates certified"),
        ]
        self.cells: list[list[QLabel]] = []
        for r, text in enumerate(self.rows, start=1):
            self.grid.addWidget(QLabel(text), r, 0)
            cells = []
            for c in range(1, 4):
                lab = QLabel()
                lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.addWidget(lab, r, c)
                cells.append(lab)
            self.cells.append(cells)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Reports")

    def load(self) -> None:
        with self.db.session() as s:
            result = summary(s)
        locale = QLocale()
        counts: list[SexCounts] = [result.registered, result.assessed, result.competent_units, result.certified]
        for cells, c in zip(self.cells, counts, strict=True):
            for lab, n in zip(cells, (c.female, c.male, c.total), strict=True):
                lab.setText(locale.toString(n))
