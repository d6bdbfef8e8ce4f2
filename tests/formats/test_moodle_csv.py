"""Moodle competency framework CSV: the files Moodle writes (old and new headers, BOM, CRLF, semicolons, other
languages), the documented mapping and its report, and the files SkillAssess writes for Moodle."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from moodle_samples import COLUMNS, ROWS, VARIANTS, moodle_text, row
from sqlalchemy import func, select

from skillassess.core.enums import Role
from skillassess.core.errors import ValidationError
from skillassess.core.models import AuditEntry, Qualification
from skillassess.formats import moodle_csv
from skillassess.formats.moodle_csv import html_to_text, read_moodle_csv
from skillassess.formats.standard_doc import QualificationDoc
from skillassess.services import standards as svc
from skillassess.services import standards_io
from skillassess.services.context import Actor

from helpers import TESTDATA


@pytest.fixture
def empty_admin(db):
    return Actor(user_id=None, username="admin", roles=frozenset({Role.ADMINISTRATOR}))


def _write(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(VARIANTS[name]())
    return path


def _lines(doc: QualificationDoc) -> list[str]:
    return [str(m) for m in doc.mapping]


EXPECTED_CRITERIA = {
    "DR-A": [
        [
            (
                "Anticipates hazards\nLooks ahead\nand plans.\n"
                "- Scans mirrors: every 5–8 seconds; before braking\n- Reads signs"
            ),
            "Keeps distance\nTwo seconds & more",
        ]
    ],
    "DR-B": [["Steers smoothly\nHands at\nnine and three\n- Hand position: Nine & three"]],
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_each_way_moodle_writes_reads_to_the_documented_mapping(tmp_path: Path, name: str) -> None:
    doc = read_moodle_csv(_write(tmp_path, name))
    assert (doc.code, doc.title) == ("DR-FW", "Driving: road safety")
    assert doc.description == "A framework of driving competencies.\nSecond paragraph."
    assert [(u.code, u.title) for u in doc.units] == [("DR-A", "Attitude"), ("DR-B", "Behaviour")]
    assert [[e.title for e in u.elements] for u in doc.units] == [["Attitude to traffic"], ["Handling"]]
    assert {u.code: [[c.text for c in e.criteria] for e in u.elements] for u in doc.units} == EXPECTED_CRITERIA
    assert doc.counts() == {"units": 2, "elements": 2, "criteria": 3}
    report = "\n".join(_lines(doc))
    assert "level 1 → 2 unit(s)" in report and "level 3 → 3 performance criteria" in report
    assert "3 competencies of level 4 and deeper → folded into the text of their criterion" in report
    assert "Read 11 row(s): 1 framework and 10 competencies; wrote 2 unit(s), 2 element(s), 3 performance" in report
    # What had no place is listed, by name.
    assert "Not imported (no place in SkillAssess):" in report
    assert "the framework's scale (Not yet competent, Competent)" in report
    assert "the framework's scale configuration" in report
    assert "taxonomy (names of its levels): domain, competency, behaviour, indicator" in report
    assert "the completion rules of 1 competencies: DR-AT1 (competency_rule_all)" in report
    assert "the cross-references of 2 competencies: DR-AT1 → DR-BT1, DR-BT1 → DR-AT1" in report
    assert "the descriptions of 2 unit(s) and element(s) (SkillAssess keeps none for them): DR-A, DR-BT" in report
    assert "the ID numbers of 8 elements, criteria and deeper competencies" in report
    by_position = "read by position, as Moodle reads them" in report
    assert by_position == (name == "french.csv")
    for u in doc.units:
        for e in u.elements:
            assert all("\r" not in c.text and "<" not in c.text for c in e.criteria)


def test_the_variants_give_the_same_standard(tmp_path: Path) -> None:
    docs = [read_moodle_csv(_write(tmp_path, name)) for name in sorted(VARIANTS)]
    assert all(d == docs[0] for d in docs[1:])


def test_import_into_the_database_with_the_report(db, empty_admin, tmp_path: Path) -> None:
    result = standards_io.import_standard(db, empty_admin, _write(tmp_path, "old.csv"))
    assert (result.code, result.counts) == ("DR-FW", {"units": 2, "elements": 2, "criteria": 3})
    assert any("no place in SkillAssess" in str(m) for m in result.mapping)
    with db.session() as s:
        doc = standards_io.export_document(s, svc.find_qualification(s, "DR-FW").id)
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 1
    assert {u.code: [[c.text for c in e.criteria] for e in u.elements] for u in doc.units} == EXPECTED_CRITERIA


def test_html_descriptions_become_plain_text() -> None:
    assert html_to_text("<p>One</p><p>Two <b>bold</b>&amp;<i>it</i></p>") == "One\nTwo bold&it"
    assert html_to_text("<ul>\n<li>a</li>\n<li>b</li>\n</ul>") == "- a\n- b"
    assert html_to_text("<script>alert(1)</script><style>p{}</style>Text<br>next") == "Text\nnext"
    assert html_to_text("  <div>  spaced   out  </div>  ") == "spaced out"
    # Moodle's own format keeps the line breaks typed; plain text is kept as it is, tags and all.
    assert moodle_csv.description_text("a\r\nb <b>c</b>", "0") == "a\nb c"
    assert moodle_csv.description_text("x < y <b>", "2") == "x < y <b>"


# --- Bad files: one plain sentence naming file, row and field; nothing changes -------------------------------


def _refused(db, actor, path: Path, *fragments: str) -> None:
    with db.session() as s:
        before = s.scalar(select(func.count()).select_from(Qualification))
    with pytest.raises(ValidationError) as err:
        standards_io.import_standard(db, actor, path)
    text = str(err.value) + "\n" + "\n".join(err.value.problems)
    for f in fragments:
        assert f in text
    assert "Traceback" not in text
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Qualification)) == before


def test_bad_files_are_refused_with_file_row_and_field(db, empty_admin, tmp_path: Path) -> None:
    p = tmp_path / "nul.csv"
    p.write_bytes(moodle_text(COLUMNS, ROWS).encode() + b'"","X","a\x00b","","1","","","","","","","","0",""\r\n')
    _refused(db, empty_admin, p, "nul.csv, row 13 (X), title: contains", "U+0000")

    p = tmp_path / "huge-field.csv"
    p.write_text(moodle_text(COLUMNS, [*ROWS, row("DR-B", "BIG", "Big", '"' + "x" * 1_100_000)]), encoding="utf-8")
    _refused(db, empty_admin, p, "huge-field.csv, row 13 (line 16): a field longer than 1,000,000 characters")

    p = tmp_path / "latin1.csv"
    p.write_bytes(moodle_text(COLUMNS, [*ROWS, row("DR-B", "É", "Élément")]).encode("latin-1"))
    _refused(db, empty_admin, p, "latin1.csv, line 16: the file is not UTF-8 text")

    p = tmp_path / "empty-id.csv"
    p.write_text(moodle_text(COLUMNS, [*ROWS, row("DR-B", "", "No id")]), encoding="utf-8")
    _refused(db, empty_admin, p, "empty-id.csv, row 13, column ID number: the ID number is empty")

    p = tmp_path / "no-framework.csv"
    p.write_text(moodle_text(COLUMNS, ROWS[1:]), encoding="utf-8")
    _refused(db, empty_admin, p, "no-framework.csv: no framework row")

    p = tmp_path / "other.csv"
    p.write_text("name,email\nAda,ada@example.org\n", encoding="utf-8")
    _refused(db, empty_admin, p, "other.csv: not a Moodle competency framework CSV", "Parent ID number")

    p = tmp_path / "control.csv"
    p.write_text(moodle_text(COLUMNS, [*ROWS, row("DR-AT", "DR-AT9", "Bell\x07", "")]), encoding="utf-8")
    _refused(db, empty_admin, p, "control.csv, row 13 (DR-AT9), criterion, text: contains", "U+0007")


def test_too_many_rows_are_refused_fast(db, empty_admin, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(moodle_csv, "MAX_ROWS", 5)
    p = tmp_path / "many.csv"
    p.write_text(moodle_text(COLUMNS, ROWS), encoding="utf-8")
    _refused(db, empty_admin, p, "many.csv, row 7: more than 5 rows")
    p = tmp_path / "blank.csv"
    p.write_text(moodle_text(COLUMNS, ROWS[:1]) + ",,,\r\n" * 100, encoding="utf-8")
    _refused(db, empty_admin, p, "blank.csv, row 7: more than 5 rows")


# --- Writing Moodle's CSV, and the round trip ----------------------------------------------------------------


def _projection(doc: QualificationDoc) -> object:
    """What Moodle's CSV carries: codes, titles, order and texts."""
    return (
        doc.code,
        doc.title,
        doc.description,
        [(u.code, u.title, [(e.title, [c.text for c in e.criteria]) for e in u.elements]) for u in doc.units],
    )


def test_written_file_has_moodles_columns_and_round_trips(demo_db, db, empty_admin, tmp_path: Path) -> None:
    path = tmp_path / "eli.csv"
    with demo_db.session() as s:
        eli = standards_io.export_file(s, svc.find_qualification(s, "ELI-L2").id, path)
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == COLUMNS
    assert all(len(r) == 14 for r in rows)
    assert rows[1][0] == "" and rows[1][1] == "ELI-L2" and rows[1][12] == "1" and rows[1][5]
    assert len(rows) == 2 + 8 + 31 + 109
    assert all(len(r[2]) <= 100 and len(r[1]) <= 100 for r in rows[1:])
    # Each row's parent comes before it (Moodle's importer needs that).
    seen = {""}
    for r in rows[2:]:
        assert r[0] in seen
        seen.add(r[1])
    back = read_moodle_csv(path)
    assert _projection(back) == _projection(eli)
    result = standards_io.import_standard(db, empty_admin, path)
    assert result.counts == {"units": 8, "elements": 31, "criteria": 109}
    with db.session() as s:
        again = standards_io.export_document(s, result.qualification_id)
    assert _projection(again) == _projection(eli)


def test_long_and_multiline_texts_round_trip(tmp_path: Path) -> None:
    from skillassess.formats.standard_doc import CriterionDoc, ElementDoc, UnitDoc

    long_title = "Element " + "very " * 40 + "long"
    text = 'First line of a criterion\nsecond line, with « quotes », commas; semicolons and "double" quotes'
    doc = QualificationDoc(
        code="Q-1",
        title="Qualification " + "x" * 150,
        description="Line one\nLine two",
        units=[
            UnitDoc(
                code="U-1",
                title="Unit تجربة ሙከራ",
                elements=[ElementDoc(long_title, [CriterionDoc(text), CriterionDoc("y" * 300), CriterionDoc("<b>")])],
            )
        ],
    )
    path = tmp_path / "q.csv"
    moodle_csv.write_moodle_csv(doc, path)
    assert _projection(read_moodle_csv(path)) == _projection(doc)


@pytest.mark.skipif(not (TESTDATA / "moodle").is_dir(), reason=f"no Moodle CSV test data under {TESTDATA / 'moodle'}")
def test_public_moodle_exports_import(tmp_path: Path) -> None:
    files = sorted((TESTDATA / "moodle").glob("*.csv"))
    if not files:
        pytest.skip(f"no .csv files under {TESTDATA / 'moodle'}")
    for f in files:
        doc = read_moodle_csv(f)
        assert doc.units and any("Mapping: framework" in str(m) for m in doc.mapping)


def test_two_levels_and_flat_lists_give_criteria_to_assess(tmp_path: Path) -> None:
    fw = row("", "FW", "Customer care", framework="1")
    two = [fw, row("", "C1", "Greets customers", "<p>Warmly</p>"), row("C1", "C1-a", "Smiles", "<p>Always</p>")]
    two += [row("C1", "C1-b", "Says hello"), row("", "C2", "Handles complaints")]
    doc = moodle_csv.parse_moodle_csv(moodle_text(COLUMNS, two), source="two.csv")
    assert [(u.code, [(e.title, [c.text for c in e.criteria]) for e in u.elements]) for u in doc.units] == [
        ("C1", [("Greets customers", ["Smiles\nAlways", "Says hello"])]),
        ("C2", [("Handles complaints", [])]),
    ]
    report = "\n".join(_lines(doc))
    assert "each with one element of the same title; level 2 → 2 performance criteria" in report
    assert "the descriptions of 1 unit(s) and element(s) (SkillAssess keeps none for them): C1" in report

    flat = [fw, row("", "K1", "Counts change", "<p>Correctly</p>"), row("", "K2", "Issues receipts")]
    doc = moodle_csv.parse_moodle_csv(moodle_text(COLUMNS, flat), source="flat.csv")
    assert [(u.code, [(e.title, [c.text for c in e.criteria]) for e in u.elements]) for u in doc.units] == [
        ("K1", [("Counts change", ["Counts change\nCorrectly"])]),
        ("K2", [("Issues receipts", ["Issues receipts"])]),
    ]
    assert any("its 2 competencies of level 1 → units" in line for line in _lines(doc))
    assert not any("descriptions of" in line for line in _lines(doc))


def test_the_user_picks_which_level_is_the_unit(tmp_path: Path) -> None:
    path = _write(tmp_path, "old.csv")
    assert read_moodle_csv(path).levels == 4
    doc = read_moodle_csv(path, unit_level=2)
    assert [(u.code, u.title) for u in doc.units] == [("DR-AT", "Attitude to traffic"), ("DR-BT", "Handling")]
    assert [[(e.title, [c.text for c in e.criteria]) for e in u.elements] for u in doc.units] == [
        [
            ("Anticipates hazards", ["Scans mirrors\n- every 5–8 seconds\n- before braking", "Reads signs"]),
            ("Keeps distance", []),
        ],
        [("Steers smoothly", ["Hand position\nNine & three"])],
    ]
    report = "\n".join(_lines(doc))
    assert report.startswith("Level 1 is above the units and has no place: 2 competencies (DR-A, DR-B).")
    assert "level 2 → 2 unit(s)" in report and "level 3 → 3 element(s); level 4 → 3 performance criteria" in report
    with pytest.raises(ValidationError, match="the framework has 4 level"):
        read_moodle_csv(path, unit_level=5)
