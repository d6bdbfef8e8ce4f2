"""Workbooks made on the fly for import tests and benchmarks: big valid lists and hostile files.

Nothing big is committed: each file is written when a test needs it. Valid candidate lists are
written with XlsxWriter (shared strings and date cells, as Excel writes them); hostile files are
written part by part with ``zipfile``, so that a sheet of millions of rows or a gigabyte of shared
strings streams to disk without being held in memory.
"""

from __future__ import annotations

import datetime as dt
import random
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import xlsxwriter

from skillassess.formats.candidates_excel import COLUMNS

FAMILY = [
    "Mensah",
    "Owusu",
    "Haddad",
    "Diallo",
    "Banda",
    "Mwangi",
    "Alemu",
    "Tesfaye",
    "Ndiaye",
    "Phiri",
    "Kamara",
    "Mohammed",
    "Khoury",
    "Sow",
    "Mushi",
    "Bekele",
    "Asante",
    "Chirwa",
    "Fall",
    "Kimaro",
]
GIVEN = [
    "Efua",
    "Kofi",
    "Rami",
    "Mariama",
    "Chikondi",
    "Amani",
    "Tigist",
    "Dawit",
    "Awa",
    "Yaw",
    "Fatou",
    "Layla",
    "Hana",
    "Juma",
    "Abena",
    "Issa",
    "Mercy",
    "Ousmane",
    "Zainab",
    "Tadesse",
]
LOCAL = ["رامي حداد", "ሐና በቀለ", "ليلى خوري", "ዳዊት ተስፋዬ", ""]


def candidate_rows(n: int, *, seed: int = 1, qualification_code: str | None = "ELI-L2") -> list[dict[str, object]]:
    """``n`` distinct, valid candidates (every second one enrolled in ``qualification_code``)."""
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for i in range(n):
        row: dict[str, object] = {
            "family_name": rng.choice(FAMILY),
            "given_names": f"{rng.choice(GIVEN)} {rng.choice(GIVEN)}",
            "name_local": rng.choice(LOCAL),
            "sex": rng.choice(["Female", "Male"]),
            "date_of_birth": dt.date(1960 + rng.randrange(45), 1 + rng.randrange(12), 1 + rng.randrange(28)),
            "id_type": "National ID",
            "national_id": f"IMP-{seed:02d}-{i:07d}",
            "nationality": rng.choice(["GH", "ET", "LB", "MW", "SN", "TZ"]),
            "disability": rng.choice(["No", "Not stated", "Yes"]),
            "phone": f"+233 20 {rng.randrange(10**7):07d}",
            "email": f"person{seed}.{i}@example.org",
            "education": rng.choice(["Primary", "Secondary", "TVET certificate", ""]),
            "occupation": rng.choice(["Electrician", "Welder", "Plumber", "Tailor", ""]),
            "years_experience": rng.randrange(30),
        }
        if qualification_code and i % 2 == 0:
            row["qualification_code"] = qualification_code
            row["pathway"] = rng.choice(["RPL", "Training"])
            row["enrolled_on"] = dt.date(2026, 1 + rng.randrange(10), 1 + rng.randrange(28))
        rows.append(row)
    return rows


def write_candidate_workbook(path: Path, rows: Iterable[dict[str, object]]) -> Path:
    """A candidate list as Excel writes one: a heading row, shared strings, real date cells."""
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    ws = wb.add_worksheet("Candidates")
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    keys = [c.key for c in COLUMNS]
    for col, c in enumerate(COLUMNS):
        ws.write_string(0, col, c.heading)
    for r, row in enumerate(rows, start=1):
        for key, value in row.items():
            col = keys.index(key)
            if isinstance(value, dt.date):
                ws.write_datetime(r, col, dt.datetime.combine(value, dt.time()), date)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                ws.write_number(r, col, value)
            elif value is not None:
                ws.write_string(r, col, str(value))
    wb.close()
    return path


# --- Hand-made packages -------------------------------------------------------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Candidates" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>'
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def _col(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def inline_row(r: int, values: list[str]) -> str:
    """One sheet row of inline strings (no shared strings needed)."""
    cells = "".join(
        f'<c r="{_col(n)}{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c>' for n, v in enumerate(values, start=1) if v
    )
    return f'<row r="{r}">{cells}</row>'


HEADINGS = [c.heading for c in COLUMNS]


def person(n: int) -> list[str]:
    """A valid candidate row (inline strings) in the column order of the template."""
    values = {"family_name": f"Mensah{n}", "given_names": "Kofi", "sex": "Male", "national_id": f"RAW-{n:06d}"}
    return [values.get(c.key, "") for c in COLUMNS]


def raw_workbook(
    path: Path,
    sheet: Iterable[str | bytes],
    *,
    shared_strings: Iterable[str | bytes] = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    ),
    compresslevel: int = 6,
) -> Path:
    """An .xlsx whose sheet XML (after the <worksheet> opening) and shared strings come in pieces."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')
            for part in shared_strings:
                f.write(part.encode() if isinstance(part, str) else part)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(_SHEET_HEAD.encode())
            for part in sheet:
                f.write(part.encode() if isinstance(part, str) else part)
            f.write(b"</worksheet>")
    return path


def blank_rows_sheet(valid: int, blank: int, *, styled: bool = False) -> Iterator[str]:
    """A header, ``valid`` candidates, then ``blank`` empty rows (or rows of empty styled cells)."""
    last = 1 + valid + blank
    yield f'<dimension ref="A1:{_col(len(HEADINGS))}{last}"/><sheetData>'
    yield inline_row(1, HEADINGS)
    for n in range(2, valid + 2):
        yield inline_row(n, person(n))
    batch: list[str] = []
    for r in range(valid + 2, last + 1):
        batch.append(f'<row r="{r}"><c r="A{r}" s="0"/><c r="T{r}" s="0"/></row>' if styled else f'<row r="{r}"/>')
        if len(batch) == 20_000:
            yield "".join(batch)
            batch = []
    yield "".join(batch) + "</sheetData>"


def shared_strings_bomb(total_bytes: int, chunk: int = 1 << 20) -> Iterator[bytes]:
    """Shared strings that expand to ``total_bytes`` (one enormous, highly compressible string)."""
    yield b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>'
    block = b"A" * chunk
    for _ in range(total_bytes // chunk):
        yield block
    yield b"</t></si></sst>"


def small_valid_sheet(rows: int = 3) -> list[str]:
    return [
        "<sheetData>",
        inline_row(1, HEADINGS),
        *(inline_row(n, person(n)) for n in range(2, rows + 2)),
        "</sheetData>",
    ]


def rewrite_member(src: Path, dest: Path, member: str, change) -> Path:
    """A copy of ``src`` with one member's content passed through ``change(bytes) -> bytes``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == member:
                data = change(data)
            zout.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return dest


def corrupt_deflate(src: Path, dest: Path, member: str = "xl/worksheets/sheet1.xml") -> Path:
    """A copy of ``src`` whose ``member`` has garbage in the middle of its compressed (deflate) data."""
    data = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as z:
        info = z.getinfo(member)
    # The local header is 30 bytes plus the name and extra field; the compressed data follows.
    name_len = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_len = int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    middle = start + info.compress_size // 3
    for k in range(middle, min(middle + 64, start + info.compress_size)):
        data[k] ^= 0xA5
    dest.write_bytes(bytes(data))
    return dest
