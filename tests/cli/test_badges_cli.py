"""certificates badge and certificates verify --badge, run as a user would run them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from helpers import TESTDATA

REGISTRAR = {"SKILLASSESS_PASSWORD": "demo-registrar"}
VALIDATOR = TESTDATA / "openbadges" / "validator-ob30"


def _issue(cli, db: str, regno: str, out: Path) -> str:
    r = cli(
        "--db", db, "--user", "registrar", "certificates", "issue", "--candidate", regno,
        "--qualification", "ELI-L2", "--language", "ar,en", "-o", str(out), "--json", env=REGISTRAR,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    return str(json.loads(r.stdout)["serial"])


def test_badge_write_verify_revoke(cli, demo_db, tmp_path: Path) -> None:
    db = str(demo_db.url)
    a = _issue(cli, db, "ACC-2026-00001", tmp_path / "a.pdf")
    b = _issue(cli, db, "ACC-2026-00011", tmp_path / "b.pdf")
    r = cli("--db", db, "--user", "registrar", "certificates", "badge", a, "-o", str(tmp_path / "a.jwt"), env=REGISTRAR)
    assert r.returncode == 0, r.stderr
    assert "1 badge(s) written" in r.stdout
    r = cli("--db", db, "certificates", "verify", "--badge", str(tmp_path / "a.jwt"))
    assert r.returncode == 0 and r.stdout.startswith("VALID:"), r.stdout
    assert f"serial:        {a}" in r.stdout
    r = cli(
        "--db", db, "--user", "registrar", "certificates", "badge", a, b, "-o", str(tmp_path / "all.zip"), env=REGISTRAR
    )
    assert r.returncode == 0, r.stderr
    assert sorted(zipfile.ZipFile(tmp_path / "all.zip").namelist()) == sorted([f"{a}.jwt", f"{b}.jwt"])
    r = cli(
        "--db", db, "--user", "registrar", "certificates", "badge", a, b, "-o", str(tmp_path / "dir"), env=REGISTRAR
    )
    assert r.returncode == 0 and (tmp_path / "dir" / f"{b}.jwt").is_file(), r.stderr
    # One changed character: refused, exit 1.
    token = (tmp_path / "a.jwt").read_text(encoding="ascii")
    i = len(token) // 2
    (tmp_path / "changed.jwt").write_text(token[:i] + ("x" if token[i] != "x" else "y") + token[i + 1 :])
    r = cli("--db", db, "certificates", "verify", "--badge", str(tmp_path / "changed.jwt"), "--json")
    assert r.returncode == 1 and json.loads(r.stdout)["status"] == "invalid"
    r = cli(
        "--db", db, "--user", "registrar", "certificates", "revoke", a, "--reason", "Wrong candidate", env=REGISTRAR
    )
    assert r.returncode == 0, r.stderr
    r = cli("--db", db, "certificates", "verify", "--badge", str(tmp_path / "a.jwt"), "--json")
    assert r.returncode == 1 and json.loads(r.stdout)["status"] == "revoked"


def test_badge_refusals_are_one_sentence(cli, demo_db, tmp_path: Path) -> None:
    db = str(demo_db.url)
    a = _issue(cli, db, "ACC-2026-00001", tmp_path / "a.pdf")
    r = cli(
        "--db", db, "--user", "registrar", "certificates", "badge", a, "-o", str(tmp_path / "a.json"), env=REGISTRAR
    )
    assert r.returncode == 1 and "a badge is written as a .jwt file" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "a.json").exists()
    r = cli("--db", db, "certificates", "verify", "--badge", str(tmp_path / "missing.jwt"))
    assert r.returncode == 1 and "Cannot read the badge" in r.stderr and "Traceback" not in r.stderr
    r = cli("--db", db, "certificates", "verify", "--badge", str(tmp_path / "a.pdf"))
    assert r.returncode == 1 and r.stdout.startswith("INVALID:") and "Traceback" not in r.stderr


@pytest.mark.skipif(not VALIDATOR.is_dir(), reason=f"no 1EdTech validator files under {VALIDATOR}")
@pytest.mark.parametrize("path", sorted(VALIDATOR.iterdir()) if VALIDATOR.is_dir() else [], ids=lambda p: p.name)
def test_the_validators_credentials(cli, db, path: Path) -> None:
    """Valid ones: "not issued by a centre this database knows"; simple-err-*: refused, naming the fault."""
    r = cli("--db", str(db.url), "certificates", "verify", "--badge", str(path), "--json")
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    result = json.loads(r.stdout)
    if path.name.startswith("simple-err-"):
        assert result["status"] == "invalid" and result["message"].startswith("This badge is not valid: ")
    else:
        assert result["status"] == "unknown key"
        assert "not issued by a centre this database knows" in result["message"]
