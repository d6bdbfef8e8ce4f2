"""The same schema, migrations and demo on PostgreSQL (a real server started by the test run)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.exc import IntegrityError

from conftest import run_cli
from skillassess.core.models import Qualification
from skillassess.db.database import open_database
from skillassess.db.migrate import head_revision
from skillassess.services.demo import load_demo
from skillassess.services.info import database_info
from skillassess.services.progress import candidate_progress

pytestmark = pytest.mark.postgres


def test_migrations_demo_and_constraints_on_postgres(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        with db.transaction() as s:
            load_demo(s)
        with db.session() as s:
            info = database_info(s)
            assert info.schema_version == head_revision()
            assert info.counts["candidates"] == 30 and info.counts["criteria"] > 80
            assert candidate_progress(s, 1)[0].eligible == "full"
        with pytest.raises(IntegrityError):
            with db.transaction() as s:
                s.add(Qualification(awarding_body_id=1, code="ELI-L2", version=1, title="Duplicate"))
    finally:
        db.dispose()


def test_cli_info_on_postgres(pg_url: str) -> None:
    assert run_cli("--db", pg_url, "demo").returncode == 0
    r = run_cli("--db", pg_url, "info", "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["counts"]["users"] == 5
    assert "@127.0.0.1" in doc["database"] and doc["database"].startswith("postgresql")
