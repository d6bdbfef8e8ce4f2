"""The dialog that asks which results to export: qualification, period, status."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from skillassess.core.enums import AssessmentStatus
from skillassess.services.exports import ResultFilter
from skillassess.ui.dates import DateField
from skillassess.ui.labels import label
from skillassess.ui.widgets import dialog_buttons


def date_edit(value: QDate) -> DateField:
    """A date field (typed or picked in a calendar), as every dialog has them (ui/dates.py)."""
    return DateField(value)


def period_edits(period: QCheckBox) -> tuple[DateField, DateField]:
    """From 1 January of this year to today, usable while ``period`` is ticked."""
    today = QDate.currentDate()
    edits = date_edit(QDate(today.year(), 1, 1)), date_edit(today)
    for w in edits:
        w.setEnabled(False)
        period.toggled.connect(w.setEnabled)
    return edits


class ResultsExportDialog(QDialog):
    """Filters for the results workbook; ``result_filter()`` gives what the user chose."""

    def __init__(self, qualification_codes: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export results"))
        self.qualification = QComboBox()
        self.qualification.addItem(self.tr("All qualifications"), None)
        for code in qualification_codes:
            self.qualification.addItem(code, code)
        self.period = QCheckBox(self.tr("Only results assessed in a period"))
        self.date_from, self.date_to = period_edits(self.period)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("From")))
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for s in AssessmentStatus:
            self.status.addItem(label(s), s.value)
        form = QFormLayout(self)
        form.addRow(self.tr("Qualification:"), self.qualification)
        form.addRow(self.period)
        form.addRow(self.tr("Period:"), dates)
        form.addRow(self.tr("Status:"), self.status)
        buttons = dialog_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        form.addRow(buttons)

    def result_filter(self) -> ResultFilter:
        status = self.status.currentData()
        return ResultFilter(
            qualification=self.qualification.currentData(),
            date_from=self.date_from.date().toPython() if self.period.isChecked() else None,  # type: ignore[arg-type]
            date_to=self.date_to.date().toPython() if self.period.isChecked() else None,  # type: ignore[arg-type]
            status=AssessmentStatus(status) if status else None,
        )
