"""Writing exchange bundles: a centre's results for its awarding body, an awarding body's moderation outcomes back.

What a results bundle carries, and nothing more (docs/exchange-bundle.md lists the fields):

- the candidates its results, certificates and enrolments name, with the fields the awarding body needs
  (no phone, e-mail, address, photo, notes, education, disability details or search text);
- their enrolments; every *verified* assessment outcome (drafts, submitted and returned assessments
  never leave); every certificate of the register (issued, reprinted, revoked: a register is small, and
  so a reprint or a revocation always reaches the awarding body with the next bundle);
- the qualification versions they use, as CASE packages; the centre's public keys and their history;
  the audit checkpoint.

``since`` limits candidates and results to those changed or verified on or after a date; by default a
bundle carries what was verified since the date of the previous export, or everything the first time.
The export is one transaction (it records itself in the exchange log and the audit log); the file is
published only after the commit, whole or not at all (core/safe_write.py).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from skillassess.core.enums import AssessmentStatus, Role
from skillassess.core.errors import DomainError, NotFoundError
from skillassess.core.messages import msg
from skillassess.core.models import (
    Assessment,
    Candidate,
    Certificate,
    CertificateUnit,
    Enrolment,
    ExchangeLog,
    ExchangePartner,
    Moderation,
    Qualification,
    RegisterCandidate,
    RegisterResult,
    SigningKey,
    Unit,
    User,
)
from skillassess.core.safe_write import atomic_write
from skillassess.db.database import Database
from skillassess.formats import exchange_bundle as eb
from skillassess.formats import signed_payload as sp
from skillassess.formats.case_json_writer import to_case
from skillassess.services import keys
from skillassess.services.centre import the_centre
from skillassess.services.context import Actor
from skillassess.services.exchange import KIND_MODERATION, KIND_RESULTS, ROLE_AWARDING_BODY, ROLE_CENTRE
from skillassess.services.exchange.partners import log_bundle

ProgressFn = Callable[[int, int], None]
BATCH = 2000


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    sequence: int
    since: dt.date | None
    counts: dict[str, int] = field(default_factory=dict)
    key_id: str = ""


def _iso(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _next_sequence(session: Session) -> int:
    last = session.execute(select(func.max(ExchangeLog.sequence)).where(ExchangeLog.direction == "export")).scalar()
    return int(last or 0) + 1


def default_since(session: Session) -> dt.date | None:
    """The day of the previous results export (that day included again), or None: everything."""
    last = session.execute(
        select(ExchangeLog.bundle_created_at)
        .where(ExchangeLog.direction == "export", ExchangeLog.kind == KIND_RESULTS)
        .order_by(ExchangeLog.sequence.desc())
        .limit(1)
    ).scalar()
    return dt.date.fromisoformat(last[:10]) if last else None


def keys_document(session: Session, owner: str) -> dict[str, Any]:
    """The centre's trusted public keys, oldest first; each later key endorsed by the one before when its private
    key is on this computer (an awarding body then accepts a rotated key without a new confirmation)."""
    out: list[dict[str, Any]] = []
    previous: SigningKey | None = None
    for row in session.execute(select(SigningKey).order_by(SigningKey.id)).scalars():
        if keys.key_problem(session, row) is not None:
            continue
        public_b64 = sp.b64url_encode(row.public_key)
        entry: dict[str, Any] = {
            "key_id": row.key_id,
            "public_key": public_b64,
            "active": bool(row.active),
            "created_at": _iso(row.created_at) or None,
        }
        if previous is not None:
            private = keys.find_private_key(previous.key_id)
            if private is not None:
                entry["endorsed_by"] = previous.key_id
                entry["endorsement"] = sp.b64url_encode(
                    private.sign(eb.endorsement_text(owner, row.key_id, public_b64))
                )
        out.append(entry)
        previous = row
    return {"owner": owner, "keys": out}


def _checkpoint(session: Session) -> dict[str, Any] | None:
    from skillassess.services import checkpoint

    try:
        data = checkpoint.path_for(session).read_bytes()
        doc = json.loads(data.decode("utf-8"))
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) else None


def _candidate_line(c: Candidate) -> dict[str, Any]:
    return {
        "registration_number": c.registration_number,
        "family_name": c.family_name,
        "given_names": c.given_names,
        "name_local": c.name_local or "",
        "sex": c.sex.value,
        "date_of_birth": c.date_of_birth.isoformat() if c.date_of_birth else None,
        "id_type": c.id_type.value,
        "national_id": c.national_id or "",
        "nationality": c.nationality or "",
        "disability": c.disability.value,
    }


def _c(session: Session, column: Any) -> Any:
    """``column`` sorted by code point, as bundle lines are (PostgreSQL's collation may sort otherwise)."""
    return column.collate("C") if session.get_bind().dialect.name == "postgresql" else column


def _verified(centre_id: int, since: dt.date | None) -> Any:
    cond = [
        Assessment.status == AssessmentStatus.VERIFIED,
        Assessment.outcome.is_not(None),
        Candidate.centre_id == centre_id,
    ]
    if since is not None:
        start = dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC)
        cond.append(or_(Assessment.verified_at >= start, Assessment.updated_at >= start))
    return and_(*cond)


def _result_lines(session: Session, centre_id: int, since: dt.date | None) -> Iterator[dict[str, Any]]:
    stmt = (
        select(
            Candidate.registration_number,
            Unit.code,
            Unit.version,
            Assessment.attempt,
            Qualification.code,
            Assessment.assessed_on,
            Assessment.outcome,
            User.full_name,
            User.assessor_registration_number,
            Assessment.verified_at,
        )
        .select_from(Assessment)
        .join(Candidate, Candidate.id == Assessment.candidate_id)
        .join(Unit, Unit.id == Assessment.unit_id)
        .join(User, User.id == Assessment.assessor_id)
        .outerjoin(Enrolment, Enrolment.id == Assessment.enrolment_id)
        .outerjoin(Qualification, Qualification.id == Enrolment.qualification_id)
        .where(_verified(centre_id, since))
        .order_by(_c(session, Candidate.registration_number), _c(session, Unit.code), Unit.version, Assessment.attempt)
        .execution_options(yield_per=BATCH)
    )
    for reg, code, version, attempt, q_code, on, outcome, assessor, assessor_reg, verified_at in session.execute(stmt):
        yield {
            "candidate": reg,
            "unit": code,
            "unit_version": version,
            "attempt": attempt,
            "qualification": q_code or "",
            "assessed_on": on.isoformat(),
            "outcome": outcome.value if outcome is not None else "",
            "assessor": assessor or "",
            "assessor_registration": assessor_reg or "",
            "verified_at": _iso(verified_at),
        }


def _certificate_lines(session: Session, centre_id: int) -> Iterator[dict[str, Any]]:
    replaced = aliased(Certificate)
    units: dict[int, list[str]] = {}
    for cert_id, code, version, outcome in session.execute(
        select(CertificateUnit.certificate_id, Unit.code, Unit.version, CertificateUnit.outcome)
        .join(Unit, Unit.id == CertificateUnit.unit_id)
        .join(Certificate, Certificate.id == CertificateUnit.certificate_id)
        .where(Certificate.centre_id == centre_id)
        .order_by(CertificateUnit.certificate_id, CertificateUnit.position)
    ):
        units.setdefault(cert_id, []).append(f"{code}@{version}:{outcome.value}")
    stmt = (
        select(Certificate, Candidate.registration_number, Qualification.code, Qualification.version, replaced.serial)
        .join(Candidate, Candidate.id == Certificate.candidate_id)
        .join(Qualification, Qualification.id == Certificate.qualification_id)
        .outerjoin(replaced, replaced.id == Certificate.replaces_id)
        .where(Certificate.centre_id == centre_id)
        .order_by(_c(session, Certificate.serial))
    )
    for cert, reg, q_code, q_version, replaces in session.execute(stmt):
        yield {
            "serial": cert.serial,
            "candidate": reg,
            "kind": cert.kind.value,
            "qualification": q_code,
            "qualification_version": q_version,
            "issued_on": cert.issued_on.isoformat(),
            "status": cert.status.value,
            "revoked_reason": cert.revoked_reason or "",
            "revoked_at": _iso(cert.revoked_at),
            "reprint_count": cert.reprint_count,
            "replaces": replaces or "",
            "units": " ".join(units.get(cert.id, [])),
            "payload": cert.payload or "",
        }


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", text)[:60]


def _write_results(
    session: Session, writer: eb.BundleWriter, centre_id: int, owner: str, since: dt.date | None, progress: Any
) -> dict[str, int]:
    counts: dict[str, int] = {}
    # Candidates named by what travels: verified results in the period, every certificate, and enrolments of
    # candidates changed in the period.
    by_results = (
        select(Assessment.candidate_id)
        .join(Candidate, Candidate.id == Assessment.candidate_id)
        .where(_verified(centre_id, since))
    )
    by_certificates = select(Certificate.candidate_id).where(Certificate.centre_id == centre_id)
    changed = (
        select(Enrolment.candidate_id)
        .join(Candidate, Candidate.id == Enrolment.candidate_id)
        .where(Candidate.centre_id == centre_id)
    )
    if since is not None:
        changed = changed.where(Candidate.updated_at >= dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC))
    wanted = by_results.union(by_certificates, changed).subquery()
    total = session.execute(select(func.count()).select_from(wanted)).scalar_one()
    cand_stmt = (
        select(Candidate)
        .where(Candidate.id.in_(select(wanted.c[0])))
        .order_by(_c(session, Candidate.registration_number))
        .execution_options(yield_per=BATCH)
    )

    def candidates() -> Iterator[dict[str, Any]]:
        for n, c in enumerate(session.execute(cand_stmt).scalars(), start=1):
            if progress is not None and n % BATCH == 0:
                progress(n, total)
            yield _candidate_line(c)

    counts["candidates"] = writer.add_lines("candidates.jsonl", candidates())
    enrol_stmt = (
        select(Candidate.registration_number, Qualification.code, Qualification.version, Enrolment)
        .join(Candidate, Candidate.id == Enrolment.candidate_id)
        .join(Qualification, Qualification.id == Enrolment.qualification_id)
        .where(Enrolment.candidate_id.in_(select(wanted.c[0])))
        .order_by(
            _c(session, Candidate.registration_number),
            _c(session, Qualification.code),
            Qualification.version,
            Enrolment.enrolled_on,
        )
    )
    qualification_versions: set[tuple[str, int]] = set()

    def enrolments() -> Iterator[dict[str, Any]]:
        for reg, q_code, q_version, e in session.execute(enrol_stmt):
            qualification_versions.add((q_code, q_version))
            yield {
                "candidate": reg,
                "qualification": q_code,
                "qualification_version": q_version,
                "pathway": e.pathway.value,
                "status": e.status.value,
                "enrolled_on": e.enrolled_on.isoformat(),
            }

    counts["enrolments"] = writer.add_lines("enrolments.jsonl", enrolments())
    counts["results"] = writer.add_lines("results.jsonl", _result_lines(session, centre_id, since))

    def certificates() -> Iterator[dict[str, Any]]:
        for line in _certificate_lines(session, centre_id):
            qualification_versions.add((line["qualification"], line["qualification_version"]))
            yield line

    counts["certificates"] = writer.add_lines("certificates.jsonl", certificates())
    from skillassess.services.standards_io import export_document

    standards = 0
    for q_code, q_version in sorted(qualification_versions):
        q_id = session.execute(
            select(Qualification.id).where(Qualification.code == q_code, Qualification.version == q_version)
        ).scalar_one()
        writer.add_json(f"standards/{_safe_name(q_code)}-v{q_version}.json", to_case(export_document(session, q_id)))
        standards += 1
    counts["standards"] = standards
    return counts


def _write_moderation(session: Session, writer: eb.BundleWriter, to: str) -> dict[str, int]:
    partner = session.execute(select(ExchangePartner).where(ExchangePartner.code == to)).scalar_one_or_none()
    if partner is None or partner.role != ROLE_CENTRE:
        raise NotFoundError(
            msg("No registered centre has the code {code}; see skillassess exchange partners.", code=to)
        )
    stmt = (
        select(Moderation, RegisterResult, RegisterCandidate.registration_number)
        .join(RegisterResult, RegisterResult.id == Moderation.result_id)
        .join(RegisterCandidate, RegisterCandidate.id == RegisterResult.candidate_id)
        .where(RegisterCandidate.partner_id == partner.id, Moderation.outcome.is_not(None))
        .order_by(
            _c(session, RegisterCandidate.registration_number),
            _c(session, RegisterResult.unit_code),
            RegisterResult.unit_version,
            RegisterResult.attempt,
        )
    )

    def lines() -> Iterator[dict[str, Any]]:
        for m, r, reg in session.execute(stmt):
            yield {
                "candidate": reg,
                "unit": r.unit_code,
                "unit_version": r.unit_version,
                "attempt": r.attempt,
                "outcome": m.outcome,
                "notes": m.notes or "",
                "moderator": m.moderator or "",
                "moderated_on": (m.moderated_on or dt.date.today()).isoformat(),
            }

    return {"moderation": writer.add_lines("moderation.jsonl", lines())}


def write_bundle(
    session: Session,
    actor: Actor,
    out: Any,
    *,
    since: dt.date | None = None,
    everything: bool = False,
    to: str | None = None,
    progress: ProgressFn | None = None,
) -> ExportResult:
    """Write a bundle into ``out`` (an atomic file: its content is replaced whole) and record the export.

    ``to``: a registered centre's code: a moderation bundle for that centre (an awarding body). Otherwise
    a results bundle of this centre: since ``since``, or everything (``everything``), or by default since
    the previous export.
    """
    actor.require(Role.ADMINISTRATOR, Role.REGISTRAR, action="export an exchange bundle")
    centre = the_centre(session)
    private, key_id = keys.signing_key_for_issue(session)
    kind = KIND_MODERATION if to else KIND_RESULTS
    if kind == KIND_RESULTS and not everything and since is None:
        since = default_since(session)
    if everything or kind == KIND_MODERATION:
        since = None
    sequence = _next_sequence(session)
    out.file.seek(0)
    out.file.truncate()
    writer = eb.BundleWriter(out.file)
    writer.add_json(eb.KEYS, keys_document(session, centre.code))
    checkpoint_doc = _checkpoint(session)
    if checkpoint_doc is not None:
        writer.add_json(eb.CHECKPOINT, checkpoint_doc)
    if kind == KIND_RESULTS:
        counts = _write_results(session, writer, centre.id, centre.code, since, progress)
    else:
        assert to is not None
        counts = _write_moderation(session, writer, to)
    created = _iso(dt.datetime.now(dt.UTC))
    manifest = {
        "format": eb.FORMAT,
        "version": eb.VERSION,
        "kind": kind,
        "bundle_id": uuid.uuid4().hex,
        "sequence": sequence,
        "created_at": created,
        "created_by": {"username": actor.username, "full_name": actor.full_name or ""},
        "sender": {
            "code": centre.code,
            "name": centre.name,
            "country": centre.country or "",
            "role": ROLE_AWARDING_BODY if kind == KIND_MODERATION else ROLE_CENTRE,
        },
        "recipient": to,
        "since": since.isoformat() if since else None,
        "key_id": key_id,
        "counts": counts,
    }
    data = writer.finish(manifest, private)
    out.file.flush()
    import hashlib
    import os

    os.fsync(out.file.fileno())
    log_bundle(
        session,
        actor,
        "export",
        to or "",
        manifest,
        hashlib.sha256(data).hexdigest(),
        counts,
        {"kind": kind, "sequence": sequence, "to": to, "since": manifest["since"], "counts": counts},
    )
    return ExportResult(Path(out.path), kind, sequence, since, counts, key_id)


def export_bundle(
    db: Database,
    actor: Actor,
    path: Path | str,
    *,
    since: dt.date | None = None,
    everything: bool = False,
    to: str | None = None,
    progress: ProgressFn | None = None,
) -> ExportResult:
    """Write the bundle to ``path`` in one transaction; the file appears only once the export is committed."""
    path = Path(path)
    if path.suffix != eb.SUFFIX:
        raise DomainError(msg("An exchange bundle's file name ends in .sabundle: {file}", file=path.name))
    with atomic_write(path) as out:
        return db.write(
            lambda s: write_bundle(s, actor, out, since=since, everything=everything, to=to, progress=progress)
        )
