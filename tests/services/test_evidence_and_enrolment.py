"""Portfolio of evidence (stored once by SHA-256, withdrawn not deleted), enrolment, RPL steps, self-assessment."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from skillassess.core.enums import (
    EligibilityDecision,
    EnrolmentStatus,
    EvidenceKind,
    EvidenceStatus,
    Pathway,
    RplStage,
    SelfAssessmentAnswer,
)
from skillassess.core.errors import DomainError, PermissionDenied, ValidationError
from skillassess.core.models import AuditEntry, EvidenceBlob, EvidenceItem
from skillassess.db.database import open_database
from skillassess.services import candidate_search
from skillassess.services import candidates as cand
from skillassess.services import enrolment as enr
from skillassess.services import evidence as ev

TODAY = dt.date(2026, 11, 25)


def _file(tmp_path: Path, name: str, content: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(content)
    return p


def _candidate_id(db, regno: str = "ACC-2026-00020") -> int:
    with db.session() as s:
        return candidate_search.get_by_registration_number(s, regno).id


def _audits(db) -> int:
    with db.session() as s:
        return s.execute(select(func.count(AuditEntry.id))).scalar_one()


def test_same_file_twice_is_stored_once_beside_the_database(demo_db, demo_actor, tmp_path: Path) -> None:
    actor = demo_actor("assessor1")
    content = b"%PDF-1.4 reference letter from the employer\n" * 100
    sha = hashlib.sha256(content).hexdigest()
    a = _file(tmp_path, "letter.pdf", content)
    b = _file(tmp_path, "copy of letter.pdf", content)
    first, second = _candidate_id(demo_db, "ACC-2026-00020"), _candidate_id(demo_db, "ACC-2026-00021")
    with demo_db.session() as s:
        crit = enr.self_assessment_checklist(s, cand.candidate_details(s, first).enrolments[0].id).units[0]
        cids = [c.id for c in crit.elements[0].criteria[:2]]
    n0 = _audits(demo_db)
    with demo_db.transaction() as s:
        r1 = ev.add_evidence(
            s, actor, first, a, EvidenceKind.REFERENCE_LETTER, "From Volta Electrical Ltd", dt.date(2025, 6, 1), cids
        )
    with demo_db.transaction() as s:
        r2 = ev.add_evidence(s, actor, first, b, EvidenceKind.REFERENCE_LETTER)  # same content, same candidate
    with demo_db.transaction() as s:
        r3 = ev.add_evidence(s, actor, second, b, EvidenceKind.OTHER)  # same content, another candidate
    assert r1.stored_new_file and r1.sha256 == sha and not r1.already_in_portfolio
    assert r2.already_in_portfolio and r2.evidence_id == r1.evidence_id
    assert not r3.stored_new_file and not r3.already_in_portfolio and r3.evidence_id != r1.evidence_id
    if demo_db.file_path is not None:  # SQLite: files in a folder beside the database
        store = demo_db.file_path.parent / (demo_db.file_path.name + ".evidence")
        files = [p for p in store.rglob("*") if p.is_file()]
        assert files == [store / sha[:2] / sha]
        assert files[0].read_bytes() == content
    else:  # PostgreSQL: one row per content, in the database all laptops share
        with demo_db.session() as s:
            assert s.execute(select(EvidenceBlob.sha256, EvidenceBlob.data)).all() == [(sha, content)]
    assert _audits(demo_db) == n0 + 2
    with demo_db.session() as s:
        rows = ev.list_evidence(s, first)
        assert [(r.filename, r.kind, r.size) for r in rows] == [
            ("letter.pdf", EvidenceKind.REFERENCE_LETTER, len(content))
        ]
        assert rows[0].criteria == ["ELI-C01 1.1", "ELI-C01 1.2"]
        assert ev.evidence_content(s, r1.evidence_id) == content
        opened = ev.export_to_temp(s, r1.evidence_id)
    assert opened.name == "letter.pdf" and opened.read_bytes() == content


def test_withdraw_keeps_the_file_and_judging_is_audited(demo_db, demo_actor, tmp_path: Path) -> None:
    actor = demo_actor("assessor2")
    cid = _candidate_id(demo_db)
    photo = _file(tmp_path, "wiring.jpg", b"\xff\xd8\xff photo of a consumer unit")
    with demo_db.transaction() as s:
        r = ev.add_evidence(s, actor, cid, photo, EvidenceKind.PHOTO, "Consumer unit I installed")
    with demo_db.transaction() as s:
        ev.update_evidence(
            s, actor, r.evidence_id, is_valid=True, is_sufficient=False, is_authentic=True, is_current=True
        )
    with demo_db.transaction() as s:
        ev.withdraw_evidence(s, actor, r.evidence_id)
    with demo_db.session() as s:
        row = ev.list_evidence(s, cid)[0]
        assert row.status == EvidenceStatus.WITHDRAWN
        assert (row.is_valid, row.is_sufficient, row.is_authentic, row.is_current) == (True, False, True, True)
        assert ev.list_evidence(s, cid, include_withdrawn=False) == []
        assert ev.evidence_content(s, r.evidence_id).startswith(b"\xff\xd8")  # the file is kept
        entries = s.execute(select(AuditEntry).where(AuditEntry.entity_type == "evidence_item")).scalars().all()
        assert [e.action.value for e in entries] == ["create", "update", "update"]
        assert json.loads(entries[1].after_json)["is_sufficient"] is False
    # Attaching the withdrawn file again makes a new active item; the store still has one copy.
    with demo_db.transaction() as s:
        again = ev.add_evidence(s, actor, cid, photo, EvidenceKind.PHOTO)
    assert not again.already_in_portfolio and not again.stored_new_file


def test_tampered_store_file_is_detected(demo_db, demo_actor, tmp_path: Path) -> None:
    cid = _candidate_id(demo_db)
    with demo_db.transaction() as s:
        r = ev.add_evidence(s, demo_actor("assessor1"), cid, _file(tmp_path, "a.txt", b"original"), EvidenceKind.OTHER)
    with demo_db.session() as s:
        folder = ev.evidence_dir(s)
    if folder is not None:
        (folder / r.sha256[:2] / r.sha256).write_bytes(b"changed")
    else:  # PostgreSQL keeps the content in a row: change it behind the application's back
        with demo_db.transaction() as s:
            s.execute(update(EvidenceBlob).where(EvidenceBlob.sha256 == r.sha256).values(data=b"changed"))
    with demo_db.session() as s, pytest.raises(DomainError, match="does not match its SHA-256"):
        ev.evidence_content(s, r.evidence_id)


def test_without_a_database_file_evidence_goes_into_blob_rows(tmp_path: Path) -> None:
    from skillassess.services.context import SYSTEM
    from skillassess.services.demo import load_demo

    db = open_database("sqlite://")
    try:
        with db.transaction() as s:
            load_demo(s)
        with db.session() as s:
            assert ev.evidence_dir(s) is None
            cid = candidate_search.get_by_registration_number(s, "ACC-2026-00001").id
        f = _file(tmp_path, "cert.png", b"\x89PNG certificate scan")
        with db.transaction() as s:
            r1 = ev.add_evidence(s, SYSTEM, cid, f, EvidenceKind.CERTIFICATE)
        with db.transaction() as s:
            r2 = ev.add_evidence(s, SYSTEM, cid + 1, f, EvidenceKind.CERTIFICATE)
        assert r1.stored_new_file and not r2.stored_new_file
        with db.session() as s:
            assert s.execute(select(func.count()).select_from(EvidenceBlob)).scalar_one() == 1
            assert s.execute(select(func.count(EvidenceItem.id))).scalar_one() == 2
            assert ev.evidence_content(s, r2.evidence_id) == b"\x89PNG certificate scan"
    finally:
        db.dispose()


def test_too_large_or_missing_file_is_refused_plainly(demo_db, demo_actor, tmp_path: Path, monkeypatch) -> None:
    cid = _candidate_id(demo_db)
    monkeypatch.setattr(ev, "MAX_EVIDENCE_BYTES", 10)
    with demo_db.transaction() as s, pytest.raises(DomainError, match="at most"):
        ev.add_evidence(s, demo_actor("assessor1"), cid, _file(tmp_path, "video.mp4", b"x" * 11), EvidenceKind.VIDEO)
    with demo_db.transaction() as s, pytest.raises(DomainError, match="not a file"):
        ev.add_evidence(s, demo_actor("assessor1"), cid, tmp_path / "missing.pdf", EvidenceKind.OTHER)
    with demo_db.transaction() as s, pytest.raises(PermissionDenied):
        ev.add_evidence(s, demo_actor("registrar"), cid, _file(tmp_path, "a", b"a"), EvidenceKind.OTHER)


def test_enrol_in_chosen_units_and_record_rpl_steps(demo_db, demo_actor) -> None:
    actor = demo_actor("assessor1")
    with demo_db.transaction() as s:
        new = cand.create_candidate(
            s, actor, cand.CandidateData(family_name="Phiri", given_names="Grace", sex=cand.Sex.FEMALE), today=TODAY
        )
    with demo_db.session() as s:
        qid = enr.qualification_choices(s)[0].id
        units = enr.qualification_units(s, qid)
    with demo_db.transaction() as s:
        eid = enr.enrol(s, actor, new.candidate_id, qid, Pathway.RPL, [units[0].id, units[5].id], dt.date(2026, 10, 1))
    with demo_db.transaction() as s, pytest.raises(DomainError, match="already enrolled"):
        enr.enrol(s, actor, new.candidate_id, qid, Pathway.RPL)
    with demo_db.transaction() as s, pytest.raises(ValidationError) as exc:
        enr.record_step(s, actor, eid, RplStage.ELIGIBILITY, dt.date(2026, 10, 5), "", None, today=TODAY)
    assert exc.value.problems == [
        "Decision: choose eligible or not eligible.",
        "Reason: give the reason for the eligibility decision.",
    ]
    with demo_db.transaction() as s, pytest.raises(ValidationError, match="step was not recorded"):
        enr.record_step(s, actor, eid, RplStage.INFORMATION, dt.date(2026, 9, 1), today=TODAY)
    with demo_db.transaction() as s:
        enr.record_step(
            s, actor, eid, RplStage.INFORMATION, dt.date(2026, 10, 1), "Explained the RPL process.", today=TODAY
        )
        enr.record_step(
            s,
            actor,
            eid,
            RplStage.ELIGIBILITY,
            dt.date(2026, 10, 8),
            "Six years as a site electrician.",
            EligibilityDecision.ELIGIBLE,
            today=TODAY,
        )
    with demo_db.session() as s:
        d = cand.candidate_details(s, new.candidate_id)
        e = d.enrolments[0]
        assert e.unit_codes == [units[0].code, units[5].code] and e.stage == RplStage.ELIGIBILITY
        assert [(st.stage, st.decision) for st in e.steps] == [
            (RplStage.INFORMATION, None),
            (RplStage.ELIGIBILITY, "eligible"),
        ]
        row = candidate_search.candidate_page(s, "grace phiri")[0]
        assert row.stage == RplStage.ELIGIBILITY and row.qualification_code == "ELI-L2"
        checklist = enr.self_assessment_checklist(s, eid)
        assert [u.code for u in checklist.units] == [units[0].code, units[5].code]


def test_not_eligible_closes_the_enrolment(demo_db, demo_actor) -> None:
    actor = demo_actor("assessor1")
    with demo_db.session() as s:
        row = candidate_search.candidate_page(s, "ACC-2026-00025")[0]
        eid = cand.candidate_details(s, row.id).enrolments[0].id
    with demo_db.transaction() as s:
        enr.record_step(
            s,
            actor,
            eid,
            RplStage.ELIGIBILITY,
            dt.date(2026, 6, 1),
            "Less than a year of experience.",
            EligibilityDecision.NOT_ELIGIBLE,
            today=TODAY,
        )
    with demo_db.session() as s:
        assert cand.candidate_details(s, row.id).enrolments[0].status == EnrolmentStatus.WITHDRAWN


def test_self_assessment_answers_are_saved_changed_and_cleared(demo_db, demo_actor) -> None:
    actor = demo_actor("assessor1")
    with demo_db.session() as s:
        row = candidate_search.candidate_page(s, "ACC-2026-00022")[0]
        eid = cand.candidate_details(s, row.id).enrolments[0].id
        checklist = enr.self_assessment_checklist(s, eid)
    crits = [c for u in checklist.units for el in u.elements for c in el.criteria]
    assert len(checklist.units) == 8 and all(c.answer is None for c in crits)
    n0 = _audits(demo_db)
    with demo_db.transaction() as s:
        changed = enr.save_self_assessment(
            s,
            actor,
            eid,
            {
                crits[0].id: SelfAssessmentAnswer.CAN_DO,
                crits[1].id: SelfAssessmentAnswer.WITH_HELP,
                crits[2].id: SelfAssessmentAnswer.NOT_YET,
            },
            TODAY,
        )
    assert changed == 3
    with demo_db.transaction() as s:
        assert enr.save_self_assessment(s, actor, eid, {crits[0].id: SelfAssessmentAnswer.CAN_DO}) == 0
        assert (
            enr.save_self_assessment(s, actor, eid, {crits[1].id: SelfAssessmentAnswer.CAN_DO, crits[2].id: None}) == 2
        )
    # One per call that changed something, and the RPL step the first save recorded (rpl_journey).
    assert _audits(demo_db) == n0 + 3
    with demo_db.session() as s:
        answers = {
            c.id: c.answer
            for u in enr.self_assessment_checklist(s, eid).units
            for el in u.elements
            for c in el.criteria
            if c.answer
        }
    assert answers == {crits[0].id: SelfAssessmentAnswer.CAN_DO, crits[1].id: SelfAssessmentAnswer.CAN_DO}
    with demo_db.transaction() as s, pytest.raises(ValidationError, match="outside this enrolment"):
        enr.save_self_assessment(s, actor, eid, {999999: SelfAssessmentAnswer.CAN_DO})
