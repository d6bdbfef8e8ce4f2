"""The audit log in words (services/audit_reading.describe_entries): records named from the data, values
as labels, users by name; no table names, "65:72" or raw JSON (issue 13, item 8)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from skillassess.core.enums import (
    AssessmentMethod,
    AssessmentStatus,
    EnrolmentStatus,
    Judgement,
    Pathway,
    RplStage,
    Sex,
)
from skillassess.core.models import Assessment, Candidate, CriterionJudgement, Enrolment, Unit
from skillassess.services import audit_reading, candidates, enrolment
from skillassess.services.audit_reading import AuditFilter
from skillassess.services.candidates import CandidateData
from skillassess.services.recording import judging, reading, verification


def _newest(db, n: int = 1):
    with db.session() as s:
        rows = audit_reading.entry_page(s, AuditFilter(), 0, n)
        return rows, list(audit_reading.describe_entries(s, rows))


def test_a_judgement_reads_as_a_sentence(demo_db, demo_actor) -> None:
    assessor = demo_actor("assessor1")
    with demo_db.session() as s:
        a = (
            s.execute(
                select(Assessment)
                .where(Assessment.status == AssessmentStatus.DRAFT, Assessment.assessor_id == assessor.user_id)
                .order_by(Assessment.id)
            )
            .scalars()
            .first()
        )
        assert a is not None
        name = f"{a.candidate.given_names} {a.candidate.family_name}"
        unit, attempt, aid = a.unit.code, a.attempt, a.id
        line = reading.unit_criteria(s, a.unit_id)[0]
        current = s.execute(
            select(CriterionJudgement.result).where(
                CriterionJudgement.assessment_id == aid, CriterionJudgement.criterion_id == line.criterion_id
            )
        ).scalar()
    new = Judgement.SATISFACTORY if current != Judgement.SATISFACTORY else Judgement.NOT_YET_SATISFACTORY
    with demo_db.session() as s, s.begin():
        judging.set_judgement(s, assessor, aid, line.criterion_id, new)
    rows, texts = _newest(demo_db)
    assert rows[0].entity_id == f"{aid}:{line.criterion_id}"
    before = {None: "none", Judgement.SATISFACTORY: "Satisfactory"}.get(current, "Not yet satisfactory")
    after = "Satisfactory" if new == Judgement.SATISFACTORY else "Not yet satisfactory"
    expected = f"Judgement {line.number} of {name}, {unit} attempt {attempt}: {before} → {after}"
    assert str(texts[0].what) == expected
    assert str(texts[0].sentence) == expected + ", by assessor1"
    assert f"{aid}:" not in str(texts[0].sentence)


def test_verification_names_the_verifier_not_an_id(demo_db, demo_actor) -> None:
    verifier = demo_actor("verifier")
    with demo_db.session() as s:
        aid = (
            s.execute(
                select(Assessment.id).where(Assessment.status == AssessmentStatus.SUBMITTED).order_by(Assessment.id)
            )
            .scalars()
            .first()
        )
    with demo_db.session() as s, s.begin():
        verification.return_assessment(s, verifier, aid, "Photos of 2.1 are missing.")
    _rows, texts = _newest(demo_db)
    text = str(texts[0].sentence)
    assert text.startswith("Assessment of ") and "attempt" in text
    assert "status: Submitted → Returned" in text
    assert "checked by: none → verifier" in text and "by verifier" in text
    assert "verifier_id" not in text and "null" not in text and "returned_reason" not in text


def test_a_changed_candidate_and_a_translation(demo_db, demo_actor) -> None:
    admin = demo_actor("admin")
    with demo_db.session() as s:
        c = s.execute(select(Candidate).order_by(Candidate.id)).scalars().first()
        data = CandidateData.from_candidate(c)
        number = c.registration_number
    changed = CandidateData(**{**data.__dict__, "phone": "+233 20 000 0000"})
    with demo_db.session() as s, s.begin():
        candidates.update_candidate(s, admin, c.id, changed)
    _rows, texts = _newest(demo_db)
    text = str(texts[0].what)
    assert text.startswith(f"Candidate {data.given_names} {data.family_name} ({number}): phone: ")
    assert "+233 20 000 0000" in text
    french = {"Candidate {name} ({number})": "Candidat·e {name} ({number})", "phone": "téléphone"}
    rendered = texts[0].what.render(lambda t: french.get(t, t))
    assert rendered.startswith(f"Candidat·e {data.given_names}") and "téléphone: " in rendered


def test_every_entry_of_a_busy_log_has_words(demo_db, demo_actor) -> None:
    """Whatever the entry, a sentence without JSON: the record types of the demo and of the changes above."""
    assessor = demo_actor("assessor1")
    with demo_db.session() as s:
        a = s.execute(
            select(Assessment.id, Unit.id)
            .join(Unit, Assessment.unit_id == Unit.id)
            .where(Assessment.status == AssessmentStatus.DRAFT, Assessment.assessor_id == assessor.user_id)
        ).first()
    with demo_db.session() as s, s.begin():
        judging.set_notes(s, assessor, a[0], comments="Safe work throughout.")
    with demo_db.session() as s:
        rows = audit_reading.entry_page(s, AuditFilter(), 0, 500)
        texts = audit_reading.describe_entries(s, rows)
    assert len(texts) == len(rows) >= 2
    for t in texts:
        sentence = str(t.sentence)
        assert sentence and "{" not in sentence and '"' not in sentence and "null" not in sentence
    assert "comments: none → “Safe work throughout.”" in str(texts[0].what)


def test_the_cli_lists_the_same_words(demo_db, demo_actor, cli) -> None:
    verifier = demo_actor("verifier")
    with demo_db.session() as s:
        aid = (
            s.execute(
                select(Assessment.id).where(Assessment.status == AssessmentStatus.SUBMITTED).order_by(Assessment.id)
            )
            .scalars()
            .first()
        )
    with demo_db.session() as s, s.begin():
        verification.verify(s, verifier, aid)
    _rows, texts = _newest(demo_db)
    path = demo_db.file_path
    if path is None:  # PostgreSQL: the CLI is tested on SQLite
        return
    r = cli(
        "--db",
        str(path),
        "--user",
        "admin",
        "audit",
        "list",
        "--limit",
        "1",
        env={"SKILLASSESS_PASSWORD": "demo-admin"},
    )
    assert r.returncode == 0, r.stderr
    assert str(texts[0].sentence) in r.stdout
    r = cli(
        "--db",
        str(path),
        "--user",
        "admin",
        "audit",
        "list",
        "--json",
        "--limit",
        "1",
        env={"SKILLASSESS_PASSWORD": "demo-admin"},
    )
    assert '"description": "' + str(texts[0].sentence) in r.stdout


def _rpl_enrolment(db) -> tuple[int, str]:
    with db.session() as s:
        e, given, family = s.execute(
            select(Enrolment.id, Candidate.given_names, Candidate.family_name)
            .join(Candidate, Candidate.id == Enrolment.candidate_id)
            .where(Enrolment.pathway == Pathway.RPL, Enrolment.status == EnrolmentStatus.ACTIVE)
            .order_by(Enrolment.id)
        ).first()
    return e, f"{given} {family}"


def test_an_rpl_step_names_its_stage_by_its_label(demo_db, demo_actor) -> None:
    """Not the stored value («assessment»): the RPL page's label, also when the enrolment's stage changes."""
    eid, _name = _rpl_enrolment(demo_db)
    with demo_db.session() as s, s.begin():
        enrolment.record_step(s, demo_actor("assessor1"), eid, RplStage.PORTFOLIO, dt.date(2026, 11, 2), "Photos.")
    rows, texts = _newest(demo_db)
    assert rows[0].entity_type == "rpl_step"
    text = str(texts[0].sentence)
    assert ": Portfolio of evidence recorded, by assessor1" in text, text
    assert "portfolio" not in text and "“" not in text
    for stage in RplStage:
        word = audit_reading.FIELD_VALUE_WORDS["stage"][stage]
        assert str(word) not in ("", stage.value) and "_" not in str(word)


def test_assessment_methods_and_candidate_choices_read_as_labels(demo_db, demo_actor) -> None:
    assessor = demo_actor("assessor1")
    with demo_db.session() as s:
        aid = s.execute(
            select(Assessment.id)
            .where(Assessment.status == AssessmentStatus.DRAFT, Assessment.assessor_id == assessor.user_id)
            .order_by(Assessment.id)
        ).scalar()
    with demo_db.session() as s, s.begin():
        judging.set_methods(s, assessor, aid, [AssessmentMethod.OBSERVATION, AssessmentMethod.PORTFOLIO])
    _rows, texts = _newest(demo_db)
    text = str(texts[0].what)
    assert "Observation, Portfolio" in text and "“" not in text, text
    with demo_db.session() as s:
        c = s.execute(select(Candidate).where(Candidate.sex == Sex.FEMALE).order_by(Candidate.id)).scalars().first()
        data = CandidateData.from_candidate(c)
    with demo_db.session() as s, s.begin():
        candidates.update_candidate(s, demo_actor("admin"), c.id, CandidateData(**{**data.__dict__, "sex": Sex.MALE}))
    _rows, texts = _newest(demo_db)
    assert "sex: Female → Male" in str(texts[0].what), str(texts[0].what)
