"""RPL in the window: the grid shows what each judgement rests on, the gap view, the verifier's read-only
view of the evidence, the stage that follows the work, the checklist printed as shown, the hint."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QKeySequence, QPixmap
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from skillassess.core.enums import (
    AssessmentMethod,
    EvidenceKind,
    Judgement,
    Outcome,
    Pathway,
    RplStage,
    SelfAssessmentAnswer,
    Sex,
)
from skillassess.core.models import Unit
from skillassess.services import candidates as cand
from skillassess.services import enrolment as enr
from skillassess.services import evidence as ev
from skillassess.services.recording import judging, reading, sessions
from skillassess.ui.app import create_application
from skillassess.ui.labels import label
from skillassess.ui.recording.basis import EvidenceBasisDialog
from skillassess.ui.recording.dialog import RecordingDialog
from skillassess.ui.recording.grid import BASIS_ROLE

DAY = dt.date(2026, 11, 20)


@dataclass
class Rpl:
    candidate_id: int
    enrolment_id: int
    unit_id: int
    assessment_id: int
    session_id: int
    criteria: list[int]  # criterion ids of ELI-C01 in order
    photo_id: int
    letter_id: int


@pytest.fixture
def rpl(demo_db, demo_actor, tmp_path: Path) -> Rpl:
    """Tigist Alemu on the RPL pathway in ELI-C01: self-assessment, a photo accepted for 1.1 and 1.2, a
    letter not yet judged for 1.2 and 1.3, a session planned."""
    a1 = demo_actor("assessor1")
    photo, letter = tmp_path / "switchboard.jpg", tmp_path / "employer letter.pdf"
    photo.write_bytes(b"\xff\xd8\xff photo of a switchboard")
    letter.write_bytes(b"%PDF-1.4 six years as a site electrician")
    with demo_db.transaction() as s:
        new = cand.create_candidate(
            s,
            a1,
            cand.CandidateData(family_name="Alemu", given_names="Tigist", name_local="ትዕግስት አለሙ", sex=Sex.FEMALE),
        )
        qid = next(q.id for q in enr.qualification_choices(s) if q.code == "ELI-L2")
        unit_id = s.execute(select(Unit.id).where(Unit.code == "ELI-C01")).scalar_one()
        eid = enr.enrol(s, a1, new.candidate_id, qid, Pathway.RPL, [unit_id], dt.date(2026, 10, 1))
        crit = [c.criterion_id for c in reading.unit_criteria(s, unit_id)]
        enr.save_self_assessment(
            s, a1, eid, {crit[0]: SelfAssessmentAnswer.CAN_DO, crit[2]: SelfAssessmentAnswer.WITH_HELP}, DAY
        )
        p = ev.add_evidence(s, a1, new.candidate_id, photo, EvidenceKind.PHOTO, "Bole site", DAY, crit[:2])
        lt = ev.add_evidence(s, a1, new.candidate_id, letter, EvidenceKind.REFERENCE_LETTER, "", None, crit[1:3])
        ev.update_evidence(s, a1, p.evidence_id, is_valid=True, is_sufficient=True, is_authentic=True, is_current=True)
        planned = sessions.plan_session(s, a1, sessions.SessionPlan(DAY, a1.user_id, [unit_id], [new.candidate_id]))
    return Rpl(
        new.candidate_id,
        eid,
        unit_id,
        planned.assessment_ids[0],
        planned.session_id,
        crit,
        p.evidence_id,
        lt.evidence_id,
    )


def _window(qtbot, demo_db, actor, rpl: Rpl) -> RecordingDialog:
    create_application()
    d = RecordingDialog(demo_db, actor, session_id=rpl.session_id)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _row_of(model, criterion_id: int) -> int:
    return next(r for r in range(model.rowCount()) if (c := model.criterion_at(r)) and c.criterion_id == criterion_id)


def test_a_grid_cell_of_an_rpl_assessment_shows_its_evidence_and_judgement(qtbot, demo_db, demo_actor, rpl) -> None:
    d = _window(qtbot, demo_db, demo_actor("assessor1"), rpl)
    model = d.model
    first = model.index(_row_of(model, rpl.criteria[0]), 1)
    tip = model.data(first, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Not assessed\nEvidence accepted:")
    assert "switchboard.jpg\u2069 — valid, sufficient, authentic and current" in tip
    assert "Self-assessment: I can do this" in tip
    assert isinstance(model.data(first, Qt.ItemDataRole.DecorationRole), QPixmap)
    second = model.index(_row_of(model, rpl.criteria[1]), 1)
    basis = model.data(second, BASIS_ROLE)
    assert [e.filename for e in basis.evidence] == ["switchboard.jpg", "employer letter.pdf"]
    assert "employer letter.pdf\u2069 — not judged yet" in model.data(second, Qt.ItemDataRole.ToolTipRole)
    third = model.index(_row_of(model, rpl.criteria[2]), 1)
    assert "Evidence not yet judged" in model.data(third, Qt.ItemDataRole.ToolTipRole)
    nothing = model.index(_row_of(model, rpl.criteria[3]), 1)
    assert model.data(nothing, Qt.ItemDataRole.ToolTipRole) == "Not assessed"
    assert model.data(nothing, Qt.ItemDataRole.DecorationRole) is None
    # Typing a judgement keeps the evidence shown (the grid refreshes its cells, not its basis only).
    d.view.setCurrentIndex(first)
    d.view.setFocus()
    qtbot.keyClick(d.view, Qt.Key.Key_S)
    assert model.data(first, Qt.ItemDataRole.ToolTipRole).startswith("Satisfactory\nEvidence accepted:")
    # Ctrl+E on a cell opens its evidence: the file, description, date and judgement.
    d.view.setCurrentIndex(first)
    # (offscreen windows are never active, so the shortcut is found and triggered as Qt would)
    (action,) = [a for a in d.view.actions() if a.shortcut() == QKeySequence("Ctrl+E")]
    action.trigger()
    basis_dialog = d.panel.basis_dialog
    assert isinstance(basis_dialog, EvidenceBasisDialog) and basis_dialog.isVisible()
    assert basis_dialog.selected_evidence().id == rpl.photo_id
    text = basis_dialog.details.toPlainText()
    assert "switchboard.jpg" in text and "Photo" in text and "Bole site" in text
    assert "Valid: yes" in text and "Current: yes" in text
    basis_dialog.close()


def test_the_gap_view_lists_exactly_the_uncovered_criteria(qtbot, demo_db, demo_actor, rpl) -> None:
    create_application()
    dlg = EvidenceBasisDialog(demo_db, demo_actor("assessor1"), rpl.assessment_id)
    qtbot.addWidget(dlg)
    # 1.1 and 1.2 rest on the accepted photo; 1.3 only on the letter not yet judged; the rest on nothing.
    assert dlg.gap_criteria() == rpl.criteria[2:]
    assert dlg.tabs.tabText(1) == f"Gaps ({len(rpl.criteria) - 2})"
    # Each gap says why, and what the candidate said, to plan the observation or questioning.
    assert dlg.gap_list.item(0).text().endswith("— Evidence not yet judged · Self-assessment: With help")
    assert dlg.gap_list.item(1).text().endswith("— No evidence · Self-assessment: Not answered")
    # Judging the letter valid, sufficient, authentic and current closes the gap at 1.3.
    with demo_db.transaction() as s:
        ev.update_evidence(
            s,
            demo_actor("assessor1"),
            rpl.letter_id,
            is_valid=True,
            is_sufficient=True,
            is_authentic=True,
            is_current=True,
        )
    again = EvidenceBasisDialog(demo_db, demo_actor("assessor1"), rpl.assessment_id)
    qtbot.addWidget(again)
    assert again.gap_criteria() == rpl.criteria[3:]


def test_a_verifier_opens_the_evidence_read_only(qtbot, demo_db, demo_actor, rpl, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    verifier = demo_actor("verifier")
    d = _window(qtbot, demo_db, verifier, rpl)
    assert d.panel.evidence_button.isEnabled()
    d.view.setCurrentIndex(d.model.index(_row_of(d.model, rpl.criteria[1]), 1))
    d.open_basis()
    dlg = d.panel.basis_dialog
    assert isinstance(dlg, EvidenceBasisDialog)
    assert dlg.select_evidence(rpl.letter_id, rpl.criteria[1])
    dlg.open_button.click()
    assert len(opened) == 1
    path = Path(opened[0])
    assert path.name == "employer letter.pdf" and path.read_bytes() == b"%PDF-1.4 six years as a site electrician"
    assert path.stat().st_mode & 0o222 == 0  # the viewer cannot write it back
    # From the candidates page the verifier sees the portfolio and the self-assessment, and changes nothing.
    from skillassess.ui.portfolio_dialogs import EvidenceDialog, SelfAssessmentDialog

    portfolio = EvidenceDialog(demo_db, verifier, rpl.candidate_id)
    qtbot.addWidget(portfolio)
    portfolio.show()
    portfolio.table.selectRow(0)
    assert portfolio.open_button.isEnabled()
    assert not portfolio.add_button.isVisible() and not portfolio.withdraw_button.isVisible()
    assert not portfolio.save_rules_button.isVisible()
    assert not any(box.isEnabled() for box in portfolio.rule_boxes.values())
    assert portfolio.table.item(0, 6).text() == "valid, sufficient, authentic and current"
    answers = SelfAssessmentDialog(demo_db, verifier, rpl.enrolment_id)
    qtbot.addWidget(answers)
    assert not any(combo.isEnabled() for combo in answers.combos.values()) and not answers.save()
    assert "(read-only)" in answers.windowTitle()
    # And from the assessments page.
    from skillassess.ui.main_window import MainWindow
    from skillassess.ui.pages.assessments import AssessmentsPage

    w = MainWindow(demo_db, verifier)
    qtbot.addWidget(w)
    w.show()
    page = w.show_page(AssessmentsPage)
    page.load()
    row = next(n for n in range(page.model.rowCount()) if page.model.row(n).id == rpl.assessment_id)
    page.table.selectRow(row)
    assert page.evidence_button.isEnabled()
    page.evidence_button.click()
    assert isinstance(page.basis_dialog, EvidenceBasisDialog) and page.basis_dialog.detail.id == rpl.assessment_id


def test_the_stage_moves_on_each_event_in_the_window(qtbot, demo_db, demo_actor, rpl) -> None:
    from skillassess.ui.main_window import MainWindow
    from skillassess.ui.pages.candidates import CandidatesPage
    from skillassess.ui.portfolio_dialogs import EvidenceDialog

    create_application()
    a1 = demo_actor("assessor1")
    w = MainWindow(demo_db, a1)
    qtbot.addWidget(w)
    w.show()
    page = w.show_page(CandidatesPage)
    page.search_edit.setText("Tigist Alemu")
    page._run_search()
    assert page.select_candidate(rpl.candidate_id)
    text = page.details.toPlainText()
    # The fixture saved a self-assessment, judged the photo and planned a session: three dated steps.
    assert "stage: Assessment" in text
    assert "Self-assessment — Self-assessment saved" in text
    assert f"{label(RplStage.PORTFOLIO)} — Evidence judged" in text
    assert "Assessment — Assessment planned: \u2068ELI-C01\u2069" in text
    assert "Assessment \u2066ELI-C01\u2069, attempt 1: no outcome yet, Draft" in text
    # Recorded, submitted and verified in the window: the step and the outcome appear on the candidate's page.
    with demo_db.transaction() as s:
        numbers = [c.number for c in reading.unit_criteria(s, rpl.unit_id)]
        judging.set_judgements(s, a1, rpl.assessment_id, [(n, Judgement.SATISFACTORY) for n in numbers])
        judging.set_methods(s, a1, rpl.assessment_id, [AssessmentMethod.PORTFOLIO, AssessmentMethod.QUESTIONING])
        judging.declare_conflict(s, a1, rpl.assessment_id, False)
        judging.set_outcome(s, a1, rpl.assessment_id, Outcome.RPL_GRANTED)
        judging.submit(s, a1, rpl.assessment_id)
    d = _window(qtbot, demo_db, demo_actor("verifier"), rpl)
    asked: list[str] = []
    d.panel.confirm = lambda question, *_rest: asked.append(question) or True  # the verifier says yes, once
    d.panel.verify()
    assert len(asked) == 1
    assert d.panel.detail.status.value == "verified"
    page.refresh()
    page.select_candidate(rpl.candidate_id)
    text = page.details.toPlainText()
    assert "Assessment — Result verified: \u2068ELI-C01: RPL\u2069" in text
    assert "Assessment \u2066ELI-C01\u2069, attempt 1: RPL granted, Verified" in text
    # Judging more evidence later in the portfolio dialog never moves the stage back.
    portfolio = EvidenceDialog(demo_db, a1, rpl.candidate_id)
    qtbot.addWidget(portfolio)
    portfolio.table.selectRow(1)
    portfolio.rule_boxes["is_valid"].setCheckState(Qt.CheckState.Checked)
    portfolio.save_rules()
    with demo_db.session() as s:
        assert cand.candidate_details(s, rpl.candidate_id).enrolments[0].stage == RplStage.ASSESSMENT


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) is not installed")
def test_the_checklist_print_asks_for_a_file_name_and_writes_what_is_on_screen(
    qtbot, demo_db, demo_actor, rpl, tmp_path: Path, monkeypatch
) -> None:
    from skillassess.formats.self_assessment_pdf import checklist_pdf
    from skillassess.services.centre import centre_name
    from skillassess.ui.portfolio_dialogs import SelfAssessmentDialog

    create_application()
    asked: list[str] = []
    target = tmp_path / "printed.pdf"

    def save_as(_parent, _caption, proposed, _filter):
        asked.append(proposed)
        return str(target), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.chdir(tmp_path)
    dlg = SelfAssessmentDialog(demo_db, demo_actor("assessor1"), rpl.enrolment_id)
    qtbot.addWidget(dlg)
    # Answer the whole of element 1 "With help" at once, then change 1.1 back, and print without saving.
    element_combo = dlg.group_combos[1]
    element_combo.setCurrentIndex(element_combo.findData(SelfAssessmentAnswer.WITH_HELP))
    assert element_combo.currentIndex() == 0
    first = dlg.combos[rpl.criteria[0]]
    first.setCurrentIndex(first.findData(SelfAssessmentAnswer.NOT_YET))
    dlg.print_button.click()
    assert len(asked) == 1 and Path(asked[0]).name.startswith("self-assessment-")
    assert target.read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "False").exists()

    with demo_db.session() as s:
        stored, centre = enr.self_assessment_checklist(s, rpl.enrolment_id), centre_name(s)
    on_screen = dlg.shown_checklist()
    answers = {c.id: c.answer for u in on_screen.units for el in u.elements for c in el.criteria}
    assert answers[rpl.criteria[0]] == SelfAssessmentAnswer.NOT_YET
    assert answers[rpl.criteria[1]] == SelfAssessmentAnswer.WITH_HELP
    expected, saved = tmp_path / "expected.pdf", tmp_path / "saved.pdf"
    expected.write_bytes(checklist_pdf(on_screen, centre))
    saved.write_bytes(checklist_pdf(stored, centre))

    def pixels(pdf: Path) -> bytes:
        return subprocess.run(["pdftoppm", "-r", "40", "-gray", str(pdf)], capture_output=True, check=True).stdout

    assert pixels(target) == pixels(expected) != pixels(saved)


def test_the_hint_follows_the_chosen_outcome(qtbot, demo_db, demo_actor, rpl) -> None:
    d = _window(qtbot, demo_db, demo_actor("assessor1"), rpl)
    panel = d.panel
    assert panel.blocking_label.text().startswith("RPL granted is blocked.")  # an RPL candidate, no outcome yet
    with demo_db.transaction() as s:
        numbers = [c.number for c in reading.unit_criteria(s, rpl.unit_id)]
        judging.set_judgements(
            s, demo_actor("assessor1"), rpl.assessment_id, [(n, Judgement.SATISFACTORY) for n in numbers]
        )
    panel.reload()
    panel.method_boxes[AssessmentMethod.PORTFOLIO].click()
    panel.outcome_combo.setCurrentIndex(panel.outcome_combo.findData(Outcome.RPL_GRANTED))
    assert panel.outcome_combo.currentData() == Outcome.RPL_GRANTED
    assert panel.blocking_label.text() == "Every criterion is Satisfactory: RPL granted can be recorded."
    panel.outcome_combo.setCurrentIndex(panel.outcome_combo.findData(Outcome.NOT_YET_COMPETENT))
    assert panel.blocking_label.text() == "Not Yet Competent and Withdrawn can always be recorded."


def test_the_portfolio_edits_an_item_and_picks_criteria_by_element(
    qtbot, demo_db, demo_actor, rpl, monkeypatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from skillassess.ui.portfolio_dialogs import AddEvidenceDialog, EvidenceDialog

    create_application()
    seen: list[AddEvidenceDialog] = []

    def fill(dlg: AddEvidenceDialog) -> QDialog.DialogCode:
        seen.append(dlg)
        assert dlg.windowTitle() == "Edit evidence" and dlg.description.text() == "Bole site"
        assert set(dlg.criterion_ids()) == set(rpl.criteria[:2])  # what the item supports now
        dlg.kind.setCurrentIndex(dlg.kind.findData(EvidenceKind.WORK_SAMPLE))
        dlg.description.setText("Switchboard wired at the Bole site, 2024")
        unit = dlg.criteria.topLevelItem(0)
        unit.child(0).setCheckState(0, Qt.CheckState.Unchecked)  # element 1: none of its criteria
        unit.child(1).setCheckState(0, Qt.CheckState.Checked)  # element 2: all of its criteria
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddEvidenceDialog, "exec", fill)
    dlg = EvidenceDialog(demo_db, demo_actor("assessor1"), rpl.candidate_id)
    qtbot.addWidget(dlg)
    dlg.select_id(rpl.photo_id)
    assert dlg.edit_button.isEnabled()
    dlg.edit_button.click()
    assert seen
    with demo_db.session() as s:
        crit = reading.unit_criteria(s, rpl.unit_id)
        row = next(r for r in ev.list_evidence(s, rpl.candidate_id) if r.id == rpl.photo_id)
    element_2 = [c.criterion_id for c in crit if c.element_position == 2]
    assert row.criterion_ids == sorted(element_2) and row.kind == EvidenceKind.WORK_SAMPLE
    assert row.description == "Switchboard wired at the Bole site, 2024"
    assert dlg.selected().id == rpl.photo_id and dlg.table.item(dlg.table.currentRow(), 1).text() == "Work sample"


def test_a_partial_recognition_is_referred_to_gap_training_from_the_candidates_page(
    qtbot, demo_db, demo_actor, rpl, tmp_path: Path, monkeypatch
) -> None:
    from skillassess.services.recording import verification
    from skillassess.ui.main_window import MainWindow
    from skillassess.ui.pages.candidates import CandidatesPage
    from skillassess.ui.portfolio_dialogs import GapReferralDialog

    a1 = demo_actor("assessor1")
    with demo_db.transaction() as s:
        # Widen the enrolment to ELI-C02 (a new enrolment in two units), then grant ELI-C01.
        c02 = s.execute(select(Unit.id).where(Unit.code == "ELI-C02")).scalar_one()
        from skillassess.core.models import EnrolmentUnit

        s.add(EnrolmentUnit(enrolment_id=rpl.enrolment_id, unit_id=c02))
        numbers = [c.number for c in reading.unit_criteria(s, rpl.unit_id)]
        judging.set_judgements(s, a1, rpl.assessment_id, [(n, Judgement.SATISFACTORY) for n in numbers])
        judging.set_methods(s, a1, rpl.assessment_id, [AssessmentMethod.PORTFOLIO])
        judging.declare_conflict(s, a1, rpl.assessment_id, False)
        judging.set_outcome(s, a1, rpl.assessment_id, Outcome.RPL_GRANTED)
        judging.submit(s, a1, rpl.assessment_id)
    with demo_db.transaction() as s:
        verification.verify(s, demo_actor("verifier"), rpl.assessment_id)
    create_application()
    w = MainWindow(demo_db, a1)
    qtbot.addWidget(w)
    w.show()
    page = w.show_page(CandidatesPage)
    page.search_edit.setText("Tigist Alemu")
    page._run_search()
    assert page.select_candidate(rpl.candidate_id) and page.gap_button.isEnabled()
    dlg = GapReferralDialog(demo_db, a1, rpl.enrolment_id, page)
    qtbot.addWidget(dlg)
    assert dlg.unit_ids() == [c02]  # the gap: ELI-C02, ticked
    dlg.notes.setText("Evening course at the centre")
    assert dlg.save()
    page._run_search()
    page.select_candidate(rpl.candidate_id)
    assert "Referred to gap training: ELI-C02 — \u2068Evening course at the centre\u2069" in page.details.toPlainText()
    # With the statement of attainment issued, the cover letter is printed from the same dialog.
    from skillassess.services import certificates

    with demo_db.transaction() as s:
        reg = cand.candidate_details(s, rpl.candidate_id).registration_number
        certificates.issue_certificate(s, demo_actor("registrar"), reg, "ELI-L2")
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "PDF (*.pdf)"))
    again = GapReferralDialog(demo_db, a1, rpl.enrolment_id, page)
    qtbot.addWidget(again)
    assert again.print_cover_letter() == target
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Units to complete through training" in text and "ELI-C02" in text and "Evening course at the centre" in text


def test_self_assessment_remarks_per_element_are_typed_saved_and_printed(qtbot, demo_db, demo_actor, rpl) -> None:
    from skillassess.ui.portfolio_dialogs import SelfAssessmentDialog

    create_application()
    dlg = SelfAssessmentDialog(demo_db, demo_actor("assessor1"), rpl.enrolment_id)
    qtbot.addWidget(dlg)
    first_element = next(iter(dlg.remark_edits))
    dlg.remark_edits[first_element].setText("Bole site, 2019-2024, with my foreman")
    shown = [el for u in dlg.shown_checklist().units for el in u.elements]
    assert shown[0].remark == "Bole site, 2019-2024, with my foreman"
    assert dlg.save()
    with demo_db.session() as s:
        stored = [el for u in enr.self_assessment_checklist(s, rpl.enrolment_id).units for el in u.elements]
    assert stored[0].remark == "Bole site, 2019-2024, with my foreman" and stored[1].remark == ""
    verifier_view = SelfAssessmentDialog(demo_db, demo_actor("verifier"), rpl.enrolment_id)
    qtbot.addWidget(verifier_view)
    assert verifier_view.remark_edits[first_element].isReadOnly()
    assert verifier_view.remark_edits[first_element].text() == "Bole site, 2019-2024, with my foreman"
