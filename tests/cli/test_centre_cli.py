"""The centre commands: show the settings to anyone, change them as an administrator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import png_bytes

ADMIN = {"SKILLASSESS_PASSWORD": "demo-admin"}


@pytest.fixture
def demo_file(demo_db) -> str:
    return str(demo_db.url)


def _show(cli, demo_file: str) -> dict:
    r = cli("--db", demo_file, "centre", "show", "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _centre_entries(cli, demo_file: str) -> list:
    r = cli(
        "--db", demo_file, "--user", "admin", "audit", "list", "--json", "--entity-type", "centre", "--by", "admin",
        env=ADMIN,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_show(cli, demo_file: str) -> None:
    doc = _show(cli, demo_file)
    assert (doc["code"], doc["country"], doc["verification_address"]) == ("ACC", "GH", None)
    assert doc["logo"].endswith(tuple("0123456789abcdef")) and "bytes, sha256" in doc["logo"]
    assert doc["signatories"][0]["titles"]["fr"] == "Directrice du centre"
    r = cli("--db", demo_file, "centre", "show")
    line = next(x for x in r.stdout.splitlines() if x.startswith("Signatory 2:"))
    assert (
        r.returncode == 0 and "Joseph Phiri (" in line and "en: Chief Verifier" in line and "fr: Vérificateur" in line
    )


def test_set_and_signatories(cli, demo_file: str, tmp_path: Path) -> None:
    before = len(_centre_entries(cli, demo_file))  # the demo's own: set up, then its signatories
    signature = tmp_path / "sig.png"
    signature.write_bytes(png_bytes(80, 30, (0, 0, 0)))
    r = cli(
        "--db",
        demo_file,
        "--user",
        "admin",
        "centre",
        "set",
        "--name",
        "Accra Technical Skills Centre",
        "--verification-address",
        "https://verify.accra.example.org/",
        "--no-logo",
        env=ADMIN,
    )
    assert r.returncode == 0, r.stderr
    assert "Verification: https://verify.accra.example.org/" in r.stdout
    r = cli(
        "--db",
        demo_file,
        "--user",
        "admin",
        "centre",
        "signatory",
        "update",
        "2",
        "--title",
        "fr=Vérificateur en chef",
        "--title",
        "sw=",
        "--signature",
        str(signature),
        env=ADMIN,
    )
    assert r.returncode == 0, r.stderr
    r = cli(
        "--db", demo_file, "--user", "admin", "centre", "signatory", "add", "--name", "Kofi Mensah",
        "--title", "en=Registrar", env=ADMIN,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    r = cli("--db", demo_file, "--user", "admin", "centre", "signatory", "remove", "1", env=ADMIN)
    assert r.returncode == 0, r.stderr
    doc = _show(cli, demo_file)
    assert doc["name"] == "Accra Technical Skills Centre" and doc["logo"] is None
    assert doc["verification_address"] == "https://verify.accra.example.org/"
    assert [s["name"] for s in doc["signatories"]] == ["Joseph Phiri", "Kofi Mensah"]
    assert doc["signatories"][0]["titles"]["fr"] == "Vérificateur en chef"
    assert "sw" not in doc["signatories"][0]["titles"]
    assert doc["signatories"][0]["signature_image"].startswith(f"{signature.stat().st_size} bytes")
    assert len(_centre_entries(cli, demo_file)) == 4 + before  # set, update, add, remove: one entry each


def test_bad_input_is_one_plain_sentence(cli, demo_file: str, tmp_path: Path) -> None:
    not_image = tmp_path / "logo.png"
    not_image.write_text("not an image")
    r = cli("--db", demo_file, "--user", "admin", "centre", "set", "--logo", str(not_image), env=ADMIN)
    assert r.returncode == 1
    assert "Logo: The file is not a PNG or JPEG image" in r.stderr and "Traceback" not in r.stderr
    r = cli(
        "--db", demo_file, "--user", "admin", "centre", "set", "--verification-address", "http://verify.example.org",
        env=ADMIN,
    )  # fmt: skip
    assert r.returncode == 1 and "Verification address: the address must start with https://" in r.stderr
    r = cli("--db", demo_file, "--user", "admin", "centre", "set", "--logo", str(tmp_path / "missing.png"), env=ADMIN)
    assert r.returncode == 1 and "Cannot read the logo" in r.stderr
    r = cli("--db", demo_file, "--user", "admin", "centre", "signatory", "remove", "7", env=ADMIN)
    assert r.returncode == 1 and "There is no signatory 7; the centre has 2." in r.stderr
    r = cli(
        "--db",
        demo_file,
        "--user",
        "admin",
        "centre",
        "signatory",
        "add",
        "--name",
        "X",
        "--title",
        "de=Chef",
        env=ADMIN,
    )
    assert r.returncode == 1 and "LANG one of en, fr, ar, am, sw" in r.stderr
    r = cli(
        "--db", demo_file, "--user", "registrar", "centre", "set", "--name", "X",
        env={"SKILLASSESS_PASSWORD": "demo-registrar"},
    )  # fmt: skip
    assert r.returncode == 1 and "registrar may not change the centre settings" in r.stderr
    assert _show(cli, demo_file)["name"] == "Accra Technical Skills Centre (demo)"
