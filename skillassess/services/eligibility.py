"""Who can be certified now, for every enrolment at once: a few set-based queries, not one per enrolment.

The rules are those of ``services.progress.enrolment_progress`` (one enrolment, shown on the
candidate's page) and of ``services.certificates._covered``; tests/services/test_eligibility.py proves
that both give the same answers, on the demo and on a generated database:

- a unit of the enrolment's qualification is achieved by any verified attempt of the candidate with
  an achieving outcome (Competent, RPL granted, Credit transfer) at that unit's code, any version;
- an enrolment for chosen units counts only those units and is never eligible for the full certificate;
- "full" when the qualification's packaging rules are met, else "partial" with one achieved unit;
- an enrolment is left out when an issued (not revoked) certificate already states what a new one
  would: a full certificate, or for a statement, one whose units include every achieved unit.

One GROUP BY reads the verified achieving results joined to the candidates' enrolments, a row per
enrolment with the units of its results and its candidate's name; the small tables (qualifications, units,
chosen units) and the issued certificates (a row each) are read once and joined in Python: the work grows
with the number of enrolments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Select, String, cast, func, select
from sqlalchemy.orm import Session

from skillassess.core.enums import AssessmentStatus, CertificateKind, CertificateStatus, EnrolmentStatus, Outcome
from skillassess.core.models import (
    Assessment,
    Candidate,
    Certificate,
    CertificateUnit,
    Enrolment,
    EnrolmentUnit,
    Qualification,
    QualificationUnit,
    Unit,
)
from skillassess.core.rules import packaging_met
from skillassess.services.statistics import scanned

ACHIEVING = [o for o in Outcome if o.achieved]


@dataclass(frozen=True)
class EligibleRow:
    """An enrolment from which a certificate can be issued now."""

    enrolment_id: int
    candidate_id: int
    registration_number: str
    candidate_name: str
    qualification: str  # code
    qualification_title: str
    eligible: str  # "full" or "partial"
    units: list[str] = field(default_factory=list)  # codes of the achieved units


@dataclass(frozen=True)
class _Link:
    unit_id: int
    code: str
    category: str
    credits: int


@dataclass(frozen=True)
class _Qualification:
    code: str
    title: str
    rule: str
    electives_required: int
    credits_required: int
    links: list[_Link]  # in the order of the qualification (position, then code)
    core: set[str]


def _qualifications(session: Session) -> dict[int, _Qualification]:
    quals = {
        q.id: _Qualification(
            q.code, q.title, q.packaging_rule.value, q.electives_required, q.credits_required, [], set()
        )
        for q in session.execute(
            select(
                Qualification.id,
                Qualification.code,
                Qualification.title,
                Qualification.packaging_rule,
                Qualification.electives_required,
                Qualification.credits_required,
            )
        )
    }
    for qid, unit_id, code, category, credits in session.execute(
        select(QualificationUnit.qualification_id, Unit.id, Unit.code, QualificationUnit.category, Unit.credits)
        .join(Unit, QualificationUnit.unit_id == Unit.id)
        .order_by(QualificationUnit.qualification_id, QualificationUnit.position, Unit.code)
    ):
        q = quals[qid]
        q.links.append(_Link(unit_id, code, category.value, credits))
        if category.value == "core":
            q.core.add(code)
    return quals


def _unit_ids(listed: str | None) -> set[int]:
    """The ids of a ``aggregate_strings`` list ("12,15,18"; None for none)."""
    return {int(u) for u in listed.split(",")} if listed else set()


def _issued_certificates(session: Session) -> dict[tuple[int, int], list[tuple[CertificateKind, str | None]]]:
    """(candidate, qualification) -> the kind and unit ids ("12,15", read by ``_covered`` when it needs
    them) of each issued certificate (a row each)."""
    out: dict[tuple[int, int], list[tuple[CertificateKind, str | None]]] = {}
    for cand, qual, kind, units in session.connection().execute(  # Core rows: no ORM loading
        select(
            Certificate.candidate_id,
            Certificate.qualification_id,
            Certificate.kind,
            func.aggregate_strings(cast(CertificateUnit.unit_id, String), ","),
        )
        .outerjoin(CertificateUnit, CertificateUnit.certificate_id == Certificate.id)
        .where(Certificate.status == CertificateStatus.ISSUED)
        .group_by(Certificate.id)
    ):
        out.setdefault((cand, qual), []).append((kind, units))
    return out


def achieved_results_query() -> Select[int, int, int, str, str, str, str]:
    """For each enrolment (not withdrawn) with verified achieving results of its candidate: the enrolment,
    candidate, qualification, the units of those results ("12,15,12") and the candidate's registration
    number and names. One GROUP BY over the results joined to the enrolments, read once; the names are
    looked up for each group, not for each result."""
    groups = (
        select(
            Enrolment.id.label("enrolment_id"),
            Enrolment.candidate_id.label("candidate_id"),
            Enrolment.qualification_id.label("qualification_id"),
            func.aggregate_strings(cast(Assessment.unit_id, String), ",").label("units"),
        )
        .select_from(Assessment)
        .join(Enrolment, Enrolment.candidate_id == Assessment.candidate_id)
        .where(
            scanned(Assessment.status) == AssessmentStatus.VERIFIED.value,  # most results: read the table
            Assessment.outcome.in_(ACHIEVING),
            Enrolment.status != EnrolmentStatus.WITHDRAWN,
        )
        .group_by(Enrolment.id)
        .subquery()
    )
    return select(
        groups.c.enrolment_id,
        groups.c.candidate_id,
        groups.c.qualification_id,
        groups.c.units,
        Candidate.registration_number,
        Candidate.given_names,
        Candidate.family_name,
    ).join_from(groups, Candidate, Candidate.id == groups.c.candidate_id)


def eligible_candidates(session: Session, progress: Callable[[int, int], object] | None = None) -> list[EligibleRow]:
    """Enrolments with verified achieved units that no issued certificate states yet.

    ``progress(done, total)``, when given, is called between the steps (it may raise to cancel).
    """
    step = progress or (lambda _done, _total: None)
    step(0, 4)
    quals = _qualifications(session)
    units_by_code: dict[str, list[int]] = {}
    for unit_id, code in session.execute(select(Unit.id, Unit.code)):
        units_by_code.setdefault(code, []).append(unit_id)
    # (qualification, unit of a result) -> the qualification's units it counts for: those with its code
    counts_for: dict[tuple[int, int], list[int]] = {}
    for qid, q in quals.items():
        for link in q.links:
            for result_unit in units_by_code[link.code]:
                counts_for.setdefault((qid, result_unit), []).append(link.unit_id)
    chosen: dict[int, set[int]] = {}
    for eid, unit_id in session.execute(select(EnrolmentUnit.enrolment_id, EnrolmentUnit.unit_id)):
        chosen.setdefault(eid, set()).add(unit_id)
    step(1, 4)
    certificates = _issued_certificates(session)
    step(2, 4)
    # The same few lists of results recur in thousands of enrolments: what the units and the packaging
    # rules make of each list (for one qualification, with or without chosen units) is worked out once.
    decided: dict[tuple[int, frozenset[int], int], tuple[set[int], bool, list[str]]] = {}
    listed: dict[str, frozenset[int]] = {}  # a list of results as the query gives it -> its unit ids
    out: list[EligibleRow] = []
    rows = session.connection().execute(achieved_results_query()).all()
    for eid, cid, qid, result_units, regno, given, family in rows:
        q = quals[qid]
        result_set = listed.get(result_units)
        if result_set is None:
            result_set = listed[result_units] = frozenset(_unit_ids(result_units))
        key = (qid, result_set, eid if eid in chosen else 0)
        decision = decided.get(key)
        if decision is None:
            only = chosen.get(eid)
            achieved: set[int] = set()
            for result_unit in result_set:
                units = counts_for.get((qid, result_unit))
                if units:  # else a result at a unit outside the enrolment's qualification
                    achieved.update(units if only is None else (u for u in units if u in only))
            achieved_links = [link for link in q.links if link.unit_id in achieved]
            achieved_codes = {link.code: (link.category, link.credits) for link in achieved_links}
            full = only is None and packaging_met(
                q.rule, q.electives_required, q.credits_required, q.core, achieved_codes
            )
            decision = decided[key] = (achieved, full, [link.code for link in achieved_links])
        unit_ids, full, codes = decision
        if not unit_ids:
            continue
        existing = certificates.get((cid, qid))
        if existing is None or not _covered(
            existing, CertificateKind.FULL if full else CertificateKind.STATEMENT, unit_ids
        ):
            out.append(
                EligibleRow(  # by position: thousands of rows
                    eid,
                    cid,
                    regno,
                    f"{given} {family}".strip(),
                    q.code,
                    q.title,
                    "full" if full else "partial",
                    list(codes),
                )
            )
    step(3, 4)
    # The list's order: registration number, then enrolment. Sorted here, not in SQL, on the rows kept
    # (code point order, which is SQLite's and PostgreSQL's in the C collation).
    out.sort(key=lambda r: (r.registration_number, r.enrolment_id))
    step(4, 4)
    return out


def _covered(existing: list[tuple[CertificateKind, str | None]], kind: CertificateKind, unit_ids: set[int]) -> bool:
    """Whether an issued certificate already states what a new one would (the same kind and units, or full)."""
    for cert_kind, cert_units in existing:
        if cert_kind == CertificateKind.FULL:
            return True
        if kind == CertificateKind.STATEMENT and _unit_ids(cert_units) >= unit_ids:
            return True
    return False
