"""Every command that shows personal data names a real, signed-in user (issue 23.9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ASSESSOR = {"SKILLASSESS_PASSWORD": "demo-assessor1"}
REGISTRAR = {"SKILLASSESS_PASSWORD": "demo-registrar"}

# Commands that print candidates' names, results or certificates, or staff accounts and audit entries.
READS = [
    ("candidates", "list"),
    ("candidates", "show", "ACC-2026-00001"),
    ("assessments", "list"),
    ("assessments", "show", "54"),
    ("progress", "ACC-2026-00001"),
    ("certificates", "eligible"),
    ("certificates", "list"),
    ("users", "list"),
    ("audit", "list"),
]
# What anybody may run: no personal data in the output.
OPEN = [("info",), ("audit", "verify"), ("standards", "list"), ("standards", "show", "ELI-L2")]


@pytest.fixture
def dbfile(demo_db) -> str:
    """The demo database's URL (SQLite or PostgreSQL), as --db takes it."""
    return str(demo_db.url)


def _export_entries(dbfile: str) -> list[tuple[str, str, str]]:
    from sqlalchemy import create_engine, text

    engine = create_engine(dbfile)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT username, entity_id, after_json FROM audit_entry WHERE entity_type = 'export' ORDER BY id")
            )
            return [(r[0], r[1], r[2]) for r in rows]
    finally:
        engine.dispose()


@pytest.mark.parametrize("command", READS, ids=" ".join)
def test_reads_of_personal_data_need_a_signed_in_user(cli, dbfile: str, command: tuple[str, ...]) -> None:
    r = cli("--db", dbfile, *command)
    assert r.returncode == 1 and r.stdout == "", r
    assert "shows personal data" in r.stderr and "--user NAME" in r.stderr
    r = cli("--db", dbfile, "--user", "nobody", *command, env={"SKILLASSESS_PASSWORD": "guess-1234"})
    assert r.returncode == 1 and r.stdout == "" and "Wrong user name or password" in r.stderr
    user, env = ("admin", {"SKILLASSESS_PASSWORD": "demo-admin"})
    r = cli("--db", dbfile, "--user", user, *command, env=env)
    assert r.returncode == 0 and r.stdout, r


@pytest.mark.parametrize("command", OPEN, ids=" ".join)
def test_reads_without_personal_data_need_nobody(cli, dbfile: str, command: tuple[str, ...]) -> None:
    r = cli("--db", dbfile, *command)
    assert r.returncode == 0 and r.stdout, r


def test_staff_accounts_and_the_audit_log_are_for_their_roles(cli, dbfile: str) -> None:
    r = cli("--db", dbfile, "--user", "assessor1", "users", "list", env=ASSESSOR)
    assert r.returncode == 1 and "may not list users" in r.stderr
    r = cli("--db", dbfile, "--user", "assessor1", "audit", "list", env=ASSESSOR)
    assert r.returncode == 1 and "may not read the audit log" in r.stderr
    r = cli("--db", dbfile, "--user", "verifier", "audit", "list", env={"SKILLASSESS_PASSWORD": "demo-verifier"})
    assert r.returncode == 0, r


def test_a_candidate_list_as_json_is_an_audited_export(cli, dbfile: str) -> None:
    # The table on screen: any signed-in user, as the Candidates page.
    r = cli("--db", dbfile, "--user", "assessor1", "candidates", "list", "--search", "Alemu", env=ASSESSOR)
    assert r.returncode == 0 and "Alemu" in r.stdout
    assert _export_entries(dbfile) == []
    # Machine-readable personal data to hand on: a role that may export, and an entry in the audit log.
    r = cli("--db", dbfile, "--user", "assessor1", "candidates", "list", "--json", env=ASSESSOR)
    assert r.returncode == 1 and r.stdout == "" and "may not export candidate lists" in r.stderr
    r = cli("--db", dbfile, "--user", "registrar", "candidates", "list", "--json", "--limit", "5", env=REGISTRAR)
    assert r.returncode == 0, r
    assert len(json.loads(r.stdout)) == 5
    ((by, what, after),) = _export_entries(dbfile)
    assert (by, what) == ("registrar", "candidates")
    assert json.loads(after) == {"export": "candidates", "filters": {"Search": "all", "Limit": "5"}, "rows": 5}


def test_the_help_says_which_commands_need_a_user(cli, tmp_path: Path) -> None:
    r = cli("candidates", "--help")
    assert r.returncode == 0 and "needs --user" in r.stdout


def test_the_candidate_list_as_json_is_every_match_in_list_order(cli, demo_db) -> None:
    """One JSON array, an object a line, read in one query: the same rows, in the same order, as the list's pages."""
    import json

    from skillassess.services import candidate_search

    env = {"SKILLASSESS_PASSWORD": "demo-registrar"}
    for search, limit in (("a", []), ("", ["--limit", "5"]), ("zzz", [])):
        r = cli(
            "--db",
            str(demo_db.url),
            "--user",
            "registrar",
            "candidates",
            "list",
            "--search",
            search,
            "--json",
            *limit,
            env=env,
        )
        assert r.returncode == 0, r.stderr
        got = json.loads(r.stdout)
        with demo_db.session() as s:
            expected = candidate_search.candidate_page(s, search, 0, 5 if limit else 10_000, use_index=False)
        assert [g["registration_number"] for g in got] == [e.registration_number for e in expected]
        assert r.stdout.count("\n") == len(got) + 2 if got else r.stdout == "[]\n"
