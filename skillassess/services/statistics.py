"""Statistics for funders and awarding bodies: candidates assessed, competent and certified, women and men apart.

Counted over a date range (assessment date for assessed and competent, issue date for certified), by
qualification, age group, disability and nationality. Each candidate counts once per row and once in the
total: a candidate assessed in two qualifications appears in both rows but once in the total.
Used by the statistics workbook and by the Reports page, so both show the same numbers.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from skillassess.core.enums import AssessmentStatus, CertificateStatus, Disability, Outcome, Sex
from skillassess.core.models import Assessment, Candidate, Certificate, Enrolment, Qualification
from skillassess.core.records import MEASURES, Breakdown, SexCounts, Statistics, StatRow

# (key, label, lowest age, highest age); ages are counted at the end of the period.
AGE_GROUPS: tuple[tuple[str, str, int, int], ...] = (
    ("under_18", "Under 18", 0, 17),
    ("18_24", "18 to 24", 18, 24),
    ("25_34", "25 to 34", 25, 34),
    ("35_44", "35 to 44", 35, 44),
    ("45_54", "45 to 54", 45, 54),
    ("55_over", "55 and over", 55, 200),
)
UNKNOWN = "unknown"
BREAKDOWNS: tuple[tuple[str, str], ...] = (
    ("qualification", "By qualification"),
    ("age_group", "By age group"),
    ("disability", "By disability"),
    ("nationality", "By nationality"),
)
_ACHIEVED = [o for o in Outcome if o.achieved]
_Stmt = TypeVar("_Stmt", bound=Select[*tuple[Any, ...]])


def age_on(born: dt.date | None, day: dt.date) -> int | None:
    """Age in whole years on ``day``."""
    if born is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def age_group(born: dt.date | None, day: dt.date) -> str:
    """The key of the age group of someone born on ``born``, on ``day``."""
    age = age_on(born, day)
    if age is None:
        return UNKNOWN
    for key, _label, low, high in AGE_GROUPS:
        if low <= age <= high:
            return key
    return UNKNOWN


@dataclass(frozen=True)
class _Person:
    sex: Sex
    born: dt.date | None
    nationality: str
    disability: Disability


def in_period(stmt: _Stmt, day: Any, date_from: dt.date | None, date_to: dt.date | None) -> _Stmt:
    """``stmt`` limited to rows whose ``day`` falls in the period (either end may be open)."""
    if date_from:
        stmt = stmt.where(day >= date_from)
    if date_to:
        stmt = stmt.where(day <= date_to)
    return stmt


def statistics(session: Session, date_from: dt.date | None = None, date_to: dt.date | None = None) -> Statistics:
    """Candidates assessed, competent and certified in the period, by sex and by each breakdown."""
    ages_on = date_to or dt.date.today()
    people: dict[int, _Person] = {}
    # ids[breakdown][category][measure][sex] -> candidate ids
    ids: dict[str, dict[str, dict[str, dict[Sex, set[int]]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    )
    titles: dict[str, str] = {}

    def add(measure: str, rows: list[tuple[int, Sex, dt.date | None, str, Disability, str | None, str | None]]) -> None:
        for cid, sex, born, nationality, disability, q_code, q_title in rows:
            people[cid] = _Person(sex, born, nationality or "", disability)
            q_key = q_code or UNKNOWN
            if q_code:
                titles[q_code] = q_title or ""
            ids["total"]["total"][measure][sex].add(cid)
            ids["qualification"][q_key][measure][sex].add(cid)
            ids["age_group"][age_group(born, ages_on)][measure][sex].add(cid)
            ids["disability"][disability.value][measure][sex].add(cid)
            ids["nationality"][nationality or UNKNOWN][measure][sex].add(cid)

    person = (Candidate.id, Candidate.sex, Candidate.date_of_birth, Candidate.nationality, Candidate.disability)
    verified = (
        select(*person, Qualification.code, Qualification.title)
        .select_from(Assessment)
        .join(Candidate, Assessment.candidate_id == Candidate.id)
        .outerjoin(Enrolment, Assessment.enrolment_id == Enrolment.id)
        .outerjoin(Qualification, Enrolment.qualification_id == Qualification.id)
        .where(Assessment.status == AssessmentStatus.VERIFIED)
        .distinct()
    )
    verified = in_period(verified, Assessment.assessed_on, date_from, date_to)
    add("assessed", [tuple(r) for r in session.execute(verified)])  # type: ignore[misc]
    competent = verified.where(Assessment.outcome.in_(_ACHIEVED))
    add("competent", [tuple(r) for r in session.execute(competent)])  # type: ignore[misc]
    certified = (
        select(*person, Qualification.code, Qualification.title)
        .select_from(Certificate)
        .join(Candidate, Certificate.candidate_id == Candidate.id)
        .join(Qualification, Certificate.qualification_id == Qualification.id)
        .where(Certificate.status != CertificateStatus.REVOKED)
        .distinct()
    )
    certified = in_period(certified, Certificate.issued_on, date_from, date_to)
    add("certified", [tuple(r) for r in session.execute(certified)])  # type: ignore[misc]

    def row(key: str, label: str, groups: dict[str, dict[Sex, set[int]]]) -> StatRow:
        out = StatRow(key, label)
        for m in MEASURES:
            setattr(out, m, SexCounts(female=len(groups[m][Sex.FEMALE]), male=len(groups[m][Sex.MALE])))
        return out

    total = row("total", "Total", ids["total"]["total"])
    empty: dict[str, dict[Sex, set[int]]] = defaultdict(lambda: defaultdict(set))

    def categories(key: str) -> list[tuple[str, str]]:
        present = ids[key]
        if key == "age_group":
            cats = [(k, label) for k, label, _lo, _hi in AGE_GROUPS]
        elif key == "disability":
            cats = [
                (
                    d.value,
                    {"yes": "With a disability", "no": "Without a disability", "not_stated": "Not stated"}[d.value],
                )
                for d in Disability
            ]
        elif key == "qualification":
            cats = [(k, f"{k} {titles.get(k, '')}".strip()) for k in sorted(k for k in present if k != UNKNOWN)]
        else:
            cats = [(k, k) for k in sorted(k for k in present if k != UNKNOWN)]
        if UNKNOWN in present:
            cats.append((UNKNOWN, "No qualification" if key == "qualification" else "Not recorded"))
        return cats

    breakdowns = [
        Breakdown(key, title, [row(k, label, ids[key].get(k, empty)) for k, label in categories(key)], total)
        for key, title in BREAKDOWNS
    ]
    from skillassess.services.rpl_figures import rpl_figures

    return Statistics(date_from, date_to, ages_on, total, breakdowns, rpl_figures(session, date_from, date_to))
