"""Candidate lists in Excel: a template with data validation and instructions, and reading it back.

Reading accepts the template and any workbook with the same column headings (saved by Excel or
LibreOffice, headings in any order, within the first ten rows). It never writes to the database:
it returns rows with their values converted, and every problem by row and column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel
from openpyxl.worksheet.datavalidation import DataValidation

from skillassess.core.countries import country_code
from skillassess.core.enums import Disability, IdType, Pathway, Sex
from skillassess.core.errors import DomainError, ValidationError
from skillassess.core.messages import msg
from skillassess.core.rules import fold
from skillassess.core.safe_write import atomic_write
from skillassess.formats.xlsx_guard import READ_ERRORS, cell_text, check_workbook

SHEET = "Candidates"


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    heading: str
    kind: str  # text, date, int, sex, id_type, disability, pathway, qualification, country
    required: bool = False
    width: int = 18
    help: str = ""


COLUMNS: list[ColumnSpec] = [
    ColumnSpec(
        "registration_number",
        "Registration number",
        "text",
        width=18,
        help="Leave empty: the application gives the next number (CENTRE-YEAR-NNNNN).",
    ),
    ColumnSpec("family_name", "Family name", "text", True, 20, "Required. As on the ID document."),
    ColumnSpec("given_names", "Given names", "text", True, 22, "Required. As on the ID document."),
    ColumnSpec(
        "name_local",
        "Name in local script",
        "text",
        width=24,
        help="The full name in Amharic, Arabic or another script, if used.",
    ),
    ColumnSpec(
        "sex",
        "Sex",
        "sex",
        True,
        10,
        "Required: Female or Male (F or M, Femme or Homme, أنثى or ذكر also accepted).",
    ),
    ColumnSpec(
        "date_of_birth",
        "Date of birth",
        "date",
        width=14,
        help="A date cell, or text written as YYYY-MM-DD or DD/MM/YYYY (day first). "
        "The candidate must be 14 to 100 years old.",
    ),
    ColumnSpec(
        "id_type",
        "ID document",
        "id_type",
        width=14,
        help="National ID, Passport, Refugee ID, Other or None. Empty means National ID.",
    ),
    ColumnSpec(
        "national_id",
        "ID number",
        "text",
        width=22,
        help="Kept as text: type long numbers in a text cell so that no digit is lost.",
    ),
    ColumnSpec(
        "nationality",
        "Nationality",
        "country",
        width=14,
        help="The country's name in English, French or Arabic (Senegal, Sénégal, السنغال), "
        "or its two- or three-letter code (SN, SEN).",
    ),
    ColumnSpec("disability", "Disability", "disability", width=11, help="Yes, No or Not stated (empty: not stated)."),
    ColumnSpec("disability_details", "Disability details", "text", width=22),
    ColumnSpec("phone", "Phone", "text", width=18),
    ColumnSpec("email", "E-mail", "text", width=22),
    ColumnSpec("address", "Address", "text", width=24),
    ColumnSpec("education", "Education", "text", width=20),
    ColumnSpec("occupation", "Occupation", "text", width=22),
    ColumnSpec("years_experience", "Years of experience", "int", width=12, help="A whole number from 0 to 80."),
    ColumnSpec("notes", "Notes", "text", width=24),
    ColumnSpec(
        "qualification_code",
        "Qualification code",
        "qualification",
        width=16,
        help="Optional: enrol the candidate in this qualification (choose from the list).",
    ),
    ColumnSpec(
        "pathway", "Pathway", "pathway", width=10, help="RPL or Training (empty: RPL). Used with a qualification."
    ),
    ColumnSpec(
        "enrolled_on", "Enrolled on", "date", width=14, help="Date of enrolment (empty: the day of the import)."
    ),
]
BY_KEY = {c.key: c for c in COLUMNS}

SEX_WORDS: dict[str, StrEnum] = {
    "female": Sex.FEMALE,
    "f": Sex.FEMALE,
    "male": Sex.MALE,
    "m": Sex.MALE,
    "femme": Sex.FEMALE,
    "homme": Sex.MALE,
    "h": Sex.MALE,
    "feminin": Sex.FEMALE,
    "masculin": Sex.MALE,
    "أنثى": Sex.FEMALE,
    "انثى": Sex.FEMALE,
    "ذكر": Sex.MALE,
    "ሴት": Sex.FEMALE,
    "ወንድ": Sex.MALE,
    "mwanamke": Sex.FEMALE,
    "mwanamume": Sex.MALE,
    "ke": Sex.FEMALE,
    "me": Sex.MALE,
}
ID_WORDS: dict[str, StrEnum] = {
    "national id": IdType.NATIONAL_ID,
    "passport": IdType.PASSPORT,
    "refugee id": IdType.REFUGEE_ID,
    "other": IdType.OTHER,
    "none": IdType.NONE,
}
DISABILITY_WORDS: dict[str, StrEnum] = {"yes": Disability.YES, "no": Disability.NO, "not stated": Disability.NOT_STATED}
PATHWAY_WORDS: dict[str, StrEnum] = {"rpl": Pathway.RPL, "training": Pathway.TRAINING}
LIST_VALUES = {
    "sex": ["Female", "Male"],
    "id_type": ["National ID", "Passport", "Refugee ID", "Other", "None"],
    "disability": ["Yes", "No", "Not stated"],
    "pathway": ["RPL", "Training"],
}


def _norm(text: str) -> str:
    return " ".join(fold(text).replace("_", " ").replace("*", " ").replace("-", " ").split())


_HEADINGS = {_norm(c.heading): c.key for c in COLUMNS} | {_norm(c.key): c.key for c in COLUMNS}


# --- Template -----------------------------------------------------------------------------------


def _validation(
    col: ColumnSpec, kind: Literal["whole", "list", "date"], formula1: str, formula2: str | None, error: str
) -> DataValidation:
    """The data validation of a column: blank allowed, ``error`` shown (titled by the heading) on a wrong value;
    with ``formula2`` a value between the two formulas."""
    return DataValidation(
        type=kind,
        operator="between" if formula2 is not None else None,
        formula1=formula1,
        formula2=formula2,
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=col.heading,
        error=error,
    )


def write_template(path: Path, qualification_codes: list[str], max_rows: int = 2000) -> None:
    """Write an empty candidate list with drop-down lists, date checks and an Instructions sheet."""
    wb = Workbook()
    ws = wb.worksheets[0]
    ws.title = SHEET
    lists = wb.create_sheet("Lists")
    instructions = wb.create_sheet("Instructions")
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    required_fill = PatternFill("solid", fgColor="FCE4D6")
    last = max_rows + 1
    for n, col in enumerate(COLUMNS, start=1):
        letter = get_column_letter(n)
        cell = ws.cell(row=1, column=n, value=col.heading)
        cell.font = bold
        cell.fill = required_fill if col.required else fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[letter].width = col.width
        rng = f"{letter}2:{letter}{last}"
        if col.kind == "date":
            dv = _validation(col, "date", "DATE(1900,1,1)", "DATE(2100,12,31)", "Enter a date (YYYY-MM-DD).")
            for r in range(2, min(last, 502) + 1):
                ws.cell(row=r, column=n).number_format = "yyyy-mm-dd"
        elif col.kind == "int":
            dv = _validation(col, "whole", "0", "80", "A whole number from 0 to 80.")
        elif col.kind in LIST_VALUES:
            values = LIST_VALUES[col.kind]
            dv = _validation(
                col,
                "list",
                '"' + ",".join(values) + '"',
                None,
                "Choose a value from the list: " + ", ".join(values) + ".",
            )
        elif col.kind == "qualification":
            for r, code in enumerate(qualification_codes, start=1):
                lists.cell(row=r, column=1, value=code)
            ref = f"Lists!$A$1:$A${max(len(qualification_codes), 1)}"
            dv = _validation(col, "list", ref, None, "Choose a qualification code from the list.")
        else:
            dv = None
            if col.key in ("national_id", "phone", "registration_number"):
                for r in range(2, min(last, 502) + 1):
                    ws.cell(row=r, column=n).number_format = "@"
        if dv is not None:
            dv.prompt = col.help or None
            dv.showInputMessage = bool(col.help)
            ws.add_data_validation(dv)
            dv.add(rng)
    ws.freeze_panes = "A2"
    lists.sheet_state = "hidden"

    instructions.column_dimensions["A"].width = 24
    instructions.column_dimensions["B"].width = 90
    lines: list[tuple[str, str]] = [
        ("SkillAssess candidate list", ""),
        ("", "Type one candidate per row on the Candidates sheet, from row 2. Do not change the headings."),
        ("", "Columns with orange headings are required. Drop-down lists show the accepted values."),
        (
            "",
            (
                "The import is all or nothing: if any row has a problem, nothing is imported and every problem "
                "is listed by row and column. Correct them and import the file again."
            ),
        ),
        (
            "",
            (
                "A candidate already registered (same registration number or same ID number) is reported "
                "and not registered twice."
            ),
        ),
        ("", ""),
        ("Column", "What to enter"),
    ]
    lines += [(c.heading + (" (required)" if c.required else ""), c.help) for c in COLUMNS]
    for r, (a, b) in enumerate(lines, start=1):
        instructions.cell(row=r, column=1, value=a)
        cb = instructions.cell(row=r, column=2, value=b)
        cb.alignment = Alignment(wrap_text=True, vertical="top")
    instructions["A1"].font = Font(bold=True, size=14)
    instructions["A7"].font = bold
    instructions["B7"].font = bold
    with atomic_write(path) as out:
        wb.save(out.file)


# --- Reading ------------------------------------------------------------------------------------

MAX_ROWS = 100_000
"""Candidates in one file: a centre's list, or a year of a national programme, fits; more is split."""
_HEADER_ROWS = 10  # the heading row is looked for in the first ten rows
_HEADER_COLUMNS = 200  # ... and in the first 200 columns


@dataclass
class SheetRow:
    row: int  # as numbered in the spreadsheet
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class ReadResult:
    rows: list[SheetRow]
    problems: list[str]
    columns: dict[str, str]  # key -> column letter


def _where(row: int, key: str, columns: dict[str, str]) -> str:
    return f"Row {row}, column {columns[key]} ({BY_KEY[key].heading})"


_WORDS: dict[str, dict[str, StrEnum]] = {
    "sex": SEX_WORDS,
    "id_type": ID_WORDS,
    "disability": DISABILITY_WORDS,
    "pathway": PATHWAY_WORDS,
}
# Every spelling a list cell may have, normalised once (cells repeat the same few words).
_CHOICES: dict[str, dict[str, StrEnum]] = {
    kind: {**{_norm(v.value): v for v in words.values()}, **{_norm(k): v for k, v in words.items()}}
    for kind, words in _WORDS.items()
}
# A date written day first: 15/03/1998, 15.03.1998, 15-03-1998 (digits of any script: ١٥/٠٣/١٩٩٨).
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})")


def _date_from_text(text: str) -> dt.date | None:
    """ISO (1998-03-15) or day/month/year text as a date; None when it is neither, or no such day."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    m = _DAY_MONTH_YEAR.fullmatch(text)
    if m is None:
        return None
    day, month, year = (int(g) for g in m.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_folded: dict[str, str] = {}


def _choice_key(value: Any) -> str:
    text = str(value)
    key = _folded.get(text)
    if key is None:
        key = _norm(text).replace("_", " ")
        if len(_folded) < 10_000:
            _folded[text] = key
    return key


def _convert(value: Any, col: ColumnSpec, where: Callable[[], str], problems: list[str], qual_codes: set[str]) -> Any:
    """A cell's value as the column's kind; a problem (by row and column) when it cannot be."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    kind = col.kind
    if kind == "text":
        if (
            col.key in ("national_id", "phone")
            and isinstance(value, (int, float))
            and not isinstance(value, bool)
            and abs(value) >= 1e15
        ):
            problems.append(
                f"{where()}: the number {value!r} was stored as a number and may have lost digits; "
                "format the column as text and type it again."
            )
            return None
        return cell_text(value)
    if kind == "date":
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool) and 1 < value < 80000:
            converted = from_excel(value)
            return converted.date() if isinstance(converted, dt.datetime) else converted
        text = str(value).strip()
        day = _date_from_text(text)
        if day is None:
            problems.append(
                f"{where()}: {text[:40]!r} is not a date; use a date cell or write it as YYYY-MM-DD or DD/MM/YYYY."
            )
        return day
    if kind == "country":
        text = cell_text(value)
        code = country_code(text)
        if code is None:
            problems.append(
                f"{where()}: {text[:40]!r} is not a country; write its name (Senegal, Sénégal, السنغال) "
                "or its two- or three-letter code (SN, SEN)."
            )
        return code
    if kind == "int":
        if isinstance(value, bool):
            value = str(value)
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, int):
            return value
        text = str(value).strip()
        if text.isdigit() and len(text) <= 9:
            return int(text)
        problems.append(f"{where()}: {text[:40]!r} is not a whole number.")
        return None
    if kind in _CHOICES:
        found = _CHOICES[kind].get(_choice_key(value))
        if found is None:
            problems.append(
                f"{where()}: {str(value).strip()[:40]!r} is not one of " + ", ".join(LIST_VALUES[kind]) + "."
            )
        return found
    if kind == "qualification":
        code = cell_text(value).upper()
        if code not in qual_codes:
            problems.append(f"{where()}: no qualification has the code {code[:40]!r}.")
            return None
        return code
    return cell_text(value)


def _pick_sheet(names: list[str]) -> list[str]:
    return [SHEET] if SHEET in names else names[:1]


def _damaged(path: Path) -> ValidationError:
    return ValidationError(
        msg(
            "{file}: the workbook is damaged or not a plain Excel file; nothing was changed. "
            "Open it in Excel or LibreOffice, save it again and retry.",
            file=path.name,
        )
    )


def read_candidates(
    path: Path, qualification_codes: list[str], progress: Callable[[int, int], None] | None = None
) -> ReadResult:
    """Read a candidate list; every problem is listed by row and column, nothing is skipped silently.

    The file is checked first (size, compression, damage, number of rows: ``xlsx_guard``), so a
    hostile or huge workbook is refused in about a second, before openpyxl reads it.
    """
    path = Path(path)
    if not path.is_file():
        raise DomainError(f"{path} does not exist or is not a file.")
    facts = check_workbook(path, read_sheets=_pick_sheet, max_rows=MAX_ROWS, heading_rows=_HEADER_ROWS)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except READ_ERRORS:
        raise _damaged(path) from None
    try:
        sheet = _pick_sheet(facts.sheets)[0] if facts.sheets else wb.sheetnames[0]
        return _read(wb, sheet, path.name, qualification_codes, facts.rows.get(sheet, 0), progress)
    except READ_ERRORS:
        # openpyxl parses a sheet as it is read: what the checks did not catch shows up here.
        raise _damaged(path) from None
    finally:
        wb.close()


def _read(
    wb: Any,
    sheet: str,
    file: str,
    qualification_codes: list[str],
    total: int,
    progress: Callable[[int, int], None] | None,
) -> ReadResult:
    ws = wb[sheet]
    header_row = 0
    columns: dict[str, int] = {}
    for n, values in enumerate(
        ws.iter_rows(min_row=1, max_row=_HEADER_ROWS, max_col=_HEADER_COLUMNS, values_only=True), start=1
    ):
        found = {_HEADINGS.get(_norm(str(v))) for v in values if v is not None} - {None}
        if "family_name" in found:
            header_row = n
            for idx, v in enumerate(values):
                key = _HEADINGS.get(_norm(str(v))) if v is not None else None
                if key is not None and key not in columns:
                    columns[key] = idx
            break
    if not header_row:
        raise DomainError(
            f"{file}: no heading row with 'Family name' in the first ten rows of sheet {ws.title!r}; "
            "use the template (skillassess candidates template)."
        )
    letters = {k: get_column_letter(i + 1) for k, i in columns.items()}
    problems = [
        f"Column '{c.heading}' is missing (it is required)." for c in COLUMNS if c.required and c.key not in columns
    ]
    if problems:
        return ReadResult([], problems, letters)
    codes = {c.upper() for c in qualification_codes}
    specs = [(key, idx, BY_KEY[key]) for key, idx in columns.items()]
    width = max(columns.values()) + 1
    out: list[SheetRow] = []
    # Only the columns of the list are read (max_col): a sheet whose dimension claims 16,384 columns
    # is not padded to that width on every row.
    for n, values in enumerate(
        ws.iter_rows(min_row=header_row + 1, max_col=width, values_only=True), start=header_row + 1
    ):
        if progress is not None and n % 1000 == 0:
            progress(n, total)
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        row = SheetRow(n)
        for key, idx, spec in specs:
            raw = values[idx]
            if raw is None:
                if spec.required:
                    problems.append(f"{_where(n, key, letters)}: required, but empty.")
                row.values[key] = None
                continue
            if spec.required and cell_text(raw) == "":
                problems.append(f"{_where(n, key, letters)}: required, but empty.")
            row.values[key] = _convert(raw, spec, lambda n=n, key=key: _where(n, key, letters), problems, codes)  # type: ignore[misc]
        out.append(row)
    return ReadResult(out, problems, letters)
