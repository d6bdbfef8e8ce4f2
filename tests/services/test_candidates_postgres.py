"""The same candidate services on PostgreSQL: trigram index from the migration, search, evidence in the database.

Runs against the PostgreSQL server that the test run starts (conftest: pg_url).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from skillassess.core.enums import EvidenceKind, RplStage, Sex
from skillassess.services import candidate_search
from skillassess.services import candidates as c
from skillassess.services import evidence as ev

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_db(_postgres):
    """The demo on PostgreSQL (a copy of the run's demo template)."""
    from skillassess.db.database import open_database

    name = _postgres.create(_postgres.template("demo"))
    db = open_database(_postgres.url(name))
    yield db
    db.dispose()
    _postgres.drop(name)


def test_search_and_evidence_on_postgresql(pg_db, tmp_path: Path) -> None:
    from skillassess.services.users import actor_by_username

    with pg_db.session() as s:
        names = s.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'candidate'")).scalars().all()
        available = s.execute(text("SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'")).scalar()
        assert ("ix_candidate_search_trgm" in names) == bool(available)
        assert not candidate_search.has_fts(s)
        for term, regno in [("tigist", "ACC-2026-00001"), ("ትዕግስት", "ACC-2026-00001"), ("ليال", "ACC-2026-00011")]:
            assert [r.registration_number for r in candidate_search.candidate_page(s, term)] == [regno]
        assert candidate_search.count_candidates(s, candidate_search.CandidateFilter(sex=Sex.FEMALE)) == 21
        assert candidate_search.count_candidates(s, candidate_search.CandidateFilter(stage=RplStage.ASSESSMENT)) > 0
        actor = actor_by_username(s, "assessor1")
    f = tmp_path / "letter.txt"
    f.write_bytes(b"reference letter")
    with pg_db.transaction() as s:
        first = ev.add_evidence(s, actor, 1, f, EvidenceKind.REFERENCE_LETTER)
    with pg_db.transaction() as s:
        second = ev.add_evidence(s, actor, 2, f, EvidenceKind.REFERENCE_LETTER)
    assert first.stored_new_file and not second.stored_new_file
    with pg_db.session() as s:
        assert ev.evidence_dir(s) is None
        assert ev.evidence_content(s, second.evidence_id) == b"reference letter"


def test_import_on_postgresql_takes_ids_from_the_sequences(pg_db, tmp_path: Path) -> None:
    """The import's bulk path on PostgreSQL: ids from the sequences, the audit chain hashed after the insert."""
    from sqlalchemy import func, select

    from skillassess.core.models import Candidate, Enrolment
    from skillassess.services import audit_verification
    from skillassess.services.candidate_import import import_candidates
    from skillassess.services.users import actor_by_username

    from workbooks import candidate_rows, write_candidate_workbook

    with pg_db.session() as s:
        actor = actor_by_username(s, "assessor1")
        before = s.scalar(select(func.count()).select_from(Candidate))
    path = write_candidate_workbook(tmp_path / "list.xlsx", candidate_rows(60, seed=9))
    report = import_candidates(pg_db, actor, path)
    assert len(report.created) == 60 and report.enrolled == 30
    with pg_db.transaction() as s:  # the sequences moved past the ids used: a new row gets a fresh id
        c.create_candidate(s, actor, c.CandidateData(family_name="After", given_names="Import", sex=Sex.MALE))
    with pg_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Candidate)) == before + 61
        assert (
            s.scalar(
                select(func.count())
                .select_from(Enrolment)
                .where(
                    Enrolment.candidate_id.in_(
                        select(Candidate.id).where(Candidate.registration_number.in_(report.created))
                    )
                )
            )
            == 30
        )
        assert audit_verification.verify(s).intact
