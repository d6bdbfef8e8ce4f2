"""Opened by tests/ui/test_window_fit.py in a Qt whose one screen is 1366×728 (a 1366×768 laptop less its
taskbar): every window and dialog, in each language, must keep its frame inside the available area.

Not collected on its own (its name does not start with test_): it needs that screen, which only a new
process can have. Dialogs come from the same discovery as tests/ui/test_i18n_gui.py (DIALOG_FACTORIES
plus every QDialog subclass that can be built from demo values), so new ones fall under it unasked.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget
from sqlalchemy import select
from test_i18n_gui import dialog_factories, settle

from skillassess.core.models import Candidate, Unit
from skillassess.services.recording import reading, sessions
from skillassess.ui.i18n import LANGUAGES

pytestmark = pytest.mark.skipif(
    os.environ.get("SKILLASSESS_FIT_PROBE") != "1", reason="run by test_window_fit.py on a 1366×728 screen"
)


# test_window_fit.py runs one probe per language (SKILLASSESS_FIT_LANGUAGES), so that they spread over the workers.
PROBED = [code for code in os.environ.get("SKILLASSESS_FIT_LANGUAGES", ",".join(LANGUAGES)).split(",") if code]


@pytest.fixture(params=PROBED)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    from skillassess.ui import i18n
    from skillassess.ui.app import create_application

    app = create_application()
    i18n.install_language(app, request.param)
    try:
        yield request.param
    finally:
        i18n.install_language(app, "en")


def outside(window: QWidget, what: str) -> list[str]:
    """Why ``window``'s frame is not inside the available area of its screen (empty when it is)."""
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    assert (area.width(), area.height()) == (1366, 728), "not the laptop screen this test is about"
    if area.contains(frame):
        return []
    r = frame
    return [f"{what}: frame {r.width()}×{r.height()} at ({r.x()}, {r.y()}) leaves 1366×728"]


def _show(qtbot, window: QWidget) -> None:
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)


def test_main_window_fits_on_every_page(language, qtbot, demo_db, demo_actor) -> None:
    from skillassess.ui.main_window import MainWindow

    QSettings().remove("main_window")  # as after the first-start wizard: nothing remembered
    w = MainWindow(demo_db, demo_actor("admin"))
    qtbot.addWidget(w)
    _show(qtbot, w)
    problems = outside(w, "main window")
    for row, page in enumerate(w.pages):
        w.nav.setCurrentRow(row)
        settle(qtbot)
        problems += outside(w, f"main window on {page.title()}")
    assert w.statusBar().isVisible() and w.rect().contains(w.statusBar().geometry())
    assert not problems, "\n".join(problems)


def test_a_geometry_remembered_from_a_larger_screen_is_brought_back(language, qtbot, demo_db, demo_actor) -> None:
    from skillassess.ui.main_window import MainWindow

    big = MainWindow(demo_db, demo_actor("admin"))
    qtbot.addWidget(big)
    big.setGeometry(200, 150, 1900, 1000)  # as saved on a 1920×1080 monitor
    QSettings().setValue("main_window/geometry", QByteArray(big.saveGeometry()))
    w = MainWindow(demo_db, demo_actor("admin"))
    qtbot.addWidget(w)
    _show(qtbot, w)
    assert not outside(w, "main window restored")
    QSettings().remove("main_window")


def test_recording_window_fits(language, qtbot, demo_db, demo_actor) -> None:
    from skillassess.ui.recording.dialog import RecordingDialog

    a1 = demo_actor("assessor1")
    with demo_db.transaction() as s:
        unit = s.execute(select(Unit.id).where(Unit.code == "ELI-C02")).scalar_one()
        cands = [  # every candidate who may take the unit now: a wide grid
            cid
            for cid in s.execute(select(Candidate.id).order_by(Candidate.id)).scalars()
            if not reading.attempt_history(s, cid, "ELI-C02")
        ]
        plan = sessions.plan_session(s, a1, sessions.SessionPlan(dt.date(2026, 11, 20), a1.user_id, [unit], cands))
    d = RecordingDialog(demo_db, a1, session_id=plan.session_id, assessment_id=plan.assessment_ids[-1])
    qtbot.addWidget(d)
    _show(qtbot, d)
    assert not outside(d, "recording window")
    # The panel's actions are in view without scrolling (French pushed Submit and Verify below the fold).
    p = d.panel
    hidden = [
        b.text()
        for b in (p.submit_button, p.verify_button, p.return_button, p.print_button, p.evidence_button)
        if not b.isVisible()
        or b.visibleRegion().boundingRect() != b.rect()
        or not d.rect().contains(b.mapTo(d, b.rect().bottomRight()))
    ]
    assert not hidden, f"recording window in {language}: {hidden} cut off or scrolled out of view"


def test_every_dialog_fits(language, qtbot, demo_db, demo_actor) -> None:
    from skillassess.ui.main_window import MainWindow

    w = MainWindow(demo_db, demo_actor("admin"))
    qtbot.addWidget(w)
    _show(qtbot, w)
    problems: list[str] = []
    opened = 0
    for factory in dialog_factories():
        dialog = factory(w.state, w)
        if dialog is None:
            continue
        opened += 1
        dialog.setModal(False)
        _show(qtbot, dialog)
        problems += outside(dialog, f"{type(dialog).__name__} ({getattr(factory, '__name__', '')})")
        dialog.close()
        dialog.deleteLater()
    assert opened >= 20
    assert not problems, "\n".join(problems)
