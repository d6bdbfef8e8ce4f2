"""Standards page: the tree (awarding body → qualification → units → elements → criteria), read as it
is opened, and an editor for the selected node; new versions, publishing, import and export.

Editing needs the administrator role, and a version that is in use (or superseded) is read-only;
the banner above the form says why (the reason comes with the node's detail record). The page reads
and changes only through the standards services, by way of ui/ops.py (one transaction and its audit
entries per change); the forms are in forms.py, the lazy tree model in tree.py, import and export in
files.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import StandardStatus
from skillassess.services import standards as svc
from skillassess.services.standards import NodeKind, NodeRef, TreeRow
from skillassess.ui.errors import say
from skillassess.ui.i18n import number
from skillassess.ui.labels import label
from skillassess.ui.ops import Changed, ChangeOp, QueryOp, Session, read
from skillassess.ui.pages.base import Page
from skillassess.ui.pages.standards.files import StandardsFiles
from skillassess.ui.pages.standards.forms import (
    BodyForm,
    NewItemDialog,
    QualificationForm,
    TextForm,
    UnitForm,
    _Form,
)
from skillassess.ui.pages.standards.tree import StandardsFilterModel, StandardsTreeModel, StandardsTreeView
from skillassess.ui.state import AppState

Index = QModelIndex | QPersistentModelIndex

# What a new item under a node of each kind is (a criterion is added beside a criterion).
_CHILD_KIND = {
    None: NodeKind.BODY,
    NodeKind.ORPHANS: NodeKind.BODY,
    NodeKind.BODY: NodeKind.QUALIFICATION,
    NodeKind.QUALIFICATION: NodeKind.UNIT,
    NodeKind.UNIT: NodeKind.ELEMENT,
    NodeKind.ELEMENT: NodeKind.CRITERION,
    NodeKind.CRITERION: NodeKind.CRITERION,
}


class StandardsPage(Page, StandardsFiles):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.detail_record: svc.NodeDetail | None = None
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Search by code or title"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.tree_model = StandardsTreeModel(
            self._children, self._describe, [self.tr("Code"), self.tr("Title"), self.tr("Details")], self
        )
        self.filter_model = StandardsFilterModel(self)
        self.filter_model.setSourceModel(self.tree_model)
        self.tree = StandardsTreeView(self.tree_model, self.filter_model)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(lambda _c, _p: self._on_current())

        # Actions on the tree: buttons with shortcuts.
        self.add_button = self._button(
            self.tr("&Add"), self.add_child, "Ins", self.tr("Add under the selected item (Ins)")
        )
        self.remove_button = self._button(
            self.tr("Remo&ve"), self.remove_current, "Del", self.tr("Remove the selected item (Del)")
        )
        self.up_button = self._button(
            self.tr("Move &up"),
            lambda: self.move_current(-1),
            "Ctrl+Up",
            self.tr("Move the selected item up (Ctrl+Up)"),
        )
        self.down_button = self._button(
            self.tr("Move do&wn"),
            lambda: self.move_current(1),
            "Ctrl+Down",
            self.tr("Move the selected item down (Ctrl+Down)"),
        )
        self.version_button = self._button(
            self.tr("New &version"),
            self.new_version,
            None,
            self.tr("Copy the selected qualification or unit as a draft with the next version number"),
        )
        self.publish_button = self._button(
            self.tr("&Publish"),
            self.publish,
            None,
            self.tr("Make the selected draft current; the current version becomes superseded"),
        )
        self.import_button = self._button(
            self.tr("&Import…"),
            self.import_dialog,
            None,
            self.tr("Import a standard from Excel (.xlsx), CASE (.json) or Moodle (.csv)"),
        )
        self.export_button = self._button(
            self.tr("E&xport…"),
            self.export_dialog,
            None,
            self.tr("Export the selected qualification to Excel or CASE JSON"),
        )
        self.template_button = self._button(
            self.tr("&Template…"),
            self.template_dialog,
            None,
            self.tr("Save an empty, documented Excel workbook to fill in"),
        )
        row1 = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row1.addWidget(b)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        for b in (
            self.version_button,
            self.publish_button,
            self.import_button,
            self.export_button,
            self.template_button,
        ):
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
        for w in (
            self.empty,
            self.body_form,
            self.qualification_form,
            self.unit_form,
            self.element_form,
            self.criterion_form,
        ):
            self.detail.addWidget(w)
        for form in (self.body_form, self.qualification_form, self.unit_form, self.element_form, self.criterion_form):
            form.save_button.clicked.connect(self.save_current)
            form.revert_button.clicked.connect(self._on_current)
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
        # Three fifths for the tree whatever the language: the size hints alone gave a long Swahili or
        # French banner most of the width and squeezed the titles in the tree.
        splitter.setSizes([3000, 2000])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.state.actor_changed.connect(self._update_actions)
        # Standards changed elsewhere (an import from another window); this page updates itself after its own.
        self.subscribe(Changed.STANDARDS, ignore_own=True)
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
    def _children(self, ref: NodeRef | None) -> list[TreeRow]:
        return read(self.db, lambda s: svc.tree_children(s, ref))

    def _describe(self, row: TreeRow) -> tuple[str, str, str, str]:
        """The row's code, title, details and tooltip, in the interface's language."""
        kind = row.ref.kind
        if kind == NodeKind.ORPHANS:
            return (
                "",
                self.tr("Units in no qualification"),
                "",
                self.tr(
                    "New unit versions wait here until a qualification version holds them: "
                    "make a new version of the qualification to take them up."
                ),
            )
        details = ""
        if kind == NodeKind.BODY:
            details = row.level_scale
        elif kind == NodeKind.QUALIFICATION:
            details = self._qualification_details(row)
        elif kind == NodeKind.UNIT:
            details = self._unit_details(row)
        return row.code, row.title, details, row.title

    def _qualification_details(self, q: TreeRow) -> str:
        if not q.level:
            return self.tr("Version %1 · %2").replace("%1", number(q.version)).replace("%2", label(q.status))
        return (
            self.tr("Level %1 · version %2 · %3")
            .replace("%1", number(q.level))
            .replace("%2", number(q.version))
            .replace("%3", label(q.status))
        )

    def _unit_details(self, u: TreeRow) -> str:
        if u.category is None:  # in no qualification
            return self.tr("version %1 · %2").replace("%1", number(u.version)).replace("%2", label(u.status))
        return (
            self.tr("%1 · version %2 · %3 credits · %4")
            .replace("%1", label(u.category))
            .replace("%2", number(u.version))
            .replace("%3", number(u.credits))
            .replace("%4", label(u.status))
        )

    def current_ref(self) -> NodeRef | None:
        """The node selected in the tree."""
        return self.tree.current_ref()

    def current_row(self) -> TreeRow | None:
        return self.tree.current_row()

    def load(self) -> None:
        """Read the tree again, keeping open what was open and the selection."""
        expanded = self.tree.expanded_refs()
        current = self.current_ref()
        self.tree_model.reload()
        self.tree.open(QModelIndex(), expanded)
        self._apply_filter(self.filter_edit.text())
        if current is None or not self.select(current):
            self._on_current()
        self._update_actions()

    def select(self, ref: NodeRef) -> bool:
        """Select the node ``ref``, opening the tree down to it (its way is read when not open)."""
        path = self.tree.path_shown(ref) or read(self.db, lambda s: svc.tree_path(s, ref))
        if not self.tree.select_path(path) and self.filter_edit.text():
            self.filter_edit.clear()  # the search hid it
            return self.tree.select_path(path)
        return bool(path) and self.current_ref() == path[-1]

    def _reload_children(self, parent: QPersistentModelIndex) -> None:
        """Read the children of ``parent`` again (after an add, remove or move), keeping it open."""
        if not parent.isValid():
            self.load()
            return
        self.tree_model.reload_children(parent)
        self.tree.expand_source(parent)

    def _apply_filter(self, text: str) -> None:
        """Show qualifications and units whose code or title holds the text (elements are not searched)."""
        if not text.strip():
            self.filter_model.set_matches(None)
            return
        matches = read(self.db, lambda s: svc.tree_matches(s, text))
        self.filter_model.set_matches(matches)
        # Open the qualifications that hold a unit found, so that the unit shows.
        for b in range(self.tree_model.rowCount()):
            body = self.tree_model.index(b, 0)
            for q in range(self.tree_model.rowCount(body)):
                index = self.tree_model.index(q, 0, body)
                ref = self.tree_model.ref(index)
                if ref is not None and ref.id in matches.holding:
                    self.tree.expand_source(index)

    # Detail pane --------------------------------------------------------------------------------
    def _editable(self) -> bool:
        return svc.can_edit(self.actor)

    def _on_current(self) -> None:
        """Show the selected node in its form, read again (a revert too)."""
        self.detail_record = None
        ref = self.current_ref()
        if ref is None or ref.kind == NodeKind.ORPHANS:
            self.detail.setCurrentWidget(self.empty)
            self.banner.hide()
            self._update_actions()
            return
        QueryOp(self, self.db, lambda s: svc.node_detail(s, ref)).success(self._show_detail).run()
        self._update_actions()

    def _show_detail(self, d: svc.NodeDetail) -> None:
        self.detail_record = d
        form: _Form
        if isinstance(d, svc.BodyDetail):
            self.body_form.show_detail(d)
            form = self.body_form
        elif isinstance(d, svc.QualificationDetail):
            self.qualification_form.show_detail(d)
            form = self.qualification_form
        elif isinstance(d, svc.UnitDetail):
            self.unit_form.show_detail(d)
            form = self.unit_form
        elif isinstance(d, svc.ElementDetail):
            self.element_form.show_text(
                self.tr("Element %1 of %2").replace("%1", number(d.position)).replace("%2", d.unit_code), d.title
            )
            form = self.element_form
        else:
            self.criterion_form.show_text(
                self.tr("Performance criterion %1 of %2").replace("%1", d.number).replace("%2", d.unit_code), d.text
            )
            form = self.criterion_form
        editable = self._editable() and d.lock is None
        if isinstance(d, svc.UnitDetail):
            self.unit_form.set_editable(editable, category_editable=self._editable() and d.qualification_lock is None)
        else:
            form.set_editable(editable)
        if not self._editable():
            self._show_banner(
                self.tr("Only an administrator can change, import or export standards; you can look at them here.")
            )
        elif d.lock is not None:
            self._show_banner(say(d.lock))
        else:
            self.banner.hide()
        self.detail.setCurrentWidget(form)

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _update_actions(self) -> None:
        ref = self.current_ref()
        kind = ref.kind if ref else None
        admin = self._editable()
        for b in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.version_button,
            self.publish_button,
            self.import_button,
            self.template_button,
            self.export_button,
        ):
            b.setEnabled(admin)
        if not admin:
            tip = self.tr("Needs the administrator role")
            for b in (self.add_button, self.import_button):
                b.setStatusTip(tip)
            self.template_button.setEnabled(True)
            return
        d = self.detail_record if self.detail_record is not None and self.detail_record.ref == ref else None
        lock = d.lock if d is not None else None
        # Units are added, removed and moved within their qualification; the rest within their unit.
        container_locked = lock is not None
        if isinstance(d, svc.UnitDetail):
            container_locked = d.ref.qualification_id is None or d.qualification_lock is not None
        status = getattr(d, "status", None)
        self.add_button.setEnabled(lock is None or kind in (NodeKind.BODY, NodeKind.ORPHANS, None))
        movable = kind in (NodeKind.UNIT, NodeKind.ELEMENT, NodeKind.CRITERION) and not container_locked
        self.remove_button.setEnabled((movable or kind == NodeKind.QUALIFICATION) and not container_locked)
        self.up_button.setEnabled(movable)
        self.down_button.setEnabled(movable)
        self.version_button.setEnabled(kind in (NodeKind.QUALIFICATION, NodeKind.UNIT))
        self.publish_button.setEnabled(
            kind in (NodeKind.QUALIFICATION, NodeKind.UNIT) and status == StandardStatus.DRAFT
        )
        self.export_button.setEnabled(
            kind in (NodeKind.QUALIFICATION, NodeKind.UNIT, NodeKind.ELEMENT, NodeKind.CRITERION)
        )

    def _change(self, work: Callable[[Session], Any], then: Callable[[Any], object]) -> bool:
        """Run one change of the standards (a transaction, its audit entries); ``then(result)`` once committed."""
        return ChangeOp(self, self.db, work, changes=Changed.STANDARDS).success(then).run()

    def save_current(self) -> None:
        index = QPersistentModelIndex(self.tree.source(self.tree.currentIndex()))
        ref = self.tree_model.ref(index)
        form = self.detail.currentWidget()
        actor = self.actor
        if ref is None or actor is None or not self._editable() or not isinstance(form, _Form):
            return
        self._change(form.change(actor, ref), lambda _r: self._saved(index, ref))

    def _saved(self, index: QPersistentModelIndex, ref: NodeRef) -> None:
        row = read(self.db, lambda s: svc.tree_row(s, ref))
        if row is not None and index.isValid():
            self.tree_model.update_row(index, row)
        self._on_current()

    # Structure: add, remove, move -----------------------------------------------------------------
    def ask_new(self, kind: str) -> dict[str, Any] | None:
        """Ask for what a new item needs (a dialog); tests replace this method."""
        if kind in ("body", "qualification", "unit"):
            titles = {
                "body": self.tr("New awarding body"),
                "qualification": self.tr("New qualification"),
                "unit": self.tr("New unit"),
            }
            dlg = NewItemDialog(titles[kind], kind == "unit", self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return None
            return {"code": dlg.code.text(), "title": dlg.title_edit.text(), "category": dlg.category.currentData()}

        prompt = (
            self.tr("Title of the new element:")
            if kind == "element"
            else self.tr("Text of the new performance criterion:")
        )
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Add"), prompt)
        return {"title": text} if ok else None

    def confirm(self, text: str) -> bool:
        """Ask before removing something; tests replace this method."""
        answer = QMessageBox.question(self, self.tr("Remove"), text)
        return answer == QMessageBox.StandardButton.Yes

    def add_child(self) -> None:
        actor = self.actor
        if actor is None or not self._editable():
            return
        current = self.tree.source(self.tree.currentIndex())
        ref = self.tree_model.ref(current)
        new_kind = _CHILD_KIND[ref.kind if ref else None]
        # Where the new item goes: under the selection, or beside it for a criterion.
        if new_kind == NodeKind.BODY:
            parent = QModelIndex()
        else:
            parent = current.parent() if ref is not None and ref.kind == NodeKind.CRITERION else current
        parent_ref = self.tree_model.ref(parent)
        answer = self.ask_new(new_kind.value)
        if not answer:
            return
        pid = parent_ref.id if parent_ref else 0
        code, title = answer.get("code", ""), answer.get("title", "")
        create: dict[NodeKind, Callable[[Session], int]] = {
            NodeKind.BODY: lambda s: svc.create_awarding_body(s, actor, code=code, name=title).id,
            NodeKind.QUALIFICATION: lambda s: svc.create_qualification(s, actor, pid, code=code, title=title).id,
            NodeKind.UNIT: lambda s: svc.add_unit(
                s, actor, pid, code=code, title=title, category=answer.get("category") or "core"
            ),
            NodeKind.ELEMENT: lambda s: svc.add_element(s, actor, pid, title).id,
            NodeKind.CRITERION: lambda s: svc.add_criterion(s, actor, pid, title).id,
        }
        kept = QPersistentModelIndex(parent)
        self._change(
            create[new_kind],
            lambda new_id: self._added(kept, NodeRef(new_kind, new_id, pid if new_kind == NodeKind.UNIT else None)),
        )

    def _added(self, parent: QPersistentModelIndex, ref: NodeRef) -> None:
        self._reload_children(parent)
        if not self.tree.select_path([*self._path_to(parent), ref]):
            self.select(ref)

    def _path_to(self, index: Index) -> list[NodeRef]:
        way: list[NodeRef] = []
        source: Index = index
        while source.isValid():
            ref = self.tree_model.ref(source)
            assert ref is not None
            way.insert(0, ref)
            source = source.parent()
        return way

    def remove_current(self) -> None:
        current = self.tree.source(self.tree.currentIndex())
        row, actor = self.tree_model.tree_row(current), self.actor
        if row is None or actor is None or not self._editable():
            return
        texts = {
            NodeKind.QUALIFICATION: self.tr("Remove the draft qualification %1? Its units stay."),
            NodeKind.UNIT: self.tr("Take unit %1 out of this qualification? The unit itself stays."),
            NodeKind.ELEMENT: self.tr("Remove element %1 and its performance criteria?"),
            NodeKind.CRITERION: self.tr("Remove performance criterion %1?"),
        }
        text = texts.get(row.ref.kind)
        if text is None or not self.confirm(text.replace("%1", row.code)):
            return
        parent, ref = QPersistentModelIndex(current.parent()), row.ref
        self._change(lambda s: svc.remove_node(s, actor, ref), lambda _r: self._removed(parent))

    def _removed(self, parent: QPersistentModelIndex) -> None:
        self._reload_children(parent)
        if parent.isValid():
            self.tree.setCurrentIndex(self.tree.shown(parent))

    def move_current(self, delta: int) -> None:
        current = self.tree.source(self.tree.currentIndex())
        ref, actor = self.tree_model.ref(current), self.actor
        if ref is None or actor is None or not self._editable():
            return
        if ref.kind not in (NodeKind.UNIT, NodeKind.ELEMENT, NodeKind.CRITERION) or not current.parent().isValid():
            return
        parent, expanded = QPersistentModelIndex(current.parent()), self.tree.isExpanded(self.tree.currentIndex())
        self._change(
            lambda s: svc.move_node(s, actor, ref, delta),
            lambda moved: self._moved(parent, ref, expanded) if moved else None,
        )

    def _moved(self, parent: QPersistentModelIndex, ref: NodeRef, expanded: bool) -> None:
        self._reload_children(parent)
        index = self.tree_model.child(parent, ref)
        self.tree.setCurrentIndex(self.tree.shown(index))
        if expanded:
            self.tree.expand_source(index)

    # Versions -------------------------------------------------------------------------------------
    def new_version(self) -> None:
        ref, actor = self.current_ref(), self.actor
        if ref is None or actor is None or ref.kind not in (NodeKind.QUALIFICATION, NodeKind.UNIT):
            return
        self._change(lambda s: svc.new_version(s, actor, ref), self._reload_and_select)

    def publish(self) -> None:
        ref, actor = self.current_ref(), self.actor
        if ref is None or actor is None or ref.kind not in (NodeKind.QUALIFICATION, NodeKind.UNIT):
            return
        self._change(lambda s: svc.publish(s, actor, ref), lambda _r: self._reload_and_select(ref))

    def _reload_and_select(self, ref: NodeRef) -> None:
        self.load()
        self.select(ref)
