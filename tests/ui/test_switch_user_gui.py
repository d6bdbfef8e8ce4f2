"""Switching users leaves no stale page connected (issue 13.7).

pytest-qt fails a test on an exception raised in a slot (such as "Internal C++ object already deleted"
from a page that was replaced but still heard announcements), and pytest fails on Qt warnings.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from skillassess.core.enums import Sex
from skillassess.services import candidates as candidate_svc
from skillassess.ui import ops
from skillassess.ui.app import create_application
from skillassess.ui.main_window import MainWindow
from skillassess.ui.ops import Changed, ChangeOp
from skillassess.ui.pages.candidates import CandidatesPage
from skillassess.ui.sign_in import SignInDialog
from skillassess.ui.tasks import running


@pytest.fixture(autouse=True)
def _app() -> None:
    create_application()


def _when_modal(action: Callable[[QWidget], None]) -> None:
    def act() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, act)
            return
        action(widget)

    QTimer.singleShot(0, act)


def _sign_in_as(username: str, password: str) -> Callable[[QWidget], None]:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        dialog.username_edit.setText(username)
        dialog.password_edit.setText(password)
        dialog.sign_in_button.click()

    return fill


def _settle(qtbot) -> None:
    """Background loads done and replaced pages really deleted (as the event loop does soon after)."""
    qtbot.waitUntil(lambda: not running(), timeout=30000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _connections(w: MainWindow) -> tuple[int, int]:
    """(receivers of the actor's changes, receivers of the database's announcements)."""
    return (
        w.state.receivers(SIGNAL("actor_changed()")),
        ops._announcer(w.db).receivers(SIGNAL("changed(PyObject,PyObject)")),
    )


def test_switching_users_then_changing_data_reaches_only_live_pages(qtbot, demo_db, demo_actor) -> None:
    w = MainWindow(demo_db, demo_actor("admin"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    for row in range(len(w.pages)):  # every page shown, so loaded and listening
        w.nav.setCurrentRow(row)
        _settle(qtbot)
    before = _connections(w)
    replaced = list(w.pages)
    for n, who in enumerate(("assessor1", "admin", "assessor1", "admin")):
        _when_modal(_sign_in_as(who, f"demo-{who}"))
        assert w.switch_user()  # File > Switch user
        # Deaf at once: the replaced pages (deleted later by Qt) no longer hear announcements.
        live = sum(len(p.findChildren(ops._Subscription)) for p in w.pages)
        assert _connections(w)[1] == live
        _settle(qtbot)
        assert w.state.actor is not None and w.state.actor.username == who
        assert not any(shiboken6.isValid(p) for p in replaced)
        for row in range(len(w.pages)):
            w.nav.setCurrentRow(row)
            _settle(qtbot)
        # The next change: announced to every page that listens; a stale one would raise or warn.
        data = candidate_svc.CandidateData(family_name="Switch", given_names=f"{who} {n}", sex=Sex.FEMALE)
        actor = w.state.actor
        ChangeOp(
            w.pages[0],
            demo_db,
            lambda s, d=data, a=actor: candidate_svc.create_candidate(s, a, d),
            changes=Changed.EVERYTHING,
        ).run_or_raise()
        _settle(qtbot)
        # ... and heard by the live pages: the candidates page lists the new candidate.
        page = w.page(CandidatesPage)
        qtbot.waitUntil(lambda p=page, d=data: _lists(p, d.given_names), timeout=10000)
        replaced = list(w.pages)
    # Back to the same user: exactly as many connections as at the start (none left by replaced pages).
    assert _connections(w) == before


def _lists(page: CandidatesPage, given_names: str) -> bool:
    model = page.table.model()
    return any(
        given_names in str(model.index(r, c).data())
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )
