"""What every Excel export shares: safe cell writing, a styled table sheet, the "About" sheet, no partial files.

Exports are written with XlsxWriter in constant_memory mode: rows go to disk as they are written, so
memory stays flat however many rows there are (openpyxl's write-only mode was 1.7x slower; openpyxl is
kept for reading workbooks). Every text goes through ``write_string`` and the workbook is opened with
``strings_to_formulas`` off, so a value such as ``=HYPERLINK(...)`` is stored as text, never a formula.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, Literal

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from skillassess.core.safe_write import atomic_write, write_error

# Called with (rows written, rows expected); it may raise to cancel the export.
ProgressCallback = Callable[[int, int], None]

CellKind = Literal["text", "date", "datetime", "int", "number"]

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PROGRESS_EVERY = 1000


@dataclass(frozen=True)
class ColumnSpec:
    """A column of an exported table: its header, the kind of its cells and its width in characters."""

    header: str
    kind: CellKind = "text"
    width: float = 14


@dataclass
class ExportInfo:
    """What the "About this export" sheet says: what, when, by whom, from which database, with which filters."""

    what: str
    exported_by: str
    database: str = ""
    exported_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))
    filters: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rows: int | None = None


def english(value: Any) -> str:
    """An enumeration value as plain English for a spreadsheet ("not_stated" -> "Not stated")."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        value = value.value
    text = str(value)
    return _ENGLISH.get(text, text.replace("_", " ").capitalize())


_ENGLISH = {
    "rpl": "RPL",
    "rpl_granted": "RPL granted",
    "credit_transfer": "Credit transfer",
    "full": "Full qualification certificate",
    "statement": "Statement of attainment",
}


def new_workbook(path: Path, tmpdir: Path) -> Workbook:
    """An XlsxWriter workbook that streams rows to ``tmpdir`` and never turns text into formulas or links."""
    return xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            "tmpdir": str(tmpdir),
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "default_date_format": DATE_FORMAT,
        },
    )


@contextlib.contextmanager
def atomic_workbook(path: Path, before_publish: Callable[[], None] | None = None) -> Iterator[Workbook]:
    """A workbook that appears at ``path`` only when complete; a failed or cancelled export leaves nothing.

    The file is written under a temporary name in the same folder, synced and renamed over ``path`` at the
    end (core.safe_write.atomic_write), so an existing file is never half-overwritten either.
    ``before_publish`` runs once the file is complete, just before the rename (for example to record the
    export in the audit log); if it raises, nothing appears.
    """
    rows_dir = Path(tempfile.mkdtemp(prefix="skillassess-xlsx-"))
    try:
        with atomic_write(path, before_publish=before_publish) as out:
            workbook = new_workbook(out.temp, rows_dir)
            try:
                yield workbook
                try:
                    workbook.close()
                except FileCreateError as exc:  # XlsxWriter's wrapper of the OSError (a full disk, say)
                    cause = exc.args[0] if exc.args else None
                    raise write_error(Path(path), cause) if isinstance(cause, OSError) else exc from cause
            except BaseException:
                workbook.fileclosed = True  # abandoned on purpose: nothing of it is to be written
                # Close XlsxWriter's row files (constant_memory) so they can be removed on every platform.
                for ws in workbook.worksheets():
                    fh = getattr(ws, "row_data_fh", None)
                    if fh is not None and not fh.closed:
                        fh.close()
                raise
    finally:
        shutil.rmtree(rows_dir, ignore_errors=True)


class TableWriter:
    """Writes one table sheet: bold frozen header, autofilter, widths, typed cells, row by row."""

    def __init__(self, workbook: Workbook, name: str, columns: Sequence[ColumnSpec]) -> None:
        self.workbook = workbook
        self.columns = list(columns)
        self.sheet: Worksheet = workbook.add_worksheet(name)
        self.header_format = workbook.add_format(
            {"bold": True, "bg_color": "#DDEBF7", "bottom": 1, "text_wrap": True, "valign": "top"}
        )
        self.date_format = workbook.add_format({"num_format": DATE_FORMAT})
        self.datetime_format = workbook.add_format({"num_format": DATETIME_FORMAT})
        for c, col in enumerate(self.columns):
            self.sheet.set_column(c, c, col.width)
        self.sheet.freeze_panes(1, 0)
        self.sheet.set_landscape()
        self.sheet.repeat_rows(0)  # the header on every printed page
        for c, col in enumerate(self.columns):
            self.sheet.write_string(0, c, col.header, self.header_format)
        self.row = 1

    def write(self, values: Sequence[Any]) -> None:
        """Write one row; each value as the kind its column declares (None stays empty)."""
        sheet = self.sheet
        r = self.row
        for c, (col, value) in enumerate(zip(self.columns, values, strict=True)):
            if value is None or value == "":
                continue
            kind = col.kind
            if kind == "text":
                sheet.write_string(r, c, value if isinstance(value, str) else english(value))
            elif kind == "date":
                sheet.write_datetime(r, c, value, self.date_format)
            elif kind == "datetime":
                sheet.write_datetime(r, c, value, self.datetime_format)
            else:
                sheet.write_number(r, c, value)
        self.row += 1

    def write_all(self, rows: Iterable[Sequence[Any]], total: int, progress: ProgressCallback | None) -> int:
        """Write every row, calling ``progress`` every thousand rows; returns the number written."""
        n = 0
        if progress is not None:
            progress(0, total)
        for values in rows:
            self.write(values)
            n += 1
            if progress is not None and n % PROGRESS_EVERY == 0:
                progress(n, total)
        if progress is not None:
            progress(n, max(total, n))
        return n

    def finish(self) -> None:
        """Add the autofilter over the header and every written row."""
        self.sheet.autofilter(0, 0, max(self.row - 1, 0), len(self.columns) - 1)


def write_about(workbook: Workbook, info: ExportInfo) -> None:
    """The "About this export" sheet: what was exported, when, by whom and with which filters."""
    sheet = workbook.add_worksheet("About this export")
    sheet.fit_to_pages(1, 0)
    bold = workbook.add_format({"bold": True})
    title = workbook.add_format({"bold": True, "font_size": 14})
    when = workbook.add_format({"num_format": DATETIME_FORMAT, "align": "left"})
    sheet.set_column(0, 0, 26)
    sheet.set_column(1, 1, 70)
    sheet.write_string(0, 0, info.what, title)
    rows: list[tuple[str, Any]] = [
        ("Exported at (local time)", info.exported_at),
        ("Exported by", info.exported_by),
        ("Database", info.database),
    ]
    if info.rows is not None:
        rows.append(("Rows exported", info.rows))
    r = 2
    for key, value in rows:
        sheet.write_string(r, 0, key, bold)
        if isinstance(value, dt.datetime):
            sheet.write_datetime(r, 1, value, when)
        elif isinstance(value, int):
            sheet.write_number(r, 1, value, workbook.add_format({"align": "left"}))
        else:
            sheet.write_string(r, 1, str(value))
        r += 1
    r += 1
    sheet.write_string(r, 0, "Filters", bold)
    r += 1
    for key, value in info.filters or [("Filters", "none: everything")]:
        sheet.write_string(r, 0, key)
        sheet.write_string(r, 1, value)
        r += 1
    if info.notes:
        r += 1
        sheet.write_string(r, 0, "Notes", bold)
        r += 1
        wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
        for note in info.notes:
            sheet.write_string(r, 1, note, wrap)
            r += 1
