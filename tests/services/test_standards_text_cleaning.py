"""Imported texts of every format are stored with LF line ends and without surrounding spaces (issue 20.4)."""

from __future__ import annotations

from pathlib import Path

from skillassess.core.enums import Role
from skillassess.formats import case_json_writer, standards_excel
from skillassess.formats.standard_doc import CriterionDoc, ElementDoc, QualificationDoc, UnitDoc, clean_text
from skillassess.services import standards as svc
from skillassess.services import standards_io
from skillassess.services.context import Actor

ADMIN = Actor(user_id=None, username="admin", roles=frozenset({Role.ADMINISTRATOR}))


def _messy() -> QualificationDoc:
    return QualificationDoc(
        code=" WLD-1 ",
        title="  Welding\r\n",
        description="Line one  \r\nLine two\rLine three\n\n",
        units=[
            UnitDoc(
                code="WLD-C01\t",
                title=" Weld joints ",
                sections={"range_statement": "  MIG\r\nTIG  \r\n"},
                elements=[ElementDoc("  Prepare\r\n", [CriterionDoc("\r\n  Plates are clean  \r\nand dry\r\n")])],
            )
        ],
    )


def test_clean_text() -> None:
    assert clean_text(" a  \r\n b \r c\n\n") == "a\n b\n c"
    assert clean_text(None) == "" and clean_text("  ") == ""


def test_each_format_stores_clean_text(db, tmp_path: Path) -> None:
    # Written as each format's writer writes them, then read back by its reader: the texts keep their CRs
    # and spaces through the file; the import cleans them, whatever the format.
    for version, (name, write) in enumerate(
        [("w.xlsx", standards_excel.write_workbook), ("w.json", case_json_writer.write_case)], start=1
    ):
        doc = _messy()
        doc.version = version
        doc.units[0].version = version
        path = tmp_path / name
        write(doc, path)
        assert "  \n" in standards_io.read_standard_file(path).description.replace("\r", "")  # the reader left it
        result = standards_io.import_standard(db, ADMIN, path)
        with db.session() as s:
            back = standards_io.export_document(s, result.qualification_id)
            unit = svc.find_unit(s, "WLD-C01", version)
            sections = svc.unit_sections(s, unit.id)
        assert (back.code, back.title, back.description) == ("WLD-1", "Welding", "Line one\nLine two\nLine three")
        assert (back.units[0].code, back.units[0].title) == ("WLD-C01", "Weld joints")
        assert back.units[0].elements[0].title == "Prepare"
        assert back.units[0].elements[0].criteria[0].text == "Plates are clean\nand dry"
        assert [v for v in sections.values() if v] == ["MIG\nTIG"]
