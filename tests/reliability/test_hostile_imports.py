"""Hostile and huge files are refused fast, with one sentence; the file is untouched, the database unchanged.

Every file is made here (nothing big is committed). Each case was accepted, crashed with
"unexpected error" or ran for minutes before: a 1 MB workbook expanding to 1 GB of shared strings,
three million blank rows, a damaged deflate stream, raw control characters in the sheet XML, JSON
nested 200,000 deep, a Moodle chain 3,000 deep, 1e400 and Infinity as numbers, an identifier or
the sections given as a list, a version of 10^30, and an empty payload to verify.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from skillassess.core.errors import DomainError, ValidationError
from skillassess.formats import standards_excel
from skillassess.services import standards as svc
from skillassess.services import standards_io
from skillassess.services.candidate_import import import_candidates

from workbooks import (
    HEADINGS,
    blank_rows_sheet,
    corrupt_deflate,
    inline_row,
    person,
    raw_workbook,
    rewrite_member,
    shared_strings_bomb,
    small_valid_sheet,
)

FAST = 15.0  # seconds: generous for a loaded machine; these cases took minutes or crashed before


def database_state(db) -> str:
    """A digest of every row of every table (what "the database is unchanged" means), on either engine."""
    from sqlalchemy import inspect, select

    from skillassess.core.models import Base

    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        for table in Base.metadata.sorted_tables:
            if table.name not in names:
                continue
            for row in conn.execute(select(table).order_by(*table.primary_key.columns)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refuse(db, path: Path, run: Callable[[], object], *expected: str) -> str:
    """Run an import that must be refused: one sentence naming the file, fast; file and database unchanged."""
    before_db, before_file = database_state(db), file_digest(path)
    start = time.perf_counter()
    with pytest.raises(DomainError) as err:
        run()
    elapsed = time.perf_counter() - start
    text = str(err.value)
    for e in expected:
        assert e in text, text
    assert path.name in text and "unexpected" not in text and "Traceback" not in text
    assert elapsed < FAST, f"took {elapsed:.1f} s"
    assert file_digest(path) == before_file
    assert database_state(db) == before_db
    return text


# --- Candidate workbooks ------------------------------------------------------------------------


@pytest.fixture
def importer(demo_db, demo_actor):
    actor = demo_actor("assessor1")
    return lambda path: lambda: import_candidates(demo_db, actor, path)


def test_shared_strings_bomb_is_refused_before_it_is_unpacked(demo_db, importer, tmp_path: Path) -> None:
    # 1 MB on disk, 1 GB of shared strings once unpacked: openpyxl took 1 GB of memory and 51 s.
    path = raw_workbook(
        tmp_path / "bomb.xlsx", small_valid_sheet(), shared_strings=shared_strings_bomb(1 << 30), compresslevel=1
    )
    assert path.stat().st_size < 8 * 1024 * 1024
    refuse(demo_db, path, importer(path), "expands to 1,024 MB when unpacked, more than the 400 MB")


def test_strongly_compressed_part_is_refused_as_a_zip_bomb(demo_db, importer, tmp_path: Path) -> None:
    path = raw_workbook(tmp_path / "dense.xlsx", small_valid_sheet(), shared_strings=shared_strings_bomb(64 << 20))
    refuse(demo_db, path, importer(path), "xl/sharedStrings.xml", "to 1", "zip bomb")


@pytest.mark.parametrize("styled", [False, True], ids=["empty rows", "rows of empty styled cells"])
def test_three_million_blank_rows_are_refused_in_seconds(demo_db, importer, tmp_path: Path, styled: bool) -> None:
    # Today: 356 s, then "Imported 0 candidate(s)".
    path = raw_workbook(tmp_path / "blank.xlsx", blank_rows_sheet(3, 3_000_000, styled=styled), compresslevel=1)
    refuse(
        demo_db,
        path,
        importer(path),
        "sheet Candidates has more than 100,000 rows (empty rows count too)",
        "Delete the empty rows below the list",
    )


def test_one_row_numbered_three_million_is_refused(demo_db, importer, tmp_path: Path) -> None:
    # openpyxl fills the gap before a row numbered 3,000,000 with three million empty rows.
    sheet = [
        "<sheetData>",
        inline_row(1, HEADINGS),
        inline_row(2, person(2)),
        inline_row(3_000_000, person(3)),
        "</sheetData>",
    ]
    path = raw_workbook(tmp_path / "far.xlsx", sheet)
    refuse(demo_db, path, importer(path), "has more than 100,000 rows")


def test_a_dimension_of_16384_columns_does_not_slow_the_import(demo_db, importer, tmp_path: Path) -> None:
    # The sheet claims A1:XFD1048576; rows are read only as wide as the headings, and it imports.
    sheet = ['<dimension ref="A1:XFD1048576"/>', *small_valid_sheet(3)]
    path = raw_workbook(tmp_path / "wide.xlsx", sheet)
    start = time.perf_counter()
    report = importer(path)()
    assert len(report.created) == 3 and time.perf_counter() - start < FAST


def test_corrupt_deflate_stream_is_a_damaged_file(demo_db, importer, tmp_path: Path) -> None:
    good = raw_workbook(tmp_path / "good.xlsx", small_valid_sheet(200))
    path = corrupt_deflate(good, tmp_path / "corrupt.xlsx")
    refuse(
        demo_db, path, importer(path), "the workbook is damaged (sheet Candidates cannot be unpacked)", "save it again"
    )


@pytest.mark.parametrize("char", [b"\x00", b"\x01", b"\x1f"], ids=["NUL", "SOH", "US"])
def test_control_characters_in_the_sheet_xml_are_refused(demo_db, importer, tmp_path: Path, char: bytes) -> None:
    good = raw_workbook(tmp_path / "good.xlsx", small_valid_sheet())
    path = rewrite_member(
        good,
        tmp_path / "control.xlsx",
        "xl/worksheets/sheet1.xml",
        lambda data: data.replace(b"Mensah2", b"Men" + char + b"sah2"),
    )
    refuse(demo_db, path, importer(path), "sheet Candidates contains the control character", f"U+{char[0]:04X}")


def test_not_a_zip_and_truncated_zip_are_plain_sentences(demo_db, importer, tmp_path: Path) -> None:
    notzip = tmp_path / "list.xlsx"
    notzip.write_text("Family name,Sex\nMensah,Male\n")
    refuse(demo_db, notzip, importer(notzip), "is not an Excel workbook (.xlsx) that can be read")
    good = raw_workbook(tmp_path / "good.xlsx", small_valid_sheet())
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    refuse(demo_db, cut, importer(cut), "cut.xlsx")


def test_cli_refuses_a_hostile_workbook_with_one_sentence(demo_db, cli, tmp_path: Path) -> None:
    path = raw_workbook(tmp_path / "blank.xlsx", blank_rows_sheet(3, 300_000))
    before = database_state(demo_db)
    r = cli(
        "--db",
        str(demo_db.url),
        "--user",
        "assessor1",
        "candidates",
        "import",
        str(path),
        env={"SKILLASSESS_PASSWORD": "demo-assessor1"},
    )
    assert r.returncode == 1
    assert r.stderr.startswith("skillassess: blank.xlsx: sheet Candidates has more than 100,000 rows"), r.stderr
    assert "unexpected" not in r.stderr and database_state(demo_db) == before


# --- Standards files ------------------------------------------------------------------------------


@pytest.fixture
def admin(demo_actor):
    return demo_actor("admin")


@pytest.fixture
def eli_package(demo_db):
    from skillassess.formats import case_json_writer

    with demo_db.session() as s:
        doc = standards_io.export_document(s, svc.find_qualification(s, "ELI-L2").id)
    doc.version = 7
    for u in doc.units:
        u.version = 7
        u.case_identifier = None
        for e in u.elements:
            e.case_identifier = None
            for c in e.criteria:
                c.case_identifier = None
    doc.case_identifier = None
    return case_json_writer.to_case(doc)


def _import_standard(db, actor, path: Path):
    def run() -> object:
        doc = standards_io.read_standard_file(path)
        with db.transaction() as s:
            return standards_io.import_document(s, actor, doc)

    return run


MARK = 918273645  # written as a number, then replaced in the text by what json.dumps cannot write (1e400)


def _case_file(tmp_path: Path, package: dict, change: Callable[[dict], object], name: str = "case.json") -> Path:
    data = copy.deepcopy(package)
    change(data)
    path = tmp_path / name
    path.write_text(json.dumps(data).replace(str(MARK), "1e400"), encoding="utf-8")
    return path


def test_the_untouched_package_imports(demo_db, admin, eli_package, tmp_path: Path) -> None:
    path = _case_file(tmp_path, eli_package, lambda p: None)
    result = _import_standard(demo_db, admin, path)()
    assert result.version == 7


def test_json_nested_200000_deep_is_refused(demo_db, admin, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"CFDocument": ' + "[" * 200_000 + "]" * 200_000 + "}")
    refuse(demo_db, path, _import_standard(demo_db, admin, path), "nested far too deep")


def _first_item(p: dict) -> dict:
    return p["CFItems"][0]


def _ext(obj: dict) -> dict:
    return obj["extensions"]["skillassess"]


CASE_ATTACKS: dict[str, tuple[Callable[[dict], object], str]] = {
    "sequenceNumber 1e400": (
        lambda p: p["CFAssociations"][0].update(sequenceNumber=MARK),
        "sequenceNumber inf is not a number",
    ),
    "sequenceNumber 'Infinity'": (
        lambda p: p["CFAssociations"][0].update(sequenceNumber="Infinity"),
        "sequenceNumber 'Infinity' is not a number",
    ),
    "version 1e400": (
        lambda p: _ext(p["CFDocument"]).update(version=MARK),
        "extensions.skillassess.version must be a whole number, not inf",
    ),
    "version 'Infinity'": (
        lambda p: p["CFDocument"].update(version="Infinity"),
        "version Infinity is not a usable version number",
    ),
    "version 10^30": (
        lambda p: _ext(p["CFDocument"]).update(version=10**30),
        "extensions.skillassess.version: 1.000e30 is too large (at most 2,147,483,647)",
    ),
    "unit version 10^30": (lambda p: _ext(_first_item(p)).update(version=10**30), "1.000e30 is too large"),
    "identifier as a list": (
        lambda p: _first_item(p).update(identifier=["a", "b"]),
        'CFItem \'["a", "b"]\': the identifier is not a UUID',
    ),
    "origin identifier as a list": (
        lambda p: (
            p["CFAssociations"][0].pop("originNodeURI")
            and p["CFAssociations"][0].update(originNodeIdentifier=[[1], {"x": 2}])
        ),
        "is not attached",
    ),
    "sections as a list": (
        lambda p: _ext(_first_item(p)).update(sections=["range", "knowledge"]),
        "extensions.skillassess.sections must be an object of texts",
    ),
    "fullStatement as an object": (
        lambda p: _first_item(p).update(fullStatement={"en": "Wiring"}),
        "fullStatement must be text",
    ),
    "title 32,767 characters": (
        lambda p: _first_item(p).update(fullStatement="x" * 32_767),
        "statement was cut",
    ),  # the documented mapping note: shortened, not refused
    "NUL in a criterion": (
        lambda p: p["CFItems"][-1].update(fullStatement="Check\x00 it"),
        "text: contains the invisible control character U+0000",
    ),
    "direction override in a unit title": (
        lambda p: _first_item(p).update(fullStatement="Wiring\u202e"),
        "title: contains the invisible direction control U+202E",
    ),
}


@pytest.mark.parametrize("name", list(CASE_ATTACKS))
def test_case_attacks_are_refused_with_a_sentence(demo_db, admin, eli_package, tmp_path: Path, name: str) -> None:
    change, expected = CASE_ATTACKS[name]
    path = _case_file(tmp_path, eli_package, change)
    if expected == "statement was cut":
        result = _import_standard(demo_db, admin, path)()
        assert any(expected in m for m in result.mapping)
        return
    refuse(demo_db, path, _import_standard(demo_db, admin, path), expected)


def test_infinity_and_nan_literals_are_not_json(demo_db, admin, eli_package, tmp_path: Path) -> None:
    path = tmp_path / "literal.json"
    text = json.dumps(eli_package).replace('"sequenceNumber": 1,', '"sequenceNumber": Infinity,', 1)
    assert "Infinity" in text
    path.write_text(text)
    refuse(demo_db, path, _import_standard(demo_db, admin, path), "not valid JSON (Infinity is not a number")


def _moodle(rows: list[list[str]]) -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["Parent ID number", "ID number", "Short name", "Description", "Is framework"])
    w.writerows(rows)
    return out.getvalue()


def test_moodle_chain_3000_deep_is_refused(demo_db, admin, tmp_path: Path) -> None:
    rows = [["", "FW", "Framework", "", "1"], ["", "C0", "Level 0", "", "0"]]
    rows += [[f"C{n - 1}", f"C{n}", f"Level {n}", "", "0"] for n in range(1, 3000)]
    path = tmp_path / "chain.csv"
    path.write_text(_moodle(rows), encoding="utf-8")
    refuse(
        demo_db, path, _import_standard(demo_db, admin, path), "C2999 is 3,000 levels below the framework", "at most 20"
    )


def test_moodle_framework_of_normal_depth_still_imports(demo_db, admin, tmp_path: Path) -> None:
    rows = [["", "MFW", "Moodle framework", "", "1"], ["", "U1", "Unit one", "", "0"], ["U1", "E1", "Element", "", "0"]]
    rows += [["E1", "P1", "Criterion", "Do it", "0"], ["P1", "P2", "Deeper", "Deeper still", "0"]]
    path = tmp_path / "ok.csv"
    path.write_text(_moodle(rows), encoding="utf-8")
    result = _import_standard(demo_db, admin, path)()
    # Level 4 (P2) folds into the text of its level-3 criterion (docs/moodle-csv.md).
    assert result.counts == {"units": 1, "elements": 1, "criteria": 1}


def test_standards_workbook_bomb_and_blank_rows_are_refused(demo_db, admin, tmp_path: Path) -> None:
    with demo_db.session() as s:
        doc = standards_io.export_document(s, svc.find_qualification(s, "ELI-L2").id)
    good = tmp_path / "standard.xlsx"
    standards_excel.write_workbook(doc, good)
    bomb = rewrite_member(
        good,
        tmp_path / "bomb.xlsx",
        "xl/worksheets/sheet3.xml",
        lambda data: data + b"<!--" + b"A" * (450 << 20) + b"-->",
    )
    refuse(demo_db, bomb, _import_standard(demo_db, admin, bomb), "expands to", "more than the 400 MB")
    damaged = corrupt_deflate(good, tmp_path / "damaged.xlsx", "xl/worksheets/sheet3.xml")
    refuse(demo_db, damaged, _import_standard(demo_db, admin, damaged), "the workbook is damaged")


def test_an_xlsx_version_of_10_to_the_30_is_refused(demo_db, admin, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    with demo_db.session() as s:
        doc = standards_io.export_document(s, svc.find_qualification(s, "ELI-L2").id)
    path = tmp_path / "standard.xlsx"
    standards_excel.write_workbook(doc, path)
    wb = load_workbook(path)
    ws = wb["Qualification"]
    col = [c.value.rstrip("*").strip() if isinstance(c.value, str) else c.value for c in ws[1]].index("version") + 1
    ws.cell(row=2, column=col, value=1e30)
    wb.save(path)
    refuse(demo_db, path, _import_standard(demo_db, admin, path), "qualification, version: 1.000e30 is too large")


def test_verify_an_empty_payload_is_a_sentence(demo_db, cli) -> None:
    r = cli("--db", str(demo_db.url), "certificates", "verify", "")
    assert r.returncode == 1
    assert r.stderr.strip() == (
        "skillassess: The payload to verify is empty: give the text printed under the QR code "
        "(SA1.…, or a link https://…/#SA1.…), or --image or --pdf."
    )


def test_validation_errors_are_domain_errors() -> None:
    assert issubclass(ValidationError, DomainError)
