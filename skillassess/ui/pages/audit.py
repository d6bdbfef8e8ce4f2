"""Audit page (administrators and verifiers): who changed what and when, filtered; check the hash chain,
the data against it and its checkpoint; administrators record a loss of entries."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import Role
from skillassess.db.database import Database
from skillassess.services import audit_reading, audit_verification
from skillassess.services.audit_reading import AuditFilter, AuditRow
from skillassess.services.audit_verification import AuditReport
from skillassess.services.context import Actor
from skillassess.ui import audit_texts
from skillassess.ui.errors import show_error
from skillassess.ui.labels import label
from skillassess.ui.ops import Changed, ChangeOp, QueryOp, Session, read
from skillassess.ui.pages.base import Page
from skillassess.ui.state import AppState
from skillassess.ui.table_models import Column, PagedTableModel, record_table
from skillassess.ui.tasks import Progress


def entity_label(entity_type: str) -> str:
    """The translated name of a record type as the audit log stores it (the stored name if unknown).

    Written out as QCoreApplication.translate: lupdate does not see calls through an alias."""
    names = {
        "centre": QCoreApplication.translate("AuditPage", "Centre"),
        "user": QCoreApplication.translate("AuditPage", "User"),
        "candidate": QCoreApplication.translate("AuditPage", "Candidate"),
        "enrolment": QCoreApplication.translate("AuditPage", "Enrolment"),
        "evidence": QCoreApplication.translate("AuditPage", "Evidence"),
        "assessment": QCoreApplication.translate("AuditPage", "Assessment"),
        "judgement": QCoreApplication.translate("AuditPage", "Judgement"),
        "amendment": QCoreApplication.translate("AuditPage", "Amendment"),
        "appeal": QCoreApplication.translate("AuditPage", "Appeal"),
        "certificate": QCoreApplication.translate("AuditPage", "Certificate"),
        "qualification": QCoreApplication.translate("AuditPage", "Qualification"),
        "unit": QCoreApplication.translate("AuditPage", "Unit"),
        "awarding_body": QCoreApplication.translate("AuditPage", "Awarding body"),
        "signatory": QCoreApplication.translate("AuditPage", "Signatory"),
        "signing_key": QCoreApplication.translate("AuditPage", "Signing key"),
    }
    return names.get(entity_type, entity_type)


def _value(v: object) -> str:
    return json.dumps(v, ensure_ascii=False)


class AuditTableModel(PagedTableModel[AuditRow]):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self.db = db
        self.filter = AuditFilter()
        locale = QLocale()
        columns = [
            Column[AuditRow](self.tr("No."), lambda r: locale.toString(r.id), align_right=True),
            # Stored in UTC, shown in the computer's time zone.
            Column[AuditRow](
                self.tr("When"), lambda r: locale.toString(r.at.astimezone(), QLocale.FormatType.ShortFormat)
            ),
            Column[AuditRow](self.tr("User"), lambda r: r.username, left_to_right=True),
            Column[AuditRow](self.tr("Action"), lambda r: label(r.action)),
            Column[AuditRow](self.tr("Record type"), lambda r: entity_label(r.entity_type)),
            Column[AuditRow](self.tr("Record"), lambda r: r.entity_id, left_to_right=True),
            Column[AuditRow](self.tr("Fields"), lambda r: ", ".join(r.changed_fields())),
        ]
        super().__init__(columns, self._count_rows, self._page_rows, parent)

    def _count_rows(self) -> int:
        return read(self.db, lambda s: audit_reading.count_entries(s, self.filter))

    def _page_rows(self, offset: int, limit: int) -> list[AuditRow]:
        return read(self.db, lambda s: audit_reading.entry_page(s, self.filter, offset, limit))


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    edit.setEnabled(False)
    return edit


class AuditPage(Page):
    @classmethod
    def allowed(cls, actor: Actor | None) -> bool:
        return actor is not None and actor.has(Role.ADMINISTRATOR, Role.VERIFIER)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.entity_combo = QComboBox()
        self.entity_combo.setObjectName("entity_type")
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("user")
        self.since_check = QCheckBox(self.tr("From"))
        self.since_edit = _date_edit("since")
        self.until_check = QCheckBox(self.tr("to"))
        self.until_edit = _date_edit("until")
        self.since_check.toggled.connect(self.since_edit.setEnabled)
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        for w in (self.entity_combo, self.user_combo):
            w.currentIndexChanged.connect(lambda _i: self._apply_filter())
        for c in (self.since_check, self.until_check):
            c.toggled.connect(lambda _b: self._apply_filter())
        for d in (self.since_edit, self.until_edit):
            d.dateChanged.connect(lambda _d: self._apply_filter())
        self.verify_button = QPushButton(self.tr("&Check the log"))
        self.verify_button.setToolTip(
            self.tr(
                "Recompute the hash chain, compare every record with what the log says, and compare the log with its "
                "checkpoint: any entry changed or removed, and any record changed outside SkillAssess, shows."
            )
        )
        self.verify_button.clicked.connect(self.verify_chain)
        self.accept_button = QPushButton(self.tr("&Record the loss…"))
        self.accept_button.setObjectName("accept_loss")
        self.accept_button.setToolTip(
            self.tr(
                "When the log lost entries its checkpoint records and no backup can be restored: write the loss into the "
                "log, so that work can go on."
            )
        )
        self.accept_button.clicked.connect(self.accept_loss)
        self.accept_button.hide()
        self.verify_label = QLabel()
        self.verify_label.setObjectName("verify_result")
        self.verify_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Record type:")))
        top.addWidget(self.entity_combo)
        top.addWidget(QLabel(self.tr("User:")))
        top.addWidget(self.user_combo)
        top.addWidget(self.since_check)
        top.addWidget(self.since_edit)
        top.addWidget(self.until_check)
        top.addWidget(self.until_edit)
        top.addStretch(1)
        top.addWidget(self.accept_button)
        top.addWidget(self.verify_button)

        self.model = AuditTableModel(state.db, self)
        self.table = record_table(self.model)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("detail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Select an entry to see the values before and after."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.count_label = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.verify_label, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_detail())
        # Every change writes the audit log.
        self.subscribe(Changed.EVERYTHING)
        self._filling = False
        self.report: AuditReport | None = None

    def title(self) -> str:
        return self.tr("Audit log")

    def load(self) -> None:
        self._fill_filters()
        self._apply_filter()

    def _fill_filters(self) -> None:
        self._filling = True
        try:
            types, names = read(self.db, lambda s: (audit_reading.entity_types(s), audit_reading.usernames(s)))
            for combo, values, all_text in (
                (self.entity_combo, types, self.tr("All record types")),
                (self.user_combo, names, self.tr("All users")),
            ):
                current = combo.currentData()
                combo.clear()
                combo.addItem(all_text, None)
                for v in values:
                    combo.addItem(entity_label(v) if combo is self.entity_combo else v, v)
                combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        finally:
            self._filling = False

    def current_filter(self) -> AuditFilter:
        since = self.since_edit.date().toPython() if self.since_check.isChecked() else None
        until = self.until_edit.date().toPython() if self.until_check.isChecked() else None
        return AuditFilter(
            entity_type=self.entity_combo.currentData(),
            username=self.user_combo.currentData(),
            since=since,  # type: ignore[arg-type]
            until=until,  # type: ignore[arg-type]
        )

    def _apply_filter(self) -> None:
        if self._filling:
            return
        self.model.filter = self.current_filter()
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("%n entry(ies)", "", self.model.total))
        self.detail.clear()

    def _show_detail(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail.clear()
            return
        r = self.model.row(rows[0].row())
        parts = [
            self.tr("Entry %1: %2 %3 %4 by %5")
            .replace("%1", str(r.id))
            .replace("%2", label(r.action))
            .replace("%3", entity_label(r.entity_type))
            .replace("%4", r.entity_id)
            .replace("%5", r.username)
        ]
        changed = r.changed_fields()
        if changed:
            before, after = r.before or {}, r.after or {}
            lines = [f"  {k}: {_value(before.get(k))} → {_value(after.get(k))}" for k in changed]
            parts.append(self.tr("Changes:") + "\n" + "\n".join(lines))
        for title, value in ((self.tr("Before"), r.before), (self.tr("After"), r.after)):
            if value is not None:
                parts.append(f"{title}:\n{json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)}")
        self.detail.setPlainText("\n\n".join(parts))

    # The chain can be long: check it off the GUI thread.
    def verify_chain(self) -> None:
        def work(s: Session, progress: Progress) -> AuditReport:
            progress.report(0, 1)
            report = audit_verification.verify(s)
            progress.report(1, 1)
            return report

        self.verify_button.setEnabled(False)
        QueryOp.reporting(self, self.db, work, title=self.tr("Audit log")).success(self._verified).failure(
            self._verify_failed
        ).cancelled(lambda: self.verify_button.setEnabled(True)).run_in_background(
            label=self.tr("Checking the audit log…")
        )

    def _verified(self, report: AuditReport) -> None:
        self.verify_button.setEnabled(True)
        self.report = report
        self.verify_label.setText(audit_texts.summary_text(report))
        self.verify_label.setStyleSheet("" if report.intact else "color: #b00020;")
        # Every difference and what the checkpoint says, in the detail pane (an entry chosen later replaces it).
        self.table.clearSelection()
        self.detail.setPlainText("\n".join(audit_texts.report_lines(report)))
        cp = report.checkpoint
        can_accept = cp is not None and cp.failed and self.actor is not None and self.actor.has(Role.ADMINISTRATOR)
        self.accept_button.setVisible(can_accept)

    def accept_loss(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from skillassess.services import checkpoint

        report = self.report
        if report is None or report.checkpoint is None or self.actor is None:
            return
        text = self.tr(
            "Record in the audit log that entries it held are lost?\n\n%1\n\nRestore the newest backup instead if you "
            "can. Recording the loss keeps what the checkpoint said, records the records whose entries were lost as "
            "they are now, and lets work go on."
        ).replace("%1", audit_texts.checkpoint_text(report.checkpoint))
        answer = QMessageBox.question(
            self,
            self.tr("Record the loss"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = self.actor
        ChangeOp(
            self, self.db, lambda s: checkpoint.accept_loss(s, actor), changes=Changed.AUDIT, title=self.tr("Audit log")
        ).success(lambda _r: self._loss_recorded()).run()

    def _loss_recorded(self) -> None:
        self.accept_button.hide()
        self.verify_chain()

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        show_error(self, exc)
