"""The awarding body on PostgreSQL: two centres' SQLite databases export bundles, two processes import them at
the same time into one PostgreSQL database, and the register, its counts and its statistics equal the sum of
the centres' own."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from services.test_exchange import export, issue_some, make_centre_b, register_sender
from sqlalchemy import func, select

from skillassess.core.enums import AssessmentStatus
from skillassess.core.models import Assessment, Certificate
from skillassess.db.database import open_database, sqlite_url
from skillassess.services.exchange import register
from skillassess.services.statistics import statistics
from skillassess.services.users import AdminFields, CentreFields, create_centre_and_admin

from helpers import run_cli


@pytest.fixture
def centres(_demo_template: Path, tmp_path: Path):
    from helpers import copy_demo

    a = open_database(sqlite_url(copy_demo(_demo_template, tmp_path / "acc.sqlite3")))
    issue_some(a)
    b = make_centre_b(_demo_template, tmp_path)
    yield a, b
    a.dispose()
    b.dispose()


def test_two_processes_import_two_centres_into_postgresql(centres, pg_url: str, tmp_path: Path) -> None:
    a, b = centres
    body = open_database(pg_url)
    try:
        body.write(
            lambda s: create_centre_and_admin(
                s, CentreFields("Commission for TVET", "CTVET", "GH"), AdminFields("officer", "correct horse battery")
            )
        )
        paths = {"ACC": tmp_path / "acc.sabundle", "KSI": tmp_path / "ksi.sabundle"}
        export(a, paths["ACC"], everything=True)
        export(b, paths["KSI"], everything=True)
        for p in paths.values():
            register_sender(body, p)

        results: dict[str, object] = {}

        def run(code: str) -> None:
            results[code] = run_cli(
                "--db",
                pg_url,
                "--user",
                "officer",
                "exchange",
                "import",
                str(paths[code]),
                env={"SKILLASSESS_PASSWORD": "correct horse battery"},
            )

        threads = [threading.Thread(target=run, args=(code,)) for code in paths]
        for t in threads:
            t.start()
        for t in threads:
            t.join(300)
        for code, r in results.items():
            assert r.returncode == 0, (code, r.stderr)
            assert f"from {code}" in r.stdout

        with body.session() as s:
            both = register.register_statistics(s)
            counts = register.register_counts(s)
            per_centre = {code: register.register_statistics(s, code) for code in paths}
        own = {}
        for code, centre in (("ACC", a), ("KSI", b)):
            with centre.session() as s:
                own[code] = statistics(s)
            theirs = per_centre[code]
            for m in ("assessed", "competent", "certified"):
                assert getattr(theirs.total, m) == getattr(own[code].total, m), (code, m)
        for m in ("assessed", "competent", "certified"):
            assert getattr(both.total, m).total == sum(getattr(own[c].total, m).total for c in own), m
        expected_results = expected_certs = 0
        for centre in (a, b):
            with centre.session() as s:
                expected_results += s.execute(
                    select(func.count()).select_from(Assessment).where(Assessment.status == AssessmentStatus.VERIFIED)
                ).scalar_one()
                expected_certs += s.execute(select(func.count()).select_from(Certificate)).scalar_one()
        assert counts.results == expected_results and counts.certificates == expected_certs
        assert {r.key for r in both.breakdown("centre").rows} == {"ACC", "KSI"}
    finally:
        body.dispose()
