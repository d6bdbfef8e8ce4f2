"""Moodle competency framework CSV from the command line: import with its report, export with --format."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from moodle_samples import VARIANTS

from skillassess.formats.moodle_csv import COLUMNS, read_moodle_csv

ADMIN = {"SKILLASSESS_PASSWORD": "demo-admin"}


def test_import_reports_and_export_writes_moodle_columns(cli, demo_db, tmp_path: Path) -> None:
    db = demo_db.url
    source = tmp_path / "old.csv"
    source.write_bytes(VARIANTS["old.csv"]())
    r = cli("--db", db, "--user", "admin", "standards", "import", str(source), "--json", env=ADMIN)
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["counts"] == {"units": 2, "elements": 2, "criteria": 3}
    assert any("no place in SkillAssess" in line for line in report["mapping"])
    assert any("the cross-references of 2 competencies" in line for line in report["mapping"])

    out = tmp_path / "exported"
    r = cli(
        "--db",
        db,
        "--user",
        "admin",
        "standards",
        "export",
        "DR-FW",
        "--format",
        "moodle-csv",
        "-o",
        str(out),
        env=ADMIN,
    )
    assert r.returncode == 0, r.stderr
    written = tmp_path / "exported.csv"
    assert f"to {written}" in r.stdout
    with written.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == COLUMNS and len(rows) == 2 + 2 + 2 + 3
    again = read_moodle_csv(written)
    first = read_moodle_csv(source)
    assert [(u.code, u.title, [(e.title, [c.text for c in e.criteria]) for e in u.elements]) for u in again.units] == [
        (u.code, u.title, [(e.title, [c.text for c in e.criteria]) for e in u.elements]) for u in first.units
    ]

    r = cli(
        "--db",
        db,
        "--user",
        "admin",
        "standards",
        "export",
        "DR-FW",
        "--format",
        "moodle-csv",
        "-o",
        str(tmp_path / "x.xlsx"),
        env=ADMIN,
    )
    assert r.returncode != 0 and "--format moodle-csv writes a .csv file" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_unit_level_picks_the_units(cli, demo_db, tmp_path: Path) -> None:
    source = tmp_path / "new.csv"
    source.write_bytes(VARIANTS["new-bom.csv"]())
    args = ("--db", demo_db.url, "--user", "admin", "standards", "import", str(source))
    r = cli(*args, "--unit-level", "9", env=ADMIN)
    assert r.returncode != 0 and "the framework has 4 level(s); the units can be level 1 to 4, not 9" in r.stderr
    r = cli(*args, "--unit-level", "2", env=ADMIN)
    assert r.returncode == 0, r.stderr
    assert "Imported DR-FW version 1: 2 unit(s), 3 element(s), 3 performance criteria." in r.stdout
    assert "Level 1 is above the units and has no place: 2 competencies (DR-A, DR-B)." in r.stdout
