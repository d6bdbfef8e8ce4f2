"""The national register on screen: its candidates and certificates a page at a time, with a centre filter and
a search, and one candidate with their enrolments, verified results (and moderation) and certificates.

Lists are read in pages (LIMIT/OFFSET) in the order of the tables' unique indexes (partner, registration
number; partner, serial), so the first page of 100,000 candidates costs one short index walk; nothing counts
the matches (a list that shows "more as you scroll" needs no count on every keystroke).

The search takes words; each word must be found (case-insensitively, anywhere) in the candidate's family name,
given names, name in local script or registration number, or in the serial of one of their certificates.
Migration 0009 indexes these texts by trigrams (SQLite FTS5; PostgreSQL pg_trgm), so a word of three
characters or more is looked up, not scanned for (benchmarks/register_lists.py: about 10 ms at 100,000
candidates); a shorter word scans, and the scan stops at the end of the page.
A candidate is a centre's candidate (centre code + registration number): the same number at two centres is
two people, shown as two rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, String, and_, func, literal_column, or_, select, text, union
from sqlalchemy.orm import InstrumentedAttribute, Session

from skillassess.core.errors import NotFoundError
from skillassess.core.messages import msg
from skillassess.core.models import (
    ExchangePartner,
    Moderation,
    RegisterCandidate,
    RegisterCertificate,
    RegisterEnrolment,
    RegisterResult,
)
from skillassess.services.candidate_search import sqlite_has_table

MAX_WORDS = 6
MAX_PAGE = 1000
TRIGRAM = 3  # the trigram indexes answer words of at least this many characters
CANDIDATE_FTS, CERTIFICATE_FTS = "register_candidate_fts", "register_certificate_fts"  # migration 0009


@dataclass(frozen=True)
class RegisterCandidateRow:
    id: int
    centre: str
    registration_number: str
    family_name: str
    given_names: str
    name_local: str
    sex: str
    date_of_birth: dt.date | None
    nationality: str
    results: int
    certificates: int

    @property
    def name(self) -> str:
        return f"{self.given_names} {self.family_name}".strip()


@dataclass(frozen=True)
class RegisterCertificateListRow:
    id: int
    candidate_id: int
    centre: str
    serial: str
    registration_number: str
    name: str
    kind: str
    qualification: str
    qualification_version: int
    issued_on: dt.date
    status: str
    revoked_reason: str


@dataclass(frozen=True)
class RegisterEnrolmentLine:
    qualification: str
    qualification_version: int
    pathway: str
    status: str
    enrolled_on: dt.date


@dataclass(frozen=True)
class RegisterResultLine:
    unit: str
    unit_version: int
    attempt: int
    qualification: str
    assessed_on: dt.date
    outcome: str
    assessor: str
    verified_at: str
    moderation: str | None  # None: not sampled; "sampled", "confirmed" or "not_confirmed"


@dataclass(frozen=True)
class RegisterCertificateLine:
    serial: str
    kind: str
    qualification: str
    qualification_version: int
    issued_on: dt.date
    status: str
    revoked_reason: str
    revoked_at: str
    reprint_count: int
    replaces_serial: str
    units: str

    @property
    def revoked(self) -> bool:
        return self.status == "revoked"


@dataclass(frozen=True)
class RegisterCandidateDetail:
    candidate: RegisterCandidateRow
    centre_name: str
    id_type: str
    national_id: str
    disability: str
    enrolments: list[RegisterEnrolmentLine]
    results: list[RegisterResultLine]
    certificates: list[RegisterCertificateLine]


def search_words(text: str) -> list[str]:
    """The words of a search (at most MAX_WORDS; longer searches keep the first)."""
    return text.split()[:MAX_WORDS]


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _contains(expr: ColumnElement[str] | InstrumentedAttribute[str], word: str, sqlite: bool) -> ColumnElement[bool]:
    """``expr`` holds ``word``, case-insensitively. SQLite's LIKE ignores case already (and its lower() folds no
    more than LIKE does), so there it is a bare LIKE, several times faster on 100,000 rows than lower() LIKE."""
    pattern = _like(word)
    return expr.like(pattern, escape="\\") if sqlite else expr.ilike(pattern, escape="\\")


def _candidate_text(columns: Any = None) -> ColumnElement[str]:
    """The candidate's searchable text in one string (PostgreSQL's trigram index of migration 0009 is on this very
    expression, the separators written as literals so that the planner matches it)."""
    c = columns if columns is not None else RegisterCandidate.__table__.c
    space: ColumnElement[str] = literal_column("' '", String())
    text_: ColumnElement[str] = c.family_name + space + c.given_names + space + c.name_local + space
    return text_ + c.registration_number


def has_fts(session: Session) -> bool:
    """Whether this SQLite database has the register's trigram indexes."""
    return sqlite_has_table(session, CANDIDATE_FTS)


def _fts_rows(fts: str, word: str, n: int) -> Select[Any]:
    """The rowids of the trigram index ``fts`` whose text holds ``word`` (3 characters or more) anywhere."""
    name = f"{fts}_q{n}"
    query = '"' + word.replace('"', '""') + '"'
    return (
        select(literal_column("rowid"))
        .select_from(text(fts))
        .where(text(f"{fts} MATCH :{name}").bindparams(**{name: query}))
    )


class _Search:
    """How this database answers a search word: the SQLite trigram indexes for words of 3+ characters,
    otherwise LIKE (ILIKE on PostgreSQL, whose trigram indexes serve it)."""

    def __init__(self, session: Session) -> None:
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        self.fts = has_fts(session)

    def indexed(self, word: str) -> bool:
        return self.fts and len(word) >= TRIGRAM

    def candidates(self, word: str, n: int, table: Any = None) -> ColumnElement[bool]:
        """Candidates (of ``table``, an alias of register_candidate, or the model) whose names or registration
        number hold the word."""
        columns = (table if table is not None else RegisterCandidate.__table__).c
        if self.indexed(word):
            return cast(ColumnElement[bool], columns.id.in_(_fts_rows(CANDIDATE_FTS, word, n)))
        return _contains(_candidate_text(columns), word, self.sqlite)

    def serials(self, word: str, n: int) -> ColumnElement[bool]:
        """Certificates whose serial holds the word."""
        if self.indexed(word):
            return RegisterCertificate.id.in_(_fts_rows(CERTIFICATE_FTS, word, n))
        return _contains(RegisterCertificate.serial, word, self.sqlite)


def _word_matches(search: _Search, word: str, n: int) -> ColumnElement[bool]:
    """The candidate holds the word, or one of their certificates' serials does."""
    serials = select(RegisterCertificate.candidate_id).where(search.serials(word, n))
    if len(word) < TRIGRAM:
        # No index answers it: the list is scanned in its order and the scan stops when the page is full
        # (a word this short matches many); the serials are scanned once, not once per candidate.
        return or_(search.candidates(word, n), RegisterCandidate.id.in_(serials))
    # One set of ids that the indexes answer, computed once, so that PostgreSQL's planner does not scan the
    # list in its order instead (it matches few).
    alias = RegisterCandidate.__table__.alias(f"word{n}")
    return RegisterCandidate.id.in_(union(select(alias.c.id).where(search.candidates(word, n, alias)), serials))


def _centre_id(session: Session, centre: str | None) -> int | None:
    """The partner id of ``centre`` (None for all centres); an unknown code is refused with a sentence."""
    if not centre:
        return None
    pid = session.execute(select(ExchangePartner.id).where(ExchangePartner.code == centre)).scalar()
    if pid is None:
        raise NotFoundError(msg("No centre {code} is registered in this database.", code=centre))
    return int(pid)


def _filtered(stmt: Select[Any], session: Session, centre: str | None, search: str) -> Select[Any]:
    pid = _centre_id(session, centre)
    if pid is not None:
        stmt = stmt.where(RegisterCandidate.partner_id == pid)
    words = search_words(search)
    if words:
        how = _Search(session)
        stmt = stmt.where(and_(*(_word_matches(how, w, n) for n, w in enumerate(words))))
    return stmt


def _page(offset: int, limit: int) -> tuple[int, int]:
    return max(0, offset), min(max(1, limit), MAX_PAGE)


def register_candidate_page(
    session: Session, centre: str | None = None, search: str = "", offset: int = 0, limit: int = 200
) -> list[RegisterCandidateRow]:
    """One page of the register's candidates (one centre or all), in centre and registration-number order."""
    offset, limit = _page(offset, limit)
    n_results = (
        select(func.count())
        .select_from(RegisterResult)
        .where(RegisterResult.candidate_id == RegisterCandidate.id)
        .correlate(RegisterCandidate)
        .scalar_subquery()
    )
    n_certificates = (
        select(func.count())
        .select_from(RegisterCertificate)
        .where(RegisterCertificate.candidate_id == RegisterCandidate.id)
        .correlate(RegisterCandidate)
        .scalar_subquery()
    )
    # The page is chosen first on the candidate table alone (its unique index gives the order), then joined.
    ids = _filtered(select(RegisterCandidate.id), session, centre, search)
    ids = ids.order_by(RegisterCandidate.partner_id, RegisterCandidate.registration_number).offset(offset).limit(limit)
    chosen = ids.subquery()
    stmt = (
        select(
            RegisterCandidate.id,
            ExchangePartner.code,
            RegisterCandidate.registration_number,
            RegisterCandidate.family_name,
            RegisterCandidate.given_names,
            RegisterCandidate.name_local,
            RegisterCandidate.sex,
            RegisterCandidate.date_of_birth,
            RegisterCandidate.nationality,
            n_results,
            n_certificates,
        )
        .join(chosen, chosen.c.id == RegisterCandidate.id)
        .join(ExchangePartner, ExchangePartner.id == RegisterCandidate.partner_id)
        .order_by(RegisterCandidate.partner_id, RegisterCandidate.registration_number)
    )
    return [
        RegisterCandidateRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], int(r[9] or 0), int(r[10] or 0))
        for r in session.execute(stmt)
    ]


def register_certificate_page(
    session: Session, centre: str | None = None, search: str = "", offset: int = 0, limit: int = 200
) -> list[RegisterCertificateListRow]:
    """One page of the certificates the centres issued, reprinted and revoked, in centre and serial order.

    A search word matches the certificate's serial, or its candidate's names or registration number."""
    offset, limit = _page(offset, limit)
    stmt = select(
        RegisterCertificate.id,
        RegisterCandidate.id,
        ExchangePartner.code,
        RegisterCertificate.serial,
        RegisterCandidate.registration_number,
        RegisterCandidate.given_names,
        RegisterCandidate.family_name,
        RegisterCertificate.kind,
        RegisterCertificate.qualification_code,
        RegisterCertificate.qualification_version,
        RegisterCertificate.issued_on,
        RegisterCertificate.status,
        RegisterCertificate.revoked_reason,
    ).select_from(RegisterCertificate)
    stmt = stmt.join(RegisterCandidate, RegisterCandidate.id == RegisterCertificate.candidate_id).join(
        ExchangePartner, ExchangePartner.id == RegisterCertificate.partner_id
    )
    pid = _centre_id(session, centre)
    if pid is not None:
        stmt = stmt.where(RegisterCertificate.partner_id == pid)
    how = _Search(session)
    for n, word in enumerate(search_words(search)):
        stmt = stmt.where(
            or_(
                how.serials(word, n),
                RegisterCertificate.candidate_id.in_(select(RegisterCandidate.id).where(how.candidates(word, n))),
            )
        )
    stmt = stmt.order_by(RegisterCertificate.partner_id, RegisterCertificate.serial).offset(offset).limit(limit)
    return [
        RegisterCertificateListRow(
            r[0], r[1], r[2], r[3], r[4], f"{r[5]} {r[6]}".strip(), r[7], r[8], r[9], r[10], r[11], r[12]
        )
        for r in session.execute(stmt)
    ]


def register_candidate_id(session: Session, centre: str, registration_number: str) -> int:
    """The register id of centre ``centre``'s candidate ``registration_number`` (refused with a sentence if none)."""
    pid = _centre_id(session, centre)
    found = session.execute(
        select(RegisterCandidate.id).where(
            RegisterCandidate.partner_id == pid, RegisterCandidate.registration_number == registration_number
        )
    ).scalar()
    if found is None:
        raise NotFoundError(
            msg("The register holds no candidate {reg} of the centre {code}.", reg=registration_number, code=centre)
        )
    return int(found)


def register_candidate_detail(session: Session, candidate_id: int) -> RegisterCandidateDetail:
    """One register candidate with their enrolments, verified results (with moderation) and certificates."""
    found = session.execute(
        select(RegisterCandidate, ExchangePartner)
        .join(ExchangePartner, ExchangePartner.id == RegisterCandidate.partner_id)
        .where(RegisterCandidate.id == candidate_id)
    ).first()
    if found is None:
        raise NotFoundError(msg("No candidate with the id {id} is in the register.", id=candidate_id))
    c, partner = found
    enrolments = [
        RegisterEnrolmentLine(e.qualification_code, e.qualification_version, e.pathway, e.status, e.enrolled_on)
        for e in session.execute(
            select(RegisterEnrolment)
            .where(RegisterEnrolment.candidate_id == c.id)
            .order_by(RegisterEnrolment.enrolled_on, RegisterEnrolment.qualification_code)
        ).scalars()
    ]
    results = [
        RegisterResultLine(
            r.unit_code,
            r.unit_version,
            r.attempt,
            r.qualification_code,
            r.assessed_on,
            r.outcome,
            r.assessor,
            r.verified_at,
            None if mid is None else (outcome or "sampled"),
        )
        for r, mid, outcome in session.execute(
            select(RegisterResult, Moderation.id, Moderation.outcome)
            .outerjoin(Moderation, Moderation.result_id == RegisterResult.id)
            .where(RegisterResult.candidate_id == c.id)
            .order_by(RegisterResult.unit_code, RegisterResult.unit_version, RegisterResult.attempt)
        )
    ]
    certificates = [
        RegisterCertificateLine(
            x.serial,
            x.kind,
            x.qualification_code,
            x.qualification_version,
            x.issued_on,
            x.status,
            x.revoked_reason,
            x.revoked_at,
            x.reprint_count,
            x.replaces_serial,
            x.units,
        )
        for x in session.execute(
            select(RegisterCertificate)
            .where(RegisterCertificate.candidate_id == c.id)
            .order_by(RegisterCertificate.issued_on, RegisterCertificate.serial)
        ).scalars()
    ]
    row = RegisterCandidateRow(
        c.id,
        partner.code,
        c.registration_number,
        c.family_name,
        c.given_names,
        c.name_local,
        c.sex,
        c.date_of_birth,
        c.nationality,
        len(results),
        len(certificates),
    )
    return RegisterCandidateDetail(
        row, partner.name, c.id_type, c.national_id, c.disability, enrolments, results, certificates
    )
