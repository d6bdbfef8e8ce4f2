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

One query reads the verified achieving results joined to the candidates' enrolments (the rows one GROUP BY
over them would read); the small tables (qualifications, units, chosen units) and the issued
certificates are read once and joined in Python: the work grows with the number of results.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Select, select
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


def _issued_certificates(session: Session) -> dict[tuple[int, int], list[tuple[CertificateKind, set[int]]]]:
    """(candidate, qualification) -> the kind and unit ids of each issued certificate."""
    out: dict[tuple[int, int], dict[int, tuple[CertificateKind, set[int]]]] = {}
    for cert_id, cand, qual, kind, unit_id in session.connection().execute(  # Core rows: no ORM loading
        select(
            Certificate.id,
            Certificate.candidate_id,
            Certificate.qualification_id,
            Certificate.kind,
            CertificateUnit.unit_id,
        )
        .outerjoin(CertificateUnit, CertificateUnit.certificate_id == Certificate.id)
        .where(Certificate.status == CertificateStatus.ISSUED)
    ):
        certs = out.setdefault((cand, qual), {})
        entry = certs.setdefault(cert_id, (kind, set()))
        if unit_id is not None:
            entry[1].add(unit_id)
    return {key: list(certs.values()) for key, certs in out.items()}


def achieved_results_query() -> Select[int, int, int, int]:
    """(enrolment, candidate, qualification, unit of the result) for each verified achieving result of a
    candidate in an enrolment that is not withdrawn: the rows of one join, read once."""
    return (
        select(Enrolment.id, Enrolment.candidate_id, Enrolment.qualification_id, Assessment.unit_id)
        .select_from(Assessment)
        .join(Enrolment, Enrolment.candidate_id == Assessment.candidate_id)
        .where(
            scanned(Assessment.status) == AssessmentStatus.VERIFIED.value,  # most results: read the table
            Assessment.outcome.in_(ACHIEVING),
            Enrolment.status != EnrolmentStatus.WITHDRAWN,
        )
    )


_NAMES_CHUNK = 500  # candidates per query for the names of those kept (under every driver's parameter limit)


def _names(session: Session, candidate_ids: list[int]) -> dict[int, tuple[str, str]]:
    """Registration number and name of each candidate, read for the candidates kept only."""
    out: dict[int, tuple[str, str]] = {}
    conn = session.connection()
    for start in range(0, len(candidate_ids), _NAMES_CHUNK):
        chunk = candidate_ids[start : start + _NAMES_CHUNK]
        for cid, regno, given, family in conn.execute(
            select(Candidate.id, Candidate.registration_number, Candidate.given_names, Candidate.family_name).where(
                Candidate.id.in_(chunk)
            )
        ):
            out[cid] = (regno, f"{given} {family}".strip())
    return out


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
    # enrolment -> (candidate, qualification, achieved units)
    enrolments: dict[int, tuple[int, int, set[int]]] = {}
    for eid, cid, qid, result_unit in session.connection().execute(achieved_results_query()).all():
        units = counts_for.get((qid, result_unit))
        if not units:
            continue  # a result at a unit outside the enrolment's qualification
        only = chosen.get(eid)
        if only is not None:
            units = [u for u in units if u in only]
            if not units:
                continue
        entry = enrolments.get(eid)
        if entry is None:
            entry = enrolments[eid] = (cid, qid, set())
        entry[2].update(units)
    step(3, 4)
    # What the packaging rules say of a set of achieved units: the same few sets recur in thousands of enrolments.
    decided: dict[tuple[int, frozenset[int], bool], tuple[bool, list[str]]] = {}
    kept: list[tuple[int, int, _Qualification, bool, list[str]]] = []
    for eid, (cid, qid, unit_ids) in enrolments.items():
        q = quals[qid]
        key = (qid, frozenset(unit_ids), eid in chosen)
        decision = decided.get(key)
        if decision is None:
            achieved_links = [link for link in q.links if link.unit_id in unit_ids]
            achieved = {link.code: (link.category, link.credits) for link in achieved_links}
            full = not key[2] and packaging_met(q.rule, q.electives_required, q.credits_required, q.core, achieved)
            decision = decided[key] = (full, [link.code for link in achieved_links])
        full, codes = decision
        existing = certificates.get((cid, qid))
        if existing is None or not _covered(
            existing, CertificateKind.FULL if full else CertificateKind.STATEMENT, unit_ids
        ):
            kept.append((eid, cid, q, full, codes))
    names = _names(session, sorted({cid for _eid, cid, _q, _full, _codes in kept}))
    out = [
        EligibleRow(
            enrolment_id=eid,
            candidate_id=cid,
            registration_number=names[cid][0],
            candidate_name=names[cid][1],
            qualification=q.code,
            qualification_title=q.title,
            eligible="full" if full else "partial",
            units=list(codes),
        )
        for eid, cid, q, full, codes in kept
    ]
    # The list's order: registration number, then enrolment. Sorted here, not in SQL, on the rows kept
    # (code point order, which is SQLite's and PostgreSQL's in the C collation).
    out.sort(key=lambda r: (r.registration_number, r.enrolment_id))
    step(4, 4)
    return out


def _covered(existing: list[tuple[CertificateKind, set[int]]], kind: CertificateKind, unit_ids: set[int]) -> bool:
    """Whether an issued certificate already states what a new one would (the same kind and units, or full)."""
    for cert_kind, cert_units in existing:
        if cert_kind == CertificateKind.FULL:
            return True
        if kind == CertificateKind.STATEMENT and cert_units >= unit_ids:
            return True
    return False
