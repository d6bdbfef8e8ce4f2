"""Recording assessments: sessions, the criteria grid, outcomes, verification, amendments, appeals.

Every function that changes data takes the Actor, checks its role and the assessment's status, and
writes exactly one audit entry in the caller's transaction. ``set_judgement`` is the hot path of the
grid (one call per cell typed): it reads one row and writes one judgement and one audit entry,
without loading any relationship.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from skillassess.core.enums import (
    AppealDecision,
    AssessmentMethod,
    AssessmentStatus,
    AuditAction,
    EnrolmentStatus,
    Judgement,
    Outcome,
    Pathway,
    Role,
)
from skillassess.core.errors import DomainError, LockedError, NotFoundError, PermissionDenied, ValidationError
from skillassess.core.messages import Message, msg
from skillassess.core.models import (
    Amendment,
    Appeal,
    Assessment,
    AssessmentMethodUsed,
    AssessmentSession,
    Candidate,
    CriterionJudgement,
    Element,
    Enrolment,
    PerformanceCriterion,
    QualificationUnit,
    Unit,
    User,
    as_dict,
    utcnow,
)
from skillassess.core.records import (
    AmendmentLine,
    AppealLine,
    AssessmentDetail,
    AttemptLine,
    CriterionLine,
)
from skillassess.core.rules import blocking_criteria, outcome_problems
from skillassess.db.concurrency import lock_writes, locked_rows
from skillassess.services import audit
from skillassess.services.context import Actor

OPEN_STATUSES = (AssessmentStatus.DRAFT, AssessmentStatus.RETURNED, AssessmentStatus.SUBMITTED)
# Fields that an amendment may change on a verified result.
AMENDABLE_FIELDS = frozenset(
    {"outcome", "credit_transfer_source", "assessed_on", "venue", "comments", "feedback", "methods", "judgements"}
)


# --- Reading ----------------------------------------------------------------------------------------


def unit_criteria(session: Session, unit_id: int) -> list[CriterionLine]:
    """The unit version's criteria in order, grouped by element (numbers like 1.1, 1.2, 2.1)."""
    rows = session.execute(
        select(
            PerformanceCriterion.id,
            Element.position,
            PerformanceCriterion.position,
            PerformanceCriterion.text,
            Element.id,
            Element.title,
        )
        .join(Element, PerformanceCriterion.element_id == Element.id)
        .where(Element.unit_id == unit_id)
        .order_by(Element.position, PerformanceCriterion.position)
    ).all()
    return [CriterionLine(cid, f"{ep}.{cp}", text, eid, ep, etitle) for cid, ep, cp, text, eid, etitle in rows]


def _judgements(session: Session, assessment_id: int) -> dict[int, Judgement]:
    rows = session.execute(
        select(CriterionJudgement.criterion_id, CriterionJudgement.result).where(
            CriterionJudgement.assessment_id == assessment_id
        )
    ).all()
    return {cid: result for cid, result in rows}


def _methods(session: Session, assessment_id: int) -> list[AssessmentMethod]:
    found = set(
        session.execute(
            select(AssessmentMethodUsed.method).where(AssessmentMethodUsed.assessment_id == assessment_id)
        ).scalars()
    )
    return [m for m in AssessmentMethod if m in found]


def _get(session: Session, assessment_id: int, *, for_change: bool = False) -> Assessment:
    """The assessment; ``for_change``: locked until the transaction ends and read fresh, because its
    status is checked and then changed (a verifier and the assessor at the same moment)."""
    if for_change:
        stmt = locked_rows(session, select(Assessment).where(Assessment.id == assessment_id))
        a: Assessment | None = session.execute(stmt.execution_options(populate_existing=True)).scalar_one_or_none()
    else:
        a = session.get(Assessment, assessment_id)
    if a is None:
        raise NotFoundError(f"There is no assessment number {assessment_id}.")
    return a


def _pathway(session: Session, enrolment_id: int | None) -> Pathway | None:
    if enrolment_id is None:
        return None
    return session.execute(select(Enrolment.pathway).where(Enrolment.id == enrolment_id)).scalar_one_or_none()


def blocking_for(session: Session, assessment_id: int, unit_id: int) -> list[str]:
    """Numbers of the criteria not yet Satisfactory in an assessment (what blocks Competent)."""
    results = _judgements(session, assessment_id)
    return blocking_criteria(
        [
            (c.number, results[c.criterion_id].value if c.criterion_id in results else None)
            for c in unit_criteria(session, unit_id)
        ]
    )


def attempt_history(session: Session, candidate_id: int, unit_code: str) -> list[AttemptLine]:
    """Every attempt of a candidate at a unit (any version of its code), first attempt first."""
    assessor, verifier = aliased(User), aliased(User)
    rows = session.execute(
        select(
            Assessment.id,
            Assessment.attempt,
            Unit.version,
            Assessment.status,
            Assessment.outcome,
            Assessment.assessed_on,
            assessor.username,
            verifier.username,
        )
        .join(Unit, Assessment.unit_id == Unit.id)
        .join(assessor, Assessment.assessor_id == assessor.id)
        .outerjoin(verifier, Assessment.verifier_id == verifier.id)
        .where(Assessment.candidate_id == candidate_id, Unit.code == unit_code)
        .order_by(Assessment.attempt, Assessment.id)
    ).all()
    return [AttemptLine(*r) for r in rows]


def assessment_detail(session: Session, assessment_id: int) -> AssessmentDetail:
    """One assessment with its criteria and judgements, methods, history of attempts, amendments, appeals."""
    a = _get(session, assessment_id)
    cand = session.get_one(Candidate, a.candidate_id)
    unit = session.get_one(Unit, a.unit_id)
    assessor = session.get_one(User, a.assessor_id)
    verifier = session.get(User, a.verifier_id) if a.verifier_id else None
    results = _judgements(session, a.id)
    criteria = [
        CriterionLine(
            c.criterion_id,
            c.number,
            c.text,
            c.element_id,
            c.element_position,
            c.element_title,
            results.get(c.criterion_id),
        )
        for c in unit_criteria(session, a.unit_id)
    ]
    amender = aliased(User)
    amendments = [
        AmendmentLine(am.id, am.reason, json.loads(am.before_json), json.loads(am.after_json), username, am.amended_at)
        for am, username in session.execute(
            select(Amendment, amender.username)
            .join(amender, Amendment.amended_by_id == amender.id)
            .where(Amendment.assessment_id == a.id)
            .order_by(Amendment.id)
        ).all()
    ]
    reviewer = aliased(User)
    appeals = [
        AppealLine(
            ap.id,
            ap.lodged_on,
            ap.grounds,
            username,
            ap.decision,
            ap.decided_on,
            ap.decision_notes,
            ap.new_assessment_id,
        )
        for ap, username in session.execute(
            select(Appeal, reviewer.username)
            .outerjoin(reviewer, Appeal.reviewer_id == reviewer.id)
            .where(Appeal.assessment_id == a.id)
            .order_by(Appeal.id)
        ).all()
    ]
    return AssessmentDetail(
        id=a.id,
        candidate_id=cand.id,
        registration_number=cand.registration_number,
        candidate_name=cand.display_name,
        name_local=cand.name_local,
        enrolment_id=a.enrolment_id,
        pathway=_pathway(session, a.enrolment_id),
        unit_id=unit.id,
        unit_code=unit.code,
        unit_version=unit.version,
        unit_title=unit.title,
        attempt=a.attempt,
        date=a.assessed_on,
        venue=a.venue,
        session_id=a.session_id,
        assessor_id=assessor.id,
        assessor=assessor.username,
        assessor_name=assessor.full_name or assessor.username,
        verifier_id=verifier.id if verifier else None,
        verifier=verifier.username if verifier else None,
        verifier_name=(verifier.full_name or verifier.username) if verifier else None,
        status=a.status,
        outcome=a.outcome,
        credit_transfer_source=a.credit_transfer_source,
        methods=_methods(session, a.id),
        comments=a.comments,
        feedback=a.feedback,
        conflict_of_interest=a.conflict_of_interest,
        conflict_details=a.conflict_details,
        returned_reason=a.returned_reason,
        submitted_at=a.submitted_at,
        verified_at=a.verified_at,
        criteria=criteria,
        blocking=blocking_criteria([(c.number, c.result.value if c.result else None) for c in criteria]),
        amendments=amendments,
        appeals=appeals,
        attempts=attempt_history(session, cand.id, unit.code),
    )


# --- Sessions and the grid ------------------------------------------------------------------------


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


def _next_attempt(session: Session, candidate_id: int, unit_code: str) -> int:
    last = session.execute(
        select(func.max(Assessment.attempt))
        .join(Unit, Assessment.unit_id == Unit.id)
        .where(Assessment.candidate_id == candidate_id, Unit.code == unit_code)
    ).scalar()
    return int(last or 0) + 1


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


def _require_assessor_user(session: Session, user_id: int) -> User:
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
    assessor = _require_assessor_user(session, plan.assessor_id)
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
    return SessionGrid(unit.id, unit.code, unit.version, unit.title, unit_criteria(session, unit.id), cols, cells)


def session_grid(session: Session, session_id: int, unit_id: int) -> SessionGrid:
    """The grid of one unit in a session: every candidate of the session assessed in it."""
    return _grid(session, unit_id, Assessment.session_id == session_id)


def assessment_grid(session: Session, assessment_id: int) -> SessionGrid:
    """The grid of one assessment alone (one candidate)."""
    a = _get(session, assessment_id)
    return _grid(session, a.unit_id, Assessment.id == assessment_id)


# --- Recording (assessor) --------------------------------------------------------------------------


def _check_editable(status: AssessmentStatus, assessment_id: int) -> None:
    if status == AssessmentStatus.VERIFIED:
        raise LockedError(
            f"Assessment {assessment_id} is verified and locked; correct it with an amendment (with a reason) "
            "or record a new attempt."
        )
    if status == AssessmentStatus.SUBMITTED:
        raise LockedError(
            f"Assessment {assessment_id} is submitted and waits for verification; "
            "a verifier must return it before it can change."
        )


def _check_own(actor: Actor, assessor_id: int, assessment_id: int) -> None:
    if actor.user_id != assessor_id:
        raise PermissionDenied(
            f"{actor.username} may not record assessment {assessment_id}: only its assessor records it."
        )


def _for_recording(session: Session, actor: Actor, assessment_id: int, action: str) -> Assessment:
    actor.require(Role.ASSESSOR, action=action)
    a = _get(session, assessment_id, for_change=True)
    _check_editable(a.status, a.id)
    _check_own(actor, a.assessor_id, a.id)
    return a


def set_judgement(
    session: Session, actor: Actor, assessment_id: int, criterion_id: int, result: Judgement | None
) -> None:
    """Store one cell of the grid: Satisfactory, Not yet satisfactory or cleared (None)."""
    actor.require(Role.ASSESSOR, action="record judgements")
    stmt = (
        select(
            Assessment.status,
            Assessment.assessor_id,
            Assessment.unit_id,
            Element.unit_id,
            Element.position,
            PerformanceCriterion.position,
            CriterionJudgement.result,
        )
        .select_from(Assessment)
        .join(PerformanceCriterion, PerformanceCriterion.id == criterion_id)
        .join(Element, Element.id == PerformanceCriterion.element_id)
        .outerjoin(
            CriterionJudgement,
            and_(CriterionJudgement.assessment_id == Assessment.id, CriterionJudgement.criterion_id == criterion_id),
        )
        .where(Assessment.id == assessment_id)
    )
    # FOR SHARE on the assessment (PostgreSQL): many cells may be saved at once, but a submission or
    # verification waits for them, and a save after one sees the new status.
    row = session.execute(locked_rows(session, stmt, shared=True, of=Assessment)).first()
    if row is None:
        raise NotFoundError(f"There is no assessment {assessment_id} or no performance criterion {criterion_id}.")
    status, assessor_id, unit_id, criterion_unit_id, el_pos, pc_pos, before = row
    _check_editable(status, assessment_id)
    _check_own(actor, assessor_id, assessment_id)
    if criterion_unit_id != unit_id:
        raise ValidationError(
            f"Criterion {el_pos}.{pc_pos} is not a criterion of the unit version of assessment {assessment_id}."
        )
    if before == result:
        return  # nothing changes, nothing to audit
    key = (CriterionJudgement.assessment_id == assessment_id) & (CriterionJudgement.criterion_id == criterion_id)
    if result is None:
        session.execute(delete(CriterionJudgement).where(key))
    elif before is None:
        session.execute(
            insert(CriterionJudgement).values(
                assessment_id=assessment_id, criterion_id=criterion_id, result=result, note="", judged_at=utcnow()
            )
        )
    else:
        session.execute(update(CriterionJudgement).where(key).values(result=result, judged_at=utcnow()))
    number = f"{el_pos}.{pc_pos}"
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        "criterion_judgement",
        f"{assessment_id}:{criterion_id}",
        {"criterion": number, "result": before.value if before else None},
        {"criterion": number, "result": result.value if result else None},
    )


def set_judgements(
    session: Session, actor: Actor, assessment_id: int, cells: Sequence[tuple[str, Judgement | None]]
) -> int:
    """Store several cells at once, by criterion number ("1.2"): all of them, or none.

    Everything is checked before anything is written (the role, the assessment's status and assessor,
    every number, a number given twice with different results); every problem found is named in one
    error. Returns how many judgements changed; each change is audited as a grid save is.
    """
    a = _for_recording(session, actor, assessment_id, "record judgements")
    by_number = _criterion_ids_by_number(session, a.unit_id)
    unit_code = session.execute(select(Unit.code).where(Unit.id == a.unit_id)).scalar_one()
    problems: list[Message] = []
    wanted: dict[str, Judgement | None] = {}
    for number, result in cells:
        if number not in by_number:
            problems.append(msg("{unit} has no criterion {number}.", unit=unit_code, number=number))
        elif number in wanted and wanted[number] != result:
            problems.append(msg("Criterion {number} is given twice with different results.", number=number))
        wanted.setdefault(number, result)
    if problems:
        raise ValidationError(msg("Nothing was saved in assessment {id}:", id=a.id), problems)
    current = _judgements(session, a.id)
    changed = 0
    for number, result in wanted.items():
        if current.get(by_number[number]) != result:
            set_judgement(session, actor, a.id, by_number[number], result)
            changed += 1
    return changed


def set_methods(session: Session, actor: Actor, assessment_id: int, methods: Iterable[AssessmentMethod]) -> None:
    """Replace the evidence-gathering methods recorded for an assessment."""
    a = _for_recording(session, actor, assessment_id, "record assessment methods")
    before = _methods(session, a.id)
    wanted = [m for m in AssessmentMethod if m in set(methods)]
    if wanted == before:
        return
    session.execute(delete(AssessmentMethodUsed).where(AssessmentMethodUsed.assessment_id == a.id))
    for m in wanted:
        session.execute(insert(AssessmentMethodUsed).values(assessment_id=a.id, method=m))
    session.expire(a, ["methods"])
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        "assessment",
        a.id,
        {"methods": [m.value for m in before]},
        {"methods": [m.value for m in wanted]},
    )


def _set_fields(session: Session, actor: Actor, a: Assessment, values: Mapping[str, Any]) -> None:
    before = {k: _plain(getattr(a, k)) for k in values}
    after = {k: _plain(v) for k, v in values.items()}
    if before == after:
        return
    for k, v in values.items():
        setattr(a, k, v)
    session.flush()
    audit.record(session, actor, AuditAction.UPDATE, "assessment", a.id, before, after)


def _plain(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if hasattr(v, "value"):
        return v.value
    return v


def set_notes(
    session: Session, actor: Actor, assessment_id: int, *, comments: str | None = None, feedback: str | None = None
) -> None:
    """Store the assessor's comments and/or the feedback given to the candidate."""
    a = _for_recording(session, actor, assessment_id, "record comments and feedback")
    values: dict[str, Any] = {}
    if comments is not None:
        values["comments"] = comments
    if feedback is not None:
        values["feedback"] = feedback
    _set_fields(session, actor, a, values)


def set_details(
    session: Session, actor: Actor, assessment_id: int, *, assessed_on: dt.date | None = None, venue: str | None = None
) -> None:
    """Correct the date or venue of an assessment that is still being recorded."""
    a = _for_recording(session, actor, assessment_id, "change assessment details")
    values: dict[str, Any] = {}
    if assessed_on is not None:
        values["assessed_on"] = assessed_on
    if venue is not None:
        values["venue"] = venue.strip()
    _set_fields(session, actor, a, values)


def declare_conflict(session: Session, actor: Actor, assessment_id: int, conflict: bool, details: str = "") -> None:
    """The assessor's declaration: any conflict of interest with this candidate (details required if so)."""
    a = _for_recording(session, actor, assessment_id, "declare a conflict of interest")
    if conflict and not details.strip():
        raise ValidationError(
            f"Assessment {a.id}: describe the conflict of interest (for example a relative or an employee)."
        )
    _set_fields(
        session, actor, a, {"conflict_of_interest": conflict, "conflict_details": details.strip() if conflict else ""}
    )


def _outcome_problems(
    session: Session,
    a: Assessment,
    outcome: Outcome,
    source: str,
    results: dict[int, Judgement] | None = None,
    methods: Sequence[AssessmentMethod] | None = None,
) -> list[str]:
    results = _judgements(session, a.id) if results is None else results
    methods = _methods(session, a.id) if methods is None else methods
    lines = [
        (c.number, results[c.criterion_id].value if c.criterion_id in results else None)
        for c in unit_criteria(session, a.unit_id)
    ]
    pathway = _pathway(session, a.enrolment_id)
    return outcome_problems(outcome.value, lines, len(methods), pathway.value if pathway else None, source)


def _outcome_error(a: Assessment, outcome: Outcome, problems: list[str]) -> ValidationError:
    names = {
        Outcome.COMPETENT: "Competent",
        Outcome.RPL_GRANTED: "RPL granted",
        Outcome.CREDIT_TRANSFER: "Credit transfer",
        Outcome.NOT_YET_COMPETENT: "Not Yet Competent",
        Outcome.WITHDRAWN: "Withdrawn",
    }
    return ValidationError(f"Assessment {a.id} cannot be {names[outcome]}: " + "; ".join(problems) + ".", problems)


def set_outcome(
    session: Session,
    actor: Actor,
    assessment_id: int,
    outcome: Outcome | None,
    credit_transfer_source: str | None = None,
) -> None:
    """Record the unit outcome, enforcing the rules (Competent only when every criterion is Satisfactory...)."""
    a = _for_recording(session, actor, assessment_id, "record outcomes")
    outcome = Outcome(outcome) if outcome else None
    source = a.credit_transfer_source if credit_transfer_source is None else credit_transfer_source.strip()
    if outcome is not None:
        problems = _outcome_problems(session, a, outcome, source)
        if problems:
            raise _outcome_error(a, outcome, problems)
    values: dict[str, Any] = {"outcome": outcome}
    if credit_transfer_source is not None or outcome != Outcome.CREDIT_TRANSFER:
        values["credit_transfer_source"] = source if outcome == Outcome.CREDIT_TRANSFER else ""
    _set_fields(session, actor, a, values)


def submit(session: Session, actor: Actor, assessment_id: int) -> None:
    """The assessor hands a finished assessment over for verification."""
    a = _for_recording(session, actor, assessment_id, "submit assessments")
    problems: list[str] = []
    if a.outcome is None:
        problems.append("no outcome is recorded")
    else:
        problems += _outcome_problems(session, a, a.outcome, a.credit_transfer_source)
    if a.conflict_of_interest is None:
        problems.append("the assessor has not declared whether there is a conflict of interest")
    if problems:
        raise ValidationError(f"Assessment {a.id} cannot be submitted: " + "; ".join(problems) + ".", problems)
    _set_fields(session, actor, a, {"status": AssessmentStatus.SUBMITTED, "submitted_at": utcnow()})


# --- Verification (verifier) -----------------------------------------------------------------------


def _for_verifying(session: Session, actor: Actor, assessment_id: int, action: str) -> Assessment:
    actor.require(Role.VERIFIER, action=action)
    a = _get(session, assessment_id, for_change=True)
    if a.assessor_id == actor.user_id:
        raise PermissionDenied(
            f"{actor.username} assessed assessment {a.id} and so cannot verify or return it; "
            "another verifier must do it."
        )
    if a.status != AssessmentStatus.SUBMITTED:
        if a.status == AssessmentStatus.VERIFIED:
            raise LockedError(f"Assessment {a.id} is already verified and locked.")
        raise DomainError(f"Assessment {a.id} is {a.status.value}, not submitted; the assessor must submit it first.")
    return a


def verify(session: Session, actor: Actor, assessment_id: int) -> None:
    """Endorse a submitted assessment; from now on it is locked."""
    a = _for_verifying(session, actor, assessment_id, "verify assessments")
    assert a.outcome is not None
    problems = _outcome_problems(session, a, a.outcome, a.credit_transfer_source)
    if problems:
        raise _outcome_error(a, a.outcome, problems)
    _set_fields(
        session,
        actor,
        a,
        {
            "status": AssessmentStatus.VERIFIED,
            "verifier_id": actor.user_id,
            "verified_at": utcnow(),
            "returned_reason": "",
        },
    )


def return_assessment(session: Session, actor: Actor, assessment_id: int, reason: str) -> None:
    """Send a submitted assessment back to its assessor, saying what to fix."""
    a = _for_verifying(session, actor, assessment_id, "return assessments")
    if not reason.strip():
        raise ValidationError(f"Say why assessment {a.id} is returned, so that the assessor knows what to fix.")
    _set_fields(
        session,
        actor,
        a,
        {"status": AssessmentStatus.RETURNED, "verifier_id": actor.user_id, "returned_reason": reason.strip()},
    )


# --- Corrections: amendments, attempts, appeals ------------------------------------------------------


def _criterion_ids_by_number(session: Session, unit_id: int) -> dict[str, int]:
    return {c.number: c.criterion_id for c in unit_criteria(session, unit_id)}


def amend(session: Session, actor: Actor, assessment_id: int, changes: Mapping[str, Any], reason: str) -> int:
    """Correct a verified result; the values before and after are kept with the reason. Returns the amendment id.

    ``changes`` may hold outcome, credit_transfer_source, assessed_on, venue, comments, feedback,
    methods (a list) and judgements (criterion number such as "1.2" -> result or None).
    """
    actor.require(Role.VERIFIER, Role.ADMINISTRATOR, action="amend verified results")
    a = _get(session, assessment_id, for_change=True)
    if a.status != AssessmentStatus.VERIFIED:
        raise DomainError(
            f"Assessment {a.id} is {a.status.value}, not verified: change it directly instead of amending it."
        )
    if a.assessor_id == actor.user_id:
        raise PermissionDenied(f"{actor.username} assessed assessment {a.id} and so cannot amend its verified result.")
    if not reason.strip():
        raise ValidationError(f"An amendment to assessment {a.id} needs a reason.")
    unknown = set(changes) - AMENDABLE_FIELDS
    if unknown:
        raise ValidationError(
            f"These cannot be amended: {', '.join(sorted(unknown))}. Amendable: {', '.join(sorted(AMENDABLE_FIELDS))}."
        )
    if not changes:
        raise ValidationError(f"The amendment to assessment {a.id} changes nothing.")
    results = _judgements(session, a.id)
    methods = _methods(session, a.id)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    new_results = dict(results)
    new_methods = list(methods)
    if "judgements" in changes:
        by_number = _criterion_ids_by_number(session, a.unit_id)
        number_of = {v: k for k, v in by_number.items()}
        jb: dict[str, Any] = {}
        ja: dict[str, Any] = {}
        for number, value in dict(changes["judgements"]).items():
            cid = by_number.get(str(number))
            if cid is None:
                raise ValidationError(f"Unit of assessment {a.id} has no criterion {number}.")
            new = Judgement(value) if value else None
            jb[number_of[cid]] = results[cid].value if cid in results else None
            ja[number_of[cid]] = new.value if new else None
            if new is None:
                new_results.pop(cid, None)
            else:
                new_results[cid] = new
        before["judgements"], after["judgements"] = jb, ja
    if "methods" in changes:
        new_methods = [m for m in AssessmentMethod if m in {AssessmentMethod(x) for x in changes["methods"]}]
        before["methods"], after["methods"] = [m.value for m in methods], [m.value for m in new_methods]
    scalar: dict[str, Any] = {}
    for key in ("outcome", "credit_transfer_source", "assessed_on", "venue", "comments", "feedback"):
        if key in changes:
            value = changes[key]
            if key == "outcome":
                value = Outcome(value)
            elif key == "assessed_on" and isinstance(value, str):
                value = dt.date.fromisoformat(value)
            scalar[key] = value
            before[key], after[key] = _plain(getattr(a, key)), _plain(value)
    outcome = scalar.get("outcome", a.outcome)
    source = scalar.get("credit_transfer_source", a.credit_transfer_source)
    assert outcome is not None
    problems = _outcome_problems(session, a, outcome, source, new_results, new_methods)
    if problems:
        raise _outcome_error(a, outcome, problems)
    # Write the new values.
    for cid in set(results) | set(new_results):
        if results.get(cid) == new_results.get(cid):
            continue
        match = (CriterionJudgement.assessment_id == a.id) & (CriterionJudgement.criterion_id == cid)
        if cid not in new_results:
            session.execute(delete(CriterionJudgement).where(match))
        elif cid not in results:
            session.execute(
                insert(CriterionJudgement).values(
                    assessment_id=a.id, criterion_id=cid, result=new_results[cid], note=""
                )
            )
        else:
            session.execute(update(CriterionJudgement).where(match).values(result=new_results[cid], judged_at=utcnow()))
    if new_methods != methods:
        session.execute(delete(AssessmentMethodUsed).where(AssessmentMethodUsed.assessment_id == a.id))
        for m in new_methods:
            session.execute(insert(AssessmentMethodUsed).values(assessment_id=a.id, method=m))
        session.expire(a, ["methods"])
    for k, v in scalar.items():
        setattr(a, k, v)
    amendment = Amendment(
        assessment_id=a.id,
        reason=reason.strip(),
        before_json=json.dumps(before, ensure_ascii=False, sort_keys=True),
        after_json=json.dumps(after, ensure_ascii=False, sort_keys=True),
        amended_by_id=actor.user_id,
    )
    session.add(amendment)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        "amendment",
        amendment.id,
        None,
        {"assessment_id": a.id, "reason": amendment.reason, "before": before, "after": after},
    )
    return amendment.id


def _open_attempt(
    session: Session, a: Assessment, assessor_id: int, assessed_on: dt.date | None, session_id: int | None
) -> Assessment:
    unit_code = session.execute(select(Unit.code).where(Unit.id == a.unit_id)).scalar_one()
    history = attempt_history(session, a.candidate_id, unit_code)
    if history and history[-1].status in OPEN_STATUSES:
        raise DomainError(
            f"Attempt {history[-1].attempt} at {unit_code} is still {history[-1].status.value}; "
            "finish it before opening another attempt."
        )
    last = history[-1] if history else None
    if last and last.outcome is not None and last.outcome.achieved:
        raise DomainError(
            f"{unit_code} is already achieved (attempt {last.attempt}); no further attempt is needed. "
            "To correct that result, amend it."
        )
    venue = a.venue
    if session_id is not None:
        sess = session.get(AssessmentSession, session_id)
        if sess is None:
            raise NotFoundError(f"There is no assessment session number {session_id}.")
        venue = sess.venue
        assessed_on = assessed_on or sess.session_date
    new = Assessment(
        candidate_id=a.candidate_id,
        enrolment_id=a.enrolment_id,
        unit_id=a.unit_id,
        session_id=session_id,
        attempt=(history[-1].attempt if history else a.attempt) + 1,
        assessed_on=assessed_on or dt.date.today(),
        venue=venue,
        assessor_id=assessor_id,
        status=AssessmentStatus.DRAFT,
    )
    session.add(new)
    session.flush()
    return new


def new_attempt(
    session: Session,
    actor: Actor,
    assessment_id: int,
    *,
    assessed_on: dt.date | None = None,
    session_id: int | None = None,
    assessor_id: int | None = None,
) -> int:
    """Open the next attempt (reassessment) after a verified Not Yet Competent or Withdrawn result."""
    actor.require(Role.ASSESSOR, Role.ADMINISTRATOR, action="open reassessments")
    lock_writes(session)  # the next attempt number is read, then written
    a = _get(session, assessment_id, for_change=True)
    if a.status != AssessmentStatus.VERIFIED or a.outcome not in (Outcome.NOT_YET_COMPETENT, Outcome.WITHDRAWN):
        raise DomainError(
            f"A new attempt follows a verified Not Yet Competent or Withdrawn result; assessment {a.id} is "
            f"{a.status.value}{' with outcome ' + a.outcome.value if a.outcome else ''}. "
            "To correct a verified result, amend it."
        )
    if assessor_id is None:
        if actor.user_id is None or not actor.has(Role.ASSESSOR):
            raise ValidationError("Name the assessor of the new attempt.")
        assessor_id = actor.user_id
    _require_assessor_user(session, assessor_id)
    new = _open_attempt(session, a, assessor_id, assessed_on, session_id)
    audit.record(
        session, actor, AuditAction.CREATE, "assessment", new.id, None, as_dict(new) | {"after_assessment_id": a.id}
    )
    return new.id


def lodge_appeal(
    session: Session, actor: Actor, assessment_id: int, *, lodged_on: dt.date, grounds: str, reviewer_id: int
) -> int:
    """Record a candidate's appeal against a decision, naming an independent reviewer. Returns the appeal id."""
    actor.require(Role.ASSESSOR, Role.VERIFIER, Role.ADMINISTRATOR, Role.REGISTRAR, action="record appeals")
    a = _get(session, assessment_id)
    if a.status not in (AssessmentStatus.SUBMITTED, AssessmentStatus.VERIFIED) or a.outcome is None:
        raise DomainError(f"Assessment {a.id} has no decision to appeal against yet (it is {a.status.value}).")
    if not grounds.strip():
        raise ValidationError("Write down the grounds of the appeal.")
    reviewer = session.get(User, reviewer_id)
    if reviewer is None or not reviewer.active:
        raise NotFoundError(f"There is no active user number {reviewer_id} to review the appeal.")
    if reviewer.id == a.assessor_id:
        raise ValidationError(
            f"{reviewer.username} assessed assessment {a.id} and cannot review the appeal; "
            "choose an independent reviewer."
        )
    if not reviewer.role_set & {Role.VERIFIER, Role.ADMINISTRATOR}:
        raise ValidationError(
            f"{reviewer.username} cannot review appeals: it needs the verifier or administrator role."
        )
    appeal = Appeal(assessment_id=a.id, lodged_on=lodged_on, grounds=grounds.strip(), reviewer_id=reviewer.id)
    session.add(appeal)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, "appeal", appeal.id, None, as_dict(appeal))
    return appeal.id


def decide_appeal(
    session: Session,
    actor: Actor,
    appeal_id: int,
    decision: AppealDecision,
    *,
    notes: str = "",
    decided_on: dt.date | None = None,
    open_new_attempt: bool = False,
    new_assessor_id: int | None = None,
) -> int | None:
    """The reviewer's decision on an appeal; an upheld appeal may open a new attempt (its id is returned)."""
    actor.require(Role.VERIFIER, Role.ADMINISTRATOR, action="decide appeals")
    appeal = session.get(Appeal, appeal_id)
    if appeal is None:
        raise NotFoundError(f"There is no appeal number {appeal_id}.")
    if appeal.decision != AppealDecision.PENDING:
        raise LockedError(f"Appeal {appeal.id} was already decided ({appeal.decision.value}).")
    a = session.get_one(Assessment, appeal.assessment_id)
    if actor.user_id == a.assessor_id:
        raise PermissionDenied(f"{actor.username} assessed assessment {a.id} and cannot decide the appeal against it.")
    if appeal.reviewer_id is not None and appeal.reviewer_id != actor.user_id:
        raise PermissionDenied(f"Appeal {appeal.id} is for its named reviewer to decide, not {actor.username}.")
    if decision == AppealDecision.PENDING:
        raise ValidationError("Decide the appeal: upheld or dismissed.")
    if open_new_attempt and decision != AppealDecision.UPHELD:
        raise ValidationError("Only an upheld appeal opens a new attempt.")
    before = as_dict(appeal)
    new_id: int | None = None
    if open_new_attempt:
        assessor_id = new_assessor_id if new_assessor_id is not None else a.assessor_id
        _require_assessor_user(session, assessor_id)
        new_id = _open_attempt(session, a, assessor_id, None, None).id
    appeal.decision = decision
    appeal.decision_notes = notes.strip()
    appeal.decided_on = decided_on or dt.date.today()
    appeal.reviewer_id = actor.user_id
    appeal.new_assessment_id = new_id
    session.flush()
    audit.record(session, actor, AuditAction.UPDATE, "appeal", appeal.id, before, as_dict(appeal))
    return new_id


def user_choices(session: Session, role: Role) -> list[tuple[int, str, str]]:
    """Active users holding ``role``: (id, user name, full name), by user name (for pickers)."""
    from skillassess.core.models import UserRole

    rows = session.execute(
        select(User.id, User.username, User.full_name)
        .join(UserRole, UserRole.user_id == User.id)
        .where(UserRole.role == role, User.active.is_(True))
        .order_by(User.username)
    ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def centre_name(session: Session) -> str:
    """The centre's name, for printed records ("" before the centre is set up)."""
    from skillassess.core.models import Centre

    return session.execute(select(Centre.name).order_by(Centre.id).limit(1)).scalar() or ""
