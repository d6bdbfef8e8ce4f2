"""The set-based eligibility and statistics (issue 14) give the answers the per-enrolment code gave.

The reference functions below are the code they replaced, kept word for word: eligibility asked
``enrolment_progress`` once per enrolment, statistics loaded every verified row into Python sets, the
RPL figures read every RPL enrolment, step, certificate and referral and took medians of lists. All
are compared with the new code on the demo and on a database from benchmarks/scale_data.py (the
generator of every benchmark: two qualifications with both packaging rules, a second unit version,
chosen units, withdrawn enrolments, second attempts, results outside any enrolment, full and partial
certificates, revoked ones, candidates without a birth date or a nationality, RPL steps skipped,
repeated or dated out of order, enrolments found not eligible, referrals to gap training).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise
from statistics import median
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import Date, bindparam, select
from sqlalchemy.orm import Session

from skillassess.core.enums import (
    AssessmentStatus,
    CertificateStatus,
    Disability,
    EligibilityDecision,
    EnrolmentStatus,
    Outcome,
    Pathway,
    RplStage,
    Sex,
)
from skillassess.core.models import (
    Assessment,
    Candidate,
    Certificate,
    Enrolment,
    GapReferral,
    Qualification,
    RplStep,
)
from skillassess.core.records import MEASURES, Breakdown, RplFigureRow, RplFigures, SexCounts, Statistics, StatRow
from skillassess.services import certificates as certs
from skillassess.services.eligibility import EligibleRow, eligible_candidates
from skillassess.services.progress import enrolment_progress
from skillassess.services.rpl_figures import rpl_figures
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
    # The RPL figures are a query of their own (services/rpl_figures.py), compared below with the code
    # they replaced: taken as they are here, so that everything else is compared.
    return Statistics(date_from, date_to, ages_on, total, breakdowns, rpl_figures(session, date_from, date_to))


STAGES = list(RplStage)


def rpl_figures_in_python(
    session: Session, date_from: dt.date | None = None, date_to: dt.date | None = None
) -> RplFigures:
    stmt = (
        select(
            Enrolment.id,
            Enrolment.candidate_id,
            Enrolment.qualification_id,
            Enrolment.enrolled_on,
            Enrolment.stage,
            Candidate.sex,
        )
        .join(Candidate, Enrolment.candidate_id == Candidate.id)
        .where(Enrolment.pathway == Pathway.RPL)
    )
    if date_from is not None:
        stmt = stmt.where(Enrolment.enrolled_on >= date_from)
    if date_to is not None:
        stmt = stmt.where(Enrolment.enrolled_on <= date_to)
    enrolments = session.execute(stmt).all()
    # The other tables are read for the same enrolments through a subquery, not a list of their ids: at
    # 100,000 enrolments such a list is 100,000 parameters (more than PostgreSQL takes) to build and send.
    chosen = stmt.with_only_columns(Enrolment.id).scalar_subquery()
    of_chosen = stmt.with_only_columns(Enrolment.candidate_id).scalar_subquery()
    not_eligible = set(
        session.execute(
            select(RplStep.enrolment_id).where(
                RplStep.enrolment_id.in_(chosen), RplStep.decision == EligibilityDecision.NOT_ELIGIBLE
            )
        ).scalars()
    )
    first_certificate: dict[tuple[int, int], dt.date] = {}
    for cand, qual, issued in session.execute(
        select(Certificate.candidate_id, Certificate.qualification_id, Certificate.issued_on).where(
            Certificate.status == CertificateStatus.ISSUED, Certificate.candidate_id.in_(of_chosen)
        )
    ).all():
        first_certificate[(cand, qual)] = min(issued, first_certificate.get((cand, qual), issued))
    referred = set(
        session.execute(select(GapReferral.enrolment_id).where(GapReferral.enrolment_id.in_(chosen))).scalars()
    )
    entered: dict[int, dict[RplStage, dt.date]] = {}
    for eid, stage, on in session.execute(
        select(RplStep.enrolment_id, RplStep.stage, RplStep.on_date).where(RplStep.enrolment_id.in_(chosen))
    ).all():
        dates = entered.setdefault(eid, {})
        dates[stage] = min(on, dates.get(stage, on))

    rows = {key: RplFigureRow(key) for key in ("female", "male", "total")}
    to_certificate: dict[str, list[int]] = {key: [] for key in rows}
    in_stage: dict[str, dict[RplStage, list[int]]] = {key: {s: [] for s in STAGES} for key in rows}
    for e in enrolments:
        if e.id in not_eligible:
            continue
        groups = [rows["total"], rows["female" if e.sex == Sex.FEMALE else "male"]]
        first: dt.date | None = first_certificate.get((e.candidate_id, e.qualification_id))
        issued_on = first if first is not None and first >= e.enrolled_on else None
        dates = dict(entered.get(e.id, {}))
        dates.setdefault(RplStage.INFORMATION, e.enrolled_on)
        dates[RplStage.INFORMATION] = min(dates[RplStage.INFORMATION], e.enrolled_on)
        reached = sorted(dates, key=STAGES.index)
        for row in groups:
            row.enrolled += 1
            row.at_stage[e.stage.value] = row.at_stage.get(e.stage.value, 0) + 1
            if e.id in referred:
                row.referred += 1
            if issued_on is not None:
                row.certified += 1
                to_certificate[row.key].append((issued_on - e.enrolled_on).days)
            for here, later in pairwise(reached):
                in_stage[row.key][here].append(max((dates[later] - dates[here]).days, 0))
    for group, row in rows.items():
        row.days_to_certificate = float(median(to_certificate[group])) if to_certificate[group] else None
        row.days_in_stage = {s.value: float(median(v)) for s, v in in_stage[group].items() if v}
    return RplFigures(date_from, date_to, [s.value for s in STAGES], rows["female"], rows["male"], rows["total"])


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


@pytest.mark.parametrize(("date_from", "date_to"), PERIODS)
def test_rpl_figures_match_per_enrolment_code_on_demo(demo_db, date_from, date_to) -> None:
    with demo_db.session() as s:
        assert rpl_figures(s, date_from, date_to) == rpl_figures_in_python(s, date_from, date_to)


def test_rpl_figures_match_per_enrolment_code_on_generated_data(generated_db) -> None:
    with generated_db.session() as s:
        for date_from, date_to in PERIODS:
            expected = rpl_figures_in_python(s, date_from, date_to)
            assert rpl_figures(s, date_from, date_to) == expected, (date_from, date_to)
        whole = rpl_figures(s)
        not_eligible = s.execute(
            select(RplStep.id).where(RplStep.decision == EligibilityDecision.NOT_ELIGIBLE).limit(1)
        ).first()
        enrolled = s.execute(select(Enrolment.id).where(Enrolment.pathway == Pathway.RPL)).scalars().all()
    # Something to compare in every figure: both sexes, every stage, odd and even counts for the medians.
    assert not_eligible is not None and whole.total.enrolled < len(enrolled)
    assert whole.female.enrolled and whole.male.enrolled and whole.total.referred and whole.total.certified
    assert set(whole.total.at_stage) == {s.value for s in RplStage}
    assert set(whole.female.days_in_stage) == {s.value for s in RplStage} - {RplStage.APPEAL.value}
    assert whole.female.days_to_certificate is not None and whole.male.days_to_certificate is not None


def test_medians_from_histograms_are_those_of_the_values() -> None:
    from collections import Counter
    from statistics import median

    from skillassess.services.rpl_figures import _median

    for values in ([3], [1, 2], [0, 0, 5, 9], [4, 1, 1, 7, 7, 7, 2], [*range(10), 3, 3, 3], [-2, 5]):
        assert _median(Counter(values)) == float(median(values)), values
    assert _median(Counter()) is None
