"""A candidate's progress towards each qualification: units achieved and what can be certified."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillassess.db.database import Database
from skillassess.services.progress import EnrolmentProgress, candidate_progress
from skillassess.ui.dates import date_text
from skillassess.ui.labels import label
from skillassess.ui.ops import read
from skillassess.ui.widgets import Button, dialog_buttons


class ProgressWidget(QWidget):
    """Per enrolment: the qualification, whether a full certificate or a statement is possible, and the units."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self.tables: list[QTableWidget] = []
        self.eligibility_labels: list[QLabel] = []

    def eligibility_text(self, p: EnrolmentProgress) -> str:
        if p.eligible == "full":
            return self.tr("Packaging rules met: a full qualification certificate can be issued.")
        if p.eligible == "partial":
            return self.tr("%n unit(s) achieved: a statement of attainment can be issued.", "", len(p.achieved_units))
        return self.tr("No unit achieved yet.")

    def show_progress(self, progress: list[EnrolmentProgress]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.tables, self.eligibility_labels = [], []
        if not progress:
            self._layout.addWidget(QLabel(self.tr("The candidate is not enrolled for any qualification.")))
            return
        locale = QLocale()
        for p in progress:
            box = QGroupBox(f"\u2066{p.qualification_code}\u2069 {p.qualification_title}")
            v = QVBoxLayout(box)
            eligibility = QLabel(self.eligibility_text(p))
            eligibility.setWordWrap(True)
            v.addWidget(eligibility)
            headers = [
                self.tr("Unit"),
                self.tr("Title"),
                self.tr("Category"),
                self.tr("Credits"),
                self.tr("Latest outcome"),
                self.tr("Status"),
                self.tr("Attempts"),
                self.tr("Achieved"),
            ]
            table = QTableWidget(len(p.units), len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            for r, u in enumerate(p.units):
                achieved = (
                    date_text(u.achieved_on) if u.achieved and u.achieved_on else (self.tr("Yes") if u.achieved else "")
                )
                cells = [
                    f"\u2066{u.code}\u2069",
                    u.title,
                    label(u.category),
                    locale.toString(u.credits),
                    label(u.outcome),
                    label(u.status),
                    locale.toString(u.attempts),
                    achieved,
                ]
                for c, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if c in (3, 6):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(r, c, item)
            table.resizeColumnsToContents()
            table.horizontalHeader().setStretchLastSection(True)
            v.addWidget(table)
            self._layout.addWidget(box)
            self.tables.append(table)
            self.eligibility_labels.append(eligibility)


class ProgressDialog(QDialog):
    """The candidate's progress, opened from the assessments page."""

    def __init__(self, db: Database, candidate_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Progress: %1").replace("%1", title))
        self.resize(900, 480)
        self.widget = ProgressWidget()
        self.widget.show_progress(read(db, lambda s: candidate_progress(s, candidate_id)))
        box = dialog_buttons(self, None, Button.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.widget, 1)
        layout.addWidget(box)
