"""The assessments and progress commands, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

KEYS = {"id", "registration_number", "unit_code", "attempt", "status", "outcome", "assessor", "verifier", "date"}


@pytest.fixture
def dbfile(demo_db) -> str:  # type: ignore[no-untyped-def]
    """The demo database's URL (SQLite or PostgreSQL), as --db takes it."""
    return str(demo_db.url)


def test_list_json_filters(cli, dbfile: str) -> None:  # type: ignore[no-untyped-def]
    r = cli("--db", dbfile, "assessments", "list", "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert len(rows) == 56 and KEYS <= set(rows[0])
    r = cli(
        "--db", dbfile, "assessments", "list", "--candidate", "ACC-2026-00002", "--status", "verified", "--json"
    )
    rows = json.loads(r.stdout)
    assert len(rows) == 9 and {x["registration_number"] for x in rows} == {"ACC-2026-00002"}
    assert sorted(x["attempt"] for x in rows if x["unit_code"] == "ELI-C04") == [1, 2]
    r = cli("--db", dbfile, "assessments", "list", "--candidate", "NOPE-1")
    assert r.returncode != 0 and "NOPE-1" in r.stderr and "Traceback" not in r.stderr


def test_show_json_and_progress_json(cli, dbfile: str) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(cli("--db", dbfile, "assessments", "list", "--candidate", "ACC-2026-00007", "--json").stdout)
    nyc = next(x for x in rows if x["outcome"] == "not_yet_competent")
    r = cli("--db", dbfile, "assessments", "show", str(nyc["id"]), "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["registration_number"] == "ACC-2026-00007" and doc["status"] == "verified"
    assert {c["result"] for c in doc["criteria"]} == {"satisfactory", "not_yet_satisfactory"}
    assert doc["blocking"] and all("." in n for n in doc["blocking"])
    r = cli("--db", dbfile, "progress", "ACC-2026-00001", "--json")
    (enrolment,) = json.loads(r.stdout)
    assert enrolment["qualification"] == "ELI-L2" and enrolment["eligible"] == "full"
    assert len(enrolment["units"]) == 8 and all(u["achieved"] and u["status"] == "verified" for u in enrolment["units"])
    (enrolment,) = json.loads(cli("--db", dbfile, "progress", "ACC-2026-00004", "--json").stdout)
    assert enrolment["eligible"] == "partial"
    assert json.loads(cli("--db", dbfile, "progress", "ACC-2026-00030", "--json").stdout)[0]["eligible"] == "none"
    r = cli("--db", dbfile, "progress", "ACC-2026-00004")
    assert r.returncode == 0 and "eligible partial" in r.stdout


def test_record_submit_verify_from_the_command_line(cli, dbfile: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(
        cli(
            "--db", dbfile, "assessments", "list", "--candidate", "ACC-2026-00004", "--status", "draft", "--json"
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
    assert r.returncode != 0 and "only its assessor" in r.stderr
    r = cli("--db", dbfile, "--user", assessor, "assessments", "outcome", aid, "competent", env=env)
    assert r.returncode != 0 and "criteria not yet Satisfactory" in r.stderr
    numbers = [
        c["number"]
        for c in json.loads(cli("--db", dbfile, "assessments", "show", aid, "--json").stdout)["criteria"]
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
    r = cli("--db", dbfile, "assessments", "print", aid, "-o", str(out))
    assert r.returncode == 0, r.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "ACC-2026-00004" in text and "Verified" in text and "Joseph Phiri" in text
