"""Dialogs of the candidate panel for a result already submitted or verified: amending it, appeals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from skillassess.core.enums import AppealDecision, AssessmentMethod, Judgement, Outcome
from skillassess.services.recording import reading
from skillassess.ui.dates import DateField
from skillassess.ui.labels import label
from skillassess.ui.screen_fit import fit_to_screen
from skillassess.ui.widgets import dialog_buttons


class AmendDialog(QDialog):
    """Correct a verified result: the changed fields and the reason (both kept with the original)."""

    def __init__(self, detail: reading.AssessmentDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.setWindowTitle(self.tr("Amend a verified result"))
        self.outcome = QComboBox()
        for o in Outcome:
            self.outcome.addItem(label(o), o)
        self.outcome.setCurrentIndex(self.outcome.findData(detail.outcome))
        self.date = DateField(detail.date)
        self.venue = QLineEdit(detail.venue)
        self.comments = QPlainTextEdit(detail.comments)
        self.feedback = QPlainTextEdit(detail.feedback)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why the verified result is corrected (required)"))
        self.method_boxes: dict[AssessmentMethod, QCheckBox] = {}
        methods = QWidget()
        ml = QGridLayout(methods)
        ml.setContentsMargins(0, 0, 0, 0)
        for n, m in enumerate(AssessmentMethod):
            cb = QCheckBox(label(m))
            cb.setChecked(m in detail.methods)
            self.method_boxes[m] = cb
            ml.addWidget(cb, n // 3, n % 3)
        # A unit has a handful of criteria (rarely more than 30): a plain table of choices fits.
        self.criteria = QTableWidget(len(detail.criteria), 2)
        self.criteria.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Judgement")])
        self.criteria.verticalHeader().setVisible(False)
        self.judgement_combos: dict[str, QComboBox] = {}
        for r, c in enumerate(detail.criteria):
            item = QTableWidgetItem(f"\u2066{c.number}\u2069  {c.text}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(c.text)
            self.criteria.setItem(r, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("Not assessed"), None)
            combo.addItem(label(Judgement.SATISFACTORY), Judgement.SATISFACTORY)
            combo.addItem(label(Judgement.NOT_YET_SATISFACTORY), Judgement.NOT_YET_SATISFACTORY)
            combo.setCurrentIndex(combo.findData(c.result) if c.result else 0)
            self.criteria.setCellWidget(r, 1, combo)
            self.judgement_combos[c.number] = combo
        self.criteria.setColumnWidth(0, 380)
        self.criteria.setMinimumHeight(300)
        for w in (self.comments, self.feedback, self.reason_edit):
            w.setMaximumHeight(70)
        self.criteria.horizontalHeader().setStretchLastSection(True)
        fit_to_screen(self, 680, 720)
        form = QFormLayout(self)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Methods:"), methods)
        form.addRow(self.tr("Criteria:"), self.criteria)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Venue:"), self.venue)
        form.addRow(self.tr("Comments:"), self.comments)
        form.addRow(self.tr("Feedback:"), self.feedback)
        form.addRow(self.tr("Reason:"), self.reason_edit)
        box = dialog_buttons(self)
        form.addRow(box)

    def changes(self) -> dict[str, object]:
        d = self.detail
        out: dict[str, object] = {}
        outcome = Outcome(self.outcome.currentData())
        if outcome != d.outcome:
            out["outcome"] = outcome
        date = self.date.date().toPython()
        if date != d.date:
            out["assessed_on"] = date
        methods = [m for m, cb in self.method_boxes.items() if cb.isChecked()]
        if methods != d.methods:
            out["methods"] = [m.value for m in methods]
        judgements: dict[str, str | None] = {}
        for c in d.criteria:
            data = self.judgement_combos[c.number].currentData()
            new = Judgement(data) if data else None
            if new != c.result:
                judgements[c.number] = new.value if new else None
        if judgements:
            out["judgements"] = judgements
        for key, value, old in (
            ("venue", self.venue.text(), d.venue),
            ("comments", self.comments.toPlainText(), d.comments),
            ("feedback", self.feedback.toPlainText(), d.feedback),
        ):
            if value != old:
                out[key] = value
        return out

    def reason(self) -> str:
        return self.reason_edit.toPlainText()


class AppealDialog(QDialog):
    """Lodge an appeal (date, grounds, independent reviewer) or, when one is pending, decide it."""

    def __init__(
        self,
        detail: reading.AssessmentDetail,
        reviewers: list[tuple[int, str, str]],
        pending: reading.AppealLine | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pending = pending
        form = QFormLayout(self)
        if pending is None:
            self.setWindowTitle(self.tr("Record an appeal"))
            self.lodged = DateField()
            self.grounds = QPlainTextEdit()
            self.reviewer = QComboBox()
            for uid, username, full_name in dict.fromkeys(reviewers):
                self.reviewer.addItem(f"{full_name} ({username})" if full_name else username, uid)
            form.addRow(self.tr("Lodged on:"), self.lodged)
            form.addRow(self.tr("Grounds:"), self.grounds)
            form.addRow(self.tr("Independent reviewer:"), self.reviewer)
        else:
            self.setWindowTitle(self.tr("Decide the appeal"))
            grounds = QLabel(pending.grounds)
            grounds.setWordWrap(True)
            grounds.setTextFormat(Qt.TextFormat.PlainText)
            self.decision_combo = QComboBox()
            self.decision_combo.addItem(label(AppealDecision.UPHELD), AppealDecision.UPHELD)
            self.decision_combo.addItem(label(AppealDecision.DISMISSED), AppealDecision.DISMISSED)
            self.notes = QPlainTextEdit()
            self.reopen = QCheckBox(self.tr("Open a new attempt"))
            self.decision_combo.currentIndexChanged.connect(
                lambda _i: self.reopen.setEnabled(self.decision_combo.currentData() == AppealDecision.UPHELD)
            )
            form.addRow(self.tr("Grounds:"), grounds)
            form.addRow(self.tr("Decision:"), self.decision_combo)
            form.addRow(self.tr("Notes:"), self.notes)
            form.addRow("", self.reopen)
        box = dialog_buttons(self)
        form.addRow(box)

    def lodging(self) -> tuple[object, str, int]:
        return self.lodged.date().toPython(), self.grounds.toPlainText(), int(self.reviewer.currentData() or 0)

    def decision(self) -> tuple[AppealDecision, str, bool]:
        return (
            AppealDecision(self.decision_combo.currentData()),
            self.notes.toPlainText(),
            self.reopen.isChecked() and self.reopen.isEnabled(),
        )
