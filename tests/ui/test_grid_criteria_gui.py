"""The grid keeps its criteria, folds its panel away, finds a candidate, and surprises nobody (issue 13.1, 13.3)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from skillassess.core.enums import AssessmentMethod, Judgement, Outcome
from skillassess.core.models import Candidate, CriterionJudgement, Enrolment, Qualification, Unit
from skillassess.services.recording import judging, reading, sessions
from skillassess.ui.app import create_application
from skillassess.ui.recording.dialog import RecordingDialog

DAY = dt.date(2026, 11, 20)


@pytest.fixture
def wide_session(demo_db, demo_actor) -> tuple[int, list[int]]:
    """assessor1's session in ELI-C02 with every candidate who may take it: more columns than fit.

    Those enrolled in ELI-L2: not last year's garment-making candidates of the demo."""
    a1 = demo_actor("assessor1")
    with demo_db.transaction() as s:
        unit = s.execute(select(Unit.id).where(Unit.code == "ELI-C02")).scalar_one()
        eli = (
            select(Enrolment.candidate_id)
            .join(Qualification, Qualification.id == Enrolment.qualification_id)
            .where(Qualification.code == "ELI-L2")
        )
        cands = [
            cid
            for cid in s.execute(select(Candidate.id).where(Candidate.id.in_(eli)).order_by(Candidate.id)).scalars()
            if not reading.attempt_history(s, cid, "ELI-C02")
        ]
        plan = sessions.plan_session(s, a1, sessions.SessionPlan(DAY, a1.user_id, [unit], cands))
    assert len(plan.assessment_ids) >= 8
    return plan.session_id, list(plan.assessment_ids)


@pytest.fixture(autouse=True)
def _app() -> None:
    create_application()


def _open(qtbot, demo_db, actor, session_id, assessment_id=None) -> RecordingDialog:
    d = RecordingDialog(demo_db, actor, session_id=session_id, assessment_id=assessment_id)
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)  # shortcuts (Ctrl+F, F9) reach the active window
    return d


def _visible_columns(d: RecordingDialog) -> list[int]:
    viewport = d.view.viewport().rect()
    return [c for c in range(1, d.model.columnCount()) if viewport.intersects(d.view.visualRect(d.model.index(1, c)))]


def _painted(widget) -> bool:
    """Whether ``widget`` shows any dark pixel (text) at all."""
    image = widget.grab().toImage()
    step = 3
    return any(
        QColor(image.pixel(x, y)).lightness() < 90
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def test_the_criteria_stay_when_the_grid_opens_on_the_last_candidate(qtbot, demo_db, demo_actor, wide_session) -> None:
    session_id, aids = wide_session
    d = _open(qtbot, demo_db, demo_actor("assessor1"), session_id, aids[-1])
    view, model = d.view, d.model
    last = model.column_of(aids[-1])
    assert last == model.columnCount() - 1 and view.currentIndex().column() == last
    assert view.horizontalScrollBar().value() > 0  # scrolled to the last candidate
    assert last in _visible_columns(d) and 1 not in _visible_columns(d)
    header = view.verticalHeader()
    assert header.isVisible() and header.width() >= 300
    row = next(r for r in range(model.rowCount()) if not model.is_element_row(r))
    crit = model.criterion_at(row)
    shown = model.headerData(row, Qt.Orientation.Vertical)
    assert crit.number in shown and crit.text in shown
    assert model.headerData(0, Qt.Orientation.Vertical).startswith("Element 1:")
    assert _painted(header)  # the labels are drawn, not blank bands
    place = header.geometry()
    view.horizontalScrollBar().setValue(0)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    assert header.geometry() == place and _painted(header)
    assert view.isColumnHidden(0)  # no second copy of the criteria scrolling away
    corner = view.corner_label  # the heading above the criteria, where the corner was blank
    assert corner.isVisible() and corner.text() == "Performance criterion"
    assert corner.geometry().left() == header.geometry().left() and corner.width() == header.width()


def test_the_criteria_header_is_on_the_right_in_arabic(qtbot, demo_db, demo_actor, wide_session) -> None:
    from skillassess.ui import i18n

    app = create_application()
    i18n.install_language(app, "ar")
    try:
        session_id, aids = wide_session
        d = _open(qtbot, demo_db, demo_actor("assessor1"), session_id, aids[-1])
        header = d.view.verticalHeader()
        assert d.view.isRightToLeft()
        assert header.geometry().left() > d.view.viewport().geometry().left() and _painted(header)
    finally:
        i18n.install_language(app, "en")


def test_the_panel_folds_away_for_more_candidates_and_stays_so(qtbot, demo_db, demo_actor, wide_session) -> None:
    session_id, _aids = wide_session
    d = _open(qtbot, demo_db, demo_actor("assessor1"), session_id)
    before = len(_visible_columns(d))
    assert d.panel.isVisible() and d.panel_button.isChecked()
    d.panel_button.click()
    qtbot.waitUntil(lambda: len(_visible_columns(d)) > before)
    assert d.panel_button.text() == "Show panel"
    d.close()
    again = _open(qtbot, demo_db, demo_actor("assessor1"), session_id)
    assert not again.panel.isVisible() and not again.panel_button.isChecked()  # remembered
    qtbot.keyClick(again, Qt.Key.Key_F9)
    assert again.panel.isVisible()
    QSettings().remove("recording")


def test_ctrl_f_jumps_to_a_candidate_column(qtbot, demo_db, demo_actor, wide_session) -> None:
    session_id, aids = wide_session
    d = _open(qtbot, demo_db, demo_actor("assessor1"), session_id)
    target = d.model.column_at(d.model.column_of(aids[-2]))
    d.view.setFocus()
    qtbot.keyClick(d.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert d.find_edit.hasFocus()
    qtbot.keyClicks(d.find_edit, target.registration_number[-5:])  # part of the registration number
    assert d.model.column_at(d.view.currentIndex().column()) == target
    assert d.view.currentIndex().column() in _visible_columns(d)
    assert d.panel.detail is not None and d.panel.detail.id == target.assessment_id
    qtbot.keyClick(d.find_edit, Qt.Key.Key_Return)  # back to the grid, ready for S and N
    assert d.view.hasFocus()
    qtbot.keyClick(d.view, Qt.Key.Key_S)
    with demo_db.session() as s:
        assert s.execute(
            select(CriterionJudgement.result).where(CriterionJudgement.assessment_id == target.assessment_id)
        ).scalars().all() == [Judgement.SATISFACTORY]
    d.find_edit.setText("nobody by this name")
    assert not d.find_candidate(again=False)
    assert "No candidate matches" in d.save_label.text()


def test_a_not_yet_after_competent_clears_the_outcome_on_screen(qtbot, demo_db, demo_actor, wide_session) -> None:
    session_id, aids = wide_session
    a1 = demo_actor("assessor1")
    with demo_db.session() as s:
        criteria = reading.unit_criteria(s, reading.assessment_detail(s, aids[0]).unit_id)
    with demo_db.transaction() as s:
        for c in criteria:
            judging.set_judgement(s, a1, aids[0], c.criterion_id, Judgement.SATISFACTORY)
        judging.set_methods(s, a1, aids[0], [AssessmentMethod.OBSERVATION])
        judging.set_outcome(s, a1, aids[0], Outcome.COMPETENT)
    d = _open(qtbot, demo_db, a1, session_id, aids[0])
    assert d.panel.outcome_combo.currentData() == Outcome.COMPETENT
    d.view.setFocus()
    qtbot.keyClick(d.view, Qt.Key.Key_N)
    assert d.panel.outcome_combo.currentData() is None  # at once, not at Submit
    assert "The outcome Competent was cleared" in d.save_label.text()
    with demo_db.session() as s:
        assert reading.assessment_detail(s, aids[0]).outcome is None


def test_a_verifier_click_on_a_cell_does_nothing(qtbot, demo_db, demo_actor, wide_session) -> None:
    session_id, aids = wide_session
    d = _open(qtbot, demo_db, demo_actor("verifier"), session_id)
    view, model = d.view, d.model
    row = next(r for r in range(model.rowCount()) if not model.is_element_row(r))
    for _ in range(2):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(row, 1)).center())
    qtbot.keyClick(view, Qt.Key.Key_S)
    with demo_db.session() as s:
        assert s.execute(select(CriterionJudgement).where(CriterionJudgement.assessment_id == aids[0])).first() is None
    assert model.unsaved_cells() == {} and model.value(row, 1) is None
    assert "Read only" in d.save_label.text() and "may not" not in d.save_label.text()
    assert "Read only" in d.hint.text()
