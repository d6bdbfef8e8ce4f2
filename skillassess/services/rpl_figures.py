"""RPL figures, women and men apart: enrolments, how far they got, completion, time to certificate and
time spent in each stage (the measures the ILO uses to follow RPL systems). Shown on the Reports page
and written in the statistics workbook.

Set-based (issue 14): one statement, whatever the number of enrolments. A per-enrolment table (sex, stage,
referred, days to the first certificate, days spent in each stage reached) is grouped into counts and into
histograms of days, and the medians are read off the histograms; no row per enrolment reaches Python.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy import Integer, String, case, cast, exists, func, literal, null, or_, select, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from skillassess.core.enums import CertificateStatus, EligibilityDecision, Pathway, RplStage, Sex
from skillassess.core.models import Candidate, Certificate, Enrolment, GapReferral, RplStep
from skillassess.core.records import RplFigureRow, RplFigures

STAGES = list(RplStage)
_COUNTS = "counts"
_TO_CERTIFICATE = "to_certificate"
_IN_STAGE = "in_stage"


class days_between(FunctionElement[int]):  # an SQL function, named as one
    """Whole days from the second date to the first (negative when the first is earlier)."""

    type = Integer()
    inherit_cache = True


@compiles(days_between)
def _days_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


@compiles(days_between, "postgresql")
def _days_postgresql(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"({later} - {earlier})"


def _figures_sql(date_from: dt.date | None, date_to: dt.date | None) -> Any:
    """The statement: rows of (measure, sex, stage, days, enrolments, referred, certified)."""
    # The first day each enrolment reached each stage, and whether it was found not eligible.
    steps = (
        select(
            RplStep.enrolment_id.label("enrolment_id"),
            *(func.min(case((RplStep.stage == s, RplStep.on_date))).label(s.value) for s in STAGES),
            func.max(case((RplStep.decision == EligibilityDecision.NOT_ELIGIBLE, 1), else_=0)).label("not_eligible"),
        )
        .group_by(RplStep.enrolment_id)
        .subquery("steps")
    )
    first_certificate = (
        select(
            Certificate.candidate_id,
            Certificate.qualification_id,
            func.min(Certificate.issued_on).label("issued_on"),
        )
        .where(Certificate.status == CertificateStatus.ISSUED)
        .group_by(Certificate.candidate_id, Certificate.qualification_id)
        .subquery("first_certificate")
    )
    # Information and counselling starts on the enrolment day, or on an earlier step dated before it.
    information = steps.c[RplStage.INFORMATION.value]
    reached = [
        case(
            (or_(information.is_(None), information > Enrolment.enrolled_on), Enrolment.enrolled_on), else_=information
        ),
        *(steps.c[s.value] for s in STAGES[1:]),
    ]
    # Days in a stage: to the next stage reached (none reached: still in it, not counted).
    in_stage = [
        days_between(reached[i + 1] if i + 2 == len(reached) else func.coalesce(*reached[i + 1 :]), here).label(
            f"days_{STAGES[i].value}"
        )
        for i, here in enumerate(reached[:-1])
    ]
    stmt = (
        select(
            Candidate.sex.label("sex"),
            Enrolment.stage.label("stage"),
            case((exists().where(GapReferral.enrolment_id == Enrolment.id), 1), else_=0).label("referred"),
            case(
                (
                    first_certificate.c.issued_on >= Enrolment.enrolled_on,
                    days_between(first_certificate.c.issued_on, Enrolment.enrolled_on),
                )
            ).label("to_certificate"),
            *in_stage,
        )
        .join(Candidate, Enrolment.candidate_id == Candidate.id)
        .outerjoin(steps, steps.c.enrolment_id == Enrolment.id)
        .outerjoin(
            first_certificate,
            (first_certificate.c.candidate_id == Enrolment.candidate_id)
            & (first_certificate.c.qualification_id == Enrolment.qualification_id),
        )
        .where(Enrolment.pathway == Pathway.RPL, func.coalesce(steps.c.not_eligible, 0) == 0)
    )
    if date_from is not None:
        stmt = stmt.where(Enrolment.enrolled_on >= date_from)
    if date_to is not None:
        stmt = stmt.where(Enrolment.enrolled_on <= date_to)
    enrolments = stmt.cte("rpl_enrolment")  # read once, grouped several ways
    no_days = cast(null(), Integer)
    parts = [
        select(
            literal(_COUNTS, String).label("measure"),
            enrolments.c.sex,
            enrolments.c.stage,
            no_days.label("days"),
            func.count().label("enrolments"),
            func.sum(enrolments.c.referred).label("referred"),
            func.count(enrolments.c.to_certificate).label("certified"),
        ).group_by(enrolments.c.sex, enrolments.c.stage),
        select(
            literal(_TO_CERTIFICATE, String),
            enrolments.c.sex,
            cast(null(), String),
            enrolments.c.to_certificate,
            func.count(),
            literal(0, Integer),
            literal(0, Integer),
        )
        .where(enrolments.c.to_certificate.is_not(None))
        .group_by(enrolments.c.sex, enrolments.c.to_certificate),
    ]
    for stage in STAGES[:-1]:
        raw = enrolments.c[f"days_{stage.value}"]
        days = case((raw < 0, 0), else_=raw)  # a later stage dated earlier: no time spent
        parts.append(
            select(
                literal(_IN_STAGE, String),
                enrolments.c.sex,
                literal(stage.value, String),
                days,
                func.count(),
                literal(0, Integer),
                literal(0, Integer),
            )
            .where(raw.is_not(None))
            .group_by(enrolments.c.sex, days)
        )
    return union_all(*parts)


def _median(histogram: Counter[int]) -> float | None:
    """The median of the values a histogram counts (of the two middle ones when their number is even)."""
    n = sum(histogram.values())
    if not n:
        return None
    middle = {(n - 1) // 2, n // 2}
    picked: list[int] = []
    seen = 0
    for value, count in sorted(histogram.items()):
        picked += [value] * sum(1 for m in middle if seen <= m < seen + count)
        seen += count
    return sum(picked) / len(picked)


def rpl_figures(session: Session, date_from: dt.date | None = None, date_to: dt.date | None = None) -> RplFigures:
    """Figures of the RPL enrolments made in the period (all when no dates)."""
    rows = {key: RplFigureRow(key) for key in ("female", "male", "total")}
    to_certificate: dict[str, Counter[int]] = {key: Counter() for key in rows}
    in_stage: dict[str, dict[str, Counter[int]]] = {key: {s.value: Counter() for s in STAGES} for key in rows}
    for measure, sex, stage, days, n, referred, certified in session.execute(_figures_sql(date_from, date_to)):
        groups = ("total", "female" if sex == Sex.FEMALE else "male")
        stage_value = stage.value if isinstance(stage, RplStage) else stage
        for key in groups:
            if measure == _COUNTS:
                row = rows[key]
                row.enrolled += n
                row.referred += referred
                row.certified += certified
                row.at_stage[stage_value] = row.at_stage.get(stage_value, 0) + n
            elif measure == _TO_CERTIFICATE:
                to_certificate[key][days] += n
            else:
                in_stage[key][stage_value][days] += n
    for key, row in rows.items():
        row.days_to_certificate = _median(to_certificate[key])
        row.days_in_stage = {s: m for s, hist in in_stage[key].items() if (m := _median(hist)) is not None}
    return RplFigures(date_from, date_to, [s.value for s in STAGES], rows["female"], rows["male"], rows["total"])
