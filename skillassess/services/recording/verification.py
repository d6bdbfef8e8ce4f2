"""Verification (the verifier): endorsing a submitted assessment, which locks it, or returning it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from skillassess.core.enums import AssessmentStatus, Role, RplEvent
from skillassess.core.errors import DomainError, LockedError, PermissionDenied, ValidationError
from skillassess.core.models import Assessment, utcnow
from skillassess.services import rpl_journey
from skillassess.services.context import Actor
from skillassess.services.recording.judging import outcome_problems_of, refuse_outcome, write_fields
from skillassess.services.recording.reading import get_assessment


def _for_verifying(session: Session, actor: Actor, assessment_id: int, action: str) -> Assessment:
    actor.require(Role.VERIFIER, action=action)
    a = get_assessment(session, assessment_id, for_change=True)
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
    refuse_outcome(a, a.outcome, outcome_problems_of(session, a, a.outcome, a.credit_transfer_source))
    write_fields(
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
    code = rpl_journey.unit_code(session, a.unit_id)
    attempt = f" #{a.attempt}" if a.attempt > 1 else ""
    rpl_journey.on_event(
        session, actor, [a.enrolment_id], RplEvent.RESULT_VERIFIED, f"{code}{attempt}: {a.outcome.code}"
    )


def return_assessment(session: Session, actor: Actor, assessment_id: int, reason: str) -> None:
    """Send a submitted assessment back to its assessor, saying what to fix."""
    a = _for_verifying(session, actor, assessment_id, "return assessments")
    if not reason.strip():
        raise ValidationError(f"Say why assessment {a.id} is returned, so that the assessor knows what to fix.")
    write_fields(
        session,
        actor,
        a,
        {"status": AssessmentStatus.RETURNED, "verifier_id": actor.user_id, "returned_reason": reason.strip()},
    )
