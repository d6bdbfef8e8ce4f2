"""The portfolio of evidence: files stored once by SHA-256, with metadata and the rules of evidence.

For a SQLite database the files go beside it, in ``<database file>.evidence/<sha[:2]>/<sha>``, so
the database stays small and a folder copy keeps both. For other databases (PostgreSQL, in-memory)
the content goes into ``evidence_blob`` rows. Removing an item marks it withdrawn and keeps the file:
a portfolio is a record of what the candidate showed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from skillassess.core.enums import AuditAction, EvidenceKind, EvidenceStatus, Role, RplEvent
from skillassess.core.errors import DomainError, NotFoundError, ValidationError
from skillassess.core.evidence_basis import RULES, EvidenceRef
from skillassess.core.models import (
    Candidate,
    Element,
    EvidenceBlob,
    EvidenceCriterion,
    EvidenceItem,
    PerformanceCriterion,
    as_dict,
)
from skillassess.core.safe_write import atomic_write, write_file
from skillassess.db.concurrency import lock_writes
from skillassess.db.database import sqlite_path
from skillassess.services import audit, rpl_journey
from skillassess.services.context import Actor
from skillassess.services.enrolment import criterion_numbers

MAX_EVIDENCE_BYTES = 100 * 1024 * 1024
_CHUNK = 1024 * 1024


def evidence_dir(session: Session) -> Path | None:
    """The folder of the file store for this session's database, or None to store in the database."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if path is None:
        return None
    return path.parent / (path.name + ".evidence")


def _stored_path(folder: Path, sha256: str) -> Path:
    return folder / sha256[:2] / sha256


def _hash_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _store(session: Session, source: Path, sha256: str) -> bool:
    """Put the content in the store unless it is there; True when it was new."""
    folder = evidence_dir(session)
    if folder is None:
        if session.get(EvidenceBlob, sha256) is not None:
            return False
        session.add(EvidenceBlob(sha256=sha256, data=source.read_bytes()))
        return True
    target = _stored_path(folder, sha256)
    if target.exists() and target.stat().st_size == source.stat().st_size:
        return False
    # Copy to a temporary name, check, then rename: a half-copied file never carries the hash name.
    with atomic_write(target, make_folder=True, mode=0o600) as out:  # personal data: for this account only
        with source.open("rb") as src:
            shutil.copyfileobj(src, out.file, _CHUNK)
        out.file.flush()
        if _hash_file(out.temp) != sha256:
            raise DomainError(f"{source} changed while it was being copied; attach it again.")
    return True


@dataclass(frozen=True)
class EvidenceRow:
    id: int
    filename: str
    kind: EvidenceKind
    description: str
    evidence_date: dt.date | None
    size: int
    sha256: str
    status: EvidenceStatus
    is_valid: bool | None
    is_sufficient: bool | None
    is_authentic: bool | None
    is_current: bool | None
    criteria: list[str]  # "ELI-C01 1.2"
    criterion_ids: list[int]


@dataclass(frozen=True)
class AddResult:
    evidence_id: int
    sha256: str
    stored_new_file: bool  # False: the same content was already in the store
    already_in_portfolio: bool  # True: this candidate already had this file; nothing was added


def _check_criteria(session: Session, criterion_ids: list[int]) -> list[int]:
    ids = sorted(set(criterion_ids))
    if ids:
        found = set(session.execute(select(PerformanceCriterion.id).where(PerformanceCriterion.id.in_(ids))).scalars())
        missing = [i for i in ids if i not in found]
        if missing:
            raise ValidationError("Some criteria do not exist.", [f"criterion {i}" for i in missing])
    return ids


def add_evidence(
    session: Session,
    actor: Actor,
    candidate_id: int,
    source: Path,
    kind: EvidenceKind,
    description: str = "",
    evidence_date: dt.date | None = None,
    criterion_ids: list[int] | None = None,
) -> AddResult:
    """Copy a file into the store and add it to the candidate's portfolio."""
    actor.require(Role.ASSESSOR, Role.ADMINISTRATOR, action="add evidence")
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise NotFoundError(f"Candidate {candidate_id} does not exist.")
    source = Path(source)
    if not source.is_file():
        raise DomainError(f"{source} is not a file that can be read.")
    size = source.stat().st_size
    if size > MAX_EVIDENCE_BYTES:
        raise DomainError(
            f"{source.name} is {size / 1024 / 1024:.0f} MB; evidence files may be at most "
            f"{MAX_EVIDENCE_BYTES // 1024 // 1024} MB. Shorten the video or scan at a lower resolution."
        )
    if evidence_date is not None and evidence_date > dt.date.today():
        raise ValidationError("The evidence was not added.", [f"Date: {evidence_date.isoformat()} is in the future."])
    ids = _check_criteria(session, criterion_ids or [])
    sha = _hash_file(source)
    # Copy into the content-addressed store first (harmless to repeat, and slow for a video: not under the
    # write lock), then check and add the portfolio item under the lock: the same file added twice at once
    # gives one item.
    new_file = _store(session, source, sha)
    lock_writes(session)
    existing = session.execute(
        select(EvidenceItem).where(
            EvidenceItem.candidate_id == candidate_id,
            EvidenceItem.sha256 == sha,
            EvidenceItem.status == EvidenceStatus.ACTIVE,
        )
    ).scalar()
    if existing is not None:
        return AddResult(existing.id, sha, False, True)
    media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    item = EvidenceItem(
        candidate_id=candidate_id,
        sha256=sha,
        filename=source.name[:300],
        media_type=media_type,
        size=size,
        kind=kind,
        description=description.strip(),
        evidence_date=evidence_date,
        added_by_id=actor.user_id,
        status=EvidenceStatus.ACTIVE,
    )
    item.criteria = [EvidenceCriterion(criterion_id=i) for i in ids]
    session.add(item)
    session.flush()
    after = as_dict(item)
    after["criterion_ids"] = ids
    audit.record(session, actor, AuditAction.CREATE, "evidence_item", item.id, None, after)
    return AddResult(item.id, sha, new_file, False)


def _item(session: Session, evidence_id: int) -> EvidenceItem:
    item = session.get(EvidenceItem, evidence_id)
    if item is None:
        raise NotFoundError(f"Evidence item {evidence_id} does not exist.")
    return item


def _snapshot(item: EvidenceItem) -> dict[str, object]:
    d = as_dict(item)
    d["criterion_ids"] = sorted(c.criterion_id for c in item.criteria)
    return d


def update_evidence(
    session: Session,
    actor: Actor,
    evidence_id: int,
    *,
    kind: EvidenceKind | None = None,
    description: str | None = None,
    evidence_date: dt.date | None = None,
    criterion_ids: list[int] | None = None,
    is_valid: bool | None = None,
    is_sufficient: bool | None = None,
    is_authentic: bool | None = None,
    is_current: bool | None = None,
) -> None:
    """Change the description or criteria, or record the assessor's judgement on the rules of evidence."""
    actor.require(Role.ASSESSOR, Role.ADMINISTRATOR, action="change evidence")
    item = _item(session, evidence_id)
    before = _snapshot(item)
    if kind is not None:
        item.kind = kind
    if description is not None:
        item.description = description.strip()
    if evidence_date is not None:
        item.evidence_date = evidence_date
    if criterion_ids is not None:
        ids = _check_criteria(session, criterion_ids)
        item.criteria = [EvidenceCriterion(criterion_id=i) for i in ids]
    for name, value in (
        ("is_valid", is_valid),
        ("is_sufficient", is_sufficient),
        ("is_authentic", is_authentic),
        ("is_current", is_current),
    ):
        if value is not None:
            setattr(item, name, value)
    session.flush()
    after = _snapshot(item)
    if after != before:
        audit.record(session, actor, AuditAction.UPDATE, "evidence_item", item.id, before, after)
        if any(after[r] is not None and after[r] != before[r] for r in RULES):
            # The first judgement of the portfolio moves the candidate's RPL enrolments to "Portfolio".
            enrolments = rpl_journey.candidate_enrolments(session, item.candidate_id)
            rpl_journey.on_event(session, actor, enrolments, RplEvent.EVIDENCE_JUDGED)


def withdraw_evidence(session: Session, actor: Actor, evidence_id: int) -> None:
    """Remove an item from the portfolio: it is marked withdrawn, the file is kept."""
    actor.require(Role.ASSESSOR, Role.ADMINISTRATOR, action="remove evidence")
    item = _item(session, evidence_id)
    if item.status == EvidenceStatus.WITHDRAWN:
        return
    before = _snapshot(item)
    item.status = EvidenceStatus.WITHDRAWN
    session.flush()
    audit.record(session, actor, AuditAction.UPDATE, "evidence_item", item.id, before, _snapshot(item))


def list_evidence(session: Session, candidate_id: int, include_withdrawn: bool = True) -> list[EvidenceRow]:
    stmt = select(EvidenceItem).where(EvidenceItem.candidate_id == candidate_id)
    if not include_withdrawn:
        stmt = stmt.where(EvidenceItem.status == EvidenceStatus.ACTIVE)
    items = list(session.execute(stmt.order_by(EvidenceItem.id)).scalars())
    numbers = criterion_numbers(session, [c.criterion_id for i in items for c in i.criteria])
    out = []
    for i in items:
        cids = sorted(c.criterion_id for c in i.criteria)
        out.append(
            EvidenceRow(
                i.id,
                i.filename,
                i.kind,
                i.description,
                i.evidence_date,
                i.size,
                i.sha256,
                i.status,
                i.is_valid,
                i.is_sufficient,
                i.is_authentic,
                i.is_current,
                [numbers.get(c, str(c)) for c in cids],
                cids,
            )
        )
    return out


def evidence_content(session: Session, evidence_id: int) -> bytes:
    """The stored bytes of an item, checked against its SHA-256."""
    item = _item(session, evidence_id)
    folder = evidence_dir(session)
    data: bytes | None = None
    if folder is not None:
        path = _stored_path(folder, item.sha256)
        if path.exists():
            data = path.read_bytes()
    if data is None:
        blob = session.get(EvidenceBlob, item.sha256)
        if blob is None:
            where = f" in {folder}" if folder else ""
            raise DomainError(
                f"The file of {item.filename!r} is missing from the evidence store{where}; "
                "restore the evidence folder from a backup."
            )
        data = blob.data
    if hashlib.sha256(data).hexdigest() != item.sha256:
        raise DomainError(f"The stored file of {item.filename!r} does not match its SHA-256: it was changed.")
    return data


def export_to_temp(session: Session, evidence_id: int) -> Path:
    """A temporary copy of the item under its original name (for opening in another application)."""
    item = _item(session, evidence_id)
    data = evidence_content(session, evidence_id)
    folder = Path(tempfile.mkdtemp(prefix="skillassess-evidence-"))
    name = Path(item.filename).name or f"evidence-{item.id}"
    target = folder / name
    write_file(target, data)
    return target


def criteria_for_candidate(session: Session, candidate_id: int) -> list[tuple[int, str, str]]:
    """(criterion id, "UNIT n.m", text) of every criterion in the candidate's enrolments."""
    from skillassess.core.models import Enrolment, EnrolmentUnit, QualificationUnit, Unit

    out: list[tuple[int, str, str]] = []
    seen: set[int] = set()
    for e in session.execute(select(Enrolment).where(Enrolment.candidate_id == candidate_id)).scalars():
        chosen = set(session.execute(select(EnrolmentUnit.unit_id).where(EnrolmentUnit.enrolment_id == e.id)).scalars())
        rows = session.execute(
            select(
                PerformanceCriterion.id,
                Unit.code,
                Element.position,
                PerformanceCriterion.position,
                PerformanceCriterion.text,
                Unit.id,
            )
            .join(Element, PerformanceCriterion.element_id == Element.id)
            .join(Unit, Element.unit_id == Unit.id)
            .join(QualificationUnit, QualificationUnit.unit_id == Unit.id)
            .where(QualificationUnit.qualification_id == e.qualification_id)
            .order_by(QualificationUnit.position, Element.position, PerformanceCriterion.position)
        ).all()
        for cid, code, ep, cp, text, unit_id in rows:
            if (chosen and unit_id not in chosen) or cid in seen:
                continue
            seen.add(cid)
            out.append((cid, f"{code} {ep}.{cp}", text))
    return out


# --- What judgements rest on --------------------------------------------------------------------------


def evidence_by_criterion(
    session: Session, candidate_ids: Sequence[int], criterion_ids: Sequence[int]
) -> dict[tuple[int, int], list[EvidenceRef]]:
    """(candidate id, criterion id) → the candidate's active portfolio items mapped to the criterion, by id."""
    out: dict[tuple[int, int], list[EvidenceRef]] = {}
    if not candidate_ids or not criterion_ids:
        return out
    rows = session.execute(
        select(EvidenceCriterion.criterion_id, EvidenceItem)
        .join(EvidenceItem, EvidenceCriterion.evidence_id == EvidenceItem.id)
        .where(
            EvidenceItem.candidate_id.in_(list(candidate_ids)),
            EvidenceCriterion.criterion_id.in_(list(criterion_ids)),
            EvidenceItem.status == EvidenceStatus.ACTIVE,
        )
        .order_by(EvidenceItem.id)
    ).all()
    for cid, i in rows:
        out.setdefault((i.candidate_id, cid), []).append(
            EvidenceRef(
                i.id,
                i.filename,
                i.kind,
                i.description,
                i.evidence_date,
                i.sha256,
                i.is_valid,
                i.is_sufficient,
                i.is_authentic,
                i.is_current,
            )
        )
    return out


def read_only_copy(session: Session, evidence_id: int) -> Path:
    """A temporary copy of the item that the viewer cannot change (for reviewing the basis of a judgement:
    the file is opened, checked against its SHA-256, and nothing can be written back)."""
    path = export_to_temp(session, evidence_id)
    path.chmod(0o400)
    return path


@dataclass(frozen=True)
class CriterionChoice:
    """A criterion a portfolio item can support, with its unit and element (for a tree to pick from)."""

    id: int
    unit_code: str
    unit_title: str
    element_position: int
    element_title: str
    number: str  # "1.2"
    text: str


def criterion_choices(session: Session, candidate_id: int) -> list[CriterionChoice]:
    """Every criterion of the candidate's enrolments, by unit and element, in the qualification's order."""
    from skillassess.core.models import Unit

    ids = [cid for cid, _n, _t in criteria_for_candidate(session, candidate_id)]
    if not ids:
        return []
    rows = {
        r[0]: r
        for r in session.execute(
            select(
                PerformanceCriterion.id,
                Unit.code,
                Unit.title,
                Element.position,
                Element.title,
                PerformanceCriterion.position,
                PerformanceCriterion.text,
            )
            .join(Element, PerformanceCriterion.element_id == Element.id)
            .join(Unit, Element.unit_id == Unit.id)
            .where(PerformanceCriterion.id.in_(ids))
        ).all()
    }
    return [
        CriterionChoice(cid, code, utitle, ep, etitle, f"{ep}.{cp}", text)
        for cid, code, utitle, ep, etitle, cp, text in (rows[i] for i in ids)
    ]
