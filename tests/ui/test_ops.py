"""The interface's operations (skillassess/ui/ops.py): a change in one transaction, errors in the one error
dialog, what changed announced to the pages that subscribed, reads and long work on the task pool."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from skillassess.core.errors import ValidationError
from skillassess.services import standards as svc
from skillassess.ui.app import create_application
from skillassess.ui.ops import Changed, ChangeOp, QueryOp, announce, announcements_held, read, subscribe
from skillassess.ui.pages.base import Page
from skillassess.ui.state import AppState
from skillassess.ui.tasks import running


@pytest.fixture
def parent(qtbot):
    create_application()
    w = QWidget()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def admin(demo_actor):
    return demo_actor("admin")


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    """The texts of the error dialogs shown (instead of showing them)."""
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    return texts


def _bodies(db) -> list[str]:
    return [b.code for b in read(db, svc.awarding_bodies)]


def test_a_change_commits_calls_success_and_announces(parent, demo_db, admin) -> None:
    heard: list[Changed] = []
    subscribe(parent, demo_db, Changed.STANDARDS, heard.append)
    results: list[int] = []
    op = ChangeOp(
        parent,
        demo_db,
        lambda s: svc.create_awarding_body(s, admin, code="TVA", name="Tech").id,
        changes=Changed.STANDARDS | Changed.AUDIT,
    )
    assert op.success(results.append).run() is True
    assert len(results) == 1 and "TVA" in _bodies(demo_db)
    assert heard == [Changed.STANDARDS]  # only what the subscriber asked for


def test_a_domain_error_goes_to_the_error_dialog_and_nothing_is_written(parent, demo_db, admin, shown) -> None:
    heard: list[Changed] = []
    subscribe(parent, demo_db, Changed.EVERYTHING, heard.append)

    def half_then_refused(s):
        svc.create_awarding_body(s, admin, code="TVA", name="Tech")
        svc.create_awarding_body(s, admin, code="TVA", name="Again")  # the code is taken: refused

    assert ChangeOp(parent, demo_db, half_then_refused, changes=Changed.STANDARDS).run() is False
    assert len(shown) == 1 and "already exists" in shown[0] and "TVA" in shown[0]
    assert "TVA" not in _bodies(demo_db) and heard == []  # rolled back as a whole, nothing announced


def test_failure_replaces_the_dialog_and_run_or_raise_raises(parent, demo_db, admin, shown) -> None:
    failed: list[Exception] = []
    bad = ChangeOp(
        parent, demo_db, lambda s: svc.create_awarding_body(s, admin, code=" ", name="x"), changes=Changed.STANDARDS
    )
    assert bad.failure(failed.append).run() is False
    assert isinstance(failed[0], ValidationError) and shown == []
    with pytest.raises(ValidationError, match="needs a code"):
        ChangeOp(
            parent, demo_db, lambda s: svc.create_awarding_body(s, admin, code="", name="x"), changes=Changed.STANDARDS
        ).run_or_raise()
    assert ChangeOp(parent, demo_db, lambda s: 41 + 1, changes=Changed.NOTHING).run_or_raise() == 42


class _CountingPage(Page):
    def __init__(self, state: AppState) -> None:
        super().__init__(state)
        self.loads = 0

    def title(self) -> str:
        return "Counting"

    def load(self) -> None:
        self.loads += 1


def test_a_subscribed_page_reads_again_after_a_change_elsewhere(qtbot, demo_db, admin) -> None:
    create_application()
    page = _CountingPage(AppState(demo_db, admin))
    qtbot.addWidget(page)
    page.subscribe(Changed.STANDARDS | Changed.CANDIDATES, ignore_own=True)
    page.show()
    qtbot.waitExposed(page)
    assert page.loads == 1
    other = QWidget()
    qtbot.addWidget(other)
    ChangeOp(
        other,
        demo_db,
        lambda s: svc.create_awarding_body(s, admin, code="TVA", name="Tech").id,
        changes=Changed.STANDARDS,
    ).run()
    assert page.loads == 2
    announce(demo_db, Changed.USERS)  # not a kind the page shows
    assert page.loads == 2
    # Its own changes (from it or a dialog it opened) it has shown already.
    dialog = QWidget(page)
    ChangeOp(dialog, demo_db, lambda s: None, changes=Changed.STANDARDS).run()
    assert page.loads == 2
    # Another database's changes are not this page's.
    from skillassess.db.database import Database

    announce(Database(demo_db.url, demo_db.engine), Changed.STANDARDS)
    assert page.loads == 2


def test_a_subscription_ends_with_its_subscriber(qtbot, demo_db) -> None:
    import shiboken6

    create_application()
    heard: list[Changed] = []
    w = QWidget()
    subscribe(w, demo_db, Changed.STANDARDS, heard.append)
    announce(demo_db, Changed.STANDARDS)
    shiboken6.delete(w)  # the page closed and was deleted
    announce(demo_db, Changed.STANDARDS)
    assert heard == [Changed.STANDARDS]


def test_held_announcements_come_once_at_the_end(parent, demo_db) -> None:
    heard: list[Changed] = []
    subscribe(parent, demo_db, Changed.EVERYTHING, heard.append)
    with announcements_held(demo_db):
        ChangeOp(parent, demo_db, lambda s: None, changes=Changed.ASSESSMENTS).run()
        ChangeOp(parent, demo_db, lambda s: None, changes=Changed.ASSESSMENTS).run()
        announce(demo_db, Changed.AUDIT)
        assert heard == []
    assert heard == [Changed.ASSESSMENTS | Changed.AUDIT]


def test_a_query_runs_on_the_pool_with_its_own_session(parent, qtbot, demo_db) -> None:
    gui = threading.get_ident()
    seen: list[tuple[int, list[str]]] = []

    def work(s):
        return threading.get_ident(), [b.code for b in svc.awarding_bodies(s)]

    task = QueryOp(parent, demo_db, work).success(seen.append).run_in_background(label="Reading…")
    assert task in running()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    worker, codes = seen[0]
    assert worker != gui and codes == ["NTVA"]
    qtbot.waitUntil(lambda: not running(), timeout=10000)


def test_cancelled_background_change_is_rolled_back(parent, qtbot, demo_db, admin) -> None:
    heard: list[Changed] = []
    subscribe(parent, demo_db, Changed.EVERYTHING, heard.append)
    ended: list[str] = []

    def work(s, progress):
        svc.create_awarding_body(s, admin, code="TVA", name="Tech")
        progress.report(1, 2)  # the user pressed Cancel: raises, the transaction is rolled back

    task = (
        ChangeOp.reporting(parent, demo_db, work, changes=Changed.STANDARDS)
        .success(lambda _r: ended.append("success"))
        .cancelled(lambda: ended.append("cancelled"))
        .always(lambda: ended.append("always"))
        .task(label="Writing…")
    )
    task.progress.cancel()
    task.start()
    qtbot.waitUntil(lambda: "always" in ended, timeout=10000)
    assert ended == ["cancelled", "always"] and heard == [] and "TVA" not in _bodies(demo_db)


def test_background_change_reports_errors_in_the_dialog(parent, qtbot, demo_db, admin, shown) -> None:
    ChangeOp(
        parent,
        demo_db,
        lambda s: svc.create_awarding_body(s, admin, code="NTVA", name="Twice"),
        changes=Changed.STANDARDS,
    ).run_in_background(label="Writing…")
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "already exists" in shown[0]
