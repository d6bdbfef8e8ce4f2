"""The command line, run as a user runs it: JSON on stdout, plain errors on stderr, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli


def test_demo_then_info_json(tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite3"
    r = run_cli("--db", str(db), "demo")
    assert r.returncode == 0, r.stderr
    assert "demo-admin" in r.stdout and "Demo data loaded" in r.stdout
    r = run_cli("--db", str(db), "info", "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert set(doc) == {"schema_version", "database", "counts"}
    assert doc["database"] == str(db.resolve())
    assert doc["counts"]["candidates"] == 30 and doc["counts"]["units"] == 8
    r = run_cli("--db", str(db), "demo")
    assert r.returncode == 0 and "already loaded" in r.stdout


def test_demo_without_db_uses_the_demo_database_not_the_centres() -> None:
    r = run_cli("demo")
    assert r.returncode == 0, r.stderr
    assert "skillassess-demo.sqlite3" in r.stdout
    # The centre's database was neither touched nor created: `info` says there is none.
    real = run_cli("info", "--json")
    assert real.returncode == 1 and real.stdout == ""
    assert "There is no SkillAssess database at" in real.stderr and "skillassess.sqlite3" in real.stderr


def test_bad_database_is_one_plain_sentence_and_non_zero(tmp_path: Path) -> None:
    bad = tmp_path / "photo.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    r = run_cli("--db", str(bad), "info")
    assert r.returncode != 0
    assert "not a SkillAssess database" in r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert bad.read_bytes() == b"\x89PNG\r\n\x1a\n" + b"\0" * 100


def test_help_lists_commands() -> None:
    r = run_cli("--help")
    assert r.returncode == 0
    for cmd in ("gui", "demo", "info"):
        assert cmd in r.stdout


def test_output_cut_short_by_the_reader_is_not_an_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "d.sqlite3"
    assert run_cli("--db", str(db), "demo").returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "skillassess", "--db", str(db), "candidates", "list", "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=str(Path(__file__).parents[1]))
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()  # like `| head -c 10`
    err = proc.stderr.read().decode()
    proc.stderr.close()
    proc.wait(timeout=60)
    assert "error" not in err.lower(), err
