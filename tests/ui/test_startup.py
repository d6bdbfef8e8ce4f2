"""Start-up (issue 14): the main window shows at once, then the database opens on the task pool."""

from __future__ import annotations

import argparse
import subprocess
import sys

from PySide6.QtWidgets import QLabel, QProgressBar

from skillassess.ui.app import create_application, open_for_gui, show_opening_window

from helpers import ROOT


def test_the_main_window_imports_no_sqlalchemy() -> None:
    """What the window needs before it shows leaves SQLAlchemy, the models and the services to the task pool."""
    code = (
        "import sys, skillassess.ui.app, skillassess.ui.main_window; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' or m.startswith('skillassess.services.')"
        " and m != 'skillassess.services.context' and m != 'skillassess.services.export_rights'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]", out.stdout


def test_the_window_says_it_is_opening_and_changes_nothing_until_the_database_is_open(
    qtbot, demo_db, demo_actor
) -> None:
    create_application()
    window = show_opening_window()
    qtbot.addWidget(window)
    assert window.opening and window.isVisible()
    texts = [w.text() for w in window.stack.currentWidget().findChildren(QLabel)]
    assert texts == ["Opening database…"]
    assert window.stack.currentWidget().findChildren(QProgressBar)
    assert not window.menuBar().isEnabled() and not window.nav.isEnabled()  # no action, no page: no write
    assert window.nav.count() >= 6 and window.user_label.text() == "Not signed in"
    db = open_for_gui(argparse.Namespace(db=str(demo_db.file_path), demo=False), window)
    assert db is not None
    try:
        window.show_waiting_for_sign_in()  # open: the bar stops while the sign-in dialog waits for the user
        assert window.opening_label.text() == "Waiting for sign-in…" and window.opening_bar.isHidden()
        assert not window.menuBar().isEnabled() and not window.nav.isEnabled()
        window.set_database(db, demo_actor("assessor1"))
        assert not window.opening and window.menuBar().isEnabled() and window.nav.isEnabled()
        from skillassess.ui.pages.candidates import CandidatesPage

        page = window.show_page(CandidatesPage)
        qtbot.waitUntil(lambda: page.model.rowCount() > 0)
        assert "Kwame Boateng" in window.user_label.text()
    finally:
        window.close()
        db.dispose()
