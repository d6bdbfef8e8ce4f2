"""Excel template and import: validation in the template, all-or-nothing with every problem, duplicates."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from skillassess.core.errors import ValidationError
from skillassess.core.models import AuditEntry, Candidate, Enrolment
from skillassess.formats.candidates_excel import COLUMNS
from skillassess.services.candidate_import import import_candidates, write_candidate_template

TODAY = dt.date(2026, 11, 25)
HEAD = [c.heading for c in COLUMNS]


def _fill(template: Path, rows: list[dict[str, object]], out: Path) -> Path:
    wb = load_workbook(template)
    ws = wb["Candidates"]
    index = {c.key: n for n, c in enumerate(COLUMNS, start=1)}
    for r, row in enumerate(rows, start=2):
        for key, value in row.items():
            ws.cell(row=r, column=index[key], value=value)
    wb.save(out)
    return out


GOOD = [
    {
        "family_name": "Nkansah",
        "given_names": "Efua",
        "sex": "Female",
        "date_of_birth": dt.date(1990, 2, 3),
        "national_id": "GHA-111222333-4",
        "nationality": "GH",
        "qualification_code": "ELI-L2",
        "pathway": "RPL",
    },
    {
        "family_name": "Haddad",
        "given_names": "Rami",
        "name_local": "رامي حداد",
        "sex": "M",
        "date_of_birth": "1985-07-30",
        "id_type": "Refugee ID",
        "national_id": "UNHCR-LBN-0001",
        "nationality": "SY",
        "years_experience": 12,
    },
    {
        "family_name": "Bekele",
        "given_names": "Hana",
        "name_local": "ሐና በቀለ",
        "sex": "female",
        "qualification_code": "ELI-L2",
        "pathway": "Training",
        "enrolled_on": dt.date(2026, 9, 1),
    },
]


@pytest.fixture
def template(demo_db, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "template.xlsx"
    with demo_db.session() as s:
        write_candidate_template(s, path)
    return path


def _counts(db) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return (
            s.execute(select(func.count(Candidate.id))).scalar_one(),
            s.execute(select(func.count(Enrolment.id))).scalar_one(),
            s.execute(select(func.count(AuditEntry.id))).scalar_one(),
        )


def test_template_has_validation_lists_dates_and_instructions(template: Path) -> None:
    wb = load_workbook(template)
    assert wb.sheetnames == ["Candidates", "Lists", "Instructions"]
    ws = wb["Candidates"]
    assert [c.value for c in ws[1]] == HEAD
    rules = {str(dv.sqref).split(":")[0]: dv for dv in ws.data_validations.dataValidation}
    col = {c.key: chr(ord("A") + n) for n, c in enumerate(COLUMNS)}
    assert rules[col["sex"] + "2"].type == "list" and rules[col["sex"] + "2"].formula1 == '"Female,Male"'
    assert rules[col["date_of_birth"] + "2"].type == "date"
    assert rules[col["enrolled_on"] + "2"].type == "date"
    assert rules[col["qualification_code"] + "2"].formula1 == "Lists!$A$1:$A$2"  # the demo's two qualifications
    assert rules[col["pathway"] + "2"].formula1 == '"RPL,Training"'
    assert wb["Lists"]["A1"].value == "ELI-L2" and wb["Lists"].sheet_state == "hidden"
    text = " ".join(str(c.value) for row in wb["Instructions"].iter_rows() for c in row if c.value)
    assert "all or nothing" in text and "Family name (required)" in text


def test_import_registers_and_enrols_every_row(demo_db, demo_actor, template: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _fill(template, GOOD, tmp_path / "list.xlsx")
    c0, e0, a0 = _counts(demo_db)
    report = import_candidates(demo_db, demo_actor("assessor1"), path, today=TODAY)
    assert report.created == ["ACC-2026-00031", "ACC-2026-00032", "ACC-2026-00033"]
    assert report.enrolled == 2 and report.existing == []
    c1, e1, a1 = _counts(demo_db)
    assert (c1 - c0, e1 - e0, a1 - a0) == (3, 2, 5)  # one audit entry per candidate and per enrolment
    with demo_db.session() as s:
        rami = s.execute(select(Candidate).where(Candidate.family_name == "Haddad")).scalar_one()
        assert rami.date_of_birth == dt.date(1985, 7, 30) and rami.id_type.value == "refugee_id"
        assert rami.years_experience == 12 and "رامي" in rami.search_text
        hana_enrolment = s.execute(
            select(Enrolment).join(Candidate).where(Candidate.family_name == "Bekele")
        ).scalar_one()
        assert hana_enrolment.pathway.value == "training" and hana_enrolment.enrolled_on == dt.date(2026, 9, 1)


def test_any_bad_row_imports_nothing_and_lists_every_problem(
    demo_db, demo_actor, template: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    rows = [
        GOOD[0],
        {"family_name": "", "given_names": "Kofi", "sex": "X", "date_of_birth": "30/07/1985"},
        {
            "family_name": "Osei",
            "given_names": "Yaw",
            "sex": "Male",
            "date_of_birth": dt.date(2015, 1, 1),
            "nationality": "Ghana",
            "qualification_code": "NOPE-1",
            "years_experience": "many",
        },
        {"family_name": "Nkansah", "given_names": "Efua", "sex": "Female", "national_id": "GHA-111222333-4"},
    ]
    path = _fill(template, rows, tmp_path / "bad.xlsx")
    before = _counts(demo_db)
    with pytest.raises(ValidationError) as exc:
        import_candidates(demo_db, demo_actor("assessor1"), path, today=TODAY)
    assert "Nothing was imported from bad.xlsx" in str(exc.value)
    problems = exc.value.problems
    expected = [
        "Row 3, column B (Family name): required, but empty.",
        "Row 3, column E (Sex): 'X' is not one of Female, Male.",
        "Row 3, column F (Date of birth): '30/07/1985' is not a date",
        "Row 4, column S (Qualification code): no qualification has the code 'NOPE-1'.",
        "Row 4, column Q (Years of experience): 'many' is not a whole number.",
        "Row 4, column F (Date of birth): 2015-01-01 makes the candidate 11",
        "Row 4, column I (Nationality): 'Ghana' is not a two-letter country code",
        "Row 5, column H (ID number): GHA-111222333-4 is also on row 2.",
    ]
    for e in expected:
        assert any(p.startswith(e) for p in problems), (e, problems)
    assert len(problems) == len(expected), problems
    assert _counts(demo_db) == before


def test_existing_candidates_are_reported_not_duplicated(demo_db, demo_actor, template: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session() as s:
        tigist = s.execute(select(Candidate).where(Candidate.registration_number == "ACC-2026-00001")).scalar_one()
    rows = [
        GOOD[0],
        {"family_name": "Alemu", "given_names": "Tigist", "sex": "Female", "national_id": tigist.national_id},
        {"registration_number": "acc-2026-00002", "family_name": "Tesfaye", "given_names": "Dawit", "sex": "Male"},
    ]
    path = _fill(template, rows, tmp_path / "again.xlsx")
    report = import_candidates(demo_db, demo_actor("assessor1"), path, today=TODAY)
    assert report.created == ["ACC-2026-00031"]
    assert [(e.row, e.registration_number) for e in report.existing] == [(3, "ACC-2026-00001"), (4, "ACC-2026-00002")]
    assert "ID number" in report.existing[0].reason and "registration number" in report.existing[1].reason
    # importing the same file again adds nobody
    again = import_candidates(demo_db, demo_actor("assessor1"), path, today=TODAY)
    assert again.created == [] and len(again.existing) == 3


def test_long_numeric_id_that_lost_digits_is_a_problem(demo_db, demo_actor, template: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _fill(template, [{**GOOD[0], "national_id": 4821093755621049.0}], tmp_path / "num.xlsx")
    with pytest.raises(ValidationError) as exc:
        import_candidates(demo_db, demo_actor("assessor1"), path, today=TODAY)
    assert "may have lost digits" in exc.value.problems[0]


def test_not_a_workbook_is_a_plain_error(demo_db, demo_actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "list.xlsx"
    bad.write_text("name,sex\n")
    with pytest.raises(ValidationError, match="not an Excel workbook"):
        import_candidates(demo_db, demo_actor("assessor1"), bad, today=TODAY)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_workbook_saved_by_libreoffice_imports(demo_db, demo_actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # A list typed elsewhere with the same headings in another order, saved as .xlsx by LibreOffice Calc.
    csv = tmp_path / "from_calc.csv"
    csv.write_text(
        "Sex,Family name,Given names,Date of birth,ID number,Name in local script,Qualification code\n"
        "Female,Diallo,Mariama,1992-04-17,SN-77-123,,ELI-L2\n"
        "Male,Abebe,Kebede,1979-12-01,ET-5566,ከበደ አበበ,\n",
        encoding="utf-8",
    )
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--infilter=CSV:44,34,76,1",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(tmp_path),
            str(csv),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    xlsx = tmp_path / "from_calc.xlsx"
    assert xlsx.exists(), result.stderr
    wb = load_workbook(xlsx)
    assert isinstance(wb.active["D2"].value, dt.datetime)  # Calc made real date cells of the dates
    report = import_candidates(demo_db, demo_actor("assessor1"), xlsx, today=TODAY)
    assert report.created == ["ACC-2026-00031", "ACC-2026-00032"] and report.enrolled == 1
    with demo_db.session() as s:
        kebede = s.execute(select(Candidate).where(Candidate.family_name == "Abebe")).scalar_one()
        assert kebede.date_of_birth == dt.date(1979, 12, 1) and kebede.name_local == "ከበደ አበበ"


def test_cli_template_import_list_show(cli, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = demo_db.url
    tpl = tmp_path / "t.xlsx"
    r = cli("--db", db, "candidates", "template", "-o", str(tpl))
    assert r.returncode == 0, r.stderr
    r = cli("--db", db, "candidates", "template", "-o", str(tpl))
    assert r.returncode == 1 and "already exists" in r.stderr
    filled = _fill(tpl, GOOD, tmp_path / "list.xlsx")
    r = cli("--db", db, "candidates", "import", str(filled))
    assert r.returncode == 1 and "--user" in r.stderr
    env = {"SKILLASSESS_PASSWORD": "demo-assessor1"}
    r = cli("--db", db, "--user", "assessor1", "candidates", "import", str(filled), "--json", env=env)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert len(doc["created"]) == 3 and doc["enrolled"] == 2
    r = cli(
        "--db",
        db,
        "--user",
        "registrar",
        "candidates",
        "list",
        "--search",
        "رامي",
        "--json",
        env={"SKILLASSESS_PASSWORD": "demo-registrar"},
    )
    rows = json.loads(r.stdout)
    assert [x["family_name"] for x in rows] == ["Haddad"] and rows[0]["sex"] == "male"
    assert {"registration_number", "family_name", "given_names", "name_local", "sex"} <= set(rows[0])
    r = cli("--db", db, "--user", "assessor1", "candidates", "show", rows[0]["registration_number"], "--json", env=env)
    shown = json.loads(r.stdout)
    assert shown["name_local"] == "رامي حداد" and shown["enrolments"] == []
    r = cli("--db", db, "--user", "assessor1", "candidates", "show", "ACC-2026-00001", env=env)
    assert "Tigist Alemu" in r.stdout and "eligibility [eligible]" in r.stdout
    r = cli("--db", db, "--user", "assessor1", "candidates", "show", "NOPE", env=env)
    assert r.returncode == 1 and "NOPE" in r.stderr and "Traceback" not in r.stderr
    bad = _fill(tpl, [{"family_name": "X"}], tmp_path / "bad.xlsx")
    r = cli("--db", db, "--user", "assessor1", "candidates", "import", str(bad), env=env)
    assert r.returncode == 1 and "Row 2, column C (Given names)" in r.stderr and "Row 2, column E (Sex)" in r.stderr
