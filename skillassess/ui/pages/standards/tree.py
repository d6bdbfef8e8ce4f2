"""The standards tree as a lazy item model: a node's children are read when it is first opened.

A qualification with a thousand units costs nothing until it is opened, and then one query (the
services' tree_children); elements and criteria are read unit by unit, element by element. The
model holds the services' TreeRow records, never ORM objects, and reads through the function it is
given (the page passes one over ui/ops.py), so it can be tested without a window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTreeView

from skillassess.services.standards import NodeKind, NodeRef, TreeMatches, TreeRow

Index = QModelIndex | QPersistentModelIndex
# Reads the children of a node (None: the top level).
Fetch = Callable[[NodeRef | None], list[TreeRow]]
# The texts of a row: its three columns (code, title, details) and its tooltip, in the interface's language.
Describe = Callable[[TreeRow], tuple[str, str, str, str]]


class _Node:
    """A node of the tree; ``children`` is None until they are read."""

    __slots__ = ("children", "parent", "position", "row")

    def __init__(self, row: TreeRow | None, parent: _Node | None, position: int) -> None:
        self.row = row
        self.parent = parent
        self.position = position  # its row under its parent
        self.children: list[_Node] | None = None

    def adopt(self, rows: list[TreeRow]) -> None:
        self.children = [_Node(r, self, n) for n, r in enumerate(rows)]

    @property
    def may_have_children(self) -> bool:
        if self.children is not None:
            return bool(self.children)
        return self.row is None or self.row.children > 0


_ROLES = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.UserRole,
    Qt.ItemDataRole.UserRole + 1,
}


class StandardsTreeModel(QAbstractItemModel):
    """Awarding body → qualification → unit → element → criterion, read on demand."""

    COL_CODE, COL_TITLE, COL_DETAILS = 0, 1, 2
    REF_ROLE = Qt.ItemDataRole.UserRole  # the node's NodeRef
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the node's TreeRow

    def __init__(self, fetch: Fetch, describe: Describe, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._describe = describe
        self._headers = headers
        self._root = _Node(None, None, 0)
        self._root.children = []

    # Qt API -------------------------------------------------------------------------------------
    def _node(self, index: Index) -> _Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, _Node)
        return node

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if node.children is None or not 0 <= row < len(node.children) or not 0 <= column < 3:
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.position, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        children = self._node(parent).children
        return len(children) if children is not None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 3

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        return self._node(parent).may_have_children

    def canFetchMore(self, parent: Index) -> bool:
        node = self._node(parent)
        return node.children is None and node.may_have_children

    def fetchMore(self, parent: Index) -> None:
        node = self._node(parent)
        if node.children is not None or node.row is None:
            return
        rows = self._fetch(node.row.ref)
        if rows:
            self.beginInsertRows(parent, 0, len(rows) - 1)
            node.adopt(rows)
            self.endInsertRows()
        else:
            node.children = []
            self.dataChanged.emit(parent, parent)  # the expander goes

    # flags() is the base class's (enabled, selectable): one Python call less per row when a view lays out.

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # the view asks for a dozen roles per cell
            return None
        row = self._node(index).row
        assert row is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._describe(row)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_TITLE:
            return self._describe(row)[3]
        if role == self.REF_ROLE:
            return row.ref
        if role == self.ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    # Ours ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the top level again; everything below is read again when opened."""
        self.beginResetModel()
        self._root = _Node(None, None, 0)
        self._root.adopt(self._fetch(None))
        self.endResetModel()

    def reload_children(self, parent: Index) -> None:
        """Read the children of ``parent`` again (after an add, remove or move); the top level: ``reload``."""
        if not parent.isValid():
            self.reload()
            return
        node = self._node(parent)
        if node.children:
            self.beginRemoveRows(parent, 0, len(node.children) - 1)
            node.children = None
            self.endRemoveRows()
        node.children = None
        self.fetchMore(parent)

    def update_row(self, index: Index, row: TreeRow) -> None:
        """Show ``row`` (the node read again after an edit) in place of what ``index`` showed."""
        node = self._node(index)
        node.row = row
        self.dataChanged.emit(self.index(index.row(), 0, index.parent()), self.index(index.row(), 2, index.parent()))

    def child(self, parent: Index, ref: NodeRef) -> QModelIndex:
        """The child of ``parent`` that is ``ref`` (its children read first if need be), else an invalid index."""
        if self.canFetchMore(parent):
            self.fetchMore(parent)
        for n, node in enumerate(self._node(parent).children or []):
            if node.row is not None and node.row.ref == ref:
                return self.index(n, 0, parent)
        return QModelIndex()

    def ref(self, index: Index) -> NodeRef | None:
        return self._node(index).row.ref if index.isValid() else None  # type: ignore[union-attr]

    def tree_row(self, index: Index) -> TreeRow | None:
        return self._node(index).row if index.isValid() else None


class StandardsFilterModel(QSortFilterProxyModel):
    """Shows what a search found: the qualifications and units whose code or title holds the text, the
    qualifications that hold such a unit, and every awarding body (elements and criteria are not searched)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._matches: TreeMatches | None = None

    def set_matches(self, matches: TreeMatches | None) -> None:
        """Filter by ``matches`` (None: show everything)."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._matches = matches
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._matches = matches
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        m = self._matches
        if m is None:
            return True
        ref = self.sourceModel().index(source_row, 0, source_parent).data(StandardsTreeModel.REF_ROLE)
        if not isinstance(ref, NodeRef):
            return True
        if ref.kind == NodeKind.ORPHANS:
            return m.orphans
        if ref.kind == NodeKind.QUALIFICATION:
            return ref.id in m.qualifications or ref.id in m.holding
        if ref.kind == NodeKind.UNIT:
            # Every unit of a qualification found by its own code or title; else the units found.
            return ref.id in m.units or (ref.qualification_id is not None and ref.qualification_id in m.qualifications)
        return True


class StandardsTreeView(QTreeView):
    """The tree over the filter over the lazy model; finds, opens and selects nodes by their NodeRef."""

    def __init__(self, model: StandardsTreeModel, shown: StandardsFilterModel) -> None:
        super().__init__()
        self.tree_model = model
        self.filter_model = shown
        self.setModel(shown)
        # One row height for all: a qualification of a thousand units opens without measuring each row.
        self.setUniformRowHeights(True)

    def source(self, index: Index) -> QModelIndex:
        """The model's index for the view's ``index``."""
        return self.filter_model.mapToSource(index) if index.isValid() else QModelIndex()

    def shown(self, source: Index) -> QModelIndex:
        """The view's index for the model's ``source`` (invalid when the search hides it)."""
        return self.filter_model.mapFromSource(source) if source.isValid() else QModelIndex()

    def current_ref(self) -> NodeRef | None:
        return self.tree_model.ref(self.source(self.currentIndex()))

    def current_row(self) -> TreeRow | None:
        return self.tree_model.tree_row(self.source(self.currentIndex()))

    def expand_source(self, source: Index) -> None:
        """Open the node at ``source``, its children read first (the view would read them at its next layout)."""
        if self.tree_model.canFetchMore(source):
            self.tree_model.fetchMore(source)
        self.expand(self.shown(source))

    def expanded_refs(self) -> set[NodeRef]:
        refs: set[NodeRef] = set()

        def visit(parent: QModelIndex) -> None:
            for n in range(self.tree_model.rowCount(parent)):
                index = self.tree_model.index(n, 0, parent)
                ref = self.tree_model.ref(index)
                if ref is not None and self.isExpanded(self.shown(index)):
                    refs.add(ref)
                    visit(index)

        visit(QModelIndex())
        return refs

    def open(self, parent: QModelIndex, expanded: set[NodeRef]) -> None:
        """Open the awarding bodies and the nodes in ``expanded`` (reading their children)."""
        for n in range(self.tree_model.rowCount(parent)):
            index = self.tree_model.index(n, 0, parent)
            ref = self.tree_model.ref(index)
            if ref is not None and (ref.kind == NodeKind.BODY or ref in expanded):
                self.expand_source(index)
                self.open(index, expanded)

    def path_shown(self, ref: NodeRef) -> list[NodeRef]:
        """The way to ``ref`` among the nodes read so far (a unit: under the qualification it was shown in)."""

        def visit(parent: QModelIndex, way: list[NodeRef]) -> list[NodeRef]:
            for n in range(self.tree_model.rowCount(parent)):
                index = self.tree_model.index(n, 0, parent)
                here = self.tree_model.ref(index)
                if here is None:
                    continue
                if here == ref:
                    return [*way, here]
                found = visit(index, [*way, here])
                if found:
                    return found
            return []

        return visit(QModelIndex(), [])

    def select_path(self, path: list[NodeRef]) -> bool:
        """Open the nodes of ``path`` (from the top) and select its last; False if one is missing or hidden."""
        parent = QModelIndex()
        for n, ref in enumerate(path):
            index = self.tree_model.child(parent, ref)
            if not index.isValid() or not self.shown(index).isValid():
                return False
            if n < len(path) - 1:
                self.expand_source(index)
            parent = index
        if parent.isValid():
            self.setCurrentIndex(self.shown(parent))
            self.scrollTo(self.shown(parent))
        return parent.isValid()
