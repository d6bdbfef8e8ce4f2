"""Importing a registered partner's bundle: verified whole first, then applied in one transaction.

Before anything is written: the file's structure and manifest (formats/exchange_bundle.py), the sender
(a registered partner, not this database's own centre, in the role the bundle's kind needs, and for a
moderation bundle this centre as its recipient), the signing key (a registered key of that very
partner, or a new key endorsed by one), the manifest's signature and every member's SHA-256.

Then, in one transaction under the write lock: a bundle already imported (same manifest hash) changes
nothing; one older than (or as old as) the last imported from that partner is refused as a replay. The
records are applied by their natural keys within the partner (registration number; registration
number + qualification code + version + enrolment date; registration number + unit code + version +
attempt; serial), so the same bundle twice changes nothing and a later bundle updates what changed; a
partner's records never meet another partner's. Any problem in any line rolls back the whole import.
The exchange log and one audit entry record what was added, updated and left unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from skillassess.core.enums import Role
from skillassess.core.errors import DomainError, ValidationError
from skillassess.core.messages import msg
from skillassess.core.models import (
    Assessment,
    Candidate,
    ExchangeLog,
    ExchangePartner,
    Moderation,
    PartnerKey,
    RegisterCandidate,
    RegisterCertificate,
    RegisterEnrolment,
    RegisterResult,
    Unit,
)
from skillassess.db.concurrency import lock_writes
from skillassess.db.database import Database
from skillassess.formats import exchange_bundle as eb
from skillassess.formats import signed_payload as sp
from skillassess.services.centre import the_centre
from skillassess.services.context import Actor
from skillassess.services.exchange import KIND_MODERATION, KIND_RESULTS, ROLE_AWARDING_BODY, ROLE_CENTRE
from skillassess.services.exchange.partners import log_bundle, partner_by_code, self_signed_keys

ProgressFn = Callable[[int, int], None]
BATCH = 10000


@dataclass
class ImportResult:
    file: str
    sender: str
    kind: str
    sequence: int
    already_imported: bool = False
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)  # standards not taken over, with why
    keys_added: list[str] = field(default_factory=list)
    checkpoint: dict[str, Any] = field(default_factory=dict)  # the sender's audit checkpoint, as checked here


def _refused(file: str, sentence: str, **params: Any) -> ValidationError:
    return ValidationError(msg(sentence, file=file, **params))


# --- Fast writes ------------------------------------------------------------------------------------------


def _insert(session: Session, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """Insert rows of plain values (dates as ISO text): COPY on PostgreSQL, one executemany on SQLite."""
    if not rows:
        return
    names = ", ".join(columns)
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        raw = connection.connection.dbapi_connection
        with raw.cursor() as cursor, cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:  # type: ignore[union-attr]
            for row in rows:
                copy.write_row(row)
        return
    if connection.dialect.name == "sqlite":
        marks = ", ".join("?" * len(columns))
        connection.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)
        return
    from sqlalchemy import insert

    session.execute(insert(table), [dict(zip(columns, _typed(table, columns, r), strict=True)) for r in rows])


def _typed(table: Table, columns: Sequence[str], row: tuple[Any, ...]) -> tuple[Any, ...]:
    from sqlalchemy import Date

    return tuple(
        dt.date.fromisoformat(v) if isinstance(table.c[c].type, Date) and isinstance(v, str) else v
        for c, v in zip(columns, row, strict=True)
    )


def _update(session: Session, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """Update rows given as (id, *values) (dates as ISO text)."""
    if not rows:
        return
    stmt = update(table).where(table.c.id == bindparam("_id")).values({c: bindparam(c) for c in columns})
    session.connection().execute(
        stmt,
        [{"_id": r[0], **dict(zip(columns, _typed(table, columns, r[1:]), strict=True))} for r in rows],
    )


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# --- Reading the member lines in order -----------------------------------------------------------------


def _ordered(
    bundle: eb.Bundle, name: str, key: Callable[[dict[str, Any]], tuple[Any, ...]]
) -> Iterator[tuple[int, dict[str, Any]]]:
    """The member's lines with their numbers, refused unless strictly increasing by ``key`` (which finds a
    duplicate without remembering every key: the lines are sorted, docs/exchange-bundle.md)."""
    previous: tuple[Any, ...] | None = None
    for number, doc in enumerate(bundle.records(name), start=1):
        k = key(doc)
        if previous is not None and k <= previous:
            what = "repeats the line before it" if k == previous else "is out of order"
            raise _refused(
                bundle.file,
                "{file}: {member}, line {line} {what} (lines are sorted by their key and each key appears once); "
                "nothing was imported.",
                member=name,
                line=number,
                what=what,
            )
        previous = k
        yield number, doc


def _batches(items: Iterator[tuple[int, dict[str, Any]]]) -> Iterator[list[tuple[int, dict[str, Any]]]]:
    while batch := list(islice(items, BATCH)):
        yield batch


class _Tally:
    def __init__(self, result: ImportResult, total: int, progress: ProgressFn | None) -> None:
        self.result, self.total, self.progress, self.done = result, total, progress, 0

    def count(self, what: str, added: int, updated: int, unchanged: int) -> None:
        r = self.result
        r.added[what] = r.added.get(what, 0) + added
        r.updated[what] = r.updated.get(what, 0) + updated
        r.unchanged[what] = r.unchanged.get(what, 0) + unchanged
        self.done += added + updated + unchanged
        if self.progress is not None:
            self.progress(self.done, self.total)


def _apply_keyed(
    session: Session,
    table: Table,
    key_columns: Sequence[str],
    value_columns: Sequence[str],
    rows: list[tuple[Any, ...]],
    tally: _Tally,
    what: str,
    fresh: bool = False,
) -> None:
    """``rows`` are (*key, *values): insert those whose key is new, update those whose values differ.

    The rows already stored are found with one query on the key's first column (an IN list of the batch's
    values), so a batch costs one SELECT and one bulk INSERT however large the register is. ``fresh``: the
    register holds no row of this table for the partner (its first bundle), so there is nothing to look up."""
    n = len(key_columns)
    cols = [table.c[c] for c in (*key_columns, *value_columns)]
    existing: dict[tuple[Any, ...], tuple[int, tuple[Any, ...]]] = {}
    if not fresh:
        firsts = list({r[0] for r in rows})
        for row in session.execute(select(table.c.id, *cols).where(cols[0].in_(firsts))):
            values = tuple(_plain(v) for v in row[1:])
            existing[values[:n]] = (row[0], values[n:])
    if not existing:  # the usual case of a first import: every row is new
        _insert(session, table, [*key_columns, *value_columns], rows)
        tally.count(what, len(rows), 0, 0)
        return
    new: list[tuple[Any, ...]] = []
    changed: list[tuple[Any, ...]] = []
    for r in rows:
        found = existing.get(r[:n])
        if found is None:
            new.append(r)
        elif found[1] != r[n:]:
            changed.append((found[0], *r[n:]))
    _insert(session, table, [*key_columns, *value_columns], new)
    _update(session, table, value_columns, changed)
    tally.count(what, len(new), len(changed), len(rows) - len(new) - len(changed))


def _candidate_ids(session: Session, partner_id: int, regs: set[str]) -> dict[str, int]:
    t = cast(Table, RegisterCandidate.__table__)
    return {
        reg: cid
        for cid, reg in session.execute(
            select(t.c.id, t.c.registration_number).where(
                t.c.partner_id == partner_id, t.c.registration_number.in_(regs)
            )
        )
    }


def _ids_for(
    session: Session, bundle: eb.Bundle, partner_id: int, member: str, batch: list[tuple[int, dict[str, Any]]]
) -> dict[str, int]:
    ids = _candidate_ids(session, partner_id, {doc["candidate"] for _, doc in batch})
    for number, doc in batch:
        if doc["candidate"] not in ids:
            raise _refused(
                bundle.file,
                "{file}: {member}, line {line} names the candidate {reg}, whom neither this bundle nor an earlier one "
                "registered; nothing was imported.",
                member=member,
                line=number,
                reg=doc["candidate"],
            )
    return ids


CANDIDATE_VALUES = (
    "family_name",
    "given_names",
    "name_local",
    "sex",
    "date_of_birth",
    "id_type",
    "national_id",
    "nationality",
    "disability",
)
RESULT_VALUES = ("qualification_code", "assessed_on", "outcome", "assessor", "assessor_registration", "verified_at")
ENROLMENT_VALUES = ("pathway", "status")
CERTIFICATE_VALUES = (
    "candidate_id",
    "kind",
    "qualification_code",
    "qualification_version",
    "issued_on",
    "status",
    "revoked_reason",
    "revoked_at",
    "reprint_count",
    "replaces_serial",
    "units",
    "payload",
)


def _holds_any(session: Session, table: Table, partner_id: int) -> bool:
    """Whether the register holds any row of ``table`` for the partner (before this import wrote to it)."""
    stmt = select(table.c.id).limit(1)
    if "partner_id" in table.c:
        stmt = stmt.where(table.c.partner_id == partner_id)
    else:
        cand = cast(Table, RegisterCandidate.__table__)
        stmt = stmt.join(cand, cand.c.id == table.c.candidate_id).where(cand.c.partner_id == partner_id)
    return session.execute(stmt).first() is not None


def _apply_results(session: Session, bundle: eb.Bundle, partner: ExchangePartner, tally: _Tally) -> None:
    pid = partner.id
    tables = (RegisterCandidate, RegisterEnrolment, RegisterResult, RegisterCertificate)
    fresh = {m: not _holds_any(session, cast(Table, m.__table__), pid) for m in tables}
    t_cand = cast(Table, RegisterCandidate.__table__)
    for batch in _batches(_ordered(bundle, "candidates.jsonl", lambda d: (d["registration_number"],))):
        # The key is (partner, registration number): a candidate of centre A never meets one of centre B.
        # The IN list is on the registration number, so the partner is the key's second column here.
        _apply_keyed(
            session,
            t_cand,
            ("registration_number", "partner_id"),
            CANDIDATE_VALUES,
            [
                (
                    d["registration_number"],
                    pid,
                    d["family_name"],
                    d["given_names"],
                    d["name_local"],
                    d["sex"],
                    d["date_of_birth"],
                    d["id_type"],
                    d["national_id"],
                    d["nationality"],
                    d["disability"],
                )
                for _, d in batch
            ],
            tally,
            "candidates",
            fresh[RegisterCandidate],
        )
    t_enr = cast(Table, RegisterEnrolment.__table__)
    for batch in _batches(
        _ordered(
            bundle,
            "enrolments.jsonl",
            lambda d: (d["candidate"], d["qualification"], d["qualification_version"], d["enrolled_on"]),
        )
    ):
        ids = _ids_for(session, bundle, pid, "enrolments.jsonl", batch)
        _apply_keyed(
            session,
            t_enr,
            ("candidate_id", "qualification_code", "qualification_version", "enrolled_on"),
            ENROLMENT_VALUES,
            [
                (
                    ids[d["candidate"]],
                    d["qualification"],
                    d["qualification_version"],
                    d["enrolled_on"],
                    d["pathway"],
                    d["status"],
                )
                for _, d in batch
            ],
            tally,
            "enrolments",
            fresh[RegisterEnrolment],
        )
    t_res = cast(Table, RegisterResult.__table__)
    for batch in _batches(
        _ordered(bundle, "results.jsonl", lambda d: (d["candidate"], d["unit"], d["unit_version"], d["attempt"]))
    ):
        ids = _ids_for(session, bundle, pid, "results.jsonl", batch)
        _apply_keyed(
            session,
            t_res,
            ("candidate_id", "unit_code", "unit_version", "attempt"),
            RESULT_VALUES,
            [
                (
                    ids[d["candidate"]],
                    d["unit"],
                    d["unit_version"],
                    d["attempt"],
                    d["qualification"],
                    d["assessed_on"],
                    d["outcome"],
                    d["assessor"],
                    d["assessor_registration"],
                    d["verified_at"],
                )
                for _, d in batch
            ],
            tally,
            "results",
            fresh[RegisterResult],
        )
    t_cert = cast(Table, RegisterCertificate.__table__)
    for batch in _batches(_ordered(bundle, "certificates.jsonl", lambda d: (d["serial"],))):
        ids = _ids_for(session, bundle, pid, "certificates.jsonl", batch)
        _apply_keyed(
            session,
            t_cert,
            ("serial", "partner_id"),
            CERTIFICATE_VALUES,
            [
                (
                    d["serial"],
                    pid,
                    ids[d["candidate"]],
                    d["kind"],
                    d["qualification"],
                    d["qualification_version"],
                    d["issued_on"],
                    d["status"],
                    d["revoked_reason"],
                    d["revoked_at"],
                    d["reprint_count"],
                    d["replaces"],
                    d["units"],
                    d["payload"],
                )
                for _, d in batch
            ],
            tally,
            "certificates",
            fresh[RegisterCertificate],
        )


def _apply_moderation(session: Session, bundle: eb.Bundle, tally: _Tally) -> None:
    """A return bundle at the centre: each outcome lands on this centre's own assessment."""
    centre = the_centre(session)
    for number, d in _ordered(
        bundle, "moderation.jsonl", lambda d: (d["candidate"], d["unit"], d["unit_version"], d["attempt"])
    ):
        assessment_id = session.execute(
            select(Assessment.id)
            .join(Candidate, Candidate.id == Assessment.candidate_id)
            .join(Unit, Unit.id == Assessment.unit_id)
            .where(
                Candidate.centre_id == centre.id,
                Candidate.registration_number == d["candidate"],
                Unit.code == d["unit"],
                Unit.version == d["unit_version"],
                Assessment.attempt == d["attempt"],
            )
        ).scalar()
        if assessment_id is None:
            raise _refused(
                bundle.file,
                "{file}: moderation.jsonl, line {line} names a result this centre does not hold (candidate {reg}, "
                "unit {unit} version {version}, attempt {attempt}); nothing was imported.",
                line=number,
                reg=d["candidate"],
                unit=d["unit"],
                version=d["unit_version"],
                attempt=d["attempt"],
            )
        m = session.execute(select(Moderation).where(Moderation.assessment_id == assessment_id)).scalar_one_or_none()
        on = dt.date.fromisoformat(d["moderated_on"])
        values = (d["outcome"], d["notes"], d["moderator"], on)
        if m is None:
            session.add(
                Moderation(
                    assessment_id=assessment_id,
                    sample=f"from {bundle.manifest['sender']['code']}",
                    outcome=d["outcome"],
                    notes=d["notes"],
                    moderator=d["moderator"],
                    moderated_on=on,
                )
            )
            tally.count("moderation", 1, 0, 0)
        elif (m.outcome, m.notes, m.moderator, m.moderated_on) != values:
            m.outcome, m.notes, m.moderator, m.moderated_on = values
            tally.count("moderation", 0, 1, 0)
        else:
            tally.count("moderation", 0, 0, 1)
    session.flush()


def _import_standards(session: Session, actor: Actor, bundle: eb.Bundle, result: ImportResult) -> None:
    """Qualification versions this database lacks are taken over (administrators); others are named in the result."""
    from skillassess.core.models import Qualification
    from skillassess.formats.case_json import parse_case
    from skillassess.services.standards_io import import_document

    for name in sorted(n for n in bundle.manifest["members"] if n.startswith("standards/")):
        data = bundle.json_member(name)
        try:
            doc = parse_case(data, source=f"{bundle.file}: {name}")
        except DomainError as exc:
            result.refused[name] = str(exc)
            continue
        present = session.execute(
            select(Qualification.id).where(Qualification.code == doc.code, Qualification.version == doc.version)
        ).first()
        if present is not None:
            continue
        if not actor.has(Role.ADMINISTRATOR):
            result.refused[name] = "only an administrator takes over new qualification versions"
            continue
        try:
            with session.begin_nested():
                import_document(session, actor, doc)
            result.added["standards"] = result.added.get("standards", 0) + 1
        except DomainError as exc:
            result.refused[name] = str(exc)


def _checkpoint_summary(session: Session, bundle: eb.Bundle, partner: ExchangePartner) -> dict[str, Any]:
    """The sender's audit checkpoint: how long its audit log was, and whether its signature holds with a key
    registered for the sender (a checkpoint signed by a computer's own key cannot be checked here)."""
    if eb.CHECKPOINT not in bundle.manifest["members"]:
        return {}
    doc = bundle.json_member(eb.CHECKPOINT)
    if not isinstance(doc, dict):
        return {"signature": "unreadable"}
    out: dict[str, Any] = {
        "entries": doc.get("entries"),
        "head_hash": doc.get("head_hash"),
        "at": doc.get("at"),
        "key_id": doc.get("key_id"),
    }
    key = session.execute(
        select(PartnerKey.public_key).where(PartnerKey.partner_id == partner.id, PartnerKey.key_id == doc.get("key_id"))
    ).scalar()
    if key is None:
        out["signature"] = "not verifiable here"
        return out
    body = {k: v for k, v in doc.items() if k != "signature"}
    try:
        sp.public_key_from_raw(key).verify(sp.b64url_decode(str(doc.get("signature", ""))), eb.canonical(body))
        out["signature"] = "valid"
    except Exception:  # noqa: BLE001 - InvalidSignature or a malformed signature
        out["signature"] = "invalid"
    return out


# --- The use case ------------------------------------------------------------------------------------


def _check_sender(session: Session, bundle: eb.Bundle) -> ExchangePartner:
    m = bundle.manifest
    sender = m["sender"]
    own = the_centre(session)
    if sender["code"] == own.code:
        raise _refused(
            bundle.file,
            "{file} was made by this database's own centre ({code}); a database does not import its own bundles.",
            code=own.code,
        )
    partner = partner_by_code(session, sender["code"])
    if partner is None:
        raise _refused(
            bundle.file,
            "{file} comes from {name} ({code}), which is not registered here. An administrator registers it once, "
            "confirming its key fingerprint (skillassess exchange register FILE --fingerprint ...).",
            name=sender["name"],
            code=sender["code"],
        )
    need = ROLE_CENTRE if m["kind"] == KIND_RESULTS else ROLE_AWARDING_BODY
    if partner.role != need or sender["role"] != need:
        raise _refused(
            bundle.file,
            "{file} is a {kind} bundle, which comes from a {need}; {code} is registered here as a {role}. Nothing was "
            "imported.",
            kind=m["kind"],
            need=need.replace("_", " "),
            code=partner.code,
            role=partner.role.replace("_", " "),
        )
    if m["kind"] == KIND_MODERATION and m["recipient"] != own.code:
        raise _refused(
            bundle.file,
            "{file} is addressed to the centre {to}, not to this centre ({code}); nothing was imported.",
            to=str(m["recipient"]),
            code=own.code,
        )
    return partner


def _check_key(
    session: Session, bundle: eb.Bundle, partner: ExchangePartner, keys_doc: dict[str, Any], raw: bytes, result: Any
) -> None:
    """The signing key must be a registered key of this partner, or endorsed by one (then it is registered)."""
    key_id = bundle.manifest["key_id"]
    row = session.execute(select(PartnerKey).where(PartnerKey.key_id == key_id)).scalar_one_or_none()
    if row is not None:
        if row.partner_id != partner.id:
            owner = session.get(ExchangePartner, row.partner_id)
            raise _refused(
                bundle.file,
                "{file} says it comes from {code}, but it is signed with the key {key} of {other}; it was refused and "
                "nothing was imported.",
                code=partner.code,
                key=key_id,
                other=owner.code if owner else "?",
            )
        if row.public_key != raw:
            raise _refused(
                bundle.file, "{file}: its key {key} differs from the one registered; nothing was imported.", key=key_id
            )
        return
    entry = next(e for e in keys_doc["keys"] if e["key_id"] == key_id)
    endorser = entry.get("endorsed_by")
    if endorser and entry.get("endorsement"):
        known = session.execute(
            select(PartnerKey).where(PartnerKey.key_id == endorser, PartnerKey.partner_id == partner.id)
        ).scalar_one_or_none()
        if known is not None:
            try:
                ok = True
                sp.public_key_from_raw(known.public_key).verify(
                    sp.b64url_decode(entry["endorsement"]),
                    eb.endorsement_text(partner.code, key_id, entry["public_key"]),
                )
            except Exception:  # noqa: BLE001 - InvalidSignature or a malformed endorsement
                ok = False
            if ok:
                session.add(PartnerKey(partner_id=partner.id, key_id=key_id, public_key=raw, how="endorsed"))
                session.flush()
                result.keys_added.append(key_id)
                return
    raise _refused(
        bundle.file,
        "{file} is signed with the key {key}, which is not registered for {code}. If {code} changed its key, an "
        "administrator confirms the new fingerprint ({fingerprint}) with skillassess exchange register.",
        key=key_id,
        code=partner.code,
        fingerprint=eb.fingerprint(raw),
    )


def _apply(
    session: Session,
    actor: Actor,
    bundle: eb.Bundle,
    keys_doc: dict[str, Any],
    raw: bytes,
    progress: ProgressFn | None,
) -> ImportResult:
    m = bundle.manifest
    lock_writes(session)  # the last sequence is read, then written: one import at a time
    partner = _check_sender(session, bundle)
    result = ImportResult(bundle.file, partner.code, m["kind"], m["sequence"])
    digest = bundle.manifest_sha256
    seen = session.execute(
        select(ExchangeLog.id).where(
            ExchangeLog.direction == "import",
            ExchangeLog.partner_code == partner.code,
            ExchangeLog.manifest_sha256 == digest,
        )
    ).first()
    if seen is not None:
        result.already_imported = True
        return result
    last = session.execute(
        select(ExchangeLog.sequence, ExchangeLog.bundle_created_at)
        .where(ExchangeLog.direction == "import", ExchangeLog.partner_code == partner.code)
        .order_by(ExchangeLog.sequence.desc())
        .limit(1)
    ).first()
    if last is not None and m["sequence"] <= last[0]:
        raise _refused(
            bundle.file,
            "{file} is bundle number {sequence} of {code}, but number {last} (made {when}) was already imported: an "
            "older bundle is never applied over a newer one. Nothing was imported.",
            sequence=m["sequence"],
            code=partner.code,
            last=last[0],
            when=last[1][:19].replace("T", " "),
        )
    _check_key(session, bundle, partner, keys_doc, raw, result)
    tally = _Tally(result, sum(v for k, v in m["counts"].items() if k != "standards"), progress)
    if m["kind"] == KIND_RESULTS:
        _import_standards(session, actor, bundle, result)
        _apply_results(session, bundle, partner, tally)
    else:
        _apply_moderation(session, bundle, tally)
    result.checkpoint = _checkpoint_summary(session, bundle, partner)
    counts = {
        "checkpoint": result.checkpoint,
        "added": result.added,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "refused": sorted(result.refused),
    }
    log_bundle(
        session,
        actor,
        "import",
        partner.code,
        m,
        digest,
        counts,
        {
            "from": partner.code,
            "kind": m["kind"],
            "sequence": m["sequence"],
            "manifest_sha256": digest,
            "keys_added": result.keys_added,
            **counts,
        },
    )
    return result


def import_bundle(db: Database, actor: Actor, path: Path | str, progress: ProgressFn | None = None) -> ImportResult:
    """Verify the bundle at ``path`` whole, then apply it in one transaction (see the module)."""
    actor.require(Role.ADMINISTRATOR, Role.REGISTRAR, action="import an exchange bundle")
    with eb.open_bundle(path) as bundle:
        keys_doc, _entry, raw = self_signed_keys(bundle)  # signature and every member's hash, before writing
        return db.write(lambda s: _apply(s, actor, bundle, keys_doc, raw, progress))
