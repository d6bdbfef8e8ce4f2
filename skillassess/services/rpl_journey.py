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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

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
    Role,
    RplEvent,
    RplStage,
)
from skillassess.core.errors import DomainError, NotFoundError, ValidationError
from skillassess.core.messages import msg
from skillassess.core.models import (
    Assessment,
    Candidate,
    Certificate,
    Enrolment,
    GapReferral,
    GapReferralUnit,
    Qualification,
    RplStep,
    Unit,
    as_dict,
)
from skillassess.core.records import CoverLetter
from skillassess.core.safe_write import atomic_write
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


# --- Partial recognition: referral to gap training ------------------------------------------------------


@dataclass(frozen=True)
class GapUnit:
    id: int
    code: str
    title: str


def gap_units(session: Session, enrolment_id: int) -> tuple[list[GapUnit], int]:
    """The enrolment's units not achieved (the gap), and how many are achieved."""
    from skillassess.services.progress import enrolment_progress

    progress = enrolment_progress(session, enrolment_id)
    gap = [GapUnit(u.unit_id, u.code, u.title) for u in progress.units if not u.achieved]
    return gap, len(progress.achieved_units)


def refer_to_gap_training(
    session: Session,
    actor: Actor,
    enrolment_id: int,
    unit_ids: Sequence[int] | None = None,
    *,
    on: dt.date | None = None,
    notes: str = "",
    today: dt.date | None = None,
) -> int:
    """Record that a candidate whose recognition is partial is referred to training for the units not achieved
    (all of them unless ``unit_ids`` names some). Returns the referral's id."""
    actor.require(Role.ASSESSOR, Role.ADMINISTRATOR, action="refer candidates to gap training")
    e = session.get(Enrolment, enrolment_id)
    if e is None:
        raise NotFoundError(msg("Enrolment {id} does not exist.", id=enrolment_id))
    code = session.execute(select(Qualification.code).where(Qualification.id == e.qualification_id)).scalar_one()
    if e.pathway != Pathway.RPL:
        raise DomainError(
            msg(
                "The enrolment in {qualification} is not on the RPL pathway: there is no gap to refer.",
                qualification=code,
            )
        )
    gap, achieved = gap_units(session, e.id)
    if not achieved:
        raise DomainError(
            msg(
                "No unit of {qualification} is recognised yet: a referral to gap training follows a partial recognition.",
                qualification=code,
            )
        )
    if not gap:
        raise DomainError(
            msg("Every unit of {qualification} is achieved: there is no gap to train for.", qualification=code)
        )
    in_gap = {u.id: u for u in gap}
    chosen = list(dict.fromkeys(unit_ids)) if unit_ids else list(in_gap)
    outside = [i for i in chosen if i not in in_gap]
    day = on or dt.date.today()
    problems = []
    if outside:
        codes = ", ".join(unit_code(session, i) for i in outside)
        problems.append(msg("Units: {units} are achieved or not part of the enrolment.", units=codes))
    if day > (today or dt.date.today()):
        problems.append(msg("Date: {date} is in the future.", date=day.isoformat()))
    if day < e.enrolled_on:
        problems.append(
            msg(
                "Date: {date} is before the enrolment ({enrolled}).",
                date=day.isoformat(),
                enrolled=e.enrolled_on.isoformat(),
            )
        )
    if problems:
        raise ValidationError(msg("The referral was not recorded."), problems)
    referral = GapReferral(enrolment_id=e.id, referred_on=day, notes=notes.strip(), recorded_by_id=actor.user_id)
    referral.units = [GapReferralUnit(unit_id=i) for i in chosen]
    session.add(referral)
    session.flush()
    after = as_dict(referral) | {"unit_ids": chosen}
    audit.record(session, actor, AuditAction.CREATE, "gap_referral", referral.id, None, after)
    return referral.id


# --- The candidate's timeline -------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    """One dated line of a candidate's timeline. ``kind``: "step", "assessment", "certificate" or "referral"."""

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
    # referral to gap training: unit codes named
    units: tuple[str, ...] = ()
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
    for r, qcode in session.execute(
        select(GapReferral, Qualification.code)
        .join(Enrolment, GapReferral.enrolment_id == Enrolment.id)
        .join(Qualification, Enrolment.qualification_id == Qualification.id)
        .where(Enrolment.candidate_id == candidate_id)
    ).all():
        codes = tuple(sorted(unit_code(session, u.unit_id) for u in r.units))
        entries.append(
            (r.referred_on, 3, r.id, TimelineEntry(r.referred_on, "referral", qcode, notes=r.notes, units=codes))
        )
    entries.sort(key=lambda t: (t[0], t[1], t[2]))
    return [t[3] for t in entries]


# --- The cover letter of a statement of attainment --------------------------------------------------------


def cover_letter(session: Session, enrolment_id: int) -> CoverLetter:
    """The letter for the enrolment's latest statement of attainment (not revoked), with the last referral."""
    from skillassess.core.models import CertificateUnit
    from skillassess.services.centre import centre_name

    e = session.get(Enrolment, enrolment_id)
    if e is None:
        raise NotFoundError(msg("Enrolment {id} does not exist.", id=enrolment_id))
    q = session.get_one(Qualification, e.qualification_id)
    cert = session.execute(
        select(Certificate)
        .where(
            Certificate.candidate_id == e.candidate_id,
            Certificate.qualification_id == e.qualification_id,
            Certificate.kind == CertificateKind.STATEMENT,
            Certificate.status == CertificateStatus.ISSUED,
        )
        .order_by(Certificate.issued_on.desc(), Certificate.id.desc())
        .limit(1)
    ).scalar()
    if cert is None:
        raise DomainError(
            msg("No statement of attainment in {qualification} is issued to this candidate yet.", qualification=q.code)
        )
    achieved = [
        (code, title)
        for code, title in session.execute(
            select(Unit.code, Unit.title)
            .join(CertificateUnit, CertificateUnit.unit_id == Unit.id)
            .where(CertificateUnit.certificate_id == cert.id)
            .order_by(CertificateUnit.position)
        ).all()
    ]
    referral = session.execute(
        select(GapReferral)
        .where(GapReferral.enrolment_id == e.id)
        .order_by(GapReferral.referred_on.desc(), GapReferral.id.desc())
        .limit(1)
    ).scalar()
    referred: list[tuple[str, str]] = []
    if referral is not None:
        ids = [u.unit_id for u in referral.units]
        referred = [
            (code, title)
            for code, title in session.execute(
                select(Unit.code, Unit.title).where(Unit.id.in_(ids)).order_by(Unit.code)
            ).all()
        ]
    c = session.get_one(Candidate, e.candidate_id)
    return CoverLetter(
        centre_name(session),
        c.display_name,
        c.name_local,
        c.registration_number,
        q.code,
        q.title,
        cert.serial,
        cert.issued_on,
        achieved,
        referred,
        referral.referred_on if referral else None,
        referral.notes if referral else "",
    )


def export_cover_letter(session: Session, actor: Actor, enrolment_id: int, path: Path) -> CoverLetter:
    """Write the cover letter PDF (whole or not at all), recorded in the audit log as an export."""
    from skillassess.formats.cover_letter_pdf import cover_letter_pdf
    from skillassess.services.exports import record_export

    actor.require(Role.ASSESSOR, Role.ADMINISTRATOR, Role.REGISTRAR, action="print cover letters")
    letter = cover_letter(session, enrolment_id)
    data = cover_letter_pdf(letter)
    facts = [("Candidate", letter.registration_number), ("Statement", letter.serial)]
    with atomic_write(
        path, before_publish=lambda: record_export(session, actor, "cover_letter", facts, None, path)
    ) as out:
        out.write(data)
    return letter
