"""The candidates page and its dialogs, offscreen: filters, the form's field messages, enrolment, evidence, import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from sqlalchemy import select

from skillassess.core.enums import EvidenceKind, Pathway, RplStage, SelfAssessmentAnswer, Sex
from skillassess.core.models import Candidate, SelfAssessment
from skillassess.services import candidate_search
from skillassess.services import candidates as svc
from skillassess.ui.app import create_application
from skillassess.ui.candidate_dialogs import CandidateDialog, EnrolmentDialog, RplStepDialog
from skillassess.ui.main_window import MainWindow
from skillassess.ui.pages.candidates import CandidatesPage
from skillassess.ui.portfolio_dialogs import EvidenceDialog, SelfAssessmentDialog


@pytest.fixture
def page(qtbot, demo_db, demo_actor):
    create_application()
    w = MainWindow(demo_db, demo_actor("assessor1"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w.show_page(CandidatesPage)


def _select(page, regno: str) -> int:
    with page.db.session() as s:
        cid = candidate_search.get_by_registration_number(s, regno).id
    assert page.select_candidate(cid)
    return cid


def test_filters_and_stage_column(page, qtbot) -> None:
    assert page.model.total == 37  # the demo's 30 electrical and 7 garment-making candidates
    page.sex_combo.setCurrentIndex(page.sex_combo.findData(Sex.FEMALE))
    assert page.model.total == 21
    page.stage_combo.setCurrentIndex(page.stage_combo.findData(RplStage.ASSESSMENT))
    assert 0 < page.model.total < 21
    stage_col = page.model.columnCount() - 1
    assert page.model.data(page.model.index(0, stage_col), Qt.ItemDataRole.DisplayRole) == "Assessment"
    page.search_edit.setText("ትዕግስት")
    qtbot.waitUntil(lambda: page.model.total == 1)
    page.table.selectRow(0)
    assert "Tigist Alemu" in page.details.toPlainText() and "Eligible" in page.details.toPlainText()


def test_form_shows_problems_at_the_fields_and_warns_of_a_duplicate_id(page, qtbot, tmp_path: Path) -> None:
    before = page.model.total
    dlg = page.candidate_dialog()
    qtbot.addWidget(dlg)
    dlg.given_names.setText("Tigist")
    dlg.national_id.setText("4821093755621048")
    dlg.date_of_birth.setDate(QDate(2016, 5, 1))
    assert dlg.save() is False
    assert dlg.messages["family_name"].isVisibleTo(dlg) and "required" in dlg.messages["family_name"].text()
    assert "at least 14" in dlg.messages["date_of_birth"].text()
    assert dlg.messages["sex"].text() and not dlg.messages["given_names"].isVisibleTo(dlg)
    assert "ACC-2026-00001" in dlg.messages["national_id"].text()
    other = dlg.other_buttons["national_id"]
    assert other.isVisibleTo(dlg) and "ACC-2026-00001" in other.text()
    opened: list[str] = []
    dlg.open_other.connect(opened.append)
    other.click()
    assert opened == ["ACC-2026-00001"]
    # Correct the errors: the duplicate warning stays; saving again saves anyway.
    dlg.family_name.setText("Alemu")
    dlg.sex.setCurrentIndex(dlg.sex.findData(Sex.FEMALE))
    dlg.date_of_birth.setDate(QDate(1996, 3, 14))
    photo = tmp_path / "face.png"
    img = QImage(900, 1200, QImage.Format.Format_RGB32)
    img.fill(QColor("tan"))
    img.save(str(photo))
    assert dlg.load_photo_file(photo)
    assert dlg.save() is True
    regno = dlg.registration_number.text()
    assert regno == "ACC-2026-00031"
    with page.db.session() as s:
        c = s.execute(select(Candidate).where(Candidate.registration_number == regno)).scalar_one()
        stored = QImage.fromData(c.photo)
        assert max(stored.width(), stored.height()) == 480  # scaled down, not the full camera picture
    assert page.model.total == before + 1


def test_editing_an_existing_candidate(page, qtbot) -> None:
    cid = _select(page, "ACC-2026-00011")
    dlg = CandidateDialog(page.db, page.actor, cid, page)
    qtbot.addWidget(dlg)
    assert dlg.name_local.text() == "ليال خوري" and dlg.sex.currentData() == Sex.FEMALE
    dlg.occupation.setText("Solar PV installer")
    assert dlg.save()
    with page.db.session() as s:
        assert s.get_one(Candidate, cid).occupation == "Solar PV installer"


def test_enrol_record_steps_and_self_assessment(page, qtbot, tmp_path: Path) -> None:
    with page.db.transaction() as s:
        new = svc.create_candidate(
            s, page.actor, svc.CandidateData(family_name="Mwale", given_names="Ruth", sex=Sex.FEMALE)
        )
    page.load()
    assert page.select_candidate(new.candidate_id)
    enrol = EnrolmentDialog(page.db, page.actor, new.candidate_id, page)
    qtbot.addWidget(enrol)
    enrol.pathway.setCurrentIndex(enrol.pathway.findData(Pathway.RPL))
    enrol.some.setChecked(True)
    enrol.units.item(0).setCheckState(Qt.CheckState.Checked)
    assert enrol.save()
    step = RplStepDialog(page.db, page.actor, new.candidate_id, page)
    qtbot.addWidget(step)
    assert step.stage.currentData() == RplStage.INFORMATION
    step.notes.setPlainText("Explained RPL and the evidence she can bring.")
    assert step.save()
    step = RplStepDialog(page.db, page.actor, new.candidate_id, page)
    qtbot.addWidget(step)
    assert step.stage.currentData() == RplStage.ELIGIBILITY and step.decision.isEnabled()
    sa = SelfAssessmentDialog(page.db, page.actor, enrol.enrolment_id, page)
    qtbot.addWidget(sa)
    assert len(sa.combos) > 5
    first = next(iter(sa.combos))
    sa.combos[first].setCurrentIndex(sa.combos[first].findData(SelfAssessmentAnswer.WITH_HELP))
    assert sa.save()
    with page.db.session() as s:
        answers = (
            s.execute(select(SelfAssessment).where(SelfAssessment.enrolment_id == enrol.enrolment_id)).scalars().all()
        )
        assert [(a.criterion_id, a.answer) for a in answers] == [(first, SelfAssessmentAnswer.WITH_HELP)]
    pdf = sa.print_checklist(tmp_path / "sa.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    page._run_search()
    page.select_candidate(new.candidate_id)
    assert "Information and counselling" in page.details.toPlainText()


def test_evidence_dialog_adds_once_and_withdraws(page, qtbot, tmp_path: Path, monkeypatch) -> None:
    cid = _select(page, "ACC-2026-00020")
    dlg = EvidenceDialog(page.db, page.actor, cid, page)
    qtbot.addWidget(dlg)
    f = tmp_path / "reference.pdf"
    f.write_bytes(b"%PDF-1.4 reference")
    assert dlg.add_file(f, EvidenceKind.REFERENCE_LETTER, "From the employer", dt.date(2025, 1, 1)).stored_new_file
    again = dlg.add_file(f, EvidenceKind.REFERENCE_LETTER)
    assert again.already_in_portfolio and "already in the portfolio" in dlg.info.text()
    assert dlg.table.rowCount() == 1
    dlg.table.selectRow(0)
    dlg.rule_boxes["is_valid"].setCheckState(Qt.CheckState.Checked)
    dlg.save_rules()
    assert dlg.rows[0].is_valid is True and dlg.rows[0].is_current is None
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dlg.table.selectRow(0)
    dlg.withdraw_selected()
    assert dlg.table.rowCount() == 0
    dlg.show_withdrawn.setChecked(True)
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, 5).text() == "Withdrawn"


def test_import_runs_in_the_background_and_lists_problems(page, qtbot, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from skillassess.services.candidate_import import write_candidate_template

    tpl = tmp_path / "t.xlsx"
    with page.db.session() as s:
        write_candidate_template(s, tpl)
    wb = load_workbook(tpl)
    ws = wb["Candidates"]
    ws["B2"], ws["C2"], ws["E2"] = "Kamara", "Fatmata", "Female"
    ws["B3"], ws["C3"], ws["E3"] = "Sesay", "", "Male"
    wb.save(tmp_path / "bad.xlsx")
    before = page.model.total
    task = page.import_file(tmp_path / "bad.xlsx")
    with qtbot.waitSignal(task.failed, timeout=20000):
        pass
    qtbot.waitUntil(lambda: getattr(page, "last_message", None) is not None)
    assert "Row 3, column C (Given names)" in page.last_message.detailedText()
    assert page.model.total == before  # all or nothing
    page.last_message.close()
    ws["C3"] = "Mohamed"
    wb.save(tmp_path / "good.xlsx")
    task = page.import_file(tmp_path / "good.xlsx")
    with qtbot.waitSignal(task.succeeded, timeout=20000):
        pass
    qtbot.waitUntil(lambda: page.model.total == before + 2)
    assert "2 candidates imported" in page.last_message.text()
    page.last_message.close()


def test_verifier_cannot_register(qtbot, demo_db, demo_actor) -> None:
    create_application()
    w = MainWindow(demo_db, demo_actor("verifier"))
    qtbot.addWidget(w)
    w.show()
    p = w.show_page(CandidatesPage)
    assert not p.new_button.isEnabled() and not p.import_button.isEnabled()
    p.table.selectRow(0)
    assert p.edit_button.isEnabled() and not p.enrol_button.isEnabled()


def test_a_keystroke_reads_one_page_and_the_count_follows_on_the_task_pool(page, qtbot, monkeypatch) -> None:
    """No count on a keystroke: the list shows its first page (one row more tells whether there are more),
    says it is counting, and shows the count when the task pool has it; scrolling fetches the rest."""
    counted: list[str] = []
    real_count = candidate_search.count_candidates
    monkeypatch.setattr(
        candidate_search, "count_candidates", lambda s, flt, **kw: counted.append(flt.search) or real_count(s, flt)
    )
    monkeypatch.setattr(page.model, "PAGE_SIZE", 10)
    at_reset: list[tuple[int, int, bool]] = []  # rows, counts made, whether the model knows its total
    page.model.modelReset.connect(
        lambda: at_reset.append((page.model.rowCount(), len(counted), page.model.total_known))
    )
    page.search_edit.setText("a")
    qtbot.waitUntil(lambda: bool(at_reset))
    assert at_reset[0] == (10, 0, False)  # one page, no count
    assert page.count_label.text() == "Counting the candidates…"
    with page.db.session() as s:
        expected = real_count(s, "a")
    qtbot.waitUntil(lambda: page.count_label.text() == f"{expected} candidates")
    assert counted == ["a"] and page.model.total == expected
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == expected
    page.search_edit.setText("ትዕግስት")  # one page holds every match: counted without a count
    qtbot.waitUntil(lambda: page.count_label.text() == "1 candidate")
    assert counted == ["a"]
