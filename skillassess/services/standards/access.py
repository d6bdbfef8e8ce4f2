"""Who may edit the standards, and why a version cannot change in place (the lock reasons).

A qualification or unit version that is superseded, or that anything refers to (enrolments,
certificates, assessments, self-assessment answers, evidence links), keeps its words: the change
goes into a new version instead. The reasons are translatable Messages: the editor shows them
above the form, and LockedError carries them.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skillassess.core.enums import Role, StandardStatus
from skillassess.core.errors import LockedError, NotFoundError
from skillassess.core.messages import Message, msg
from skillassess.core.models import (
    Assessment,
    Certificate,
    CertificateUnit,
    Element,
    Enrolment,
    EvidenceCriterion,
    PerformanceCriterion,
    Qualification,
    SelfAssessment,
    Unit,
)
from skillassess.db.concurrency import lock_writes
from skillassess.services.context import Actor

_M = TypeVar("_M")

_EDIT = "edit competency standards"


def can_edit(actor: Actor | None) -> bool:
    return actor is not None and actor.has(Role.ADMINISTRATOR)


def require_editor(actor: Actor, session: Session) -> None:
    """Administrators only; and one editor at a time (the write lock, taken before anything is read)."""
    actor.require(Role.ADMINISTRATOR, action=_EDIT)
    # Every edit of the standards reads something it then writes (the next position or version, a free
    # code, whether a version is locked): one editor at a time. Edits are rare; nobody waits long.
    lock_writes(session)


def fetch(session: Session, model: type[_M], id_: int, what: str) -> _M:
    """The row ``id_`` of ``model``, or NotFoundError naming ``what``."""
    obj = session.get(model, id_)
    if obj is None:
        raise NotFoundError(f"No {what} has the id {id_}.")
    return obj


def _count(session: Session, stmt: Any) -> int:
    return session.scalar(stmt) or 0


def qualification_lock_reason(session: Session, q: Qualification) -> Message | None:
    """Why a qualification version cannot change in place, or None when it can."""
    if q.status == StandardStatus.SUPERSEDED:
        return msg(
            "Qualification {code} version {version} is superseded and is kept as it was; change the current "
            "version or make a new version.",
            code=q.code,
            version=q.version,
        )
    enrolments = _count(session, select(func.count()).select_from(Enrolment).where(Enrolment.qualification_id == q.id))
    certificates = _count(
        session, select(func.count()).select_from(Certificate).where(Certificate.qualification_id == q.id)
    )
    if enrolments or certificates:
        return msg(
            "Qualification {code} version {version} is in use ({enrolments} enrolment(s), {certificates} "
            'certificate(s)), so it cannot be edited in place; make a new version with "New version", edit '
            "that and publish it.",
            code=q.code,
            version=q.version,
            enrolments=enrolments,
            certificates=certificates,
        )
    return None


# What may refer to a unit version, each with its sentence (one per kind, so that each translates whole).
_UNIT_USES = (
    (
        "assessments",
        (
            "Unit {code} version {version} is used by {count} assessment(s), so it cannot be edited in "
            'place; make a new version with "New version", edit that and publish it.'
        ),
    ),
    (
        "certificates",
        (
            "Unit {code} version {version} is used by {count} certificate(s), so it cannot be edited in "
            'place; make a new version with "New version", edit that and publish it.'
        ),
    ),
    (
        "answers",
        (
            "Unit {code} version {version} is used by {count} self-assessment answer(s), so it cannot be edited "
            'in place; make a new version with "New version", edit that and publish it.'
        ),
    ),
    (
        "evidence",
        (
            "Unit {code} version {version} is used by {count} evidence link(s), so it cannot be edited in "
            'place; make a new version with "New version", edit that and publish it.'
        ),
    ),
)


def unit_lock_reason(session: Session, u: Unit) -> Message | None:
    """Why a unit version cannot change in place, or None when it can."""
    if u.status == StandardStatus.SUPERSEDED:
        return msg(
            "Unit {code} version {version} is superseded and is kept as it was; change the current version "
            "or make a new version.",
            code=u.code,
            version=u.version,
        )
    criteria = select(PerformanceCriterion.id).join(Element).where(Element.unit_id == u.id)
    counts = {
        "assessments": select(func.count()).select_from(Assessment).where(Assessment.unit_id == u.id),
        "certificates": select(func.count()).select_from(CertificateUnit).where(CertificateUnit.unit_id == u.id),
        "answers": select(func.count()).select_from(SelfAssessment).where(SelfAssessment.criterion_id.in_(criteria)),
        "evidence": select(func.count())
        .select_from(EvidenceCriterion)
        .where(EvidenceCriterion.criterion_id.in_(criteria)),
    }
    for use, sentence in _UNIT_USES:
        n = _count(session, counts[use])
        if n:
            return msg(sentence, code=u.code, version=u.version, count=n)
    return None


def check_qualification(session: Session, q: Qualification) -> None:
    """LockedError with the reason when ``q`` cannot change in place."""
    reason = qualification_lock_reason(session, q)
    if reason:
        raise LockedError(reason)


def check_unit(session: Session, u: Unit) -> None:
    """LockedError with the reason when ``u`` cannot change in place."""
    reason = unit_lock_reason(session, u)
    if reason:
        raise LockedError(reason)
