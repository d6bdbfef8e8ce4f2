"""Importing a registered partner's bundle: verified and prepared whole first, then written in one short transaction.

Before the write transaction (other users keep saving meanwhile): the file's structure and manifest
(formats/exchange_bundle.py), the sender (a registered partner, not this database's own centre, in the role
the bundle's kind needs, and for a moderation bundle this centre as its recipient), the manifest's signature
and every member's SHA-256; then every line of every member is parsed and checked (schema, sort order,
each candidate named by an enrolment, result or certificate is in this bundle or an earlier one of the same
partner) and written, as rows ready to insert, to a temporary spool beside nothing else (memory stays flat),
and the standards' CASE packages are parsed. A bundle already imported is answered without preparing it.

Then, in one transaction under the write lock, only what must be read and written together: the sender,
the history (a bundle already imported, same manifest hash, changes nothing; one older than, or as old as,
the last imported from that partner is refused as a replay), the signing key (a registered key of that very
partner, or a new key endorsed by one), and the rows from the spool applied by their natural keys within the
partner (registration number; registration number + qualification code + version + enrolment date;
registration number + unit code + version + attempt; serial) with bulk inserts, so the same bundle twice
changes nothing and a later bundle updates what changed; a partner's records never meet another partner's.
Any problem rolls back the whole import. The exchange log and one audit entry record what was added,
updated and left unchanged.
"""

from __future__ import annotations

import datetime as dt
import pickle
import tempfile
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
StageFn = Callable[[str], None]
BATCH = 10000
# The stages an import goes through, told to ``import_bundle(stages=...)``: the bundle's signature and every
# member's hash verified; every line parsed, checked and spooled; the write transaction holds the write lock;
# committed. Nothing is written before "writing".
VERIFIED, PREPARED, WRITING, WRITTEN = "verified", "prepared", "writing", "written"


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
    """Counts what was added, updated and left unchanged; reports the write phase as the second half of the work."""

    def __init__(self, result: ImportResult, total: int, progress: ProgressFn | None) -> None:
        self.result, self.total, self.progress, self.done = result, total, progress, 0

    def count(self, what: str, added: int, updated: int, unchanged: int) -> None:
        r = self.result
        r.added[what] = r.added.get(what, 0) + added
        r.updated[what] = r.updated.get(what, 0) + updated
        r.unchanged[what] = r.unchanged.get(what, 0) + unchanged
        self.done += added + updated + unchanged
        if self.progress is not None:
            self.progress(self.total + self.done, 2 * self.total)


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


# --- Preparing, before the write transaction -------------------------------------------------------------


@dataclass(frozen=True)
class _Member:
    """A JSON Lines member of a results bundle: its sort key, and the row it prepares from a line."""

    name: str
    key: Callable[[dict[str, Any]], tuple[Any, ...]]
    row: Callable[[dict[str, Any]], tuple[Any, ...]]
    candidate: Callable[[dict[str, Any]], str] | None  # the registration number a line names (None: candidates)


RESULT_MEMBERS = (
    _Member(
        "candidates.jsonl",
        lambda d: (d["registration_number"],),
        lambda d: (d["registration_number"], *(d[c] for c in CANDIDATE_VALUES)),
        None,
    ),
    _Member(
        "enrolments.jsonl",
        lambda d: (d["candidate"], d["qualification"], d["qualification_version"], d["enrolled_on"]),
        lambda d: (
            d["candidate"],
            d["qualification"],
            d["qualification_version"],
            d["enrolled_on"],
            d["pathway"],
            d["status"],
        ),
        lambda d: str(d["candidate"]),
    ),
    _Member(
        "results.jsonl",
        lambda d: (d["candidate"], d["unit"], d["unit_version"], d["attempt"]),
        lambda d: (
            d["candidate"],
            d["unit"],
            d["unit_version"],
            d["attempt"],
            d["qualification"],
            d["assessed_on"],
            d["outcome"],
            d["assessor"],
            d["assessor_registration"],
            d["verified_at"],
        ),
        lambda d: str(d["candidate"]),
    ),
    _Member(
        "certificates.jsonl",
        lambda d: (d["serial"],),
        lambda d: (
            d["serial"],
            d["candidate"],
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
        ),
        lambda d: str(d["candidate"]),
    ),
)


@dataclass
class _Prepared:
    """A bundle verified and parsed whole: what the write transaction needs, and nothing it must re-check."""

    bundle: eb.Bundle
    keys_doc: dict[str, Any]
    raw_key: bytes
    spool: Path
    total: int
    standards: list[tuple[str, Any]] = field(default_factory=list)  # (member, parsed document or why refused)
    checkpoint: Any = None
    moderation: list[tuple[int, dict[str, Any]]] = field(default_factory=list)

    def rows(self, member: str) -> Iterator[list[tuple[Any, ...]]]:
        """The member's prepared rows, a batch at a time, read back from the spool (again on a retried run)."""
        path = self.spool / member
        if not path.exists():
            return
        with path.open("rb") as f:
            while True:
                try:
                    batch: list[tuple[Any, ...]] = pickle.load(f)  # our own file, written moments ago
                except EOFError:
                    return
                yield batch


def _earlier_candidates(db: Database, partner_id: int | None, regs: set[str]) -> set[str]:
    """Which of ``regs`` an earlier bundle of the partner registered (a short read of its own)."""
    if partner_id is None or not regs:
        return set()
    with db.session() as s:
        return set(_candidate_ids(s, partner_id, regs))


def _prepare_results(
    db: Database, bundle: eb.Bundle, partner_id: int | None, spool: Path, tick: Callable[[int], None]
) -> None:
    """Every line checked and turned into a row, written to the spool a batch at a time. The registration
    numbers of the bundle's candidates are kept (a set of short strings) to check the lines that name them."""
    known: set[str] = set()
    for member in RESULT_MEMBERS:
        if member.name not in bundle.manifest["members"]:
            continue
        with (spool / member.name).open("wb") as out:
            for batch in _batches(_ordered(bundle, member.name, member.key)):
                rows = [member.row(d) for _, d in batch]
                if member.candidate is None:
                    known.update(r[0] for r in rows)
                else:
                    named = member.candidate
                    missing = {named(d) for _, d in batch} - known
                    if missing:
                        missing -= _earlier_candidates(db, partner_id, missing)
                    for number, d in batch:
                        if named(d) in missing:
                            raise _refused(
                                bundle.file,
                                "{file}: {member}, line {line} names the candidate {reg}, whom neither this bundle nor "
                                "an earlier one registered; nothing was imported.",
                                member=member.name,
                                line=number,
                                reg=named(d),
                            )
                pickle.dump(rows, out, protocol=pickle.HIGHEST_PROTOCOL)
                tick(len(rows))


def _prepare_standards(bundle: eb.Bundle) -> list[tuple[str, Any]]:
    from skillassess.formats.case_json import parse_case

    out: list[tuple[str, Any]] = []
    for name in sorted(n for n in bundle.manifest["members"] if n.startswith("standards/")):
        data = bundle.json_member(name)
        try:
            out.append((name, parse_case(data, source=f"{bundle.file}: {name}")))
        except DomainError as exc:
            out.append((name, str(exc)))
    return out


def _prepare(
    db: Database,
    bundle: eb.Bundle,
    keys_doc: dict[str, Any],
    raw: bytes,
    partner_id: int | None,
    spool: Path,
    progress: ProgressFn | None,
) -> _Prepared:
    m = bundle.manifest
    total = sum(v for k, v in m["counts"].items() if k != "standards")
    prepared = _Prepared(bundle, keys_doc, raw, spool, total)
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, 2 * total)

    if m["kind"] == KIND_RESULTS:
        prepared.standards = _prepare_standards(bundle)
        _prepare_results(db, bundle, partner_id, spool, tick)
    else:
        key = lambda d: (d["candidate"], d["unit"], d["unit_version"], d["attempt"])  # noqa: E731
        prepared.moderation = list(_ordered(bundle, "moderation.jsonl", key))
        tick(len(prepared.moderation))
    if eb.CHECKPOINT in m["members"]:
        prepared.checkpoint = bundle.json_member(eb.CHECKPOINT)
    return prepared


# --- Writing, in the one transaction ---------------------------------------------------------------------


def _ids_for(
    session: Session, bundle: eb.Bundle, partner_id: int, member: str, rows: list[tuple[Any, ...]], at: int
) -> dict[str, int]:
    """The register ids of the candidates the rows name (``rows[i][at]``). Every one was found while preparing;
    this stays as a guard (an error here rolls the whole import back)."""
    regs = {r[at] for r in rows}
    ids = _candidate_ids(session, partner_id, regs)
    if len(ids) != len(regs):
        reg = sorted(regs - set(ids))[0]
        raise _refused(
            bundle.file,
            "{file}: {member} names the candidate {reg}, whom neither this bundle nor an earlier one registered; "
            "nothing was imported.",
            member=member,
            reg=reg,
        )
    return ids


def _apply_results(session: Session, prepared: _Prepared, partner: ExchangePartner, tally: _Tally) -> None:
    bundle, pid = prepared.bundle, partner.id
    tables = (RegisterCandidate, RegisterEnrolment, RegisterResult, RegisterCertificate)
    fresh = {m: not _holds_any(session, cast(Table, m.__table__), pid) for m in tables}
    for rows in prepared.rows("candidates.jsonl"):
        # The key is (partner, registration number): a candidate of centre A never meets one of centre B.
        # The IN list is on the registration number, so the partner is the key's second column here.
        _apply_keyed(
            session,
            cast(Table, RegisterCandidate.__table__),
            ("registration_number", "partner_id"),
            CANDIDATE_VALUES,
            [(r[0], pid, *r[1:]) for r in rows],
            tally,
            "candidates",
            fresh[RegisterCandidate],
        )
    for rows in prepared.rows("enrolments.jsonl"):
        ids = _ids_for(session, bundle, pid, "enrolments.jsonl", rows, 0)
        _apply_keyed(
            session,
            cast(Table, RegisterEnrolment.__table__),
            ("candidate_id", "qualification_code", "qualification_version", "enrolled_on"),
            ENROLMENT_VALUES,
            [(ids[r[0]], *r[1:]) for r in rows],
            tally,
            "enrolments",
            fresh[RegisterEnrolment],
        )
    for rows in prepared.rows("results.jsonl"):
        ids = _ids_for(session, bundle, pid, "results.jsonl", rows, 0)
        _apply_keyed(
            session,
            cast(Table, RegisterResult.__table__),
            ("candidate_id", "unit_code", "unit_version", "attempt"),
            RESULT_VALUES,
            [(ids[r[0]], *r[1:]) for r in rows],
            tally,
            "results",
            fresh[RegisterResult],
        )
    for rows in prepared.rows("certificates.jsonl"):
        ids = _ids_for(session, bundle, pid, "certificates.jsonl", rows, 1)
        _apply_keyed(
            session,
            cast(Table, RegisterCertificate.__table__),
            ("serial", "partner_id"),
            CERTIFICATE_VALUES,
            [(r[0], pid, ids[r[1]], *r[2:]) for r in rows],
            tally,
            "certificates",
            fresh[RegisterCertificate],
        )


def _apply_moderation(session: Session, prepared: _Prepared, tally: _Tally) -> None:
    """A return bundle at the centre: each outcome lands on this centre's own assessment."""
    bundle = prepared.bundle
    centre = the_centre(session)
    for number, d in prepared.moderation:
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


def _import_standards(session: Session, actor: Actor, prepared: _Prepared, result: ImportResult) -> None:
    """Qualification versions this database lacks are taken over (administrators); others are named in the result."""
    from skillassess.core.models import Qualification
    from skillassess.services.standards_io import import_document

    for name, doc in prepared.standards:
        if isinstance(doc, str):
            result.refused[name] = doc
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


def _checkpoint_summary(session: Session, doc: Any, partner: ExchangePartner) -> dict[str, Any]:
    """The sender's audit checkpoint: how long its audit log was, and whether its signature holds with a key
    registered for the sender (a checkpoint signed by a computer's own key cannot be checked here)."""
    if doc is None:
        return {}
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
    session: Session,
    bundle: eb.Bundle,
    partner: ExchangePartner,
    keys_doc: dict[str, Any],
    raw: bytes,
    result: Any,
    *,
    register: bool = True,
) -> None:
    """The signing key must be a registered key of this partner, or endorsed by one (then it is registered,
    unless ``register`` is false: the check before the preparation writes nothing)."""
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
                if register:
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


def _history(session: Session, bundle: eb.Bundle, partner: ExchangePartner) -> bool:
    """Whether this very bundle was imported already; refuses one older than (or as old as) the last imported."""
    m = bundle.manifest
    seen = session.execute(
        select(ExchangeLog.id).where(
            ExchangeLog.direction == "import",
            ExchangeLog.partner_code == partner.code,
            ExchangeLog.manifest_sha256 == bundle.manifest_sha256,
        )
    ).first()
    if seen is not None:
        return True
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
    return False


def _apply(
    session: Session, actor: Actor, prepared: _Prepared, progress: ProgressFn | None, stage: StageFn
) -> ImportResult:
    """The write transaction: the checks that must hold when the rows are written, then the rows (see the module)."""
    bundle = prepared.bundle
    m = bundle.manifest
    lock_writes(session)  # the last sequence is read, then written: one import at a time
    stage(WRITING)
    partner = _check_sender(session, bundle)
    result = ImportResult(bundle.file, partner.code, m["kind"], m["sequence"])
    digest = bundle.manifest_sha256
    if _history(session, bundle, partner):
        result.already_imported = True
        return result
    _check_key(session, bundle, partner, prepared.keys_doc, prepared.raw_key, result)
    tally = _Tally(result, prepared.total, progress)
    if m["kind"] == KIND_RESULTS:
        _import_standards(session, actor, prepared, result)
        _apply_results(session, prepared, partner, tally)
    else:
        _apply_moderation(session, prepared, tally)
    result.checkpoint = _checkpoint_summary(session, prepared.checkpoint, partner)
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


def import_bundle(
    db: Database,
    actor: Actor,
    path: Path | str,
    progress: ProgressFn | None = None,
    *,
    stages: StageFn | None = None,
) -> ImportResult:
    """Verify and prepare the bundle at ``path`` whole, then write it in one short transaction (see the module).

    ``progress(done, total)``: the preparation is the first half, the writing the second. ``stages(name)`` is
    told VERIFIED, PREPARED, WRITING (the write lock is held from here) and WRITTEN (committed)."""
    actor.require(Role.ADMINISTRATOR, Role.REGISTRAR, action="import an exchange bundle")
    stage: StageFn = stages or (lambda _name: None)
    with eb.open_bundle(path) as bundle:
        keys_doc, _entry, raw = self_signed_keys(bundle)  # signature and every member's hash
        # Who sent it, whether it was imported already, and whether its key is the sender's: a short read, so
        # that a refusal comes before the preparation (the write transaction checks them again).
        with db.session() as s:
            partner = _check_sender(s, bundle)
            partner_id, code = partner.id, partner.code
            seen = _history(s, bundle, partner)
            if not seen:
                _check_key(s, bundle, partner, keys_doc, raw, None, register=False)
        if seen:
            return ImportResult(bundle.file, code, bundle.manifest["kind"], bundle.manifest["sequence"], True)
        stage(VERIFIED)
        with tempfile.TemporaryDirectory(prefix="skillassess-import-") as folder:
            prepared = _prepare(db, bundle, keys_doc, raw, partner_id, Path(folder), progress)
            stage(PREPARED)
            result = db.write(lambda s: _apply(s, actor, prepared, progress, stage))
        stage(WRITTEN)
        return result
