"""Recording assessments: sessions, the grid cells, outcome rules, verification lock, amendments, attempts, appeals."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from skillassess.core.enums import AppealDecision, AssessmentMethod, AssessmentStatus, Judgement, Outcome
from skillassess.core.errors import DomainError, LockedError, NotFoundError, PermissionDenied, ValidationError
from skillassess.core.models import Assessment, AuditEntry, Candidate, CriterionJudgement, Unit
from skillassess.core.rules import outcome_problems
from skillassess.services import audit_verification
from skillassess.services.progress import candidate_progress
from skillassess.services.recording import corrections, judging, reading, sessions, verification

from helpers import behind_the_log

S, N = Judgement.SATISFACTORY, Judgement.NOT_YET_SATISFACTORY
DAY = dt.date(2026, 11, 20)


def _ids(s, regs, codes):
    cands = [s.execute(select(Candidate.id).where(Candidate.registration_number == r)).scalar_one() for r in regs]
    units = [s.execute(select(Unit.id).where(Unit.code == c)).scalar_one() for c in codes]
    return cands, units


def _audit_count(db) -> int:
    with db.session() as s:
        return int(s.execute(select(func.count(AuditEntry.id))).scalar_one())


@pytest.fixture
def planned(demo_db, demo_actor):
    """A session by assessor1 for two candidates without results (RPL and training) in ELI-C02."""
    a1 = demo_actor("assessor1")
    with demo_db.transaction() as s:
        cands, units = _ids(s, ["ACC-2026-00030", "ACC-2026-00029"], ["ELI-C02"])
        planned = sessions.plan_session(s, a1, sessions.SessionPlan(DAY, a1.user_id, units, cands, venue="Workshop A"))
    return planned


def _fill(db, actor, aid, result=S, skip=()):
    with db.session() as s:
        criteria = reading.unit_criteria(s, s.get_one(Assessment, aid).unit_id)
    for c in criteria:
        if c.number in skip:
            continue
        with db.transaction() as s:
            judging.set_judgement(s, actor, aid, c.criterion_id, result)
    return criteria


def _ready(db, actor, aid):
    """Every criterion Satisfactory, observation recorded, no conflict: ready to be Competent."""
    _fill(db, actor, aid)
    with db.transaction() as s:
        judging.set_methods(s, actor, aid, [AssessmentMethod.OBSERVATION])
        judging.declare_conflict(s, actor, aid, False)


def _competent_and_verified(db, demo_actor, aid):
    a1, v = demo_actor("assessor1"), demo_actor("verifier")
    _ready(db, a1, aid)
    with db.transaction() as s:
        judging.set_outcome(s, a1, aid, Outcome.COMPETENT)
    with db.transaction() as s:
        judging.submit(s, a1, aid)
    with db.transaction() as s:
        verification.verify(s, v, aid)


def test_plan_session_creates_draft_attempts(demo_db, demo_actor, planned) -> None:
    assert len(planned.assessment_ids) == 2
    with demo_db.session() as s:
        units = sessions.session_units(s, planned.session_id)
        assert [u[1] for u in units] == ["ELI-C02"]
        grid = sessions.session_grid(s, planned.session_id, units[0][0])
        assert [c.registration_number for c in grid.columns] == ["ACC-2026-00029", "ACC-2026-00030"]
        assert all(c.status == AssessmentStatus.DRAFT and c.attempt == 1 for c in grid.columns)
        assert [c.number for c in grid.criteria][:5] == ["1.1", "1.2", "1.3", "1.4", "2.1"]
        assert grid.cells == {}
        a = s.get_one(Assessment, planned.assessment_ids[0])
        assert a.enrolment_id is not None and a.venue == "Workshop A" and a.assessed_on == DAY
        listed = sessions.list_sessions(s)
        assert listed[0].id == planned.session_id and listed[0].assessments == 2


def test_plan_refuses_open_or_achieved_units_and_names_them(demo_db, demo_actor) -> None:
    a1 = demo_actor("assessor1")
    with demo_db.transaction() as s:
        # 00004 has C01 verified Competent and C04 in draft.
        cands, units = _ids(s, ["ACC-2026-00004"], ["ELI-C01", "ELI-C04"])
        with pytest.raises(ValidationError) as err:
            sessions.plan_session(s, a1, sessions.SessionPlan(DAY, a1.user_id, units, cands))
    text = str(err.value)
    assert "ACC-2026-00004: ELI-C01 is already achieved" in text
    assert "ELI-C04 attempt 1 is still draft" in text


def test_only_assessors_plan_and_record(demo_db, demo_actor, planned) -> None:
    reg, a2 = demo_actor("registrar"), demo_actor("assessor2")
    aid = planned.assessment_ids[0]
    with demo_db.transaction() as s:
        cands, units = _ids(s, ["ACC-2026-00028"], ["ELI-C03"])
        with pytest.raises(PermissionDenied):
            sessions.plan_session(s, reg, sessions.SessionPlan(DAY, 2, units, cands))
        c = reading.unit_criteria(s, units[0])[0]
        with pytest.raises(PermissionDenied):
            judging.set_judgement(s, reg, aid, c.criterion_id, S)
    with demo_db.transaction() as s:
        crit = reading.unit_criteria(s, s.get_one(Assessment, aid).unit_id)[0]
        with pytest.raises(PermissionDenied, match="Only the assessor of"):
            judging.set_judgement(s, a2, aid, crit.criterion_id, S)


def test_set_judgement_writes_one_cell_and_one_audit_entry(demo_db, demo_actor, planned) -> None:
    a1 = demo_actor("assessor1")
    aid = planned.assessment_ids[0]
    with demo_db.session() as s:
        c11, c12 = reading.unit_criteria(s, s.get_one(Assessment, aid).unit_id)[:2]
    n0 = _audit_count(demo_db)
    for value in (S, N, None, N):
        with demo_db.transaction() as s:
            judging.set_judgement(s, a1, aid, c11.criterion_id, value)
    assert _audit_count(demo_db) == n0 + 4
    with demo_db.transaction() as s:
        judging.set_judgement(s, a1, aid, c11.criterion_id, N)  # unchanged: nothing written
    assert _audit_count(demo_db) == n0 + 4
    with demo_db.session() as s:
        assert s.get_one(CriterionJudgement, (aid, c11.criterion_id)).result == N
        assert s.get(CriterionJudgement, (aid, c12.criterion_id)) is None
        last = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc())).scalars().first()
        assert last.entity_type == "criterion_judgement" and last.username == "assessor1"
        assert json.loads(last.before_json) == {"criterion": "1.1", "result": None}
        assert json.loads(last.after_json) == {"criterion": "1.1", "result": "not_yet_satisfactory"}
        assert audit_verification.verify(s).intact


def test_criterion_of_another_unit_is_refused(demo_db, demo_actor, planned) -> None:
    a1 = demo_actor("assessor1")
    with demo_db.transaction() as s:
        _, (c01,) = _ids(s, [], ["ELI-C01"])
        other = reading.unit_criteria(s, c01)[0]
        with pytest.raises(ValidationError, match="not a criterion of the unit"):
            judging.set_judgement(s, a1, planned.assessment_ids[0], other.criterion_id, S)
        with pytest.raises(NotFoundError):
            judging.set_judgement(s, a1, 999999, other.criterion_id, S)


def test_competent_needs_every_criterion_and_a_method(demo_db, demo_actor, planned) -> None:
    a1 = demo_actor("assessor1")
    aid = planned.assessment_ids[0]
    _fill(demo_db, a1, aid, skip={"1.2", "3.1"})
    with demo_db.session() as s:
        crit = {c.number: c for c in reading.unit_criteria(s, s.get_one(Assessment, aid).unit_id)}
    with demo_db.transaction() as s:
        judging.set_judgement(s, a1, aid, crit["3.1"].criterion_id, N)
    with demo_db.transaction() as s, pytest.raises(ValidationError) as err:
        judging.set_outcome(s, a1, aid, Outcome.COMPETENT)
    assert "criteria not yet Satisfactory: 1.2, 3.1" in str(err.value)
    assert "no assessment method" in str(err.value)
    with demo_db.session() as s:
        assert reading.assessment_detail(s, aid).blocking == ["1.2", "3.1"]
    for number in ("1.2", "3.1"):
        with demo_db.transaction() as s:
            judging.set_judgement(s, a1, aid, crit[number].criterion_id, S)
    with demo_db.transaction() as s, pytest.raises(ValidationError, match="no assessment method"):
        judging.set_outcome(s, a1, aid, Outcome.COMPETENT)
    with demo_db.transaction() as s:
        judging.set_methods(s, a1, aid, [AssessmentMethod.OBSERVATION, AssessmentMethod.QUESTIONING])
        judging.set_outcome(s, a1, aid, Outcome.COMPETENT)
    with demo_db.session() as s:
        d = reading.assessment_detail(s, aid)
        assert d.outcome == Outcome.COMPETENT and d.blocking == []
        assert d.methods == [AssessmentMethod.OBSERVATION, AssessmentMethod.QUESTIONING]


def test_a_judgement_changed_after_competent_clears_the_outcome(demo_db, demo_actor, planned) -> None:
    # More cases (RPL granted, methods, the CLI, the wording): tests/services/test_recording_surprises.py
    a1 = demo_actor("assessor1")
    aid = planned.assessment_ids[0]
    _ready(demo_db, a1, aid)
    with demo_db.transaction() as s:
        judging.set_outcome(s, a1, aid, Outcome.COMPETENT)
        c = reading.unit_criteria(s, s.get_one(Assessment, aid).unit_id)[-1]
        assert judging.set_judgement(s, a1, aid, c.criterion_id, N) == Outcome.COMPETENT
    with demo_db.session() as s:
        assert reading.assessment_detail(s, aid).outcome is None
    with demo_db.transaction() as s, pytest.raises(ValidationError, match="no outcome is recorded"):
        judging.submit(s, a1, aid)


def test_rpl_credit_transfer_withdrawn_rules(demo_db, demo_actor, planned) -> None:
    a1 = demo_actor("assessor1")
    rpl_aid, training_aid = planned.assessment_ids  # 00030 is RPL, 00029 training
    with demo_db.session() as s:
        assert s.get_one(Assessment, rpl_aid).candidate.registration_number == "ACC-2026-00030"
    _ready(demo_db, a1, training_aid)
    _ready(demo_db, a1, rpl_aid)
    with demo_db.transaction() as s:
        with pytest.raises(ValidationError, match="only for candidates enrolled on the RPL pathway"):
            judging.set_outcome(s, a1, training_aid, Outcome.RPL_GRANTED)
    with demo_db.transaction() as s:
        judging.set_outcome(s, a1, rpl_aid, Outcome.RPL_GRANTED)
    with demo_db.transaction() as s, pytest.raises(ValidationError, match="credit transfer needs its source"):
        judging.set_outcome(s, a1, training_aid, Outcome.CREDIT_TRANSFER)
    with demo_db.transaction() as s:
        judging.set_outcome(
            s, a1, training_aid, Outcome.CREDIT_TRANSFER, "Certificate II, Kumasi Technical Institute, 2021"
        )
    with demo_db.session() as s:
        assert s.get_one(Assessment, training_aid).credit_transfer_source.startswith("Certificate II")
    with demo_db.transaction() as s:
        judging.set_outcome(s, a1, training_aid, Outcome.WITHDRAWN)
    with demo_db.session() as s:
        a = s.get_one(Assessment, training_aid)
        assert a.outcome == Outcome.WITHDRAWN and a.credit_transfer_source == ""


def test_outcome_rules_without_database() -> None:
    lines = [("1.1", "satisfactory"), ("1.2", None), ("2.1", "not_yet_satisfactory")]
    assert [str(p) for p in outcome_problems("competent", lines, 1, "rpl", "")] == [
        "criteria not yet Satisfactory: 1.2, 2.1"
    ]
    assert outcome_problems("not_yet_competent", lines, 0, None, "") == []
    assert outcome_problems("withdrawn", [], 0, None, "") == []
    assert outcome_problems("competent", [("1.1", "satisfactory")], 1, "training", "") == []


def test_submit_needs_outcome_and_conflict_declaration(demo_db, demo_actor, planned) -> None:
    a1 = demo_actor("assessor1")
    aid = planned.assessment_ids[0]
    with demo_db.transaction() as s, pytest.raises(ValidationError) as err:
        judging.submit(s, a1, aid)
    assert "no outcome" in str(err.value) and "conflict of interest" in str(err.value)
    with demo_db.transaction() as s:
        with pytest.raises(ValidationError, match="Describe the conflict"):
            judging.declare_conflict(s, a1, aid, True, "  ")
        judging.declare_conflict(s, a1, aid, True, "The candidate is my cousin.")
        judging.set_outcome(s, a1, aid, Outcome.WITHDRAWN)
        judging.set_notes(s, a1, aid, comments="Left after the first task.", feedback="Come back next session.")
        judging.submit(s, a1, aid)
    with demo_db.session() as s:
        d = reading.assessment_detail(s, aid)
        assert d.status == AssessmentStatus.SUBMITTED and d.submitted_at is not None
        assert d.conflict_of_interest is True and "cousin" in d.conflict_details
        assert d.comments == "Left after the first task." and d.feedback == "Come back next session."


def test_submitted_cannot_change_until_returned(demo_db, demo_actor, planned) -> None:
    a1, v = demo_actor("assessor1"), demo_actor("verifier")
    aid = planned.assessment_ids[0]
    with demo_db.transaction() as s:
        judging.declare_conflict(s, a1, aid, False)
        judging.set_outcome(s, a1, aid, Outcome.NOT_YET_COMPETENT)
        judging.submit(s, a1, aid)
    with demo_db.transaction() as s:
        crit = reading.unit_criteria(s, s.get_one(Assessment, aid).unit_id)[0]
        with pytest.raises(LockedError, match="submitted"):
            judging.set_judgement(s, a1, aid, crit.criterion_id, S)
    with demo_db.transaction() as s:
        with pytest.raises(ValidationError, match="Say why"):
            verification.return_assessment(s, v, aid, " ")
        verification.return_assessment(s, v, aid, "No judgements recorded; record what was observed.")
    with demo_db.transaction() as s:
        judging.set_judgement(s, a1, aid, crit.criterion_id, N)
        judging.submit(s, a1, aid)
    with demo_db.session() as s:
        d = reading.assessment_detail(s, aid)
        assert d.status == AssessmentStatus.SUBMITTED and d.verifier == "verifier"


def test_assessor_cannot_verify_own_assessment(demo_db, demo_actor) -> None:
    from skillassess.core.enums import Role
    from skillassess.core.models import UserRole

    # assessor1 becomes a verifier too, and still may not verify what they assessed.
    with demo_db.transaction() as s:
        behind_the_log(s)
        s.add(UserRole(user_id=demo_actor("assessor1").user_id, role=Role.VERIFIER))
    both = demo_actor("assessor1")
    with demo_db.transaction() as s:
        cands, units = _ids(s, ["ACC-2026-00027"], ["ELI-C02"])
        aid = sessions.plan_session(s, both, sessions.SessionPlan(DAY, both.user_id, units, cands)).assessment_ids[0]
        judging.declare_conflict(s, both, aid, False)
        judging.set_outcome(s, both, aid, Outcome.WITHDRAWN)
        judging.submit(s, both, aid)
    with demo_db.transaction() as s, pytest.raises(PermissionDenied, match="cannot verify"):
        verification.verify(s, both, aid)
    with demo_db.transaction() as s, pytest.raises(PermissionDenied):
        verification.verify(s, demo_actor("assessor2"), aid)  # not a verifier
    # The database holds the rule too, for every client.
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), demo_db.transaction() as s:
        a = s.get_one(Assessment, aid)
        a.verifier_id = a.assessor_id


def test_verified_is_locked_and_amendments_keep_the_original(demo_db, demo_actor, planned) -> None:
    a1, v, admin = demo_actor("assessor1"), demo_actor("verifier"), demo_actor("admin")
    aid = planned.assessment_ids[1]
    _competent_and_verified(demo_db, demo_actor, aid)
    with demo_db.session() as s:
        crit = reading.unit_criteria(s, s.get_one(Assessment, aid).unit_id)
    for change in (
        lambda s: judging.set_judgement(s, a1, aid, crit[0].criterion_id, N),
        lambda s: judging.set_methods(s, a1, aid, [AssessmentMethod.PRODUCT]),
        lambda s: judging.set_notes(s, a1, aid, comments="x"),
        lambda s: judging.set_outcome(s, a1, aid, Outcome.NOT_YET_COMPETENT),
        lambda s: judging.declare_conflict(s, a1, aid, False),
        lambda s: judging.submit(s, a1, aid),
        lambda s: verification.verify(s, v, aid),
    ):
        with demo_db.transaction() as s, pytest.raises(LockedError):
            change(s)
    with demo_db.transaction() as s:
        with pytest.raises(ValidationError, match="needs a reason"):
            corrections.amend(s, v, aid, {"venue": "Workshop B"}, "")
        with pytest.raises(PermissionDenied):
            corrections.amend(s, a1, aid, {"venue": "Workshop B"}, "typo")
        with pytest.raises(ValidationError, match="Competent cannot be recorded for"):
            corrections.amend(s, v, aid, {"judgements": {"1.1": "not_yet_satisfactory"}}, "wrong box ticked")
    with demo_db.transaction() as s:
        corrections.amend(
            s,
            v,
            aid,
            {"venue": "Workshop B", "assessed_on": "2026-11-21"},
            "Venue and date copied wrongly from the plan.",
        )
    with demo_db.transaction() as s:
        corrections.amend(
            s,
            admin,
            aid,
            {"outcome": "not_yet_competent", "judgements": {"1.1": "not_yet_satisfactory"}},
            "The assessor's paper checklist shows 1.1 not yet satisfactory.",
        )
    with demo_db.session() as s:
        d = reading.assessment_detail(s, aid)
        assert d.status == AssessmentStatus.VERIFIED and d.venue == "Workshop B" and d.date == dt.date(2026, 11, 21)
        assert d.outcome == Outcome.NOT_YET_COMPETENT and d.criteria[0].result == N
        first, second = d.amendments
        assert first.before == {"venue": "Workshop A", "assessed_on": DAY.isoformat()}
        assert first.after == {"venue": "Workshop B", "assessed_on": "2026-11-21"}
        assert first.amended_by == "verifier"
        assert second.before == {"outcome": "competent", "judgements": {"1.1": "satisfactory"}}
        assert second.after["outcome"] == "not_yet_competent"
        assert audit_verification.verify(s).intact


def test_new_attempt_after_nyc_and_history(demo_db, demo_actor, planned) -> None:
    a1, v = demo_actor("assessor1"), demo_actor("verifier")
    aid = planned.assessment_ids[0]
    with demo_db.transaction() as s:
        with pytest.raises(DomainError, match="new attempt follows"):
            corrections.new_attempt(s, a1, aid)
        crit = reading.unit_criteria(s, s.get_one(Assessment, aid).unit_id)
        judging.set_judgement(s, a1, aid, crit[0].criterion_id, N)
        judging.set_methods(s, a1, aid, [AssessmentMethod.OBSERVATION])
        judging.declare_conflict(s, a1, aid, False)
        judging.set_outcome(s, a1, aid, Outcome.NOT_YET_COMPETENT)
        judging.submit(s, a1, aid)
    with demo_db.transaction() as s:
        verification.verify(s, v, aid)
    with demo_db.transaction() as s:
        second = corrections.new_attempt(s, a1, aid, assessed_on=dt.date(2026, 12, 5))
    with demo_db.transaction() as s, pytest.raises(DomainError, match="still draft"):
        corrections.new_attempt(s, a1, aid)
    _competent_and_verified(demo_db, demo_actor, second)
    with demo_db.transaction() as s, pytest.raises(DomainError, match="already achieved"):
        corrections.new_attempt(s, a1, aid)  # from the old NYC attempt, after the unit was achieved
    with demo_db.session() as s:
        d = reading.assessment_detail(s, second)
        assert d.attempt == 2
        assert [(h.attempt, h.outcome) for h in d.attempts] == [(1, Outcome.NOT_YET_COMPETENT), (2, Outcome.COMPETENT)]
        (p,) = candidate_progress(s, d.candidate_id)
        unit = next(u for u in p.units if u.code == "ELI-C02")
        assert unit.attempts == 2 and unit.achieved and unit.achieved_assessment_id == second
    with demo_db.transaction() as s, pytest.raises(ValidationError, match="already achieved"):
        cands, units = _ids(s, ["ACC-2026-00030"], ["ELI-C02"])
        sessions.plan_session(s, a1, sessions.SessionPlan(DAY, a1.user_id, units, cands))


def test_appeal_by_independent_reviewer_opens_new_attempt(demo_db, demo_actor, planned) -> None:
    a1, v, admin = demo_actor("assessor1"), demo_actor("verifier"), demo_actor("admin")
    aid = planned.assessment_ids[0]
    with demo_db.transaction() as s:
        judging.declare_conflict(s, a1, aid, False)
        judging.set_outcome(s, a1, aid, Outcome.NOT_YET_COMPETENT)
        with pytest.raises(DomainError, match="no decision to appeal"):
            corrections.lodge_appeal(s, a1, aid, lodged_on=DAY, grounds="unfair", reviewer_id=v.user_id)
        judging.submit(s, a1, aid)
    with demo_db.transaction() as s:
        verification.verify(s, v, aid)
    with demo_db.transaction() as s:
        with pytest.raises(ValidationError, match="independent reviewer"):
            corrections.lodge_appeal(s, a1, aid, lodged_on=DAY, grounds="The meter was faulty.", reviewer_id=a1.user_id)
        with pytest.raises(ValidationError, match="grounds"):
            corrections.lodge_appeal(s, a1, aid, lodged_on=DAY, grounds=" ", reviewer_id=v.user_id)
        appeal_id = corrections.lodge_appeal(
            s, a1, aid, lodged_on=DAY, grounds="The meter was faulty.", reviewer_id=admin.user_id
        )
    with demo_db.transaction() as s:
        with pytest.raises(PermissionDenied, match="named reviewer"):
            corrections.decide_appeal(s, v, appeal_id, AppealDecision.UPHELD)
        with pytest.raises(ValidationError, match="Only an upheld"):
            corrections.decide_appeal(s, admin, appeal_id, AppealDecision.DISMISSED, open_new_attempt=True)
    with demo_db.transaction() as s:
        new_id = corrections.decide_appeal(
            s,
            admin,
            appeal_id,
            AppealDecision.UPHELD,
            notes="Meter calibration had expired.",
            open_new_attempt=True,
            new_assessor_id=demo_actor("assessor2").user_id,
        )
    assert new_id is not None
    with demo_db.transaction() as s, pytest.raises(LockedError, match="already decided"):
        corrections.decide_appeal(s, admin, appeal_id, AppealDecision.DISMISSED)
    with demo_db.session() as s:
        d = reading.assessment_detail(s, aid)
        (ap,) = d.appeals
        assert ap.decision == AppealDecision.UPHELD and ap.reviewer == "admin" and ap.new_assessment_id == new_id
        new = reading.assessment_detail(s, new_id)
        assert new.attempt == 2 and new.assessor == "assessor2" and new.status == AssessmentStatus.DRAFT


def test_progress_counts_only_verified_achievements_with_packaging(demo_db, demo_actor) -> None:
    """Core + 2 electives (the demo qualification): partial until the last one is verified, then full."""
    a1 = demo_actor("assessor1")
    with demo_db.session() as s:
        cid = s.execute(select(Candidate.id).where(Candidate.registration_number == "ACC-2026-00026")).scalar_one()
    codes = ["ELI-C01", "ELI-C02", "ELI-C03", "ELI-C04", "ELI-C05", "ELI-E01", "ELI-E02"]
    with demo_db.transaction() as s:
        _, units = _ids(s, [], codes)
        aids = sessions.plan_session(s, a1, sessions.SessionPlan(DAY, a1.user_id, units, [cid])).assessment_ids
    with demo_db.session() as s:
        (p,) = candidate_progress(s, cid)
        assert p.eligible == "none"
    for aid in aids[:-1]:
        _competent_and_verified(demo_db, demo_actor, aid)
    with demo_db.session() as s:
        (p,) = candidate_progress(s, cid)
        assert p.eligible == "partial" and len(p.achieved_units) == 6
    # Submitted but not verified does not count.
    _ready(demo_db, a1, aids[-1])
    with demo_db.transaction() as s:
        judging.set_outcome(s, a1, aids[-1], Outcome.COMPETENT)
        judging.submit(s, a1, aids[-1])
    with demo_db.session() as s:
        assert candidate_progress(s, cid)[0].eligible == "partial"
    with demo_db.transaction() as s:
        verification.verify(s, demo_actor("verifier"), aids[-1])
    with demo_db.session() as s:
        assert candidate_progress(s, cid)[0].eligible == "full"


def test_every_change_writes_exactly_one_audit_entry(demo_db, demo_actor) -> None:
    a1, v = demo_actor("assessor1"), demo_actor("verifier")
    with demo_db.session() as s:
        cands, units = _ids(s, ["ACC-2026-00025"], ["ELI-C02"])
        crit = reading.unit_criteria(s, units[0])
    n = _audit_count(demo_db)
    aid_box: list[int] = []

    def plan(s):
        aid_box.append(
            sessions.plan_session(s, a1, sessions.SessionPlan(DAY, a1.user_id, units, cands)).assessment_ids[0]
        )

    changes = [plan]
    changes += [lambda s, c=c: judging.set_judgement(s, a1, aid_box[0], c.criterion_id, S) for c in crit]
    changes += [
        lambda s: judging.set_methods(s, a1, aid_box[0], [AssessmentMethod.PRODUCT]),
        lambda s: judging.set_notes(s, a1, aid_box[0], comments="c", feedback="f"),
        lambda s: judging.set_details(s, a1, aid_box[0], venue="Yard"),
        lambda s: judging.declare_conflict(s, a1, aid_box[0], False),
        lambda s: judging.set_outcome(s, a1, aid_box[0], Outcome.NOT_YET_COMPETENT),
        lambda s: judging.submit(s, a1, aid_box[0]),
        lambda s: verification.return_assessment(s, v, aid_box[0], "Outcome does not match the judgements."),
        lambda s: judging.set_outcome(s, a1, aid_box[0], Outcome.COMPETENT),
        lambda s: judging.submit(s, a1, aid_box[0]),
        lambda s: verification.verify(s, v, aid_box[0]),
        lambda s: corrections.amend(s, v, aid_box[0], {"comments": "corrected"}, "typo"),
        lambda s: corrections.lodge_appeal(s, a1, aid_box[0], lodged_on=DAY, grounds="g", reviewer_id=v.user_id),
    ]
    for change in changes:
        with demo_db.transaction() as s:
            change(s)
        assert _audit_count(demo_db) == n + 1, change
        n += 1
    with demo_db.session() as s:
        assert audit_verification.verify(s).intact


def test_progress_with_minimum_credits_rule(demo_db, demo_actor) -> None:
    """All core units plus at least N credits in all: electives count by their credits."""
    from skillassess.core.enums import PackagingRule
    from skillassess.core.models import Qualification

    with demo_db.transaction() as s:
        behind_the_log(s)
        q = s.execute(select(Qualification).where(Qualification.code == "ELI-L2")).scalar_one()
        q.packaging_rule = PackagingRule.MIN_CREDITS
        q.credits_required = 43 + 8 + 6  # core 43 credits, plus E01 (8) and E03 (6)
    with demo_db.session() as s:
        by_reg = {}
        for c in s.execute(select(Candidate)).scalars():
            by_reg[c.registration_number] = candidate_progress(s, c.id)[0]
        assert by_reg["ACC-2026-00001"].eligible == "full"  # all 8 units: 65 credits
    with demo_db.transaction() as s:
        behind_the_log(s)
        s.execute(select(Qualification).where(Qualification.code == "ELI-L2")).scalar_one().credits_required = 66
    with demo_db.session() as s:
        cid = s.execute(select(Candidate.id).where(Candidate.registration_number == "ACC-2026-00001")).scalar_one()
        assert candidate_progress(s, cid)[0].eligible == "partial"


def test_set_judgements_checks_everything_before_writing(demo_db, demo_actor) -> None:
    a1, a2, v = demo_actor("assessor1"), demo_actor("assessor2"), demo_actor("verifier")
    entries = _audit_count(demo_db)
    cells = [("1.1", Judgement.NOT_YET_SATISFACTORY), ("1.2", None)]
    for actor, error in ((a2, PermissionDenied), (v, PermissionDenied)):
        with pytest.raises(error), demo_db.transaction() as s:
            judging.set_judgements(s, actor, 54, cells)
    with pytest.raises(ValidationError) as caught, demo_db.transaction() as s:
        judging.set_judgements(s, a1, 54, [*cells, ("7.7", Judgement.SATISFACTORY), ("1.1", Judgement.SATISFACTORY)])
    assert caught.value.problems == [
        "ELI-C03 has no criterion 7.7.",
        "Criterion 1.1 is given twice with different results.",
    ]
    assert _audit_count(demo_db) == entries
    with demo_db.transaction() as s:
        assert judging.set_judgements(s, a1, 54, [*cells, ("1.1", Judgement.NOT_YET_SATISFACTORY)]).changed == 2
    with demo_db.session() as s:
        d = reading.assessment_detail(s, 54)
    results = {c.number: c.result for c in d.criteria}
    assert results["1.1"] == Judgement.NOT_YET_SATISFACTORY and results["1.2"] is None
    assert _audit_count(demo_db) == entries + 2
    with demo_db.transaction() as s:  # the same again changes nothing and writes nothing
        assert judging.set_judgements(s, a1, 54, cells).changed == 0
    assert _audit_count(demo_db) == entries + 2
