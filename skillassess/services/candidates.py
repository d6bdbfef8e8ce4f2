"""Candidates: search and paged listing (the candidate list must stay fast at 100,000 rows)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from skillassess.core.enums import Sex
from skillassess.core.errors import NotFoundError
from skillassess.core.models import Candidate
from skillassess.core.rules import fold


@dataclass(frozen=True)
class CandidateRow:
    id: int
    registration_number: str
    family_name: str
    given_names: str
    name_local: str
    sex: Sex
    nationality: str
    national_id: str | None


_ROW_COLUMNS = (
    Candidate.id,
    Candidate.registration_number,
    Candidate.family_name,
    Candidate.given_names,
    Candidate.name_local,
    Candidate.sex,
    Candidate.nationality,
    Candidate.national_id,
)


def _filtered(stmt: Select, search: str = "") -> Select:  # type: ignore[type-arg]
    key = fold(search.strip())
    for word in key.split():
        stmt = stmt.where(Candidate.search_text.contains(word, autoescape=True))
    return stmt


def count_candidates(session: Session, search: str = "") -> int:
    return int(session.execute(_filtered(select(func.count(Candidate.id)), search)).scalar_one())


def candidate_page(session: Session, search: str = "", offset: int = 0, limit: int = 200) -> list[CandidateRow]:
    """One page of candidates matching ``search``, ordered by family name, given names, id."""
    stmt = _filtered(select(*_ROW_COLUMNS), search).order_by(
        Candidate.family_name, Candidate.given_names, Candidate.id
    )
    return [CandidateRow(*r) for r in session.execute(stmt.offset(offset).limit(limit)).all()]


def get_by_registration_number(session: Session, registration_number: str) -> Candidate:
    found = session.execute(
        select(Candidate).where(Candidate.registration_number == registration_number)
    ).scalar_one_or_none()
    if found is None:
        raise NotFoundError(f"No candidate has the registration number {registration_number!r}.")
    return found
