"""skillassess exchange ...: the whole round trip from the command line, and its refusals as one sentence."""

from __future__ import annotations

import json
import re
from pathlib import Path

from skillassess.db.database import Database
from skillassess.services.users import AdminFields, CentreFields, create_centre_and_admin

BODY_PASSWORD = {"SKILLASSESS_PASSWORD": "correct horse battery"}
ADMIN = {"SKILLASSESS_PASSWORD": "demo-admin"}


def test_round_trip_on_the_command_line(cli, demo_db: Database, db: Database, tmp_path: Path) -> None:
    db.write(
        lambda s: create_centre_and_admin(
            s, CentreFields("Commission for TVET", "CTVET", "GH"), AdminFields("officer", "correct horse battery")
        )
    )
    centre, body = demo_db.url, db.url
    bundle = tmp_path / "acc.sabundle"
    r = cli("--db", centre, "--user", "admin", "exchange", "export", "--all", "-o", str(bundle), env=ADMIN)
    assert r.returncode == 0, r.stderr
    assert "results bundle number 1" in r.stdout

    r = cli("--db", body, "exchange", "inspect", str(bundle))
    assert r.returncode == 0 and "is not registered here" in r.stdout
    fingerprint = re.search(r"fingerprint ((?:[0-9a-f]{4} ?){16})", r.stdout).group(1)

    r = cli("--db", body, "--user", "officer", "exchange", "import", str(bundle), env=BODY_PASSWORD)
    assert r.returncode == 1 and "not registered here" in r.stderr and "Traceback" not in r.stderr
    r = cli(
        "--db",
        body,
        "--user",
        "officer",
        "exchange",
        "register",
        str(bundle),
        "--fingerprint",
        "0123 4567 89ab cdef",
        env=BODY_PASSWORD,
    )
    assert r.returncode == 1 and "does not match" in r.stderr
    r = cli(
        "--db",
        body,
        "--user",
        "officer",
        "exchange",
        "register",
        str(bundle),
        "--fingerprint",
        fingerprint[:19],
        env=BODY_PASSWORD,
    )
    assert r.returncode == 0, r.stderr

    r = cli("--db", body, "--user", "officer", "exchange", "import", str(bundle), env=BODY_PASSWORD)
    assert r.returncode == 0, r.stderr
    assert re.search(r"results: \d+ added, 0 updated, 0 unchanged", r.stdout)
    r = cli("--db", body, "--user", "officer", "exchange", "import", str(bundle), env=BODY_PASSWORD)
    assert r.returncode == 0 and "already imported; nothing changed" in r.stdout

    r = cli("--db", body, "exchange", "partners", "--json")
    partners = json.loads(r.stdout)
    assert [p["code"] for p in partners] == ["ACC"] and partners[0]["imports"] == 1

    r = cli("--db", body, "--user", "officer", "exchange", "statistics", "--centre", "ACC", "--json", env=BODY_PASSWORD)
    stats = json.loads(r.stdout)
    assert stats["total"]["assessed"]["female"] + stats["total"]["assessed"]["male"] > 0

    r = cli(
        "--db",
        body,
        "--user",
        "officer",
        "exchange",
        "moderation",
        "sample",
        "--centre",
        "ACC",
        "--seed",
        "5",
        "--json",
        env=BODY_PASSWORD,
    )
    assert r.returncode == 0 and json.loads(r.stdout)["drawn"] > 0
    r = cli("--db", body, "--user", "officer", "exchange", "moderation", "list", "--json", env=BODY_PASSWORD)
    first = json.loads(r.stdout)[0]
    r = cli(
        "--db",
        body,
        "--user",
        "officer",
        "exchange",
        "moderation",
        "record",
        str(first["id"]),
        "--outcome",
        "not_confirmed",
        env=BODY_PASSWORD,
    )
    assert r.returncode == 1 and "Say why" in r.stderr
    r = cli(
        "--db",
        body,
        "--user",
        "officer",
        "exchange",
        "moderation",
        "record",
        str(first["id"]),
        "--outcome",
        "not_confirmed",
        "--notes",
        "No observation record",
        env=BODY_PASSWORD,
    )
    assert r.returncode == 0, r.stderr

    back = tmp_path / "back.sabundle"
    r = cli("--db", body, "--user", "officer", "exchange", "export", "--to", "ACC", "-o", str(back), env=BODY_PASSWORD)
    assert r.returncode == 0 and "moderation bundle" in r.stdout
    r = cli("--db", centre, "exchange", "inspect", str(back))
    fp = re.search(r"fingerprint ((?:[0-9a-f]{4} ?){16})", r.stdout).group(1)
    assert (
        cli(
            "--db", centre, "--user", "admin", "exchange", "register", str(back), "--fingerprint", fp, env=ADMIN
        ).returncode
        == 0
    )
    r = cli("--db", centre, "--user", "admin", "exchange", "import", str(back), env=ADMIN)
    assert r.returncode == 0 and "moderation: 1 added" in r.stdout
    r = cli("--db", centre, "--user", "admin", "exchange", "moderation", "list", "--json", env=ADMIN)
    received = json.loads(r.stdout)
    assert [(m["registration_number"], m["outcome"], m["notes"]) for m in received] == [
        (first["registration_number"], "not_confirmed", "No observation record")
    ]


def test_certificates_verify_at_the_awarding_body(cli, demo_db: Database, db: Database, tmp_path: Path) -> None:
    """`certificates verify` at the awarding body knows each registered centre's keys and its revocations: the
    centre's certificates verify there as valid, its revoked one as revoked (with the reason), from the register."""
    from sqlalchemy import select

    from skillassess.core.models import Certificate

    db.write(
        lambda s: create_centre_and_admin(
            s, CentreFields("Commission for TVET", "CTVET", "GH"), AdminFields("officer", "correct horse battery")
        )
    )
    with demo_db.session() as s:
        certs = s.execute(select(Certificate.serial, Certificate.payload, Certificate.status)).all()
    assert {status for _serial, _payload, status in certs} == {"issued", "revoked"}
    bundle = tmp_path / "acc.sabundle"
    assert (
        cli(
            "--db", demo_db.url, "--user", "admin", "exchange", "export", "--all", "-o", str(bundle), env=ADMIN
        ).returncode
        == 0
    )
    _serial, payload, _status = certs[0]
    # Before the centre is registered, the awarding body cannot vouch for its certificates.
    r = cli("--db", db.url, "certificates", "verify", payload)
    assert r.returncode == 1 and not r.stdout.startswith("VALID")
    fingerprint = re.search(
        r"fingerprint ((?:[0-9a-f]{4} ?){16})", cli("--db", db.url, "exchange", "inspect", str(bundle)).stdout
    ).group(1)
    for args in (("register", str(bundle), "--fingerprint", fingerprint), ("import", str(bundle))):
        r = cli("--db", db.url, "--user", "officer", "exchange", *args, env=BODY_PASSWORD)
        assert r.returncode == 0, r.stderr
    for serial, payload, status in certs:
        r = cli("--db", db.url, "certificates", "verify", "--json", payload)
        doc = json.loads(r.stdout)
        assert doc["serial"] == serial and doc["status"] == status.replace("issued", "valid"), doc
        assert r.returncode == (0 if status == "issued" else 1)
        if status == "revoked":
            assert doc["revoked_reason"] and "was revoked" in doc["message"]
        else:
            assert "registered centre ACC" in doc["message"]


def test_register_candidates_on_the_command_line(cli, demo_db: Database, db: Database, tmp_path: Path) -> None:
    """exchange candidates / candidate: the register's lists, for a signed-in user only, with the centre filter."""
    db.write(
        lambda s: create_centre_and_admin(
            s, CentreFields("Commission for TVET", "CTVET", "GH"), AdminFields("officer", "correct horse battery")
        )
    )
    bundle = tmp_path / "acc.sabundle"
    cli("--db", demo_db.url, "--user", "admin", "exchange", "export", "--all", "-o", str(bundle), env=ADMIN)
    inspected = cli("--db", db.url, "exchange", "inspect", str(bundle)).stdout
    fingerprint = re.search(r"fingerprint ((?:[0-9a-f]{4} ?){16})", inspected).group(1)
    for args in (("register", str(bundle), "--fingerprint", fingerprint), ("import", str(bundle))):
        assert cli("--db", db.url, "--user", "officer", "exchange", *args, env=BODY_PASSWORD).returncode == 0

    r = cli("--db", db.url, "exchange", "candidates")
    assert r.returncode != 0 and "Traceback" not in r.stderr  # names: a signed-in user only
    r = cli(
        "--db",
        db.url,
        "--user",
        "officer",
        "exchange",
        "candidates",
        "--centre",
        "ACC",
        "--search",
        "haddad",
        "--json",
        env=BODY_PASSWORD,
    )
    assert r.returncode == 0, r.stderr
    found = json.loads(r.stdout)
    assert found and all(c["family_name"] == "Haddad" and c["centre"] == "ACC" for c in found)
    r = cli(
        "--db",
        db.url,
        "--user",
        "officer",
        "exchange",
        "candidate",
        "ACC",
        found[0]["registration_number"],
        env=BODY_PASSWORD,
    )
    assert r.returncode == 0 and "Haddad" in r.stdout and "Unit" in r.stdout
    r = cli("--db", db.url, "--user", "officer", "exchange", "candidate", "KSI", "ACC-2026-00001", env=BODY_PASSWORD)
    assert r.returncode == 1 and "No centre KSI is registered" in r.stderr and "Traceback" not in r.stderr
    r = cli("--db", db.url, "--user", "officer", "exchange", "candidate", "ACC", "ACC-1999-00001", env=BODY_PASSWORD)
    assert r.returncode == 1 and "holds no candidate ACC-1999-00001 of the centre ACC" in r.stderr
