"""Judging (the assessor): criteria, methods, notes, the conflict declaration, the outcome, submission.

Every function that changes data takes the Actor, checks its role and the assessment's status, and
writes exactly one audit entry in the caller's transaction. ``set_judgement`` is the hot path of the
grid (one call per cell typed): it reads one row and writes one judgement and one audit entry,
without loading any relationship.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, insert, select, update
from sqlalchemy.orm import Session

from skillassess.core.enums import AssessmentMethod, AssessmentStatus, AuditAction, Judgement, Outcome, Role
from skillassess.core.errors import DomainError, LockedError, NotFoundError, PermissionDenied, ValidationError
from skillassess.core.messages import Message, msg
from skillassess.core.models import (
    Assessment,
    AssessmentMethodUsed,
    Candidate,
    CriterionJudgement,
    Element,
    PerformanceCriterion,
    Unit,
    User,
    utcnow,
)
from skillassess.core.rules import outcome_problems
from skillassess.db.concurrency import locked_rows
from skillassess.services import audit
from skillassess.services.context import Actor
from skillassess.services.recording.reading import (
    criterion_ids_by_number,
    get_assessment,
    judgements_of,
    methods_of,
    pathway_of,
    unit_criteria,
)

# Outcomes that need every criterion Satisfactory and a method (core/rules.outcome_problems).
NEEDS_ALL_SATISFACTORY = (Outcome.COMPETENT, Outcome.RPL_GRANTED)
OUTCOME_NAMES = {
    Outcome.COMPETENT: msg("Competent"),
    Outcome.RPL_GRANTED: msg("RPL granted"),
    Outcome.CREDIT_TRANSFER: msg("Credit transfer"),
    Outcome.NOT_YET_COMPETENT: msg("Not Yet Competent"),
    Outcome.WITHDRAWN: msg("Withdrawn"),
}


def names_of(session: Session, assessment_id: int) -> dict[str, Any]:
    """How users name an assessment in a sentence: ``candidate``, ``unit`` (with the attempt after the first)
    and ``assessor``; never its internal number. Read only when a sentence needs them (a refusal)."""
    row = session.execute(
        select(Candidate, Unit.code, Assessment.attempt, User.username)
        .select_from(Assessment)
        .join(Candidate, Candidate.id == Assessment.candidate_id)
        .join(Unit, Unit.id == Assessment.unit_id)
        .join(User, User.id == Assessment.assessor_id)
        .where(Assessment.id == assessment_id)
    ).first()
    if row is None:
        raise NotFoundError(msg("There is no such assessment (it may have been deleted meanwhile)."))
    candidate, code, attempt, assessor = row
    unit: str | Message = code if attempt == 1 else msg("{code} (attempt {attempt})", code=code, attempt=attempt)
    return {"candidate": candidate.display_name, "unit": unit, "assessor": assessor}


def _check_editable(session: Session, status: AssessmentStatus, assessment_id: int) -> None:
    if status == AssessmentStatus.VERIFIED:
        raise LockedError(
            msg(
                "The result of {candidate} in {unit} is verified and locked; correct it with an amendment "
                "(with a reason) or record a new attempt.",
                **names_of(session, assessment_id),
            )
        )
    if status == AssessmentStatus.SUBMITTED:
        raise LockedError(
            msg(
                "The result of {candidate} in {unit} is submitted and waits for verification; "
                "a verifier must return it before it can change.",
                **names_of(session, assessment_id),
            )
        )


def _check_own(session: Session, actor: Actor, assessor_id: int, assessment_id: int) -> None:
    if actor.user_id != assessor_id:
        raise PermissionDenied(
            msg(
                "Only the assessor of {candidate} in {unit} ({assessor}) records this result.",
                **names_of(session, assessment_id),
            )
        )


def _for_recording(session: Session, actor: Actor, assessment_id: int, action: str) -> Assessment:
    actor.require(Role.ASSESSOR, action=action)
    a = get_assessment(session, assessment_id, for_change=True)
    _check_editable(session, a.status, a.id)
    _check_own(session, actor, a.assessor_id, a.id)
    return a


def _audit_cleared(session: Session, actor: Actor, assessment_id: int, outcome: Outcome, why: str) -> None:
    """The audit entry of an outcome cleared because it no longer holds (``why``: what took it away)."""
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        "assessment",
        assessment_id,
        {"outcome": outcome.value},
        {"outcome": None, "cleared_because": why},
    )


class _Unset:
    pass


UNSET: Any = _Unset()


class CellChangedError(DomainError):
    """The cell was changed by someone else since it was shown: the save is refused, never lost silently."""

    now: Judgement | None = None


def set_judgement(
    session: Session,
    actor: Actor,
    assessment_id: int,
    criterion_id: int,
    result: Judgement | None,
    expected: Judgement | None = UNSET,
) -> Outcome | None:
    """Store one cell of the grid: Satisfactory, Not yet satisfactory or cleared (None).

    A criterion that is no longer Satisfactory takes away an outcome that needed every one (Competent,
    RPL granted): that outcome is cleared in the same transaction, audited, and returned (else None),
    so that the assessor sees it at once rather than at Submit.

    ``expected``: the value the user saw in the cell (the grid passes it). When the stored value is no
    longer that (another assessor's laptop saved the same cell meanwhile), the save is refused with a
    sentence that says so and names the value now stored: two sessions never lose an update silently.
    The row is read under a lock (FOR SHARE on PostgreSQL, the write lock on SQLite), so the check and
    the write see the same value.
    """
    actor.require(Role.ASSESSOR, action="record judgements")
    stmt = (
        select(
            Assessment.status,
            Assessment.assessor_id,
            Assessment.outcome,
            Assessment.unit_id,
            Element.unit_id,
            Element.position,
            PerformanceCriterion.position,
            CriterionJudgement.result,
        )
        .select_from(Assessment)
        .join(PerformanceCriterion, PerformanceCriterion.id == criterion_id)
        .join(Element, Element.id == PerformanceCriterion.element_id)
        .outerjoin(
            CriterionJudgement,
            and_(CriterionJudgement.assessment_id == Assessment.id, CriterionJudgement.criterion_id == criterion_id),
        )
        .where(Assessment.id == assessment_id)
    )
    # FOR SHARE on the assessment (PostgreSQL): many cells may be saved at once, but a submission or
    # verification waits for them, and a save after one sees the new status.
    row = session.execute(locked_rows(session, stmt, shared=True, of=Assessment)).first()
    if row is None:
        raise NotFoundError(
            msg("There is no such assessment or performance criterion (it may have been deleted meanwhile).")
        )
    status, assessor_id, outcome, unit_id, criterion_unit_id, el_pos, pc_pos, before = row
    _check_editable(session, status, assessment_id)
    _check_own(session, actor, assessor_id, assessment_id)
    if criterion_unit_id != unit_id:
        raise ValidationError(
            msg(
                "Criterion {number} is not a criterion of the unit version of {candidate} in {unit}.",
                number=f"{el_pos}.{pc_pos}",
                **names_of(session, assessment_id),
            )
        )

    def changed(now: Judgement | None) -> CellChangedError:
        error = CellChangedError(
            msg(
                "Criterion {number} of assessment {assessment} was changed by someone else since you opened it: it is "
                "now {now}. Your value was not saved; look at the cell again and type your value once more if it "
                "should replace it.",
                number=f"{el_pos}.{pc_pos}",
                assessment=assessment_id,
                now=now.value if now is not None else "blank",
            )
        )
        error.now = now  # the grid shows the stored value; typing the value again then replaces it
        return error

    checked = expected is not UNSET
    if checked and before != expected and before != result:
        raise changed(before)
    if before == result:
        return None  # nothing changes, nothing to audit
    number = f"{el_pos}.{pc_pos}"
    clears: Outcome | None = (
        Outcome(outcome) if outcome in NEEDS_ALL_SATISFACTORY and result != Judgement.SATISFACTORY else None
    )
    if clears is not None:
        # The assessment row is changed first, before the audit log's write lock is taken: a cell saved
        # at the same moment holds FOR SHARE on this row while it waits for that lock (PostgreSQL would
        # find a deadlock). Two saves clearing the same outcome at once: one is run again, and finds
        # the outcome cleared.
        session.execute(update(Assessment).where(Assessment.id == assessment_id).values(outcome=None))
    key = (CriterionJudgement.assessment_id == assessment_id) & (CriterionJudgement.criterion_id == criterion_id)
    if checked and before is not None:
        # Only if the cell still holds what was read: a save that committed in between (PostgreSQL lets this
        # UPDATE wait for it, then finds the row changed) is said, not overwritten.
        key = key & (CriterionJudgement.result == before)
    if result is None:
        if session.execute(delete(CriterionJudgement).where(key)).rowcount != 1 and checked:  # type: ignore[attr-defined]
            raise changed(_stored(session, assessment_id, criterion_id))
    elif before is None:
        session.execute(
            insert(CriterionJudgement).values(
                assessment_id=assessment_id, criterion_id=criterion_id, result=result, note="", judged_at=utcnow()
            )
        )
    else:
        done = session.execute(update(CriterionJudgement).where(key).values(result=result, judged_at=utcnow()))
        if done.rowcount != 1 and checked:  # type: ignore[attr-defined]
            raise changed(_stored(session, assessment_id, criterion_id))
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        "criterion_judgement",
        f"{assessment_id}:{criterion_id}",
        {"criterion": number, "result": before.value if before else None},
        {"criterion": number, "result": result.value if result else None},
    )
    if clears is not None:
        _audit_cleared(session, actor, assessment_id, clears, f"criterion {number}")
    return clears


def outcome_cleared_message(outcome: Outcome) -> Message:
    """What the grid and the CLI say when a judgement cleared the outcome."""
    return msg(
        "The outcome {outcome} was cleared: a criterion is no longer Satisfactory. "
        "Record the outcome again once it holds.",
        outcome=OUTCOME_NAMES[outcome],
    )


@dataclass(frozen=True)
class SavedJudgements:
    """What ``set_judgements`` did: how many judgements changed, and the outcome it cleared (or None)."""

    changed: int
    outcome_cleared: Outcome | None = None


def _stored(session: Session, assessment_id: int, criterion_id: int) -> Judgement | None:
    return session.execute(
        select(CriterionJudgement.result).where(
            CriterionJudgement.assessment_id == assessment_id, CriterionJudgement.criterion_id == criterion_id
        )
    ).scalar()


def set_judgements(
    session: Session, actor: Actor, assessment_id: int, cells: Sequence[tuple[str, Judgement | None]]
) -> SavedJudgements:
    """Store several cells at once, by criterion number ("1.2"): all of them, or none.

    Everything is checked before anything is written (the role, the assessment's status and assessor,
    every number, a number given twice with different results); every problem found is named in one
    error. Each change is audited as a grid save is, and clears Competent as a grid save does.
    """
    a = _for_recording(session, actor, assessment_id, "record judgements")
    by_number = criterion_ids_by_number(session, a.unit_id)
    unit_code = session.execute(select(Unit.code).where(Unit.id == a.unit_id)).scalar_one()
    problems: list[Message] = []
    wanted: dict[str, Judgement | None] = {}
    for number, result in cells:
        if number not in by_number:
            problems.append(msg("{unit} has no criterion {number}.", unit=unit_code, number=number))
        elif number in wanted and wanted[number] != result:
            problems.append(msg("Criterion {number} is given twice with different results.", number=number))
        wanted.setdefault(number, result)
    if problems:
        raise ValidationError(msg("Nothing was saved in assessment {id}:", id=a.id), problems)
    current = judgements_of(session, a.id)
    changed = 0
    cleared: Outcome | None = None
    for number, result in wanted.items():
        if current.get(by_number[number]) != result:
            cleared = set_judgement(session, actor, a.id, by_number[number], result) or cleared
            changed += 1
    return SavedJudgements(changed, cleared)


def set_methods(session: Session, actor: Actor, assessment_id: int, methods: Iterable[AssessmentMethod]) -> None:
    """Replace the evidence-gathering methods recorded for an assessment."""
    a = _for_recording(session, actor, assessment_id, "record assessment methods")
    before = methods_of(session, a.id)
    wanted = [m for m in AssessmentMethod if m in set(methods)]
    if wanted == before:
        return
    session.execute(delete(AssessmentMethodUsed).where(AssessmentMethodUsed.assessment_id == a.id))
    for m in wanted:
        session.execute(insert(AssessmentMethodUsed).values(assessment_id=a.id, method=m))
    session.expire(a, ["methods"])
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        "assessment",
        a.id,
        {"methods": [m.value for m in before]},
        {"methods": [m.value for m in wanted]},
    )
    if not wanted and a.outcome in NEEDS_ALL_SATISFACTORY:  # Competent needs a method, as it needs every criterion
        cleared = a.outcome
        a.outcome = None
        session.flush()
        _audit_cleared(session, actor, a.id, cleared, "no method")


def write_fields(session: Session, actor: Actor, a: Assessment, values: Mapping[str, Any]) -> None:
    before = {k: plain(getattr(a, k)) for k in values}
    after = {k: plain(v) for k, v in values.items()}
    if before == after:
        return
    for k, v in values.items():
        setattr(a, k, v)
    session.flush()
    audit.record(session, actor, AuditAction.UPDATE, "assessment", a.id, before, after)


def plain(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if hasattr(v, "value"):
        return v.value
    return v


def _given(**values: Any) -> dict[str, Any]:
    """The values that were given (not None): the fields a partial change writes."""
    return {k: v for k, v in values.items() if v is not None}


def set_notes(
    session: Session, actor: Actor, assessment_id: int, *, comments: str | None = None, feedback: str | None = None
) -> None:
    """Store the assessor's comments and/or the feedback given to the candidate."""
    a = _for_recording(session, actor, assessment_id, "record comments and feedback")
    write_fields(session, actor, a, _given(comments=comments, feedback=feedback))


def set_details(
    session: Session, actor: Actor, assessment_id: int, *, assessed_on: dt.date | None = None, venue: str | None = None
) -> None:
    """Correct the date or venue of an assessment that is still being recorded."""
    a = _for_recording(session, actor, assessment_id, "change assessment details")
    write_fields(session, actor, a, _given(assessed_on=assessed_on, venue=None if venue is None else venue.strip()))


def declare_conflict(session: Session, actor: Actor, assessment_id: int, conflict: bool, details: str = "") -> None:
    """The assessor's declaration: any conflict of interest with this candidate (details required if so)."""
    a = _for_recording(session, actor, assessment_id, "declare a conflict of interest")
    if conflict and not details.strip():
        raise ValidationError(msg("Describe the conflict of interest (for example a relative or an employee)."))
    write_fields(
        session, actor, a, {"conflict_of_interest": conflict, "conflict_details": details.strip() if conflict else ""}
    )


def outcome_problems_of(
    session: Session,
    a: Assessment,
    outcome: Outcome,
    source: str,
    results: dict[int, Judgement] | None = None,
    methods: Sequence[AssessmentMethod] | None = None,
) -> list[Message]:
    """What stops ``outcome`` on this assessment: its judgements (or ``results``), methods and pathway."""
    results = judgements_of(session, a.id) if results is None else results
    methods = methods_of(session, a.id) if methods is None else methods
    lines = [
        (c.number, results[c.criterion_id].value if c.criterion_id in results else None)
        for c in unit_criteria(session, a.unit_id)
    ]
    pathway = pathway_of(session, a.enrolment_id)
    return outcome_problems(outcome.value, lines, len(methods), pathway.value if pathway else None, source)


def refuse_outcome(session: Session, a: Assessment, outcome: Outcome, problems: list[Message]) -> None:
    """Refuse ``outcome`` when the rules found problems with it (``outcome_problems_of``), naming each once."""
    if not problems:
        return
    raise ValidationError(
        msg(
            "{outcome} cannot be recorded for {candidate} in {unit}:",
            outcome=OUTCOME_NAMES[outcome],
            **names_of(session, a.id),
        ),
        problems,
    )


def set_outcome(
    session: Session,
    actor: Actor,
    assessment_id: int,
    outcome: Outcome | None,
    credit_transfer_source: str | None = None,
) -> None:
    """Record the unit outcome, enforcing the rules (Competent only when every criterion is Satisfactory...)."""
    a = _for_recording(session, actor, assessment_id, "record outcomes")
    outcome = Outcome(outcome) if outcome else None
    source = a.credit_transfer_source if credit_transfer_source is None else credit_transfer_source.strip()
    if outcome is not None:
        refuse_outcome(session, a, outcome, outcome_problems_of(session, a, outcome, source))
    values: dict[str, Any] = {"outcome": outcome}
    if credit_transfer_source is not None or outcome != Outcome.CREDIT_TRANSFER:
        values["credit_transfer_source"] = source if outcome == Outcome.CREDIT_TRANSFER else ""
    write_fields(session, actor, a, values)


def submission_problems(session: Session, a: Assessment) -> list[Message]:
    """What stops the assessment from being submitted now (empty when it can be)."""
    problems: list[Message] = []
    if a.outcome is None:
        problems.append(msg("no outcome is recorded"))
    else:
        problems += outcome_problems_of(session, a, a.outcome, a.credit_transfer_source)
    if a.conflict_of_interest is None:
        problems.append(msg("the assessor has not declared whether there is a conflict of interest"))
    return problems


def submit_problems(session: Session, assessment_id: int) -> list[Message]:
    """What would stop a submission (read only: the window asks before it submits, not after)."""
    return submission_problems(session, get_assessment(session, assessment_id))


def submit(session: Session, actor: Actor, assessment_id: int) -> None:
    """The assessor hands a finished assessment over for verification."""
    a = _for_recording(session, actor, assessment_id, "submit assessments")
    problems = submission_problems(session, a)
    if problems:
        raise ValidationError(
            msg("The result of {candidate} in {unit} cannot be submitted yet:", **names_of(session, a.id)), problems
        )
    write_fields(session, actor, a, {"status": AssessmentStatus.SUBMITTED, "submitted_at": utcnow()})
