"""Finding candidates: the list with its search and filters (fast at 100,000 rows), and lookups by id or number.

Search runs over ``Candidate.search_text`` (names in every script, registration number, ID, folded
by ``core.rules.fold``). On SQLite an FTS5 trigram index (migration 0003_issue5) answers terms of
three characters or more; shorter terms, and databases without the index, use ``LIKE``. On
PostgreSQL ``LIKE`` is served by a pg_trgm GIN index where the migration could create one.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Engine, Select, and_, exists, func, select, text
from sqlalchemy.orm import Session, aliased

from skillassess.core.enums import RplStage, Sex
from skillassess.core.errors import NotFoundError
from skillassess.core.models import Candidate, Enrolment, Qualification
from skillassess.core.rules import fold

FTS_TABLE = "candidate_fts"
FTS_INSERT_TRIGGER = "candidate_fts_insert"
ID_NAMES_INDEX = "ix_candidate_id_names"  # SQLite only, made with the FTS table (0003_issue5)
WALK_INDEX = "ix_candidate_names_search"  # SQLite only: names, id and search text in list order (migration 0010)
TRIGRAM = 3  # the trigram index answers terms of at least this many characters
# A search with at least this many trigram matches walks the names in order (few rows read per page);
# one with fewer sorts its matches (few rows to sort). Either way a page reads a bounded number of rows.
DENSE = 1000


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


def _latest_enrolment_of(enrolment: Any) -> Any:
    """The id of a candidate's latest enrolment, as a subquery of a query over candidates (``enrolment``:
    Enrolment or an alias of it)."""
    return (
        select(enrolment.id)
        .where(enrolment.candidate_id == Candidate.id)
        .order_by(enrolment.id.desc())
        .limit(1)
        .correlate(Candidate)
        .scalar_subquery()
    )


_latest_enrolment = _latest_enrolment_of(Enrolment)

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

_sqlite_objects: weakref.WeakKeyDictionary[Engine, dict[tuple[str, str], bool]] = weakref.WeakKeyDictionary()


def sqlite_has_table(session: Session, name: str, kind: str = "table") -> bool:
    """Whether this is SQLite with a table (or index, ``kind``) ``name``: a search index's, made by a migration
    outside the models; looked up once per engine and name."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    if engine.dialect.name != "sqlite":
        return False
    known = _sqlite_objects.setdefault(engine, {})
    if (kind, name) not in known:
        known[kind, name] = bool(
            session.execute(
                text("SELECT count(*) FROM sqlite_master WHERE type = :k AND name = :n"), {"k": kind, "n": name}
            ).scalar()
        )
    return known[kind, name]


def has_fts(session: Session) -> bool:
    """Whether this database has the SQLite trigram index of candidates."""
    return sqlite_has_table(session, FTS_TABLE)


def has_walk_index(session: Session) -> bool:
    """Whether this SQLite database has the index the list walks in name order (migration 0010)."""
    return sqlite_has_table(session, WALK_INDEX, "index")


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
                select(text("rowid"))
                .select_from(text(FTS_TABLE))
                .where(text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=_fts_query(long_words)))
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
    return int(
        session.execute(
            text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q"), {"q": _fts_query(words)}
        ).scalar_one()
    )


def count_candidates(session: Session, search: str | CandidateFilter = "", *, use_index: bool = True) -> int:
    """How many candidates match."""
    flt = _as_filter(search)
    if use_index:
        fast = _fts_only_count(session, flt)
        if fast is not None:
            return fast
    stmt = _filtered(session, select(func.count(Candidate.id)), flt, use_index)
    return int(session.execute(stmt).scalar_one())


def _scan_then_sort(session: Session, flt: CandidateFilter, use_index: bool, matches: int | None = None) -> bool:
    """Whether SQLite should read the table and sort the few matches, not walk the name index.

    Without the trigram index (short terms, other filters), SQLite walks the name index in order and
    looks up every row until it has a page: quick when many rows match, but a full walk with a lookup
    per row (a quarter of a second at 100,000) when few or none do. A count tells which case it is.
    """
    if session.get_bind().dialect.name != "sqlite" or (
        use_index and not flt.search.strip() and flt == CandidateFilter()
    ):
        return False
    words = fold(flt.search.strip()).split()
    if use_index and any(len(w) >= TRIGRAM for w in words) and has_fts(session):
        return False  # the index gives the matching ids; SQLite already looks those up and sorts
    if flt == CandidateFilter():
        return False
    total = int(session.execute(select(func.count(Candidate.id))).scalar_one())
    if matches is None:  # the list counted already (CandidateTableModel passes it): not a second count
        matches = count_candidates(session, flt, use_index=use_index)
    return matches * 20 < total


def candidate_page(
    session: Session,
    search: str | CandidateFilter = "",
    offset: int = 0,
    limit: int | None = 200,
    *,
    use_index: bool = True,
    matches: int | None = None,
) -> list[CandidateRow]:
    """One page of matching candidates, ordered (in SQL) by family name, given names, id; ``limit`` None:
    every match from ``offset`` on, in one query (the command line's list).

    ``matches``: how many candidates match, when the caller has just counted them (saves a count).
    """
    # First the ids of the page, sorted on the index columns only: sorting thousands of matches with
    # every column (and the latest enrolment) costs ten times more.
    flt = _as_filter(search)
    words = fold(flt.search.strip()).split()
    only_search = flt == CandidateFilter(flt.search)
    if use_index and only_search and words and has_walk_index(session) and not _few_fts_matches(session, words):
        # The keystroke case with many matches (or terms too short for the trigram index): walk the names
        # in list order and stop at the page's end; no count, no sort.
        return _rows(session.connection().execute(*_walk_page(words, offset, -1 if limit is None else limit)))
    if use_index and _fts_words_only(session, flt):
        # The keystroke case with few matches, built once: only the trigram index narrows the rows.
        params = {"page_query": _fts_query(words), "page_limit": -1 if limit is None else limit, "page_offset": offset}
        return _rows(session.connection().execute(_fts_page_statement(), params))
    ids_stmt = _filtered(session, select(Candidate.id), flt, use_index)
    if _scan_then_sort(session, flt, use_index, matches):
        # SQLite's unary + keeps the name index out of the plan: read the table, sort the matches.
        ids_stmt = ids_stmt.order_by(text("+candidate.family_name, +candidate.given_names, candidate.id"))
    else:
        ids_stmt = ids_stmt.order_by(Candidate.family_name, Candidate.given_names, Candidate.id)
    return _rows(session.execute(_page_statement(ids_stmt.offset(offset).limit(limit).subquery())))


def _few_fts_matches(session: Session, words: list[str]) -> bool:
    """Whether the trigram index finds fewer than ``DENSE`` candidates for the long words (it reads no more)."""
    long_words = [w for w in words if len(w) >= TRIGRAM]
    if not long_words or not has_fts(session):
        return False
    found = session.execute(
        text(f"SELECT count(*) FROM (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q LIMIT :n)"),
        {"q": _fts_query(long_words), "n": DENSE},
    ).scalar_one()
    return int(found) < DENSE


def _like_pattern(word: str) -> str:
    """``word`` anywhere in the text, for LIKE … ESCAPE '/' (as ``contains(autoescape=True)`` writes it)."""
    return "%" + word.replace("/", "//").replace("%", "/%").replace("_", "/_") + "%"


_walk_pages: dict[int, Select] = {}  # type: ignore[type-arg]


def _walk_page(words: list[str], offset: int, limit: int) -> tuple[Any, dict[str, object]]:
    """The page statement over the names walked in order, with the rows whose search text holds every word
    (built once for each number of words: building it costs more than running it)."""
    stmt = _walk_pages.get(len(words))
    if stmt is None:
        where = " AND ".join(f"search_text LIKE :walk_{n} ESCAPE '/'" for n in range(len(words)))
        ids = text(
            f"SELECT id FROM candidate INDEXED BY {WALK_INDEX} WHERE {where} "
            "ORDER BY family_name, given_names, id LIMIT :walk_limit OFFSET :walk_offset"
        ).columns(Candidate.id)
        stmt = _walk_pages[len(words)] = _page_statement(ids.subquery())
    params: dict[str, object] = {f"walk_{n}": _like_pattern(w) for n, w in enumerate(words)}
    params.update(walk_limit=limit, walk_offset=offset)
    return stmt, params


def _page_statement(page_ids: Any) -> Select:  # type: ignore[type-arg]
    """The columns of the rows whose ids ``page_ids`` gives, with their latest enrolment, in list order."""
    latest, inner = aliased(Enrolment), aliased(Enrolment)
    latest_id = _latest_enrolment_of(inner)
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
        CandidateRow(
            r.id,
            r.registration_number,
            r.family_name,
            r.given_names,
            r.name_local,
            r.sex,
            r.nationality,
            r.national_id,
            stage=r.stage,
            qualification_code=r.code,
        )
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
