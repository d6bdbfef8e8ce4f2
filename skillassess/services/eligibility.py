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


def achieved_results_query() -> Select[int, int, int, int, str, str, str]:
    """(enrolment, candidate, qualification, unit of the result, registration number, names) for each verified
    achieving result of a candidate in an enrolment that is not withdrawn: the rows of one join, read once."""
    return (
        select(
            Enrolment.id,
            Enrolment.candidate_id,
            Enrolment.qualification_id,
            Assessment.unit_id,
            Candidate.registration_number,
            Candidate.given_names,
            Candidate.family_name,
        )
        .select_from(Assessment)
        .join(Enrolment, Enrolment.candidate_id == Assessment.candidate_id)
        .join(Candidate, Candidate.id == Enrolment.candidate_id)
        .where(
            Assessment.status == AssessmentStatus.VERIFIED,
            Assessment.outcome.in_(ACHIEVING),
            Enrolment.status != EnrolmentStatus.WITHDRAWN,
        )
    )


def eligible_candidates(session: Session, progress: Callable[[int, int], object] | None = None) -> list[EligibleRow]:
    """Enrolments with verified achieved units that no issued certificate states yet.

    ``progress(done, total)``, when given, is called between the steps (it may raise to cancel).
    """
    step = progress or (lambda _done, _total: None)
    step(0, 4)
    quals = _qualifications(session)
    unit_codes: dict[int, str] = dict(session.execute(select(Unit.id, Unit.code)).all())
    # qualification -> unit code -> the qualification's units with that code (a result counts for its code)
    links_by_code: dict[int, dict[str, list[int]]] = {}
    for qid, q in quals.items():
        for link in q.links:
            links_by_code.setdefault(qid, {}).setdefault(link.code, []).append(link.unit_id)
    chosen: dict[int, set[int]] = {}
    for eid, unit_id in session.execute(select(EnrolmentUnit.enrolment_id, EnrolmentUnit.unit_id)):
        chosen.setdefault(eid, set()).add(unit_id)
    step(1, 4)
    certificates = _issued_certificates(session)
    step(2, 4)
    # enrolment -> (candidate, registration number, name, qualification, achieved units)
    enrolments: dict[int, tuple[int, str, str, int, set[int]]] = {}
    rows = session.connection().execute(achieved_results_query()).all()  # Core rows: no ORM loading per row
    for eid, cid, qid, result_unit, regno, given, family in rows:
        units = links_by_code.get(qid, {}).get(unit_codes[result_unit])
        if not units:
            continue  # a result at a unit outside the enrolment's qualification
        only = chosen.get(eid)
        if only is not None:
            units = [u for u in units if u in only]
            if not units:
                continue
        entry = enrolments.get(eid)
        if entry is None:
            entry = enrolments[eid] = (cid, regno, f"{given} {family}".strip(), qid, set())
        entry[4].update(units)
    step(3, 4)
    out: list[EligibleRow] = []
    for eid, (cid, regno, name, qid, unit_ids) in enrolments.items():
        q = quals[qid]
        achieved_links = [link for link in q.links if link.unit_id in unit_ids]
        achieved = {link.code: (link.category, link.credits) for link in achieved_links}
        full = eid not in chosen and packaging_met(q.rule, q.electives_required, q.credits_required, q.core, achieved)
        kind = CertificateKind.FULL if full else CertificateKind.STATEMENT
        if _covered(certificates.get((cid, qid), []), kind, unit_ids):
            continue
        out.append(
            EligibleRow(
                enrolment_id=eid,
                candidate_id=cid,
                registration_number=regno,
                candidate_name=name,
                qualification=q.code,
                qualification_title=q.title,
                eligible="full" if full else "partial",
                units=[link.code for link in achieved_links],
            )
        )
    # The list's order: registration number, then enrolment. Sorted here, not in SQL, on the few rows kept
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
