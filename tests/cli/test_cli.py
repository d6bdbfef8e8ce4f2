"""The command line, run as a user runs it: JSON on stdout, plain errors on stderr, exit codes."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from skillassess.db.database import display_name, resolve_url

from helpers import ROOT


def test_demo_then_info_json(cli, new_db_url: str) -> None:
    r = cli("--db", new_db_url, "demo")
    assert r.returncode == 0, r.stderr
    assert "demo-admin" in r.stdout and "Demo data loaded" in r.stdout
    r = cli("--db", new_db_url, "info", "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert set(doc) == {"schema_version", "database", "counts"}
    assert doc["database"] == display_name(resolve_url(new_db_url))  # a file path, or the URL without password
    assert doc["counts"]["candidates"] == 37 and doc["counts"]["units"] == 12  # electrical and garment making
    r = cli("--db", new_db_url, "demo")
    assert r.returncode == 0 and "already loaded" in r.stdout


def test_demo_without_db_uses_the_demo_database_not_the_centres(cli) -> None:
    r = cli("demo")
    assert r.returncode == 0, r.stderr
    assert "skillassess-demo.sqlite3" in r.stdout
    # The centre's database was neither touched nor created: `info` says there is none.
    real = cli("info", "--json")
    assert real.returncode == 1 and real.stdout == ""
    assert "There is no SkillAssess database at" in real.stderr and "skillassess.sqlite3" in real.stderr


def test_bad_database_is_one_plain_sentence_and_non_zero(cli, tmp_path: Path) -> None:
    bad = tmp_path / "photo.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    r = cli("--db", str(bad), "info")
    assert r.returncode != 0
    assert "not a SkillAssess database" in r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert bad.read_bytes() == b"\x89PNG\r\n\x1a\n" + b"\0" * 100


def test_help_lists_commands(cli) -> None:
    r = cli("--help")
    assert r.returncode == 0
    for cmd in ("gui", "demo", "info"):
        assert cmd in r.stdout


def test_output_cut_short_by_the_reader_is_not_an_error(_demo_template: Path, tmp_path: Path) -> None:  # noqa: PT019 - conftest's private fixture, used for its value
    # A real process: what matters is how it meets a closed pipe (the database engine does not).
    import subprocess
    import sys

    db = tmp_path / "d.sqlite3"
    shutil.copyfile(_demo_template, db)
    proc = subprocess.Popen(
        [sys.executable, "-m", "skillassess", "--db", str(db), "--user", "registrar", "candidates", "list", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "SKILLASSESS_PASSWORD": "demo-registrar"},
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()  # like `| head -c 10`
    err = proc.stderr.read().decode()
    proc.stderr.close()
    proc.wait(timeout=60)
    assert "error" not in err.lower() and proc.returncode == 0, err


def test_commands_open_their_database_one_way() -> None:
    """Every command opens its database with ``base.opened`` or ``base.signed_in``, which keep what opening
    does (the lost-entries warning, create only for setup and demo, sign-in and the daily backup) and
    dispose of the database however the command ends."""
    from helpers import ROOT

    found = [
        f"{path.name}: {needle}"
        for path in sorted((ROOT / "skillassess" / "cli").glob("*.py"))
        if path.name != "base.py"
        for needle in ("open_database(", ".dispose(", "_open(", "_sign_in(", "authenticate(")
        if needle in path.read_text(encoding="utf-8")
    ]
    assert found == []
