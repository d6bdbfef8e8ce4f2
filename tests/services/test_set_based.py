"""The set-based eligibility and statistics (issue 14) give the answers the per-enrolment code gave.

The reference functions below are the code they replaced, kept word for word: eligibility asked
``enrolment_progress`` once per enrolment, statistics loaded every verified row into Python sets. Both
are compared with the new code on the demo and on a database from benchmarks/scale_data.py (the
generator of every benchmark: two qualifications with both packaging rules, a second unit version,
chosen units, withdrawn enrolments, second attempts, results outside any enrolment, full and partial
certificates, revoked ones, candidates without a birth date or a nationality).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections import defaultdict
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import Date, bindparam, select
from sqlalchemy.orm import Session

from skillassess.core.enums import (
    AssessmentStatus,
    CertificateStatus,
    Disability,
    EnrolmentStatus,
    Outcome,
    Sex,
)
from skillassess.core.models import Assessment, Candidate, Certificate, Enrolment, Qualification
from skillassess.core.records import MEASURES, Breakdown, SexCounts, Statistics, StatRow
from skillassess.services import certificates as certs
from skillassess.services.eligibility import EligibleRow, eligible_candidates
from skillassess.services.progress import enrolment_progress
from skillassess.services.statistics import (
    AGE_GROUPS,
    BREAKDOWNS,
    UNKNOWN,
    age_group,
    age_group_sql,
    in_period,
    statistics,
)

from helpers import ROOT


def _scale_data() -> ModuleType:
    spec = importlib.util.spec_from_file_location("scale_data", ROOT / "benchmarks" / "scale_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- What the per-enrolment code did (verbatim before issue 14) -----------------------------------------


def eligible_by_enrolment(session: Session) -> list[EligibleRow]:
    rows = session.execute(
        select(Enrolment.id, Candidate)
        .join(Candidate, Enrolment.candidate_id == Candidate.id)
        .where(Enrolment.status != EnrolmentStatus.WITHDRAWN)
        .order_by(Candidate.registration_number, Enrolment.id)
    ).all()
    out: list[EligibleRow] = []
    for enrolment_id, cand in rows:
        p = enrolment_progress(session, enrolment_id)
        if p.eligible == "none":
            continue
        achieved = {u.unit_id for u in p.achieved_units}
        if certs._covered(certs._current_certificates(session, cand.id, p.qualification_id), certs._kind(p), achieved):
            continue
        out.append(
            EligibleRow(
                enrolment_id=enrolment_id,
                candidate_id=cand.id,
                registration_number=cand.registration_number,
                candidate_name=cand.display_name,
                qualification=p.qualification_code,
                qualification_title=p.qualification_title,
                eligible=p.eligible,
                units=[u.code for u in p.achieved_units],
            )
        )
    return out


@dataclass(frozen=True)
class _Person:
    sex: Sex
    born: dt.date | None
    nationality: str
    disability: Disability


_ACHIEVED = [o for o in Outcome if o.achieved]


def statistics_in_python(
    session: Session, date_from: dt.date | None = None, date_to: dt.date | None = None
) -> Statistics:
    ages_on = date_to or dt.date.today()
    people: dict[int, _Person] = {}
    ids: dict[str, dict[str, dict[str, dict[Sex, set[int]]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    )
    titles: dict[str, str] = {}

    def add(measure: str, rows: list[Any]) -> None:
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
    add("assessed", [tuple(r) for r in session.execute(verified)])
    competent = verified.where(Assessment.outcome.in_(_ACHIEVED))
    add("competent", [tuple(r) for r in session.execute(competent)])
    certified = (
        select(*person, Qualification.code, Qualification.title)
        .select_from(Certificate)
        .join(Candidate, Certificate.candidate_id == Candidate.id)
        .join(Qualification, Certificate.qualification_id == Qualification.id)
        .where(Certificate.status != CertificateStatus.REVOKED)
        .distinct()
    )
    certified = in_period(certified, Certificate.issued_on, date_from, date_to)
    add("certified", [tuple(r) for r in session.execute(certified)])

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
    # The RPL figures are a query of their own (services/rpl_figures.py), checked in test_rpl_journey.py:
    # taken as they are, so that everything else is compared.
    from skillassess.services.rpl_figures import rpl_figures

    return Statistics(date_from, date_to, ages_on, total, breakdowns, rpl_figures(session, date_from, date_to))


# --- The comparisons ---------------------------------------------------------------------------------------

PERIODS = [
    (None, None),
    (dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
    (dt.date(2025, 3, 1), None),
    (None, dt.date(2024, 2, 29)),  # ages counted on a 29 February
    (None, dt.date(2026, 6, 30)),
    (dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    (None, dt.date(2025, 3, 15)),
]


@pytest.fixture
def generated_db(db, tmp_path):
    """The demo plus 400 generated candidates (benchmarks/scale_data.py, the benchmarks' generator)."""
    _scale_data().fill(db, 400, seed=3, key_dir=tmp_path / "keys")
    return db


def test_eligibility_matches_per_enrolment_code_on_demo(demo_db, demo_actor) -> None:
    with demo_db.session() as s:
        before = eligible_by_enrolment(s)
        assert eligible_candidates(s) == before
    assert {r.eligible for r in before} == {"full", "partial"}
    # Certificates issued: a full one, and a statement stating the units achieved so far.
    registrar = demo_actor("registrar")
    with demo_db.transaction() as s:
        certs.issue_certificate(s, registrar, "ACC-2026-00001", "ELI-L2", "en", issued_on=dt.date(2026, 11, 20))
        certs.issue_certificate(s, registrar, "ACC-2026-00011", "ELI-L2", "en", issued_on=dt.date(2026, 11, 20))
    with demo_db.session() as s:
        after = eligible_by_enrolment(s)
        assert eligible_candidates(s) == after
    assert len(after) == len(before) - 2


def test_eligibility_matches_per_enrolment_code_on_generated_data(generated_db) -> None:
    with generated_db.session() as s:
        expected = eligible_by_enrolment(s)
        got = eligible_candidates(s)
        certificates = s.execute(select(Certificate.status)).scalars().all()
    assert got == expected
    # Not a comparison of two empty lists: every case the generator makes is there.
    assert {r.eligible for r in got} == {"full", "partial"}
    # Both qualifications the generator makes (the demo's own GMT-L2 candidates may be there too).
    assert {"ELI-L2", "GEN-MC"} <= {r.qualification for r in got}
    assert len(got) > 50
    assert CertificateStatus.REVOKED in certificates and CertificateStatus.ISSUED in certificates


def test_eligibility_reports_progress_and_can_be_cancelled(generated_db) -> None:
    steps: list[tuple[int, int]] = []
    with generated_db.session() as s:
        eligible_candidates(s, lambda done, total: steps.append((done, total)))
    assert steps[0] == (0, 4) and steps[-1] == (4, 4)

    def cancel(done: int, _total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with generated_db.session() as s, pytest.raises(KeyboardInterrupt):
        eligible_candidates(s, cancel)


@pytest.mark.parametrize(("date_from", "date_to"), PERIODS)
def test_statistics_match_python_sets_on_demo(demo_db, demo_actor, date_from, date_to) -> None:
    with demo_db.transaction() as s:
        certs.issue_certificate(
            s, demo_actor("registrar"), "ACC-2026-00001", "ELI-L2", "en", issued_on=dt.date(2026, 11, 20)
        )
    with demo_db.session() as s:
        assert statistics(s, date_from, date_to) == statistics_in_python(s, date_from, date_to)


def test_statistics_match_python_sets_on_generated_data(generated_db) -> None:
    with generated_db.session() as s:
        for date_from, date_to in PERIODS:
            expected = statistics_in_python(s, date_from, date_to)
            assert statistics(s, date_from, date_to) == expected, (date_from, date_to)
        whole = statistics(s)
    # Every breakdown has something to compare, the unknowns included.
    assert whole.total.assessed.female and whole.total.assessed.male and whole.total.certified.total
    keys = {b.key: {r.key for r in b.rows} for b in whole.breakdowns}
    assert UNKNOWN in keys["age_group"] and UNKNOWN in keys["nationality"] and UNKNOWN in keys["qualification"]
    assert {"ELI-L2", "GEN-MC"} <= keys["qualification"]


def test_age_groups_in_sql_match_python_at_every_boundary(db) -> None:
    """Birthdays the day before, on and after each group's boundary, ages counted on ordinary days and on
    a 29 February; no birth date, and a birth date after the day."""
    days = [dt.date(2026, 6, 30), dt.date(2024, 2, 29), dt.date(2025, 3, 1), dt.date(2025, 1, 1)]
    born = bindparam("born", type_=Date)
    checked = 0
    with db.session() as s:
        for day in days:
            stmt = select(age_group_sql(born, day))
            births: list[dt.date | None] = [None, day + dt.timedelta(days=1), day]
            for years in (1, 17, 18, 24, 25, 34, 35, 44, 45, 54, 55, 120, 200, 201):
                for shift in (-1, 0, 1):
                    try:
                        anniversary = day.replace(year=day.year - years)
                    except ValueError:  # 29 February in a year without one
                        anniversary = dt.date(day.year - years, 3, 1)
                    births.append(anniversary + dt.timedelta(days=shift))
            for b in births:
                assert s.execute(stmt, {"born": b}).scalar_one() == age_group(b, day), (b, day)
                checked += 1
    assert checked > 150
