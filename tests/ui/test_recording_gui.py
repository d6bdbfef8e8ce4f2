"""The criteria grid and its panel, driven by the keyboard and mouse as an assessor would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from skillassess.core.enums import AssessmentMethod, AssessmentStatus, Judgement, Outcome
from skillassess.core.models import Candidate, CriterionJudgement, Unit
from skillassess.services.recording import reading, sessions
from skillassess.ui.app import create_application
from skillassess.ui.recording.dialog import RecordingDialog

DAY = dt.date(2026, 11, 20)


@pytest.fixture
def session_id(demo_db, demo_actor):
    a1 = demo_actor("assessor1")
    with demo_db.transaction() as s:
        cands = [
            s.execute(select(Candidate.id).where(Candidate.registration_number == r)).scalar_one()
            for r in ("ACC-2026-00028", "ACC-2026-00029", "ACC-2026-00030")
        ]
        unit = s.execute(select(Unit.id).where(Unit.code == "ELI-C02")).scalar_one()
        return sessions.plan_session(
            s, a1, sessions.SessionPlan(DAY, a1.user_id, [unit], cands, venue="Workshop A")
        ).session_id


@pytest.fixture
def dialog(qtbot, demo_db, demo_actor, session_id):
    create_application()
    d = RecordingDialog(demo_db, demo_actor("assessor1"), session_id=session_id)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def answer_confirmation(accept: bool = True) -> list[str]:
    """Answer the next question box (Submit, Verify) when it opens; returns what it said, once it was asked."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    said: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        said.extend([box.text(), box.informativeText()])
        buttons = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
        (buttons[0] if accept else box.button(QMessageBox.StandardButton.Cancel)).click()

    QTimer.singleShot(0, answer)
    return said


def _stored(demo_db, aid):
    with demo_db.session() as s:
        rows = s.execute(
            select(CriterionJudgement.criterion_id, CriterionJudgement.result).where(
                CriterionJudgement.assessment_id == aid
            )
        ).all()
    return dict(rows)


def test_fill_a_grid_with_the_keyboard_alone(dialog, qtbot, demo_db) -> None:
    view, model = dialog.view, dialog.model
    assert model.columnCount() == 4  # criterion + three candidates
    criteria = model.criteria()
    assert [c.number for c in criteria] == ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "3.2"]
    assert model.is_element_row(0) and model.data(model.index(0, 0)).startswith("Element 1:")
    view.setFocus()
    first = model.column_at(1)
    assert view.currentIndex().column() == 1 and model.criterion_at(view.currentIndex().row()).number == "1.1"
    # Column 1: S for everything except 2.2 (N) and 3.2 (left blank by pressing Space).
    for key in "SSSSSNSS":
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    # Tab to the next candidate's column, arrows up to the top, then N, S.
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.currentIndex().column() == 2
    for _ in range(12):
        qtbot.keyClick(view, Qt.Key.Key_Up)
    assert model.criterion_at(view.currentIndex().row()).number == "1.1"  # element rows are skipped
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_S)
    # Back to 1.1 of the second column and change N to S; Right arrow then S in the third column.
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_S)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_S)
    second, third = model.column_at(2), model.column_at(3)
    ids = {c.number: c.criterion_id for c in criteria}
    S, N = Judgement.SATISFACTORY, Judgement.NOT_YET_SATISFACTORY
    assert _stored(demo_db, first.assessment_id) == {
        ids["1.1"]: S,
        ids["1.2"]: S,
        ids["1.3"]: S,
        ids["1.4"]: S,
        ids["2.1"]: S,
        ids["2.2"]: N,
        ids["2.3"]: S,
        ids["3.1"]: S,
    }
    assert _stored(demo_db, second.assessment_id) == {ids["1.1"]: S, ids["1.2"]: S}
    assert _stored(demo_db, third.assessment_id) == {ids["1.1"]: S}
    # What the grid shows is what was stored.
    assert model.data(model.index(model.rowCount() - 1, 1)) == ""
    assert "Saved" in dialog.save_label.text() and third.registration_number in dialog.save_label.text()


def test_clicks_cycle_and_panel_follows_the_column(dialog, qtbot, demo_db) -> None:
    view, model = dialog.view, dialog.model
    row = next(r for r in range(model.rowCount()) if not model.is_element_row(r))
    rect = view.visualRect(model.index(row, 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    second = model.column_at(2)
    assert dialog.panel.detail.id == second.assessment_id
    assert list(_stored(demo_db, second.assessment_id).values()) == [Judgement.SATISFACTORY]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert list(_stored(demo_db, second.assessment_id).values()) == [Judgement.NOT_YET_SATISFACTORY]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _stored(demo_db, second.assessment_id) == {}


def test_panel_records_and_submits_then_the_column_locks(dialog, qtbot, demo_db) -> None:
    view, model, panel = dialog.view, dialog.model, dialog.panel
    view.setFocus()
    for _ in model.criteria():
        qtbot.keyClick(view, Qt.Key.Key_S)
    aid = model.column_at(1).assessment_id
    assert panel.detail.id == aid
    assert "No method recorded" in panel.blocking_label.text()
    panel.method_boxes[AssessmentMethod.OBSERVATION].click()
    panel.conflict_combo.setCurrentIndex(1)  # no conflict
    panel.comments.setPlainText("Neat work.")
    panel.flush()
    panel.outcome_combo.setCurrentIndex(panel.outcome_combo.findData(Outcome.COMPETENT))
    with demo_db.session() as s:
        d = reading.assessment_detail(s, aid)
    assert d.methods == [AssessmentMethod.OBSERVATION] and d.conflict_of_interest is False
    assert d.comments == "Neat work." and d.outcome == Outcome.COMPETENT
    assert panel.submit_button.isEnabled() and not panel.verify_button.isEnabled()
    said = answer_confirmation(accept=False)
    panel.submit_button.click()  # asked once, saying what it locks; cancelled: nothing changes
    assert said and "for verification?" in said[0] and "locked" in said[1] and "Competent" in said[1]
    with demo_db.session() as s:
        assert reading.assessment_detail(s, aid).status == AssessmentStatus.DRAFT
    said = answer_confirmation()
    panel.submit_button.click()
    assert said
    with demo_db.session() as s:
        assert reading.assessment_detail(s, aid).status == AssessmentStatus.SUBMITTED
    # The submitted column no longer takes keys: the stored value stays and the reason is shown.
    view.setCurrentIndex(model.index(1, 1))
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert set(_stored(demo_db, aid).values()) == {Judgement.SATISFACTORY}
    assert "submitted" in dialog.save_label.text()
    assert model.unsaved_cells() == {}  # read only: nothing typed, nothing refused
    assert not panel.submit_button.isEnabled() and not panel.outcome_combo.isEnabled()


def test_competent_blocked_message_names_criteria(dialog, qtbot) -> None:
    view, panel = dialog.view, dialog.panel
    view.setFocus()
    for key in "SNS":
        qtbot.keyClick(view, key)
    panel.method_boxes[AssessmentMethod.OBSERVATION].click()
    assert "1.2, 1.4, 2.1" in panel.blocking_label.text()
    panel.outcome_combo.setCurrentIndex(panel.outcome_combo.findData(Outcome.COMPETENT))
    assert "criteria not yet Satisfactory: 1.2, 1.4" in panel.message.text()
    assert panel.outcome_combo.currentData() is None  # the refused outcome is not shown as recorded


def test_verifier_sees_verify_but_cannot_type(qtbot, demo_db, demo_actor, session_id) -> None:
    create_application()
    d = RecordingDialog(demo_db, demo_actor("verifier"), session_id=session_id)
    qtbot.addWidget(d)
    d.show()
    d.view.setFocus()
    qtbot.keyClick(d.view, Qt.Key.Key_S)
    assert _stored(demo_db, d.model.column_at(1).assessment_id) == {}
    assert not d.panel.verify_button.isEnabled()  # nothing submitted yet
    assert not d.panel.method_boxes[AssessmentMethod.OBSERVATION].isEnabled()


def test_planner_creates_the_session_and_progress_dialog_shows_eligibility(qtbot, demo_db, demo_actor) -> None:
    from skillassess.ui.recording.planner import SessionPlannerDialog
    from skillassess.ui.recording.progress import ProgressDialog

    create_application()
    planner = SessionPlannerDialog(demo_db, demo_actor("assessor2"))
    qtbot.addWidget(planner)
    assert planner.assessor_combo.currentText().endswith("(assessor2)")
    planner.venue_edit.setText("Solar training yard")
    planner.units_list.item(5).setCheckState(Qt.CheckState.Checked)  # ELI-E01
    planner.search_edit.setText("ACC-2026-00030")
    planner._search()
    assert planner.found_list.count() == 1
    planner.found_list.item(0).setSelected(True)
    planner._add()
    planner._add()  # adding twice keeps one
    assert planner.chosen_candidate_ids() and len(planner.chosen_candidate_ids()) == 1
    planner.accept()
    assert planner.planned is not None and len(planner.planned.assessment_ids) == 1
    with demo_db.session() as s:
        d = reading.assessment_detail(s, planner.planned.assessment_ids[0])
    assert d.unit_code == "ELI-E01" and d.venue == "Solar training yard" and d.assessor == "assessor2"

    with demo_db.session() as s:
        cid = s.execute(select(Candidate.id).where(Candidate.registration_number == "ACC-2026-00001")).scalar_one()
    dialog = ProgressDialog(demo_db, cid, "ACC-2026-00001")
    qtbot.addWidget(dialog)
    assert "full qualification certificate" in dialog.widget.eligibility_labels[0].text()
    assert dialog.widget.tables[0].rowCount() == 8


def test_assessments_page_opens_the_grid_for_the_selected_row(qtbot, demo_db, demo_actor, monkeypatch) -> None:
    from skillassess.ui.main_window import MainWindow
    from skillassess.ui.pages.assessments import AssessmentsPage
    from skillassess.ui.recording.dialog import RecordingDialog

    create_application()
    w = MainWindow(demo_db, demo_actor("assessor1"))
    qtbot.addWidget(w)
    w.show()
    page = w.show_page(AssessmentsPage)
    assert page.plan_button.isEnabled() and not page.record_button.isEnabled()
    page.table.selectRow(0)
    assert page.record_button.isEnabled()
    opened: list[RecordingDialog] = []
    monkeypatch.setattr(RecordingDialog, "exec", lambda self: opened.append(self) or 0)
    page.record_selected()
    (dialog,) = opened
    row = page.model.row(0)
    current = dialog.model.column_at(dialog.view.currentIndex().column())
    assert current is not None and current.assessment_id == row.id
    assert dialog.panel.detail.id == row.id


def test_verifier_verifies_then_amends_through_the_dialog(qtbot, demo_db, demo_actor, monkeypatch) -> None:
    from skillassess.ui.recording.review import AmendDialog

    create_application()
    with demo_db.session() as s:
        from skillassess.core.models import Assessment

        aid = s.execute(select(Assessment.id).where(Assessment.status == AssessmentStatus.SUBMITTED)).scalars().first()
    d = RecordingDialog(demo_db, demo_actor("verifier"), assessment_id=aid)
    qtbot.addWidget(d)
    d.show()
    panel = d.panel
    assert panel.detail.id == aid and panel.verify_button.isEnabled() and not panel.submit_button.isEnabled()
    said = answer_confirmation()
    panel.verify_button.click()
    assert said and said[0].startswith("Verify the result of") and "final and locked" in said[1]
    assert panel.detail.status == AssessmentStatus.VERIFIED and not panel.verify_button.isEnabled()
    assert panel.amend_button.isEnabled()
    first = panel.detail.criteria[0]

    def fake_exec(dialog: AmendDialog) -> int:
        dialog.judgement_combos[first.number].setCurrentIndex(2)  # Not yet satisfactory
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.NOT_YET_COMPETENT))
        dialog.reason_edit.setPlainText("The paper checklist shows the first criterion not met.")
        return AmendDialog.DialogCode.Accepted.value

    monkeypatch.setattr(AmendDialog, "exec", fake_exec)
    panel.amend_button.click()
    with demo_db.session() as s:
        detail = reading.assessment_detail(s, aid)
    assert detail.outcome == Outcome.NOT_YET_COMPETENT and detail.criteria[0].result == Judgement.NOT_YET_SATISFACTORY
    (am,) = detail.amendments
    assert am.after == {"outcome": "not_yet_competent", "judgements": {first.number: "not_yet_satisfactory"}}
    assert any("Amended by verifier" in panel.history.item(i).text() for i in range(panel.history.count()))
    assert d.model.value(1, 1) == Judgement.NOT_YET_SATISFACTORY  # the grid shows the amended cell


def test_typed_comments_survive_a_method_click_and_save_after_a_pause(dialog, qtbot, demo_db) -> None:
    panel, view = dialog.panel, dialog.view
    aid = panel.detail.id
    view.setCurrentIndex(dialog.model.index(3, 1))
    panel.comments.setFocus()
    qtbot.keyClicks(panel.comments, "Good isolation")
    panel.method_boxes[AssessmentMethod.PRODUCT].click()  # saves methods while the text waits
    assert panel.comments.toPlainText() == "Good isolation"
    assert (view.currentIndex().row(), view.currentIndex().column()) == (3, 1)  # the grid cursor stays
    qtbot.waitUntil(lambda: "comments" in panel.message.text(), timeout=3000)
    with demo_db.session() as s:
        d = reading.assessment_detail(s, aid)
    assert d.comments == "Good isolation" and d.methods == [AssessmentMethod.PRODUCT]


def test_one_candidate_at_a_time(dialog, qtbot, demo_db) -> None:
    third = dialog.model.column_at(3)
    dialog.candidate_combo.setCurrentIndex(dialog.candidate_combo.findData(third.assessment_id))
    assert dialog.model.columnCount() == 2 and dialog.model.column_at(1).assessment_id == third.assessment_id
    assert dialog.panel.detail.id == third.assessment_id
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_N)
    assert list(_stored(demo_db, third.assessment_id).values()) == [Judgement.NOT_YET_SATISFACTORY]
    dialog.candidate_combo.setCurrentIndex(0)
    assert dialog.model.columnCount() == 4 and dialog.model.value(1, 3) == Judgement.NOT_YET_SATISFACTORY


def test_a_cell_saved_while_another_writer_holds_the_database_shows_saved(dialog, qtbot, demo_db) -> None:
    """Another assessor's save (here: a transaction of the test holding the write lock for 0.5 s) makes the
    grid wait a moment, not fail: the cell shows the new value and "Saved", and no error is shown."""
    import threading
    import time

    from skillassess.db.concurrency import lock_writes

    view, model = dialog.view, dialog.model
    failed: list[object] = []
    model.save_failed.connect(failed.append)
    view.setFocus()
    first = model.column_at(1)
    holding, release = threading.Event(), threading.Event()

    def other_writer() -> None:
        with demo_db.transaction() as s:
            lock_writes(s)
            holding.set()
            release.wait(10)

    other = threading.Thread(target=other_writer)
    other.start()
    holding.wait(10)
    threading.Timer(0.5, release.set).start()
    started = time.monotonic()
    qtbot.keyClick(view, Qt.Key.Key_S)
    waited = time.monotonic() - started
    other.join(10)
    assert waited >= 0.4 and failed == []
    crit = model.criteria()[0]
    assert _stored(demo_db, first.assessment_id) == {crit.criterion_id: Judgement.SATISFACTORY}
    assert model.data(model.index(1, 1)) and "Saved" in dialog.save_label.text()
