"""users and audit commands, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from helpers import png_bytes


@pytest.fixture
def demo_file(demo_db) -> str:
    """The demo database's URL (SQLite or PostgreSQL), as --db takes it."""
    return str(demo_db.url)


ADMIN = {"SKILLASSESS_PASSWORD": "demo-admin"}


def test_users_add_list_deactivate_and_audit(cli, demo_file: str) -> None:
    db = demo_file
    r = cli(
        "--db",
        db,
        "--user",
        "admin",
        "users",
        "add",
        "Kofi",
        "--role",
        "assessor",
        "--role",
        "verifier",
        "--full-name",
        "Kofi Annan",
        env={**ADMIN, "SKILLASSESS_NEW_PASSWORD": "Kente-Cloth-9"},
    )
    assert r.returncode == 0, r.stderr
    assert "Kente-Cloth-9" not in r.stdout + r.stderr
    r = cli("--db", db, "users", "list", "--json")
    assert r.returncode == 1 and "--user" in r.stderr  # who has which account is for administrators
    r = cli("--db", db, "--user", "admin", "users", "list", "--json", env=ADMIN)
    users = {u["username"]: u for u in json.loads(r.stdout)}
    assert set(users) == {"admin", "assessor1", "assessor2", "verifier", "registrar", "kofi"}
    assert users["kofi"]["roles"] == ["assessor", "verifier"] and users["kofi"]["active"] is True
    assert "password_hash" not in users["kofi"] and "Kente" not in r.stdout
    # The new user signs in: they may not add users.
    r = cli(
        "--db",
        db,
        "--user",
        "kofi",
        "users",
        "add",
        "x",
        "--role",
        "assessor",
        env={"SKILLASSESS_PASSWORD": "Kente-Cloth-9", "SKILLASSESS_NEW_PASSWORD": "long enough"},
    )
    assert (
        r.returncode == 1
        and r.stderr.strip() == "skillassess: kofi may not add users: it needs the administrator role."
    )
    r = cli("--db", db, "--user", "admin", "users", "deactivate", "kofi", env=ADMIN)
    assert r.returncode == 0, r.stderr
    r = cli("--db", db, "--user", "kofi", "users", "list", env={"SKILLASSESS_PASSWORD": "Kente-Cloth-9"})
    assert r.returncode == 1 and "deactivated" in r.stderr  # reading names a signed-in, active user too
    r = cli(
        "--db", db, "--user", "kofi", "users", "deactivate", "assessor1", env={"SKILLASSESS_PASSWORD": "Kente-Cloth-9"}
    )
    assert r.returncode == 1 and "deactivated" in r.stderr and "Traceback" not in r.stderr
    r = cli("--db", db, "audit", "list", "--json")
    assert r.returncode == 1 and "--user" in r.stderr  # entries hold the personal data that changed
    r = cli("--db", db, "--user", "admin", "audit", "list", "--json", env=ADMIN)
    entries = json.loads(r.stdout)
    assert [(e["username"], e["action"], e["entity_id"]) for e in entries][:2] == [
        ("admin", "update", "kofi"),
        ("admin", "create", "kofi"),
    ]
    # Then the demo's history, newest first: last its registrar's work, first its administrator's set-up.
    assert (entries[2]["username"], entries[2]["entity_type"]) == ("registrar", "certificate")
    assert [(e["username"], e["entity_type"]) for e in entries][-2:] == [("admin", "signing_key"), ("admin", "centre")]
    assert entries[0]["before"]["active"] is True and entries[0]["after"]["active"] is False
    assert "Kente" not in r.stdout
    r = cli(
        "--db",
        db,
        "--user",
        "verifier",
        "audit",
        "list",
        "--json",
        "--by",
        "nobody",
        env={"SKILLASSESS_PASSWORD": "demo-verifier"},
    )
    assert json.loads(r.stdout) == []
    r = cli("--db", db, "audit", "verify")
    assert r.returncode == 0 and f"intact: {len(entries)} entries checked" in r.stdout  # the demo's and these


def test_audit_verify_fails_and_names_the_changed_entry(cli, demo_db, demo_file: str) -> None:
    db = demo_file
    for name in ("a1", "a2", "a3"):
        r = cli(
            "--db",
            db,
            "--user",
            "admin",
            "users",
            "add",
            name,
            "--role",
            "assessor",
            env={**ADMIN, "SKILLASSESS_NEW_PASSWORD": "long enough"},
        )
        assert r.returncode == 0, r.stderr
    with demo_db.engine.begin() as c:  # behind the application's back
        c.execute(text("UPDATE audit_entry SET username = 'registrar' WHERE id = 2"))
    r = cli("--db", db, "audit", "verify")
    assert r.returncode == 1
    assert "broken at entry 2" in r.stdout and "changed" in r.stdout
    r = cli("--db", db, "audit", "verify", "--json")
    doc = json.loads(r.stdout)
    assert r.returncode == 1 and doc["intact"] is False and doc["broken_entry_id"] == 2


def test_new_password_is_never_an_argument_and_is_required(cli, demo_file: str) -> None:
    db = demo_file
    r = cli("--db", db, "--user", "admin", "users", "add", "x", "--role", "assessor", "--password", "p", env=ADMIN)
    assert r.returncode == 2  # argparse: no such option
    r = cli("--db", db, "--user", "admin", "users", "add", "x", "--role", "assessor", env=ADMIN)
    assert r.returncode == 1 and "SKILLASSESS_NEW_PASSWORD" in r.stderr
    r = cli(
        "--db",
        db,
        "--user",
        "admin",
        "users",
        "add",
        "x",
        "--role",
        "assessor",
        env={**ADMIN, "SKILLASSESS_NEW_PASSWORD": "short"},
    )
    assert r.returncode == 1 and "at least 8 characters" in r.stderr


def test_changes_need_a_signed_in_user(cli, demo_file: str) -> None:
    r = cli("--db", demo_file, "users", "deactivate", "assessor1")
    assert r.returncode == 1 and "--user NAME" in r.stderr
    r = cli(
        "--db",
        demo_file,
        "--user",
        "admin",
        "users",
        "deactivate",
        "assessor1",
        env={"SKILLASSESS_PASSWORD": "wrong password"},
    )
    assert r.returncode == 1 and r.stderr.strip().startswith("skillassess: Wrong user name or password, or the account")


def test_setup_then_demo_is_refused(cli, new_db_url: str, tmp_path: Path) -> None:
    db = new_db_url
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes())
    r = cli(
        "--db",
        db,
        "setup",
        "--centre-name",
        "Mzuzu Technical College",
        "--centre-code",
        "MZU",
        "--country",
        "mw",
        "--logo",
        str(logo),
        "--admin",
        "chikondi",
        env={"SKILLASSESS_NEW_PASSWORD": "Lake-Malawi-1"},
    )
    assert r.returncode == 0, r.stderr
    r = cli(
        "--db",
        db,
        "setup",
        "--centre-name",
        "X",
        "--centre-code",
        "X",
        "--country",
        "MW",
        "--admin",
        "y",
        env={"SKILLASSESS_NEW_PASSWORD": "Lake-Malawi-1"},
    )
    assert r.returncode == 1 and "already has users" in r.stderr
    r = cli("--db", db, "demo")
    assert r.returncode == 1 and "not the demo" in r.stderr
    r = cli(
        "--db",
        db,
        "--user",
        "chikondi",
        "users",
        "add",
        "tamanda",
        "--role",
        "registrar",
        env={"SKILLASSESS_PASSWORD": "Lake-Malawi-1", "SKILLASSESS_NEW_PASSWORD": "Zomba-Plateau"},
    )
    assert r.returncode == 0, r.stderr
    entries = json.loads(
        cli(
            "--db", db, "--user", "chikondi", "audit", "list", "--json", env={"SKILLASSESS_PASSWORD": "Lake-Malawi-1"}
        ).stdout
    )
    assert [(e["username"], e["entity_type"]) for e in entries] == [
        ("chikondi", "user"),
        ("chikondi", "signing_key"),
        ("chikondi", "centre"),
    ]
    assert entries[2]["after"]["centre"]["code"] == "MZU" and entries[2]["after"]["centre"]["country"] == "MW"
