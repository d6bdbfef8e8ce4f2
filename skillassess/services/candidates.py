"""Candidates: register, change, search and list (the list must stay fast at 100,000 rows).

Search runs over ``Candidate.search_text`` (names in every script, registration number, ID, folded
by ``core.rules.fold``). On SQLite an FTS5 trigram index (migration 0003_issue5) answers terms of
three characters or more; shorter terms, and databases without the index, use ``LIKE``. On
PostgreSQL ``LIKE`` is served by a pg_trgm GIN index where the migration could create one.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import ColumnElement, Engine, Select, and_, exists, func, select, text
from sqlalchemy.orm import Session, aliased

from skillassess.core.enums import AuditAction, Disability, EnrolmentStatus, IdType, Pathway, Role, RplStage, Sex
from skillassess.core.errors import NotFoundError, ValidationError
from skillassess.core.models import Candidate, Enrolment, Qualification, as_dict
from skillassess.core.rules import candidate_search_text, fold
from skillassess.core.text import rule_of
from skillassess.db.concurrency import lock_writes
from skillassess.services import audit
from skillassess.services.centre import the_centre
from skillassess.services.context import Actor

FTS_TABLE = "candidate_fts"
FTS_INSERT_TRIGGER = "candidate_fts_insert"
ID_NAMES_INDEX = "ix_candidate_id_names"  # SQLite only, made with the FTS table (0003_issue5)
TRIGRAM = 3  # the trigram index answers terms of at least this many characters
MIN_AGE, MAX_AGE = 14, 100
MAX_PHOTO_BYTES = 5 * 1024 * 1024
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# --- Listing and search ------------------------------------------------------------------------


@dataclass(frozen=True)
class CandidateRow:
    id: int
    registration_number: str
    family_name: str
    given_names: str
    name_local: str
    sex: Sex
    nationality: str
    national_id: str | None
    stage: RplStage | None = None  # of the latest enrolment
    qualification_code: str | None = None  # of the latest enrolment


@dataclass(frozen=True)
class CandidateFilter:
    """What the list shows: a search text and optional filters (None: any)."""

    search: str = ""
    sex: Sex | None = None
    qualification_id: int | None = None
    stage: RplStage | None = None


_latest_enrolment = (
    select(Enrolment.id)
    .where(Enrolment.candidate_id == Candidate.id)
    .order_by(Enrolment.id.desc())
    .limit(1)
    .correlate(Candidate)
    .scalar_subquery()
)

_ROW_COLUMNS = (
    Candidate.id,
    Candidate.registration_number,
    Candidate.family_name,
    Candidate.given_names,
    Candidate.name_local,
    Candidate.sex,
    Candidate.nationality,
    Candidate.national_id,
)

_fts_engines: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def has_fts(session: Session) -> bool:
    """Whether this database has the SQLite trigram index (looked up once per engine)."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    if engine.dialect.name != "sqlite":
        return False
    known = _fts_engines.get(engine)
    if known is None:
        known = bool(
            session.execute(
                text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :n"), {"n": FTS_TABLE}
            ).scalar()
        )
        _fts_engines[engine] = known
    return known


@contextmanager
def search_index_in_bulk(session: Session) -> Iterator[None]:
    """Candidates inserted in this block enter the search index in one statement at its end.

    The trigger of migration 0003 indexes each new row as it is inserted; for 50,000 rows that is
    four times slower than one INSERT … SELECT, and it would hold the write lock that long. So the
    trigger is dropped for the block and put back, as it was, after the rows are indexed: both in
    the caller's transaction, so no other connection ever sees the trigger missing, and if the
    block fails the rollback restores everything. Without the index (PostgreSQL, old SQLite) it
    does nothing.
    """
    if not has_fts(session):
        yield
        return
    trigger = session.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"), {"n": FTS_INSERT_TRIGGER}
    ).scalar()
    if trigger is None:
        yield
        return
    last = session.execute(select(func.coalesce(func.max(Candidate.id), 0))).scalar_one()
    session.execute(text(f"DROP TRIGGER {FTS_INSERT_TRIGGER}"))
    yield
    session.execute(
        text(f"INSERT INTO {FTS_TABLE}(rowid, search_text) SELECT id, search_text FROM candidate WHERE id > :last"),
        {"last": last},
    )
    session.execute(text(trigger))


def _fts_query(words: list[str]) -> str:
    # Each word becomes a quoted FTS5 string (a substring match with the trigram tokenizer).
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def search_condition(session: Session, search: str, *, use_index: bool = True) -> Any:
    """The WHERE clause for a search text, or None when it is empty."""
    words = fold(search.strip()).split()
    if not words:
        return None
    long_words = [w for w in words if len(w) >= TRIGRAM]
    conditions: list[ColumnElement[bool]] = []
    if use_index and long_words and has_fts(session):
        conditions.append(
            Candidate.id.in_(
                select(text("rowid")).select_from(text(FTS_TABLE)).where(
                    text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=_fts_query(long_words))
                )
            )
        )
        words = [w for w in words if len(w) < TRIGRAM]
    for w in words:
        conditions.append(Candidate.search_text.contains(w, autoescape=True))
    return and_(*conditions)


def _filtered(session: Session, stmt: Select, flt: CandidateFilter, use_index: bool = True) -> Select:  # type: ignore[type-arg]
    cond = search_condition(session, flt.search, use_index=use_index)
    if cond is not None:
        stmt = stmt.where(cond)
    if flt.sex is not None:
        stmt = stmt.where(Candidate.sex == flt.sex)
    if flt.qualification_id is not None:
        stmt = stmt.where(
            exists().where(Enrolment.candidate_id == Candidate.id, Enrolment.qualification_id == flt.qualification_id)
        )
    if flt.stage is not None:
        # The stage of a candidate is that of the latest enrolment: one with no later enrolment.
        later = aliased(Enrolment)
        at_stage = (
            Enrolment.stage == flt.stage,
            ~exists().where(later.candidate_id == Enrolment.candidate_id, later.id > Enrolment.id),
        )
        words = fold(flt.search).split()
        if use_index and any(len(w) >= TRIGRAM for w in words) and has_fts(session):
            # The search leaves few rows: check each of them.
            stmt = stmt.where(exists().where(Enrolment.candidate_id == Candidate.id, *at_stage))
        else:
            # Many rows: read the enrolments once into a set of candidate ids.
            stmt = stmt.where(Candidate.id.in_(select(Enrolment.candidate_id).where(*at_stage)))
    return stmt


def _as_filter(search: str | CandidateFilter) -> CandidateFilter:
    return search if isinstance(search, CandidateFilter) else CandidateFilter(search=search)


def _fts_words_only(session: Session, flt: CandidateFilter) -> bool:
    """Whether the trigram index alone answers the filter (search words of 3+ characters, nothing else)."""
    if flt.sex is not None or flt.qualification_id is not None or flt.stage is not None:
        return False
    words = fold(flt.search.strip()).split()
    return bool(words) and all(len(w) >= TRIGRAM for w in words) and has_fts(session)


def _fts_only_count(session: Session, flt: CandidateFilter) -> int | None:
    """The count straight from the trigram index, when the search is all there is to count."""
    if not _fts_words_only(session, flt):
        return None
    words = fold(flt.search.strip()).split()
    return int(session.execute(
        text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q"), {"q": _fts_query(words)}
    ).scalar_one())


def count_candidates(session: Session, search: str | CandidateFilter = "", *, use_index: bool = True) -> int:
    """How many candidates match."""
    flt = _as_filter(search)
    if use_index:
        fast = _fts_only_count(session, flt)
        if fast is not None:
            return fast
    stmt = _filtered(session, select(func.count(Candidate.id)), flt, use_index)
    return int(session.execute(stmt).scalar_one())


def _scan_then_sort(session: Session, flt: CandidateFilter, use_index: bool) -> bool:
    """Whether SQLite should read the table and sort the few matches, not walk the name index.

    Without the trigram index (short terms, other filters), SQLite walks the name index in order and
    looks up every row until it has a page: quick when many rows match, but a full walk with a lookup
    per row (a quarter of a second at 100,000) when few or none do. A count tells which case it is.
    """
    if session.get_bind().dialect.name != "sqlite" or (use_index and not flt.search.strip() and flt == CandidateFilter()):
        return False
    words = fold(flt.search.strip()).split()
    if use_index and any(len(w) >= TRIGRAM for w in words) and has_fts(session):
        return False  # the index gives the matching ids; SQLite already looks those up and sorts
    if flt == CandidateFilter():
        return False
    total = int(session.execute(select(func.count(Candidate.id))).scalar_one())
    matches = count_candidates(session, flt, use_index=use_index)
    return matches * 20 < total


def candidate_page(
    session: Session,
    search: str | CandidateFilter = "",
    offset: int = 0,
    limit: int = 200,
    *,
    use_index: bool = True,
) -> list[CandidateRow]:
    """One page of matching candidates, ordered (in SQL) by family name, given names, id."""
    # First the ids of the page, sorted on the index columns only: sorting thousands of matches with
    # every column (and the latest enrolment) costs ten times more.
    flt = _as_filter(search)
    if use_index and _fts_words_only(session, flt):
        # The keystroke case, built once: only the trigram index narrows the rows.
        params = {"page_query": _fts_query(fold(flt.search).split()), "page_limit": limit, "page_offset": offset}
        return _rows(session.execute(_fts_page_statement(), params))
    ids_stmt = _filtered(session, select(Candidate.id), flt, use_index)
    if _scan_then_sort(session, flt, use_index):
        # SQLite's unary + keeps the name index out of the plan: read the table, sort the matches.
        ids_stmt = ids_stmt.order_by(text("+candidate.family_name, +candidate.given_names, candidate.id"))
    else:
        ids_stmt = ids_stmt.order_by(Candidate.family_name, Candidate.given_names, Candidate.id)
    return _rows(session.execute(_page_statement(ids_stmt.offset(offset).limit(limit).subquery())))


def _page_statement(page_ids: Any) -> Select:  # type: ignore[type-arg]
    """The columns of the rows whose ids ``page_ids`` gives, with their latest enrolment, in list order."""
    latest, inner = aliased(Enrolment), aliased(Enrolment)
    latest_id = (
        select(inner.id).where(inner.candidate_id == Candidate.id).order_by(inner.id.desc()).limit(1)
        .correlate(Candidate).scalar_subquery()
    )
    return (
        select(*_ROW_COLUMNS, latest.stage, Qualification.code)
        .select_from(Candidate)
        .outerjoin(latest, latest.id == latest_id)
        .outerjoin(Qualification, Qualification.id == latest.qualification_id)
        .where(Candidate.id.in_(select(page_ids.c.id)))
        .order_by(Candidate.family_name, Candidate.given_names, Candidate.id)
    )


_fts_page: Select | None = None  # type: ignore[type-arg]


def _fts_page_statement() -> Select:  # type: ignore[type-arg]
    """A page of trigram matches: sorted by looking the names up in the narrow (id, names) index
    rather than in the table (a sixth less time for thousands of matches)."""
    global _fts_page
    if _fts_page is None:
        ids = text(
            f"SELECT id FROM candidate INDEXED BY {ID_NAMES_INDEX} WHERE id IN "
            f"(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :page_query) "
            "ORDER BY family_name, given_names, id LIMIT :page_limit OFFSET :page_offset"
        ).columns(Candidate.id)
        _fts_page = _page_statement(ids.subquery())
    return _fts_page


def _rows(result: Any) -> list[CandidateRow]:
    return [
        CandidateRow(r.id, r.registration_number, r.family_name, r.given_names, r.name_local, r.sex, r.nationality,
                     r.national_id, stage=r.stage, qualification_code=r.code)
        for r in result
    ]


def get_by_registration_number(session: Session, registration_number: str) -> Candidate:
    found = session.execute(
        select(Candidate).where(Candidate.registration_number == registration_number.strip())
    ).scalar_one_or_none()
    if found is None:
        raise NotFoundError(f"No candidate has the registration number {registration_number!r}.")
    return found


def get_candidate(session: Session, candidate_id: int) -> Candidate:
    found = session.get(Candidate, candidate_id)
    if found is None:
        raise NotFoundError(f"Candidate {candidate_id} does not exist (it may have been removed).")
    return found


# --- Registering and changing --------------------------------------------------------------------


@dataclass
class CandidateData:
    """What a user enters for a candidate (every field of the form)."""

    family_name: str = ""
    given_names: str = ""
    sex: Sex | None = None
    name_local: str = ""
    date_of_birth: dt.date | None = None
    id_type: IdType = IdType.NATIONAL_ID
    national_id: str | None = None
    nationality: str = ""
    disability: Disability = Disability.NOT_STATED
    disability_details: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    photo: bytes | None = None
    education: str = ""
    occupation: str = ""
    years_experience: int | None = None
    notes: str = ""
    registration_number: str = ""  # generated as CENTRE-YEAR-NNNNN when empty

    @classmethod
    def from_candidate(cls, c: Candidate) -> CandidateData:
        return cls(**{f.name: getattr(c, f.name) for f in fields(cls)})


@dataclass(frozen=True)
class FieldProblem:
    """A problem with one field: ``field`` is a CandidateData attribute name."""

    field: str
    message: str
    other_registration_number: str | None = None  # for a duplicate: the record it duplicates


class CandidateValidationError(ValidationError):
    """The candidate cannot be saved; ``field_problems`` says which field is wrong and why."""

    def __init__(self, field_problems: list[FieldProblem]) -> None:
        super().__init__(
            "The candidate was not saved: correct the fields named below.",
            [f"{FIELD_LABELS.get(p.field, p.field)}: {p.message}" for p in field_problems],
        )
        self.field_problems = field_problems


FIELD_LABELS = {
    "registration_number": "Registration number",
    "family_name": "Family name",
    "given_names": "Given names",
    "name_local": "Name in local script",
    "sex": "Sex",
    "date_of_birth": "Date of birth",
    "id_type": "ID document",
    "national_id": "ID number",
    "nationality": "Nationality",
    "disability": "Disability",
    "disability_details": "Disability details",
    "phone": "Phone",
    "email": "E-mail",
    "address": "Address",
    "photo": "Photo",
    "education": "Education",
    "occupation": "Occupation",
    "years_experience": "Years of experience",
    "notes": "Notes",
}


@dataclass(frozen=True)
class SaveResult:
    candidate_id: int
    registration_number: str
    warnings: list[FieldProblem] = field(default_factory=list)


_FIELD_NAMES = [f.name for f in fields(CandidateData)]
_MULTI_LINE = frozenset({"address", "notes", "disability_details"})


def clean(data: CandidateData) -> CandidateData:
    """A copy of ``data`` as it is stored: names on one line, trimmed, codes in capitals."""
    values = {}
    for name in _FIELD_NAMES:  # an import cleans every row: no dataclasses.fields() per call
        v = getattr(data, name)
        if isinstance(v, str):
            v = v.strip() if name in _MULTI_LINE else " ".join(v.split())
        values[name] = v
    d = CandidateData(**values)
    d.nationality = d.nationality.upper()
    d.registration_number = d.registration_number.upper()
    if d.national_id is not None:
        d.national_id = d.national_id.strip() or None
    return d


def age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


# Each text field with the rule of its column (core.text): length, control and direction characters.
_TEXT_RULES = [(name, rule_of(Candidate.__table__.columns[name])) for name in _FIELD_NAMES
               if name in Candidate.__table__.columns and name not in ("sex", "id_type", "disability", "photo")]


def check_fields(
    data: CandidateData, today: dt.date | None = None, *, cleaned: CandidateData | None = None
) -> list[FieldProblem]:
    """The problems of ``data`` that need no database: required fields, formats, dates, clean text.

    ``cleaned`` is ``clean(data)`` when the caller has it already. Every text field obeys the text
    rule of ``core.text``: at most as long as its column, no control or direction characters.
    """
    d = cleaned if cleaned is not None else clean(data)
    today = today or dt.date.today()
    problems: list[FieldProblem] = []
    if not d.family_name:
        problems.append(FieldProblem("family_name", "the family name is required."))
    if not d.given_names:
        problems.append(FieldProblem("given_names", "the given names are required."))
    if d.sex is None:
        problems.append(FieldProblem("sex", "choose female or male (every count is split by sex)."))
    if d.date_of_birth is not None:
        if d.date_of_birth > today:
            problems.append(FieldProblem("date_of_birth", f"{d.date_of_birth.isoformat()} is in the future."))
        else:
            age = age_on(d.date_of_birth, today)
            if age < MIN_AGE:
                problems.append(FieldProblem(
                    "date_of_birth", f"{d.date_of_birth.isoformat()} makes the candidate {age}; "
                    f"candidates must be at least {MIN_AGE}."))
            elif age > MAX_AGE:
                problems.append(FieldProblem(
                    "date_of_birth", f"{d.date_of_birth.isoformat()} makes the candidate {age}; check the year."))
    if d.id_type == IdType.NONE and d.national_id:
        problems.append(FieldProblem("national_id", "an ID number is given but the ID document is 'none'."))
    if d.nationality and not re.fullmatch(r"[A-Z]{2}", d.nationality):
        problems.append(FieldProblem("nationality", f"{data.nationality.strip()!r} is not a two-letter country code (e.g. GH, ET, LB)."))
    if d.email and not _EMAIL.match(d.email):
        problems.append(FieldProblem("email", f"{d.email!r} is not an e-mail address."))
    if d.years_experience is not None and not 0 <= d.years_experience <= 80:
        problems.append(FieldProblem("years_experience", "give a number of years from 0 to 80."))
    if d.photo is not None and len(d.photo) > MAX_PHOTO_BYTES:
        problems.append(FieldProblem("photo", f"the photo is larger than {MAX_PHOTO_BYTES // (1024 * 1024)} MB; "
                                              "use a smaller picture."))
    if d.registration_number and not re.fullmatch(r"[A-Z0-9][A-Z0-9/_.-]{0,39}", d.registration_number):
        problems.append(FieldProblem("registration_number", "use letters, digits and - / . _ only (up to 40)."))
    reported = {p.field for p in problems}
    for name, rule in _TEXT_RULES:
        value = getattr(d, name)
        if name not in reported and isinstance(value, str) and value:
            problem = rule.problem(value)
            if problem is not None:
                problems.append(FieldProblem(name, str(problem)))
    return problems


def check_candidate(
    session: Session, data: CandidateData, candidate_id: int | None = None, today: dt.date | None = None
) -> tuple[list[FieldProblem], list[FieldProblem]]:
    """(problems, warnings) for saving ``data``; problems block saving, warnings do not."""
    d = clean(data)
    problems = check_fields(data, today, cleaned=d)
    warnings: list[FieldProblem] = []
    if d.registration_number and not any(p.field == "registration_number" for p in problems):
        other = session.execute(
            select(Candidate.id).where(Candidate.registration_number == d.registration_number)
        ).scalar()
        if other is not None and other != candidate_id:
            problems.append(FieldProblem("registration_number", f"{d.registration_number} is already used.",
                                         d.registration_number))
    if d.national_id:
        stmt = select(Candidate.registration_number, Candidate.family_name, Candidate.given_names).where(
            Candidate.national_id == d.national_id
        )
        if candidate_id is not None:
            stmt = stmt.where(Candidate.id != candidate_id)
        for regno, family, given in session.execute(stmt.order_by(Candidate.id)):
            warnings.append(FieldProblem(
                "national_id", f"{given} {family} ({regno}) has the same ID number {d.national_id}; "
                "check that this is not the same person.", regno))
    return problems, warnings


def next_registration_number(session: Session, year: int | None = None) -> str:
    """The next free CENTRE-YEAR-NNNNN number."""
    centre = the_centre(session)
    year = year or dt.date.today().year
    prefix = f"{centre.code}-{year}-"
    existing = session.execute(
        select(Candidate.registration_number).where(Candidate.registration_number.startswith(prefix, autoescape=True))
    ).scalars()
    top = 0
    for regno in existing:
        tail = regno[len(prefix):]
        if tail.isdigit():
            top = max(top, int(tail))
    return f"{prefix}{top + 1:05d}"


def _apply(c: Candidate, d: CandidateData) -> None:
    for f in fields(CandidateData):
        setattr(c, f.name, getattr(d, f.name))
    c.search_text = candidate_search_text(c)


def create_candidate(
    session: Session, actor: Actor, data: CandidateData, *, today: dt.date | None = None
) -> SaveResult:
    """Register a candidate; raises CandidateValidationError, returns warnings (duplicate ID)."""
    actor.require(Role.ASSESSOR, Role.ADMINISTRATOR, action="register candidates")
    # Another registration at the same moment must not take the same number (or the same ID) in between.
    lock_writes(session)
    problems, warnings = check_candidate(session, data, None, today)
    if problems:
        raise CandidateValidationError(problems)
    d = clean(data)
    centre = the_centre(session)
    if not d.registration_number:
        d.registration_number = next_registration_number(session, (today or dt.date.today()).year)
    c = Candidate(centre_id=centre.id)
    _apply(c, d)
    session.add(c)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, "candidate", c.registration_number, None, as_dict(c))
    return SaveResult(c.id, c.registration_number, warnings)


def update_candidate(
    session: Session, actor: Actor, candidate_id: int, data: CandidateData, *, today: dt.date | None = None
) -> SaveResult:
    """Change a candidate's record; same checks as registering."""
    actor.require(Role.ASSESSOR, Role.ADMINISTRATOR, action="change candidates")
    lock_writes(session)  # a new registration number is checked free, then written
    c = get_candidate(session, candidate_id)
    problems, warnings = check_candidate(session, data, candidate_id, today)
    if problems:
        raise CandidateValidationError(problems)
    d = clean(data)
    if not d.registration_number:
        d.registration_number = c.registration_number
    before = as_dict(c)
    photo_before = c.photo
    _apply(c, d)
    session.flush()
    after = as_dict(c)
    if photo_before != c.photo:
        after["photo_changed"] = True
    if after == before:
        return SaveResult(c.id, c.registration_number, warnings)  # nothing changed: nothing to record
    audit.record(session, actor, AuditAction.UPDATE, "candidate", c.registration_number, before, after)
    return SaveResult(c.id, c.registration_number, warnings)


# --- Details for display --------------------------------------------------------------------------


@dataclass(frozen=True)
class StepInfo:
    id: int
    stage: RplStage
    on_date: dt.date
    notes: str
    decision: str | None


@dataclass(frozen=True)
class EnrolmentInfo:
    id: int
    qualification_code: str
    qualification_title: str
    pathway: Pathway
    status: EnrolmentStatus
    stage: RplStage
    enrolled_on: dt.date
    unit_codes: list[str]
    steps: list[StepInfo]


@dataclass(frozen=True)
class CandidateDetails:
    id: int
    registration_number: str
    family_name: str
    given_names: str
    name_local: str
    sex: Sex
    date_of_birth: dt.date | None
    id_type: IdType
    national_id: str | None
    nationality: str
    disability: Disability
    disability_details: str
    phone: str
    email: str
    address: str
    education: str
    occupation: str
    years_experience: int | None
    notes: str
    has_photo: bool
    enrolments: list[EnrolmentInfo]


def candidate_details(session: Session, candidate_id: int) -> CandidateDetails:
    """Everything about a candidate that the CLI's ``show`` and the detail panel print."""
    from skillassess.core.models import EnrolmentUnit, Unit

    c = get_candidate(session, candidate_id)
    enrolments = []
    for e in c.enrolments:
        q = session.get_one(Qualification, e.qualification_id)
        codes = sorted(
            session.execute(
                select(Unit.code).join(EnrolmentUnit, EnrolmentUnit.unit_id == Unit.id).where(EnrolmentUnit.enrolment_id == e.id)
            ).scalars()
        )
        enrolments.append(EnrolmentInfo(
            e.id, q.code, q.title, e.pathway, e.status, e.stage, e.enrolled_on, codes,
            [StepInfo(s.id, s.stage, s.on_date, s.notes, s.decision.value if s.decision else None) for s in e.steps],
        ))
    return CandidateDetails(
        c.id, c.registration_number, c.family_name, c.given_names, c.name_local, c.sex, c.date_of_birth, c.id_type,
        c.national_id, c.nationality, c.disability, c.disability_details, c.phone, c.email, c.address, c.education,
        c.occupation, c.years_experience, c.notes, c.photo is not None, enrolments,
    )
