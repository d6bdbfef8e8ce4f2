"""The main window and its pages, offscreen, showing the demo content."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from skillassess.ui.app import create_application
from skillassess.ui.main_window import MainWindow
from skillassess.ui.pages.assessments import AssessmentsPage
from skillassess.ui.pages.candidates import CandidatesPage
from skillassess.ui.pages.certificates import CertificatesPage
from skillassess.ui.pages.reports import ReportsPage
from skillassess.ui.pages.standards import StandardsPage


@pytest.fixture
def window(qtbot, demo_db):  # type: ignore[no-untyped-def]
    create_application()
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_navigation_lists_the_pages(window) -> None:  # type: ignore[no-untyped-def]
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:5] == ["Standards", "Candidates", "Assessments", "Certificates", "Reports"]
    assert "demo.sqlite3" in window.db_label.text()


def test_standards_tree_goes_down_to_criteria(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page(StandardsPage)
    tree = page.tree
    body = tree.topLevelItem(0)
    assert body.text(0) == "NTVA"
    qual = body.child(0)
    assert qual.text(0) == "ELI-L2"
    qual.setExpanded(True)
    assert qual.childCount() == 8
    unit = qual.child(0)
    assert unit.text(0) == "ELI-C01" and "Core" in unit.text(2)
    unit.setExpanded(True)
    element = unit.child(0)
    element.setExpanded(True)
    assert element.child(0).text(0) == "1.1"
    tree.setCurrentItem(unit)
    assert "Range statement" in page.detail.toPlainText()


def test_standards_filter(window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page(StandardsPage)
    page.filter_edit.setText("ELI-E02")
    qual = page.tree.topLevelItem(0).child(0)
    visible = [qual.child(i).text(0) for i in range(qual.childCount()) if not qual.child(i).isHidden()]
    assert visible == ["ELI-E02"]


def test_candidates_page_lists_and_searches_in_any_script(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page(CandidatesPage)
    assert page.model.total == 30
    assert "30" in page.count_label.text()
    page.search_edit.setText("ACC-2026-00007")
    qtbot.waitUntil(lambda: page.model.total == 1)
    ethiopic = [r for r in (page.model.row(0),)]
    assert ethiopic[0].registration_number == "ACC-2026-00007"
    with window.db.session() as s:
        from sqlalchemy import select

        from skillassess.core.models import Candidate

        local = s.execute(select(Candidate.name_local).where(Candidate.name_local.like("%ب%"))).scalars().first()
    word = local.split()[0]
    page.search_edit.setText(word)
    qtbot.waitUntil(lambda: page.model.total >= 1 and word in page.model.row(0).name_local)


def test_assessments_page_filters_by_status(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page(AssessmentsPage)
    total = page.model.total
    assert total > 40
    idx = page.status_combo.findText("Returned")
    page.status_combo.setCurrentIndex(idx)
    assert 0 < page.model.total < total
    assert page.model.data(page.model.index(0, 6), Qt.ItemDataRole.DisplayRole) == "Returned"


def test_certificates_and_reports_pages_open(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_page(CertificatesPage)
    reports = window.show_page(ReportsPage)
    qtbot.waitUntil(lambda: reports.cells[0][2].text() == "30", timeout=10000)
    assert reports.cells[0][0].text() == "15"


def test_window_state_is_remembered(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    create_application()
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    w.resize(1000, 650)
    w.nav.setCurrentRow(2)
    w.close()
    assert QSettings().value("main_window/page") in (2, "2")
    w2 = MainWindow(demo_db)
    qtbot.addWidget(w2)
    assert w2.nav.currentRow() == 2
