"""The assessments and progress commands, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

VERIFIER = {"SKILLASSESS_PASSWORD": "demo-verifier"}
KEYS = {"id", "registration_number", "unit_code", "attempt", "status", "outcome", "assessor", "verifier", "date"}


@pytest.fixture
def dbfile(demo_db) -> str:
    """The demo database's URL (SQLite or PostgreSQL), as --db takes it."""
    return str(demo_db.url)


def test_list_json_filters(cli, dbfile: str) -> None:
    r = cli("--db", dbfile, "--user", "verifier", "assessments", "list", "--json", env=VERIFIER)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert len(rows) == 78 and set(rows[0]) >= KEYS  # 56 electrical, 22 of the garment-making course
    r = cli(
        "--db",
        dbfile,
        "--user",
        "verifier",
        "assessments",
        "list",
        "--candidate",
        "ACC-2026-00002",
        "--status",
        "verified",
        "--json",
        env=VERIFIER,
    )
    rows = json.loads(r.stdout)
    assert len(rows) == 9 and {x["registration_number"] for x in rows} == {"ACC-2026-00002"}
    assert sorted(x["attempt"] for x in rows if x["unit_code"] == "ELI-C04") == [1, 2]
    r = cli("--db", dbfile, "--user", "verifier", "assessments", "list", "--candidate", "NOPE-1", env=VERIFIER)
    assert r.returncode != 0 and "NOPE-1" in r.stderr and "Traceback" not in r.stderr


def test_show_json_and_progress_json(cli, dbfile: str) -> None:
    rows = json.loads(
        cli(
            "--db",
            dbfile,
            "--user",
            "verifier",
            "assessments",
            "list",
            "--candidate",
            "ACC-2026-00007",
            "--json",
            env=VERIFIER,
        ).stdout
    )
    nyc = next(x for x in rows if x["outcome"] == "not_yet_competent")
    r = cli("--db", dbfile, "--user", "verifier", "assessments", "show", str(nyc["id"]), "--json", env=VERIFIER)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["registration_number"] == "ACC-2026-00007" and doc["status"] == "verified"
    assert {c["result"] for c in doc["criteria"]} == {"satisfactory", "not_yet_satisfactory"}
    assert doc["blocking"] and all("." in n for n in doc["blocking"])
    r = cli("--db", dbfile, "--user", "verifier", "progress", "ACC-2026-00001", "--json", env=VERIFIER)
    (enrolment,) = json.loads(r.stdout)
    assert enrolment["qualification"] == "ELI-L2" and enrolment["eligible"] == "full"
    assert len(enrolment["units"]) == 8 and all(u["achieved"] and u["status"] == "verified" for u in enrolment["units"])
    (enrolment,) = json.loads(
        cli("--db", dbfile, "--user", "verifier", "progress", "ACC-2026-00004", "--json", env=VERIFIER).stdout
    )
    assert enrolment["eligible"] == "partial"
    progress = cli("--db", dbfile, "--user", "verifier", "progress", "ACC-2026-00030", "--json", env=VERIFIER)
    assert json.loads(progress.stdout)[0]["eligible"] == "none"
    r = cli("--db", dbfile, "--user", "verifier", "progress", "ACC-2026-00004", env=VERIFIER)
    assert r.returncode == 0 and "eligible partial" in r.stdout


def test_record_submit_verify_from_the_command_line(cli, dbfile: str, tmp_path: Path) -> None:
    rows = json.loads(
        cli(
            "--db",
            dbfile,
            "--user",
            "verifier",
            "assessments",
            "list",
            "--candidate",
            "ACC-2026-00004",
            "--status",
            "draft",
            "--json",
            env=VERIFIER,
        ).stdout
    )
    (draft,) = rows
    aid = str(draft["id"])
    assessor = draft["assessor"]
    env = {"SKILLASSESS_PASSWORD": f"demo-{assessor}"}
    r = cli("--db", dbfile, "assessments", "judge", aid, "1.1=S", env=env)
    assert r.returncode != 0 and "--user" in r.stderr and "Traceback" not in r.stderr
    other = "assessor2" if assessor == "assessor1" else "assessor1"
    r = cli(
        "--db",
        dbfile,
        "--user",
        other,
        "assessments",
        "judge",
        aid,
        "1.1=S",
        env={"SKILLASSESS_PASSWORD": f"demo-{other}"},
    )
    assert r.returncode != 0 and "Only the assessor of" in r.stderr
    r = cli("--db", dbfile, "--user", assessor, "assessments", "outcome", aid, "competent", env=env)
    assert r.returncode != 0 and "criteria not yet Satisfactory" in r.stderr
    numbers = [
        c["number"]
        for c in json.loads(
            cli("--db", dbfile, "--user", "verifier", "assessments", "show", aid, "--json", env=VERIFIER).stdout
        )["criteria"]
    ]
    r = cli("--db", dbfile, "--user", assessor, "assessments", "judge", aid, *[f"{n}=S" for n in numbers], env=env)
    assert r.returncode == 0, r.stderr
    for args in (("methods", aid, "observation"), ("declare", aid), ("outcome", aid, "competent"), ("submit", aid)):
        r = cli("--db", dbfile, "--user", assessor, "assessments", *args, env=env)
        assert r.returncode == 0, r.stderr
    r = cli("--db", dbfile, "--user", assessor, "assessments", "verify", aid, env=env)
    assert r.returncode != 0 and "verifier" in r.stderr
    r = cli(
        "--db",
        dbfile,
        "--user",
        "verifier",
        "assessments",
        "verify",
        aid,
        env={"SKILLASSESS_PASSWORD": "demo-verifier"},
    )
    assert r.returncode == 0, r.stderr
    r = cli("--db", dbfile, "--user", assessor, "assessments", "judge", aid, "1.1=N", env=env)
    assert r.returncode != 0 and "locked" in r.stderr
    out = tmp_path / "record.pdf"
    r = cli("--db", dbfile, "--user", "verifier", "assessments", "print", aid, "-o", str(out), env=VERIFIER)
    assert r.returncode == 0, r.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert "ACC-2026-00004" in text and "Verified" in text and "Joseph Phiri" in text


# One change is one transaction (issue 23.5) ---------------------------------------------------------

ASSESSOR1 = {"SKILLASSESS_PASSWORD": "demo-assessor1"}


def _query(dbfile: str, sql: str, **params: object) -> list[tuple[object, ...]]:
    """Rows read straight from the database (SQLite or PostgreSQL), not through the services."""
    from sqlalchemy import create_engine, text

    engine = create_engine(dbfile)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


def _cells(dbfile: str, aid: int = 54) -> dict[str, str | None]:
    rows = _query(
        dbfile,
        "SELECT e.position || '.' || c.position, j.result FROM performance_criterion c "
        "JOIN element e ON e.id = c.element_id JOIN assessment a ON a.unit_id = e.unit_id "
        "LEFT JOIN criterion_judgement j ON j.criterion_id = c.id AND j.assessment_id = a.id WHERE a.id = :aid",
        aid=aid,
    )
    return {str(k): (None if v is None else str(v)) for k, v in rows}


def _audit_count(dbfile: str) -> int:
    return int(_query(dbfile, "SELECT count(*) FROM audit_entry")[0][0])


def test_judge_with_an_unknown_criterion_saves_nothing(cli, dbfile: str) -> None:
    before, entries = _cells(dbfile), _audit_count(dbfile)
    assert before["1.1"] == before["1.2"] == "satisfactory"
    r = cli(
        "--db",
        dbfile,
        "--user",
        "assessor1",
        "assessments",
        "judge",
        "54",
        "1.1=N",
        "1.2=N",
        "9.9=S",
        "8.1=N",
        env=ASSESSOR1,
    )
    assert r.returncode == 1, r
    assert _cells(dbfile) == before and _audit_count(dbfile) == entries  # 1.1 and 1.2 were saved before
    assert "no criterion 9.9" in r.stderr and "no criterion 8.1" in r.stderr  # every problem, at once
    assert "Nothing was saved" in r.stderr and r.stdout == ""
    # A cell that is not NUMBER=X is refused before the database is even opened, with the others.
    r = cli(
        "--db", dbfile, "--user", "assessor1", "assessments", "judge", "54", "1.1=N", "1.2", "2.1=maybe", env=ASSESSOR1
    )
    assert r.returncode == 1 and "'1.2', '2.1=maybe'" in r.stderr and "nothing was saved" in r.stderr
    assert _cells(dbfile) == before
    # The same number twice with different results is a contradiction, not "the last one wins".
    r = cli("--db", dbfile, "--user", "assessor1", "assessments", "judge", "54", "1.1=N", "1.1=S", env=ASSESSOR1)
    assert r.returncode == 1 and "1.1 is given twice" in r.stderr
    assert _cells(dbfile) == before


def test_judge_saves_every_cell_in_one_go(cli, dbfile: str) -> None:
    entries = _audit_count(dbfile)
    r = cli(
        "--db",
        dbfile,
        "--user",
        "assessor1",
        "assessments",
        "judge",
        "54",
        "1.1=N",
        "1.2=N",
        "1.3=S",
        "2.1=clear",
        env=ASSESSOR1,
    )
    assert r.returncode == 0, r
    assert "Saved 4 judgement(s) in assessment 54 (3 changed)." in r.stdout
    after = _cells(dbfile)
    assert (after["1.1"], after["1.2"], after["1.3"], after["2.1"]) == (
        "not_yet_satisfactory",
        "not_yet_satisfactory",
        "satisfactory",
        None,
    )
    assert _audit_count(dbfile) == entries + 3  # one entry per changed cell, as in the grid
