"""The same candidate services on PostgreSQL: trigram index from the migration, search, evidence in the database.

Runs when SKILLASSESS_TEST_POSTGRES_URL names an empty PostgreSQL database (psycopg installed), e.g.
postgresql+psycopg://postgres@/skillassess?host=/tmp/pg&port=54329
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from skillassess.core.enums import EvidenceKind, RplStage, Sex
from skillassess.services import candidates as c
from skillassess.services import evidence as ev

URL = os.environ.get("SKILLASSESS_TEST_POSTGRES_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not URL, reason="set SKILLASSESS_TEST_POSTGRES_URL to an empty PostgreSQL database"),
]


@pytest.fixture
def pg_db():  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    from skillassess.db.database import open_database
    from skillassess.services.demo import load_demo

    engine = create_engine(URL)  # type: ignore[arg-type]
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    db = open_database(URL)  # type: ignore[arg-type]
    with db.transaction() as s:
        load_demo(s)
    yield db
    db.dispose()


def test_search_and_evidence_on_postgresql(pg_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from skillassess.services.users import actor_by_username

    with pg_db.session() as s:
        names = s.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'candidate'")).scalars().all()
        available = s.execute(text("SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'")).scalar()
        assert ("ix_candidate_search_trgm" in names) == bool(available)
        assert not c.has_fts(s)
        for term, regno in [("tigist", "ACC-2026-00001"), ("ትዕግስት", "ACC-2026-00001"), ("ليال", "ACC-2026-00011")]:
            assert [r.registration_number for r in c.candidate_page(s, term)] == [regno]
        assert c.count_candidates(s, c.CandidateFilter(sex=Sex.FEMALE)) == 15
        assert c.count_candidates(s, c.CandidateFilter(stage=RplStage.ASSESSMENT)) > 0
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
