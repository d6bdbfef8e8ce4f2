"""Assessment sessions: planning one (a draft assessment per candidate and unit) and the grid of judgements."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skillassess.core.enums import AssessmentStatus, AuditAction, EnrolmentStatus, Judgement, Role, RplEvent
from skillassess.core.errors import NotFoundError, ValidationError
from skillassess.core.evidence_basis import CriterionBasis
from skillassess.core.models import (
    Assessment,
    AssessmentSession,
    Candidate,
    CriterionJudgement,
    Enrolment,
    QualificationUnit,
    Unit,
    User,
    as_dict,
)
from skillassess.core.records import CriterionLine
from skillassess.db.concurrency import lock_writes
from skillassess.services import audit, rpl_journey
from skillassess.services.context import Actor
from skillassess.services.recording.reading import OPEN_STATUSES, attempt_history, get_assessment, unit_criteria


@dataclass(frozen=True)
class SessionPlan:
    """What the planner asks for: when, where, who assesses, which units and candidates."""

    session_date: dt.date
    assessor_id: int
    unit_ids: Sequence[int]
    candidate_ids: Sequence[int]
    venue: str = ""
    title: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PlannedSession:
    session_id: int
    assessment_ids: list[int]


@dataclass(frozen=True)
class SessionSummary:
    id: int
    title: str
    date: dt.date
    venue: str
    assessor: str
    assessments: int


@dataclass(frozen=True)
class GridColumn:
    """One candidate's assessment in the grid."""

    assessment_id: int
    candidate_id: int
    registration_number: str
    candidate_name: str
    attempt: int
    status: AssessmentStatus
    assessor_id: int


@dataclass(frozen=True)
class SessionGrid:
    """Rows: the unit's criteria by element; columns: candidates; cells: the stored judgements."""

    unit_id: int
    unit_code: str
    unit_version: int
    unit_title: str
    criteria: list[CriterionLine]
    columns: list[GridColumn]
    cells: dict[tuple[int, int], Judgement]  # (assessment_id, criterion_id) -> result
    # (assessment_id, criterion_id) -> the evidence mapped and the self-assessment answer (RPL); only
    # cells with either are present.
    basis: dict[tuple[int, int], CriterionBasis] = field(default_factory=dict)


def _enrolment_for(session: Session, candidate_id: int, unit_code: str) -> int | None:
    """The candidate's enrolment (active first, newest first) whose qualification has this unit code."""
    return session.execute(
        select(Enrolment.id)
        .join(QualificationUnit, QualificationUnit.qualification_id == Enrolment.qualification_id)
        .join(Unit, QualificationUnit.unit_id == Unit.id)
        .where(Enrolment.candidate_id == candidate_id, Unit.code == unit_code)
        .order_by((Enrolment.status == EnrolmentStatus.ACTIVE).desc(), Enrolment.id.desc())
        .limit(1)
    ).scalar()


def require_assessor(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None or not user.active:
        raise NotFoundError(f"There is no active user number {user_id} to be the assessor.")
    if Role.ASSESSOR not in user.role_set:
        raise ValidationError(f"{user.username} cannot be the assessor: the user does not have the assessor role.")
    return user


def plan_session(session: Session, actor: Actor, plan: SessionPlan) -> PlannedSession:
    """Create a session and one draft assessment per candidate and unit, each the next attempt."""
    actor.require(Role.ASSESSOR, Role.ADMINISTRATOR, action="plan assessment sessions")
    lock_writes(session)  # each candidate's open attempts and next attempt number are read, then written
    assessor = require_assessor(session, plan.assessor_id)
    if not plan.unit_ids:
        raise ValidationError("Choose at least one unit for the session.")
    if not plan.candidate_ids:
        raise ValidationError("Choose at least one candidate for the session.")
    units = [session.get(Unit, uid) for uid in dict.fromkeys(plan.unit_ids)]
    if any(u is None for u in units):
        raise NotFoundError("A unit chosen for the session no longer exists; choose the units again.")
    candidates = [session.get(Candidate, cid) for cid in dict.fromkeys(plan.candidate_ids)]
    if any(c is None for c in candidates):
        raise NotFoundError("A candidate chosen for the session no longer exists; choose the candidates again.")
    problems: list[str] = []
    todo: list[tuple[Candidate, Unit, int]] = []
    for cand in candidates:
        assert cand is not None
        for unit in units:
            assert unit is not None
            history = attempt_history(session, cand.id, unit.code)
            last = history[-1] if history else None
            if last and last.status in OPEN_STATUSES:
                problems.append(
                    f"{cand.registration_number}: {unit.code} attempt {last.attempt} is still {last.status.value}; "
                    "finish it before planning another"
                )
            elif last and last.outcome is not None and last.outcome.achieved:
                problems.append(f"{cand.registration_number}: {unit.code} is already achieved (attempt {last.attempt})")
            else:
                todo.append((cand, unit, (last.attempt if last else 0) + 1))
    if problems:
        raise ValidationError("The session cannot be planned:", problems)
    sess = AssessmentSession(
        title=plan.title.strip(),
        session_date=plan.session_date,
        venue=plan.venue.strip(),
        assessor_id=assessor.id,
        notes=plan.notes,
    )
    session.add(sess)
    session.flush()
    created: list[Assessment] = []
    for cand, unit, attempt in todo:
        a = Assessment(
            candidate_id=cand.id,
            enrolment_id=_enrolment_for(session, cand.id, unit.code),
            unit_id=unit.id,
            session_id=sess.id,
            attempt=attempt,
            assessed_on=plan.session_date,
            venue=sess.venue,
            assessor_id=assessor.id,
            status=AssessmentStatus.DRAFT,
        )
        session.add(a)
        created.append(a)
    session.flush()
    after = as_dict(sess) | {"assessment_ids": [a.id for a in created]}
    audit.record(session, actor, AuditAction.CREATE, "assessment_session", sess.id, None, after)
    for a in created:
        rpl_journey.on_event(session, actor, [a.enrolment_id], RplEvent.ASSESSMENT_PLANNED, a.unit.code)
    return PlannedSession(sess.id, [a.id for a in created])


def list_sessions(session: Session, limit: int = 200, session_id: int | None = None) -> list[SessionSummary]:
    """Assessment sessions, newest first (or only the one numbered ``session_id``)."""
    stmt = (
        select(
            AssessmentSession.id,
            AssessmentSession.title,
            AssessmentSession.session_date,
            AssessmentSession.venue,
            User.username,
            func.count(Assessment.id),
        )
        .join(User, AssessmentSession.assessor_id == User.id)
        .outerjoin(Assessment, Assessment.session_id == AssessmentSession.id)
        .group_by(AssessmentSession.id, User.username)
        .order_by(AssessmentSession.session_date.desc(), AssessmentSession.id.desc())
        .limit(limit)
    )
    if session_id is not None:
        stmt = stmt.where(AssessmentSession.id == session_id)
    return [SessionSummary(*r) for r in session.execute(stmt).all()]


def session_summary(session: Session, session_id: int) -> SessionSummary:
    """One session: date, venue, assessor and how many assessments it holds."""
    found = list_sessions(session, 1, session_id)
    if not found:
        raise NotFoundError(f"There is no assessment session number {session_id}.")
    return found[0]


def session_units(session: Session, session_id: int) -> list[tuple[int, str, int, str]]:
    """The units assessed in a session: (unit id, code, version, title), by code."""
    rows = session.execute(
        select(Unit.id, Unit.code, Unit.version, Unit.title)
        .where(Unit.id.in_(select(Assessment.unit_id).where(Assessment.session_id == session_id)))
        .order_by(Unit.code, Unit.version)
    ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def _grid(session: Session, unit_id: int, where: Any) -> SessionGrid:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFoundError(f"There is no unit number {unit_id}.")
    cols = [
        GridColumn(aid, cid, reg, f"{given} {family}".strip(), attempt, status, assessor_id)
        for aid, cid, reg, given, family, attempt, status, assessor_id in session.execute(
            select(
                Assessment.id,
                Candidate.id,
                Candidate.registration_number,
                Candidate.given_names,
                Candidate.family_name,
                Assessment.attempt,
                Assessment.status,
                Assessment.assessor_id,
            )
            .join(Candidate, Assessment.candidate_id == Candidate.id)
            .where(Assessment.unit_id == unit_id, where)
            .order_by(Candidate.registration_number, Assessment.attempt)
        ).all()
    ]
    ids = [c.assessment_id for c in cols]
    cells: dict[tuple[int, int], Judgement] = {}
    if ids:
        for aid, cid, result in session.execute(
            select(CriterionJudgement.assessment_id, CriterionJudgement.criterion_id, CriterionJudgement.result).where(
                CriterionJudgement.assessment_id.in_(ids)
            )
        ).all():
            cells[(aid, cid)] = result
    criteria = unit_criteria(session, unit.id)
    return SessionGrid(
        unit.id, unit.code, unit.version, unit.title, criteria, cols, cells, _basis(session, ids, criteria)
    )


def _basis(
    session: Session, assessment_ids: list[int], criteria: list[CriterionLine]
) -> dict[tuple[int, int], CriterionBasis]:
    """What each cell's judgement can rest on: the candidate's evidence and self-assessment answer."""
    from skillassess.services.enrolment import answers_by_criterion
    from skillassess.services.evidence import evidence_by_criterion

    if not assessment_ids:
        return {}
    owners = session.execute(
        select(Assessment.id, Assessment.candidate_id, Assessment.enrolment_id).where(Assessment.id.in_(assessment_ids))
    ).all()
    crit_ids = [c.criterion_id for c in criteria]
    evidence = evidence_by_criterion(session, sorted({c for _a, c, _e in owners}), crit_ids)
    answers = answers_by_criterion(session, sorted({e for _a, _c, e in owners if e is not None}), crit_ids)
    out: dict[tuple[int, int], CriterionBasis] = {}
    for aid, cand, enrolment in owners:
        for cid in crit_ids:
            b = CriterionBasis(
                tuple(evidence.get((cand, cid), ())), answers.get((enrolment, cid)) if enrolment else None
            )
            if not b.empty:
                out[(aid, cid)] = b
    return out


def session_grid(session: Session, session_id: int, unit_id: int) -> SessionGrid:
    """The grid of one unit in a session: every candidate of the session assessed in it."""
    return _grid(session, unit_id, Assessment.session_id == session_id)


def assessment_grid(session: Session, assessment_id: int) -> SessionGrid:
    """The grid of one assessment alone (one candidate)."""
    a = get_assessment(session, assessment_id)
    return _grid(session, a.unit_id, Assessment.id == assessment_id)
