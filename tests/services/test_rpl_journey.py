"""RPL that carries through: the basis of each judgement (evidence, self-assessment), the gaps, and the
stage that moves by itself on each event of the journey."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from skillassess.core.enums import (
    AssessmentMethod,
    EvidenceCoverage,
    EvidenceKind,
    Judgement,
    Outcome,
    Pathway,
    RplEvent,
    RplStage,
    SelfAssessmentAnswer,
    Sex,
)
from skillassess.core.evidence_basis import gaps, judgement_words
from skillassess.core.models import RplStep, Unit
from skillassess.services import candidates as cand
from skillassess.services import certificates, rpl_journey
from skillassess.services import enrolment as enr
from skillassess.services import evidence as ev
from skillassess.services.recording import corrections, judging, reading, sessions, verification

DAY = dt.date(2026, 11, 20)


def _rpl_candidate(db, actor, pathway: Pathway = Pathway.RPL) -> tuple[int, int, int]:
    """A new candidate enrolled in unit ELI-C01 of ELI-L2: (candidate id, enrolment id, unit id)."""
    with db.transaction() as s:
        new = cand.create_candidate(
            s,
            actor,
            cand.CandidateData(family_name="Alemu", given_names="Tigist", name_local="ትዕግስት አለሙ", sex=Sex.FEMALE),
        )
        qid = next(q.id for q in enr.qualification_choices(s) if q.code == "ELI-L2")
        unit_id = s.execute(select(Unit.id).where(Unit.code == "ELI-C01")).scalar_one()
        eid = enr.enrol(s, actor, new.candidate_id, qid, pathway, [unit_id], dt.date(2026, 10, 1))
    return new.candidate_id, eid, unit_id


def _steps(db, eid: int) -> list[tuple[RplStage, RplEvent | None, str]]:
    with db.session() as s:
        return [
            (st.stage, st.event, st.notes)
            for st in s.execute(select(RplStep).where(RplStep.enrolment_id == eid).order_by(RplStep.id)).scalars()
        ]


def _stage(db, candidate_id: int) -> RplStage:
    with db.session() as s:
        return cand.candidate_details(s, candidate_id).enrolments[0].stage


def test_the_stage_moves_on_each_event_of_the_journey(demo_db, demo_actor, tmp_path: Path) -> None:
    a1, verifier, registrar = demo_actor("assessor1"), demo_actor("verifier"), demo_actor("registrar")
    cid, eid, unit_id = _rpl_candidate(demo_db, a1)
    assert _stage(demo_db, cid) == RplStage.INFORMATION
    with demo_db.session() as s:
        crits = [c for u in enr.self_assessment_checklist(s, eid).units for el in u.elements for c in el.criteria]

    # Self-assessment saved: Self-assessment; saved again: no second step.
    with demo_db.transaction() as s:
        enr.save_self_assessment(s, a1, eid, {c.id: SelfAssessmentAnswer.CAN_DO for c in crits}, DAY)
    with demo_db.transaction() as s:
        enr.save_self_assessment(s, a1, eid, {crits[0].id: SelfAssessmentAnswer.WITH_HELP}, DAY)
    assert _stage(demo_db, cid) == RplStage.SELF_ASSESSMENT
    assert _steps(demo_db, eid) == [(RplStage.SELF_ASSESSMENT, RplEvent.SELF_ASSESSMENT_SAVED, "")]

    # Evidence added does not move it; judged (the first time) does.
    letter = tmp_path / "employer letter.pdf"
    letter.write_bytes(b"%PDF-1.4 six years as a site electrician")
    with demo_db.transaction() as s:
        item = ev.add_evidence(s, a1, cid, letter, EvidenceKind.REFERENCE_LETTER, "", None, [crits[0].id])
    assert _stage(demo_db, cid) == RplStage.SELF_ASSESSMENT
    with demo_db.transaction() as s:
        ev.update_evidence(s, a1, item.evidence_id, is_valid=True, is_authentic=True)
    with demo_db.transaction() as s:
        ev.update_evidence(s, a1, item.evidence_id, is_sufficient=True, is_current=True)
    assert _stage(demo_db, cid) == RplStage.PORTFOLIO
    assert [e for _s, e, _n in _steps(demo_db, eid)].count(RplEvent.EVIDENCE_JUDGED) == 1

    # Assessment planned; result verified; certificate issued; appeal lodged.
    with demo_db.transaction() as s:
        planned = sessions.plan_session(s, a1, sessions.SessionPlan(DAY, a1.user_id, [unit_id], [cid]))
    aid = planned.assessment_ids[0]
    assert _stage(demo_db, cid) == RplStage.ASSESSMENT
    with demo_db.transaction() as s:
        numbers = [c.number for c in reading.unit_criteria(s, unit_id)]
        judging.set_judgements(s, a1, aid, [(n, Judgement.SATISFACTORY) for n in numbers])
        judging.set_methods(s, a1, aid, [AssessmentMethod.PORTFOLIO, AssessmentMethod.QUESTIONING])
        judging.declare_conflict(s, a1, aid, False)
        judging.set_outcome(s, a1, aid, Outcome.RPL_GRANTED)
        judging.submit(s, a1, aid)
    with demo_db.transaction() as s:
        verification.verify(s, verifier, aid)
    with demo_db.transaction() as s:
        serial = certificates.issue_certificate(s, registrar, demo_reg(demo_db, cid), "ELI-L2", issued_on=DAY).serial
    assert _stage(demo_db, cid) == RplStage.CERTIFICATION
    with demo_db.transaction() as s:
        corrections.lodge_appeal(s, a1, aid, lodged_on=DAY, grounds="The date is wrong.", reviewer_id=verifier.user_id)
    assert _stage(demo_db, cid) == RplStage.APPEAL
    assert _steps(demo_db, eid)[1:] == [
        (RplStage.PORTFOLIO, RplEvent.EVIDENCE_JUDGED, ""),
        (RplStage.ASSESSMENT, RplEvent.ASSESSMENT_PLANNED, "ELI-C01"),
        (RplStage.ASSESSMENT, RplEvent.RESULT_VERIFIED, "ELI-C01: RPL"),
        (RplStage.CERTIFICATION, RplEvent.CERTIFICATE_ISSUED, serial),
        (RplStage.APPEAL, RplEvent.APPEAL_LODGED, "ELI-C01"),
    ]
    # One timeline: steps, the assessment with its outcome, the certificate, by date.
    with demo_db.session() as s:
        timeline = rpl_journey.candidate_timeline(s, cid)
    kinds = [(t.kind, t.event or t.outcome or t.serial) for t in timeline if t.on == DAY]
    assert ("assessment", Outcome.RPL_GRANTED) in kinds and ("certificate", serial) in kinds
    assert [t.kind for t in timeline].count("step") == 6


def demo_reg(db, candidate_id: int) -> str:
    with db.session() as s:
        return cand.candidate_details(s, candidate_id).registration_number


def test_a_training_enrolment_does_not_follow_rpl_events(demo_db, demo_actor) -> None:
    a1 = demo_actor("assessor1")
    cid, eid, unit_id = _rpl_candidate(demo_db, a1, Pathway.TRAINING)
    with demo_db.transaction() as s:
        sessions.plan_session(s, a1, sessions.SessionPlan(DAY, a1.user_id, [unit_id], [cid]))
    assert _steps(demo_db, eid) == [] and _stage(demo_db, cid) == RplStage.INFORMATION


def test_the_grid_and_the_detail_carry_evidence_answers_and_gaps(demo_db, demo_actor, tmp_path: Path) -> None:
    a1 = demo_actor("assessor1")
    cid, eid, unit_id = _rpl_candidate(demo_db, a1)
    with demo_db.session() as s:
        crit = reading.unit_criteria(s, unit_id)
    first, second, third = crit[0].criterion_id, crit[1].criterion_id, crit[2].criterion_id
    files = []
    for name in ("photo.jpg", "letter.pdf", "old.pdf"):
        files.append(tmp_path / name)
        files[-1].write_bytes(name.encode() * 10)
    with demo_db.transaction() as s:
        enr.save_self_assessment(s, a1, eid, {first: SelfAssessmentAnswer.CAN_DO, third: SelfAssessmentAnswer.NOT_YET})
        good = ev.add_evidence(s, a1, cid, files[0], EvidenceKind.PHOTO, "Panel wired", DAY, [first, second])
        pending = ev.add_evidence(s, a1, cid, files[1], EvidenceKind.REFERENCE_LETTER, "", None, [second])
        bad = ev.add_evidence(s, a1, cid, files[2], EvidenceKind.CERTIFICATE, "", None, [third])
        ev.update_evidence(
            s, a1, good.evidence_id, is_valid=True, is_sufficient=True, is_authentic=True, is_current=True
        )
        ev.update_evidence(s, a1, pending.evidence_id, is_valid=True)
        ev.update_evidence(s, a1, bad.evidence_id, is_valid=True, is_current=False)
        again = ev.add_evidence(s, a1, cid, tmp_path / "photo.jpg", EvidenceKind.PHOTO, "", None, [])
        aid = sessions.plan_session(s, a1, sessions.SessionPlan(DAY, a1.user_id, [unit_id], [cid])).assessment_ids[0]
    assert again.already_in_portfolio  # the same file twice is one item
    with demo_db.session() as s:
        d = reading.assessment_detail(s, aid)
        grid = sessions.session_grid(s, d.session_id, unit_id)
    assert [e.filename for e in d.evidence[second]] == ["photo.jpg", "letter.pdf"]
    assert d.self_assessment == {first: SelfAssessmentAnswer.CAN_DO, third: SelfAssessmentAnswer.NOT_YET}
    assert grid.basis[(aid, first)].coverage == EvidenceCoverage.ACCEPTED
    assert grid.basis[(aid, first)].answer == SelfAssessmentAnswer.CAN_DO
    assert grid.basis[(aid, second)].coverage == EvidenceCoverage.ACCEPTED  # the best item counts
    assert grid.basis[(aid, third)].coverage == EvidenceCoverage.REJECTED
    assert (aid, crit[3].criterion_id) not in grid.basis  # nothing mapped, nothing answered
    ids = [c.criterion_id for c in d.criteria]
    assert gaps(ids, d.evidence) == ids[2:]
    assert judgement_words(d.evidence[third][0]) == "valid, sufficient not judged, authentic not judged, not current"
    assert judgement_words(d.evidence[second][1]).startswith("valid, sufficient not judged")
    # Withdrawing the good item opens gaps at 1.1 (nothing else) and leaves 1.2 to the letter not yet judged.
    with demo_db.transaction() as s:
        ev.withdraw_evidence(s, a1, good.evidence_id)
    with demo_db.session() as s:
        d = reading.assessment_detail(s, aid)
    assert gaps(ids, d.evidence) == ids
    assert d.evidence.get(first) is None and [e.coverage for e in d.evidence[second]] == [EvidenceCoverage.NOT_JUDGED]


def test_read_only_copy_is_checked_and_cannot_be_written(demo_db, demo_actor, tmp_path: Path) -> None:
    a1 = demo_actor("assessor1")
    cid, _eid, _unit = _rpl_candidate(demo_db, a1)
    source = tmp_path / "logbook.txt"
    source.write_bytes(b"2019-2025 site electrician")
    with demo_db.transaction() as s:
        item = ev.add_evidence(s, a1, cid, source, EvidenceKind.WORK_SAMPLE)
    with demo_db.session() as s:
        copy = ev.read_only_copy(s, item.evidence_id)
    assert copy.read_bytes() == source.read_bytes() and copy.name == "logbook.txt"
    assert copy.stat().st_mode & 0o222 == 0


def test_rpl_figures_by_sex_in_the_service_and_the_workbook(demo_db, demo_actor, tmp_path: Path) -> None:
    """Three RPL enrolments of October 2026: a woman certified 50 days after enrolling, a man still under way,
    a woman found not eligible (not counted)."""
    import openpyxl

    from skillassess.core.enums import EligibilityDecision
    from skillassess.services import exports
    from skillassess.services.rpl_figures import rpl_figures

    a1, verifier, registrar = demo_actor("assessor1"), demo_actor("verifier"), demo_actor("registrar")
    today = dt.date(2026, 11, 30)
    woman, w_enrolment, unit_id = _rpl_candidate(demo_db, a1)  # enrolled 2026-10-01
    with demo_db.transaction() as s:
        man = cand.create_candidate(s, a1, cand.CandidateData(family_name="Banda", given_names="Peter", sex=Sex.MALE))
        other = cand.create_candidate(
            s, a1, cand.CandidateData(family_name="Phiri", given_names="Ruth", sex=Sex.FEMALE)
        )
        qid = next(q.id for q in enr.qualification_choices(s) if q.code == "ELI-L2")
        m_enrolment = enr.enrol(s, a1, man.candidate_id, qid, Pathway.RPL, [unit_id], dt.date(2026, 10, 5))
        o_enrolment = enr.enrol(s, a1, other.candidate_id, qid, Pathway.RPL, [unit_id], dt.date(2026, 10, 7))
        enr.record_step(
            s,
            a1,
            w_enrolment,
            RplStage.ELIGIBILITY,
            dt.date(2026, 10, 4),
            "5 years",
            EligibilityDecision.ELIGIBLE,
            today=today,
        )
        enr.record_step(s, a1, w_enrolment, RplStage.SELF_ASSESSMENT, dt.date(2026, 10, 14), today=today)
        enr.record_step(s, a1, w_enrolment, RplStage.PORTFOLIO, dt.date(2026, 10, 20), today=today)
        enr.record_step(
            s,
            a1,
            m_enrolment,
            RplStage.ELIGIBILITY,
            dt.date(2026, 10, 15),
            "8 years",
            EligibilityDecision.ELIGIBLE,
            today=today,
        )
        enr.record_step(
            s,
            a1,
            o_enrolment,
            RplStage.ELIGIBILITY,
            dt.date(2026, 10, 9),
            "No experience",
            EligibilityDecision.NOT_ELIGIBLE,
            today=today,
        )
        aid = sessions.plan_session(s, a1, sessions.SessionPlan(DAY, a1.user_id, [unit_id], [woman])).assessment_ids[0]
        judging.set_judgements(
            s, a1, aid, [(c.number, Judgement.SATISFACTORY) for c in reading.unit_criteria(s, unit_id)]
        )
        judging.set_methods(s, a1, aid, [AssessmentMethod.PORTFOLIO])
        judging.declare_conflict(s, a1, aid, False)
        judging.set_outcome(s, a1, aid, Outcome.RPL_GRANTED)
        judging.submit(s, a1, aid)
    with demo_db.transaction() as s:
        verification.verify(s, verifier, aid)
        certificates.issue_certificate(s, registrar, demo_reg(demo_db, woman), "ELI-L2", issued_on=DAY)
    period = (dt.date(2026, 9, 1), dt.date(2026, 10, 31))
    with demo_db.session() as s:
        f = rpl_figures(s, *period)
    assert [(r.enrolled, r.certified, r.completion, r.days_to_certificate) for r in f.rows] == [
        (1, 1, 1.0, 50.0),
        (1, 0, 0.0, None),
        (2, 1, 0.5, 50.0),
    ]
    assert f.female.at_stage == {"certification": 1} and f.male.at_stage == {"eligibility": 1}
    # Information 10-01 → eligibility 10-04 → self-assessment 10-14 → portfolio 10-20 (woman); 10-05 → 10-15 (man).
    assert f.female.days_in_stage["information"] == 3 and f.male.days_in_stage["information"] == 10
    assert f.total.days_in_stage["information"] == 6.5
    assert f.female.days_in_stage["eligibility"] == 10 and f.female.days_in_stage["self_assessment"] == 6
    assert "eligibility" not in f.male.days_in_stage  # not left yet
    out = tmp_path / "stats.xlsx"
    with demo_db.session() as s:
        exports.export_statistics(s, registrar, out, *period)
    rows = {r[0]: r[1:4] for r in openpyxl.load_workbook(out)["RPL"].iter_rows(min_row=4, values_only=True) if r[0]}
    assert rows["RPL enrolments"] == (1, 1, 2)
    assert rows["Completed (certificate or statement)"] == (1, 0, 1)
    assert rows["Completion rate (%)"] == (100, 0, 50)
    assert rows["Median days from enrolment to certificate"] == (50, "—", 50)
    assert rows["Median days in: Information and counselling"] == (3, 10, 6.5)


def test_partial_recognition_is_referred_to_gap_training(demo_db, demo_actor, tmp_path: Path) -> None:
    import pytest

    from skillassess.core.errors import DomainError, PermissionDenied, ValidationError
    from skillassess.services.rpl_figures import rpl_figures

    a1, verifier = demo_actor("assessor1"), demo_actor("verifier")
    with demo_db.transaction() as s:
        new = cand.create_candidate(s, a1, cand.CandidateData(family_name="Mensah", given_names="Kofi", sex=Sex.MALE))
        qid = next(q.id for q in enr.qualification_choices(s) if q.code == "ELI-L2")
        c01, c02, c03 = (
            s.execute(select(Unit.id).where(Unit.code == c)).scalar_one() for c in ("ELI-C01", "ELI-C02", "ELI-C03")
        )
        eid = enr.enrol(s, a1, new.candidate_id, qid, Pathway.RPL, [c01, c02, c03], dt.date(2026, 10, 1))
    with demo_db.transaction() as s, pytest.raises(DomainError, match="No unit of ELI-L2 is recognised yet"):
        rpl_journey.refer_to_gap_training(s, a1, eid)
    with demo_db.transaction() as s:
        aid = sessions.plan_session(
            s, a1, sessions.SessionPlan(DAY, a1.user_id, [c01], [new.candidate_id])
        ).assessment_ids[0]
        judging.set_judgements(s, a1, aid, [(c.number, Judgement.SATISFACTORY) for c in reading.unit_criteria(s, c01)])
        judging.set_methods(s, a1, aid, [AssessmentMethod.PORTFOLIO])
        judging.declare_conflict(s, a1, aid, False)
        judging.set_outcome(s, a1, aid, Outcome.RPL_GRANTED)
        judging.submit(s, a1, aid)
    with demo_db.transaction() as s:
        verification.verify(s, verifier, aid)
    with demo_db.session() as s:
        gap, achieved = rpl_journey.gap_units(s, eid)
    assert [u.code for u in gap] == ["ELI-C02", "ELI-C03"] and achieved == 1
    with demo_db.transaction() as s, pytest.raises(ValidationError) as exc:
        rpl_journey.refer_to_gap_training(s, a1, eid, [c01], on=dt.date(2027, 1, 1), today=DAY)
    assert exc.value.problems == [
        "Units: ELI-C01 are achieved or not part of the enrolment.",
        "Date: 2027-01-01 is in the future.",
    ]
    with demo_db.transaction() as s, pytest.raises(PermissionDenied):
        rpl_journey.refer_to_gap_training(s, verifier, eid)
    with demo_db.transaction() as s:
        rpl_journey.refer_to_gap_training(s, a1, eid, on=DAY, notes="Evening course, from January", today=DAY)
    with demo_db.session() as s:
        timeline = rpl_journey.candidate_timeline(s, new.candidate_id)
        figures = rpl_figures(s, dt.date(2026, 9, 1), dt.date(2026, 10, 31))
    (referral,) = [t for t in timeline if t.kind == "referral"]
    assert referral.units == ("ELI-C02", "ELI-C03") and referral.notes == "Evening course, from January"
    assert (figures.male.referred, figures.female.referred, figures.total.referred) == (1, 0, 1)
    # The statement's cover letter names the units recognised and the units to train for.
    with demo_db.transaction() as s, pytest.raises(DomainError, match="No statement of attainment in ELI-L2"):
        rpl_journey.export_cover_letter(s, a1, eid, tmp_path / "letter.pdf")
    assert not (tmp_path / "letter.pdf").exists()
    with demo_db.transaction() as s:
        serial = certificates.issue_certificate(s, demo_actor("registrar"), new.registration_number, "ELI-L2").serial
    with demo_db.transaction() as s:
        letter = rpl_journey.export_cover_letter(s, a1, eid, tmp_path / "letter.pdf")
    assert letter.serial == serial and letter.achieved == [("ELI-C01", letter.achieved[0][1])]
    assert [code for code, _t in letter.referred] == ["ELI-C02", "ELI-C03"] and letter.referred_on == DAY
    assert (tmp_path / "letter.pdf").read_bytes().startswith(b"%PDF")


def test_self_assessment_remarks_per_element_are_saved_changed_and_cleared(demo_db, demo_actor) -> None:
    import pytest

    from skillassess.core.errors import ValidationError

    a1 = demo_actor("assessor1")
    _cid, eid, _unit = _rpl_candidate(demo_db, a1)
    with demo_db.session() as s:
        elements = [el for u in enr.self_assessment_checklist(s, eid).units for el in u.elements]
    first, second = elements[0].id, elements[1].id
    with demo_db.transaction() as s:
        assert (
            enr.save_self_assessment(s, a1, eid, {}, DAY, remarks={first: " At the Bole site, 2019-2024 ", second: ""})
            == 1
        )
    with demo_db.transaction() as s:
        assert enr.save_self_assessment(s, a1, eid, {}, DAY, remarks={first: "At the Bole site, 2019-2024"}) == 0
        assert enr.save_self_assessment(s, a1, eid, {}, DAY, remarks={second: "With my foreman"}) == 1
    with demo_db.session() as s:
        shown = {el.id: el.remark for u in enr.self_assessment_checklist(s, eid).units for el in u.elements}
    assert shown[first] == "At the Bole site, 2019-2024" and shown[second] == "With my foreman"
    with demo_db.transaction() as s:
        assert enr.save_self_assessment(s, a1, eid, {}, DAY, remarks={first: "  "}) == 1
    with demo_db.session() as s:
        assert [el.remark for u in enr.self_assessment_checklist(s, eid).units for el in u.elements][:2] == [
            "",
            "With my foreman",
        ]
    with demo_db.transaction() as s, pytest.raises(ValidationError, match="elements outside this enrolment"):
        enr.save_self_assessment(s, a1, eid, {}, DAY, remarks={999999: "x"})
