"""Reading assessments: the criteria of a unit, one assessment in full, attempts, lists of results."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from skillassess.core.enums import AssessmentMethod, AssessmentStatus, Judgement, Outcome, Pathway
from skillassess.core.errors import NotFoundError
from skillassess.core.models import (
    Amendment,
    Appeal,
    Assessment,
    AssessmentMethodUsed,
    Candidate,
    CriterionJudgement,
    Element,
    Enrolment,
    PerformanceCriterion,
    Unit,
    User,
)
from skillassess.core.records import AmendmentLine, AppealLine, AssessmentDetail, AttemptLine, CriterionLine
from skillassess.core.rules import blocking_criteria
from skillassess.db.concurrency import locked_rows

# An attempt in one of these statuses is not finished: no other attempt may be opened beside it.
OPEN_STATUSES = (AssessmentStatus.DRAFT, AssessmentStatus.RETURNED, AssessmentStatus.SUBMITTED)


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


def judgements_of(session: Session, assessment_id: int) -> dict[int, Judgement]:
    rows = session.execute(
        select(CriterionJudgement.criterion_id, CriterionJudgement.result).where(
            CriterionJudgement.assessment_id == assessment_id
        )
    ).all()
    return dict(rows)


def methods_of(session: Session, assessment_id: int) -> list[AssessmentMethod]:
    found = set(
        session.execute(
            select(AssessmentMethodUsed.method).where(AssessmentMethodUsed.assessment_id == assessment_id)
        ).scalars()
    )
    return [m for m in AssessmentMethod if m in found]


def get_assessment(session: Session, assessment_id: int, *, for_change: bool = False) -> Assessment:
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


def pathway_of(session: Session, enrolment_id: int | None) -> Pathway | None:
    if enrolment_id is None:
        return None
    return session.execute(select(Enrolment.pathway).where(Enrolment.id == enrolment_id)).scalar_one_or_none()


def criterion_ids_by_number(session: Session, unit_id: int) -> dict[str, int]:
    return {c.number: c.criterion_id for c in unit_criteria(session, unit_id)}


def blocking_for(session: Session, assessment_id: int, unit_id: int) -> list[str]:
    """Numbers of the criteria not yet Satisfactory in an assessment (what blocks Competent)."""
    results = judgements_of(session, assessment_id)
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
    a = get_assessment(session, assessment_id)
    cand = session.get_one(Candidate, a.candidate_id)
    unit = session.get_one(Unit, a.unit_id)
    assessor = session.get_one(User, a.assessor_id)
    verifier = session.get(User, a.verifier_id) if a.verifier_id else None
    results = judgements_of(session, a.id)
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
        pathway=pathway_of(session, a.enrolment_id),
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
        methods=methods_of(session, a.id),
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
        **basis_of(session, cand.id, a.enrolment_id, [c.criterion_id for c in criteria]),
    )


def basis_of(session: Session, candidate_id: int, enrolment_id: int | None, criterion_ids: list[int]) -> dict[str, Any]:
    """``evidence`` and ``self_assessment`` of an AssessmentDetail: what the judgement of each criterion can
    rest on (the candidate's active evidence mapped to it, the answer in the enrolment's self-assessment)."""
    from skillassess.services.enrolment import answers_by_criterion
    from skillassess.services.evidence import evidence_by_criterion

    evidence = evidence_by_criterion(session, [candidate_id], criterion_ids)
    answers = answers_by_criterion(session, [enrolment_id], criterion_ids) if enrolment_id else {}
    return {
        "evidence": {cid: refs for (_cand, cid), refs in evidence.items()},
        "self_assessment": {cid: answer for (_enr, cid), answer in answers.items()},
    }


# --- Lists of results ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    registration_number: str
    candidate_name: str
    unit_code: str
    unit_version: int
    unit_title: str
    attempt: int
    status: AssessmentStatus
    outcome: Outcome | None
    assessor: str
    verifier: str | None
    date: dt.date


@dataclass(frozen=True)
class AssessmentQuery:
    """What the list of assessments shows; every field is optional.

    ``search``: words of the candidate's names, registration number or ID (as the candidate list
    searches); ``unit``: part of the unit's code or title; ``session_id``, ``assessor_id``: one
    session, one assessor.
    """

    search: str = ""
    unit: str = ""
    session_id: int | None = None
    assessor_id: int | None = None


def _list_stmt(
    session: Session, candidate: str | None, status: AssessmentStatus | None, query: AssessmentQuery | None
) -> Select[*tuple[Any, ...]]:
    from skillassess.services.candidate_search import search_condition

    assessor = aliased(User)
    verifier = aliased(User)
    stmt = (
        select(
            Assessment.id,
            Candidate.registration_number,
            Candidate.given_names + " " + Candidate.family_name,
            Unit.code,
            Unit.version,
            Unit.title,
            Assessment.attempt,
            Assessment.status,
            Assessment.outcome,
            assessor.username,
            verifier.username,
            Assessment.assessed_on,
        )
        .join(Candidate, Assessment.candidate_id == Candidate.id)
        .join(Unit, Assessment.unit_id == Unit.id)
        .join(assessor, Assessment.assessor_id == assessor.id)
        .outerjoin(verifier, Assessment.verifier_id == verifier.id)
    )
    if candidate:
        stmt = stmt.where(Candidate.registration_number == candidate)
    if status:
        stmt = stmt.where(Assessment.status == status)
    if query is not None:
        condition = search_condition(session, query.search)
        if condition is not None:
            stmt = stmt.where(condition)
        unit = query.unit.strip().lower()
        if unit:
            stmt = stmt.where(
                func.lower(Unit.code).contains(unit, autoescape=True)
                | func.lower(Unit.title).contains(unit, autoescape=True)
            )
        if query.session_id is not None:
            stmt = stmt.where(Assessment.session_id == query.session_id)
        if query.assessor_id is not None:
            stmt = stmt.where(Assessment.assessor_id == query.assessor_id)
    return stmt


def count_assessments(
    session: Session,
    candidate: str | None = None,
    status: AssessmentStatus | None = None,
    query: AssessmentQuery | None = None,
) -> int:
    """How many assessments ``list_assessments`` would list with the same filters."""
    sub = _list_stmt(session, candidate, status, query).subquery()
    return int(session.execute(select(func.count()).select_from(sub)).scalar_one())


def list_assessments(
    session: Session,
    candidate: str | None = None,
    status: AssessmentStatus | None = None,
    offset: int = 0,
    limit: int | None = None,
    query: AssessmentQuery | None = None,
) -> list[AssessmentRow]:
    """Assessments, newest first, optionally of one candidate (registration number), one status, and
    as ``query`` says (search, unit, session, assessor)."""
    stmt = (
        _list_stmt(session, candidate, status, query)
        .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
        .offset(offset)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return [AssessmentRow(*r) for r in session.execute(stmt).all()]
