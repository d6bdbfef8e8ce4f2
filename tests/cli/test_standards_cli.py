"""The standards commands, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

ADMIN = {"SKILLASSESS_PASSWORD": "demo-admin"}


def test_list_and_show_json(cli, demo_db) -> None:
    db = demo_db.url
    r = cli("--db", db, "standards", "list", "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert rows[0]["code"] == "ELI-L2"
    assert {"code", "title", "level", "version", "status"} <= set(rows[0])
    r = cli("--db", db, "standards", "show", "ELI-L2", "--json")
    assert r.returncode == 0, r.stderr
    tree = json.loads(r.stdout)
    assert [u["code"] for u in tree["units"]][:2] == ["ELI-C01", "ELI-C02"]
    first = tree["units"][0]
    assert set(first["sections"]) == {
        "range_statement",
        "required_knowledge",
        "required_skills",
        "evidence_guide",
        "assessment_conditions",
    }
    assert [c["number"] for c in first["elements"][0]["criteria"]][:2] == ["1.1", "1.2"]
    r = cli("--db", db, "standards", "show", "NOPE")
    assert r.returncode != 0 and "No qualification has the code 'NOPE'" in r.stderr and "Traceback" not in r.stderr


def test_template_fill_import_export(cli, demo_db, tmp_path: Path) -> None:
    db = demo_db.url
    template = tmp_path / "t.xlsx"
    r = cli("standards", "template", "-o", str(template))
    assert r.returncode == 0, r.stderr
    wb = load_workbook(template)
    wb["Qualification"].append(
        ["NTVA", "", "", "", "PLB-L1", 1, "Plumbing", "1", "Construction", "", "draft", "core_plus_electives", 0, 0]
    )
    wb["Units"].append(["PLB-C01", 1, "Install pipes", "core", 5, 50])
    wb["Elements"].append(["PLB-C01", 1, "Prepare the work"])
    wb["Criteria"].append(["PLB-C01", 1, 1, "Drawings are read"])
    wb["Criteria"].append(["PLB-C01", 1, 2, "Materials are chosen"])
    wb.save(template)
    r = cli("--db", db, "standards", "import", str(template))
    assert r.returncode != 0 and "--user" in r.stderr
    r = cli(
        "--db",
        db,
        "--user",
        "assessor1",
        "standards",
        "import",
        str(template),
        env={"SKILLASSESS_PASSWORD": "demo-assessor1"},
    )
    assert r.returncode != 0 and "administrator role" in r.stderr
    r = cli("--db", db, "--user", "admin", "standards", "import", str(template), "--json", env=ADMIN)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["counts"] == {"units": 1, "elements": 1, "criteria": 2}
    out = tmp_path / "plb.json"
    r = cli("--db", db, "--user", "admin", "standards", "export", "PLB-L1", "-o", str(out), env=ADMIN)
    assert r.returncode == 0, r.stderr
    package = json.loads(out.read_text())
    assert [i["fullStatement"] for i in package["CFItems"]] == [
        "Install pipes",
        "Prepare the work",
        "Drawings are read",
        "Materials are chosen",
    ]
    r = cli("--db", db, "--user", "admin", "standards", "import", str(template), env=ADMIN)
    assert r.returncode == 1 and "PLB-L1 version 1 is already in the database" in r.stderr
