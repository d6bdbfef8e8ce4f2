"""Reading .xlsx files safely: checks before openpyxl reads one (hostile and huge workbooks are refused
fast), and the text of a cell as read.

openpyxl reads what it is given. A 1 MB file whose shared strings expand to 1 GB takes a gigabyte
of memory; a sheet of three million empty rows takes minutes; a damaged deflate stream or a raw
control character in the XML ends in a parser error that names no row. So before openpyxl opens a
workbook, :func:`check_workbook` reads the ZIP directory (how many parts, how large once unpacked,
how strongly compressed) and then streams each XML part once, in bounded memory, checking that it
unpacks, that it holds no character XML forbids, and counting the rows of each sheet. Each refusal
is one sentence naming the file and what to do. The file is only read, never changed.

The limits are far above what a real list needs: 100,000 candidates make a workbook of about 60 MB
of XML compressed 8 to 1.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import ElementTree as SafeET  # type: ignore[import-untyped]

from skillassess.core.errors import ValidationError
from skillassess.core.messages import msg

MAX_PARTS = 10_000
MAX_EXPANDED_BYTES = 400 * 1024 * 1024
"""All parts of a workbook together, unpacked."""
MAX_SHARED_STRINGS_BYTES = 100 * 1024 * 1024
"""The shared strings part: openpyxl keeps all of it in memory."""
MAX_RATIO = 200
"""Compression of a part larger than ``RATIO_FLOOR``: real sheets are 5 to 30 to 1, zip bombs 1000 to 1."""
RATIO_FLOOR = 1024 * 1024
_CHUNK = 1 << 20
_OVERLAP = 512

# Errors that openpyxl raises on a damaged or unusual file (after the checks above they are rare).
READ_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    TypeError,
    OSError,
    SyntaxError,
    IndexError,
    AttributeError,
    NotImplementedError,
    ParseError,
)

_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,40}:)?row(?=[\s/>])([^>]{0,400})")
_ROW_NUMBER = re.compile(rb"\sr\s*=\s*[\"'](\d{1,12})[\"']")
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass(frozen=True)
class WorkbookFacts:
    """What the checks learnt: the sheets in workbook order, and how many rows each has."""

    sheets: list[str]
    rows: dict[str, int]


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f}"


def _damaged(file: str, where: str) -> ValidationError:
    return ValidationError(
        msg(
            "{file}: the workbook is damaged ({where} cannot be unpacked); nothing was changed. Open it in Excel or "
            "LibreOffice, save it again and retry.",
            file=file,
            where=where,
        )
    )


def _sheet_parts(z: zipfile.ZipFile, file: str) -> dict[str, str]:
    """Sheet name → part name, in workbook order, from xl/workbook.xml and its relationships."""
    try:
        book = SafeET.fromstring(z.read("xl/workbook.xml"))
        rels = SafeET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        raise ValidationError(
            msg(
                "{file} is not an Excel workbook (.xlsx) that can be read: it has no workbook part (is it another kind "
                "of document renamed .xlsx?).",
                file=file,
            )
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError):
        raise _damaged(file, "the list of sheets") from None
    except (ParseError, ValueError, SyntaxError):
        raise ValidationError(
            msg(
                "{file}: the workbook is damaged or not a plain Excel file (its list of sheets cannot be read); nothing "
                "was changed.",
                file=file,
            )
        ) from None
    targets = {}
    for rel in rels:
        target = str(rel.get("Target") or "")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        targets[rel.get("Id")] = target
    out: dict[str, str] = {}
    for el in book.iter():
        if el.tag.endswith("}sheet") or el.tag == "sheet":
            name = str(el.get("name") or "")
            out[name] = targets.get(el.get(_NS_REL), "")
    return out


def check_workbook(
    path: Path, *, read_sheets: Callable[[list[str]], Iterable[str]], max_rows: int, heading_rows: int = 1
) -> WorkbookFacts:
    """Refuse, with one sentence, a workbook that is not a sound, reasonably sized .xlsx.

    ``read_sheets`` picks, from the sheet names in workbook order, the sheets the caller will read;
    each may have at most ``max_rows`` rows of data below up to ``heading_rows`` rows of headings:
    row elements, empty ones included, and row numbers (a sheet whose only row is numbered
    3,000,000 is read as three million rows by openpyxl).
    """
    file = path.name
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise ValidationError(
            msg(
                "{file} is not an Excel workbook (.xlsx) that can be read: it is not a ZIP package; save it from Excel "
                "or LibreOffice as an Excel workbook (.xlsx).",
                file=file,
            )
        ) from None
    with z:
        infos = z.infolist()
        if len(infos) > MAX_PARTS:
            raise ValidationError(
                msg(
                    "{file}: the workbook has {count:,} parts, more than a spreadsheet ever has; it was refused and "
                    "nothing was changed.",
                    file=file,
                    count=len(infos),
                )
            )
        expanded = sum(i.file_size for i in infos)
        if expanded > MAX_EXPANDED_BYTES:
            raise ValidationError(
                msg(
                    "{file}: the workbook expands to {size} MB when unpacked, more than the {limit} MB an import takes; "
                    "nothing was changed. Is it the right file? Split a very large list into several files.",
                    file=file,
                    size=_mb(expanded),
                    limit=_mb(MAX_EXPANDED_BYTES),
                )
            )
        for info in infos:
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise ValidationError(
                    msg(
                        "{file}: a part of the workbook ({part}) is compressed {ratio:,} to 1, far more than any "
                        "spreadsheet; the file was refused as a possible zip bomb and nothing was changed.",
                        file=file,
                        part=info.filename,
                        ratio=info.file_size // max(info.compress_size, 1),
                    )
                )
            if info.filename.endswith("sharedStrings.xml") and info.file_size > MAX_SHARED_STRINGS_BYTES:
                raise ValidationError(
                    msg(
                        "{file}: the text of the workbook expands to {size} MB, more than the {limit} MB an import takes; "
                        "nothing was changed. Split a very large list into several files.",
                        file=file,
                        size=_mb(info.file_size),
                        limit=_mb(MAX_SHARED_STRINGS_BYTES),
                    )
                )
        parts = _sheet_parts(z, file)
        sheet_of = {part: name for name, part in parts.items()}
        wanted = {parts[name] for name in read_sheets(list(parts)) if name in parts}
        rows: dict[str, int] = {}
        for info in infos:
            if not info.filename.endswith((".xml", ".rels")):
                continue
            sheet = sheet_of.get(info.filename)
            where = f"sheet {sheet}" if sheet is not None else info.filename
            count = _scan(z, info, file, where, count_rows=info.filename in wanted, max_rows=max_rows + heading_rows)
            if sheet is not None and info.filename in wanted:
                rows[sheet] = count
                if count > max_rows + heading_rows:
                    raise ValidationError(
                        msg(
                            "{file}: sheet {sheet} has more than {limit:,} rows (empty rows count too); at most {limit:,} "
                            "can be imported at once, and nothing was changed. Delete the empty rows below the list, or "
                            "split the list into several files.",
                            file=file,
                            sheet=sheet,
                            limit=max_rows,
                        )
                    )
    return WorkbookFacts(list(parts), rows)


def _scan(z: zipfile.ZipFile, info: zipfile.ZipInfo, file: str, where: str, *, count_rows: bool, max_rows: int) -> int:
    """Unpack one XML part in chunks: check it unpacks and has no forbidden character; count its rows."""
    rows = 0
    carry = b""
    position = 0
    try:
        with z.open(info) as f:
            while True:
                chunk = f.read(_CHUNK)
                bad = _CONTROL.search(chunk)
                if bad is not None:
                    raise ValidationError(
                        msg(
                            "{file}: the workbook is damaged: {where} contains the control character {code} (byte "
                            "{offset:,}), which a spreadsheet never writes; nothing was changed. Open it in Excel or "
                            "LibreOffice, save it again and retry.",
                            file=file,
                            where=where,
                            code=f"U+{bad.group()[0]:04X}",
                            offset=position + bad.start() + 1,
                        )
                    )
                position += len(chunk)
                if count_rows:
                    buffer = carry + chunk
                    # A match starting in the last bytes may run on into the next chunk: count it then.
                    end = len(buffer) if not chunk else max(len(buffer) - _OVERLAP, 0)
                    for m in _ROW.finditer(buffer):
                        if m.start() >= end:
                            break
                        rows += 1
                        number = _ROW_NUMBER.search(m.group(1))
                        if number is not None:
                            rows = max(rows, int(number.group(1)))
                    carry = buffer[end:] if chunk else b""
                    if rows > max_rows:
                        return rows  # enough to refuse: no need to unpack millions more
                if not chunk:
                    return rows
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError):
        raise _damaged(file, where) from None


def cell_text(value: Any) -> str:
    """A cell's value as text: empty for an empty cell, 12 (not 12.0) for a whole number, stripped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
