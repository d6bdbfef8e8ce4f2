"""The standards workbook (.xlsx): template, export and import, with openpyxl.

Sheets: Instructions (how to fill it in), Qualification (one row), Units (one row per unit, in
order, with the five text sections), Elements (unit code, element number, title) and Criteria
(unit code, element number, criterion number, text). Headers carry notes; category, status and
packaging rule have drop-down lists; unit codes in Elements and Criteria are checked against the
Units sheet. openpyxl parses the XML with defusedxml (installed with SkillAssess).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation

from skillassess.core.errors import ValidationError
from skillassess.core.safe_write import atomic_write
from skillassess.formats.standard_doc import (
    SECTION_KEYS,
    CriterionDoc,
    ElementDoc,
    QualificationDoc,
    UnitDoc,
    cap,
    check_file,
)
from skillassess.formats.xlsx_guard import READ_ERRORS, cell_text, check_workbook

# (column, note, required)
QUALIFICATION_COLUMNS = [
    ("awarding_body_code", "Code of the awarding body (e.g. NTA). An existing body with this code is used.", False),
    ("awarding_body_name", "Full name of the awarding body.", False),
    ("awarding_body_country", "Country, two letters (ISO 3166), e.g. GH.", False),
    ("level_scale", "The awarding body's level scale, e.g. NQF 1-8.", False),
    ("code", "Qualification code, unique; at most 40 characters.", True),
    ("version", "Version number, 1 or more.", True),
    ("title", "Qualification title.", True),
    ("level", "Level, e.g. 2 or Certificate II.", False),
    ("sector", "Sector or industry.", False),
    ("description", "Description.", False),
    ("status", "draft, current or superseded.", False),
    (
        "packaging_rule",
        "core_plus_electives (all core units plus N electives) or min_credits (at least N credits).",
        True,
    ),
    ("electives_required", "Number of electives needed (core_plus_electives).", False),
    ("credits_required", "Credits needed (min_credits).", False),
    ("case_identifier", "CASE UUID; leave empty and SkillAssess makes a stable one.", False),
]
UNIT_COLUMNS = [
    ("code", "Unit code, unique in this workbook; at most 40 characters.", True),
    ("version", "Unit version, 1 or more.", False),
    ("title", "Unit title.", True),
    ("category", "core or elective.", True),
    ("credits", "Credits (whole number).", False),
    ("nominal_hours", "Nominal hours (whole number).", False),
    ("status", "draft, current or superseded.", False),
    ("range_statement", "Range statement (text section).", False),
    ("required_knowledge", "Required knowledge (text section).", False),
    ("required_skills", "Required skills (text section).", False),
    ("evidence_guide", "Evidence guide (text section).", False),
    ("assessment_conditions", "Assessment conditions (text section).", False),
    ("case_identifier", "CASE UUID (optional).", False),
]
ELEMENT_COLUMNS = [
    ("unit_code", "Code of the unit, as on the Units sheet.", True),
    ("element", "Element number in the unit: 1, 2, 3 ...", True),
    ("title", "The element.", True),
    ("case_identifier", "CASE UUID (optional).", False),
]
CRITERION_COLUMNS = [
    ("unit_code", "Code of the unit, as on the Units sheet.", True),
    ("element", "Number of the element on the Elements sheet.", True),
    ("criterion", "Criterion number in the element: 1, 2 ... (printed as 1.1, 1.2 ...)", True),
    ("text", "The performance criterion.", True),
    ("case_identifier", "CASE UUID (optional).", False),
]
SHEETS = {
    "Qualification": QUALIFICATION_COLUMNS,
    "Units": UNIT_COLUMNS,
    "Elements": ELEMENT_COLUMNS,
    "Criteria": CRITERION_COLUMNS,
}
INSTRUCTIONS = [
    "SkillAssess competency standard workbook",
    "",
    "One workbook holds one qualification at one version, with its units, elements and performance criteria.",
    "Fill in the sheets Qualification (one row), Units, Elements and Criteria. Keep the header row (row 1) as it is;",
    "point at a header to read its note. Columns marked * are required.",
    "",
    "Units: one row per unit, in the order they appear in the qualification. category is core or elective.",
    "Elements: one row per element, giving the unit code and the element number (1, 2, 3 ...).",
    "Criteria: one row per performance criterion, giving the unit code, the element number and the criterion number;",
    "the criterion 2 of element 1 prints as 1.2. Every criterion must belong to an element listed on the Elements sheet.",
    "",
    "Packaging rules: core_plus_electives = all core units plus the number of electives in electives_required;",
    "min_credits = all core units and at least credits_required credits in all.",
    "",
    "Import with:  skillassess --user ADMIN standards import FILE.xlsx   (or Standards page → Import…).",
    "The import checks the whole workbook first; if anything is wrong nothing is imported and every problem is listed",
    "with its sheet and row.",
]
_MAX_ROWS = 200_000
# What opening a damaged or foreign file may raise (a tuple named, so that type checkers read it).
_OPEN_ERRORS: tuple[type[BaseException], ...] = (InvalidFileException, *READ_ERRORS)
_HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")


def _writable(value: Any) -> Any:
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(value) > 32_767:
            raise ValidationError(f"A text of {len(value)} characters does not fit in an Excel cell (32,767 at most).")
    return value


def _sheet(wb: Workbook, name: str, columns: list[tuple[str, str, bool]]) -> Any:
    ws = wb.create_sheet(name)
    for n, (col, note, required) in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=n, value=col)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.comment = Comment(("* required. " if required else "") + note, "SkillAssess")
        width = 60 if col in SECTION_KEYS or col in ("title", "text", "description") else max(14, len(col) + 4)
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.freeze_panes = "A2"
    return ws


def _validate_list(ws: Any, columns: list[tuple[str, str, bool]], column: str, formula: str, prompt: str) -> None:
    n = [c for c, _, _ in columns].index(column) + 1
    letter = get_column_letter(n)
    dv = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True)
    dv.error = prompt
    dv.errorTitle = "SkillAssess"
    ws.add_data_validation(dv)
    dv.add(f"{letter}2:{letter}{_MAX_ROWS}")


def _workbook() -> tuple[Workbook, dict[str, Any]]:
    wb = Workbook()
    info = wb.worksheets[0]
    info.title = "Instructions"
    for n, line in enumerate(INSTRUCTIONS, start=1):
        info.cell(row=n, column=1, value=line)
    info["A1"].font = Font(bold=True, size=14)
    info.column_dimensions["A"].width = 120
    sheets = {name: _sheet(wb, name, cols) for name, cols in SHEETS.items()}
    statuses = '"draft,current,superseded"'
    _validate_list(
        sheets["Qualification"], QUALIFICATION_COLUMNS, "status", statuses, "Use draft, current or superseded."
    )
    _validate_list(
        sheets["Qualification"],
        QUALIFICATION_COLUMNS,
        "packaging_rule",
        '"core_plus_electives,min_credits"',
        "Use core_plus_electives or min_credits.",
    )
    _validate_list(sheets["Units"], UNIT_COLUMNS, "category", '"core,elective"', "Use core or elective.")
    _validate_list(sheets["Units"], UNIT_COLUMNS, "status", statuses, "Use draft, current or superseded.")
    units_range = f"=Units!$A$2:$A${_MAX_ROWS}"
    _validate_list(
        sheets["Elements"], ELEMENT_COLUMNS, "unit_code", units_range, "Use a unit code from the Units sheet."
    )
    _validate_list(
        sheets["Criteria"], CRITERION_COLUMNS, "unit_code", units_range, "Use a unit code from the Units sheet."
    )
    for ws in sheets.values():
        for cell in ws[1]:
            cell.alignment = Alignment(vertical="top")
    return wb, sheets


def write_template(path: Path | str) -> None:
    """An empty, documented workbook to fill in."""
    wb, _ = _workbook()
    with atomic_write(path) as out:
        wb.save(out.file)


def write_workbook(doc: QualificationDoc, path: Path | str) -> None:
    """One qualification version in the workbook layout, ready to import elsewhere."""
    wb, sheets = _workbook()
    q = {
        "awarding_body_code": doc.awarding_body_code,
        "awarding_body_name": doc.awarding_body_name,
        "awarding_body_country": doc.awarding_body_country,
        "level_scale": doc.awarding_body_level_scale,
        "code": doc.code,
        "version": doc.version,
        "title": doc.title,
        "level": doc.level,
        "sector": doc.sector,
        "description": doc.description,
        "status": doc.status,
        "packaging_rule": doc.packaging_rule,
        "electives_required": doc.electives_required,
        "credits_required": doc.credits_required,
        "case_identifier": doc.case_identifier,
    }
    _put_row(sheets["Qualification"], 2, QUALIFICATION_COLUMNS, q)
    urow = erow = crow = 2
    for u in doc.units:
        values = {
            "code": u.code,
            "version": u.version,
            "title": u.title,
            "category": u.category,
            "credits": u.credits,
            "nominal_hours": u.nominal_hours,
            "status": u.status,
            "case_identifier": u.case_identifier,
            **{k: u.sections.get(k, "") for k in SECTION_KEYS},
        }
        _put_row(sheets["Units"], urow, UNIT_COLUMNS, values)
        urow += 1
        for en, e in enumerate(u.elements, start=1):
            _put_row(
                sheets["Elements"],
                erow,
                ELEMENT_COLUMNS,
                {"unit_code": u.code, "element": en, "title": e.title, "case_identifier": e.case_identifier},
            )
            erow += 1
            for cn, c in enumerate(e.criteria, start=1):
                _put_row(
                    sheets["Criteria"],
                    crow,
                    CRITERION_COLUMNS,
                    {
                        "unit_code": u.code,
                        "element": en,
                        "criterion": cn,
                        "text": c.text,
                        "case_identifier": c.case_identifier,
                    },
                )
                crow += 1
    with atomic_write(path) as out:
        wb.save(out.file)


def _put_row(ws: Any, row: int, columns: list[tuple[str, str, bool]], values: dict[str, Any]) -> None:
    for n, (col, _, _) in enumerate(columns, start=1):
        value = values.get(col)
        if value is None or value == "":
            continue
        cell = ws.cell(row=row, column=n, value=_writable(value))
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # text that looks like a formula stays text


# --- Reading ------------------------------------------------------------------------------


class _Rows:
    """The data rows of one sheet as dicts by column name, with their row numbers."""

    def __init__(self, file: str, wb: Any, name: str, columns: list[tuple[str, str, bool]], problems: list[str]):
        self.rows: list[tuple[int, dict[str, Any]]] = []
        if name not in wb.sheetnames:
            problems.append(
                f"{file}: the sheet {name!r} is missing (the workbook needs the sheets "
                + ", ".join(SHEETS)
                + "; start from `skillassess standards template`)."
            )
            return
        ws = wb[name]
        # Columns are read up to the last known heading only (max_col): a sheet whose dimension claims
        # 16,384 columns is not padded to that width on every row.
        header = next(ws.iter_rows(min_row=1, max_row=1, max_col=200, values_only=True), None) or ()
        index = {str(h).strip().lower().rstrip("*").strip(): i for i, h in enumerate(header) if h is not None}
        missing = [c for c, _, req in columns if req and c not in index]
        if missing:
            problems.append(f"{file}, sheet {name}: the column(s) {', '.join(missing)} are missing from row 1.")
            return
        width = max(index[c] for c, _, _ in columns if c in index) + 1
        for rownum, values in enumerate(ws.iter_rows(min_row=2, max_col=width, values_only=True), start=2):
            if rownum > _MAX_ROWS:
                problems.append(f"{file}, sheet {name}: more than {_MAX_ROWS} rows.")
                break
            if values is None or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            row = {c: (values[index[c]] if c in index and index[c] < len(values) else None) for c, _, _ in columns}
            self.rows.append((rownum, row))


def _int(value: Any, where: str, column: str, problems: list[str], default: int | None = 0) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        if default is None:
            problems.append(f"{where}: {column} is empty.")
            return 0
        return default
    try:
        f = float(value)
        if not f.is_integer():
            raise ValueError
        return int(f)
    except (TypeError, ValueError):
        problems.append(f"{where}: {column} must be a whole number, not {value!r}.")
        return 0


def read_workbook(path: Path | str) -> QualificationDoc:
    """Read a standards workbook; every problem is reported at once, with sheet and row."""
    path = Path(path)
    check_file(path, "Excel (.xlsx)")
    file = path.name
    # Size, compression, damage and rows are checked before openpyxl reads anything.
    check_workbook(path, read_sheets=lambda names: [n for n in names if n in SHEETS], max_rows=_MAX_ROWS)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except _OPEN_ERRORS as exc:
        raise ValidationError(
            f"{file}: not an Excel workbook (.xlsx), or the file is damaged ({exc.__class__.__name__})."
        ) from None
    try:
        return _read(wb, file)
    except ValidationError:
        raise
    except READ_ERRORS as exc:
        # Sheets are parsed as they are read: damage (or an XML entity trick, refused by
        # defusedxml) shows up here rather than when the workbook is opened.
        raise ValidationError(
            f"{file}: the workbook is damaged or not a plain Excel file "
            f"({exc.__class__.__name__}); nothing was changed."
        ) from None
    finally:
        wb.close()


def _read(wb: Any, file: str) -> QualificationDoc:
    problems: list[str] = []
    sheets = {name: _Rows(file, wb, name, cols, problems) for name, cols in SHEETS.items()}
    if problems:
        raise ValidationError(f"{file}: the workbook cannot be imported; nothing was changed.", problems)
    qrows = sheets["Qualification"].rows
    if len(qrows) != 1:
        raise ValidationError(
            f"{file}, sheet Qualification: expected exactly one qualification row, found {len(qrows)}; "
            "nothing was changed."
        )
    rownum, r = qrows[0]
    where = f"{file}, sheet Qualification, row {rownum}"
    doc = QualificationDoc(
        code=cell_text(r["code"]),
        title=cell_text(r["title"]),
        version=_int(r["version"], where, "version", problems, default=None),
        level=cell_text(r["level"]),
        sector=cell_text(r["sector"]),
        description=cell_text(r["description"]),
        status=cell_text(r["status"]) or "draft",
        packaging_rule=cell_text(r["packaging_rule"]),
        electives_required=_int(r["electives_required"], where, "electives_required", problems),
        credits_required=_int(r["credits_required"], where, "credits_required", problems),
        awarding_body_code=cell_text(r["awarding_body_code"]),
        awarding_body_name=cell_text(r["awarding_body_name"]),
        awarding_body_country=cell_text(r["awarding_body_country"]),
        awarding_body_level_scale=cell_text(r["level_scale"]),
        case_identifier=cell_text(r["case_identifier"]) or None,
        source=file,
    )
    units: dict[str, UnitDoc] = {}
    for rownum, r in sheets["Units"].rows:
        where = f"{file}, sheet Units, row {rownum}"
        code = cell_text(r["code"])
        if not code:
            problems.append(f"{where}: the unit code is empty.")
            continue
        if code in units:
            problems.append(
                f"{where}: the unit code {code} appears twice (also at {units[code].where}); codes must be unique."
            )
            continue
        u = UnitDoc(
            code=code,
            title=cell_text(r["title"]),
            version=_int(r["version"], where, "version", problems, 1),
            category=cell_text(r["category"]).lower(),
            credits=_int(r["credits"], where, "credits", problems),
            nominal_hours=_int(r["nominal_hours"], where, "nominal_hours", problems),
            status=cell_text(r["status"]).lower() or doc.status,
            sections={k: cell_text(r[k]) for k in SECTION_KEYS if cell_text(r[k])},
            case_identifier=cell_text(r["case_identifier"]) or None,
            where=where,
        )
        units[code] = u
        doc.units.append(u)
    elements: dict[tuple[str, int], tuple[int, ElementDoc]] = {}
    for rownum, r in sheets["Elements"].rows:
        where = f"{file}, sheet Elements, row {rownum}"
        code = cell_text(r["unit_code"])
        number = _int(r["element"], where, "element", problems, default=None)
        if code not in units:
            problems.append(f"{where}: unit {code or '(empty)'} is not on the Units sheet.")
            continue
        if (code, number) in elements:
            problems.append(f"{where}: element {number} of unit {code} appears twice.")
            continue
        elements[(code, number)] = (
            number,
            ElementDoc(title=cell_text(r["title"]), case_identifier=cell_text(r["case_identifier"]) or None),
        )
    criteria: dict[tuple[str, int], list[tuple[int, int, CriterionDoc]]] = {}
    for rownum, r in sheets["Criteria"].rows:
        where = f"{file}, sheet Criteria, row {rownum}"
        code = cell_text(r["unit_code"])
        en = _int(r["element"], where, "element", problems, default=None)
        cn = _int(r["criterion"], where, "criterion", problems, default=None)
        if code not in units:
            problems.append(f"{where}: unit {code or '(empty)'} is not on the Units sheet.")
            continue
        if (code, en) not in elements:
            problems.append(
                f"{where}: criterion {en}.{cn} of unit {code} has no element {en} on the Elements sheet; "
                "every criterion must belong to an element."
            )
            continue
        lst = criteria.setdefault((code, en), [])
        if any(n == cn for n, _, _ in lst):
            problems.append(f"{where}: criterion {en}.{cn} of unit {code} appears twice.")
            continue
        lst.append(
            (
                cn,
                rownum,
                CriterionDoc(text=cell_text(r["text"]), case_identifier=cell_text(r["case_identifier"]) or None),
            )
        )
    if problems:
        raise ValidationError(
            f"{file}: the workbook cannot be imported ({len(problems)} problem(s)); nothing was changed.", cap(problems)
        )
    for (code, _), (number, e) in sorted(elements.items(), key=lambda kv: kv[1][0]):
        e.criteria = [c for _, _, c in sorted(criteria.get((code, number), []), key=lambda t: t[0])]
        units[code].elements.append(e)
    return doc
