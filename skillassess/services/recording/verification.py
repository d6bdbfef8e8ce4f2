"""Verification (the verifier): endorsing a submitted assessment, which locks it, or returning it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from skillassess.core.enums import AssessmentStatus, Role, RplEvent
from skillassess.core.errors import DomainError, LockedError, PermissionDenied, ValidationError
from skillassess.core.messages import msg
from skillassess.core.models import Assessment, utcnow
from skillassess.services import rpl_journey
from skillassess.services.context import Actor
from skillassess.services.recording.judging import names_of, outcome_problems_of, refuse_outcome, write_fields
from skillassess.services.recording.reading import get_assessment


def _for_verifying(session: Session, actor: Actor, assessment_id: int, action: str) -> Assessment:
    actor.require(Role.VERIFIER, action=action)
    a = get_assessment(session, assessment_id, for_change=True)
    if a.assessor_id == actor.user_id:
        raise PermissionDenied(
            msg(
                "You assessed {candidate} in {unit}, so you cannot verify or return this result; "
                "another verifier must do it.",
                **names_of(session, a.id),
            )
        )
    if a.status != AssessmentStatus.SUBMITTED:
        if a.status == AssessmentStatus.VERIFIED:
            raise LockedError(
                msg("The result of {candidate} in {unit} is already verified and locked.", **names_of(session, a.id))
            )
        raise DomainError(
            msg(
                "The result of {candidate} in {unit} is not submitted; its assessor must submit it first.",
                **names_of(session, a.id),
            )
        )
    return a


def verify(session: Session, actor: Actor, assessment_id: int) -> None:
    """Endorse a submitted assessment; from now on it is locked."""
    a = _for_verifying(session, actor, assessment_id, "verify assessments")
    assert a.outcome is not None
    refuse_outcome(session, a, a.outcome, outcome_problems_of(session, a, a.outcome, a.credit_transfer_source))
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
        raise ValidationError(
            msg(
                "Say why the result of {candidate} in {unit} is returned, so that the assessor knows what to fix.",
                **names_of(session, a.id),
            )
        )
    write_fields(
        session,
        actor,
        a,
        {"status": AssessmentStatus.RETURNED, "verifier_id": actor.user_id, "returned_reason": reason.strip()},
    )
