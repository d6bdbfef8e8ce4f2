"""The side panel of the grid: one candidate's assessment: methods, comments, feedback, conflict of
interest, outcome with what blocks Competent, the workflow buttons and the history of attempts.

Every field saves as it changes (text after a short pause or when leaving the field) through the
recording service, one transaction per change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from skillassess.core.enums import AppealDecision, AssessmentMethod, AssessmentStatus, Judgement, Outcome, Role
from skillassess.core.errors import DomainError
from skillassess.core.records import AppealLine, AssessmentDetail
from skillassess.db.database import Database
from skillassess.services import users
from skillassess.services.context import Actor
from skillassess.services.recording import corrections, judging, reading, verification
from skillassess.ui.errors import show_error
from skillassess.ui.labels import label

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


class CandidatePanel(QWidget):
    """What the assessor records per candidate beside the grid, and the workflow actions."""

    # Emitted after any committed change (assessment id), so the grid can refresh its headers.
    changed = Signal(int)
    # Emitted when an action opened another assessment (new attempt), with its id.
    opened = Signal(int)

    def __init__(self, db: Database, actor: Actor | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.detail: AssessmentDetail | None = None
        self._loading = False

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        f = self.heading.font()
        f.setBold(True)
        self.heading.setFont(f)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.returned_label = QLabel()
        self.returned_label.setWordWrap(True)
        self.returned_label.setStyleSheet(ERROR_STYLE)

        self.method_boxes: dict[AssessmentMethod, QCheckBox] = {}
        methods_box = QGroupBox(self.tr("Methods used"))
        ml = QGridLayout(methods_box)
        for n, m in enumerate(AssessmentMethod):
            cb = QCheckBox(label(m))
            cb.toggled.connect(self._methods_changed)
            self.method_boxes[m] = cb
            ml.addWidget(cb, n // 2, n % 2)

        self.conflict_combo = QComboBox()
        self.conflict_combo.addItem(self.tr("Not declared yet"), None)
        self.conflict_combo.addItem(self.tr("No conflict of interest"), False)
        self.conflict_combo.addItem(self.tr("Conflict of interest (describe)"), True)
        self.conflict_combo.currentIndexChanged.connect(self._conflict_changed)
        self.conflict_details = QLineEdit()
        self.conflict_details.setPlaceholderText(self.tr("For example: the candidate is a relative"))
        self.conflict_details.editingFinished.connect(self._conflict_changed)

        self.comments = QPlainTextEdit()
        self.comments.setPlaceholderText(self.tr("Assessor's comments"))
        self.feedback = QPlainTextEdit()
        self.feedback.setPlaceholderText(self.tr("Feedback given to the candidate"))
        for w in (self.comments, self.feedback):
            w.setTabChangesFocus(True)
            w.setMaximumHeight(80)
            w.textChanged.connect(self._text_typed)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(700)
        self._text_timer.timeout.connect(self.flush)

        self.outcome_combo = QComboBox()
        self.outcome_combo.addItem(self.tr("No outcome yet"), None)
        for o in Outcome:
            self.outcome_combo.addItem(label(o), o)
        self.outcome_combo.currentIndexChanged.connect(self._outcome_changed)
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("Credit transfer: earlier qualification and who issued it"))
        self.source_edit.editingFinished.connect(self._outcome_changed)
        self.blocking_label = QLabel()
        self.blocking_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Conflict of interest:"), self.conflict_combo)
        form.addRow("", self.conflict_details)
        form.addRow(self.tr("Comments:"), self.comments)
        form.addRow(self.tr("Feedback:"), self.feedback)
        form.addRow(self.tr("Outcome:"), self.outcome_combo)
        form.addRow("", self.source_edit)
        form.addRow("", self.blocking_label)

        self.submit_button = QPushButton(self.tr("Submit"))
        self.verify_button = QPushButton(self.tr("Verify"))
        self.return_button = QPushButton(self.tr("Return…"))
        self.amend_button = QPushButton(self.tr("Amend…"))
        self.attempt_button = QPushButton(self.tr("New attempt"))
        self.appeal_button = QPushButton(self.tr("Appeal…"))
        self.print_button = QPushButton(self.tr("Print record…"))
        self.submit_button.clicked.connect(self.submit)
        self.verify_button.clicked.connect(self.verify)
        self.return_button.clicked.connect(self.return_to_assessor)
        self.amend_button.clicked.connect(self.amend)
        self.attempt_button.clicked.connect(self.new_attempt)
        self.appeal_button.clicked.connect(self.appeal)
        self.print_button.clicked.connect(self.print_record)
        buttons = QVBoxLayout()
        row1, row2, row3 = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        for b in (self.submit_button, self.verify_button, self.return_button):
            row1.addWidget(b)
        for b in (self.amend_button, self.attempt_button, self.appeal_button):
            row2.addWidget(b)
        row3.addWidget(self.print_button)
        row3.addStretch(1)
        for r in (row1, row2, row3):
            buttons.addLayout(r)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.history = QListWidget()
        self.history.setMaximumHeight(130)
        self.history.setWordWrap(True)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.heading)
        layout.addWidget(self.status_label)
        layout.addWidget(self.returned_label)
        layout.addWidget(methods_box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.show_assessment(None)

    # Loading ------------------------------------------------------------------------------------
    def show_assessment(self, assessment_id: int | None) -> None:
        """Show (and then record into) one assessment; saves pending text of the previous one first."""
        self.flush()
        self.message.clear()
        if assessment_id is None:
            self.detail = None
        else:
            with self.db.session() as s:
                self.detail = reading.assessment_detail(s, assessment_id)
        self._fill()

    def reload(self) -> None:
        if self.detail is not None:
            with self.db.session() as s:
                self.detail = reading.assessment_detail(s, self.detail.id)
        self._fill()

    def _can(self, *roles: Role) -> bool:
        return self.actor is not None and self.actor.has(*roles)

    def _is_assessor(self) -> bool:
        return self.detail is not None and self.actor is not None and self.actor.user_id == self.detail.assessor_id

    def _fill(self) -> None:
        d = self.detail
        self._loading = True
        try:
            editable = bool(d and d.editable and self._is_assessor() and self._can(Role.ASSESSOR))
            for w in (
                *self.method_boxes.values(),
                self.conflict_combo,
                self.conflict_details,
                self.comments,
                self.feedback,
                self.outcome_combo,
                self.source_edit,
            ):
                w.setEnabled(editable)
            if d is None:
                self.heading.setText(self.tr("Choose a candidate's column in the grid."))
                self.status_label.clear()
                self.returned_label.clear()
                for cb in self.method_boxes.values():
                    cb.setChecked(False)
                self.comments.setPlainText("")
                self.feedback.setPlainText("")
                self.history.clear()
                self.blocking_label.clear()
                for b in self._buttons():
                    b.setEnabled(False)
                return
            self.heading.setText(
                f"{d.candidate_name} (\u2066{d.registration_number}\u2069)\n\u2066{d.unit_code}\u2069 {d.unit_title}"
            )
            status = self.tr("Attempt %1 · %2").replace("%1", str(d.attempt)).replace("%2", label(d.status))
            if d.verifier_name and d.status == AssessmentStatus.VERIFIED:
                status += " · " + self.tr("verified by %1").replace("%1", d.verifier_name)
            status += " · " + self.tr("assessor: %1").replace("%1", d.assessor_name)
            self.status_label.setText(status)
            self.returned_label.setText(
                self.tr("Returned: %1").replace("%1", d.returned_reason)
                if d.status == AssessmentStatus.RETURNED
                else ""
            )
            self.returned_label.setVisible(d.status == AssessmentStatus.RETURNED)
            for m, cb in self.method_boxes.items():
                cb.setChecked(m in d.methods)
            self.conflict_combo.setCurrentIndex({None: 0, False: 1, True: 2}[d.conflict_of_interest])
            self.conflict_details.setText(d.conflict_details)
            self.conflict_details.setVisible(d.conflict_of_interest is True)
            # Text typed but not yet saved (the pause timer is running) is kept, not overwritten.
            typing = self._text_timer.isActive()
            if not typing and self.comments.toPlainText() != d.comments:
                self.comments.setPlainText(d.comments)
            if not typing and self.feedback.toPlainText() != d.feedback:
                self.feedback.setPlainText(d.feedback)
            self.outcome_combo.setCurrentIndex(self.outcome_combo.findData(d.outcome) if d.outcome else 0)
            self.source_edit.setText(d.credit_transfer_source)
            self.source_edit.setVisible(d.outcome == Outcome.CREDIT_TRANSFER)
            self._show_blocking(d.blocking, len(d.methods))
            self._fill_history(d)
            self.submit_button.setEnabled(editable)
            independent = not self._is_assessor()
            self.verify_button.setEnabled(
                d.status == AssessmentStatus.SUBMITTED and self._can(Role.VERIFIER) and independent
            )
            self.return_button.setEnabled(self.verify_button.isEnabled())
            self.amend_button.setEnabled(
                d.status == AssessmentStatus.VERIFIED and self._can(Role.VERIFIER, Role.ADMINISTRATOR) and independent
            )
            latest = not d.attempts or d.attempts[-1].id == d.id
            self.attempt_button.setEnabled(
                d.status == AssessmentStatus.VERIFIED
                and latest
                and d.outcome in (Outcome.NOT_YET_COMPETENT, Outcome.WITHDRAWN)
                and self._can(Role.ASSESSOR, Role.ADMINISTRATOR)
            )
            pending = [a for a in d.appeals if a.decision == AppealDecision.PENDING]
            self.appeal_button.setText(self.tr("Decide appeal…") if pending else self.tr("Appeal…"))
            self.appeal_button.setEnabled(
                (bool(pending) and self._can(Role.VERIFIER, Role.ADMINISTRATOR) and independent)
                or (
                    not pending
                    and d.outcome is not None
                    and d.status in (AssessmentStatus.SUBMITTED, AssessmentStatus.VERIFIED)
                    and self.actor is not None
                )
            )
            self.print_button.setEnabled(True)
        finally:
            self._loading = False

    def _buttons(self) -> list[QPushButton]:
        return [
            self.submit_button,
            self.verify_button,
            self.return_button,
            self.amend_button,
            self.attempt_button,
            self.appeal_button,
            self.print_button,
        ]

    def _show_blocking(self, blocking: list[str], methods: int) -> None:
        parts = []
        if blocking:
            parts.append(self.tr("Not yet Satisfactory or not assessed: %1").replace("%1", ", ".join(blocking)))
        if not methods:
            parts.append(self.tr("No method recorded."))
        if parts:
            self.blocking_label.setText(self.tr("Competent is blocked. ") + " ".join(parts))
            self.blocking_label.setStyleSheet(ERROR_STYLE)
        else:
            self.blocking_label.setText(self.tr("Every criterion is Satisfactory: Competent can be recorded."))
            self.blocking_label.setStyleSheet(OK_STYLE)

    def update_blocking(self, blocking: list[str]) -> None:
        """Called by the grid after each saved cell, so the message follows the typing."""
        if self.detail is not None:
            self._show_blocking(blocking, len(self.detail.methods))

    def _fill_history(self, d: AssessmentDetail) -> None:
        locale = QLocale()
        self.history.clear()
        for h in d.attempts:
            mark = "▸ " if h.id == d.id else ""
            self.history.addItem(
                mark
                + self.tr("Attempt %1, %2: %3, %4")
                .replace("%1", str(h.attempt))
                .replace("%2", locale.toString(h.date, QLocale.FormatType.ShortFormat))
                .replace("%3", label(h.outcome) or self.tr("no outcome"))
                .replace("%4", label(h.status))
            )
        for am in d.amendments:
            self.history.addItem(self.tr("Amended by %1: %2").replace("%1", am.amended_by).replace("%2", am.reason))
        for ap in d.appeals:
            self.history.addItem(
                self.tr("Appeal of %1: %2 (%3)")
                .replace("%1", locale.toString(ap.lodged_on, QLocale.FormatType.ShortFormat))
                .replace("%2", ap.grounds)
                .replace("%3", label(ap.decision))
            )

    # Saving -------------------------------------------------------------------------------------
    def _save(self, what: str, fn: Callable[[Session], object], *, modal: bool = False) -> bool:
        """Run one change in its own transaction; say so only once it committed."""
        if self.detail is None or self.actor is None:
            return False
        try:
            self.db.write(fn)
        except DomainError as exc:
            if modal:
                show_error(self, exc)
            else:
                self.message.setStyleSheet(ERROR_STYLE)
                self.message.setText(str(exc))
            self.reload()
            return False
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("Saved: %1").replace("%1", what))
        aid = self.detail.id
        self.reload()
        self.changed.emit(aid)
        return True

    def _methods_changed(self) -> None:
        if self._loading or self.detail is None:
            return
        actor, aid = self.actor, self.detail.id
        chosen = [m for m, cb in self.method_boxes.items() if cb.isChecked()]
        self._save(self.tr("methods"), lambda s: judging.set_methods(s, actor, aid, chosen))  # type: ignore[arg-type]

    def _conflict_changed(self) -> None:
        if self._loading or self.detail is None:
            return
        value = self.conflict_combo.currentData()
        self.conflict_details.setVisible(value is True)
        if value is None:
            return
        if value is True and not self.conflict_details.text().strip():
            self.conflict_details.setFocus()
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Describe the conflict of interest, then press Enter."))
            return
        actor, aid, details = self.actor, self.detail.id, self.conflict_details.text()
        self._save(self.tr("conflict of interest"), lambda s: judging.declare_conflict(s, actor, aid, value, details))  # type: ignore[arg-type]

    def _text_typed(self) -> None:
        if not self._loading:
            self._text_timer.start()

    def flush(self) -> None:
        """Save typed comments and feedback now (called after a pause in typing and before switching)."""
        self._text_timer.stop()
        d = self.detail
        if d is None or self._loading or not self.comments.isEnabled():
            return
        comments, feedback = self.comments.toPlainText(), self.feedback.toPlainText()
        if comments == d.comments and feedback == d.feedback:
            return
        actor, aid = self.actor, d.id
        self._save(
            self.tr("comments and feedback"),
            lambda s: judging.set_notes(s, actor, aid, comments=comments, feedback=feedback),
        )  # type: ignore[arg-type]

    def _outcome_changed(self) -> None:
        if self._loading or self.detail is None:
            return
        data = self.outcome_combo.currentData()  # Qt hands enum data back as plain str
        outcome = Outcome(data) if data else None
        self.source_edit.setVisible(outcome == Outcome.CREDIT_TRANSFER)
        if outcome == Outcome.CREDIT_TRANSFER and not self.source_edit.text().strip():
            self.source_edit.setFocus()
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Type the source of the credit transfer, then press Enter."))
            return
        actor, aid, source = self.actor, self.detail.id, self.source_edit.text()
        self._save(self.tr("outcome"), lambda s: judging.set_outcome(s, actor, aid, outcome, source))  # type: ignore[arg-type]

    # Workflow -----------------------------------------------------------------------------------
    def submit(self) -> None:
        self.flush()
        if self.detail is not None:
            actor, aid = self.actor, self.detail.id
            self._save(self.tr("submitted for verification"), lambda s: judging.submit(s, actor, aid), modal=True)  # type: ignore[arg-type]

    def verify(self) -> None:
        if self.detail is not None:
            actor, aid = self.actor, self.detail.id
            self._save(self.tr("verified and locked"), lambda s: verification.verify(s, actor, aid), modal=True)  # type: ignore[arg-type]

    def return_to_assessor(self) -> None:
        if self.detail is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Return to the assessor"), self.tr("What must the assessor fix?")
        )
        if ok:
            actor, aid = self.actor, self.detail.id
            self._save(
                self.tr("returned to the assessor"), lambda s: verification.return_assessment(s, actor, aid, reason), modal=True
            )  # type: ignore[arg-type]

    def amend(self) -> None:
        if self.detail is None:
            return
        dialog = AmendDialog(self.detail, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        actor, aid, changes, reason = self.actor, self.detail.id, dialog.changes(), dialog.reason()
        self._save(self.tr("amendment"), lambda s: corrections.amend(s, actor, aid, changes, reason), modal=True)  # type: ignore[arg-type]

    def new_attempt(self) -> None:
        if self.detail is None:
            return
        actor, aid = self.actor, self.detail.id
        created: list[int] = []
        if self._save(
            self.tr("new attempt opened"),
            lambda s: created.append(
                corrections.new_attempt(s, actor, aid, session_id=self.detail.session_id if self.detail else None)
            ),
            modal=True,
        ):  # type: ignore[arg-type]
            self.opened.emit(created[0])

    def appeal(self) -> None:
        if self.detail is None:
            return
        with self.db.session() as s:
            reviewers = [
                u
                for u in users.user_choices(s, Role.VERIFIER) + users.user_choices(s, Role.ADMINISTRATOR)
                if u[0] != self.detail.assessor_id
            ]
        pending = [a for a in self.detail.appeals if a.decision == AppealDecision.PENDING]
        dialog = AppealDialog(self.detail, reviewers, pending[0] if pending else None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        actor, aid = self.actor, self.detail.id
        if pending:
            appeal_id = pending[0].id
            decision, notes, reopen = dialog.decision()
            created: list[int | None] = []
            if self._save(
                self.tr("appeal decided"),
                lambda s: created.append(
                    corrections.decide_appeal(s, actor, appeal_id, decision, notes=notes, open_new_attempt=reopen)
                ),
                modal=True,
            ):  # type: ignore[arg-type]
                if created and created[0]:
                    self.opened.emit(created[0])
        else:
            lodged_on, grounds, reviewer_id = dialog.lodging()
            self._save(
                self.tr("appeal recorded"),
                lambda s: corrections.lodge_appeal(
                    s, actor, aid, lodged_on=lodged_on, grounds=grounds, reviewer_id=reviewer_id
                ),
                modal=True,
            )  # type: ignore[arg-type]

    def print_record(self) -> None:
        if self.detail is None or self.actor is None:
            return
        d = self.detail
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save assessment record"),
            f"{d.registration_number}-{d.unit_code}-{d.attempt}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if not path:
            return
        from pathlib import Path

        from skillassess.services.exports import export_assessment_record

        try:
            with self.db.transaction() as s:  # written and recorded in the audit log, or neither
                export_assessment_record(s, self.actor, d.id, Path(path))
        except DomainError as exc:
            show_error(self, exc)
            return
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("Wrote %1").replace("%1", path))


class AmendDialog(QDialog):
    """Correct a verified result: the changed fields and the reason (both kept with the original)."""

    def __init__(self, detail: AssessmentDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.setWindowTitle(self.tr("Amend a verified result"))
        self.outcome = QComboBox()
        for o in Outcome:
            self.outcome.addItem(label(o), o)
        self.outcome.setCurrentIndex(self.outcome.findData(detail.outcome))
        self.date = QDateEdit(QDate(detail.date.year, detail.date.month, detail.date.day))
        self.date.setCalendarPopup(True)
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
        self.resize(680, 720)
        form = QFormLayout(self)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Methods:"), methods)
        form.addRow(self.tr("Criteria:"), self.criteria)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Venue:"), self.venue)
        form.addRow(self.tr("Comments:"), self.comments)
        form.addRow(self.tr("Feedback:"), self.feedback)
        form.addRow(self.tr("Reason:"), self.reason_edit)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
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
        detail: AssessmentDetail,
        reviewers: list[tuple[int, str, str]],
        pending: AppealLine | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pending = pending
        form = QFormLayout(self)
        if pending is None:
            self.setWindowTitle(self.tr("Record an appeal"))
            self.lodged = QDateEdit(QDate.currentDate())
            self.lodged.setCalendarPopup(True)
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
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def lodging(self) -> tuple[object, str, int]:
        return self.lodged.date().toPython(), self.grounds.toPlainText(), int(self.reviewer.currentData() or 0)

    def decision(self) -> tuple[AppealDecision, str, bool]:
        return (
            AppealDecision(self.decision_combo.currentData()),
            self.notes.toPlainText(),
            self.reopen.isChecked() and self.reopen.isEnabled(),
        )
