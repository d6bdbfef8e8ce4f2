"""Dialogs for RPL evidence: the portfolio of evidence and the candidate's self-assessment."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import EvidenceKind, EvidenceStatus, SelfAssessmentAnswer
from skillassess.core.errors import DomainError
from skillassess.db.database import Database
from skillassess.services import candidates as svc
from skillassess.services import enrolment as enr
from skillassess.services import evidence as ev
from skillassess.services.centre import centre_name
from skillassess.services.context import Actor
from skillassess.ui.candidate_dialogs import _date_edit, _enum_combo, _to_date
from skillassess.ui.errors import show_error
from skillassess.ui.labels import label
from skillassess.ui.ops import Changed, ChangeOp, QueryOp, read


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} kB"
    return f"{n} B"


class AddEvidenceDialog(QDialog):
    """Type, description, date and criteria of a file being added to the portfolio."""

    def __init__(self, criteria: list[tuple[int, str, str]], filename: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add evidence"))
        self.kind = _enum_combo(list(EvidenceKind), EvidenceKind.OTHER)
        self.description = QLineEdit()
        self.date = _date_edit(optional=True)
        self.criteria = QListWidget()
        for cid, number, text in criteria:
            item = QListWidgetItem(f"\u2066{number}\u2069  {text}", self.criteria)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        form = QFormLayout()
        form.addRow(self.tr("File"), QLabel(filename))
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Date of the evidence"), self.date)
        form.addRow(self.tr("Criteria it supports"), self.criteria)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def criterion_ids(self) -> list[int]:
        return [
            self.criteria.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.criteria.count())
            if self.criteria.item(i).checkState() == Qt.CheckState.Checked
        ]


class EvidenceDialog(QDialog):
    """A candidate's portfolio: add files, open them, judge them against the rules of evidence, withdraw."""

    COLUMNS = 6

    def __init__(self, db: Database, actor: Actor | None, candidate_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.candidate_id = candidate_id
        name = read(db, lambda s: svc.get_candidate(s, candidate_id).display_name)
        self.setWindowTitle(self.tr("Portfolio of evidence — %1").replace("%1", name))
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Type"),
                self.tr("Description"),
                self.tr("Date"),
                self.tr("Criteria"),
                self.tr("Status"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.add_button = QPushButton(self.tr("Add file…"))
        self.add_button.clicked.connect(self.choose_file)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.show_withdrawn = QCheckBox(self.tr("Show withdrawn"))
        self.show_withdrawn.toggled.connect(lambda _c: self.reload())
        buttons = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.withdraw_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.show_withdrawn)
        self.rules = QGroupBox(self.tr("Rules of evidence (assessor's judgement)"))
        self.rule_boxes = {
            "is_valid": QCheckBox(self.tr("Valid")),
            "is_sufficient": QCheckBox(self.tr("Sufficient")),
            "is_authentic": QCheckBox(self.tr("Authentic")),
            "is_current": QCheckBox(self.tr("Current")),
        }
        rules_layout = QHBoxLayout(self.rules)
        for box in self.rule_boxes.values():
            box.setTristate(True)
            rules_layout.addWidget(box)
        self.save_rules_button = QPushButton(self.tr("Save judgement"))
        self.save_rules_button.clicked.connect(self.save_rules)
        rules_layout.addStretch(1)
        rules_layout.addWidget(self.save_rules_button)
        self.info = QLabel()
        self.info.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rules)
        layout.addWidget(self.info)
        layout.addWidget(close)
        self.resize(900, 520)
        self.rows: list[ev.EvidenceRow] = []
        self.reload()

    def reload(self) -> None:
        withdrawn = self.show_withdrawn.isChecked()
        self.rows = read(self.db, lambda s: ev.list_evidence(s, self.candidate_id, include_withdrawn=withdrawn))
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = [
                row.filename,
                label(row.kind),
                row.description,
                row.evidence_date.isoformat() if row.evidence_date else "",
                ", ".join(row.criteria),
                label(row.status),
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def selected(self) -> ev.EvidenceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        row = self.selected()
        for b in (self.open_button, self.withdraw_button, self.save_rules_button):
            b.setEnabled(row is not None)
        self.rules.setEnabled(row is not None)
        if row is None:
            self.info.setText(self.tr("%n item(s) in the portfolio", "", len(self.rows)))
            return
        self.withdraw_button.setEnabled(row.status == EvidenceStatus.ACTIVE)
        for name, box in self.rule_boxes.items():
            value = getattr(row, name)
            box.setCheckState(
                Qt.CheckState.PartiallyChecked
                if value is None
                else Qt.CheckState.Checked
                if value
                else Qt.CheckState.Unchecked
            )
        self.info.setText(self.tr("%1, SHA-256 %2").replace("%1", _size(row.size)).replace("%2", row.sha256))

    def choose_file(self) -> None:
        folder = str(QSettings().value("paths/last_evidence_folder", ""))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add evidence"),
            folder,
            self.tr("Evidence (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;All files (*)"),
        )
        if not path:
            return
        QSettings().setValue("paths/last_evidence_folder", str(Path(path).parent))
        criteria = read(self.db, lambda s: ev.criteria_for_candidate(s, self.candidate_id))
        dlg = AddEvidenceDialog(criteria, Path(path).name, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.add_file(
                Path(path), dlg.kind.currentData(), dlg.description.text(), _to_date(dlg.date), dlg.criterion_ids()
            )

    def add_file(
        self,
        path: Path,
        kind: EvidenceKind,
        description: str = "",
        on: dt.date | None = None,
        criterion_ids: list[int] | None = None,
    ) -> ev.AddResult | None:
        if self.actor is None:
            return None
        actor, candidate_id = self.actor, self.candidate_id
        added: list[ev.AddResult] = []
        ChangeOp(
            self,
            self.db,
            lambda s: ev.add_evidence(s, actor, candidate_id, path, kind, description, on, criterion_ids),
            changes=Changed.EVIDENCE,
        ).success(added.append).run()
        if not added:
            return None
        self.reload()
        if added[0].already_in_portfolio:
            self.info.setText(self.tr("This file is already in the portfolio; it was not added twice."))
        return added[0]

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        QueryOp(self, self.db, lambda s: ev.export_to_temp(s, row.id)).success(
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        ).run()

    def withdraw_selected(self) -> None:
        row = self.selected()
        if row is None or self.actor is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw evidence"),
            self.tr("Withdraw %1 from the portfolio? The file is kept and stays in the record.").replace(
                "%1", row.filename
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = self.actor
        ChangeOp(self, self.db, lambda s: ev.withdraw_evidence(s, actor, row.id), changes=Changed.EVIDENCE).run()
        self.reload()

    def save_rules(self) -> None:
        row = self.selected()
        if row is None or self.actor is None:
            return
        values = {}
        for name, box in self.rule_boxes.items():
            state = box.checkState()
            if state != Qt.CheckState.PartiallyChecked:
                values[name] = state == Qt.CheckState.Checked
        actor = self.actor
        ChangeOp(
            self, self.db, lambda s: ev.update_evidence(s, actor, row.id, **values), changes=Changed.EVIDENCE
        ).run()
        self.reload()


class SelfAssessmentDialog(QDialog):
    """The candidate's answers for each criterion, and the checklist to print for paper."""

    def __init__(self, db: Database, actor: Actor | None, enrolment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.enrolment_id = enrolment_id
        self.checklist = read(db, lambda s: enr.self_assessment_checklist(s, enrolment_id))
        self.setWindowTitle(self.tr("Self-assessment — %1").replace("%1", self.checklist.candidate_name))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Criterion"), self.tr("Answer")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.header().resizeSection(1, 170)
        self.tree.setWordWrap(True)
        self.combos: dict[int, QComboBox] = {}
        self._original: dict[int, SelfAssessmentAnswer | None] = {}
        for unit in self.checklist.units:
            u_item = QTreeWidgetItem(self.tree, [f"\u2066{unit.code}\u2069  {unit.title}"])
            for element in unit.elements:
                e_item = QTreeWidgetItem(u_item, [f"{element.number}. {element.title}"])
                for cr in element.criteria:
                    c_item = QTreeWidgetItem(e_item, [f"{cr.number}  {cr.text}"])
                    c_item.setToolTip(0, cr.text)
                    combo = _enum_combo([None, *SelfAssessmentAnswer], cr.answer)
                    combo.setItemText(0, self.tr("Not answered"))
                    self.tree.setItemWidget(c_item, 1, combo)
                    self.combos[cr.id] = combo
                    self._original[cr.id] = cr.answer
            u_item.setExpanded(True)
        self.tree.expandAll()
        self.print_button = QPushButton(self.tr("Print checklist (PDF)…"))
        self.print_button.clicked.connect(self.print_checklist)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("For each criterion, record what the candidate says: I can do this, with help, or not yet."))
        )
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)

    def answers(self) -> dict[int, SelfAssessmentAnswer | None]:
        return {
            cid: combo.currentData() for cid, combo in self.combos.items() if combo.currentData() != self._original[cid]
        }

    def save(self) -> bool:
        if self.actor is None:
            return False
        actor, enrolment_id, answers = self.actor, self.enrolment_id, self.answers()
        return (
            ChangeOp(
                self,
                self.db,
                lambda s: enr.save_self_assessment(s, actor, enrolment_id, answers),
                changes=Changed.ENROLMENTS,
            )
            .success(lambda _r: self.accept())
            .run()
        )

    def print_checklist(self, path: Path | None = None) -> Path | None:
        from skillassess.formats.self_assessment_pdf import write_checklist
        from skillassess.ui.errors import translator

        if path is None:
            folder = str(QSettings().value("paths/last_pdf_folder", ""))
            name = f"self-assessment-{self.checklist.registration_number}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save checklist"), str(Path(folder) / name), self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return None
            path = Path(chosen)
            QSettings().setValue("paths/last_pdf_folder", str(path.parent))
        checklist, centre = read(
            self.db, lambda s: (enr.self_assessment_checklist(s, self.enrolment_id), centre_name(s))
        )
        try:
            write_checklist(checklist, path, centre, translator())
        except DomainError as exc:
            show_error(self, exc)
            return None
        return path
