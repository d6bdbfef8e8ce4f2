"""The side panel of the grid: one candidate's assessment: methods, comments, feedback, conflict of
interest, outcome with what blocks Competent, the workflow buttons and the history of attempts.

Every field saves as it changes (text after a short pause or when leaving the field) through the
recording service, one transaction per change (``_save``: a ChangeOp); the dialogs for amending and
appeals are in review.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import AppealDecision, AssessmentMethod, AssessmentStatus, Outcome, Pathway, Role
from skillassess.db.database import Database
from skillassess.services import users
from skillassess.services.context import Actor
from skillassess.services.recording import corrections, judging, reading, verification
from skillassess.ui.dates import date_text
from skillassess.ui.errors import error_text, show_error
from skillassess.ui.file_dialogs import confirm_saved, save_file_name
from skillassess.ui.i18n import number
from skillassess.ui.labels import label
from skillassess.ui.ops import Changed, ChangeOp, Session, read
from skillassess.ui.recording.review import AmendDialog, AppealDialog

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
        self.detail: reading.AssessmentDetail | None = None
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
        self.evidence_button = QPushButton(self.tr("Evidence…"))
        self.evidence_button.setToolTip(
            self.tr("The evidence and self-assessment behind each criterion, and the gaps (Ctrl+E on a cell)")
        )
        self.evidence_button.clicked.connect(lambda: self.open_basis())  # noqa: PLW0108 (clicked passes a bool)
        self.basis_dialog: QDialog | None = None
        self.submit_button.clicked.connect(self.submit)
        self.verify_button.clicked.connect(self.verify)
        self.return_button.clicked.connect(self.return_to_assessor)
        self.amend_button.clicked.connect(self.amend)
        self.attempt_button.clicked.connect(self.new_attempt)
        self.appeal_button.clicked.connect(self.appeal)
        self.print_button.clicked.connect(self.print_record)
        for b in self._buttons():
            b.setAutoDefault(False)  # Enter in a field of the recording window presses none of them
        buttons = QVBoxLayout()
        row1, row2, row3 = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        for b in (self.submit_button, self.verify_button, self.return_button):
            row1.addWidget(b)
        for b in (self.amend_button, self.attempt_button, self.appeal_button):
            row2.addWidget(b)
        row3.addWidget(self.print_button)
        row3.addWidget(self.evidence_button)
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
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(inner)
        # The actions and what they answer stay in view below the fields, whatever the language and the
        # height of the screen: only the fields scroll.
        self.action_bar = QWidget()
        self.action_bar.setObjectName("recording_actions")
        bar = QVBoxLayout(self.action_bar)
        bar.addWidget(self.message)
        bar.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(self.action_bar)
        self.show_assessment(None)

    # Loading ------------------------------------------------------------------------------------
    def show_assessment(self, assessment_id: int | None) -> None:
        """Show (and then record into) one assessment; saves pending text of the previous one first."""
        self.flush()
        self.message.clear()
        self.detail = None if assessment_id is None else self._read(assessment_id)
        self._fill()

    def reload(self) -> None:
        if self.detail is not None:
            self.detail = self._read(self.detail.id)
        self._fill()

    def _read(self, assessment_id: int) -> reading.AssessmentDetail:
        return read(self.db, lambda s: reading.assessment_detail(s, assessment_id))

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
            status = self.tr("Attempt %1 · %2").replace("%1", number(d.attempt)).replace("%2", label(d.status))
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
            self.evidence_button.setEnabled(True)  # read-only: for the assessor and the verifier alike
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
            self.evidence_button,
        ]

    def _show_blocking(self, blocking: list[str], methods: int) -> None:
        """What the criteria and methods allow, for the outcome chosen (Competent or RPL granted; for an RPL
        candidate with no outcome yet, RPL granted)."""
        data = self.outcome_combo.currentData()
        chosen = Outcome(data) if data else None
        rpl = self.detail is not None and self.detail.pathway == Pathway.RPL
        if chosen in (Outcome.NOT_YET_COMPETENT, Outcome.WITHDRAWN):
            self.blocking_label.setText(self.tr("Not Yet Competent and Withdrawn can always be recorded."))
            self.blocking_label.setStyleSheet(OK_STYLE)
            return
        if chosen == Outcome.CREDIT_TRANSFER:
            self.blocking_label.setText(self.tr("Credit transfer rests on its source, not on the criteria."))
            self.blocking_label.setStyleSheet(OK_STYLE)
            return
        target = chosen or (Outcome.RPL_GRANTED if rpl else Outcome.COMPETENT)
        parts = []
        if target == Outcome.RPL_GRANTED and not rpl:
            parts.append(self.tr("The candidate is not enrolled on the RPL pathway."))
        if blocking:
            numbers = "\u2066" + ", ".join(blocking) + "\u2069"  # 1.1, 1.2 in that order in Arabic too
            parts.append(self.tr("Not yet Satisfactory or not assessed: %1").replace("%1", numbers))
        if not methods:
            parts.append(self.tr("No method recorded."))
        if parts:
            blocked = (
                self.tr("Competent is blocked. ")
                if target == Outcome.COMPETENT
                else self.tr("RPL granted is blocked. ")
            )
            self.blocking_label.setText(blocked + " ".join(p if p.endswith(".") else p + "." for p in parts))
            self.blocking_label.setStyleSheet(ERROR_STYLE)
        elif target == Outcome.COMPETENT:
            self.blocking_label.setText(self.tr("Every criterion is Satisfactory: Competent can be recorded."))
            self.blocking_label.setStyleSheet(OK_STYLE)
        else:
            self.blocking_label.setText(self.tr("Every criterion is Satisfactory: RPL granted can be recorded."))
            self.blocking_label.setStyleSheet(OK_STYLE)

    def update_blocking(self, blocking: list[str]) -> None:
        """Called by the grid after each saved cell, so the message follows the typing."""
        if self.detail is not None:
            self._show_blocking(blocking, len(self.detail.methods))

    def _fill_history(self, d: reading.AssessmentDetail) -> None:
        self.history.clear()
        for h in d.attempts:
            mark = "• " if h.id == d.id else ""  # a bullet: direction-neutral, in every bundled font
            self.history.addItem(
                mark
                + self.tr("Attempt %1, %2: %3, %4")
                .replace("%1", number(h.attempt))
                .replace("%2", date_text(h.date))
                .replace("%3", label(h.outcome) or self.tr("no outcome"))
                .replace("%4", label(h.status))
            )
        for am in d.amendments:
            self.history.addItem(self.tr("Amended by %1: %2").replace("%1", am.amended_by).replace("%2", am.reason))
        for ap in d.appeals:
            self.history.addItem(
                self.tr("Appeal of %1: %2 (%3)")
                .replace("%1", date_text(ap.lodged_on))
                .replace("%2", ap.grounds)
                .replace("%3", label(ap.decision))
            )

    # Saving -------------------------------------------------------------------------------------
    def _save(
        self,
        what: str,
        fn: Callable[[Session, Actor, int], Any],
        *,
        modal: bool = False,
        then: Callable[[Any], object] | None = None,
    ) -> bool:
        """Run ``fn(session, actor, assessment_id)`` in its own transaction; say so only once it committed,
        then ``then(result)``.

        A refused change is said below the buttons (``modal``: in the error dialog, for the workflow
        actions) and the form shows what is stored again.
        """
        if self.detail is None or self.actor is None:
            return False
        actor, aid = self.actor, self.detail.id

        def saved(result: Any) -> None:
            self.message.setStyleSheet(OK_STYLE)
            self.message.setText(self.tr("Saved: %1").replace("%1", what))
            self.reload()
            self.changed.emit(aid)
            if then is not None:
                then(result)

        def refused(exc: Exception) -> None:
            if modal:
                show_error(self, exc)
            else:
                self.message.setStyleSheet(ERROR_STYLE)
                self.message.setText(error_text(exc))
            self.reload()

        return (
            ChangeOp(self, self.db, lambda s: fn(s, actor, aid), changes=Changed.ASSESSMENTS)
            .success(saved)
            .failure(refused)
            .run()
        )

    def _methods_changed(self) -> None:
        if self._loading or self.detail is None:
            return
        chosen = [m for m, cb in self.method_boxes.items() if cb.isChecked()]
        self._save(self.tr("methods"), lambda s, actor, aid: judging.set_methods(s, actor, aid, chosen))

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
        details = self.conflict_details.text()
        self._save(
            self.tr("conflict of interest"),
            lambda s, actor, aid: judging.declare_conflict(s, actor, aid, value, details),
        )

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
        self._save(
            self.tr("comments and feedback"),
            lambda s, actor, aid: judging.set_notes(s, actor, aid, comments=comments, feedback=feedback),
        )

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
        source = self.source_edit.text()
        self._save(self.tr("outcome"), lambda s, actor, aid: judging.set_outcome(s, actor, aid, outcome, source))

    # Workflow -----------------------------------------------------------------------------------
    def confirm(self, question: str, consequence: str, action: str) -> bool:
        """Ask once before a step that locks the result: ``question``, what it locks, and the button ``action``."""
        box = QMessageBox(QMessageBox.Icon.Question, self.window().windowTitle(), question, parent=self)
        box.setInformativeText(consequence)
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(go)
        box.exec()
        return box.clickedButton() is go

    def _outcome_name(self) -> str:
        return label(self.detail.outcome) if self.detail is not None and self.detail.outcome else ""

    def submit(self) -> None:
        self.flush()
        d = self.detail
        if d is None:
            return
        # What would refuse the submission is said first (the service says it); a submission that can go
        # ahead is confirmed once, saying what it locks.
        if not read(self.db, lambda s: judging.submit_problems(s, d.id)) and not self.confirm(
            self.tr("Submit the result of %1 in %2 for verification?")
            .replace("%1", d.candidate_name)
            .replace("%2", d.unit_code),
            self.tr(
                "Its judgements, methods, comments and outcome (%1) are then locked: only a verifier can "
                "return it to you."
            ).replace("%1", self._outcome_name()),
            self.tr("Submit"),
        ):
            return
        self._save(self.tr("submitted for verification"), judging.submit, modal=True)

    def verify(self) -> None:
        d = self.detail
        if d is None or not self.confirm(
            self.tr("Verify the result of %1 in %2?").replace("%1", d.candidate_name).replace("%2", d.unit_code),
            self.tr(
                "The outcome %1 is then final and locked: a change needs an amendment with a reason, or a new attempt."
            ).replace("%1", self._outcome_name()),
            self.tr("Verify"),
        ):
            return
        self._save(self.tr("verified and locked"), verification.verify, modal=True)

    def return_to_assessor(self) -> None:
        if self.detail is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Return to the assessor"), self.tr("What must the assessor fix?")
        )
        if ok:
            self._save(
                self.tr("returned to the assessor"),
                lambda s, actor, aid: verification.return_assessment(s, actor, aid, reason),
                modal=True,
            )

    def amend(self) -> None:
        if self.detail is None:
            return
        dialog = AmendDialog(self.detail, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changes, reason = dialog.changes(), dialog.reason()
        self._save(
            self.tr("amendment"), lambda s, actor, aid: corrections.amend(s, actor, aid, changes, reason), modal=True
        )

    def new_attempt(self) -> None:
        if self.detail is None:
            return
        session_id = self.detail.session_id
        self._save(
            self.tr("new attempt opened"),
            lambda s, actor, aid: corrections.new_attempt(s, actor, aid, session_id=session_id),
            modal=True,
            then=self.opened.emit,
        )

    def appeal(self) -> None:
        if self.detail is None:
            return
        assessor_id = self.detail.assessor_id
        reviewers = [
            u
            for u in read(
                self.db, lambda s: users.user_choices(s, Role.VERIFIER) + users.user_choices(s, Role.ADMINISTRATOR)
            )
            if u[0] != assessor_id
        ]
        pending = [a for a in self.detail.appeals if a.decision == AppealDecision.PENDING]
        dialog = AppealDialog(self.detail, reviewers, pending[0] if pending else None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if pending:
            appeal_id = pending[0].id
            decision, notes, reopen = dialog.decision()
            self._save(
                self.tr("appeal decided"),
                lambda s, actor, _aid: corrections.decide_appeal(
                    s, actor, appeal_id, decision, notes=notes, open_new_attempt=reopen
                ),
                modal=True,
                then=lambda created: self.opened.emit(created) if created else None,
            )
        else:
            lodged_on, grounds, reviewer_id = dialog.lodging()
            self._save(
                self.tr("appeal recorded"),
                lambda s, actor, aid: corrections.lodge_appeal(
                    s, actor, aid, lodged_on=lodged_on, grounds=grounds, reviewer_id=reviewer_id
                ),
                modal=True,
            )

    def open_basis(self, criterion_id: int | None = None) -> None:
        """The evidence and self-assessment behind this assessment (read-only), at ``criterion_id``."""
        from skillassess.ui.recording.basis import EvidenceBasisDialog

        if self.detail is None:
            return
        self.basis_dialog = EvidenceBasisDialog(self.db, self.actor, self.detail.id, criterion_id, self)
        self.basis_dialog.open()

    def print_record(self) -> None:
        if self.detail is None or self.actor is None:
            return
        d = self.detail
        path, _ = save_file_name(
            self,
            self.tr("Save assessment record"),
            f"{d.registration_number}-{d.unit_code}-{d.attempt}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if path is None:
            return
        from skillassess.services.exports import export_assessment_record
        from skillassess.ui.errors import translator

        actor = self.actor

        def written(_result: object) -> None:
            self.message.setStyleSheet(OK_STYLE)
            self.message.setText(self.tr("Wrote %1").replace("%1", str(path)))
            confirm_saved(self, path)

        # Written and recorded in the audit log, or neither.
        ChangeOp(
            self,
            self.db,
            lambda s: export_assessment_record(s, actor, d.id, Path(path), translator()),
            changes=Changed.AUDIT,
        ).success(written).run()
