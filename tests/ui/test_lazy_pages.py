"""Pages are imported and built when first shown (issue 14: start-up); what the window says of a page before
building it (title, who may see it) is what the page says."""

from __future__ import annotations

import subprocess
import sys
from itertools import combinations

from skillassess.core.enums import Role
from skillassess.services.context import Actor
from skillassess.ui.app import create_application
from skillassess.ui.main_window import PAGE_FACTORIES, MainWindow
from skillassess.ui.pages.base import Page

from helpers import ROOT


def test_what_the_navigation_says_before_building_is_what_each_page_says(qtbot, demo_db) -> None:
    create_application()
    w = MainWindow(demo_db, Actor(1, "x", frozenset(Role)))
    qtbot.addWidget(w)
    every_roles = [frozenset(c) for n in range(len(Role) + 1) for c in combinations(Role, n)]
    for factory in PAGE_FACTORIES:
        cls = factory.page_class()
        assert factory.allowed(None) == cls.allowed(None), factory.name
        for roles in every_roles:
            actor = Actor(1, "x", roles)
            assert factory.allowed(actor) == cls.allowed(actor), (factory.name, roles)
        page = w.page(cls)
        assert isinstance(page, cls)
        assert factory.title() == page.title()


def test_only_the_page_shown_is_built(qtbot, demo_db, demo_actor) -> None:
    from skillassess.ui.pages.candidates import CandidatesPage
    from skillassess.ui.pages.reports import ReportsPage

    create_application()
    w = MainWindow(demo_db, demo_actor("admin"))
    qtbot.addWidget(w)
    w.nav.setCurrentRow(2)  # Home, Standards, Candidates
    w.show()
    qtbot.waitExposed(w)
    built = [w.stack.widget(n) for n in range(w.stack.count()) if isinstance(w.stack.widget(n), Page)]
    assert [type(p) for p in built] == [CandidatesPage]
    assert w.stack.currentWidget() is built[0]
    assert w.nav.count() == len(PAGE_FACTORIES)  # every page listed, with its title
    # File > Export > Statistics builds the Reports page and shows it.
    page = w.reports_page()
    assert isinstance(page, ReportsPage) and w.stack.currentWidget() is page
    assert w.nav.currentRow() == w.stack.indexOf(page)


def test_start_up_imports_no_page_and_no_workbook_or_pdf_library() -> None:
    """Importing the main window must not pull in the pages, the dialogs' registry or the file writers."""
    code = (
        "import sys; import skillassess.ui.main_window; "
        "print(sorted(m for m in sys.modules if m.startswith(('skillassess.ui.pages.', 'xlsxwriter', "
        "'openpyxl', 'reportlab', 'skillassess.ui.dialogs', 'skillassess.ui.backup_dialogs', "
        "'skillassess.services.exports', 'cryptography'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120, check=True
    ).stdout.strip()
    assert out == "[]"  # not even the pages' base class (it imports SQLAlchemy: tests/ui/test_startup.py)


def test_a_page_class_appended_as_before_is_built_with_the_window(qtbot, demo_db, demo_actor, monkeypatch) -> None:
    """Other features append page classes to PAGE_FACTORIES: those are listed and built at once, as before."""
    from skillassess.ui import main_window
    from skillassess.ui.pages.reports import ReportsPage

    monkeypatch.setattr(main_window, "PAGE_FACTORIES", [*PAGE_FACTORIES[:2], ReportsPage])
    create_application()
    w = MainWindow(demo_db, demo_actor("admin"))
    qtbot.addWidget(w)
    assert w.nav.count() == 3 and w.nav.item(2).text() == "Reports"
    assert isinstance(w.stack.widget(2), ReportsPage)  # built with the window, to say its title
    assert not isinstance(w.stack.widget(1), Page)  # the lazy ones wait until shown
