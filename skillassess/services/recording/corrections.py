"""Corrections after verification: amendments (with a reason, before and after kept), new attempts, appeals."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from skillassess.core.enums import (
    AppealDecision,
    AssessmentMethod,
    AssessmentStatus,
    AuditAction,
    Judgement,
    Outcome,
    Role,
    RplEvent,
)
from skillassess.core.errors import DomainError, LockedError, NotFoundError, PermissionDenied, ValidationError
from skillassess.core.models import (
    Amendment,
    Appeal,
    Assessment,
    AssessmentMethodUsed,
    AssessmentSession,
    CriterionJudgement,
    Unit,
    User,
    as_dict,
    utcnow,
)
from skillassess.db.concurrency import lock_writes
from skillassess.services import audit, rpl_journey
from skillassess.services.context import Actor
from skillassess.services.recording.judging import outcome_problems_of, plain, refuse_outcome
from skillassess.services.recording.reading import (
    OPEN_STATUSES,
    attempt_history,
    criterion_ids_by_number,
    get_assessment,
    judgements_of,
    methods_of,
)
from skillassess.services.recording.sessions import require_assessor

# Fields that an amendment may change on a verified result.
AMENDABLE_FIELDS = frozenset(
    {"outcome", "credit_transfer_source", "assessed_on", "venue", "comments", "feedback", "methods", "judgements"}
)


def amend(session: Session, actor: Actor, assessment_id: int, changes: Mapping[str, Any], reason: str) -> int:
    """Correct a verified result; the values before and after are kept with the reason. Returns the amendment id.

    ``changes`` may hold outcome, credit_transfer_source, assessed_on, venue, comments, feedback,
    methods (a list) and judgements (criterion number such as "1.2" -> result or None).
    """
    actor.require(Role.VERIFIER, Role.ADMINISTRATOR, action="amend verified results")
    a = get_assessment(session, assessment_id, for_change=True)
    if a.status != AssessmentStatus.VERIFIED:
        raise DomainError(
            f"Assessment {a.id} is {a.status.value}, not verified: change it directly instead of amending it."
        )
    if a.assessor_id == actor.user_id:
        raise PermissionDenied(f"{actor.username} assessed assessment {a.id} and so cannot amend its verified result.")
    if not reason.strip():
        raise ValidationError(f"An amendment to assessment {a.id} needs a reason.")
    unknown = set(changes) - AMENDABLE_FIELDS
    if unknown:
        raise ValidationError(
            f"These cannot be amended: {', '.join(sorted(unknown))}. Amendable: {', '.join(sorted(AMENDABLE_FIELDS))}."
        )
    if not changes:
        raise ValidationError(f"The amendment to assessment {a.id} changes nothing.")
    results = judgements_of(session, a.id)
    methods = methods_of(session, a.id)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    new_results = dict(results)
    new_methods = list(methods)
    if "judgements" in changes:
        by_number = criterion_ids_by_number(session, a.unit_id)
        number_of = {v: k for k, v in by_number.items()}
        jb: dict[str, Any] = {}
        ja: dict[str, Any] = {}
        for number, value in dict(changes["judgements"]).items():
            cid = by_number.get(str(number))
            if cid is None:
                raise ValidationError(f"Unit of assessment {a.id} has no criterion {number}.")
            new = Judgement(value) if value else None
            jb[number_of[cid]] = results[cid].value if cid in results else None
            ja[number_of[cid]] = new.value if new else None
            if new is None:
                new_results.pop(cid, None)
            else:
                new_results[cid] = new
        before["judgements"], after["judgements"] = jb, ja
    if "methods" in changes:
        new_methods = [m for m in AssessmentMethod if m in {AssessmentMethod(x) for x in changes["methods"]}]
        before["methods"], after["methods"] = [m.value for m in methods], [m.value for m in new_methods]
    scalar: dict[str, Any] = {}
    for key in ("outcome", "credit_transfer_source", "assessed_on", "venue", "comments", "feedback"):
        if key in changes:
            value = changes[key]
            if key == "outcome":
                value = Outcome(value)
            elif key == "assessed_on" and isinstance(value, str):
                value = dt.date.fromisoformat(value)
            scalar[key] = value
            before[key], after[key] = plain(getattr(a, key)), plain(value)
    outcome = scalar.get("outcome", a.outcome)
    source = scalar.get("credit_transfer_source", a.credit_transfer_source)
    assert outcome is not None
    refuse_outcome(session, a, outcome, outcome_problems_of(session, a, outcome, source, new_results, new_methods))
    # Write the new values.
    for cid in set(results) | set(new_results):
        if results.get(cid) == new_results.get(cid):
            continue
        match = (CriterionJudgement.assessment_id == a.id) & (CriterionJudgement.criterion_id == cid)
        if cid not in new_results:
            session.execute(delete(CriterionJudgement).where(match))
        elif cid not in results:
            session.execute(
                insert(CriterionJudgement).values(
                    assessment_id=a.id, criterion_id=cid, result=new_results[cid], note=""
                )
            )
        else:
            session.execute(update(CriterionJudgement).where(match).values(result=new_results[cid], judged_at=utcnow()))
    if new_methods != methods:
        session.execute(delete(AssessmentMethodUsed).where(AssessmentMethodUsed.assessment_id == a.id))
        for m in new_methods:
            session.execute(insert(AssessmentMethodUsed).values(assessment_id=a.id, method=m))
        session.expire(a, ["methods"])
    for k, v in scalar.items():
        setattr(a, k, v)
    amendment = Amendment(
        assessment_id=a.id,
        reason=reason.strip(),
        before_json=json.dumps(before, ensure_ascii=False, sort_keys=True),
        after_json=json.dumps(after, ensure_ascii=False, sort_keys=True),
        amended_by_id=actor.user_id,
    )
    session.add(amendment)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        "amendment",
        amendment.id,
        None,
        {"assessment_id": a.id, "reason": amendment.reason, "before": before, "after": after},
    )
    return amendment.id


def _open_attempt(
    session: Session, a: Assessment, assessor_id: int, assessed_on: dt.date | None, session_id: int | None
) -> Assessment:
    unit_code = session.execute(select(Unit.code).where(Unit.id == a.unit_id)).scalar_one()
    history = attempt_history(session, a.candidate_id, unit_code)
    if history and history[-1].status in OPEN_STATUSES:
        raise DomainError(
            f"Attempt {history[-1].attempt} at {unit_code} is still {history[-1].status.value}; "
            "finish it before opening another attempt."
        )
    last = history[-1] if history else None
    if last and last.outcome is not None and last.outcome.achieved:
        raise DomainError(
            f"{unit_code} is already achieved (attempt {last.attempt}); no further attempt is needed. "
            "To correct that result, amend it."
        )
    venue = a.venue
    if session_id is not None:
        sess = session.get(AssessmentSession, session_id)
        if sess is None:
            raise NotFoundError(f"There is no assessment session number {session_id}.")
        venue = sess.venue
        assessed_on = assessed_on or sess.session_date
    new = Assessment(
        candidate_id=a.candidate_id,
        enrolment_id=a.enrolment_id,
        unit_id=a.unit_id,
        session_id=session_id,
        attempt=(history[-1].attempt if history else a.attempt) + 1,
        assessed_on=assessed_on or dt.date.today(),
        venue=venue,
        assessor_id=assessor_id,
        status=AssessmentStatus.DRAFT,
    )
    session.add(new)
    session.flush()
    return new


def new_attempt(
    session: Session,
    actor: Actor,
    assessment_id: int,
    *,
    assessed_on: dt.date | None = None,
    session_id: int | None = None,
    assessor_id: int | None = None,
) -> int:
    """Open the next attempt (reassessment) after a verified Not Yet Competent or Withdrawn result."""
    actor.require(Role.ASSESSOR, Role.ADMINISTRATOR, action="open reassessments")
    lock_writes(session)  # the next attempt number is read, then written
    a = get_assessment(session, assessment_id, for_change=True)
    if a.status != AssessmentStatus.VERIFIED or a.outcome not in (Outcome.NOT_YET_COMPETENT, Outcome.WITHDRAWN):
        raise DomainError(
            f"A new attempt follows a verified Not Yet Competent or Withdrawn result; assessment {a.id} is "
            f"{a.status.value}{' with outcome ' + a.outcome.value if a.outcome else ''}. "
            "To correct a verified result, amend it."
        )
    if assessor_id is None:
        if actor.user_id is None or not actor.has(Role.ASSESSOR):
            raise ValidationError("Name the assessor of the new attempt.")
        assessor_id = actor.user_id
    require_assessor(session, assessor_id)
    new = _open_attempt(session, a, assessor_id, assessed_on, session_id)
    audit.record(
        session, actor, AuditAction.CREATE, "assessment", new.id, None, as_dict(new) | {"after_assessment_id": a.id}
    )
    return new.id


def lodge_appeal(
    session: Session, actor: Actor, assessment_id: int, *, lodged_on: dt.date, grounds: str, reviewer_id: int
) -> int:
    """Record a candidate's appeal against a decision, naming an independent reviewer. Returns the appeal id."""
    actor.require(Role.ASSESSOR, Role.VERIFIER, Role.ADMINISTRATOR, Role.REGISTRAR, action="record appeals")
    a = get_assessment(session, assessment_id)
    if a.status not in (AssessmentStatus.SUBMITTED, AssessmentStatus.VERIFIED) or a.outcome is None:
        raise DomainError(f"Assessment {a.id} has no decision to appeal against yet (it is {a.status.value}).")
    if not grounds.strip():
        raise ValidationError("Write down the grounds of the appeal.")
    reviewer = session.get(User, reviewer_id)
    if reviewer is None or not reviewer.active:
        raise NotFoundError(f"There is no active user number {reviewer_id} to review the appeal.")
    if reviewer.id == a.assessor_id:
        raise ValidationError(
            f"{reviewer.username} assessed assessment {a.id} and cannot review the appeal; "
            "choose an independent reviewer."
        )
    if not reviewer.role_set & {Role.VERIFIER, Role.ADMINISTRATOR}:
        raise ValidationError(
            f"{reviewer.username} cannot review appeals: it needs the verifier or administrator role."
        )
    appeal = Appeal(assessment_id=a.id, lodged_on=lodged_on, grounds=grounds.strip(), reviewer_id=reviewer.id)
    session.add(appeal)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, "appeal", appeal.id, None, as_dict(appeal))
    code = rpl_journey.unit_code(session, a.unit_id)
    rpl_journey.on_event(session, actor, [a.enrolment_id], RplEvent.APPEAL_LODGED, code, on=lodged_on)
    return appeal.id


def decide_appeal(
    session: Session,
    actor: Actor,
    appeal_id: int,
    decision: AppealDecision,
    *,
    notes: str = "",
    decided_on: dt.date | None = None,
    open_new_attempt: bool = False,
    new_assessor_id: int | None = None,
) -> int | None:
    """The reviewer's decision on an appeal; an upheld appeal may open a new attempt (its id is returned)."""
    actor.require(Role.VERIFIER, Role.ADMINISTRATOR, action="decide appeals")
    appeal = session.get(Appeal, appeal_id)
    if appeal is None:
        raise NotFoundError(f"There is no appeal number {appeal_id}.")
    if appeal.decision != AppealDecision.PENDING:
        raise LockedError(f"Appeal {appeal.id} was already decided ({appeal.decision.value}).")
    a = session.get_one(Assessment, appeal.assessment_id)
    if actor.user_id == a.assessor_id:
        raise PermissionDenied(f"{actor.username} assessed assessment {a.id} and cannot decide the appeal against it.")
    if appeal.reviewer_id is not None and appeal.reviewer_id != actor.user_id:
        raise PermissionDenied(f"Appeal {appeal.id} is for its named reviewer to decide, not {actor.username}.")
    if decision == AppealDecision.PENDING:
        raise ValidationError("Decide the appeal: upheld or dismissed.")
    if open_new_attempt and decision != AppealDecision.UPHELD:
        raise ValidationError("Only an upheld appeal opens a new attempt.")
    before = as_dict(appeal)
    new_id: int | None = None
    if open_new_attempt:
        assessor_id = new_assessor_id if new_assessor_id is not None else a.assessor_id
        require_assessor(session, assessor_id)
        new_id = _open_attempt(session, a, assessor_id, None, None).id
    appeal.decision = decision
    appeal.decision_notes = notes.strip()
    appeal.decided_on = decided_on or dt.date.today()
    appeal.reviewer_id = actor.user_id
    appeal.new_assessment_id = new_id
    session.flush()
    audit.record(session, actor, AuditAction.UPDATE, "appeal", appeal.id, before, as_dict(appeal))
    return new_id
