"""Progress towards a qualification: which units are achieved, and what can be certified."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from skillassess.core.enums import AssessmentStatus, Outcome, UnitCategory
from skillassess.core.models import Assessment, Candidate, Enrolment, Qualification, QualificationUnit, Unit
from skillassess.core.rules import packaging_met

Eligibility = Literal["full", "partial", "none"]


@dataclass(frozen=True)
class UnitProgress:
    unit_id: int
    code: str
    version: int
    title: str
    category: UnitCategory
    credits: int
    # The latest attempt's outcome and status (None when never assessed).
    outcome: Outcome | None
    status: AssessmentStatus | None
    attempts: int
    assessment_id: int | None
    # Achieved: a verified result with outcome Competent, RPL granted or Credit transfer.
    achieved: bool
    achieved_assessment_id: int | None
    achieved_on: object | None  # date of the achieving assessment


@dataclass(frozen=True)
class EnrolmentProgress:
    enrolment_id: int
    candidate_id: int
    registration_number: str
    qualification_id: int
    qualification_code: str
    qualification_title: str
    units: list[UnitProgress]
    eligible: Eligibility

    @property
    def achieved_units(self) -> list[UnitProgress]:
        return [u for u in self.units if u.achieved]


def enrolment_progress(session: Session, enrolment_id: int) -> EnrolmentProgress:
    """Units of the enrolment's qualification with their latest result, and the eligibility.

    A unit counts as achieved by any verified attempt with an achieving outcome, at that unit's
    code (any version the qualification links). "full" when the packaging rules are met,
    "partial" when at least one unit is achieved, else "none".
    """
    enrolment = session.get_one(Enrolment, enrolment_id)
    candidate = session.get_one(Candidate, enrolment.candidate_id)
    qualification = session.get_one(Qualification, enrolment.qualification_id)
    links = session.execute(
        select(QualificationUnit, Unit)
        .join(Unit, QualificationUnit.unit_id == Unit.id)
        .where(QualificationUnit.qualification_id == qualification.id)
        .order_by(QualificationUnit.position, Unit.code)
    ).all()
    chosen = {eu.unit_id for eu in enrolment.chosen_units}
    codes = [u.code for _, u in links]
    rows = session.execute(
        select(Assessment, Unit.code)
        .join(Unit, Assessment.unit_id == Unit.id)
        .where(Assessment.candidate_id == candidate.id, Unit.code.in_(codes))
        .order_by(Assessment.attempt, Assessment.id)
    ).all()
    by_code: dict[str, list[Assessment]] = {}
    for a, code in rows:
        by_code.setdefault(code, []).append(a)
    units: list[UnitProgress] = []
    for link, unit in links:
        if chosen and unit.id not in chosen:
            continue
        attempts = by_code.get(unit.code, [])
        latest = attempts[-1] if attempts else None
        achieving = [
            a
            for a in attempts
            if a.status == AssessmentStatus.VERIFIED and a.outcome is not None and a.outcome.achieved
        ]
        best = achieving[-1] if achieving else None
        units.append(
            UnitProgress(
                unit_id=unit.id,
                code=unit.code,
                version=unit.version,
                title=unit.title,
                category=link.category,
                credits=unit.credits,
                outcome=latest.outcome if latest else None,
                status=latest.status if latest else None,
                attempts=len(attempts),
                assessment_id=latest.id if latest else None,
                achieved=best is not None,
                achieved_assessment_id=best.id if best else None,
                achieved_on=best.assessed_on if best else None,
            )
        )
    achieved = {u.code: (u.category.value, u.credits) for u in units if u.achieved}
    core = {u.code for link, u in links if link.category == UnitCategory.CORE}
    if not chosen and packaging_met(
        qualification.packaging_rule.value,
        qualification.electives_required,
        qualification.credits_required,
        core,
        achieved,
    ):
        eligible: Eligibility = "full"
    elif achieved:
        eligible = "partial"
    else:
        eligible = "none"
    return EnrolmentProgress(
        enrolment_id=enrolment.id,
        candidate_id=candidate.id,
        registration_number=candidate.registration_number,
        qualification_id=qualification.id,
        qualification_code=qualification.code,
        qualification_title=qualification.title,
        units=units,
        eligible=eligible,
    )


def candidate_progress(session: Session, candidate_id: int) -> list[EnrolmentProgress]:
    """Progress of each of a candidate's enrolments."""
    ids = session.execute(
        select(Enrolment.id).where(Enrolment.candidate_id == candidate_id).order_by(Enrolment.id)
    ).scalars()
    return [enrolment_progress(session, i) for i in ids]
