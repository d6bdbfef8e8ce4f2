"""RPL figures, women and men apart: enrolments, how far they got, completion, time to certificate and
time spent in each stage (the measures the ILO uses to follow RPL systems). Shown on the Reports page
and written in the statistics workbook."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from statistics import median

from sqlalchemy import select
from sqlalchemy.orm import Session

from skillassess.core.enums import CertificateStatus, EligibilityDecision, Pathway, RplStage, Sex
from skillassess.core.models import Candidate, Certificate, Enrolment, GapReferral, RplStep
from skillassess.core.records import RplFigureRow, RplFigures

STAGES = list(RplStage)


def rpl_figures(session: Session, date_from: dt.date | None = None, date_to: dt.date | None = None) -> RplFigures:
    """Figures of the RPL enrolments made in the period (all when no dates)."""
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
