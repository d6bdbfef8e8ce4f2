"""Recording without surprises (issue 13.3): an outcome that no longer holds is cleared at once, by the
service (so the grid and the CLI behave alike), and refusals name the candidate and unit, not internal ids,
and list each problem once."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from sqlalchemy import select

from skillassess.core.enums import AssessmentMethod, Judgement, Outcome
from skillassess.core.errors import LockedError, PermissionDenied, ValidationError
from skillassess.core.models import Assessment, AuditEntry, Candidate, Unit
from skillassess.services.recording import judging, reading, sessions, verification

S, N = Judgement.SATISFACTORY, Judgement.NOT_YET_SATISFACTORY
DAY = dt.date(2026, 11, 20)


@pytest.fixture
def planned(demo_db, demo_actor) -> list[int]:
    """assessor1's session in ELI-C02 for an RPL candidate (00030) and a training one (00029), no results yet."""
    a1 = demo_actor("assessor1")
    with demo_db.transaction() as s:
        cands = [
            s.execute(select(Candidate.id).where(Candidate.registration_number == r)).scalar_one()
            for r in ("ACC-2026-00030", "ACC-2026-00029")
        ]
        unit = s.execute(select(Unit.id).where(Unit.code == "ELI-C02")).scalar_one()
        plan = sessions.plan_session(s, a1, sessions.SessionPlan(DAY, a1.user_id, [unit], cands, venue="Workshop A"))
    return list(plan.assessment_ids)


def _criteria(db, aid):
    with db.session() as s:
        return reading.unit_criteria(s, s.get_one(Assessment, aid).unit_id)


def _ready(db, actor, aid, outcome: Outcome) -> list:
    criteria = _criteria(db, aid)
    with db.transaction() as s:
        for c in criteria:
            judging.set_judgement(s, actor, aid, c.criterion_id, S)
        judging.set_methods(s, actor, aid, [AssessmentMethod.OBSERVATION])
        judging.declare_conflict(s, actor, aid, False)
        judging.set_outcome(s, actor, aid, outcome)
    return criteria


def _outcome(db, aid) -> Outcome | None:
    with db.session() as s:
        return reading.assessment_detail(s, aid).outcome


def _last_audit(db) -> AuditEntry:
    with db.session() as s:
        return s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()


@pytest.mark.parametrize("value", [N, None], ids=["not_yet", "cleared"])
def test_a_criterion_no_longer_satisfactory_clears_competent_at_once(demo_db, demo_actor, planned, value) -> None:
    a1 = demo_actor("assessor1")
    aid = planned[1]
    criteria = _ready(demo_db, a1, aid, Outcome.COMPETENT)
    with demo_db.transaction() as s:  # Satisfactory again: nothing to clear
        assert judging.set_judgement(s, a1, aid, criteria[0].criterion_id, S) is None
    assert _outcome(demo_db, aid) == Outcome.COMPETENT
    with demo_db.transaction() as s:
        assert judging.set_judgement(s, a1, aid, criteria[-1].criterion_id, value) == Outcome.COMPETENT
    assert _outcome(demo_db, aid) is None
    entry = _last_audit(demo_db)  # the clearing is audited after the judgement that caused it
    assert entry.entity_type == "assessment" and entry.entity_id == str(aid)
    assert json.loads(entry.before_json or "{}")["outcome"] == "competent"
    after = json.loads(entry.after_json or "{}")
    assert after["outcome"] is None and criteria[-1].number in after["cleared_because"]
    with demo_db.transaction() as s:  # no outcome: a second N clears nothing more
        assert judging.set_judgement(s, a1, aid, criteria[0].criterion_id, N) is None
    with demo_db.transaction() as s, pytest.raises(ValidationError, match="no outcome is recorded"):
        judging.submit(s, a1, aid)


def test_rpl_granted_is_cleared_and_not_yet_competent_stays(demo_db, demo_actor, planned) -> None:
    a1 = demo_actor("assessor1")
    rpl, training = planned
    criteria = _ready(demo_db, a1, rpl, Outcome.RPL_GRANTED)
    with demo_db.transaction() as s:
        assert judging.set_judgement(s, a1, rpl, criteria[0].criterion_id, N) == Outcome.RPL_GRANTED
    assert _outcome(demo_db, rpl) is None
    _ready(demo_db, a1, training, Outcome.NOT_YET_COMPETENT)
    with demo_db.transaction() as s:
        assert judging.set_judgement(s, a1, training, criteria[0].criterion_id, N) is None
    assert _outcome(demo_db, training) == Outcome.NOT_YET_COMPETENT


def test_removing_every_method_clears_competent(demo_db, demo_actor, planned) -> None:
    a1 = demo_actor("assessor1")
    aid = planned[1]
    _ready(demo_db, a1, aid, Outcome.COMPETENT)
    with demo_db.transaction() as s:
        judging.set_methods(s, a1, aid, [AssessmentMethod.QUESTIONING])
    assert _outcome(demo_db, aid) == Outcome.COMPETENT
    with demo_db.transaction() as s:
        judging.set_methods(s, a1, aid, [])
    assert _outcome(demo_db, aid) is None


def test_the_command_line_clears_and_says_so(cli, demo_db, demo_actor, planned) -> None:
    a1 = demo_actor("assessor1")
    aid = planned[1]
    criteria = _ready(demo_db, a1, aid, Outcome.COMPETENT)
    env = {"SKILLASSESS_PASSWORD": "demo-assessor1"}
    args = ("--db", str(demo_db.url), "--user", "assessor1", "assessments", "judge", str(aid))
    r = cli(*args, f"{criteria[0].number}=N", env=env)
    assert r.returncode == 0, r.stderr
    assert "The outcome Competent was cleared" in r.stdout
    assert _outcome(demo_db, aid) is None
    r = cli(*args, f"{criteria[0].number}=S", env=env)
    assert r.returncode == 0 and "cleared" not in r.stdout


def _no_internal_id(text: str, aid: int) -> None:
    assert not re.search(rf"\b{aid}\b", text), text
    assert "assessment " + str(aid) not in text.lower()


def test_refusals_name_candidate_and_unit_and_list_each_problem_once(demo_db, demo_actor, planned) -> None:
    a1, a2, v = demo_actor("assessor1"), demo_actor("assessor2"), demo_actor("verifier")
    aid = planned[1]
    criteria = _criteria(demo_db, aid)
    with demo_db.transaction() as s:
        judging.set_judgement(s, a1, aid, criteria[0].criterion_id, N)
    with demo_db.session() as s:
        expected = [str(p) for p in judging.submit_problems(s, aid)]  # what the window checks before asking
    with pytest.raises(ValidationError) as caught, demo_db.transaction() as s:
        judging.submit(s, a1, aid)
    text = str(caught.value)
    assert text.startswith("The result of ") and "ELI-C02 cannot be submitted yet:" in text
    assert caught.value.problems == expected == ["no outcome is recorded", expected[1]]
    assert "conflict of interest" in expected[1]
    for problem in expected:
        assert text.count(problem) == 1, text  # said once, not in the sentence and again in the list
    _no_internal_id(text, aid)
    with pytest.raises(ValidationError) as caught, demo_db.transaction() as s:
        judging.set_outcome(s, a1, aid, Outcome.COMPETENT)
    text = str(caught.value)
    assert text.startswith("Competent cannot be recorded for ") and text.count("criteria not yet Satisfactory") == 1
    _no_internal_id(text, aid)
    with pytest.raises(PermissionDenied) as denied, demo_db.transaction() as s:
        judging.set_judgement(s, a2, aid, criteria[0].criterion_id, S)
    assert "Only the assessor of" in str(denied.value) and "(assessor1)" in str(denied.value)
    _no_internal_id(str(denied.value), aid)
    _ready(demo_db, a1, aid, Outcome.COMPETENT)
    with demo_db.transaction() as s:
        judging.submit(s, a1, aid)
    with pytest.raises(LockedError) as locked, demo_db.transaction() as s:
        judging.set_judgement(s, a1, aid, criteria[0].criterion_id, N)
    assert "ELI-C02 is submitted and waits for verification" in str(locked.value)
    _no_internal_id(str(locked.value), aid)
    with pytest.raises(ValidationError) as caught, demo_db.transaction() as s:
        verification.return_assessment(s, v, aid, "  ")
    _no_internal_id(str(caught.value), aid)
    with demo_db.transaction() as s:
        verification.verify(s, v, aid)
    with pytest.raises(LockedError) as locked, demo_db.transaction() as s:
        verification.verify(s, v, aid)
    assert "already verified and locked" in str(locked.value)
    _no_internal_id(str(locked.value), aid)
