"""Reports: counts of candidates, assessed and competent, split by sex."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from skillassess.core.enums import AssessmentStatus, Outcome, Sex
from skillassess.core.models import Assessment, Candidate, Certificate
from skillassess.core.records import SexCounts


@dataclass
class Summary:
    registered: SexCounts = field(default_factory=SexCounts)
    assessed: SexCounts = field(default_factory=SexCounts)
    competent_units: SexCounts = field(default_factory=SexCounts)
    certified: SexCounts = field(default_factory=SexCounts)


def _by_sex(session: Session, stmt) -> SexCounts:  # type: ignore[no-untyped-def]
    out = SexCounts()
    for sex, n in session.execute(stmt).all():
        if sex == Sex.FEMALE:
            out.female = int(n)
        elif sex == Sex.MALE:
            out.male = int(n)
    return out


def summary(session: Session) -> Summary:
    """Candidates registered, assessed (any verified result), verified competent units, certified."""
    verified = Assessment.status == AssessmentStatus.VERIFIED
    return Summary(
        registered=_by_sex(session, select(Candidate.sex, func.count()).group_by(Candidate.sex)),
        assessed=_by_sex(
            session,
            select(Candidate.sex, func.count(distinct(Candidate.id)))
            .join(Assessment, Assessment.candidate_id == Candidate.id)
            .where(verified)
            .group_by(Candidate.sex),
        ),
        competent_units=_by_sex(
            session,
            select(Candidate.sex, func.count(Assessment.id))
            .join(Assessment, Assessment.candidate_id == Candidate.id)
            .where(verified, Assessment.outcome.in_([Outcome.COMPETENT, Outcome.RPL_GRANTED, Outcome.CREDIT_TRANSFER]))
            .group_by(Candidate.sex),
        ),
        certified=_by_sex(
            session,
            select(Candidate.sex, func.count(distinct(Candidate.id)))
            .join(Certificate, Certificate.candidate_id == Candidate.id)
            .group_by(Candidate.sex),
        ),
    )
