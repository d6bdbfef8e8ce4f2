"""Standards page: the tree (awarding body → qualification → units → elements → criteria), loaded on
expand, and an editor for the selected node; new versions, publishing, import and export.

Editing needs the administrator role, and a version that is in use (or superseded) is read-only;
the banner above the form says why. Every change goes through services/standards.py (one
transaction, one audit entry).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import PackagingRule, SectionKind, StandardStatus, UnitCategory
from skillassess.core.errors import NotFoundError
from skillassess.core.models import AwardingBody, Element, PerformanceCriterion, Qualification, QualificationUnit, Unit
from skillassess.services import standards as svc
from skillassess.services import standards_io
from skillassess.ui.errors import show_error
from skillassess.ui.labels import label
from skillassess.ui.ops import Changed, announce
from skillassess.ui.pages.base import Page
from skillassess.ui.state import AppState
from skillassess.ui.tasks import Progress, Task

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LOADED_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

LTR = Qt.LayoutDirection.LeftToRight


def _code_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setLayoutDirection(LTR)  # codes read left to right in every language
    edit.setMaxLength(40)
    return edit


def _text_edit(lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class _Form(QWidget):
    """A form for one kind of node: fields, Save and Revert; ``values()`` gives what to save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Re&vert"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra, 1)
        layout.addLayout(buttons)

    def set_editable(self, editable: bool) -> None:
        for w in self.findChildren(QWidget):
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.setReadOnly(not editable)
            elif isinstance(w, (QComboBox, QSpinBox)):
                w.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.revert_button.setEnabled(editable)


class BodyForm(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = _code_edit()
        self.code.setEnabled(False)
        self.name = QLineEdit()
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.level_scale = QLineEdit()
        self.form.addRow(self.tr("Code"), self.code)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("Co&untry"), self.country)
        self.form.addRow(self.tr("&Level scale"), self.level_scale)
        self.extra.addStretch(1)

    def show_record(self, b: AwardingBody) -> None:
        self.heading.setText(b.name)
        self.code.setText(b.code)
        self.name.setText(b.name)
        self.country.setText(b.country)
        self.level_scale.setText(b.level_scale)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "country": self.country.text(), "level_scale": self.level_scale.text()}


class QualificationForm(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = _code_edit()
        self.code.setEnabled(False)
        self.version = QLabel()
        self.title_edit = QLineEdit()
        self.level = QLineEdit()
        self.sector = QLineEdit()
        self.description = _text_edit(3)
        self.description.setMaximumHeight(self.description.fontMetrics().lineSpacing() * 9 + 12)
        self.rule = QComboBox()
        for rule in PackagingRule:
            self.rule.addItem(label(rule), rule.value)
        self.electives = QSpinBox()
        self.electives.setRange(0, 999)
        self.credits = QSpinBox()
        self.credits.setRange(0, 99999)
        self.rule.currentIndexChanged.connect(self._rule_changed)
        self.form.addRow(self.tr("Code"), self.code)
        self.form.addRow(self.tr("Version"), self.version)
        self.form.addRow(self.tr("&Title"), self.title_edit)
        self.form.addRow(self.tr("&Level"), self.level)
        self.form.addRow(self.tr("Sec&tor"), self.sector)
        self.form.addRow(self.tr("&Description"), self.description)
        self.form.addRow(self.tr("&Packaging rules"), self.rule)
        self.form.addRow(self.tr("&Electives required"), self.electives)
        self.form.addRow(self.tr("C&redits required"), self.credits)
        self.extra.addStretch(1)

    def _rule_changed(self) -> None:
        by_credits = self.rule.currentData() == PackagingRule.MIN_CREDITS.value
        self.electives.setVisible(not by_credits)
        self.form.labelForField(self.electives).setVisible(not by_credits)
        self.credits.setVisible(by_credits)
        self.form.labelForField(self.credits).setVisible(by_credits)

    def show_record(self, q: Qualification) -> None:
        self.heading.setText(f"{q.code} {q.title}")
        self.code.setText(q.code)
        self.version.setText(self.tr("%1 (%2)").replace("%1", str(q.version)).replace("%2", label(q.status)))
        self.title_edit.setText(q.title)
        self.level.setText(q.level)
        self.sector.setText(q.sector)
        self.description.setPlainText(q.description)
        self.rule.setCurrentIndex(max(0, self.rule.findData(q.packaging_rule.value)))
        self.electives.setValue(q.electives_required)
        self.credits.setValue(q.credits_required)
        self._rule_changed()

    def values(self) -> dict[str, Any]:
        return {"title": self.title_edit.text(), "level": self.level.text(), "sector": self.sector.text(),
                "description": self.description.toPlainText(), "packaging_rule": self.rule.currentData(),
                "electives_required": self.electives.value(), "credits_required": self.credits.value()}


class UnitForm(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = _code_edit()
        self.version = QLabel()
        self.title_edit = QLineEdit()
        self.category = QComboBox()
        for cat in UnitCategory:
            self.category.addItem(label(cat), cat.value)
        self.credits = QSpinBox()
        self.credits.setRange(0, 9999)
        self.hours = QSpinBox()
        self.hours.setRange(0, 99999)
        self.form.addRow(self.tr("&Code"), self.code)
        self.form.addRow(self.tr("Version"), self.version)
        self.form.addRow(self.tr("&Title"), self.title_edit)
        self.form.addRow(self.tr("C&ategory"), self.category)
        self.form.addRow(self.tr("C&redits"), self.credits)
        self.form.addRow(self.tr("&Nominal hours"), self.hours)
        self.tabs = QTabWidget()
        self.sections: dict[SectionKind, QPlainTextEdit] = {}
        for kind in SectionKind:
            edit = _text_edit(4)
            self.sections[kind] = edit
            self.tabs.addTab(edit, label(kind))
        self.extra.addWidget(self.tabs)
        self.category_locked = False

    def show_record(self, u: Unit, category: UnitCategory | None) -> None:
        self.heading.setText(f"{u.code} {u.title}")
        self.code.setText(u.code)
        self.version.setText(self.tr("%1 (%2)").replace("%1", str(u.version)).replace("%2", label(u.status)))
        self.title_edit.setText(u.title)
        self.category.setCurrentIndex(max(0, self.category.findData(category.value if category else "core")))
        self.category.setVisible(category is not None)
        self.form.labelForField(self.category).setVisible(category is not None)
        self.credits.setValue(u.credits)
        self.hours.setValue(u.nominal_hours)
        for kind, edit in self.sections.items():
            edit.setPlainText(u.section(kind))

    def set_editable(self, editable: bool, category_editable: bool | None = None) -> None:
        super().set_editable(editable)
        self.category.setEnabled(editable if category_editable is None else category_editable)
        self.save_button.setEnabled(editable or bool(category_editable))
        self.revert_button.setEnabled(self.save_button.isEnabled())

    def values(self) -> dict[str, Any]:
        return {"code": self.code.text(), "title": self.title_edit.text(), "credits": self.credits.value(),
                "nominal_hours": self.hours.value()}

    def section_values(self) -> dict[SectionKind, str]:
        return {kind: edit.toPlainText() for kind, edit in self.sections.items()}


class TextForm(_Form):
    """An element (its title) or a performance criterion (its text)."""

    def __init__(self, field_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = _text_edit(4)
        self.form.addRow(field_label, self.text)
        self.extra.addStretch(1)

    def show_text(self, heading: str, text: str) -> None:
        self.heading.setText(heading)
        self.text.setPlainText(text)

    def values(self) -> dict[str, Any]:
        return {"text": self.text.toPlainText()}


class NewItemDialog(QDialog):
    """Code and title (and category for a unit) of a new qualification, unit or awarding body."""

    def __init__(self, title: str, with_category: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.code = _code_edit()
        self.title_edit = QLineEdit()
        self.category = QComboBox()
        for cat in UnitCategory:
            self.category.addItem(label(cat), cat.value)
        self.setMinimumWidth(440)
        outer = QVBoxLayout(self)
        if with_category:
            hint = QLabel(self.tr("To add a unit that exists already, give its code; the title is then not needed."))
            hint.setWordWrap(True)
            outer.addWidget(hint)
        form = QFormLayout()
        outer.addLayout(form)
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Title"), self.title_edit)
        if with_category:
            form.addRow(self.tr("C&ategory"), self.category)
        else:
            self.category.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)


class StandardsPage(Page):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self._tasks: list[Task] = []
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Search by code or title"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Title"), self.tr("Details")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setUniformRowHeights(True)
        self.tree.itemExpanded.connect(self._on_expanded)
        self.tree.currentItemChanged.connect(self._on_current)

        # Actions on the tree: buttons with shortcuts.
        self.add_button = self._button(self.tr("&Add"), self.add_child, "Ins", self.tr("Add under the selected item (Ins)"))
        self.remove_button = self._button(self.tr("Remo&ve"), self.remove_current, "Del",
                                          self.tr("Remove the selected item (Del)"))
        self.up_button = self._button(self.tr("Move &up"), lambda: self.move_current(-1), "Ctrl+Up",
                                      self.tr("Move the selected item up (Ctrl+Up)"))
        self.down_button = self._button(self.tr("Move do&wn"), lambda: self.move_current(1), "Ctrl+Down",
                                        self.tr("Move the selected item down (Ctrl+Down)"))
        self.version_button = self._button(self.tr("New &version"), self.new_version, None,
                                           self.tr("Copy the selected qualification or unit as a draft with the next version number"))
        self.publish_button = self._button(self.tr("&Publish"), self.publish, None,
                                           self.tr("Make the selected draft current; the current version becomes superseded"))
        self.import_button = self._button(self.tr("&Import…"), self.import_dialog, None,
                                          self.tr("Import a standard from Excel (.xlsx), CASE (.json) or Moodle (.csv)"))
        self.export_button = self._button(self.tr("E&xport…"), self.export_dialog, None,
                                          self.tr("Export the selected qualification to Excel or CASE JSON"))
        self.template_button = self._button(self.tr("&Template…"), self.template_dialog, None,
                                            self.tr("Save an empty, documented Excel workbook to fill in"))
        row1 = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row1.addWidget(b)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        for b in (self.version_button, self.publish_button, self.import_button, self.export_button, self.template_button):
            row2.addWidget(b)
        row2.addStretch(1)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("standardsBanner")
        self.banner.setStyleSheet("#standardsBanner { background: #fff4ce; padding: 6px; border-radius: 3px; }")
        self.banner.hide()
        self.body_form = BodyForm()
        self.qualification_form = QualificationForm()
        self.unit_form = UnitForm()
        self.element_form = TextForm(self.tr("&Element"))
        self.criterion_form = TextForm(self.tr("&Performance criterion"))
        self.empty = QLabel(self.tr("Select an item in the tree to see and edit it."))
        self.empty.setWordWrap(True)
        self.detail = QStackedWidget()
        for w in (self.empty, self.body_form, self.qualification_form, self.unit_form, self.element_form,
                  self.criterion_form):
            self.detail.addWidget(w)
        for form in (self.body_form, self.qualification_form, self.unit_form, self.element_form, self.criterion_form):
            form.save_button.clicked.connect(self.save_current)
            form.revert_button.clicked.connect(lambda: self._on_current(self.tree.currentItem(), None))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_current)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_edit.setFocus)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.filter_edit)
        lv.addLayout(row1)
        lv.addWidget(self.tree)
        lv.addLayout(row2)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.banner)
        rv.addWidget(self.detail, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.state.actor_changed.connect(self._update_actions)
        self._update_actions()

    def _button(self, text: str, slot: Callable[[], None], shortcut: str | None, tip: str) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        b.clicked.connect(slot)
        if shortcut:
            sc = QShortcut(QKeySequence(shortcut), self.tree if shortcut in ("Del", "Ins") else self)
            sc.activated.connect(slot)
        return b

    def title(self) -> str:
        return self.tr("Standards")

    # Tree -----------------------------------------------------------------------------------------
    def load(self) -> None:
        expanded = self._expanded_keys()
        current = self._key(self.tree.currentItem())
        self.tree.clear()
        with self.db.session() as s:
            for body in svc.awarding_bodies(s):
                item = self._item(self.tree, "body", body.id, body.code, body.name, body.level_scale)
                item.setExpanded(True)
            if svc.units_without_qualification(s):
                orphans = self._item(self.tree, "orphans", 0, "", self.tr("Units in no qualification"), "")
                orphans.setToolTip(1, self.tr("New unit versions wait here until a qualification version holds them: "
                                              "make a new version of the qualification to take them up."))
        self._restore(expanded, current)
        self._update_actions()

    def _key(self, item: QTreeWidgetItem | None) -> tuple[str, int, int | None] | None:
        if item is None:
            return None
        parent = item.parent()
        return (item.data(0, KIND_ROLE), item.data(0, ID_ROLE), parent.data(0, ID_ROLE) if parent else None)

    def _expanded_keys(self) -> set[tuple[str, int, int | None]]:
        keys: set[tuple[str, int, int | None]] = set()

        def visit(item: QTreeWidgetItem) -> None:
            if item.isExpanded():
                k = self._key(item)
                if k:
                    keys.add(k)
                for i in range(item.childCount()):
                    visit(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            visit(self.tree.topLevelItem(i))
        return keys

    def _restore(self, expanded: set[tuple[str, int, int | None]], current: tuple[str, int, int | None] | None) -> None:
        def visit(item: QTreeWidgetItem) -> None:
            k = self._key(item)
            if k in expanded:
                item.setExpanded(True)
            if k == current:
                self.tree.setCurrentItem(item)
            for i in range(item.childCount()):
                visit(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            visit(self.tree.topLevelItem(i))

    def _item(self, parent: QTreeWidget | QTreeWidgetItem, kind: str, id_: int, code: str, title: str, details: str,
              leaf: bool = False) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [code, title, details])
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, ID_ROLE, id_)
        item.setToolTip(1, title)
        if not leaf:
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        return item

    def _qualification_details(self, q: Qualification) -> str:
        if not q.level:
            return self.tr("Version %1 · %2").replace("%1", str(q.version)).replace("%2", label(q.status))
        return (self.tr("Level %1 · version %2 · %3").replace("%1", q.level).replace("%2", str(q.version))
                .replace("%3", label(q.status)))

    def _unit_details(self, u: Unit, category: UnitCategory) -> str:
        return (self.tr("%1 · version %2 · %3 credits · %4").replace("%1", label(category)).replace("%2", str(u.version))
                .replace("%3", str(u.credits)).replace("%4", label(u.status)))

    def _on_expanded(self, item: QTreeWidgetItem) -> None:
        if item.data(0, LOADED_ROLE):
            return
        item.setData(0, LOADED_ROLE, True)
        kind, id_ = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        with self.db.session() as s:
            if kind == "body":
                for q in svc.qualifications_of(s, id_):
                    self._item(item, "qualification", q.id, q.code, q.title, self._qualification_details(q))
            elif kind == "qualification":
                for u, category in svc.units_of(s, id_):
                    self._item(item, "unit", u.id, u.code, u.title, self._unit_details(u, category))
            elif kind == "orphans":
                for u in svc.units_without_qualification(s):
                    self._item(item, "unit", u.id, u.code, u.title,
                               self.tr("version %1 · %2").replace("%1", str(u.version)).replace("%2", label(u.status)))
            elif kind == "unit":
                for e in svc.elements_of(s, id_):
                    self._item(item, "element", e.id, str(e.position), e.title, "")
            elif kind == "element":
                for c in svc.criteria_of(s, id_):
                    self._item(item, "criterion", c.id, c.number, c.text, "", leaf=True)
        if item.childCount() == 0:
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicator)

    def _reload_children(self, item: QTreeWidgetItem | None) -> None:
        """Read the children of ``item`` again (after an add, remove or move), keeping it open."""
        if item is None:
            self.load()
            return
        item.takeChildren()
        item.setData(0, LOADED_ROLE, False)
        item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        self._on_expanded(item)
        item.setExpanded(True)

    def _apply_filter(self, text: str) -> None:
        """Show qualifications and units whose code or title holds the text (elements are not searched)."""
        needle = text.strip().casefold()

        def visit(item: QTreeWidgetItem) -> bool:
            kind = item.data(0, KIND_ROLE)
            if needle and kind == "qualification":
                self._on_expanded(item)
            own = not needle or needle in item.text(0).casefold() or needle in item.text(1).casefold()
            child_match = False
            if kind in ("body", "qualification"):
                for i in range(item.childCount()):
                    child_match = visit(item.child(i)) or child_match
            item.setHidden(not (own or child_match) and kind != "body")
            if own and needle and kind == "qualification":
                for i in range(item.childCount()):
                    item.child(i).setHidden(False)
            return own or child_match

        for i in range(self.tree.topLevelItemCount()):
            visit(self.tree.topLevelItem(i))

    # Detail pane --------------------------------------------------------------------------------
    def _editable(self) -> bool:
        return svc.can_edit(self.actor)

    def _on_current(self, item: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        self._lock: str | None = None
        self._parent_lock: str | None = None
        if item is None:
            self.detail.setCurrentWidget(self.empty)
            self.banner.hide()
            self._update_actions()
            return
        kind, id_ = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        if kind == "orphans":
            self.detail.setCurrentWidget(self.empty)
            self.banner.hide()
            self._update_actions()
            return
        reason: str | None = None
        q_reason: str | None = None
        with self.db.session() as s:
            if kind == "body":
                self.body_form.show_record(s.get_one(AwardingBody, id_))
                form: _Form = self.body_form
            elif kind == "qualification":
                q = s.get_one(Qualification, id_)
                self.qualification_form.show_record(q)
                reason = svc.qualification_lock_reason(s, q)
                form = self.qualification_form
            elif kind == "unit":
                u = s.get_one(Unit, id_)
                parent_q = s.get(Qualification, self._qualification_of(item.parent()) or 0)
                link = s.get(QualificationUnit, (parent_q.id, u.id)) if parent_q else None
                self.unit_form.show_record(u, link.category if link else None)
                reason = svc.unit_lock_reason(s, u)
                q_reason = svc.qualification_lock_reason(s, parent_q) if parent_q else None
                form = self.unit_form
            elif kind == "element":
                e = s.get_one(Element, id_)
                self.element_form.show_text(self.tr("Element %1 of %2").replace("%1", str(e.position))
                                            .replace("%2", e.unit.code), e.title)
                reason = svc.unit_lock_reason(s, e.unit)
                form = self.element_form
            else:
                c = s.get_one(PerformanceCriterion, id_)
                self.criterion_form.show_text(self.tr("Performance criterion %1 of %2").replace("%1", c.number)
                                              .replace("%2", c.element.unit.code), c.text)
                reason = svc.unit_lock_reason(s, c.element.unit)
                form = self.criterion_form
        self._lock, self._parent_lock = reason, q_reason
        editable = self._editable() and reason is None
        if kind == "unit":
            self.unit_form.set_editable(editable, category_editable=self._editable() and q_reason is None)
        else:
            form.set_editable(editable)
        if not self._editable():
            self._show_banner(self.tr("Only an administrator can change, import or export standards; you can look at them here."))
        elif reason:
            self._show_banner(reason)
        else:
            self.banner.hide()
        self.detail.setCurrentWidget(form)
        self._update_actions()

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _update_actions(self) -> None:
        item = self.tree.currentItem()
        kind = item.data(0, KIND_ROLE) if item else None
        admin = self._editable()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button, self.version_button,
                  self.publish_button, self.import_button, self.template_button, self.export_button):
            b.setEnabled(admin)
        if not admin:
            tip = self.tr("Needs the administrator role")
            for b in (self.add_button, self.import_button):
                b.setStatusTip(tip)
            self.template_button.setEnabled(True)
            return
        lock = getattr(self, "_lock", None)
        # Units are added, removed and moved within their qualification; the rest within their unit.
        in_qualification = self._qualification_of(item.parent() if item else None) is not None
        container_lock = getattr(self, "_parent_lock", None) if kind == "unit" else lock
        if kind == "unit" and not in_qualification:
            container_lock = "not in a qualification"
        self.add_button.setEnabled(lock is None or kind in ("body", "orphans", None))
        self.remove_button.setEnabled(kind in ("qualification", "unit", "element", "criterion") and container_lock is None)
        self.up_button.setEnabled(kind in ("unit", "element", "criterion") and container_lock is None)
        self.down_button.setEnabled(kind in ("unit", "element", "criterion") and container_lock is None)
        self.version_button.setEnabled(kind in ("qualification", "unit"))
        self.publish_button.setEnabled(kind in ("qualification", "unit") and self._status(item) == StandardStatus.DRAFT)
        self.export_button.setEnabled(kind in ("qualification", "unit", "element", "criterion"))

    def _status(self, item: QTreeWidgetItem | None) -> StandardStatus | None:
        if item is None:
            return None
        kind, id_ = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        with self.db.session() as s:
            obj = s.get(Qualification if kind == "qualification" else Unit, id_)
            return obj.status if obj is not None else None

    def _run(self, fn: Callable[[Any], Any]) -> Any:
        """Run one change in a transaction; show a domain error in a dialog. Returns fn's result or None."""
        try:
            result = self.db.write(fn)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a traceback
            show_error(self, exc)
            return None
        announce(self.db, Changed.STANDARDS, self)
        return result if result is not None else True

    def save_current(self) -> None:
        item = self.tree.currentItem()
        if item is None or not self._editable():
            return
        kind, id_ = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        actor = self.actor
        assert actor is not None
        if kind == "body":
            ok = self._run(lambda s: svc.update_awarding_body(s, actor, id_, **self.body_form.values()))
        elif kind == "qualification":
            ok = self._run(lambda s: svc.update_qualification(s, actor, id_, **self.qualification_form.values()))
        elif kind == "unit":
            ok = self._save_unit(item, id_)
        elif kind == "element":
            ok = self._run(lambda s: svc.update_element(s, actor, id_, self.element_form.values()["text"]))
        else:
            ok = self._run(lambda s: svc.update_criterion(s, actor, id_, self.criterion_form.values()["text"]))
        if ok:
            self._refresh_item(item)
            self._on_current(item, None)

    def _save_unit(self, item: QTreeWidgetItem, unit_id: int) -> Any:
        """Save what changed: the unit's fields, its sections, its category in the qualification."""
        actor = self.actor
        assert actor is not None
        form = self.unit_form
        q_id = self._qualification_of(item.parent())

        def change(s: Any) -> bool:
            u = s.get_one(Unit, unit_id)
            values = form.values()
            if any(getattr(u, k) != v for k, v in values.items()):
                svc.update_unit(s, actor, unit_id, **values)
            sections = form.section_values()
            if any(u.section(k) != v.strip() for k, v in sections.items()):
                svc.set_sections(s, actor, unit_id, sections)
            if q_id is not None:
                link = s.get(QualificationUnit, (q_id, unit_id))
                if link is not None and link.category.value != form.category.currentData():
                    svc.link_unit(s, actor, q_id, unit_id, form.category.currentData())
            return True

        return self._run(change)

    def _refresh_item(self, item: QTreeWidgetItem) -> None:
        kind, id_ = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        with self.db.session() as s:
            if kind == "body":
                b = s.get_one(AwardingBody, id_)
                item.setText(1, b.name)
                item.setText(2, b.level_scale)
            elif kind == "qualification":
                q = s.get_one(Qualification, id_)
                item.setText(1, q.title)
                item.setText(2, self._qualification_details(q))
            elif kind == "unit":
                u = s.get_one(Unit, id_)
                item.setText(0, u.code)
                item.setText(1, u.title)
                q_id = self._qualification_of(item.parent())
                link = s.get(QualificationUnit, (q_id, id_)) if q_id else None
                if link is not None:
                    item.setText(2, self._unit_details(u, link.category))
            elif kind == "element":
                item.setText(1, s.get_one(Element, id_).title)
            else:
                item.setText(1, s.get_one(PerformanceCriterion, id_).text)

    # Structure: add, remove, move -----------------------------------------------------------------
    def ask_new(self, kind: str) -> dict[str, Any] | None:
        """Ask for what a new item needs (a dialog); tests replace this method."""
        if kind in ("body", "qualification", "unit"):
            titles = {"body": self.tr("New awarding body"), "qualification": self.tr("New qualification"),
                      "unit": self.tr("New unit")}
            dlg = NewItemDialog(titles[kind], kind == "unit", self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return None
            return {"code": dlg.code.text(), "title": dlg.title_edit.text(), "category": dlg.category.currentData()}
        from PySide6.QtWidgets import QInputDialog

        prompt = self.tr("Title of the new element:") if kind == "element" else self.tr("Text of the new performance criterion:")
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Add"), prompt)
        return {"title": text} if ok else None

    def confirm(self, text: str) -> bool:
        """Ask before removing something; tests replace this method."""
        answer = QMessageBox.question(self, self.tr("Remove"), text)
        return answer == QMessageBox.StandardButton.Yes

    def add_child(self) -> None:
        if not self._editable():
            return
        actor = self.actor
        assert actor is not None
        item = self.tree.currentItem()
        kind = item.data(0, KIND_ROLE) if item else None
        # Where the new item goes: under the selection, or beside it for a criterion.
        if kind is None or kind == "orphans":
            new_kind, parent = "body", None
        elif kind == "body":
            new_kind, parent = "qualification", item
        elif kind == "qualification":
            new_kind, parent = "unit", item
        elif kind == "unit":
            new_kind, parent = "element", item
        else:
            new_kind, parent = "criterion", item if kind == "element" else item.parent()
        answer = self.ask_new(new_kind)
        if not answer:
            return
        pid = parent.data(0, ID_ROLE) if parent else None

        def create(s: Any) -> int:
            if new_kind == "body":
                return svc.create_awarding_body(s, actor, code=answer["code"], name=answer["title"]).id
            if new_kind == "qualification":
                return svc.create_qualification(s, actor, pid, code=answer["code"], title=answer["title"]).id
            if new_kind == "unit":
                category = answer.get("category") or "core"
                try:
                    unit = svc.find_unit(s, answer["code"].strip())
                except NotFoundError:
                    unit = None
                if unit is not None:
                    # The code of a unit that exists: put that unit (its current version) in the qualification.
                    svc.link_unit(s, actor, pid, unit.id, category)
                    return unit.id
                return svc.create_unit(s, actor, pid, code=answer["code"], title=answer["title"],
                                       category=category).id
            if new_kind == "element":
                return svc.add_element(s, actor, pid, answer["title"]).id
            return svc.add_criterion(s, actor, pid, answer["title"]).id

        new_id = self._run(create)
        if new_id:
            self._reload_children(parent)
            self._select(parent, new_kind, new_id)

    def _select(self, parent: QTreeWidgetItem | None, kind: str, id_: int) -> None:
        if parent is None:
            items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        else:
            items = [parent.child(i) for i in range(parent.childCount())]
        for it in items:
            if it.data(0, KIND_ROLE) == kind and it.data(0, ID_ROLE) == id_:
                self.tree.setCurrentItem(it)
                return

    def remove_current(self) -> None:
        item = self.tree.currentItem()
        if item is None or not self._editable():
            return
        actor = self.actor
        assert actor is not None
        kind, id_ = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        parent = item.parent()
        texts = {
            "qualification": self.tr("Remove the draft qualification %1? Its units stay.").replace("%1", item.text(0)),
            "unit": self.tr("Take unit %1 out of this qualification? The unit itself stays.").replace("%1", item.text(0)),
            "element": self.tr("Remove element %1 and its performance criteria?").replace("%1", item.text(0)),
            "criterion": self.tr("Remove performance criterion %1?").replace("%1", item.text(0)),
        }
        if kind not in texts or not self.confirm(texts[kind]):
            return
        pid = parent.data(0, ID_ROLE) if parent else None

        def remove(s: Any) -> None:
            if kind == "qualification":
                svc.delete_qualification(s, actor, id_)
            elif kind == "unit":
                svc.unlink_unit(s, actor, pid, id_)
            elif kind == "element":
                svc.delete_element(s, actor, id_)
            else:
                svc.delete_criterion(s, actor, id_)

        if self._run(remove):
            self._reload_children(parent)
            self.tree.setCurrentItem(parent)

    def move_current(self, delta: int) -> None:
        item = self.tree.currentItem()
        if item is None or not self._editable():
            return
        actor = self.actor
        assert actor is not None
        kind, id_ = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        parent = item.parent()
        if kind not in ("unit", "element", "criterion") or parent is None:
            return

        def move(s: Any) -> bool:
            if kind == "unit":
                return svc.move_unit(s, actor, parent.data(0, ID_ROLE), id_, delta)
            if kind == "element":
                return svc.move_element(s, actor, id_, delta)
            return svc.move_criterion(s, actor, id_, delta)

        moved = self._run(move)
        if moved:
            expanded = item.isExpanded()
            self._reload_children(parent)
            self._select(parent, kind, id_)
            current = self.tree.currentItem()
            if current is not None and expanded:
                current.setExpanded(True)

    # Versions -------------------------------------------------------------------------------------
    def new_version(self) -> None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) not in ("qualification", "unit"):
            return
        actor = self.actor
        assert actor is not None
        kind, id_ = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        if kind == "qualification":
            new_id = self._run(lambda s: svc.new_qualification_version(s, actor, id_).id)
        else:
            new_id = self._run(lambda s: svc.new_unit_version(s, actor, id_).id)
        if new_id:
            self.load()
            self._select_anywhere(kind, new_id)

    def publish(self) -> None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) not in ("qualification", "unit"):
            return
        actor = self.actor
        assert actor is not None
        kind, id_ = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        fn = svc.publish_qualification if kind == "qualification" else svc.publish_unit
        if self._run(lambda s: fn(s, actor, id_)):
            self.load()
            self._select_anywhere(kind, id_)

    def _select_anywhere(self, kind: str, id_: int) -> None:
        """Select an item that may sit in a part of the tree not yet loaded (bodies and qualifications)."""
        def visit(item: QTreeWidgetItem) -> bool:
            if item.data(0, KIND_ROLE) == kind and item.data(0, ID_ROLE) == id_:
                self.tree.setCurrentItem(item)
                return True
            if kind == "unit" and item.data(0, KIND_ROLE) in ("qualification", "orphans"):
                self._on_expanded(item)
            if item.data(0, KIND_ROLE) in ("body", "qualification", "orphans"):
                for i in range(item.childCount()):
                    if visit(item.child(i)):
                        item.setExpanded(True)
                        return True
            return False

        for i in range(self.tree.topLevelItemCount()):
            if visit(self.tree.topLevelItem(i)):
                return

    # Files ----------------------------------------------------------------------------------------
    def _folder(self) -> str:
        return str(QSettings().value("standards/folder", str(Path.home())))

    def _remember_folder(self, path: str) -> None:
        QSettings().setValue("standards/folder", str(Path(path).parent))

    def import_dialog(self) -> None:
        if not self._editable():
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a standard"), self._folder(),
            self.tr("Standards (*.xlsx *.json *.csv);;Excel workbook (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)"))
        if path:
            self._remember_folder(path)
            self.import_file(path)

    def import_file(self, path: str) -> Task:
        """Import in the background behind a progress dialog; the tree shows the result."""
        actor = self.actor
        assert actor is not None
        db = self.db

        def work(progress: Progress) -> standards_io.ImportResult:
            # Read and check the file first, without the write lock; then write it in one short transaction.
            doc = standards_io.read_standard_file(path)
            return db.write(lambda s: standards_io.import_document(s, actor, doc,
                                                                   progress=lambda d, t: progress.report(d, t)))

        task = Task(work, parent=self, title=self.tr("Import"),
                    label=self.tr("Importing %1…").replace("%1", Path(path).name))
        task.succeeded.connect(self._imported)
        task.failed.connect(lambda exc: show_error(self, exc))
        self._tasks.append(task)
        task.succeeded.connect(lambda _r: self._tasks.remove(task) if task in self._tasks else None)
        task.failed.connect(lambda _e: self._tasks.remove(task) if task in self._tasks else None)
        task.cancelled.connect(lambda: self._tasks.remove(task) if task in self._tasks else None)
        return task.start()

    def _imported(self, result: standards_io.ImportResult) -> None:
        announce(self.db, Changed.STANDARDS, self)
        self.load()
        self._select_anywhere("qualification", result.qualification_id)
        c = result.counts
        text = (self.tr("Imported %1 version %2: %3 unit(s), %4 element(s), %5 performance criteria.")
                .replace("%1", result.code).replace("%2", str(result.version)).replace("%3", str(c["units"]))
                .replace("%4", str(c["elements"])).replace("%5", str(c["criteria"])))
        self.last_import_message = text + ("\n\n" + "\n".join(result.mapping) if result.mapping else "")
        self.show_message(self.tr("Import"), self.last_import_message)

    def show_message(self, title: str, text: str) -> None:
        """Tell the user how an import went; tests replace this method."""
        QMessageBox.information(self, title, text)

    def _qualification_of(self, item: QTreeWidgetItem | None) -> int | None:
        while item is not None and item.data(0, KIND_ROLE) != "qualification":
            item = item.parent()
        return item.data(0, ID_ROLE) if item is not None else None

    def export_dialog(self) -> None:
        qid = self._qualification_of(self.tree.currentItem())
        if qid is None:
            return
        with self.db.session() as s:
            q = s.get_one(Qualification, qid)
            name = f"{q.code}-v{q.version}"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export a standard"), str(Path(self._folder()) / f"{name}.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CASE 1.1 JSON (*.json)"))
        if path:
            if not Path(path).suffix:
                path += ".json" if "json" in chosen else ".xlsx"
            self._remember_folder(path)
            self.export_file(qid, path)

    def export_file(self, qualification_id: int, path: str) -> Task:
        db = self.db

        def work(progress: Progress) -> str:
            progress.report(0, 0)
            with db.session() as s:
                standards_io.export_file(s, qualification_id, path)
            return path

        task = Task(work, parent=self, title=self.tr("Export"),
                    label=self.tr("Writing %1…").replace("%1", Path(path).name))
        task.failed.connect(lambda exc: show_error(self, exc))
        task.succeeded.connect(self._exported)
        self._tasks.append(task)
        task.succeeded.connect(lambda _r: self._tasks.remove(task) if task in self._tasks else None)
        task.failed.connect(lambda _e: self._tasks.remove(task) if task in self._tasks else None)
        return task.start()

    def _exported(self, path: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Wrote %1").replace("%1", path), 8000)

    def template_dialog(self) -> None:
        from skillassess.formats.standards_excel import write_template

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the standards template"),
                                              str(Path(self._folder()) / "standard-template.xlsx"),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self._remember_folder(path)
        try:
            write_template(path)
        except OSError as exc:
            show_error(self, exc)
