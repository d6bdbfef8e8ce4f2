"""Certificates: who is eligible, issuing with serial numbers and signed payloads, reprints and revocations
(never deletions), reissue after a correction, and the documents printed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from skillassess.core.enums import (
    AuditAction,
    CertificateKind,
    CertificateStatus,
    EnrolmentStatus,
    Outcome,
    Role,
    RplEvent,
)
from skillassess.core.errors import DomainError, NotFoundError, ValidationError
from skillassess.core.messages import Message, msg
from skillassess.core.models import (
    Assessment,
    Candidate,
    Centre,
    Certificate,
    CertificateUnit,
    Enrolment,
    Qualification,
    SerialCounter,
    Unit,
    as_dict,
    utcnow,
)
from skillassess.db.concurrency import lock_writes
from skillassess.formats import signed_payload as sp
from skillassess.formats.certificate_wording import parse_languages
from skillassess.services import keys, rpl_journey
from skillassess.services.audit import record
from skillassess.services.candidate_search import get_by_registration_number
from skillassess.services.centre import SignatorySettings, active_signatories, verification_address
from skillassess.services.certificate_register import get_by_serial
from skillassess.services.context import Actor
from skillassess.services.eligibility import EligibleRow as EligibleRow  # the certificate page's list
from skillassess.services.eligibility import eligible_candidates as eligible_candidates
from skillassess.services.progress import EnrolmentProgress, enrolment_progress

if TYPE_CHECKING:  # reportlab is imported only when a certificate is drawn
    from skillassess.formats.certificate_pdf import CertificateDoc, SignatoryDoc

# --- Eligibility ---------------------------------------------------------------------------------


def _current_certificates(session: Session, candidate_id: int, qualification_id: int) -> list[Certificate]:
    return list(
        session.execute(
            select(Certificate).where(
                Certificate.candidate_id == candidate_id,
                Certificate.qualification_id == qualification_id,
                Certificate.status == CertificateStatus.ISSUED,
            )
        ).scalars()
    )


def _covered(existing: list[Certificate], kind: CertificateKind, unit_ids: set[int]) -> Certificate | None:
    """An issued certificate that already states what a new one would (the same kind and units, or full)."""
    for cert in existing:
        if cert.kind == CertificateKind.FULL:
            return cert
        if kind == CertificateKind.STATEMENT and {u.unit_id for u in cert.units} >= unit_ids:
            return cert
    return None


def _kind(progress: EnrolmentProgress) -> CertificateKind:
    return CertificateKind.FULL if progress.eligible == "full" else CertificateKind.STATEMENT


# --- Issuing ---------------------------------------------------------------------------------------


def next_serial_number(session: Session, centre_id: int, year: int) -> int:
    """Increment the centre's counter for ``year`` inside the caller's transaction and return the new number.

    The UPDATE ... RETURNING takes the write lock (SQLite) or the row lock (PostgreSQL), so two
    concurrent issues wait for each other and never share a number; a rollback undoes it, so a
    failed issue leaves no gap. The first issue of a year inserts the row; if another transaction
    inserted it first, the unique key fails and the increment is tried again.
    """
    table = cast(Table, SerialCounter.__table__)
    for _ in range(5):
        number = session.execute(
            update(table)
            .where(table.c.centre_id == centre_id, table.c.year == year)
            .values(last_number=table.c.last_number + 1)
            .returning(table.c.last_number)
        ).scalar_one_or_none()
        if number is not None:
            return int(number)
        try:
            with session.begin_nested():
                session.execute(table.insert().values(centre_id=centre_id, year=year, last_number=1))
            return 1
        except IntegrityError:
            continue
    raise DomainError("Could not allocate a certificate serial number (the counter is busy); try again.")


def format_serial(country: str, centre_code: str, year: int, number: int) -> str:
    return f"{country.upper()}-{centre_code}-{year}-{number:06d}"


def _enrolment_for(session: Session, candidate: Candidate, qualification_code: str) -> Enrolment:
    enrolment = session.execute(
        select(Enrolment)
        .join(Qualification, Enrolment.qualification_id == Qualification.id)
        .where(
            Enrolment.candidate_id == candidate.id,
            Qualification.code == qualification_code,
            Enrolment.status != EnrolmentStatus.WITHDRAWN,
        )
        .order_by(Enrolment.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if enrolment is None:
        raise NotFoundError(
            f"Candidate {candidate.registration_number} has no active enrolment in qualification {qualification_code}."
        )
    return enrolment


def _cert_dict(cert: Certificate) -> dict[str, Any]:
    d = as_dict(cert)
    d["units"] = [{"unit_id": u.unit_id, "outcome": u.outcome.value} for u in cert.units]
    return d


def _check_issue(
    session: Session, registration_number: str, qualification_code: str, replaces: Certificate | None = None
) -> tuple[Candidate, EnrolmentProgress, CertificateKind]:
    """Whether a certificate can be issued (raises a DomainError saying why not); writes nothing."""
    cand = get_by_registration_number(session, registration_number)
    enrolment = _enrolment_for(session, cand, qualification_code)
    progress = enrolment_progress(session, enrolment.id)
    if progress.eligible == "none":
        raise ValidationError(
            f"Candidate {cand.registration_number} has no verified achieved unit in {qualification_code}: "
            "nothing can be certified yet (results must be verified with outcome Competent, RPL granted "
            "or Credit transfer)."
        )
    kind = _kind(progress)
    existing = [c for c in _current_certificates(session, cand.id, progress.qualification_id) if c is not replaces]
    covering = _covered(existing, kind, {u.unit_id for u in progress.achieved_units})
    if covering is not None:
        raise DomainError(
            f"Candidate {cand.registration_number} already holds certificate {covering.serial} stating these "
            "results; reprint it, or reissue it after a correction."
        )
    return cand, progress, kind


def issue_certificate(
    session: Session,
    actor: Actor,
    registration_number: str,
    qualification_code: str,
    languages: str = "en",
    *,
    issued_on: dt.date | None = None,
    key_dir: Path | None = None,
    _replaces: Certificate | None = None,
) -> Certificate:
    """Issue a full certificate (packaging rules met) or a statement of attainment (achieved units only)."""
    actor.require(Role.REGISTRAR, action="issue certificates")
    langs = parse_languages(languages)
    # Two registrars issuing at once: the second sees the first's certificate (no duplicate for the same
    # results) and its serial number (the counter row is locked too, so no number is given twice).
    lock_writes(session)
    cand, progress, kind = _check_issue(session, registration_number, qualification_code, _replaces)
    achieved = progress.achieved_units
    centre = session.get_one(Centre, cand.centre_id)
    when = issued_on or dt.date.today()
    # Refused before anything is written when the centre has no trusted key here (never made here).
    private, key_id = keys.signing_key_for_issue(session, key_dir)
    number = next_serial_number(session, centre.id, when.year)
    serial = format_serial(centre.country, centre.code, when.year, number)
    outcomes: dict[int, Outcome] = {
        aid: outcome
        for aid, outcome in session.execute(
            select(Assessment.id, Assessment.outcome).where(
                Assessment.id.in_([u.achieved_assessment_id for u in achieved if u.achieved_assessment_id])
            )
        ).all()
        if outcome is not None
    }
    body = sp.PayloadBody(
        key_id=key_id,
        serial=serial,
        name=cand.display_name,
        name_local=cand.name_local or "",
        kind=kind.value,
        qualification=progress.qualification_code,
        units=tuple(u.code for u in achieved),
        issued_on=when,
    )
    cert = Certificate(
        serial=serial,
        centre_id=centre.id,
        candidate_id=cand.id,
        qualification_id=progress.qualification_id,
        kind=kind,
        issued_on=when,
        languages=",".join(langs),
        status=CertificateStatus.ISSUED,
        replaces_id=_replaces.id if _replaces is not None else None,
        issued_by_id=actor.user_id,
        # The QR text: the link to the centre's verification page when it has one (address#payload).
        payload=sp.link(verification_address(session), sp.sign(body, private)),
    )
    cert.units = [
        CertificateUnit(
            unit_id=u.unit_id,
            position=n,
            outcome=outcomes.get(u.achieved_assessment_id or -1) or Outcome.COMPETENT,
        )
        for n, u in enumerate(achieved)
    ]
    session.add(cert)
    session.flush()
    record(session, actor, AuditAction.CREATE, "certificate", cert.serial, None, _cert_dict(cert))
    enrolments = rpl_journey.candidate_enrolments(session, cand.id, progress.qualification_id)
    rpl_journey.on_event(session, actor, enrolments, RplEvent.CERTIFICATE_ISSUED, cert.serial, on=when)
    return cert


def reprint_certificate(session: Session, actor: Actor, serial: str) -> Certificate:
    """Count a reprint (the printed page says "Reprint"); revoked certificates are not printed."""
    actor.require(Role.REGISTRAR, action="reprint certificates")
    lock_writes(session)  # the status is read, then the count written
    cert = get_by_serial(session, serial)
    if cert.status == CertificateStatus.REVOKED:
        raise DomainError(f"Certificate {cert.serial} is revoked ({cert.revoked_reason}); it cannot be printed.")
    before = as_dict(cert)
    cert.reprint_count += 1
    session.flush()
    record(session, actor, AuditAction.UPDATE, "certificate", cert.serial, before, as_dict(cert))
    return cert


def revoke_certificate(session: Session, actor: Actor, serial: str, reason: str) -> Certificate:
    """Mark a certificate revoked with a reason; it stays in the register."""
    actor.require(Role.REGISTRAR, action="revoke certificates")
    if not reason.strip():
        raise ValidationError(f"Give the reason for revoking certificate {serial}.")
    lock_writes(session)  # two revocations at once: the second is told it is revoked already
    cert = get_by_serial(session, serial)
    if cert.status == CertificateStatus.REVOKED:
        raise DomainError(f"Certificate {cert.serial} is already revoked ({cert.revoked_reason}).")
    before = as_dict(cert)
    cert.status = CertificateStatus.REVOKED
    cert.revoked_reason = reason.strip()
    cert.revoked_at = utcnow()
    session.flush()
    record(session, actor, AuditAction.UPDATE, "certificate", cert.serial, before, as_dict(cert))
    return cert


def reissue_certificate(
    session: Session,
    actor: Actor,
    serial: str,
    reason: str,
    languages: str | None = None,
    *,
    issued_on: dt.date | None = None,
    key_dir: Path | None = None,
) -> Certificate:
    """After a correction: revoke the old certificate and issue a new serial that refers to it.

    Two records change, so two audit entries are written: the revocation and the new certificate.
    """
    actor.require(Role.REGISTRAR, action="reissue certificates")
    lock_writes(session)
    old = get_by_serial(session, serial)
    if old.status == CertificateStatus.REVOKED:
        raise DomainError(f"Certificate {old.serial} is revoked already; issue a new certificate instead.")
    cand = session.get_one(Candidate, old.candidate_id)
    qual = session.get_one(Qualification, old.qualification_id)
    new = issue_certificate(
        session,
        actor,
        cand.registration_number,
        qual.code,
        languages or old.languages,
        issued_on=issued_on,
        key_dir=key_dir,
        _replaces=old,
    )
    revoke_certificate(session, actor, old.serial, f"Replaced by {new.serial}: {reason.strip() or 'correction'}")
    return new


def issue_certificates(
    session: Session,
    actor: Actor,
    requests: Sequence[tuple[str, str]],
    languages: str = "en",
    *,
    issued_on: dt.date | None = None,
    key_dir: Path | None = None,
) -> list[Certificate]:
    """Issue one certificate per (registration number, qualification code): all of them, or none.

    Every request is checked first and every problem named in one error; only then are serials
    allocated and certificates written, in the caller's one transaction.
    """
    actor.require(Role.REGISTRAR, action="issue certificates")
    parse_languages(languages)
    if not requests:
        raise ValidationError(msg("Choose at least one candidate to certify."))
    lock_writes(session)  # the checks below must still hold when the serials are taken
    _check_requests(session, requests)
    return [
        issue_certificate(session, actor, regno, code, languages, issued_on=issued_on, key_dir=key_dir)
        for regno, code in requests
    ]


@dataclass(frozen=True)
class IssueLine:
    """One certificate that an issue would make."""

    registration_number: str
    candidate_name: str
    qualification: str  # code
    kind: CertificateKind
    units: tuple[str, ...]


@dataclass(frozen=True)
class IssuePreview:
    """What ``issue_certificates`` would issue, shown for confirmation before any serial is taken."""

    lines: tuple[IssueLine, ...]
    languages: tuple[str, ...]
    issued_on: dt.date
    first: CertificateDoc  # the first certificate as it would print, marked as a preview, without a serial


def _check_requests(
    session: Session, requests: Sequence[tuple[str, str]]
) -> list[tuple[Candidate, EnrolmentProgress, CertificateKind]]:
    """Check every request (raises one ValidationError naming every problem); writes nothing."""
    if not requests:
        raise ValidationError(msg("Choose at least one candidate to certify."))
    problems: list[Message] = []
    seen: set[tuple[str, str]] = set()
    checked = []
    for regno, code in requests:
        key = (regno.strip(), code.strip())
        if key in seen:
            problems.append(msg("{regno}: {code} is chosen twice.", regno=regno, code=code))
            continue
        seen.add(key)
        try:
            checked.append(_check_issue(session, regno, code))
        except DomainError as exc:
            problems.append(exc.message)
    if problems:
        raise ValidationError(msg("No certificate was issued:"), problems)
    return checked


def issue_preview(
    session: Session,
    actor: Actor,
    requests: Sequence[tuple[str, str]],
    languages: str = "en",
    *,
    issued_on: dt.date | None = None,
) -> IssuePreview:
    """What issuing ``requests`` would make, and the first certificate as it would print: read only (no
    serial is taken, nothing is written). The same checks as ``issue_certificates``, so that a problem is
    named before the registrar confirms."""
    from skillassess.formats.certificate_pdf import CertificateDoc, UnitLine

    actor.require(Role.REGISTRAR, action="issue certificates")
    langs = parse_languages(languages)
    checked = _check_requests(session, requests)
    when = issued_on or dt.date.today()
    lines = tuple(
        IssueLine(
            registration_number=cand.registration_number,
            candidate_name=cand.display_name,
            qualification=progress.qualification_code,
            kind=kind,
            units=tuple(u.code for u in progress.achieved_units),
        )
        for cand, progress, kind in checked
    )
    cand, progress, kind = checked[0]
    centre = session.get_one(Centre, cand.centre_id)
    qual = session.get_one(Qualification, progress.qualification_id)
    titles: dict[int, str] = {
        row.id: row.title
        for row in session.execute(
            select(Unit.id, Unit.title).where(Unit.id.in_([u.unit_id for u in progress.achieved_units]))
        )
    }
    first = CertificateDoc(
        serial=f"{centre.country}-{centre.code}-{when.year}-······",
        kind=kind.value,
        languages=langs,
        centre_name=centre.name,
        logo=centre.logo,
        candidate_name=cand.display_name,
        candidate_name_local=cand.name_local or "",
        qualification_code=qual.code,
        qualification_title=qual.title,
        level=qual.level,
        issued_on=when,
        payload="PREVIEW - NOT A CERTIFICATE",
        units=tuple(UnitLine(u.code, titles.get(u.unit_id, ""), "") for u in progress.achieved_units),
        signatories=tuple(_signatory_doc(s, langs) for s in active_signatories(session, centre.id)),
        preview=True,
    )
    return IssuePreview(lines=lines, languages=langs, issued_on=when, first=first)


# --- Documents for printing -----------------------------------------------------------------------


def _signatory_doc(s: SignatorySettings, languages: Sequence[str]) -> SignatoryDoc:
    """A signatory as printed: the title in the certificate's first language, and in its second if that differs."""
    from skillassess.formats.certificate_pdf import SignatoryDoc

    titles: list[tuple[str, str]] = []
    for lang in languages:
        title = s.title_in((lang,))
        if title and title not in (t for _, t in titles):
            titles.append((lang, title))
    return SignatoryDoc(s.name, titles[0][1] if titles else "", s.signature_image, titles=tuple(titles))


def certificate_document(session: Session, serial: str, *, reprint: bool | None = None) -> CertificateDoc:
    from skillassess.formats.certificate_pdf import CertificateDoc, UnitLine

    """What the PDF shows for a certificate; ``reprint`` defaults to whether it was reprinted."""
    cert = get_by_serial(session, serial)
    centre = session.get_one(Centre, cert.centre_id)
    cand = session.get_one(Candidate, cert.candidate_id)
    qual = session.get_one(Qualification, cert.qualification_id)
    languages = parse_languages(cert.languages)
    units = session.execute(
        select(CertificateUnit, Unit)
        .join(Unit, CertificateUnit.unit_id == Unit.id)
        .where(CertificateUnit.certificate_id == cert.id)
        .order_by(CertificateUnit.position)
    ).all()
    replaces = session.get(Certificate, cert.replaces_id) if cert.replaces_id else None
    return CertificateDoc(
        serial=cert.serial,
        kind=cert.kind.value,
        languages=languages,
        centre_name=centre.name,
        logo=centre.logo,
        candidate_name=cand.display_name,
        candidate_name_local=cand.name_local or "",
        qualification_code=qual.code,
        qualification_title=qual.title,
        level=qual.level,
        issued_on=cert.issued_on,
        payload=cert.payload,
        units=tuple(UnitLine(u.code, u.title, cu.outcome.code) for cu, u in units),
        signatories=tuple(_signatory_doc(s, languages) for s in active_signatories(session, centre.id)),
        reprint=cert.reprint_count > 0 if reprint is None else reprint,
        replaces_serial=replaces.serial if replaces is not None else "",
    )


def print_certificates(session: Session, actor: Actor, serials: list[str]) -> list[CertificateDoc]:
    """Reprint each certificate (counted and audited) and return what to print, marked "Reprint".

    All or none: every serial is checked first (it exists, it is not revoked) and every problem named
    at once; a serial given twice is printed once.
    """
    actor.require(Role.REGISTRAR, action="reprint certificates")
    lock_writes(session)  # several audit entries: hold the lock from the start rather than between them
    serials = list(dict.fromkeys(s.strip() for s in serials))
    problems: list[Message] = []
    for serial in serials:
        try:
            cert = get_by_serial(session, serial)
        except DomainError as exc:
            problems.append(exc.message)
            continue
        if cert.status == CertificateStatus.REVOKED:
            problems.append(
                msg(
                    "Certificate {serial} is revoked ({reason}); it cannot be printed.",
                    serial=cert.serial,
                    reason=cert.revoked_reason,
                )
            )
    if problems:
        raise ValidationError(msg("No certificate was printed:"), problems)
    docs = []
    for serial in serials:
        cert = reprint_certificate(session, actor, serial)
        docs.append(certificate_document(session, cert.serial, reprint=True))
    return docs
