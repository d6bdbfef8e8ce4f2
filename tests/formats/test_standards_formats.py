"""Exchanging standards: Excel and CASE round trips, real CASE packages, Moodle CSV, bad input."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from skillassess.core.errors import PermissionDenied, ValidationError
from skillassess.core.models import (
    AuditEntry,
    AwardingBody,
    Element,
    PerformanceCriterion,
    Qualification,
    QualificationUnit,
    Unit,
    UnitSection,
)
from skillassess.formats import case_json, case_json_writer, standards_excel
from skillassess.formats.standard_doc import MAX_FILE_BYTES
from skillassess.services import standards as svc
from skillassess.services import standards_io

from helpers import TESTDATA

CASE_DIR = TESTDATA / "case"
needs_case = pytest.mark.skipif(not CASE_DIR.is_dir(), reason=f"the CASE test data folder {CASE_DIR} is absent")
TABLES = (AwardingBody, Qualification, Unit, QualificationUnit, UnitSection, Element, PerformanceCriterion, AuditEntry)


def snapshot(db):
    """Row counts of every standards table and the audit log."""
    with db.session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in TABLES}


@pytest.fixture
def admin(demo_actor):
    return demo_actor("admin")


@pytest.fixture
def eli(demo_db):
    with demo_db.session() as s:
        return standards_io.export_document(s, svc.find_qualification(s, "ELI-L2").id)


@pytest.fixture
def empty_admin(db):
    """An administrator in a fresh, empty database."""
    from skillassess.core.enums import Role
    from skillassess.services.context import Actor

    return Actor(user_id=None, username="admin", roles=frozenset({Role.ADMINISTRATOR}))


def _import(db, actor, path: Path, **kw):
    with db.transaction() as s:
        return standards_io.import_file(s, actor, path, **kw)


def _export(db, code: str, version: int | None = None):
    with db.session() as s:
        return standards_io.export_document(s, svc.find_qualification(s, code, version).id)


# --- Round trips ------------------------------------------------------------------------------


def test_excel_round_trip_is_identical(demo_db, db, empty_admin, eli, tmp_path: Path) -> None:
    path = tmp_path / "eli.xlsx"
    with demo_db.session() as s:
        standards_io.export_file(s, svc.find_qualification(s, "ELI-L2").id, path)
    result = _import(db, empty_admin, path)
    assert result.counts == {"units": 8, "elements": 31, "criteria": 109}
    again = _export(db, "ELI-L2")
    assert again == eli
    assert [u.sections for u in again.units] == [u.sections for u in eli.units]
    assert len(eli.units[0].sections) == 5


def test_excel_workbook_is_documented(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    standards_excel.write_template(path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Instructions", "Qualification", "Units", "Elements", "Criteria"]
    units = wb["Units"]
    headers = [c.value for c in units[1]]
    assert headers[:4] == ["code", "version", "title", "category"]
    assert "range_statement" in headers and "assessment_conditions" in headers
    assert all(c.comment is not None for c in units[1])
    lists = [dv.formula1 for dv in units.data_validations.dataValidation]
    assert '"core,elective"' in lists
    assert any("Units!" in dv.formula1 for dv in wb["Criteria"].data_validations.dataValidation)
    assert "packaging" in " ".join(str(c.value) for c in wb["Instructions"]["A"]).lower()


def test_case_round_trip_is_identical_and_valid(demo_db, db, empty_admin, eli, tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = CASE_DIR / "case-v1p1-cfpackage-schema.json"
    if not schema_path.is_file():
        pytest.skip(f"the CASE 1.1 schema {schema_path} is absent")
    path = tmp_path / "eli.json"
    with demo_db.session() as s:
        standards_io.export_file(s, svc.find_qualification(s, "ELI-L2").id, path)
    package = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(json.loads(schema_path.read_text())).validate(package)
    assert len(package["CFItems"]) == 8 + 31 + 109
    result = _import(db, empty_admin, path)
    assert "Mapped by item type" in result.mapping[0]
    assert _export(db, "ELI-L2") == eli
    # Identifiers are stable: exporting again from the other database gives the same package.
    path2 = tmp_path / "again.json"
    with db.session() as s:
        standards_io.export_file(s, svc.find_qualification(s, "ELI-L2").id, path2)
    package2 = json.loads(path2.read_text(encoding="utf-8"))

    def ids(p: dict[str, list[dict[str, str]]]) -> list[str]:
        return [i["identifier"] for i in p["CFItems"]] + [a["identifier"] for a in p["CFAssociations"]]

    assert ids(package2) == ids(package)
    assert package2["CFDocument"]["identifier"] == package["CFDocument"]["identifier"]


# --- Real CASE packages -----------------------------------------------------------------------


def _case_files() -> list[Path]:
    if not CASE_DIR.is_dir():
        return []
    return sorted(p for p in CASE_DIR.glob("*.json") if "schema" not in p.name)


def _is_valid_package(data: dict) -> bool:
    ids = [data["CFDocument"]["identifier"]] + [i["identifier"] for i in data.get("CFItems", [])]
    return all(case_json.UUID_RE.match(i) for i in ids)


@needs_case
@pytest.mark.parametrize("path", _case_files(), ids=lambda p: p.name)
def test_real_case_packages(db, empty_admin, path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    before = snapshot(db)
    if not _is_valid_package(data):
        with pytest.raises(ValidationError, match="is not a UUID") as err:
            _import(db, empty_admin, path)
        assert path.name in str(err.value)
        assert snapshot(db) == before
        return
    result = _import(db, empty_admin, path)
    c = result.counts
    assert c["units"] + c["elements"] + c["criteria"] == len(data["CFItems"])
    assert any(line.startswith("Depth 1") for line in result.mapping) or not data["CFItems"]
    # The whole hierarchy, in sequence order (sequenceNumber, then file order), worked out here
    # independently: units, their elements, and every item below an element as its criteria.
    doc_id = data["CFDocument"]["identifier"]
    order = {i["identifier"]: n for n, i in enumerate(data["CFItems"])}
    children: dict[str, list[tuple[bool, int, int, str]]] = {}
    for a in data["CFAssociations"]:
        origin = a["originNodeURI"]["identifier"]
        if a["associationType"] == "isChildOf" and origin in order:
            seq = a.get("sequenceNumber")
            children.setdefault(a["destinationNodeURI"]["identifier"], []).append(
                (seq is None, int(seq or 0), order[origin], origin)
            )

    def kids(node: str) -> list[str]:
        return [k for *_, k in sorted(children.get(node, []))]

    def below(node: str) -> list[str]:
        return [x for k in kids(node) for x in [k, *below(k)]]

    expected = [(u, [(e, below(e)) for e in kids(u)]) for u in kids(doc_id)]
    with db.session() as s:
        doc = standards_io.export_document(s, result.qualification_id)
    got = [
        (u.case_identifier, [(e.case_identifier, [c.case_identifier for c in e.criteria]) for e in u.elements])
        for u in doc.units
    ]
    assert got == expected
    after = snapshot(db)
    assert after["audit_entry"] == before["audit_entry"] + 1


@needs_case
def test_sequence_numbers_order_the_hierarchy(db, empty_admin) -> None:
    path = CASE_DIR / "tests_SequenceNumberFramework.json"
    result = _import(db, empty_admin, path)
    with db.session() as s:
        titles = [u.title for u, _ in svc.units_of(s, result.qualification_id)]
    data = json.loads(path.read_text())
    by_seq = {a["originNodeURI"]["identifier"]: a["sequenceNumber"] for a in data["CFAssociations"]}
    texts = {i["identifier"]: i["fullStatement"] for i in data["CFItems"]}
    assert titles == [texts[i] for i in sorted(by_seq, key=by_seq.get)]
    assert titles[0] != data["CFItems"][0]["fullStatement"]  # the file order is not the sequence order


@needs_case
def test_string_sequence_numbers_and_outside_associations(db, empty_admin, tmp_path: Path) -> None:
    data = json.loads((CASE_DIR / "opensalt-framework-20c5134f.json").read_text())
    assert any(isinstance(a.get("sequenceNumber"), str) for a in data["CFAssociations"])
    # A child from another framework pointing at one of ours is ignored, not an error.
    data["CFAssociations"].append(
        _assoc(
            "0f0f0f0f-0000-4000-8000-000000000001",
            "0f0f0f0f-0000-4000-8000-000000000002",
            data["CFItems"][0]["identifier"],
        )
    )
    path = tmp_path / "outside.json"
    path.write_text(json.dumps(data))
    result = _import(db, empty_admin, path)
    assert result.counts == {"units": 2, "elements": 6, "criteria": 8}
    assert any("exactMatchOf" in line for line in result.mapping)
    assert any("1 isChildOf association(s) of items outside this package" in line for line in result.mapping)


def test_moodle_csv_import(db, empty_admin, tmp_path: Path) -> None:
    path = tmp_path / "framework.csv"
    path.write_text(MOODLE, encoding="utf-8")
    result = _import(db, empty_admin, path)
    assert (result.code, result.counts) == ("WELD-2", {"units": 2, "elements": 2, "criteria": 3})
    doc = _export(db, "WELD-2")
    assert [u.code for u in doc.units] == ["WELD-U1", "WELD-U2"]
    # A criterion is its short name, then its description (HTML made plain text): docs/moodle-csv.md.
    assert [c.text for c in doc.units[0].elements[0].criteria] == [
        "PC1\nDrawings are read & understood",
        "Tools are checked",
    ]


MOODLE = (
    '"Parent ID number","ID number","Short name","Description","Description format","Scale values",'
    '"Scale configuration","Rule type (optional)","Rule outcome (optional)","Rule config (optional)",'
    '"Cross-referenced competency ID numbers","Exported ID (optional)","Is framework","Taxonomy"\n'
    '"","WELD-2","Welding Level 2","<p>Welding</p>","1","Not yet competent,Competent","","","","","","","1","competency"\n'
    '"","WELD-U1","Prepare work","","1","","","","","","","","",""\n'
    '"WELD-U1","WELD-U1-E1","Plan the job","","1","","","","","","","","",""\n'
    '"WELD-U1-E1","WELD-U1-E1-1","PC1","<p>Drawings are <b>read</b> &amp; understood</p>","1","","","","","","","","",""\n'
    '"WELD-U1-E1","WELD-U1-E1-2","Tools are checked","","1","","","","","","","","",""\n'
    '"","WELD-U2","Weld joints","","1","","","","","","","","",""\n'
    '"WELD-U2","WELD-U2-E1","Weld","","1","","","","","","","","",""\n'
    '"WELD-U2-E1","WELD-U2-E1-1","Welds are sound","","1","","","","","","","","",""\n'
)


# --- Bad input: the message names the file and place, the database does not change --------------


def _assoc(ident: str, origin: str, dest: str, seq: object = None) -> dict:
    a = {
        "identifier": ident,
        "uri": f"urn:uuid:{ident}",
        "associationType": "isChildOf",
        "originNodeURI": {"title": "o", "identifier": origin, "uri": f"urn:uuid:{origin}"},
        "destinationNodeURI": {"title": "d", "identifier": dest, "uri": f"urn:uuid:{dest}"},
        "lastChangeDateTime": "2026-01-01T00:00:00+00:00",
    }
    if seq is not None:
        a["sequenceNumber"] = seq
    return a


def _bad_case(eli, tmp_path: Path, change) -> Path:
    package = case_json_writer.to_case(eli)
    change(package)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(package), encoding="utf-8")
    return path


def _bad_xlsx(eli, tmp_path: Path, change) -> Path:
    path = tmp_path / "bad.xlsx"
    standards_excel.write_workbook(eli, path)
    wb = load_workbook(path)
    change(wb)
    wb.save(path)
    return path


def _cycle(p: dict) -> None:
    e = next(i for i in p["CFItems"] if i["CFItemType"] == "Element")
    c = next(a for a in p["CFAssociations"] if a["destinationNodeURI"]["identifier"] == e["identifier"])
    crit = c["originNodeURI"]["identifier"]
    for a in p["CFAssociations"]:
        if a["originNodeURI"]["identifier"] == e["identifier"]:
            a["destinationNodeURI"]["identifier"] = crit


def _dangling(p: dict) -> None:
    p["CFAssociations"][3]["destinationNodeURI"]["identifier"] = "12345678-1234-4234-8234-123456789abc"


def _non_uuid(p: dict) -> None:
    old = p["CFItems"][2]["identifier"]
    p["CFItems"][2]["identifier"] = "ELI-C01-E1"
    for a in p["CFAssociations"]:
        for end in ("originNodeURI", "destinationNodeURI"):
            if a[end]["identifier"] == old:
                a[end]["identifier"] = "ELI-C01-E1"


def _duplicate_unit_code(wb) -> None:
    wb["Units"]["A3"] = wb["Units"]["A2"].value


def _criterion_without_element(wb) -> None:
    wb["Criteria"]["B5"] = 99


def _missing_column(wb) -> None:
    wb["Units"]["C1"] = "name"


BAD_CASES = {
    "case cycle": ("json", _cycle, "form a cycle"),
    "case dangling reference": ("json", _dangling, "dangling reference"),
    "case non-UUID identifier": ("json", _non_uuid, "'ELI-C01-E1': the identifier is not a UUID"),
    "case duplicate unit code": (
        "json",
        lambda p: p["CFItems"][0].update(humanCodingScheme="ELI-E03"),
        "appears twice",
    ),
    "xlsx missing sheet": ("xlsx", lambda wb: wb.remove(wb["Criteria"]), "the sheet 'Criteria' is missing"),
    "xlsx missing column": ("xlsx", _missing_column, "sheet Units: the column(s) title are missing"),
    "xlsx duplicate code": ("xlsx", _duplicate_unit_code, "sheet Units, row 3: the unit code ELI-C01 appears twice"),
    "xlsx criterion without element": ("xlsx", _criterion_without_element, "sheet Criteria, row 5: criterion 99."),
    "xlsx not a number": (
        "xlsx",
        lambda wb: wb["Units"].__setitem__("E4", "six"),
        "sheet Units, row 4: credits must be a whole number",
    ),
}


@pytest.mark.parametrize("name", list(BAD_CASES))
def test_bad_standard_files_change_nothing(db, empty_admin, eli, tmp_path: Path, name: str) -> None:
    kind, change, message = BAD_CASES[name]
    path = (_bad_case if kind == "json" else _bad_xlsx)(eli, tmp_path, change)
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        _import(db, empty_admin, path)
    assert path.name in str(err.value)
    assert message in str(err.value)
    assert "nothing was changed" in str(err.value)
    assert snapshot(db) == before


def test_wrong_and_corrupt_files(db, empty_admin, tmp_path: Path) -> None:
    before = snapshot(db)
    cases = {
        "notes.xlsx": (b"this is not a workbook", "not an Excel workbook"),
        "broken.json": (b'{"CFDocument": {', "not valid JSON (line 1"),
        "list.json": (b"[1, 2]", "not a CASE package"),
        "standard.txt": (b"hello", "imports standards from"),
        "empty.json": (b"", "the file is empty"),
        "moodle.csv": (
            b"a,b,c\n1,2,3\n",
            "column(s) Parent ID number, ID number, Short name, Is framework are missing",
        ),
    }
    for name, (content, message) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(ValidationError) as err:
            _import(db, empty_admin, path)
        assert name in str(err.value) and message in str(err.value), str(err.value)
    assert snapshot(db) == before


def test_oversized_files_are_refused(db, empty_admin, tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: no real disk use
    with pytest.raises(ValidationError, match=re.escape("huge.json: the file is 50 MB, more than the 50 MB")):
        _import(db, empty_admin, path)


def _other_files() -> list[Path]:
    if not CASE_DIR.is_dir():
        return []
    return sorted(p for p in CASE_DIR.iterdir() if p.suffix in (".xlsx", ".csv"))


@needs_case
@pytest.mark.parametrize("path", _other_files(), ids=lambda p: p.name)
def test_opensalt_spreadsheets_are_refused_plainly(db, empty_admin, path: Path) -> None:
    """OpenSALT's own spreadsheet layouts are not standards workbooks: a plain message, no change."""
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        _import(db, empty_admin, path)
    assert str(err.value).startswith(path.name + ":")
    assert snapshot(db) == before


@needs_case
def test_other_spreadsheets_are_named_as_wrong_files(db, empty_admin) -> None:
    before = snapshot(db)
    with pytest.raises(ValidationError, match=re.escape("test_framework.xlsx: the sheet 'Qualification' is missing")):
        _import(db, empty_admin, CASE_DIR / "test_framework.xlsx")
    with pytest.raises(ValidationError, match=re.escape("docs_sample_case.csv: not a Moodle competency framework CSV")):
        _import(db, empty_admin, CASE_DIR / "docs_sample_case.csv")
    assert snapshot(db) == before


def test_moodle_bad_parent_and_duplicate(db, empty_admin, tmp_path: Path) -> None:
    text = MOODLE.replace('"WELD-U2","WELD-U2-E1"', '"WELD-U9","WELD-U2-E1"').replace(
        '"WELD-U2-E1-1"', '"WELD-U1-E1-2"'
    )
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        _import(db, empty_admin, path)
    assert "bad.csv, row 8: the parent WELD-U9 of WELD-U2-E1 is not in the file" in str(err.value)
    assert "bad.csv, row 9: the ID number WELD-U1-E1-2 appears twice (also row 6)" in str(err.value)
    assert snapshot(db) == before


def test_importing_twice_or_without_the_role_changes_nothing(demo_db, demo_actor, admin, eli, tmp_path: Path) -> None:
    path = tmp_path / "eli.json"
    case_json_writer.write_case(eli, path)
    before = snapshot(demo_db)
    with pytest.raises(ValidationError, match="ELI-L2 version 1 is already in the database"):
        _import(demo_db, admin, path)
    with pytest.raises(PermissionDenied):
        _import(demo_db, demo_actor("assessor1"), path)
    assert snapshot(demo_db) == before
    # A revision (version 2) imports beside it and becomes the current one.
    revised = copy.deepcopy(eli)
    revised.version = 2
    revised.case_identifier = None
    for u in revised.units:
        u.version, u.case_identifier = 2, None
        for e in u.elements:
            e.case_identifier = None
            for c in e.criteria:
                c.case_identifier = None
    case_json_writer.write_case(revised, path)
    _import(demo_db, admin, path)
    with demo_db.session() as s:
        assert svc.find_qualification(s, "ELI-L2").version == 2
        assert svc.find_qualification(s, "ELI-L2", 1).status.value == "superseded"


def test_xml_entity_tricks_in_a_workbook_are_refused(db, empty_admin, eli, tmp_path: Path) -> None:
    import zipfile

    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML, "openpyxl must parse with defusedxml"
    good = tmp_path / "good.xlsx"
    standards_excel.write_workbook(eli, good)
    bad = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet3.xml":  # the Units sheet
                text = data.decode("utf-8")
                if text.startswith("<?xml"):
                    text = text.split("?>", 1)[1]
                bomb = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                data = ('<?xml version="1.0" encoding="UTF-8"?>' + bomb + text).encode("utf-8")
            zout.writestr(info, data)
    before = snapshot(db)
    with pytest.raises(ValidationError, match=r"bomb\.xlsx: .*damaged"):
        _import(db, empty_admin, bad)
    assert snapshot(db) == before
