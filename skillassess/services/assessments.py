"""Assessments: listing and reading results."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from skillassess.core.enums import AssessmentStatus, Outcome
from skillassess.core.models import Assessment, Candidate, Unit, User


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


def _list_stmt(candidate: str | None, status: AssessmentStatus | None):  # type: ignore[no-untyped-def]
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
    return stmt


def count_assessments(session: Session, candidate: str | None = None, status: AssessmentStatus | None = None) -> int:
    sub = _list_stmt(candidate, status).subquery()
    return int(session.execute(select(func.count()).select_from(sub)).scalar_one())


def list_assessments(
    session: Session,
    candidate: str | None = None,
    status: AssessmentStatus | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[AssessmentRow]:
    """Assessments, newest first, optionally of one candidate (registration number) or one status."""
    stmt = _list_stmt(candidate, status).order_by(Assessment.assessed_on.desc(), Assessment.id.desc()).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [AssessmentRow(*r) for r in session.execute(stmt).all()]
