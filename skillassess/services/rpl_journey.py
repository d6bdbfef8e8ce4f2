"""The RPL journey follows the work: an enrolment's stage moves on by itself when its event happens.

Each event (self-assessment saved, first evidence judged, assessment planned, result verified,
certificate issued, appeal lodged) records a dated RPL step marked with the event, in the same
transaction as the change that caused it, and audited like a step typed by hand. The stage only
moves forward (the furthest stage recorded, as for typed steps), and only RPL enrolments that are
active follow. A step already recorded for the same event and details is not recorded twice
(saving the self-assessment again adds nothing). Counselling, eligibility and other decisions stay
manual steps (``enrolment.record_step``).

``candidate_timeline`` gives the candidate's one timeline: steps, assessments with outcomes and
certificates, by date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from skillassess.core.enums import (
    AssessmentStatus,
    AuditAction,
    CertificateKind,
    CertificateStatus,
    EligibilityDecision,
    EnrolmentStatus,
    Outcome,
    Pathway,
    RplEvent,
    RplStage,
)
from skillassess.core.models import (
    Assessment,
    Certificate,
    Enrolment,
    Qualification,
    RplStep,
    Unit,
    as_dict,
)
from skillassess.services import audit
from skillassess.services.context import Actor

STAGE_ORDER = list(RplStage)
# The stage each event moves an enrolment to (never back).
EVENT_STAGE = {
    RplEvent.SELF_ASSESSMENT_SAVED: RplStage.SELF_ASSESSMENT,
    RplEvent.EVIDENCE_JUDGED: RplStage.PORTFOLIO,
    RplEvent.ASSESSMENT_PLANNED: RplStage.ASSESSMENT,
    RplEvent.RESULT_VERIFIED: RplStage.ASSESSMENT,
    RplEvent.CERTIFICATE_ISSUED: RplStage.CERTIFICATION,
    RplEvent.APPEAL_LODGED: RplStage.APPEAL,
}


def on_event(
    session: Session,
    actor: Actor,
    enrolment_ids: Iterable[int | None],
    event: RplEvent,
    details: str = "",
    on: dt.date | None = None,
) -> list[int]:
    """Record ``event`` on each active RPL enrolment named; returns the ids of the steps recorded."""
    day = on or dt.date.today()
    stage = EVENT_STAGE[event]
    recorded = []
    for eid in dict.fromkeys(e for e in enrolment_ids if e is not None):
        e = session.get(Enrolment, eid)
        if e is None or e.pathway != Pathway.RPL or e.status != EnrolmentStatus.ACTIVE:
            continue
        done = session.execute(
            select(RplStep.id).where(RplStep.enrolment_id == e.id, RplStep.event == event, RplStep.notes == details)
        ).first()
        if done is not None:
            continue
        before = as_dict(e)
        step = RplStep(
            enrolment_id=e.id,
            stage=stage,
            on_date=max(day, e.enrolled_on),
            notes=details,
            event=event,
            recorded_by_id=actor.user_id,
        )
        session.add(step)
        if STAGE_ORDER.index(stage) > STAGE_ORDER.index(e.stage):
            e.stage = stage
        session.flush()
        after = as_dict(e)
        after["step"] = as_dict(step)
        audit.record(session, actor, AuditAction.CREATE, "rpl_step", step.id, before, after)
        recorded.append(step.id)
    return recorded


def candidate_enrolments(session: Session, candidate_id: int, qualification_id: int | None = None) -> list[int]:
    """The candidate's active RPL enrolments (in one qualification when given)."""
    stmt = select(Enrolment.id).where(
        Enrolment.candidate_id == candidate_id,
        Enrolment.pathway == Pathway.RPL,
        Enrolment.status == EnrolmentStatus.ACTIVE,
    )
    if qualification_id is not None:
        stmt = stmt.where(Enrolment.qualification_id == qualification_id)
    return list(session.execute(stmt.order_by(Enrolment.id)).scalars())


def unit_code(session: Session, unit_id: int) -> str:
    return session.execute(select(Unit.code).where(Unit.id == unit_id)).scalar_one()


# --- The candidate's timeline -------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    """One dated line of a candidate's timeline. ``kind``: "step", "assessment" or "certificate"."""

    on: dt.date
    kind: str
    qualification_code: str
    # step
    stage: RplStage | None = None
    event: RplEvent | None = None
    decision: EligibilityDecision | None = None
    notes: str = ""
    # assessment
    unit_code: str = ""
    attempt: int = 0
    status: AssessmentStatus | None = None
    outcome: Outcome | None = None
    # certificate
    serial: str = ""
    certificate_kind: CertificateKind | None = None
    certificate_status: CertificateStatus | None = None


def candidate_timeline(session: Session, candidate_id: int) -> list[TimelineEntry]:
    """Steps of every enrolment, assessments with their outcomes and certificates, oldest first."""
    entries: list[tuple[dt.date, int, int, TimelineEntry]] = []
    for step, code in session.execute(
        select(RplStep, Qualification.code)
        .join(Enrolment, RplStep.enrolment_id == Enrolment.id)
        .join(Qualification, Enrolment.qualification_id == Qualification.id)
        .where(Enrolment.candidate_id == candidate_id)
    ).all():
        entries.append(
            (
                step.on_date,
                0,
                step.id,
                TimelineEntry(step.on_date, "step", code, step.stage, step.event, step.decision, step.notes),
            )
        )
    for a, ucode in session.execute(
        select(Assessment, Unit.code)
        .join(Unit, Assessment.unit_id == Unit.id)
        .where(Assessment.candidate_id == candidate_id)
    ).all():
        q = ""
        if a.enrolment_id is not None:
            q = session.execute(
                select(Qualification.code)
                .join(Enrolment, Enrolment.qualification_id == Qualification.id)
                .where(Enrolment.id == a.enrolment_id)
            ).scalar_one()
        entries.append(
            (
                a.assessed_on,
                1,
                a.id,
                TimelineEntry(
                    a.assessed_on,
                    "assessment",
                    q,
                    unit_code=ucode,
                    attempt=a.attempt,
                    status=a.status,
                    outcome=a.outcome,
                ),
            )
        )
    for c, qcode in session.execute(
        select(Certificate, Qualification.code)
        .join(Qualification, Certificate.qualification_id == Qualification.id)
        .where(Certificate.candidate_id == candidate_id)
    ).all():
        entries.append(
            (
                c.issued_on,
                2,
                c.id,
                TimelineEntry(
                    c.issued_on,
                    "certificate",
                    qcode,
                    serial=c.serial,
                    certificate_kind=c.kind,
                    certificate_status=c.status,
                ),
            )
        )
    entries.sort(key=lambda t: (t[0], t[1], t[2]))
    return [t[3] for t in entries]
