"""Moderation at the awarding body: a random sample of each centre's imported results, and their outcomes.

The sampling rule (docs/exchange-bundle.md, "Moderation"): for each centre and each unit version, among
the imported results not sampled before, ``max(minimum, ceil(rate × n))`` results are drawn at random
(all of them when there are fewer), ``rate`` 10 % and ``minimum`` 1 by default. The random generator is
seeded with the ``seed`` given (by default drawn and recorded), so a sample can be drawn again and
checked. Each drawn result is recorded as sampled (audited), then a moderator records "confirmed" or
"not confirmed" with notes; decided outcomes travel back to the centre in a moderation bundle
(``exchange export --to CENTRE``).
"""

from __future__ import annotations

import datetime as dt
import math
import random
import secrets
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from skillassess.core.enums import AuditAction, Role
from skillassess.core.errors import NotFoundError, ValidationError
from skillassess.core.messages import msg
from skillassess.core.models import (
    Assessment,
    Candidate,
    ExchangePartner,
    Moderation,
    RegisterCandidate,
    RegisterResult,
    Unit,
)
from skillassess.db.concurrency import lock_writes
from skillassess.services.audit import record
from skillassess.services.context import Actor

OUTCOMES = ("confirmed", "not_confirmed")


@dataclass(frozen=True)
class ModerationRow:
    id: int
    centre: str
    registration_number: str
    candidate: str
    unit: str
    unit_version: int
    attempt: int
    result: str
    assessed_on: dt.date | None
    sample: str
    outcome: str | None
    notes: str
    moderator: str
    moderated_on: dt.date | None


@dataclass(frozen=True)
class SampleResult:
    seed: int
    rate: float
    minimum: int
    drawn: int
    by_unit: dict[str, int]


def draw_sample(
    session: Session,
    actor: Actor,
    centre: str | None = None,
    *,
    rate: float = 0.1,
    minimum: int = 1,
    seed: int | None = None,
) -> SampleResult:
    """Draw the moderation sample (see the module) for one centre or every registered centre."""
    actor.require(Role.ADMINISTRATOR, Role.VERIFIER, action="draw a moderation sample")
    if not 0 < rate <= 1:
        raise ValidationError(msg("The sampling rate is a fraction above 0 and at most 1, e.g. 0.1 for 10 %."))
    if minimum < 0:
        raise ValidationError(msg("The minimum sample size cannot be negative."))
    lock_writes(session)
    seed = secrets.randbelow(2**31) if seed is None else seed
    stmt = (
        select(RegisterResult.id, ExchangePartner.code, RegisterResult.unit_code, RegisterResult.unit_version)
        .join(RegisterCandidate, RegisterCandidate.id == RegisterResult.candidate_id)
        .join(ExchangePartner, ExchangePartner.id == RegisterCandidate.partner_id)
        .outerjoin(Moderation, Moderation.result_id == RegisterResult.id)
        .where(Moderation.id.is_(None))
        .order_by(RegisterResult.id)
    )
    if centre:
        if session.execute(select(ExchangePartner.id).where(ExchangePartner.code == centre)).first() is None:
            raise NotFoundError(msg("No registered centre has the code {code}.", code=centre))
        stmt = stmt.where(ExchangePartner.code == centre)
    groups: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    for rid, code, unit, version in session.execute(stmt):
        groups[(code, unit, version)].append(rid)
    rng = random.Random(seed)
    label = f"{dt.date.today().isoformat()} seed {seed}"
    by_unit: dict[str, int] = {}
    drawn = 0
    for (code, unit, version), ids in sorted(groups.items()):
        size = min(len(ids), max(minimum, math.ceil(rate * len(ids))))
        chosen = sorted(rng.sample(ids, size))
        for rid in chosen:
            session.add(Moderation(result_id=rid, sample=label))
        by_unit[f"{code} {unit} v{version}"] = size
        drawn += size
    session.flush()
    record(
        session,
        actor,
        AuditAction.CREATE,
        "moderation_sample",
        label,
        None,
        {"centre": centre, "rate": rate, "minimum": minimum, "seed": seed, "drawn": drawn},
    )
    return SampleResult(seed, rate, minimum, drawn, by_unit)


def record_outcome(
    session: Session, actor: Actor, moderation_id: int, outcome: str, notes: str = "", on: dt.date | None = None
) -> None:
    """Record (or change) the moderation outcome of a sampled result (verifiers acting as moderators)."""
    actor.require(Role.ADMINISTRATOR, Role.VERIFIER, action="record a moderation outcome")
    if outcome not in OUTCOMES:
        raise ValidationError(
            msg("A moderation outcome is confirmed or not_confirmed, not {outcome}.", outcome=outcome)
        )
    m = session.get(Moderation, moderation_id, with_for_update=session.get_bind().dialect.name == "postgresql")
    if m is None or m.result_id is None:
        raise NotFoundError(msg("There is no sampled result {id} to moderate.", id=moderation_id))
    if outcome == "not_confirmed" and not notes.strip():
        raise ValidationError(msg("Say why the result is not confirmed (the notes travel back to the centre)."))
    before = {"outcome": m.outcome, "notes": m.notes}
    m.outcome, m.notes = outcome, notes
    m.moderator = actor.full_name or actor.username
    m.moderated_on = on or dt.date.today()
    session.flush()
    record(session, actor, AuditAction.UPDATE, "moderation", m.id, before, {"outcome": outcome, "notes": notes})


def list_moderation(session: Session, centre: str | None = None, *, pending_only: bool = False) -> list[ModerationRow]:
    """Sampled results with their outcomes: at an awarding body the register's, at a centre those received."""
    rows: list[ModerationRow] = []
    stmt = (
        select(Moderation, RegisterResult, RegisterCandidate, ExchangePartner.code)
        .join(RegisterResult, RegisterResult.id == Moderation.result_id)
        .join(RegisterCandidate, RegisterCandidate.id == RegisterResult.candidate_id)
        .join(ExchangePartner, ExchangePartner.id == RegisterCandidate.partner_id)
        .order_by(ExchangePartner.code, RegisterResult.unit_code, RegisterCandidate.registration_number)
    )
    if centre:
        stmt = stmt.where(ExchangePartner.code == centre)
    if pending_only:
        stmt = stmt.where(Moderation.outcome.is_(None))
    for m, r, c, code in session.execute(stmt):
        rows.append(
            ModerationRow(
                m.id,
                code,
                c.registration_number,
                f"{c.given_names} {c.family_name}".strip(),
                r.unit_code,
                r.unit_version,
                r.attempt,
                r.outcome,
                r.assessed_on,
                m.sample,
                m.outcome,
                m.notes,
                m.moderator,
                m.moderated_on,
            )
        )
    own = (
        select(Moderation, Assessment, Candidate, Unit)
        .join(Assessment, Assessment.id == Moderation.assessment_id)
        .join(Candidate, Candidate.id == Assessment.candidate_id)
        .join(Unit, Unit.id == Assessment.unit_id)
        .order_by(Unit.code, Candidate.registration_number)
    )
    if not centre:
        for m, a, person, u in session.execute(own):
            rows.append(
                ModerationRow(
                    m.id,
                    "",
                    person.registration_number,
                    person.display_name,
                    u.code,
                    u.version,
                    a.attempt,
                    a.outcome.value if a.outcome else "",
                    a.assessed_on,
                    m.sample,
                    m.outcome,
                    m.notes,
                    m.moderator,
                    m.moderated_on,
                )
            )
    return rows
