"""The home page shows what the service counts, each task one click from its work; an empty database
shows how to start. The Assessments page's search and filters (issue 13, items 9 and 10)."""

from __future__ import annotations

import pytest

from skillassess.core.enums import AssessmentStatus
from skillassess.services import home
from skillassess.ui.app import create_application
from skillassess.ui.main_window import MainWindow
from skillassess.ui.pages.assessments import AssessmentsPage
from skillassess.ui.pages.candidates import CandidatesPage
from skillassess.ui.pages.home import HomePage
from skillassess.ui.pages.standards import StandardsPage


def _window(qtbot, db, actor):
    create_application()
    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    w.show()
    w.show_page(HomePage)
    qtbot.waitExposed(w)
    return w


def _summary(db, actor):
    with db.session() as s:
        return home.home_summary(s, actor)


@pytest.mark.parametrize("username", ["admin", "assessor1", "verifier", "registrar"])
def test_home_page_shows_the_service_counts(qtbot, demo_db, demo_actor, username) -> None:
    actor = demo_actor(username)
    w = _window(qtbot, demo_db, actor)
    page = w.page(HomePage)
    assert w.nav.item(0).text() == "Home" and w.stack.currentWidget() is page
    expected = _summary(demo_db, actor)
    shown = {
        "sessions_to_record": expected.sessions_to_record,
        "awaiting_verification": expected.awaiting_verification,
        "returned": expected.returned,
        "eligible": expected.eligible_without_certificate,
    }
    for key, count in shown.items():
        if count:
            assert page.buttons[key].text().startswith(f"{count} "), (key, page.buttons[key].text())
        else:
            assert key not in page.buttons
    for session in expected.sessions:
        assert f"session_{session.session_id}" in page.buttons
    assert "import_standards" not in page.buttons  # the demo is set up
    assert actor.full_name in page.greeting.text()


def test_a_task_is_one_click_from_its_work(qtbot, demo_db, demo_actor) -> None:
    verifier = demo_actor("verifier")
    w = _window(qtbot, demo_db, verifier)
    page = w.page(HomePage)
    page.buttons["awaiting_verification"].click()
    assessments = w.page(AssessmentsPage)
    assert w.stack.currentWidget() is assessments
    assert assessments.status_combo.currentData() == AssessmentStatus.SUBMITTED
    assert assessments.model.total == _summary(demo_db, verifier).awaiting_verification
    assert all(assessments.model.row(i).status == AssessmentStatus.SUBMITTED for i in range(assessments.model.total))


def test_sessions_to_record_open_the_assessor_s_drafts(qtbot, demo_db, demo_actor, monkeypatch) -> None:
    assessor = demo_actor("assessor1")
    w = _window(qtbot, demo_db, assessor)
    page = w.page(HomePage)
    summary = _summary(demo_db, assessor)
    page.buttons["sessions_to_record"].click()
    assessments = w.page(AssessmentsPage)
    assert assessments.status_combo.currentData() == AssessmentStatus.DRAFT
    assert assessments.assessor_combo.currentData() == assessor.user_id
    assert assessments.model.total == summary.draft_results
    opened: list[int | None] = []
    monkeypatch.setattr(
        AssessmentsPage, "open_recording", lambda self, *, session_id=None, **_k: opened.append(session_id)
    )
    w.show_page(HomePage)
    first = summary.sessions[0]
    page.buttons[f"session_{first.session_id}"].click()
    assert opened == [first.session_id]
    assert assessments.session_combo.currentData() == first.session_id


def test_the_home_page_follows_changes(qtbot, demo_db, demo_actor) -> None:
    from skillassess.services.recording import verification
    from skillassess.ui.ops import Changed, ChangeOp

    verifier = demo_actor("verifier")
    w = _window(qtbot, demo_db, verifier)
    page = w.page(HomePage)
    before = _summary(demo_db, verifier).awaiting_verification
    first = w.page(AssessmentsPage)
    first.show_filtered(status=AssessmentStatus.SUBMITTED)
    target = first.model.row(0).id
    ChangeOp(w, demo_db, lambda s: verification.verify(s, verifier, target), changes=Changed.ASSESSMENTS).run()
    w.show_page(HomePage)
    assert page.buttons["awaiting_verification"].text().startswith(f"{before - 1} ")


def test_an_empty_database_shows_how_to_start(qtbot, db, monkeypatch) -> None:
    from skillassess.services.context import SYSTEM

    w = _window(qtbot, db, SYSTEM)
    page = w.page(HomePage)
    for key in ("import_standards", "create_standards", "add_candidate", "import_candidates"):
        assert key in page.buttons
    assert page.findChild(type(page.greeting), "nothing_to_do") is not None
    called: list[str] = []
    monkeypatch.setattr(StandardsPage, "import_dialog", lambda self: called.append("import"))
    monkeypatch.setattr(CandidatesPage, "new_candidate", lambda self: called.append("new"))
    page.buttons["import_standards"].click()
    assert w.stack.currentWidget() is w.page(StandardsPage)
    page.buttons["add_candidate"].click()
    assert w.stack.currentWidget() is w.page(CandidatesPage)
    assert called == ["import", "new"]


def test_assessments_page_searches_and_filters(qtbot, demo_db, demo_actor) -> None:
    w = _window(qtbot, demo_db, demo_actor("admin"))
    page = w.show_page(AssessmentsPage)
    everything = page.model.total
    row = page.model.row(0)
    settled = lambda: not page._debounce.isActive()  # noqa: E731 - searched once typing has paused
    page.search_edit.setText(row.registration_number)
    qtbot.waitUntil(settled)
    assert {page.model.row(i).registration_number for i in range(page.model.total)} == {row.registration_number}
    page.search_edit.clear()
    page.unit_edit.setText(row.unit_code)
    qtbot.waitUntil(settled)
    assert {page.model.row(i).unit_code for i in range(page.model.total)} == {row.unit_code}
    page.unit_edit.clear()
    qtbot.waitUntil(settled)
    assert page.model.total == everything
    page.session_combo.setCurrentIndex(1)
    in_session = page.model.total
    assert 0 < in_session < everything
    page.session_combo.setCurrentIndex(0)
    page.assessor_combo.setCurrentIndex(1)
    assert 0 < page.model.total < everything
    assert "assessment" in page.count_label.text()
