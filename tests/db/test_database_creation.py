"""Only `setup`, `demo` and the application's New database create a database (issue 23, item 9).

Before: `skillassess --db /tmp/typo.sqlite3 info` created the file and printed its empty counts, and an
empty file was silently turned into a database.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from skillassess.core.errors import NoDatabaseError
from skillassess.db.database import open_database, sqlite_url

NEW_ADMIN = {"SKILLASSESS_NEW_PASSWORD": "centre-admin-1"}


@pytest.mark.parametrize(
    "command",
    [
        ["info"],
        ["info", "--json"],
        ["audit", "verify"],
        ["candidates", "list"],
        ["check"],
        ["certificates", "verify", "x"],
        ["--user", "admin", "users", "list"],
    ],
    ids=" ".join,
)
def test_a_mistyped_path_creates_nothing(tmp_path: Path, cli, command: list[str]) -> None:
    typo = tmp_path / "typo.sqlite3"
    r = cli("--db", str(typo), *command, env={"SKILLASSESS_PASSWORD": "x"})
    assert r.returncode == 1, r
    assert str(typo) in r.stderr and "setup" in r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert list(tmp_path.iterdir()) == []


def test_one_sentence_names_the_path_and_how_to_create_a_database(tmp_path: Path, cli) -> None:
    typo = tmp_path / "typo.sqlite3"
    r = cli("--db", str(typo), "info")
    assert r.stderr.strip() == (
        f"skillassess: There is no SkillAssess database at {typo}: check the name, or create one with: "
        f'skillassess --db "{typo}" setup (or File > New database in the application).'
    )


def test_an_empty_file_stays_empty(tmp_path: Path, cli) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    r = cli("--db", str(empty), "info")
    assert r.returncode == 1 and "is an empty file, not a SkillAssess database" in r.stderr
    assert empty.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite3"]


def test_setup_and_demo_create_their_database(tmp_path: Path, cli) -> None:
    centre = tmp_path / "centre.sqlite3"
    r = cli(
        "--db",
        str(centre),
        "setup",
        "--centre-name",
        "Mzuzu Technical College",
        "--centre-code",
        "MZU",
        "--country",
        "MW",
        "--admin",
        "chikondi",
        env=NEW_ADMIN,
    )
    assert r.returncode == 0, r
    assert cli("--db", str(centre), "info").returncode == 0
    demo = tmp_path / "demo.sqlite3"
    assert cli("--db", str(demo), "demo").returncode == 0
    assert cli("--db", str(demo), "info").returncode == 0
    # setup may also fill an empty file made beforehand (mktemp)
    made = tmp_path / "made.sqlite3"
    made.touch()
    r = cli(
        "--db",
        str(made),
        "setup",
        "--centre-name",
        "Kumasi",
        "--centre-code",
        "KUM",
        "--country",
        "GH",
        "--admin",
        "ama",
        env=NEW_ADMIN,
    )
    assert r.returncode == 0, r


def test_demo_option_creates_the_demo_database_with_its_data(cli) -> None:
    r = cli("--demo", "info", "--json")
    assert r.returncode == 0 and '"candidates": 37' in r.stdout


def test_library_refuses_to_create_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(NoDatabaseError):
        open_database(sqlite_url(tmp_path / "x.sqlite3"), create=False)
    assert not (tmp_path / "x.sqlite3").exists()
    open_database(sqlite_url(tmp_path / "x.sqlite3"), create=True).dispose()
    assert (tmp_path / "x.sqlite3").exists()


@pytest.mark.postgres
def test_an_empty_postgresql_database_gets_no_tables_from_info(pg_url: str, cli) -> None:
    from sqlalchemy import create_engine, inspect

    r = cli("--db", pg_url, "info")
    assert r.returncode == 1 and "is empty" in r.stderr and "setup" in r.stderr
    assert "password" not in r.stderr.lower() or "@" not in r.stderr
    engine = create_engine(pg_url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()
