"""The certificates and keys commands, run as a user would run them."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import run_cli

REGISTRAR = {"SKILLASSESS_PASSWORD": "demo-registrar"}


@pytest.fixture
def demo_file(demo_db) -> str:  # type: ignore[no-untyped-def]
    path = str(demo_db.file_path)
    demo_db.dispose()
    return path


def test_eligible_json(demo_file: str) -> None:
    r = run_cli("--db", demo_file, "certificates", "eligible", "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    by_reg = {row["registration_number"]: row for row in rows}
    assert by_reg["ACC-2026-00001"]["qualification"] == "ELI-L2"
    assert by_reg["ACC-2026-00001"]["eligible"] == "full"
    assert by_reg["ACC-2026-00004"]["eligible"] == "partial"
    assert {row["eligible"] for row in rows} <= {"full", "partial"}


@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="zbar-tools and poppler-utils are needed; .ci/run installs them")
def test_issue_verify_revoke_print(demo_file: str, tmp_path: Path) -> None:
    pdf = tmp_path / "c.pdf"
    r = run_cli("--db", demo_file, "certificates", "issue", "--candidate", "ACC-2026-00011", "--qualification", "ELI-L2",
                "--language", "ar,en", "-o", str(pdf))
    assert r.returncode != 0 and "--user" in r.stderr and not pdf.exists()
    r = run_cli("--db", demo_file, "--user", "assessor1", "certificates", "issue", "--candidate", "ACC-2026-00011",
                "--qualification", "ELI-L2", "-o", str(pdf), env={"SKILLASSESS_PASSWORD": "demo-assessor1"})
    assert r.returncode == 1 and "registrar" in r.stderr and "Traceback" not in r.stderr
    r = run_cli("--db", demo_file, "certificates", "issue", "--candidate", "ACC-2026-00011", "--qualification", "ELI-L2",
                "--language", "ar,en", "-o", str(pdf), "--user", "registrar", "--json", env=REGISTRAR)
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    serial = info["serial"]
    assert serial.startswith("GH-ACC-") and info["kind"] == "statement" and pdf.exists()

    r = run_cli("--db", demo_file, "certificates", "verify", "--pdf", str(pdf))
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("VALID") and serial in r.stdout

    png = tmp_path / "page.png"
    import subprocess

    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    r = run_cli("--db", demo_file, "certificates", "verify", "--image", str(png), "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["status"] == "valid"
    payload = json.loads(run_cli("--db", demo_file, "certificates", "list", "--json").stdout)
    assert [row["serial"] for row in payload] == [serial]

    r = run_cli("--db", demo_file, "certificates", "verify", "SA1.not.valid")
    assert r.returncode == 1 and r.stdout.startswith("INVALID")

    out_zip = tmp_path / "batch.zip"
    r = run_cli("--db", demo_file, "certificates", "print", serial, "-o", str(out_zip), "--user", "registrar", env=REGISTRAR)
    assert r.returncode == 0, r.stderr
    with zipfile.ZipFile(out_zip) as z:
        assert z.namelist() == [f"{serial}.pdf"]
        assert z.read(f"{serial}.pdf").startswith(b"%PDF")

    r = run_cli("--db", demo_file, "certificates", "revoke", serial, "--reason", "Wrong qualification",
                "--user", "registrar", env=REGISTRAR)
    assert r.returncode == 0, r.stderr
    r = run_cli("--db", demo_file, "certificates", "verify", "--pdf", str(pdf))
    assert r.returncode == 1 and r.stdout.startswith("REVOKED") and "Wrong qualification" in r.stdout
    r = run_cli("--db", demo_file, "certificates", "print", serial, "-o", str(tmp_path / "x.pdf"), "--user", "registrar",
                env=REGISTRAR)
    assert r.returncode == 1 and "revoked" in r.stderr and not (tmp_path / "x.pdf").exists()


def test_export_public_key_lets_another_database_verify(demo_file: str, tmp_path: Path) -> None:
    pdf = tmp_path / "c.pdf"
    r = run_cli("--db", demo_file, "--user", "registrar", "certificates", "issue", "--candidate", "ACC-2026-00001",
                "--qualification", "ELI-L2", "-o", str(pdf), "--json", env=REGISTRAR)
    assert r.returncode == 0, r.stderr
    serial = json.loads(r.stdout)["serial"]
    import sqlite3

    payload = sqlite3.connect(demo_file).execute("SELECT payload FROM certificate").fetchone()[0]
    pem = tmp_path / "centre.pem"
    r = run_cli("--db", demo_file, "keys", "export-public", "-o", str(pem))
    assert r.returncode == 0, r.stderr
    assert pem.read_text().startswith("-----BEGIN PUBLIC KEY-----")
    other = str(tmp_path / "other.sqlite3")
    r = run_cli("--db", other, "certificates", "verify", payload)
    assert r.returncode == 1 and r.stdout.startswith("UNKNOWN KEY")
    # With the key, another database can tell the signature is genuine, but it does not hold the
    # certificate: only the issuing centre's register can say VALID (issue 23.1).
    r = run_cli("--db", other, "certificates", "verify", payload, "--public-key", str(pem), "--json")
    assert r.returncode == 1, r.stdout + r.stderr
    doc = json.loads(r.stdout)
    assert doc["status"] == "unknown certificate" and doc["serial"] == serial and doc["in_register"] is False
    assert "signature is genuine" in doc["message"]
    r = run_cli("--db", demo_file, "certificates", "verify", payload, "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["status"] == "valid"
