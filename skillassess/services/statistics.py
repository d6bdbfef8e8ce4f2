"""Statistics for funders and awarding bodies: candidates assessed, competent and certified, women and men apart.

Counted over a date range (assessment date for assessed and competent, issue date for certified), by
qualification, age group, disability and nationality. Each candidate counts once per row and once in the
total: a candidate assessed in two qualifications appears in both rows but once in the total.
Used by the statistics workbook and by the Reports page, so both show the same numbers.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any, TypeVar

from sqlalchemy import Select, String, case, distinct, func, select, type_coerce
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


def scanned(column: Any) -> Any:
    """``column`` as an expression no index answers (``column || ''``).

    For a condition most rows meet (verified results), SQLite otherwise walks the (status, date) index
    and looks each row up in turn: four times slower than reading the table, and growing faster than
    the table (16x from 10,000 to 100,000 results). PostgreSQL reads the table for such a condition anyway.
    """
    return type_coerce(column, String()).concat("")


def in_period(stmt: _Stmt, day: Any, date_from: dt.date | None, date_to: dt.date | None) -> _Stmt:
    """``stmt`` limited to rows whose ``day`` falls in the period (either end may be open)."""
    if date_from:
        stmt = stmt.where(day >= date_from)
    if date_to:
        stmt = stmt.where(day <= date_to)
    return stmt


def _years_before(day: dt.date, years: int) -> dt.date:
    """The latest birth date of someone aged at least ``years`` on ``day`` (29 February: the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def age_group_sql(born: Any, day: dt.date) -> Any:
    """The key of ``age_group(born, day)`` as an SQL expression over the column ``born``: date comparisons
    only, the same on SQLite and PostgreSQL."""
    whens: list[tuple[Any, str]] = [(born.is_(None), UNKNOWN), (born > day, UNKNOWN)]  # no date, or born later
    low = 0
    for key, _label, group_low, high in AGE_GROUPS:
        assert group_low == low, "age groups follow each other"
        whens.append((born > _years_before(day, high + 1), key))  # aged at most ``high``
        low = high + 1
    return case(*whens, else_=UNKNOWN)


def statistics(session: Session, date_from: dt.date | None = None, date_to: dt.date | None = None) -> Statistics:
    """Candidates assessed, competent and certified in the period, by sex and by each breakdown.

    Two GROUP BY queries per measure, whatever the number of candidates: distinct candidates by
    (sex, age group, nationality, disability), whose sums give the total and three breakdowns since
    each candidate has one of each; and distinct candidates by (qualification, sex).
    """
    ages_on = date_to or dt.date.today()
    # counts[breakdown][category][measure][sex] -> candidates
    counts: dict[str, dict[str, dict[str, dict[Sex, int]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    )
    titles: dict[str, str] = {}
    age = age_group_sql(Candidate.date_of_birth, ages_on).label("age_group")
    verified = (
        select(Assessment.candidate_id).select_from(Assessment).join(Candidate, Assessment.candidate_id == Candidate.id)
    )
    if date_from or date_to:  # a period: the (status, date) index finds its results
        verified = verified.where(Assessment.status == AssessmentStatus.VERIFIED)
    else:  # every verified result: read the table
        verified = verified.where(scanned(Assessment.status) == AssessmentStatus.VERIFIED.value)
    verified = in_period(verified, Assessment.assessed_on, date_from, date_to)
    certified = (
        select(Certificate.candidate_id)
        .select_from(Certificate)
        .join(Candidate, Certificate.candidate_id == Candidate.id)
        .join(Qualification, Certificate.qualification_id == Qualification.id)
        .where(Certificate.status != CertificateStatus.REVOKED)
    )
    certified = in_period(certified, Certificate.issued_on, date_from, date_to)
    measures = {
        "assessed": verified,
        "competent": verified.where(Assessment.outcome.in_(_ACHIEVED)),
        "certified": certified,
    }
    for measure, stmt in measures.items():
        people = stmt.with_only_columns(
            Candidate.sex, age, Candidate.nationality, Candidate.disability, func.count(distinct(Candidate.id))
        ).group_by(Candidate.sex, age, Candidate.nationality, Candidate.disability)
        for sex, group, nationality, disability, n in session.execute(people):
            counts["total"]["total"][measure][sex] += n
            counts["age_group"][group][measure][sex] += n
            counts["disability"][disability.value][measure][sex] += n
            counts["nationality"][nationality or UNKNOWN][measure][sex] += n
        if measure == "certified":
            by_qualification = stmt.with_only_columns(
                Qualification.code, func.max(Qualification.title), Candidate.sex, func.count(distinct(Candidate.id))
            )
        else:
            by_qualification = (
                stmt.with_only_columns(
                    Qualification.code,
                    func.max(Qualification.title),
                    Candidate.sex,
                    func.count(distinct(Candidate.id)),
                )
                .outerjoin(Enrolment, Assessment.enrolment_id == Enrolment.id)
                .outerjoin(Qualification, Enrolment.qualification_id == Qualification.id)
            )
        for code, title, sex, n in session.execute(by_qualification.group_by(Qualification.code, Candidate.sex)):
            if code:
                titles[code] = title or ""
            counts["qualification"][code or UNKNOWN][measure][sex] += n

    def row(key: str, label: str, groups: dict[str, dict[Sex, int]]) -> StatRow:
        out = StatRow(key, label)
        for m in MEASURES:
            setattr(out, m, SexCounts(female=groups[m][Sex.FEMALE], male=groups[m][Sex.MALE]))
        return out

    total = row("total", "Total", counts["total"]["total"])
    empty: dict[str, dict[Sex, int]] = defaultdict(lambda: defaultdict(int))

    def categories(key: str) -> list[tuple[str, str]]:
        present = counts[key]
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
        Breakdown(key, title, [row(k, label, counts[key].get(k, empty)) for k, label in categories(key)], total)
        for key, title in BREAKDOWNS
    ]
    from skillassess.services.rpl_figures import rpl_figures

    return Statistics(date_from, date_to, ages_on, total, breakdowns, rpl_figures(session, date_from, date_to))
