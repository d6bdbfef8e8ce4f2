"""How long the Standards page takes to open a qualification of 1,000 units (each with elements and criteria).

Builds a SQLite database with the demo and a 1,000-unit qualification (4 elements of 5 criteria each:
21,000 rows below it), then times, in the same process:

- raw: sqlite3 selecting the 1,000 units of the qualification with their element counts (the floor);
- old: what the page did before issue 22.2: the ORM's units_of and one QTreeWidgetItem per unit, with
  its details text (the units' elements were read only when a unit opened, as now);
- new: the lazy StandardsTreeModel reading the qualification's children (services' tree_children
  through ui/ops.read) into a QTreeView with uniform row heights, laid out and painted offscreen.

Prints medians and the ratios new / raw and new / old. Goal: opening stays under 100 ms (no work per
unit but its row), so the page never needs a progress dialog for it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/standards_tree.py [--runs 15]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QTreeView, QTreeWidget, QTreeWidgetItem

from skillassess.db.database import open_database, sqlite_url
from skillassess.formats.standard_doc import CriterionDoc, ElementDoc, QualificationDoc, UnitDoc
from skillassess.services import standards as svc
from skillassess.services import standards_io
from skillassess.services.demo import load_demo
from skillassess.services.standards import NodeKind, NodeRef
from skillassess.services.users import actor_by_username
from skillassess.ui.ops import read
from skillassess.ui.pages.standards.tree import StandardsTreeModel

UNITS, ELEMENTS, CRITERIA = 1000, 4, 5


def build(folder: Path):
    db = open_database(sqlite_url(folder / "tree.sqlite3"))
    db.write(load_demo)
    admin = read(db, lambda s: actor_by_username(s, "admin"))
    units = [
        UnitDoc(
            code=f"BIG-{n:04d}",
            title=f"Unit {n} of the big qualification",
            credits=4,
            elements=[
                ElementDoc(f"Element {e}", [CriterionDoc(f"Criterion {e}.{c} is met") for c in range(1, CRITERIA + 1)])
                for e in range(1, ELEMENTS + 1)
            ],
        )
        for n in range(UNITS)
    ]
    doc = QualificationDoc(code="BIG-L1", title="A big qualification", awarding_body_code="NTVA", units=units)
    qid = db.write(lambda s: standards_io.import_document(s, admin, doc)).qualification_id
    return db, qid


def time_raw(path: Path, qid: int) -> float:
    con = sqlite3.connect(path)
    t = time.perf_counter()
    rows = con.execute(
        "SELECT u.id, u.code, u.title, u.version, u.status, qu.category, u.credits, "
        "(SELECT count(*) FROM element e WHERE e.unit_id = u.id) FROM unit u JOIN qualification_unit qu "
        "ON qu.unit_id = u.id WHERE qu.qualification_id = ? ORDER BY qu.position, u.code",
        (qid,),
    ).fetchall()
    elapsed = time.perf_counter() - t
    con.close()
    assert len(rows) == UNITS
    return elapsed


def time_old(db, qid: int, app: QApplication) -> float:
    tree = QTreeWidget()
    tree.setHeaderLabels(["Code", "Title", "Details"])
    tree.resize(900, 600)
    tree.show()
    top = QTreeWidgetItem(tree, ["BIG-L1", "A big qualification", ""])
    app.processEvents()
    t = time.perf_counter()
    with db.session() as s:
        for u, category in svc.units_of(s, qid):
            item = QTreeWidgetItem(
                top,
                [u.code, u.title, f"{category.value} · version {u.version} · {u.credits} credits · {u.status.value}"],
            )
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
    top.setExpanded(True)
    app.processEvents()
    elapsed = time.perf_counter() - t
    tree.deleteLater()
    return elapsed


def time_new(db, qid: int, app: QApplication) -> float:
    model = StandardsTreeModel(
        lambda ref: read(db, lambda s: svc.tree_children(s, ref)),
        lambda r: (r.code, r.title, f"{r.category} · version {r.version}", r.title),
        ["Code", "Title", "Details"],
    )
    view = QTreeView()
    view.setUniformRowHeights(True)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    model.reload()
    body = model.index(0, 0)
    model.fetchMore(body)
    view.expand(body)
    app.processEvents()
    big = model.child(body, NodeRef(NodeKind.QUALIFICATION, qid))
    t = time.perf_counter()
    model.fetchMore(big)
    view.expand(big)
    app.processEvents()
    elapsed = time.perf_counter() - t
    assert model.rowCount(big) == UNITS
    view.deleteLater()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        db, qid = build(Path(tmp))
        path = db.file_path
        assert path is not None
        raw, old, new = [], [], []
        for _ in range(args.runs):  # interleaved, so that the machine's load falls on all three alike
            raw.append(time_raw(path, qid))
            old.append(time_old(db, qid, app))
            new.append(time_new(db, qid, app))
        db.dispose()
    m_raw, m_old, m_new = (statistics.median(x) * 1000 for x in (raw, old, new))
    print(
        f"open a qualification of {UNITS} units ({UNITS * ELEMENTS} elements, {UNITS * ELEMENTS * CRITERIA} "
        f"criteria below), median of {args.runs} runs:"
    )
    print(f"  raw sqlite3 query      {m_raw:8.1f} ms")
    print(f"  old QTreeWidget fill   {m_old:8.1f} ms")
    print(f"  new lazy model + view  {m_new:8.1f} ms   new/raw {m_new / m_raw:5.1f}   new/old {m_new / m_old:5.2f}")


if __name__ == "__main__":
    main()
