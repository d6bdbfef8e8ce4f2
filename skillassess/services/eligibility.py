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

One query reads the achieved (enrolment, unit) pairs, starting from the achieving results (an index on
the assessment's status): the work grows with the number of results, not with enrolments x units.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Select, and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

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
    for cert_id, cand, qual, kind, unit_id in session.execute(
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


def achieved_pairs_query() -> Select[int, int, str, str, str, int, bool, int]:
    """(enrolment, registration number, names, qualification, has chosen units, achieved unit) of every
    enrolment that is not withdrawn, in the order of the list: registration number, then enrolment."""
    result_unit = aliased(Unit)
    link_unit = aliased(Unit)
    has_chosen = exists().where(EnrolmentUnit.enrolment_id == Enrolment.id)
    chosen = exists().where(
        EnrolmentUnit.enrolment_id == Enrolment.id, EnrolmentUnit.unit_id == QualificationUnit.unit_id
    )
    return (
        select(
            Enrolment.id,
            Candidate.id,
            Candidate.registration_number,
            Candidate.given_names,
            Candidate.family_name,
            Enrolment.qualification_id,
            has_chosen.label("has_chosen"),
            QualificationUnit.unit_id,
        )
        .select_from(Assessment)
        .join(result_unit, result_unit.id == Assessment.unit_id)
        .join(link_unit, link_unit.code == result_unit.code)
        .join(QualificationUnit, QualificationUnit.unit_id == link_unit.id)
        .join(
            Enrolment,
            and_(
                Enrolment.candidate_id == Assessment.candidate_id,
                Enrolment.qualification_id == QualificationUnit.qualification_id,
            ),
        )
        .join(Candidate, Candidate.id == Enrolment.candidate_id)
        .where(
            Assessment.status == AssessmentStatus.VERIFIED,
            Assessment.outcome.in_(ACHIEVING),
            Enrolment.status != EnrolmentStatus.WITHDRAWN,
            or_(~has_chosen, chosen),
        )
        .distinct()
        .order_by(Candidate.registration_number, Enrolment.id)
    )


def eligible_candidates(session: Session, progress: Callable[[int, int], object] | None = None) -> list[EligibleRow]:
    """Enrolments with verified achieved units that no issued certificate states yet.

    ``progress(done, total)``, when given, is called between the steps (it may raise to cancel).
    """
    step = progress or (lambda _done, _total: None)
    step(0, 4)
    quals = _qualifications(session)
    step(1, 4)
    certificates = _issued_certificates(session)
    step(2, 4)
    # enrolment -> (candidate id, registration number, name, qualification, has chosen units, achieved unit ids)
    enrolments: dict[int, tuple[int, str, str, int, bool, set[int]]] = {}
    for eid, cid, regno, given, family, qid, has_chosen, unit_id in session.execute(achieved_pairs_query()):
        entry = enrolments.get(eid)
        if entry is None:
            entry = enrolments[eid] = (cid, regno, f"{given} {family}".strip(), qid, bool(has_chosen), set())
        entry[5].add(unit_id)
    step(3, 4)
    out: list[EligibleRow] = []
    for eid, (cid, regno, name, qid, has_chosen, unit_ids) in enrolments.items():
        q = quals[qid]
        achieved_links = [link for link in q.links if link.unit_id in unit_ids]
        achieved = {link.code: (link.category, link.credits) for link in achieved_links}
        full = not has_chosen and packaging_met(q.rule, q.electives_required, q.credits_required, q.core, achieved)
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
