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
from skillassess.services import candidate_search
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
def template(demo_db, tmp_path: Path) -> Path:
    path = tmp_path / "template.xlsx"
    with demo_db.session() as s:
        write_candidate_template(s, path)
    return path


def _counts(db) -> tuple[int, int, int]:
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


def test_import_registers_and_enrols_every_row(demo_db, demo_actor, template: Path, tmp_path: Path) -> None:
    path = _fill(template, GOOD, tmp_path / "list.xlsx")
    c0, e0, a0 = _counts(demo_db)
    report = import_candidates(demo_db, demo_actor("assessor1"), path, today=TODAY)
    assert report.created == ["ACC-2026-00031", "ACC-2026-00032", "ACC-2026-00033"]
    assert report.enrolled == 2 and report.existing == []
    c1, e1, a1 = _counts(demo_db)
    assert (c1 - c0, e1 - e0, a1 - a0) == (3, 2, 5)  # one audit entry per candidate and per enrolment
    with demo_db.session() as s:
        # The demo has a Haddad and a Bekele of its own: pick the imported rows by the numbers they were given.
        rami = candidate_search.get_by_registration_number(s, report.created[1])
        assert (rami.family_name, rami.given_names) == ("Haddad", "Rami")
        assert rami.date_of_birth == dt.date(1985, 7, 30) and rami.id_type.value == "refugee_id"
        assert rami.years_experience == 12 and "رامي" in rami.search_text
        hana_enrolment = s.execute(
            select(Enrolment).join(Candidate).where(Candidate.registration_number == report.created[2])
        ).scalar_one()
        assert hana_enrolment.candidate.given_names == "Hana"
        assert hana_enrolment.pathway.value == "training" and hana_enrolment.enrolled_on == dt.date(2026, 9, 1)


def test_any_bad_row_imports_nothing_and_lists_every_problem(
    demo_db, demo_actor, template: Path, tmp_path: Path
) -> None:
    rows = [
        GOOD[0],
        {"family_name": "", "given_names": "Kofi", "sex": "X", "date_of_birth": "31/02/1985"},
        {
            "family_name": "Osei",
            "given_names": "Yaw",
            "sex": "Male",
            "date_of_birth": dt.date(2015, 1, 1),
            "nationality": "Atlantis",
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
        "Row 3, column F (Date of birth): '31/02/1985' is not a date",
        "Row 4, column S (Qualification code): no qualification has the code 'NOPE-1'.",
        "Row 4, column Q (Years of experience): 'many' is not a whole number.",
        "Row 4, column F (Date of birth): 2015-01-01 makes the candidate 11",
        "Row 4, column I (Nationality): 'Atlantis' is not a country",
        "Row 5, column H (ID number): GHA-111222333-4 is also on row 2.",
    ]
    for e in expected:
        assert any(p.startswith(e) for p in problems), (e, problems)
    assert len(problems) == len(expected), problems
    assert _counts(demo_db) == before


def test_existing_candidates_are_reported_not_duplicated(demo_db, demo_actor, template: Path, tmp_path: Path) -> None:
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


def test_long_numeric_id_that_lost_digits_is_a_problem(demo_db, demo_actor, template: Path, tmp_path: Path) -> None:
    path = _fill(template, [{**GOOD[0], "national_id": 4821093755621049.0}], tmp_path / "num.xlsx")
    with pytest.raises(ValidationError) as exc:
        import_candidates(demo_db, demo_actor("assessor1"), path, today=TODAY)
    assert "may have lost digits" in exc.value.problems[0]


def test_not_a_workbook_is_a_plain_error(demo_db, demo_actor, tmp_path: Path) -> None:
    bad = tmp_path / "list.xlsx"
    bad.write_text("name,sex\n")
    before = _counts(demo_db)
    with pytest.raises(ValidationError, match=r"list\.xlsx is not an Excel workbook .*not a ZIP package"):
        import_candidates(demo_db, demo_actor("assessor1"), bad, today=TODAY)
    assert _counts(demo_db) == before


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_workbook_saved_by_libreoffice_imports(demo_db, demo_actor, tmp_path: Path) -> None:
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
        check=False,
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


def test_cli_template_import_list_show(cli, demo_db, tmp_path: Path) -> None:
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


def _flat_ods(rows: list[list[object]]) -> str:
    """A LibreOffice flat ODS (.fods) document with one sheet, "Candidates": a dt.date becomes a real date
    cell, anything else a text cell (as typed by someone who writes dates as text)."""
    from xml.sax.saxutils import escape

    def cell(value: object) -> str:
        if isinstance(value, dt.date):
            return (
                f'<table:table-cell table:style-name="date" office:value-type="date" '
                f'office:date-value="{value.isoformat()}"><text:p>{value.isoformat()}</text:p></table:table-cell>'
            )
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'

    body = "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
        'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
        "<office:automatic-styles>"
        '<number:date-style style:name="iso"><number:year number:style="long"/><number:text>-</number:text>'
        '<number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/>'
        "</number:date-style>"
        '<style:style style:name="date" style:family="table-cell" style:data-style-name="iso"/>'
        "</office:automatic-styles>"
        f'<office:body><office:spreadsheet><table:table table:name="Candidates">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document>"
    )


def _saved_by_libreoffice(source: Path, tmp_path: Path) -> Path:
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    xlsx = tmp_path / (source.stem + ".xlsx")
    assert xlsx.exists(), result.stderr
    return xlsx


# Names, codes and dates written each of the ways a centre writes them.
WRITTEN = [
    # sex, nationality, date of birth, what is stored
    ("female", "SN", dt.date(1992, 4, 17), ("female", "SN", dt.date(1992, 4, 17))),
    ("M", "SEN", "1992-04-18", ("male", "SN", dt.date(1992, 4, 18))),
    ("Female", "Senegal", "19/04/1992", ("female", "SN", dt.date(1992, 4, 19))),
    ("Male", "Sénégal", "20.04.1992", ("male", "SN", dt.date(1992, 4, 20))),
    ("Femme", "السنغال", "٢١/٠٤/١٩٩٢", ("female", "SN", dt.date(1992, 4, 21))),
    ("Homme", "Liban", dt.date(1980, 1, 2), ("male", "LB", dt.date(1980, 1, 2))),
    ("أنثى", "لبنان", "03/01/1980", ("female", "LB", dt.date(1980, 1, 3))),
    ("ذكر", "Ethiopia", "1980-01-04", ("male", "ET", dt.date(1980, 1, 4))),
    ("ሴት", "ኢትዮጵያ", "5/1/1980", ("female", "ET", dt.date(1980, 1, 5))),
    ("Male", "tza", "06-01-1980", ("male", "TZ", dt.date(1980, 1, 6))),
]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_names_codes_and_dates_written_every_way_in_a_libreoffice_workbook(demo_db, demo_actor, tmp_path: Path) -> None:
    """Country as a name in English, French, Arabic or Amharic, an alpha-2 or alpha-3 code; sex as F/M,
    Female/Male, Femme/Homme, أنثى/ذكر, ሴት/ወንድ; dates as real date cells, ISO text or day/month/year
    text (with Arabic-Indic digits too): a workbook LibreOffice saved from an ODS imports all of them."""
    rows: list[list[object]] = [["Family name", "Given names", "Sex", "Nationality", "Date of birth"]]
    rows += [[f"Family{n}", "Awa", sex, country, born] for n, (sex, country, born, _) in enumerate(WRITTEN)]
    source = tmp_path / "written_every_way.fods"
    source.write_text(_flat_ods(rows), encoding="utf-8")
    xlsx = _saved_by_libreoffice(source, tmp_path)
    sheet = load_workbook(xlsx)["Candidates"]
    assert isinstance(sheet["E2"].value, dt.datetime)  # a real date cell
    assert sheet["E3"].value == "1992-04-18"  # ISO text stays text
    report = import_candidates(demo_db, demo_actor("assessor1"), xlsx, today=TODAY)
    assert len(report.created) == len(WRITTEN)
    with demo_db.session() as s:
        for n, (*_, (sex, country, born)) in enumerate(WRITTEN):
            c = s.execute(select(Candidate).where(Candidate.family_name == f"Family{n}")).scalar_one()
            assert (c.sex.value, c.nationality, c.date_of_birth) == (sex, country, born), (n, WRITTEN[n])


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_country_or_date_that_cannot_be_read_is_named_by_row(demo_db, demo_actor, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Family name", "Given names", "Sex", "Nationality", "Date of birth"],
        ["Diop", "Awa", "F", "Atlantis", "31/02/1992"],
        ["Diop", "Ali", "Masculin", "XYZ", "17/04/92"],
    ]
    source = tmp_path / "unreadable.fods"
    source.write_text(_flat_ods(rows), encoding="utf-8")
    xlsx = _saved_by_libreoffice(source, tmp_path)
    with pytest.raises(ValidationError) as exc:
        import_candidates(demo_db, demo_actor("assessor1"), xlsx, today=TODAY)
    problems = exc.value.problems
    assert any(p.startswith("Row 2, column D (Nationality): 'Atlantis' is not a country") for p in problems)
    assert any(p.startswith("Row 2, column E (Date of birth): '31/02/1992' is not a date") for p in problems)
    assert any(p.startswith("Row 3, column D (Nationality): 'XYZ' is not a country") for p in problems)
    assert any(p.startswith("Row 3, column E (Date of birth): '17/04/92' is not a date") for p in problems)
    assert len(problems) == 4, problems
