"""What needs doing now, for the home page of each role (and for anyone who asks the CLI).

One service counts everything the home page shows, so that the page and its tests agree:
sessions with results still to record, results waiting for verification, results returned to
their assessor, candidates eligible for a certificate that has not been issued, and, on an empty
database, how far the set-up has gone (standards, candidates). A count is None when it is not the
actor's work (a registrar records no sessions); the services still check every change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skillassess.core.enums import AssessmentStatus, Role
from skillassess.core.models import Assessment, AssessmentSession, Candidate, Qualification, User
from skillassess.services.certificates import eligible_candidates
from skillassess.services.context import Actor

SESSIONS_SHOWN = 5  # the home page lists the next few sessions by name; the count says how many in all


@dataclass(frozen=True)
class SessionToRecord:
    """A session that still holds results in draft."""

    session_id: int
    title: str
    date: dt.date
    venue: str
    assessor: str
    drafts: int  # assessments of the session still in draft


@dataclass(frozen=True)
class HomeSummary:
    """The counts of the home page. ``mine_only``: sessions and returned results are the actor's own."""

    qualifications: int
    candidates: int
    sessions_to_record: int | None = None
    draft_results: int | None = None
    awaiting_verification: int | None = None
    returned: int | None = None
    eligible_without_certificate: int | None = None
    mine_only: bool = False
    sessions: list[SessionToRecord] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """No standards or no candidates yet: the page shows how to start."""
        return self.qualifications == 0 or self.candidates == 0

    @property
    def nothing_to_do(self) -> bool:
        counts = (
            self.sessions_to_record,
            self.awaiting_verification,
            self.returned,
            self.eligible_without_certificate,
        )
        return not any(c for c in counts)


def _records(actor: Actor) -> bool:
    return actor.has(Role.ASSESSOR, Role.ADMINISTRATOR)


def _own_only(actor: Actor) -> bool:
    """Assessors see their own sessions and returned results; administrators see everyone's."""
    return not actor.has(Role.ADMINISTRATOR)


def home_summary(session: Session, actor: Actor) -> HomeSummary:
    """Everything the home page of ``actor`` counts (read only)."""
    qualifications = int(session.execute(select(func.count(Qualification.id))).scalar_one())
    candidates = int(session.execute(select(func.count(Candidate.id))).scalar_one())
    sessions_count = drafts = returned = waiting = eligible = None
    shown: list[SessionToRecord] = []
    mine = _own_only(actor)
    if _records(actor):
        sessions_count, drafts, shown = _sessions_to_record(session, actor.user_id if mine else None)
        returned_q = select(func.count(Assessment.id)).where(Assessment.status == AssessmentStatus.RETURNED)
        if mine:
            returned_q = returned_q.where(Assessment.assessor_id == actor.user_id)
        returned = int(session.execute(returned_q).scalar_one())
    if actor.has(Role.VERIFIER, Role.ADMINISTRATOR):
        waiting_q = select(func.count(Assessment.id)).where(Assessment.status == AssessmentStatus.SUBMITTED)
        if not actor.has(Role.ADMINISTRATOR) and actor.user_id is not None:
            # A verifier does not verify their own results: those wait for somebody else.
            waiting_q = waiting_q.where(Assessment.assessor_id != actor.user_id)
        waiting = int(session.execute(waiting_q).scalar_one())
    if actor.has(Role.REGISTRAR, Role.ADMINISTRATOR):
        eligible = len({row.candidate_id for row in eligible_candidates(session)})
    return HomeSummary(
        qualifications=qualifications,
        candidates=candidates,
        sessions_to_record=sessions_count,
        draft_results=drafts,
        awaiting_verification=waiting,
        returned=returned,
        eligible_without_certificate=eligible,
        mine_only=mine and _records(actor),
        sessions=shown,
    )


def _sessions_to_record(session: Session, assessor_id: int | None) -> tuple[int, int, list[SessionToRecord]]:
    """How many sessions hold draft results, how many drafts in all, and the first few (oldest date first)."""
    drafts = func.count(Assessment.id).label("drafts")
    stmt = (
        select(
            AssessmentSession.id,
            AssessmentSession.title,
            AssessmentSession.session_date,
            AssessmentSession.venue,
            User.username,
            drafts,
        )
        .join(Assessment, Assessment.session_id == AssessmentSession.id)
        .join(User, AssessmentSession.assessor_id == User.id)
        .where(Assessment.status == AssessmentStatus.DRAFT)
        .group_by(
            AssessmentSession.id,
            AssessmentSession.title,
            AssessmentSession.session_date,
            AssessmentSession.venue,
            User.username,
        )
    )
    if assessor_id is not None:
        stmt = stmt.where(Assessment.assessor_id == assessor_id)
    sub = stmt.subquery()
    count, total = session.execute(
        select(func.count(), func.coalesce(func.sum(sub.c.drafts), 0)).select_from(sub)
    ).one()
    first = session.execute(
        stmt.order_by(AssessmentSession.session_date, AssessmentSession.id).limit(SESSIONS_SHOWN)
    ).all()
    return int(count), int(total), [SessionToRecord(*row) for row in first]
