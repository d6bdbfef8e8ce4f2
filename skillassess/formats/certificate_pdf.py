"""Certificates and statements of attainment as PDF (reportlab), A4 landscape or portrait.

Text is drawn with canvas.drawString, never reportlab's Paragraph mark-up, so user text such as
``<b>Ali & Sons</b>`` prints exactly as written. Arabic is shaped and put in visual order by
pdf_text; codes, serials and dates are drawn as runs of their own, left to right.
The QR code is drawn from segno's module matrix as one filled path (reportlab's QrCodeWidget
is about 30 times slower per page and dominated page time).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import segno
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from skillassess.formats import pdf_text
from skillassess.formats.certificate_wording import RTL_LANGUAGES, WORDING, word
from skillassess.formats.pdf_text import new_canvas, register_fonts, text_width, wrap_lines

INK = HexColor("#1B3A5C")
GOLD = HexColor("#B08D3C")
GREY = HexColor("#555555")
RED = HexColor("#B22222")


@dataclass(frozen=True)
class SignatoryDoc:
    name: str
    title: str
    image: bytes | None = None
    # (language, title) in each language of the certificate that has its own wording; drawn one under
    # the other (``title`` alone when empty).
    titles: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class UnitLine:
    code: str
    title: str
    outcome_code: str = ""


@dataclass(frozen=True)
class CertificateDoc:
    """Everything printed on one certificate (no database objects: formats know nothing of sessions)."""

    serial: str
    kind: str  # "full" or "statement"
    languages: tuple[str, ...]
    centre_name: str
    candidate_name: str
    qualification_code: str
    qualification_title: str
    level: str
    issued_on: dt.date
    payload: str
    units: tuple[UnitLine, ...] = ()
    candidate_name_local: str = ""
    logo: bytes | None = None
    signatories: tuple[SignatoryDoc, ...] = ()
    reprint: bool = False
    replaces_serial: str = ""
    # Shown before issuing: marked across the page as not issued (no serial is taken for it).
    preview: bool = False


# --- Drawing helpers ----------------------------------------------------------------------------


def draw_text(c: Canvas, text: str, x: float, y: float, size: float, **kw: Any) -> float:
    """``pdf_text.draw_text`` in the certificate's ink unless another colour is given."""
    kw.setdefault("color", INK)
    return pdf_text.draw_text(c, text, x, y, size, **kw)


def qr_matrix(payload: str) -> tuple[tuple[int, ...], ...]:
    """The QR modules (1 dark) of ``payload``, error correction M, without the quiet zone."""
    qr = segno.make(payload, error="m", micro=False, boost_error=False)
    return tuple(tuple(1 if v else 0 for v in row) for row in qr.matrix)


def draw_qr(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the QR code with its lower left corner at (x, y) as ONE filled path of rectangles.

    One rectangle per run of dark modules in a row, written as literal PDF operators in module
    units (a transform scales them): far fewer operators than one per module, and no per-number
    float formatting, which dominated the time of reportlab's path API here.
    """
    matrix = qr_matrix(payload)
    n = len(matrix)
    m = size / n
    ops: list[str] = []
    for r, row in enumerate(matrix):
        start = -1
        for col, v in enumerate(row):
            if v and start < 0:
                start = col
            elif not v and start >= 0:
                ops.append(f"{start} {r} {col - start} 1 re")
                start = -1
        if start >= 0:
            ops.append(f"{start} {r} {n - start} 1 re")
    c.saveState()
    c.setFillColor(HexColor("#000000"))
    # Row 0 at the top: flip y so that module (col, row) is the rectangle at (col, row).
    c.transform(m, 0, 0, -m, x, y + size)
    c.addLiteral("\n".join(ops) + "\nf")
    c.restoreState()


def draw_qr_widget(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """The baseline for the benchmark: reportlab's own QrCodeWidget."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(payload, barLevel="M", barBorder=0)
    b = widget.getBounds()
    w, h = b[2] - b[0], b[3] - b[1]
    d = Drawing(size, size, transform=[size / w, 0, 0, size / h, 0, 0])
    d.add(widget)
    renderPDF.draw(d, c, x, y)


QrDrawer = Callable[[Canvas, str, float, float, float], None]


def _image(data: bytes | None, cache: dict[bytes, ImageReader | None]) -> ImageReader | None:
    if not data:
        return None
    if data not in cache:
        try:
            cache[data] = ImageReader(io.BytesIO(data))
        except Exception:  # noqa: BLE001 - a broken logo must not stop printing; it is left out
            cache[data] = None
    return cache[data]


# --- Layout ------------------------------------------------------------------------------------------


@dataclass
class _Layout:
    width: float
    height: float
    rtl: bool
    images: dict[bytes, ImageReader | None] = field(default_factory=dict)

    @property
    def cx(self) -> float:
        return self.width / 2

    @property
    def start(self) -> float:
        """x of the reading start margin (left, or right in right-to-left)."""
        return self.width - 60 if self.rtl else 60

    @property
    def end(self) -> float:
        return 60 if self.rtl else self.width - 60


def _border(c: Canvas, lay: _Layout) -> None:
    c.setStrokeColor(INK)
    c.setLineWidth(3)
    c.rect(18, 18, lay.width - 36, lay.height - 36)
    c.setStrokeColor(GOLD)
    c.setLineWidth(1)
    c.rect(25, 25, lay.width - 50, lay.height - 50)


def _words(doc: CertificateDoc, key: str) -> list[tuple[str, bool]]:
    """The wording for ``key`` in each language of the certificate (each once), with its direction."""
    out: list[tuple[str, bool]] = []
    for lang in doc.languages:
        item = (word(lang, key), lang in RTL_LANGUAGES)
        if item not in out:
            out.append(item)
    return out


def outcome_words(doc: CertificateDoc, code: str) -> str:
    """A unit's outcome in words in each language of the certificate ("Competent / ብቁ"); the code if
    there are no words for it."""
    key = f"outcome_{code}"
    words: list[str] = []
    for lang in doc.languages:
        w = WORDING[lang].get(key, code)
        if w not in words:
            words.append(w)
    return " / ".join(words) if code else ""


def _unit_row(c: Canvas, lay: _Layout, u: UnitLine, y: float, size: float, doc: CertificateDoc) -> None:
    code_w = 70.0
    outcome = outcome_words(doc, u.outcome_code)
    avail = lay.width - 120 - code_w - max(40.0, text_width(outcome, size) + 12)
    if lay.rtl:
        draw_text(c, u.code, lay.start, y, size, bold=True, align="right")
        draw_text(c, u.title, lay.start - code_w, y, size, align="right", rtl=True, max_width=avail)
        draw_text(c, outcome, lay.end, y, size, color=GREY, rtl=True)
    else:
        draw_text(c, u.code, lay.start, y, size, bold=True)
        draw_text(c, u.title, lay.start + code_w, y, size, max_width=avail)
        draw_text(c, outcome, lay.end, y, size, align="right", color=GREY)


def _units_heading(c: Canvas, lay: _Layout, doc: CertificateDoc, y: float, continued: bool) -> float:
    parts = [word(lang, "units") + (" " + word(lang, "continued") if continued else "") for lang in doc.languages]
    draw_text(c, "  ·  ".join(parts), lay.start, y, 10, bold=True, align="right" if lay.rtl else "left", rtl=lay.rtl)
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.6)
    c.line(60, y - 4, lay.width - 60, y - 4)
    return y - 16


def _first_page(c: Canvas, lay: _Layout, doc: CertificateDoc, draw_qr_fn: QrDrawer) -> list[UnitLine]:
    """Draw page 1; returns the units that did not fit (for the following pages)."""
    _border(c, lay)
    w, h, cx = lay.width, lay.height, lay.cx
    y = h - 52
    logo = _image(doc.logo, lay.images)
    if logo is not None:
        iw, ih = logo.getSize()
        lh = 46.0
        lw = lh * iw / ih if ih else lh
        c.drawImage(logo, cx - lw / 2, y - lh + 10, lw, lh, mask="auto")
        y -= lh + 4
    draw_text(c, doc.centre_name, cx, y, 12, bold=True, align="center", max_width=w - 160)
    if doc.reprint:
        text = " / ".join(t for t, _ in _words(doc, "reprint"))
        draw_text(c, text, lay.end, h - 48, 11, bold=True, align="left" if lay.rtl else "right", color=RED, rtl=lay.rtl)
    y -= 34
    key = "title_full" if doc.kind == "full" else "title_statement"
    titles = _words(doc, key)
    draw_text(c, titles[0][0], cx, y, 28, bold=True, align="center", rtl=titles[0][1], max_width=w - 160)
    if len(titles) > 1:
        y -= 22
        draw_text(
            c, titles[1][0], cx, y, 17, bold=True, align="center", rtl=titles[1][1], color=GOLD, max_width=w - 160
        )
    y -= 24
    for n, (text, rtl) in enumerate(_words(doc, "certify")):
        draw_text(c, text, cx, y, 11 if n == 0 else 9.5, align="center", rtl=rtl, color=INK if n == 0 else GREY)
        y -= 13
    y -= 14
    draw_text(c, doc.candidate_name, cx, y, 24, bold=True, align="center", max_width=w - 160)
    if doc.candidate_name_local:
        y -= 26
        draw_text(c, doc.candidate_name_local, cx, y, 20, bold=True, align="center", rtl=True, max_width=w - 160)
    y -= 22
    achieved = "achieved_full" if doc.kind == "full" else "achieved_statement"
    for n, (text, rtl) in enumerate(_words(doc, achieved)):
        size = 11 if n == 0 else 9.5
        for line in wrap_lines(text, size, w - 150, max_lines=3):
            draw_text(c, line, cx, y, size, align="center", rtl=rtl, color=INK if n == 0 else GREY, max_width=w - 140)
            y -= 13
    y -= 8
    # Code and title as separate runs: the code always reads left to right.
    code_w = text_width(doc.qualification_code + "  ", 14, True)
    title_w = text_width(doc.qualification_title, 14, True)
    total = min(code_w + title_w, w - 160)
    left = cx - total / 2
    if lay.rtl:
        draw_text(c, doc.qualification_code, left + total, y, 14, bold=True, align="right")
        draw_text(
            c, doc.qualification_title, left + total - code_w, y, 14, bold=True, align="right", max_width=total - code_w
        )
    else:
        draw_text(c, doc.qualification_code, left, y, 14, bold=True)
        draw_text(c, doc.qualification_title, left + code_w, y, 14, bold=True, max_width=total - code_w)
    if doc.level:
        y -= 16
        levels = [(f"{t}", r) for t, r in _words(doc, "level")]
        label = " / ".join(t for t, _ in levels)
        lw_ = text_width(label + " ", 10.5, rtl=lay.rtl)
        vw = text_width(doc.level, 10.5)
        left = cx - (lw_ + vw) / 2
        if lay.rtl:
            draw_text(c, label, left + lw_ + vw, y, 10.5, align="right", rtl=True, color=GREY)
            draw_text(c, doc.level, left, y, 10.5, bold=True)
        else:
            draw_text(c, label, left, y, 10.5, color=GREY)
            draw_text(c, doc.level, left + lw_, y, 10.5, bold=True)
    y -= 24
    # Units until the signature area.
    bottom = 168.0
    rest = list(doc.units)
    if rest:
        y = _units_heading(c, lay, doc, y, False)
        while rest and y > bottom:
            _unit_row(c, lay, rest.pop(0), y, 9, doc)
            y -= 12.5
    _footer_block(c, lay, doc, draw_qr_fn)
    if doc.preview:
        _preview_mark(c, lay, doc)
    return rest


def _preview_mark(c: Canvas, lay: _Layout, doc: CertificateDoc) -> None:
    """ "PREVIEW · NOT ISSUED" across the page, in the certificate's first language, in light red."""
    text, rtl = _words(doc, "preview")[0]
    c.saveState()
    c.translate(lay.cx, lay.height / 2)
    c.rotate(24)
    light_red = Color(RED.red, RED.green, RED.blue, alpha=0.25)  # the certificate stays readable beneath it
    draw_text(c, text, 0, -18, 54, bold=True, align="center", rtl=rtl, color=light_red, max_width=lay.width * 0.9)
    c.restoreState()


def _footer_block(c: Canvas, lay: _Layout, doc: CertificateDoc, draw_qr_fn: QrDrawer) -> None:
    """QR code, serial, date and signatories along the bottom of page 1."""
    qr_size = 104.0
    qx = 44.0 if lay.rtl else lay.width - 44 - qr_size
    qy = 40.0
    c.setFillColor(white)
    c.rect(qx - 4, qy - 4, qr_size + 8, qr_size + 8, stroke=0, fill=1)
    draw_qr_fn(c, doc.payload, qx, qy, qr_size)
    # Serial and date, label and value as separate runs, beside the QR code.
    tx = qx + qr_size + 10 if lay.rtl else qx - 10
    al = "left" if lay.rtl else "right"
    ty = qy + qr_size - 8
    for key, value in (("serial", doc.serial), ("date", doc.issued_on.isoformat())):
        label = " / ".join(t for t, _ in _words(doc, key))
        draw_text(c, label, tx, ty, 7.5, align=al, rtl=lay.rtl, color=GREY)
        draw_text(c, value, tx, ty - 11, 10, bold=True, align=al)
        ty -= 28
    if doc.replaces_serial:
        label = " / ".join(t for t, _ in _words(doc, "replaces"))
        draw_text(c, label, tx, ty, 7, align=al, rtl=lay.rtl, color=GREY)
        draw_text(c, doc.replaces_serial, tx, ty - 9, 7.5, align=al)
    hint = _words(doc, "verify")[0]
    # Aligned with the QR code's outer edge so that a long hint never crosses the border.
    hx, halign = (qx, "left") if lay.rtl else (qx + qr_size, "right")
    draw_text(c, hint[0], hx, qy - 12, 6.5, align=halign, rtl=hint[1], color=GREY, max_width=qr_size + 90)
    # Signatories share the rest of the width.
    sigs = list(doc.signatories)[:3]
    if not sigs:
        return
    area_left = 60.0 if not lay.rtl else qx + qr_size + 150
    area_right = qx - 150 if not lay.rtl else lay.width - 60
    slot = (area_right - area_left) / len(sigs)
    ordered = list(reversed(sigs)) if lay.rtl else sigs
    for n, s in enumerate(ordered):
        sx = area_left + slot * n + slot / 2
        line_y = 78.0
        img = _image(s.image, lay.images)
        if img is not None:
            iw, ih = img.getSize()
            sh = 34.0
            sw = min(sh * iw / ih if ih else sh, slot - 20)
            c.drawImage(img, sx - sw / 2, line_y + 2, sw, sh, mask="auto")
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        c.line(sx - min(75, slot / 2 - 8), line_y, sx + min(75, slot / 2 - 8), line_y)
        draw_text(c, s.name, sx, line_y - 12, 9.5, bold=True, align="center", max_width=slot - 10)
        titles = s.titles or (("", s.title),)
        for k, (lang, title) in enumerate(titles[:2]):
            draw_text(
                c,
                title,
                sx,
                line_y - 23 - 10 * k,
                8 if k == 0 else 7.5,
                align="center",
                rtl=lang in RTL_LANGUAGES,
                color=GREY,
                max_width=slot - 10,
            )


def _next_page(c: Canvas, lay: _Layout, doc: CertificateDoc, rest: list[UnitLine], page: int) -> list[UnitLine]:
    _border(c, lay)
    y = lay.height - 56
    draw_text(c, doc.candidate_name, lay.cx, y, 14, bold=True, align="center")
    y -= 16
    draw_text(c, doc.serial, lay.cx, y, 9, align="center", color=GREY)
    y -= 26
    y = _units_heading(c, lay, doc, y, True)
    while rest and y > 60:
        _unit_row(c, lay, rest.pop(0), y, 9, doc)
        y -= 12.5
    label = " / ".join(t for t, _ in _words(doc, "page"))
    draw_text(c, f"{label} {page}", lay.cx, 34, 8, align="center", color=GREY)
    return rest


def draw_certificate(c: Canvas, doc: CertificateDoc, orientation: str = "landscape", qr: QrDrawer = draw_qr) -> int:
    """Draw one certificate onto ``c`` (as many pages as its unit list needs); returns the page count."""
    register_fonts()
    size = landscape(A4) if orientation == "landscape" else portrait(A4)
    c.setPageSize(size)
    lay = _Layout(size[0], size[1], doc.languages[0] in RTL_LANGUAGES)
    rest = _first_page(c, lay, doc, qr)
    c.showPage()
    pages = 1
    while rest:
        pages += 1
        rest = _next_page(c, lay, doc, rest, pages)
        c.showPage()
    return pages


def render_certificates(
    docs: Iterable[CertificateDoc],
    out: str | Path | BinaryIO,
    *,
    orientation: str = "landscape",
    qr: QrDrawer = draw_qr,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write certificates into ONE PDF; ``progress(n)`` is called after each; returns the page count."""
    target = str(out) if isinstance(out, Path) else out
    c = new_canvas(target, pagesize=landscape(A4) if orientation == "landscape" else portrait(A4))
    c.setTitle("Certificates")
    c.setCreator("SkillAssess")
    pages = 0
    for n, doc in enumerate(docs, start=1):
        pages += draw_certificate(c, doc, orientation, qr)
        if progress is not None:
            progress(n)
    c.save()
    return pages


def render_certificate(doc: CertificateDoc, orientation: str = "landscape") -> bytes:
    """One certificate as PDF bytes."""
    buf = io.BytesIO()
    c = new_canvas(buf, pagesize=landscape(A4) if orientation == "landscape" else portrait(A4))
    c.setTitle(f"Certificate {doc.serial}")
    c.setCreator("SkillAssess")
    draw_certificate(c, doc, orientation)
    c.save()
    return buf.getvalue()
