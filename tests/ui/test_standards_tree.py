"""The standards page's lazy tree: children are read when a node opens, one query per opening, so that a
qualification of a thousand units opens at once; the search shows what it found."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTreeView
from sqlalchemy import event

from skillassess.formats.standard_doc import CriterionDoc, ElementDoc, QualificationDoc, UnitDoc
from skillassess.services import standards as svc
from skillassess.services import standards_io
from skillassess.services.standards import NodeKind, NodeRef
from skillassess.ui.app import create_application
from skillassess.ui.main_window import MainWindow
from skillassess.ui.ops import read
from skillassess.ui.pages.standards import StandardsPage
from skillassess.ui.pages.standards.tree import StandardsFilterModel, StandardsTreeModel

UNITS = 1000


@pytest.fixture
def big(demo_db, demo_actor):
    """The demo plus a qualification of 1,000 units, each with two elements of two criteria."""
    units = [
        UnitDoc(
            code=f"BIG-{n:04d}",
            title=f"Unit {n}",
            elements=[ElementDoc(f"Element {e}", [CriterionDoc(f"Criterion {e}.{c}") for c in (1, 2)]) for e in (1, 2)],
        )
        for n in range(UNITS)
    ]
    doc = QualificationDoc(code="BIG-L1", title="A big qualification", awarding_body_code="NTVA", units=units)
    result = demo_db.write(lambda s: standards_io.import_document(s, demo_actor("admin"), doc))
    return result.qualification_id


class _Reads:
    """The model's fetch function over the database, counting what it is asked for and the SQL it sends."""

    def __init__(self, db) -> None:
        self.db = db
        self.asked: list[NodeRef | None] = []
        self.statements = 0
        event.listen(db.engine, "before_cursor_execute", self._count)

    def _count(self, *_args) -> None:
        self.statements += 1

    def __call__(self, ref: NodeRef | None) -> list[svc.TreeRow]:
        self.asked.append(ref)
        return read(self.db, lambda s: svc.tree_children(s, ref))


def _model(db, qtbot):
    create_application()
    reads = _Reads(db)
    model = StandardsTreeModel(reads, lambda r: (r.code, r.title, "", r.title), ["Code", "Title", "Details"])
    view = QTreeView()
    qtbot.addWidget(view)
    view.setUniformRowHeights(True)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return model, view, reads


def _find(model, parent, code):
    for n in range(model.rowCount(parent)):
        if model.index(n, 0, parent).data() == code:
            return model.index(n, 0, parent)
    raise AssertionError(code)


def test_children_are_read_when_a_node_opens(demo_db, qtbot, big) -> None:
    model, view, reads = _model(demo_db, qtbot)
    model.reload()
    assert reads.asked == [None]  # the top level only
    body = model.index(0, 0)
    assert model.hasChildren(body) and model.rowCount(body) == 0
    view.expand(body)  # as a click on its arrow does: the view asks the model for more
    qtbot.waitUntil(lambda: model.rowCount(body) > 0)
    assert reads.asked == [None, NodeRef(NodeKind.BODY, model.ref(body).id)]
    big_q = _find(model, body, "BIG-L1")
    assert model.hasChildren(big_q) and model.rowCount(big_q) == 0
    before = reads.statements
    view.expand(big_q)
    qtbot.waitUntil(lambda: model.rowCount(big_q) > 0)
    qtbot.wait(50)  # let the view lay out and paint the opened rows
    # One query for the thousand units (with how many elements each has); none per unit, none for elements.
    assert model.rowCount(big_q) == UNITS
    assert reads.asked[-1] == NodeRef(NodeKind.QUALIFICATION, big) and len(reads.asked) == 3
    assert reads.statements - before <= 2
    unit = model.index(UNITS - 1, 0, big_q)
    assert unit.data() == f"BIG-{UNITS - 1:04d}" and model.hasChildren(unit) and model.rowCount(unit) == 0
    view.expand(unit)
    qtbot.waitUntil(lambda: model.rowCount(unit) > 0)
    assert model.rowCount(unit) == 2 and len(reads.asked) == 4


def test_reading_children_again_keeps_the_node_and_sees_changes(demo_db, qtbot, demo_actor) -> None:
    model, _view, _reads = _model(demo_db, qtbot)
    model.reload()
    body = model.index(0, 0)
    model.fetchMore(body)
    eli = _find(model, body, "ELI-L2")
    model.fetchMore(eli)
    unit = model.index(0, 0, eli)
    model.fetchMore(unit)
    assert model.rowCount(unit) > 0
    with demo_db.transaction() as s:
        draft = svc.new_qualification_version(s, demo_actor("admin"), model.ref(eli).id)
    model.reload_children(body)
    rows = [model.index(n, 0, body).data(StandardsTreeModel.ROW_ROLE) for n in range(model.rowCount(body))]
    assert [r.version for r in rows if r.code == "ELI-L2"] == [1, 2]  # the body's other qualification: GMT-L2
    assert model.child(body, NodeRef(NodeKind.QUALIFICATION, draft.id)).isValid()
    # A node with nothing under it loses its expander once read.
    empty = model.child(body, NodeRef(NodeKind.QUALIFICATION, draft.id))
    assert model.hasChildren(empty)  # it holds the same units
    row = model.tree_row(empty)
    model.update_row(empty, type(row)(row.ref, row.code, "Renamed", 0))
    assert empty.siblingAtColumn(1).data() == "Renamed"


def test_the_filter_shows_what_the_search_found(demo_db, qtbot, big) -> None:
    model, _view, _reads = _model(demo_db, qtbot)
    shown = StandardsFilterModel()
    shown.setSourceModel(model)
    model.reload()
    body = model.index(0, 0)
    model.fetchMore(body)
    for n in range(model.rowCount(body)):
        model.fetchMore(model.index(n, 0, body))

    def codes(parent):
        p = shown.mapFromSource(parent)
        return [shown.index(n, 0, p).data() for n in range(shown.rowCount(p))]

    shown.set_matches(read(demo_db, lambda s: svc.tree_matches(s, "big-0999")))
    assert codes(body) == ["BIG-L1"]
    assert codes(_find(model, body, "BIG-L1")) == ["BIG-0999"]
    shown.set_matches(read(demo_db, lambda s: svc.tree_matches(s, "a big qualification")))
    assert len(codes(_find(model, body, "BIG-L1"))) == UNITS  # found by its own title: all its units
    shown.set_matches(None)
    every = [model.index(n, 0, body).data() for n in range(model.rowCount(body))]
    assert {"BIG-L1", "ELI-L2"} < set(every) and codes(body) == sorted(every)  # all of them again, by code


def test_the_page_opens_the_way_to_a_node_not_yet_read(demo_db, qtbot, demo_actor, big) -> None:
    create_application()
    w = MainWindow(demo_db, demo_actor("admin"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    page = w.show_page(StandardsPage)
    unit = read(demo_db, lambda s: svc.find_unit(s, "BIG-0500").id)
    criterion = read(demo_db, lambda s: svc.criteria_of(s, svc.elements_of(s, unit)[1].id)[0].id)
    assert page.select(NodeRef(NodeKind.CRITERION, criterion))
    assert page.current_row().code == "2.1" and page.detail.currentWidget() is page.criterion_form
    assert "Criterion 2.1" in page.criterion_form.text.toPlainText()
    # Only the way down was read: the other 999 units' elements were not.
    big_q = page.tree_model.child(page.tree_model.index(0, 0), NodeRef(NodeKind.QUALIFICATION, big))
    read_units = [
        n
        for n in range(page.tree_model.rowCount(big_q))
        if page.tree_model.rowCount(page.tree_model.index(n, 0, big_q))
    ]
    assert read_units == [500]
