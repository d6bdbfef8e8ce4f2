"""Dialogs for RPL evidence: the portfolio of evidence and the candidate's self-assessment."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import EvidenceKind, EvidenceStatus, Role, SelfAssessmentAnswer
from skillassess.core.errors import DomainError
from skillassess.core.evidence_basis import CriterionBasis, EvidenceRef
from skillassess.core.records import Checklist
from skillassess.db.database import Database
from skillassess.services import candidates as svc
from skillassess.services import enrolment as enr
from skillassess.services import evidence as ev
from skillassess.services.centre import centre_name
from skillassess.services.context import Actor
from skillassess.ui.candidate_dialogs import _date_edit, _enum_combo, _to_date
from skillassess.ui.dates import date_text
from skillassess.ui.errors import show_error
from skillassess.ui.file_dialogs import open_file_name, save_file_name
from skillassess.ui.labels import label
from skillassess.ui.ops import Changed, ChangeOp, QueryOp, read
from skillassess.ui.recording.basis_marks import basis_icon, judgement_text
from skillassess.ui.widgets import Button, dialog_buttons


def _read_only(actor: Actor | None) -> bool:
    """Verifiers and registrars see portfolios and self-assessments; assessors and administrators change them."""
    return actor is None or not actor.has(Role.ASSESSOR, Role.ADMINISTRATOR)


def _ref(row: ev.EvidenceRow) -> EvidenceRef:
    return EvidenceRef(
        row.id,
        row.filename,
        row.kind,
        row.description,
        row.evidence_date,
        row.sha256,
        row.is_valid,
        row.is_sufficient,
        row.is_authentic,
        row.is_current,
    )


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} kB"
    return f"{n} B"


class AddEvidenceDialog(QDialog):
    """Type, description, date and criteria of a file being added to the portfolio, or of an item already in it
    (``item``). Criteria are picked from a tree by unit and element: ticking an element ticks its criteria."""

    def __init__(
        self,
        criteria: list[ev.CriterionChoice],
        filename: str,
        parent: QWidget | None = None,
        item: ev.EvidenceRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit evidence") if item else self.tr("Add evidence"))
        self.kind = _enum_combo(list(EvidenceKind), item.kind if item else EvidenceKind.OTHER)
        self.description = QLineEdit(item.description if item else "")
        self.date = _date_edit(optional=True)
        if item is not None and item.evidence_date is not None:
            self.date.setDate(item.evidence_date)
        self.criteria = QTreeWidget()
        self.criteria.setHeaderHidden(True)
        self.criteria.setWordWrap(True)
        chosen = set(item.criterion_ids) if item else set()
        self._items: list[QTreeWidgetItem] = []
        groups: dict[tuple[str, int], QTreeWidgetItem] = {}
        units: dict[str, QTreeWidgetItem] = {}
        for c in criteria:
            unit = units.get(c.unit_code)
            if unit is None:
                unit = units[c.unit_code] = QTreeWidgetItem(
                    self.criteria, [f"\u2066{c.unit_code}\u2069  {c.unit_title}"]
                )
                unit.setFlags(unit.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
                unit.setCheckState(0, Qt.CheckState.Unchecked)
            element = groups.get((c.unit_code, c.element_position))
            if element is None:
                element = groups[(c.unit_code, c.element_position)] = QTreeWidgetItem(
                    unit, [f"{c.element_position}. {c.element_title}"]
                )
                element.setFlags(element.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
                element.setCheckState(0, Qt.CheckState.Unchecked)
            leaf = QTreeWidgetItem(element, [f"{c.number}  {c.text}"])
            leaf.setData(0, Qt.ItemDataRole.UserRole, c.id)
            leaf.setToolTip(0, c.text)
            leaf.setFlags(leaf.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            leaf.setCheckState(0, Qt.CheckState.Checked if c.id in chosen else Qt.CheckState.Unchecked)
            self._items.append(leaf)
        for unit in units.values():
            unit.setExpanded(True)
            for n in range(unit.childCount()):
                element = unit.child(n)
                ticked = any(
                    element.child(k).checkState(0) != Qt.CheckState.Unchecked for k in range(element.childCount())
                )
                element.setExpanded(ticked or not chosen)
        form = QFormLayout()
        form.addRow(self.tr("File"), QLabel(filename))
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Date of the evidence"), self.date)
        form.addRow(self.tr("Criteria it supports"), self.criteria)
        buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(760, 600)

    def criterion_ids(self) -> list[int]:
        return [
            int(i.data(0, Qt.ItemDataRole.UserRole)) for i in self._items if i.checkState(0) == Qt.CheckState.Checked
        ]

    def set_criteria(self, ids: set[int]) -> None:
        for i in self._items:
            i.setCheckState(
                0, Qt.CheckState.Checked if i.data(0, Qt.ItemDataRole.UserRole) in ids else Qt.CheckState.Unchecked
            )


class EvidenceDialog(QDialog):
    """A candidate's portfolio: add files, open them, judge them against the rules of evidence, withdraw."""

    COLUMNS = 7

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
                self.tr("Judgement"),
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
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change the type, description, date or criteria of the item"))
        self.edit_button.clicked.connect(lambda: self.edit_selected())  # noqa: PLW0108 (clicked passes a bool)
        self.show_withdrawn = QCheckBox(self.tr("Show withdrawn"))
        self.show_withdrawn.toggled.connect(lambda _c: self.reload())
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.open_button, self.withdraw_button):
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
        self.rules.setToolTip(
            self.tr(
                "Each box has three states: ticked = met, empty = not met, filled square = not judged yet. "
                "Click to go from one to the next, then Save judgement."
            )
        )
        self.rules_hint = QLabel(self.tr("Ticked: met · empty: not met · filled square: not judged yet"))
        rules_layout.insertWidget(len(self.rule_boxes), self.rules_hint)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.read_only = _read_only(actor)
        if self.read_only:
            self.setWindowTitle(self.windowTitle() + " " + self.tr("(read-only)"))
            for w in (self.add_button, self.edit_button, self.withdraw_button, self.save_rules_button):
                w.hide()
            for box in self.rule_boxes.values():
                box.setEnabled(False)
        close = dialog_buttons(self, None, Button.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rules)
        layout.addWidget(self.info)
        layout.addWidget(close)
        self.resize(1140, 540)
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
                date_text(row.evidence_date),
                ", ".join(row.criteria),
                label(row.status),
                judgement_text(_ref(row)),
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
            self.table.item(r, 6).setIcon(QIcon(basis_icon(CriterionBasis((_ref(row),)))))
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def selected(self) -> ev.EvidenceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        row = self.selected()
        for b in (self.open_button, self.withdraw_button, self.save_rules_button, self.edit_button):
            b.setEnabled(row is not None and not (self.read_only and b is not self.open_button))
        self.rules.setEnabled(row is not None)
        if row is None:
            self.info.setText(self.tr("%n item(s) in the portfolio", "", len(self.rows)))
            return
        self.withdraw_button.setEnabled(row.status == EvidenceStatus.ACTIVE and not self.read_only)
        self.edit_button.setEnabled(row.status == EvidenceStatus.ACTIVE and not self.read_only)
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
        if self.read_only:
            return
        chosen = open_file_name(
            self,
            self.tr("Add evidence"),
            self.tr("Evidence (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.odt *.mp4 *.txt);;All files (*)"),
            kind="evidence",
        )
        if chosen is None:
            return
        path = str(chosen)
        criteria = read(self.db, lambda s: ev.criterion_choices(s, self.candidate_id))
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

    def edit_selected(self) -> AddEvidenceDialog | None:
        """Change the selected item's type, description, date and criteria."""
        row = self.selected()
        if row is None or self.actor is None or self.read_only:
            return None
        criteria = read(self.db, lambda s: ev.criterion_choices(s, self.candidate_id))
        dlg = AddEvidenceDialog(criteria, row.filename, self, row)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        actor, evidence_id = self.actor, row.id
        kind, description, on, ids = (
            EvidenceKind(dlg.kind.currentData()),
            dlg.description.text(),
            _to_date(dlg.date),
            dlg.criterion_ids(),
        )
        ChangeOp(
            self,
            self.db,
            lambda s: ev.update_evidence(
                s, actor, evidence_id, kind=kind, description=description, evidence_date=on, criterion_ids=ids
            ),
            changes=Changed.EVIDENCE,
        ).run()
        self.reload()
        self.select_id(evidence_id)
        return dlg

    def select_id(self, evidence_id: int) -> None:
        for n, r in enumerate(self.rows):
            if r.id == evidence_id:
                self.table.selectRow(n)

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        QueryOp(self, self.db, lambda s: ev.read_only_copy(s, row.id)).success(
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        ).run()

    def withdraw_selected(self) -> None:
        row = self.selected()
        if row is None or self.actor is None or self.read_only:
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
        if row is None or self.actor is None or self.read_only:
            return
        values = {}
        for name, box in self.rule_boxes.items():
            state = box.checkState()
            if state != Qt.CheckState.PartiallyChecked:
                values[name] = state == Qt.CheckState.Checked
        actor = self.actor
        ChangeOp(
            self,
            self.db,
            lambda s: ev.update_evidence(s, actor, row.id, **values),
            changes=Changed.EVIDENCE | Changed.ENROLMENTS,  # the first judgement moves the RPL stage
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
        self.tree.setHeaderLabels([self.tr("Criterion"), self.tr("Answer"), self.tr("Remarks")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.header().resizeSection(1, 170)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.tree.header().resizeSection(2, 260)
        # The candidate's remarks per element (where, when, with whom), saved with the answers.
        self.remark_edits: dict[int, QLineEdit] = {}
        self._original_remarks: dict[int, str] = {}
        self.tree.setWordWrap(True)
        self.combos: dict[int, QComboBox] = {}
        self._original: dict[int, SelfAssessmentAnswer | None] = {}
        self.read_only = _read_only(actor)
        # A unit's or an element's combo answers all of its criteria at once.
        self.group_combos: list[QComboBox] = []
        for unit in self.checklist.units:
            u_item = QTreeWidgetItem(self.tree, [f"\u2066{unit.code}\u2069  {unit.title}"])
            self._group_combo(u_item, [cr.id for el in unit.elements for cr in el.criteria])
            for element in unit.elements:
                e_item = QTreeWidgetItem(u_item, [f"{element.number}. {element.title}"])
                self._group_combo(e_item, [cr.id for cr in element.criteria])
                if element.id is not None:
                    edit = QLineEdit(element.remark)
                    edit.setPlaceholderText(self.tr("Remarks: where, when, with whom"))
                    edit.setReadOnly(self.read_only)
                    self.tree.setItemWidget(e_item, 2, edit)
                    self.remark_edits[element.id] = edit
                    self._original_remarks[element.id] = element.remark
                for cr in element.criteria:
                    c_item = QTreeWidgetItem(e_item, [f"{cr.number}  {cr.text}"])
                    c_item.setToolTip(0, cr.text)
                    combo = _enum_combo([None, *SelfAssessmentAnswer], cr.answer)
                    combo.setItemText(0, self.tr("Not answered"))
                    combo.setEnabled(not self.read_only)
                    self.tree.setItemWidget(c_item, 1, combo)
                    self.combos[cr.id] = combo
                    self._original[cr.id] = cr.answer
            u_item.setExpanded(True)
        self.tree.expandAll()
        self.print_button = QPushButton(self.tr("Print checklist (PDF)…"))
        self.print_button.setToolTip(self.tr("Prints the answers as shown, saved or not"))
        # clicked(bool) must not reach print_checklist's ``path``: it asks for the file name.
        self.print_button.clicked.connect(lambda: self.print_checklist())  # noqa: PLW0108
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close
            if self.read_only
            else QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("For each criterion, record what the candidate says: I can do this, with help, or not yet."))
        )
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        if self.read_only:
            self.setWindowTitle(self.windowTitle() + " " + self.tr("(read-only)"))
        self.resize(1120, 660)

    def _group_combo(self, item: QTreeWidgetItem, criterion_ids: list[int]) -> None:
        if self.read_only or not criterion_ids:
            return
        combo = QComboBox()
        combo.addItem(self.tr("Answer all…"), None)
        for answer in SelfAssessmentAnswer:
            combo.addItem(label(answer), answer)
        combo.setToolTip(self.tr("Give every criterion below this answer"))
        font = combo.font()
        font.setItalic(True)
        combo.setFont(font)

        def chosen(_index: int) -> None:
            value = combo.currentData()
            if value is None:
                return
            for cid in criterion_ids:
                target = self.combos[cid]
                target.setCurrentIndex(max(target.findData(SelfAssessmentAnswer(value)), 0))
            combo.setCurrentIndex(0)

        combo.currentIndexChanged.connect(chosen)
        self.tree.setItemWidget(item, 1, combo)
        self.group_combos.append(combo)

    def shown_checklist(self) -> Checklist:
        """The checklist with the answers as they are on screen (saved or not)."""

        def answer(cid: int) -> SelfAssessmentAnswer | None:
            value = self.combos[cid].currentData()
            return SelfAssessmentAnswer(value) if value else None

        units = [
            dataclasses.replace(
                u,
                elements=[
                    dataclasses.replace(
                        el,
                        criteria=[dataclasses.replace(c, answer=answer(c.id)) for c in el.criteria],
                        remark=self.remark_edits[el.id].text().strip() if el.id in self.remark_edits else el.remark,
                    )
                    for el in u.elements
                ],
            )
            for u in self.checklist.units
        ]
        return dataclasses.replace(self.checklist, units=units)

    def remarks(self) -> dict[int, str]:
        """The remarks changed on screen (element id → text; empty clears)."""
        return {
            eid: edit.text().strip()
            for eid, edit in self.remark_edits.items()
            if edit.text().strip() != self._original_remarks[eid]
        }

    def answers(self) -> dict[int, SelfAssessmentAnswer | None]:
        return {
            cid: combo.currentData() for cid, combo in self.combos.items() if combo.currentData() != self._original[cid]
        }

    def save(self) -> bool:
        if self.actor is None or self.read_only:
            return False
        actor, enrolment_id, answers, remarks = self.actor, self.enrolment_id, self.answers(), self.remarks()
        return (
            ChangeOp(
                self,
                self.db,
                lambda s: enr.save_self_assessment(s, actor, enrolment_id, answers, remarks=remarks),
                changes=Changed.ENROLMENTS,
            )
            .success(lambda _r: self.accept())
            .run()
        )

    def print_checklist(self, path: Path | None = None) -> Path | None:
        from skillassess.formats.self_assessment_pdf import write_checklist
        from skillassess.ui.errors import translator

        if path is None:
            name = f"self-assessment-{self.checklist.registration_number}.pdf"
            chosen, _ = save_file_name(self, self.tr("Save checklist"), name, self.tr("PDF (*.pdf)"), kind="pdf")
            if chosen is None:
                return None
            path = chosen
        centre = read(self.db, centre_name)
        try:
            write_checklist(self.shown_checklist(), path, centre, translator())
        except DomainError as exc:
            show_error(self, exc)
            return None
        return path


class GapReferralDialog(QDialog):
    """Refer a candidate whose recognition is partial to training for the units not achieved (the gap)."""

    def __init__(self, db: Database, actor: Actor | None, enrolment_id: int, parent: QWidget | None = None) -> None:
        from skillassess.services import rpl_journey

        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.enrolment_id = enrolment_id
        self.setWindowTitle(self.tr("Refer to gap training"))
        gap, achieved = read(db, lambda s: rpl_journey.gap_units(s, enrolment_id))
        intro = QLabel(
            self.tr(
                "%1 unit(s) recognised. Tick the units not achieved that the candidate is referred to training for."
            ).replace("%1", str(achieved))
        )
        intro.setWordWrap(True)
        self.units = QTreeWidget()
        self.units.setHeaderHidden(True)
        for u in gap:
            item = QTreeWidgetItem(self.units, [f"\u2066{u.code}\u2069  {u.title}"])
            item.setData(0, Qt.ItemDataRole.UserRole, u.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
        self.on_date = _date_edit(optional=False)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Where and when, for example: evening course at the centre, from March"))
        form = QFormLayout()
        form.addRow(self.tr("Units"), self.units)
        form.addRow(self.tr("Date"), self.on_date)
        form.addRow(self.tr("Training"), self.notes)
        buttons = dialog_buttons(self, self.save)
        self.letter_button = QPushButton(self.tr("Print cover letter…"))
        self.letter_button.setToolTip(
            self.tr("The letter that goes with the statement of attainment: units recognised, units to train for")
        )
        self.letter_button.clicked.connect(lambda: self.print_cover_letter())  # noqa: PLW0108 (clicked passes a bool)
        buttons.addButton(self.letter_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def unit_ids(self) -> list[int]:
        items = [self.units.topLevelItem(n) for n in range(self.units.topLevelItemCount())]
        return [int(i.data(0, Qt.ItemDataRole.UserRole)) for i in items if i.checkState(0) == Qt.CheckState.Checked]

    def save(self) -> bool:
        from skillassess.services import rpl_journey

        if self.actor is None:
            return False
        actor, enrolment_id, ids = self.actor, self.enrolment_id, self.unit_ids()
        on, notes = _to_date(self.on_date), self.notes.text()
        if not ids:
            show_error(self, DomainError(self.tr("Tick at least one unit.")))
            return False
        return (
            ChangeOp(
                self,
                self.db,
                lambda s: rpl_journey.refer_to_gap_training(s, actor, enrolment_id, ids, on=on, notes=notes),
                changes=Changed.ENROLMENTS,
            )
            .success(lambda _r: self.accept())
            .run()
        )

    def print_cover_letter(self) -> Path | None:
        """Save the statement's cover letter (with the last referral) as a PDF under a name the user chooses."""
        from skillassess.services import rpl_journey

        if self.actor is None:
            return None
        chosen, _ = save_file_name(
            self, self.tr("Save cover letter"), "cover-letter.pdf", self.tr("PDF (*.pdf)"), kind="pdf"
        )
        if chosen is None:
            return None
        path = chosen
        actor, enrolment_id = self.actor, self.enrolment_id
        done: list[Path] = []
        ChangeOp(
            self,
            self.db,
            lambda s: rpl_journey.export_cover_letter(s, actor, enrolment_id, path),
            changes=Changed.AUDIT,
        ).success(lambda _r: done.append(path)).run()
        return done[0] if done else None
