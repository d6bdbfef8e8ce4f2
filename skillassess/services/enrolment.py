"""Enrolment in a qualification (or chosen units) by RPL or training, the RPL steps, self-assessment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from skillassess.core.enums import (
    AuditAction,
    EligibilityDecision,
    EnrolmentStatus,
    Pathway,
    Role,
    RplEvent,
    RplStage,
    SelfAssessmentAnswer,
    StandardStatus,
    UnitCategory,
)
from skillassess.core.errors import DomainError, NotFoundError, ValidationError
from skillassess.core.messages import msg
from skillassess.core.models import (
    Candidate,
    Element,
    Enrolment,
    EnrolmentUnit,
    PerformanceCriterion,
    Qualification,
    QualificationUnit,
    RplStep,
    SelfAssessment,
    SelfAssessmentRemark,
    Unit,
    as_dict,
)
from skillassess.core.records import Checklist, ChecklistCriterion, ChecklistElement, ChecklistUnit
from skillassess.db.concurrency import lock_writes
from skillassess.services import audit, rpl_journey
from skillassess.services.context import Actor

STAGE_ORDER = list(RplStage)


@dataclass(frozen=True)
class QualificationChoice:
    id: int
    code: str
    version: int
    title: str
    status: StandardStatus


def qualification_choices(session: Session) -> list[QualificationChoice]:
    """Qualifications a candidate can be enrolled in (current ones first, then drafts)."""
    rows = session.execute(
        select(Qualification.id, Qualification.code, Qualification.version, Qualification.title, Qualification.status)
        .where(Qualification.status != StandardStatus.SUPERSEDED)
        .order_by(Qualification.code, Qualification.version)
    ).all()
    return [QualificationChoice(*r) for r in rows]


@dataclass(frozen=True)
class UnitChoice:
    id: int
    code: str
    title: str
    category: UnitCategory
    version: int = 1


def qualification_units(session: Session, qualification_id: int) -> list[UnitChoice]:
    rows = session.execute(
        select(Unit.id, Unit.code, Unit.title, QualificationUnit.category, Unit.version)
        .join(QualificationUnit, QualificationUnit.unit_id == Unit.id)
        .where(QualificationUnit.qualification_id == qualification_id)
        .order_by(QualificationUnit.position, Unit.code)
    ).all()
    return [UnitChoice(*r) for r in rows]


def _enrolment_dict(e: Enrolment, unit_ids: list[int]) -> dict[str, object]:
    d = as_dict(e)
    d["unit_ids"] = sorted(unit_ids)
    return d


def enrol(
    session: Session,
    actor: Actor,
    candidate_id: int,
    qualification_id: int,
    pathway: Pathway,
    unit_ids: list[int] | None = None,
    enrolled_on: dt.date | None = None,
) -> int:
    """Enrol a candidate in a qualification, or in some of its units; returns the enrolment id."""
    actor.require(Role.ASSESSOR, Role.ADMINISTRATOR, action="enrol candidates")
    lock_writes(session)  # "not enrolled yet" is checked, then the enrolment written
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise NotFoundError(f"Candidate {candidate_id} does not exist.")
    q = session.get(Qualification, qualification_id)
    if q is None:
        raise NotFoundError(f"Qualification {qualification_id} does not exist.")
    if q.status == StandardStatus.SUPERSEDED:
        raise DomainError(f"{q.code} version {q.version} is superseded; enrol in its current version.")
    active = session.execute(
        select(Enrolment.id).where(
            Enrolment.candidate_id == candidate_id,
            Enrolment.qualification_id == qualification_id,
            Enrolment.status == EnrolmentStatus.ACTIVE,
        )
    ).scalar()
    if active is not None:
        raise DomainError(
            f"{candidate.registration_number} is already enrolled in {q.code}; change that enrolment instead."
        )
    allowed = {u.id: u.code for u in qualification_units(session, qualification_id)}
    chosen = sorted(set(unit_ids or []))
    bad = [u for u in chosen if u not in allowed]
    if bad:
        raise ValidationError(f"Some chosen units are not part of {q.code}.", [f"unit id {u}" for u in bad])
    if chosen and len(chosen) == len(allowed):
        chosen = []  # all units chosen: the whole qualification
    e = Enrolment(
        candidate_id=candidate_id,
        qualification_id=qualification_id,
        pathway=pathway,
        enrolled_on=enrolled_on or dt.date.today(),
        stage=RplStage.INFORMATION,
        status=EnrolmentStatus.ACTIVE,
    )
    e.chosen_units = [EnrolmentUnit(unit_id=u) for u in chosen]
    session.add(e)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, "enrolment", e.id, None, _enrolment_dict(e, chosen))
    return e.id


def _enrolment(session: Session, enrolment_id: int) -> Enrolment:
    e = session.get(Enrolment, enrolment_id)
    if e is None:
        raise NotFoundError(f"Enrolment {enrolment_id} does not exist.")
    return e


def record_step(
    session: Session,
    actor: Actor,
    enrolment_id: int,
    stage: RplStage,
    on_date: dt.date,
    notes: str = "",
    decision: EligibilityDecision | None = None,
    *,
    today: dt.date | None = None,
) -> int:
    """Record a dated RPL step; the enrolment's stage becomes the furthest stage recorded."""
    actor.require(Role.ASSESSOR, Role.ADMINISTRATOR, action="record RPL steps")
    e = _enrolment(session, enrolment_id)
    problems = []
    if on_date > (today or dt.date.today()):
        problems.append(f"Date: {on_date.isoformat()} is in the future.")
    if on_date < e.enrolled_on:
        problems.append(f"Date: {on_date.isoformat()} is before the enrolment ({e.enrolled_on.isoformat()}).")
    notes = notes.strip()
    if stage == RplStage.ELIGIBILITY:
        if decision is None:
            problems.append("Decision: choose eligible or not eligible.")
        if not notes:
            problems.append("Reason: give the reason for the eligibility decision.")
    elif decision is not None:
        problems.append("Decision: only the eligibility step takes a decision.")
    if problems:
        raise ValidationError("The step was not recorded.", problems)
    before = as_dict(e)
    step = RplStep(
        enrolment_id=e.id, stage=stage, on_date=on_date, notes=notes, decision=decision, recorded_by_id=actor.user_id
    )
    session.add(step)
    if STAGE_ORDER.index(stage) >= STAGE_ORDER.index(e.stage):
        e.stage = stage
    if stage == RplStage.ELIGIBILITY and decision == EligibilityDecision.NOT_ELIGIBLE:
        e.status = EnrolmentStatus.WITHDRAWN
    session.flush()
    after = as_dict(e)
    after["step"] = as_dict(step)
    audit.record(session, actor, AuditAction.CREATE, "rpl_step", step.id, before, after)
    return step.id


# --- Self-assessment ------------------------------------------------------------------------------


def self_assessment_checklist(session: Session, enrolment_id: int) -> Checklist:
    """Every unit, element and criterion of the enrolment, with the candidate's answers so far."""
    e = _enrolment(session, enrolment_id)
    c = session.get_one(Candidate, e.candidate_id)
    q = session.get_one(Qualification, e.qualification_id)
    chosen = {u.unit_id for u in e.chosen_units}
    answers: dict[int, SelfAssessment] = {
        sa.criterion_id: sa
        for sa in session.execute(select(SelfAssessment).where(SelfAssessment.enrolment_id == e.id)).scalars()
    }
    remarks = _remarks(session, e.id)
    units = []
    for uc in qualification_units(session, q.id):
        if chosen and uc.id not in chosen:
            continue
        elements = []
        for el in session.execute(select(Element).where(Element.unit_id == uc.id).order_by(Element.position)).scalars():
            elements.append(
                ChecklistElement(
                    el.position,
                    el.title,
                    [
                        ChecklistCriterion(
                            pc.id,
                            f"{el.position}.{pc.position}",
                            pc.text,
                            answers[pc.id].answer if pc.id in answers else None,
                        )
                        for pc in el.criteria
                    ],
                    el.id,
                    remarks.get(el.id, ""),
                )
            )
        units.append(ChecklistUnit(uc.id, uc.code, uc.title, elements))
    dates = [sa.answered_on for sa in answers.values() if sa.answered_on]
    return Checklist(
        e.id, c.registration_number, c.display_name, c.name_local, q.code, q.title, units, max(dates) if dates else None
    )


def _remarks(session: Session, enrolment_id: int) -> dict[int, str]:
    return {
        r.element_id: r.remark
        for r in session.execute(
            select(SelfAssessmentRemark).where(SelfAssessmentRemark.enrolment_id == enrolment_id)
        ).scalars()
    }


def save_self_assessment(
    session: Session,
    actor: Actor,
    enrolment_id: int,
    answers: dict[int, SelfAssessmentAnswer | None],
    answered_on: dt.date | None = None,
    remarks: dict[int, str] | None = None,
) -> int:
    """Store the candidate's answers (criterion id → answer; None clears) and remarks (element id → text; empty
    clears); returns how many changed."""
    actor.require(Role.ASSESSOR, Role.ADMINISTRATOR, action="record self-assessments")
    e = _enrolment(session, enrolment_id)
    checklist = self_assessment_checklist(session, enrolment_id)
    valid = {cr.id for u in checklist.units for el in u.elements for cr in el.criteria}
    stray = sorted(set(answers) - valid)
    if stray:
        raise ValidationError(
            "Some answers are for criteria outside this enrolment.", [f"criterion {i}" for i in stray]
        )
    elements = {el.id for u in checklist.units for el in u.elements}
    stray = sorted(set(remarks or {}) - elements)
    if stray:
        raise ValidationError(
            msg("Some remarks are for elements outside this enrolment."),
            [msg("element {id}", id=i) for i in stray],
        )
    existing = {
        sa.criterion_id: sa
        for sa in session.execute(select(SelfAssessment).where(SelfAssessment.enrolment_id == e.id)).scalars()
    }
    before: dict[str, object] = {str(k): v.answer.value for k, v in existing.items()}
    old_remarks = _remarks(session, e.id)
    if old_remarks:
        before["remarks"] = {str(k): v for k, v in old_remarks.items()}
    changed = 0
    day = answered_on or dt.date.today()
    for cid, answer in answers.items():
        current = existing.get(cid)
        if answer is None:
            if current is not None:
                session.delete(current)
                changed += 1
        elif current is None:
            session.add(SelfAssessment(enrolment_id=e.id, criterion_id=cid, answer=answer, answered_on=day))
            changed += 1
        elif current.answer != answer:
            current.answer = answer
            current.answered_on = day
            changed += 1
    for element_id, typed in (remarks or {}).items():
        text = typed.strip()
        row = session.get(SelfAssessmentRemark, (e.id, element_id))
        if not text:
            if row is not None:
                session.delete(row)
                changed += 1
        elif row is None:
            session.add(SelfAssessmentRemark(enrolment_id=e.id, element_id=element_id, remark=text))
            changed += 1
        elif row.remark != text:
            row.remark = text
            changed += 1
    if not changed:
        return 0
    session.flush()
    after: dict[str, object] = {
        str(sa.criterion_id): sa.answer.value
        for sa in session.execute(select(SelfAssessment).where(SelfAssessment.enrolment_id == e.id)).scalars()
    }
    new_remarks = _remarks(session, e.id)
    if new_remarks:
        after["remarks"] = {str(k): v for k, v in new_remarks.items()}
    audit.record(session, actor, AuditAction.UPDATE, "self_assessment", e.id, before, after)
    if after:
        rpl_journey.on_event(session, actor, [e.id], RplEvent.SELF_ASSESSMENT_SAVED, on=day)
    return changed


def criterion_numbers(session: Session, criterion_ids: list[int]) -> dict[int, str]:
    """Unit code and number ("ELI-C01 1.2") of criteria, for lists of evidence."""
    rows = session.execute(
        select(PerformanceCriterion.id, Unit.code, Element.position, PerformanceCriterion.position)
        .join(Element, PerformanceCriterion.element_id == Element.id)
        .join(Unit, Element.unit_id == Unit.id)
        .where(PerformanceCriterion.id.in_(criterion_ids))
    ).all()
    return {cid: f"{code} {ep}.{cp}" for cid, code, ep, cp in rows}


def answers_by_criterion(
    session: Session, enrolment_ids: Sequence[int], criterion_ids: Sequence[int]
) -> dict[tuple[int, int], SelfAssessmentAnswer]:
    """(enrolment id, criterion id) → the candidate's self-assessment answer."""
    if not enrolment_ids or not criterion_ids:
        return {}
    rows = session.execute(
        select(SelfAssessment.enrolment_id, SelfAssessment.criterion_id, SelfAssessment.answer).where(
            SelfAssessment.enrolment_id.in_(list(enrolment_ids)),
            SelfAssessment.criterion_id.in_(list(criterion_ids)),
        )
    ).all()
    return {(e, c): a for e, c, a in rows}
