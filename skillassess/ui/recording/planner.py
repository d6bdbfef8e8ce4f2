"""The session planner: date, venue, assessor, the units and the candidates to assess."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import Role
from skillassess.core.errors import DomainError
from skillassess.db.database import Database
from skillassess.services import users
from skillassess.services.candidate_search import candidate_page
from skillassess.services.context import Actor
from skillassess.services.enrolment import qualification_units
from skillassess.services.recording import sessions
from skillassess.services.standards import list_qualifications
from skillassess.ui.dates import DateField
from skillassess.ui.errors import show_error
from skillassess.ui.labels import label
from skillassess.ui.ops import Changed, ChangeOp, read
from skillassess.ui.widgets import add_checkable, dialog_buttons

SEARCH_LIMIT = 50


class SessionPlannerDialog(QDialog):
    """Plan a session; on OK it creates one draft assessment per candidate and unit (``planned`` holds the result)."""

    def __init__(self, db: Database, actor: Actor | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.planned: sessions.PlannedSession | None = None
        self.setWindowTitle(self.tr("Plan an assessment session"))
        self.resize(820, 640)

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("For example: Practical assessment, November"))
        self.date_edit = DateField()
        self.venue_edit = QLineEdit()
        self.assessor_combo = QComboBox()
        self.qualification_combo = QComboBox()
        self.units_list = QListWidget()
        self.units_list.setMaximumHeight(170)
        assessors, qualifications = read(db, lambda s: (users.user_choices(s, Role.ASSESSOR), list_qualifications(s)))
        for uid, username, full_name in assessors:
            self.assessor_combo.addItem(f"{full_name} ({username})" if full_name else username, uid)
        for q in qualifications:
            self.qualification_combo.addItem(f"{q.code} — {q.title}", q.id)
        if actor is not None and actor.user_id is not None:
            i = self.assessor_combo.findData(actor.user_id)
            if i >= 0:
                self.assessor_combo.setCurrentIndex(i)
        self.qualification_combo.currentIndexChanged.connect(lambda _i: self._load_units())

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search candidates by name, registration number or ID"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._search)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.found_list = QListWidget()
        self.found_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.found_list.itemDoubleClicked.connect(lambda _i: self._add())
        self.chosen_list = QListWidget()
        self.chosen_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chosen_list.itemDoubleClicked.connect(lambda _i: self._remove())
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove)
        self.chosen_label = QLabel()

        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Date:"), self.date_edit)
        form.addRow(self.tr("Venue:"), self.venue_edit)
        form.addRow(self.tr("Assessor:"), self.assessor_combo)
        form.addRow(self.tr("Qualification:"), self.qualification_combo)
        form.addRow(self.tr("Units:"), self.units_list)

        pick = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.search_edit)
        left.addWidget(self.found_list)
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(add)
        middle.addWidget(remove)
        middle.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.chosen_label)
        right.addWidget(self.chosen_list)
        pick.addLayout(left, 1)
        pick.addLayout(middle)
        pick.addLayout(right, 1)

        box = dialog_buttons(self)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Plan session"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Candidates:")))
        layout.addLayout(pick, 1)
        layout.addWidget(box)
        self._load_units()
        self._search()
        self._update_count()

    def _load_units(self) -> None:
        self.units_list.clear()
        qid = self.qualification_combo.currentData()
        if qid is None:
            return
        for unit in read(self.db, lambda s: qualification_units(s, qid)):
            add_checkable(
                self.units_list, f"{unit.code} v{unit.version} — {unit.title} ({label(unit.category)})", unit.id
            )

    def _search(self) -> None:
        # Only the first matches are listed: the candidate register may hold 100,000 people.
        text = self.search_edit.text()
        rows = read(self.db, lambda s: candidate_page(s, text, 0, SEARCH_LIMIT))
        self.found_list.clear()
        for r in rows:
            text = f"\u2066{r.registration_number}\u2069  {r.given_names} {r.family_name}"
            if r.name_local:
                text += f"  {r.name_local}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.found_list.addItem(item)

    def chosen_candidate_ids(self) -> list[int]:
        return [int(self.chosen_list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.chosen_list.count())]

    def chosen_unit_ids(self) -> list[int]:
        out = []
        for i in range(self.units_list.count()):
            item = self.units_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def add_candidates(self, rows: list[QListWidgetItem]) -> None:
        have = set(self.chosen_candidate_ids())
        for item in rows:
            cid = int(item.data(Qt.ItemDataRole.UserRole))
            if cid not in have:
                new = QListWidgetItem(item.text())
                new.setData(Qt.ItemDataRole.UserRole, cid)
                self.chosen_list.addItem(new)
                have.add(cid)
        self._update_count()

    def _add(self) -> None:
        self.add_candidates(self.found_list.selectedItems())

    def _remove(self) -> None:
        for item in self.chosen_list.selectedItems():
            self.chosen_list.takeItem(self.chosen_list.row(item))
        self._update_count()

    def _update_count(self) -> None:
        self.chosen_label.setText(self.tr("%n candidate(s) chosen", "", self.chosen_list.count()))

    def accept(self) -> None:
        if self.actor is None:
            show_error(self, DomainError(self.tr("Sign in to plan a session.")))
            return
        assessor = self.assessor_combo.currentData()
        plan = sessions.SessionPlan(
            session_date=self.date_edit.date().toPython(),  # type: ignore[arg-type]
            assessor_id=int(assessor) if assessor is not None else 0,
            unit_ids=self.chosen_unit_ids(),
            candidate_ids=self.chosen_candidate_ids(),
            venue=self.venue_edit.text(),
            title=self.title_edit.text(),
        )
        actor = self.actor

        def planned(result: sessions.PlannedSession) -> None:
            self.planned = result
            super(SessionPlannerDialog, self).accept()

        ChangeOp(self, self.db, lambda s: sessions.plan_session(s, actor, plan), changes=Changed.ASSESSMENTS).success(
            planned
        ).run()
