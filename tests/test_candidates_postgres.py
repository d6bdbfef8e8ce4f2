"""The same candidate services on PostgreSQL: trigram index from the migration, search, evidence in the database.

Runs against the PostgreSQL server that the test run starts (conftest: pg_url).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from skillassess.core.enums import EvidenceKind, RplStage, Sex
from skillassess.services import candidates as c
from skillassess.services import evidence as ev

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_db(_postgres):  # type: ignore[no-untyped-def]
    """The demo on PostgreSQL (a copy of the run's demo template)."""
    from skillassess.db.database import open_database

    name = _postgres.create(_postgres.template("demo"))
    db = open_database(_postgres.url(name))
    yield db
    db.dispose()
    _postgres.drop(name)


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
