"""What the judgements of one assessment rest on (RPL): per criterion the evidence mapped to it, the
assessor's judgement of each item on the rules of evidence and the candidate's self-assessment
answer; the gaps (criteria that no accepted evidence covers, for which the assessor plans
observation or questioning); files opened read-only.

Nothing here changes data: the verifier reviews the basis of an "RPL granted" with it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import EvidenceCoverage, Pathway
from skillassess.core.evidence_basis import RULES, CriterionBasis, EvidenceRef, coverage_of, gaps
from skillassess.core.records import AssessmentDetail
from skillassess.db.database import Database
from skillassess.services import evidence as ev
from skillassess.services.context import Actor
from skillassess.services.recording import reading
from skillassess.ui.labels import label
from skillassess.ui.ops import QueryOp, read
from skillassess.ui.recording.basis_marks import basis_icon, coverage_text, judgement_text
from skillassess.ui.widgets import Button, dialog_buttons

ROLE_EVIDENCE = Qt.ItemDataRole.UserRole
ROLE_CRITERION = Qt.ItemDataRole.UserRole + 1


class EvidenceBasisDialog(QDialog):
    """The evidence and self-assessment behind one assessment, by criterion, and its gaps (read-only)."""

    def __init__(
        self,
        db: Database,
        actor: Actor | None,
        assessment_id: int,
        criterion_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.detail: AssessmentDetail = read(db, lambda s: reading.assessment_detail(s, assessment_id))
        d = self.detail
        self.setWindowTitle(self.tr("Evidence and self-assessment — %1").replace("%1", d.candidate_name))
        self.opened_files: list[str] = []  # what "Open file" handed to the viewer (for the tests and the log)

        heading = QLabel(
            f"{d.candidate_name} (\u2066{d.registration_number}\u2069) — \u2066{d.unit_code}\u2069 {d.unit_title}"
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        ids = [c.criterion_id for c in d.criteria]
        self.gap_ids = gaps(ids, d.evidence)
        summary = (
            self.tr("%1 of %2 criteria are covered by accepted evidence.")
            .replace("%1", str(len(ids) - len(self.gap_ids)))
            .replace("%2", str(len(ids)))
        )
        if d.pathway != Pathway.RPL:
            summary += " " + self.tr("This candidate is not on the RPL pathway.")
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)

        # By criterion: criterion rows, evidence items under them.
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Criterion"), self.tr("Evidence"), self.tr("Self-assessment")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._criterion_items: dict[int, QTreeWidgetItem] = {}
        element = None
        parent_item: QTreeWidget | QTreeWidgetItem = self.tree
        for c in d.criteria:
            if c.element_id != element:
                element = c.element_id
                parent_item = QTreeWidgetItem(
                    self.tree,
                    [self.tr("Element %1: %2").replace("%1", str(c.element_position)).replace("%2", c.element_title)],
                )
                parent_item.setFirstColumnSpanned(True)
                parent_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent_item.setExpanded(True)
            refs = d.evidence.get(c.criterion_id, [])
            answer = d.self_assessment.get(c.criterion_id)
            item = QTreeWidgetItem(
                parent_item,
                [
                    f"\u2066{c.number}\u2069  {c.text}",
                    coverage_text(coverage_of(refs)),
                    label(answer) if answer else self.tr("Not answered"),
                ],
            )
            item.setData(0, ROLE_CRITERION, c.criterion_id)
            item.setToolTip(0, c.text)
            item.setIcon(1, QIcon(basis_icon(CriterionBasis(tuple(refs), None))))
            for ref in refs:
                child = QTreeWidgetItem(item, [f"\u2068{ref.filename}\u2069", judgement_text(ref), ""])
                child.setData(0, ROLE_EVIDENCE, ref)
            item.setExpanded(True)
            self._criterion_items[c.criterion_id] = item

        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        self.details.setMinimumWidth(260)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        # Gaps: exactly the criteria that no accepted evidence covers.
        self.gap_list = QListWidget()
        self.gap_list.setWordWrap(True)
        by_id = {c.criterion_id: c for c in d.criteria}
        for cid in self.gap_ids:
            c = by_id[cid]
            why = coverage_text(coverage_of(d.evidence.get(cid, [])))
            answer = d.self_assessment.get(cid)
            said = self.tr("Self-assessment: %1").replace("%1", label(answer) if answer else self.tr("Not answered"))
            gap = QListWidgetItem(f"\u2066{c.number}\u2069  {c.text} — {why} · {said}", self.gap_list)
            gap.setData(ROLE_CRITERION, cid)
        gaps_page = QWidget()
        gl = QVBoxLayout(gaps_page)
        gap_hint = QLabel(
            self.tr(
                "No accepted evidence covers these criteria: plan observation or questioning for them, "
                "or judge the evidence not yet judged."
            )
            if self.gap_ids
            else self.tr("Accepted evidence covers every criterion of the unit.")
        )
        gap_hint.setWordWrap(True)
        gl.addWidget(gap_hint)
        gl.addWidget(self.gap_list)
        self.gap_list.itemDoubleClicked.connect(self._show_gap)

        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("By criterion"))
        self.tabs.addTab(gaps_page, self.tr("Gaps (%1)").replace("%1", str(len(self.gap_ids))))

        self.open_button = QPushButton(self.tr("Open file (read-only)"))
        self.open_button.clicked.connect(self.open_selected)
        self.tree.currentItemChanged.connect(lambda *_a: self._selection_changed())
        self.tree.itemDoubleClicked.connect(
            lambda item, _c: self.open_selected() if item.data(0, ROLE_EVIDENCE) else None
        )
        buttons = dialog_buttons(self, None, Button.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        legend = QLabel(
            self.tr(
                "Page: evidence (green accepted, amber not yet judged, red rejected). Dot: self-assessment "
                "(full: I can do this, half: with help, ring: not yet)."
            )
        )
        legend.setWordWrap(True)
        legend.setStyleSheet("color: palette(mid);")
        bottom = QHBoxLayout()
        bottom.addWidget(legend, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(1100, 640)
        first = self._criterion_items.get(criterion_id) if criterion_id else None
        if first is not None:
            self.tree.setCurrentItem(first.child(0) if first.childCount() else first)
            self.tree.scrollToItem(first)
        self._selection_changed()

    # Selection ----------------------------------------------------------------------------------
    def selected_evidence(self) -> EvidenceRef | None:
        item = self.tree.currentItem()
        ref = item.data(0, ROLE_EVIDENCE) if item is not None else None
        return ref if isinstance(ref, EvidenceRef) else None

    def select_evidence(self, evidence_id: int, criterion_id: int | None = None) -> bool:
        for cid, item in self._criterion_items.items():
            if criterion_id is not None and cid != criterion_id:
                continue
            for n in range(item.childCount()):
                ref = item.child(n).data(0, ROLE_EVIDENCE)
                if isinstance(ref, EvidenceRef) and ref.id == evidence_id:
                    self.tree.setCurrentItem(item.child(n))
                    return True
        return False

    def _selection_changed(self) -> None:
        ref = self.selected_evidence()
        self.open_button.setEnabled(ref is not None)
        if ref is None:
            item = self.tree.currentItem()
            cid = item.data(0, ROLE_CRITERION) if item is not None else None
            self.details.setPlainText(self._criterion_text(cid) if cid else "")
            return
        self.details.setPlainText(self._evidence_text(ref))

    def _criterion_text(self, criterion_id: int) -> str:
        c = next(c for c in self.detail.criteria if c.criterion_id == criterion_id)
        refs = self.detail.evidence.get(criterion_id, [])
        answer = self.detail.self_assessment.get(criterion_id)
        lines = [f"{c.number}  {c.text}", ""]
        lines.append(coverage_text(coverage_of(refs)))
        lines.append(self.tr("Self-assessment: %1").replace("%1", label(answer) if answer else self.tr("Not answered")))
        if coverage_of(refs) != EvidenceCoverage.ACCEPTED:
            lines.append("")
            lines.append(self.tr("A gap: plan observation or questioning for this criterion."))
        return "\n".join(lines)

    def _evidence_text(self, ref: EvidenceRef) -> str:
        locale = QLocale()
        rules = {
            "is_valid": self.tr("Valid"),
            "is_sufficient": self.tr("Sufficient"),
            "is_authentic": self.tr("Authentic"),
            "is_current": self.tr("Current"),
        }
        yes_no = {True: self.tr("yes"), False: self.tr("no"), None: self.tr("not judged")}
        lines = [
            ref.filename,
            self.tr("Type: %1").replace("%1", label(ref.kind)),
            self.tr("Date of the evidence: %1").replace(
                "%1", locale.toString(ref.evidence_date, QLocale.FormatType.ShortFormat) if ref.evidence_date else "—"
            ),
            self.tr("Description: %1").replace("%1", ref.description or "—"),
            "",
            self.tr("Judgement on the rules of evidence:"),
            *[f"  {rules[r]}: {yes_no[ref.rule(r)]}" for r in RULES],
            "",
            self.tr("SHA-256: %1").replace("%1", ref.sha256),
        ]
        return "\n".join(lines)

    def _show_gap(self, item: QListWidgetItem) -> None:
        cid = item.data(ROLE_CRITERION)
        if cid in self._criterion_items:
            self.tabs.setCurrentIndex(0)
            self.tree.setCurrentItem(self._criterion_items[cid])

    def gap_criteria(self) -> list[int]:
        """The criterion ids listed under Gaps, in order."""
        return [self.gap_list.item(n).data(ROLE_CRITERION) for n in range(self.gap_list.count())]

    # Opening ------------------------------------------------------------------------------------
    def open_selected(self) -> None:
        """Open the selected file in the system's viewer: a checked copy that cannot be written back."""
        ref = self.selected_evidence()
        if ref is None:
            return

        def show(path: object) -> None:
            self.opened_files.append(str(path))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        QueryOp(self, self.db, lambda s: ev.read_only_copy(s, ref.id)).success(show).run()
