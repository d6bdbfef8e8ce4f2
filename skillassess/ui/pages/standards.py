"""Standards page: awarding body → qualification → units → elements → criteria, loaded on expand."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import SectionKind
from skillassess.core.models import AwardingBody, Element, PerformanceCriterion, Qualification, Unit
from skillassess.services import standards as svc
from skillassess.ui.i18n import ltr
from skillassess.ui.labels import label
from skillassess.ui.pages.base import Page
from skillassess.ui.state import AppState

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LOADED_ROLE = Qt.ItemDataRole.UserRole + 2


def _number(text: str) -> str:
    """A number kept as text (a level) written with the locale's digits, like the numbers beside it."""
    return QLocale().toString(int(text)) if text.isdigit() else text


class StandardsPage(Page):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by code or title"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Title"), self.tr("Details")])
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.setUniformRowHeights(True)
        self.tree.itemExpanded.connect(self._on_expanded)
        self.tree.currentItemChanged.connect(self._on_current)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.filter_edit)
        lv.addWidget(self.tree)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

    def title(self) -> str:
        return self.tr("Standards")

    def load(self) -> None:
        self.tree.clear()
        with self.db.session() as s:
            for body in svc.awarding_bodies(s):
                item = self._item(self.tree, "body", body.id, body.code, body.name, body.level_scale)
                item.setExpanded(True)

    def _item(self, parent: QTreeWidget | QTreeWidgetItem, kind: str, id_: int, code: str, title: str, details: str, leaf: bool = False) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [code, title, details])
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, ID_ROLE, id_)
        item.setToolTip(1, title)
        if not leaf:
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        return item

    def _on_expanded(self, item: QTreeWidgetItem) -> None:
        if item.data(0, LOADED_ROLE):
            return
        item.setData(0, LOADED_ROLE, True)
        kind, id_ = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        with self.db.session() as s:
            if kind == "body":
                for q in svc.qualifications_of(s, id_):
                    self._item(item, "qualification", q.id, q.code, q.title,
                               self.tr("Level %1 · version %2 · %3").replace("%1", _number(q.level)).replace("%2", QLocale().toString(q.version)).replace("%3", label(q.status)))
            elif kind == "qualification":
                for u, category in svc.units_of(s, id_):
                    self._item(item, "unit", u.id, u.code, u.title,
                               self.tr("%1 · version %2 · %3").replace("%1", label(category)).replace("%2", QLocale().toString(u.version))
                               .replace("%3", self.tr("%n credit(s)", "", u.credits)))
            elif kind == "unit":
                for e in svc.elements_of(s, id_):
                    self._item(item, "element", e.id, str(e.position), e.title, "")
            elif kind == "element":
                for c in svc.criteria_of(s, id_):
                    self._item(item, "criterion", c.id, c.number, c.text, "", leaf=True)
        if item.childCount() == 0:
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicator)
        self.tree.resizeColumnToContents(0)  # codes in full, in every language

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()

        def visit(item: QTreeWidgetItem) -> bool:
            if item.childCount() == 0 and item.childIndicatorPolicy() == QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator and needle:
                self._on_expanded(item)
            own = not needle or needle in item.text(0).casefold() or needle in item.text(1).casefold()
            child_match = False
            for i in range(item.childCount()):
                child_match = visit(item.child(i)) or child_match
            # A matching unit keeps its children visible; a match below keeps its parents visible.
            item.setHidden(not (own or child_match))
            if own and needle:
                for i in range(item.childCount()):
                    item.child(i).setHidden(False)
            return own or child_match

        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                q = top.child(j)
                if needle:
                    self._on_expanded(q)
                visit(q)

    def _on_current(self, item: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        if item is None:
            self.detail.clear()
            return
        kind, id_ = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        with self.db.session() as s:
            if kind == "body":
                self.detail.setHtml(self._body_html(s.get_one(AwardingBody, id_)))
            elif kind == "qualification":
                self.detail.setHtml(self._qualification_html(s.get_one(Qualification, id_)))
            elif kind == "unit":
                self.detail.setHtml(self._unit_html(s.get_one(Unit, id_)))
            elif kind == "element":
                e = s.get_one(Element, id_)
                heading = self.tr("Element %1").replace("%1", QLocale().toString(e.position))
                self.detail.setHtml(f"<h3>{html.escape(heading)}</h3><p>{html.escape(e.title)}</p>")
            elif kind == "criterion":
                c = s.get_one(PerformanceCriterion, id_)
                heading = self.tr("Performance criterion %1").replace("%1", ltr(c.number))
                self.detail.setHtml(f"<h3>{html.escape(heading)}</h3><p>{html.escape(c.text)}</p>")

    @staticmethod
    def _field(name: str, value: str) -> str:
        """``<b>Name:</b> value`` (the colon is part of the translated name: French puts a space before it)."""
        return f"<b>{html.escape(name)}</b> {value}"

    def _body_html(self, b: AwardingBody) -> str:
        f = self._field
        return (f"<h2>{html.escape(b.name)}</h2><p>"
                + f(self.tr("Code:"), html.escape(ltr(b.code))) + "<br>"
                + f(self.tr("Country:"), html.escape(b.country)) + "<br>"
                + f(self.tr("Level scale:"), html.escape(b.level_scale)) + "</p>")

    def _qualification_html(self, q: Qualification) -> str:
        f = self._field
        loc = QLocale()
        rule = label(q.packaging_rule)
        need = (self.tr("%n elective(s)", "", q.electives_required) if q.electives_required
                else self.tr("%n credit(s)", "", q.credits_required))
        return (f"<h2>{html.escape(ltr(q.code))} {html.escape(q.title)}</h2><p>"
                + f(self.tr("Level:"), html.escape(_number(q.level))) + " &nbsp; "
                + f(self.tr("Version:"), loc.toString(q.version)) + " &nbsp; "
                + f(self.tr("Status:"), label(q.status)) + "<br>"
                + f(self.tr("Sector:"), html.escape(q.sector)) + "<br>"
                + f(self.tr("Packaging rules:"), f"{html.escape(rule)} ({html.escape(need)})")
                + f"</p><p>{html.escape(q.description)}</p>")

    def _unit_html(self, u: Unit) -> str:
        f = self._field
        loc = QLocale()
        parts = [f"<h2>{html.escape(ltr(u.code))} {html.escape(u.title)}</h2><p>"
                 + f(self.tr("Version:"), loc.toString(u.version)) + " &nbsp; "
                 + f(self.tr("Status:"), label(u.status)) + " &nbsp; "
                 + f(self.tr("Credits:"), loc.toString(u.credits)) + " &nbsp; "
                 + f(self.tr("Nominal hours:"), loc.toString(u.nominal_hours)) + "</p>"]
        for kind in SectionKind:
            body = u.section(kind)
            if body:
                parts.append(f"<h4>{html.escape(label(kind))}</h4><p>{html.escape(body).replace(chr(10), '<br>')}</p>")
        return "".join(parts)
