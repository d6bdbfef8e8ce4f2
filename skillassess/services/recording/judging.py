"""Judging (the assessor): criteria, methods, notes, the conflict declaration, the outcome, submission.

Every function that changes data takes the Actor, checks its role and the assessment's status, and
writes exactly one audit entry in the caller's transaction. ``set_judgement`` is the hot path of the
grid (one call per cell typed): it reads one row and writes one judgement and one audit entry,
without loading any relationship.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import and_, delete, insert, select, update
from sqlalchemy.orm import Session

from skillassess.core.enums import AssessmentMethod, AssessmentStatus, AuditAction, Judgement, Outcome, Role
from skillassess.core.errors import DomainError, LockedError, NotFoundError, PermissionDenied, ValidationError
from skillassess.core.messages import Message, msg
from skillassess.core.models import (
    Assessment,
    AssessmentMethodUsed,
    CriterionJudgement,
    Element,
    PerformanceCriterion,
    Unit,
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


def _check_editable(status: AssessmentStatus, assessment_id: int) -> None:
    if status == AssessmentStatus.VERIFIED:
        raise LockedError(
            f"Assessment {assessment_id} is verified and locked; correct it with an amendment (with a reason) "
            "or record a new attempt."
        )
    if status == AssessmentStatus.SUBMITTED:
        raise LockedError(
            f"Assessment {assessment_id} is submitted and waits for verification; "
            "a verifier must return it before it can change."
        )


def _check_own(actor: Actor, assessor_id: int, assessment_id: int) -> None:
    if actor.user_id != assessor_id:
        raise PermissionDenied(
            f"{actor.username} may not record assessment {assessment_id}: only its assessor records it."
        )


def _for_recording(session: Session, actor: Actor, assessment_id: int, action: str) -> Assessment:
    actor.require(Role.ASSESSOR, action=action)
    a = get_assessment(session, assessment_id, for_change=True)
    _check_editable(a.status, a.id)
    _check_own(actor, a.assessor_id, a.id)
    return a


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
) -> None:
    """Store one cell of the grid: Satisfactory, Not yet satisfactory or cleared (None).

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
        raise NotFoundError(f"There is no assessment {assessment_id} or no performance criterion {criterion_id}.")
    status, assessor_id, unit_id, criterion_unit_id, el_pos, pc_pos, before = row
    _check_editable(status, assessment_id)
    _check_own(actor, assessor_id, assessment_id)
    if criterion_unit_id != unit_id:
        raise ValidationError(
            f"Criterion {el_pos}.{pc_pos} is not a criterion of the unit version of assessment {assessment_id}."
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
        return  # nothing changes, nothing to audit
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
    number = f"{el_pos}.{pc_pos}"
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        "criterion_judgement",
        f"{assessment_id}:{criterion_id}",
        {"criterion": number, "result": before.value if before else None},
        {"criterion": number, "result": result.value if result else None},
    )


def _stored(session: Session, assessment_id: int, criterion_id: int) -> Judgement | None:
    return session.execute(
        select(CriterionJudgement.result).where(
            CriterionJudgement.assessment_id == assessment_id, CriterionJudgement.criterion_id == criterion_id
        )
    ).scalar()


def set_judgements(
    session: Session, actor: Actor, assessment_id: int, cells: Sequence[tuple[str, Judgement | None]]
) -> int:
    """Store several cells at once, by criterion number ("1.2"): all of them, or none.

    Everything is checked before anything is written (the role, the assessment's status and assessor,
    every number, a number given twice with different results); every problem found is named in one
    error. Returns how many judgements changed; each change is audited as a grid save is.
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
    for number, result in wanted.items():
        if current.get(by_number[number]) != result:
            set_judgement(session, actor, a.id, by_number[number], result)
            changed += 1
    return changed


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
        raise ValidationError(
            f"Assessment {a.id}: describe the conflict of interest (for example a relative or an employee)."
        )
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
) -> list[str]:
    """What stops ``outcome`` on this assessment: its judgements (or ``results``), methods and pathway."""
    results = judgements_of(session, a.id) if results is None else results
    methods = methods_of(session, a.id) if methods is None else methods
    lines = [
        (c.number, results[c.criterion_id].value if c.criterion_id in results else None)
        for c in unit_criteria(session, a.unit_id)
    ]
    pathway = pathway_of(session, a.enrolment_id)
    return outcome_problems(outcome.value, lines, len(methods), pathway.value if pathway else None, source)


def refuse_outcome(a: Assessment, outcome: Outcome, problems: list[str]) -> None:
    """Refuse ``outcome`` when the rules found problems with it (``outcome_problems_of``), naming them all."""
    if not problems:
        return
    names = {
        Outcome.COMPETENT: "Competent",
        Outcome.RPL_GRANTED: "RPL granted",
        Outcome.CREDIT_TRANSFER: "Credit transfer",
        Outcome.NOT_YET_COMPETENT: "Not Yet Competent",
        Outcome.WITHDRAWN: "Withdrawn",
    }
    raise ValidationError(f"Assessment {a.id} cannot be {names[outcome]}: " + "; ".join(problems) + ".", problems)


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
        refuse_outcome(a, outcome, outcome_problems_of(session, a, outcome, source))
    values: dict[str, Any] = {"outcome": outcome}
    if credit_transfer_source is not None or outcome != Outcome.CREDIT_TRANSFER:
        values["credit_transfer_source"] = source if outcome == Outcome.CREDIT_TRANSFER else ""
    write_fields(session, actor, a, values)


def submit(session: Session, actor: Actor, assessment_id: int) -> None:
    """The assessor hands a finished assessment over for verification."""
    a = _for_recording(session, actor, assessment_id, "submit assessments")
    problems: list[str] = []
    if a.outcome is None:
        problems.append("no outcome is recorded")
    else:
        problems += outcome_problems_of(session, a, a.outcome, a.credit_transfer_source)
    if a.conflict_of_interest is None:
        problems.append("the assessor has not declared whether there is a conflict of interest")
    if problems:
        raise ValidationError(f"Assessment {a.id} cannot be submitted: " + "; ".join(problems) + ".", problems)
    write_fields(session, actor, a, {"status": AssessmentStatus.SUBMITTED, "submitted_at": utcnow()})
