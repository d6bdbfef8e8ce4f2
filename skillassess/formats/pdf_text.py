"""Text in PDFs: the bundled OFL Noto fonts (Latin, Arabic, Ethiopic) and the one way every PDF draws text.

ReportLab has no font fallback and no Arabic shaping. This module registers the fonts, splits a line
into runs of one font each (a letter goes to its script's font; a space, digit or punctuation mark stays
in the font of the run it is in when that font has the glyph, otherwise it goes to the first bundled font
that has it, so nothing prints as a box), and shapes Arabic (contextual forms with arabic-reshaper, visual
order with python-bidi). Text is always drawn as plain strings on the canvas, never as Paragraph
mark-up, so user text such as ``<b>Ali & Sons</b>`` prints exactly as written.

- ``draw_text`` draws one line (certificates, footers); ``wrap_lines`` breaks text into lines in logical
  order, each shaped and reordered on its own (so a long Arabic comment reads top to bottom).
- ``TextBlock`` is the platypus flowable for user text in flowing documents (records, checklists).
- ``new_canvas`` and ``doc_template`` make a canvas or document whose initial font is an embedded Noto
  font: reportlab otherwise names Helvetica on every page, an unembedded font (see ``pdffonts``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, TableStyle

from skillassess.resources import fonts_dir

FONT_DIR = fonts_dir()

LATIN, ARABIC, ETHIOPIC = "latin", "arabic", "ethiopic"
SCRIPTS = (LATIN, ARABIC, ETHIOPIC)  # also the order in which a neutral character looks for a font
_FILES = {
    (LATIN, False): "NotoSans-Regular.ttf",
    (LATIN, True): "NotoSans-Bold.ttf",
    (ARABIC, False): "NotoSansArabic-Regular.ttf",
    (ARABIC, True): "NotoSansArabic-Bold.ttf",
    (ETHIOPIC, False): "NotoSansEthiopic-Regular.ttf",
    (ETHIOPIC, True): "NotoSansEthiopic-Bold.ttf",
}
_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}  # font name -> the code points it has glyphs for


def font_name(script: str = LATIN, bold: bool = False) -> str:
    """The reportlab name of the bundled font for ``script``."""
    return f"SA-{script}-{'bold' if bold else 'regular'}"


def register_fonts() -> None:
    """Register the bundled fonts with reportlab once per process (safe from several threads)."""
    if _coverage:
        return
    with _lock:
        if _coverage:
            return
        found: dict[str, frozenset[int]] = {}
        for (script, bold), filename in _FILES.items():
            path = FONT_DIR / filename
            if not path.exists():
                raise FileNotFoundError(f"The font {path} is missing; reinstall SkillAssess.")
            font = TTFont(font_name(script, bold), str(path))
            pdfmetrics.registerFont(font)
            found[font.fontName] = frozenset(font.face.charToGlyph)
        for script in SCRIPTS:  # <b> in fixed Paragraph wording picks the bold face
            regular, bold_ = font_name(script), font_name(script, True)
            pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold_, italic=regular, boldItalic=bold_)
        _coverage.update(found)


# --- Scripts, shaping, runs ----------------------------------------------------------------------------


def script_of(ch: str) -> str | None:
    """The script of a letter (``LATIN``, ``ARABIC``, ``ETHIOPIC``); None for spaces, digits, punctuation."""
    cp = ord(ch)
    if (
        0x0600 <= cp <= 0x06FF
        or 0x0750 <= cp <= 0x077F
        or 0x08A0 <= cp <= 0x08FF
        or 0xFB50 <= cp <= 0xFDFF
        or 0xFE70 <= cp <= 0xFEFF
    ):
        return ARABIC
    if 0x1200 <= cp <= 0x139F or 0x2D80 <= cp <= 0x2DDF or 0xAB00 <= cp <= 0xAB2F:
        return ETHIOPIC
    if ch.isalpha():
        return LATIN
    return None


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds right-to-left (Arabic) letters."""
    return any(script_of(c) == ARABIC for c in text)


def base_rtl(text: str) -> bool:
    """Whether ``text`` as a paragraph runs right to left: its first letter is Arabic (Unicode rule P2)."""
    for ch in text:
        script = script_of(ch)
        if script is not None:
            return script == ARABIC
    return False


# Directional isolates (U+2066..U+2069), which translated sentences put around names and numbers: the
# python-bidi algorithm used here refuses them, so they are dropped before reordering.
_ISOLATES = {0x2066: None, 0x2067: None, 0x2068: None, 0x2069: None}


def visual(text: str, rtl: bool = False) -> str:
    """One line in the order it is drawn left to right: Arabic shaped and reordered, others unchanged."""
    text = text.translate(_ISOLATES)
    if not has_rtl(text):
        return text
    return str(get_display(arabic_reshaper.reshape(text), base_dir="R" if rtl else "L"))


@dataclass(frozen=True)
class Run:
    text: str
    font: str


def _font_for(ch: str, current: str | None, bold: bool) -> str:
    """The font that draws ``ch``: its script's, else the current run's if it has the glyph, else the first that has."""
    cp = ord(ch)
    script = script_of(ch)
    if script is not None and cp in _coverage[font_name(script, bold)]:
        return font_name(script, bold)
    if current is not None and cp in _coverage[current]:
        return current
    for s in SCRIPTS:
        if cp in _coverage[font_name(s, bold)]:
            return font_name(s, bold)
    return current or font_name(LATIN, bold)  # no bundled font has it: drawn as the font's missing glyph


def runs(text: str, bold: bool = False, rtl: bool = False) -> list[Run]:
    """One line in visual order, split into runs of one font each."""
    register_fonts()
    out: list[Run] = []
    current: str | None = None
    buf: list[str] = []
    for ch in visual(text, rtl):
        font = _font_for(ch, current, bold)
        if font != current and buf:
            assert current is not None
            out.append(Run("".join(buf), current))
            buf = []
        current = font
        buf.append(ch)
    if buf and current is not None:
        out.append(Run("".join(buf), current))
    return out


def text_width(text: str, size: float, bold: bool = False, rtl: bool = False) -> float:
    """The width of one line as drawn (shaped, in its fonts), in points."""
    return float(sum(pdfmetrics.stringWidth(r.text, r.font, size) for r in runs(text, bold, rtl)))


# --- Lines on a canvas ---------------------------------------------------------------------------------


def draw_text(
    c: Canvas,
    text: str,
    x: float,
    y: float,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
    rtl: bool = False,
    color: Color = black,
    max_width: float | None = None,
) -> float:
    """Draw one line of text in mixed scripts; ``align`` is left/center/right of ``x``; returns its width.

    When ``max_width`` is given the size shrinks (down to 60 %) and then the text is cut with an ellipsis.
    """
    if not text:
        return 0.0
    width = text_width(text, size, bold, rtl)
    if max_width is not None and width > max_width:
        size = max(size * max_width / width, size * 0.6)
        width = text_width(text, size, bold, rtl)
        while width > max_width and len(text) > 2:
            text = text[:-2].rstrip() + "…"
            width = text_width(text, size, bold, rtl)
    start = x - width / 2 if align == "center" else x - width if align == "right" else x
    c.setFillColor(color)
    t = c.beginText(start, y)
    for run in runs(text, bold, rtl):
        t.setFont(run.font, size)
        t.textOut(run.text)
    c.drawText(t)
    return width


def _split_word(word: str, size: float, width: float, bold: bool) -> Iterator[str]:
    """A word wider than ``width`` in pieces that fit (a long code or address with no space in it)."""
    piece = ""
    for ch in word:
        if piece and text_width(piece + ch, size, bold) > width:
            yield piece
            piece = ""
        piece += ch
    if piece:
        yield piece


def wrap_lines(text: str, size: float, width: float, *, bold: bool = False, max_lines: int | None = None) -> list[str]:
    """Break one paragraph at spaces into lines no wider than ``width``, in logical order.

    Each line is shaped and reordered on its own when drawn, so lines of right-to-left text follow each
    other from top to bottom. With ``max_lines``, the rest joins the last line (which shrinks to fit).
    """
    space = text_width(" ", size, bold)
    lines: list[str] = []
    current, current_w = "", 0.0
    for word in text.split():
        w = text_width(word, size, bold)
        if w > width:
            pieces = list(_split_word(word, size, width, bold))
            if current:
                lines.append(current)
            lines += pieces[:-1]
            current, current_w = pieces[-1], text_width(pieces[-1], size, bold)
            continue
        if current and current_w + space + w > width:
            lines.append(current)
            current, current_w = word, w
        else:
            current, current_w = (f"{current} {word}", current_w + space + w) if current else (word, w)
    if current:
        lines.append(current)
    if max_lines is not None and len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    return lines


# --- Flowing documents ---------------------------------------------------------------------------------


class TextBlock(Flowable):
    """User text in a flowing document: wrapped, every script in its font, Arabic shaped and right to left.

    Takes the size, leading, colour, alignment and space before/after of a ParagraphStyle (bold when
    the style's font is the bold Noto). Line breaks in the text are kept; each paragraph's direction
    comes from its first letter, and a right-to-left paragraph is aligned to the right. Splits across
    pages between lines.
    """

    def __init__(self, text: str, style: ParagraphStyle, *, lines: list[tuple[str, bool]] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.size = float(style.fontSize)
        self.leading = float(style.leading)
        self.bold = style.fontName == font_name(LATIN, True)
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._lines = lines
        self._wrapped_for: float | None = None

    def _layout(self, width: float) -> list[tuple[str, bool]]:
        if self._lines is not None:
            return self._lines
        out: list[tuple[str, bool]] = []
        for paragraph in self.text.split("\n"):
            rtl = base_rtl(paragraph)
            out += [(line, rtl) for line in wrap_lines(paragraph, self.size, width, bold=self.bold) or [""]]
        return out

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        register_fonts()
        if self._wrapped_for != availWidth:
            self.lines = self._layout(availWidth)
            self._wrapped_for = availWidth
        self.width = availWidth
        self.height = self.leading * len(self.lines) if self.text or self._lines else 0.0
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.leading)
        if fit <= 0 or fit >= len(self.lines):
            return []
        return [
            TextBlock(self.text, self.style, lines=self.lines[:fit]),
            TextBlock(self.text, self.style, lines=self.lines[fit:]),
        ]

    def draw(self) -> None:
        color = self.style.textColor or black
        # The baseline sits so that ascenders and descenders share the line's spare height.
        drop = (self.leading - self.size) / 2 + self.size * 0.85
        for n, (line, rtl) in enumerate(self.lines):
            y = self.height - n * self.leading - drop
            if self.style.alignment == TA_CENTER:
                draw_text(
                    self.canv, line, self.width / 2, y, self.size, bold=self.bold, align="center", rtl=rtl, color=color
                )
            elif rtl != (self.style.alignment == TA_RIGHT):
                draw_text(
                    self.canv, line, self.width, y, self.size, bold=self.bold, align="right", rtl=rtl, color=color
                )
            else:
                draw_text(self.canv, line, 0, y, self.size, bold=self.bold, rtl=rtl, color=color)


def paragraph_style(
    name: str, size: float, leading: float | None = None, *, bold: bool = False, **kw: Any
) -> ParagraphStyle:
    """A ParagraphStyle in the bundled Latin font (for fixed wording; user text goes in a TextBlock)."""
    register_fonts()
    return ParagraphStyle(
        name,
        fontName=font_name(LATIN, bold),
        fontSize=size,
        leading=leading or size * 1.25,
        bulletFontName=font_name(LATIN),
        **kw,
    )


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose cells are set in the bundled Latin font: a Table sets its cells' font before it
    draws them, even cells that hold flowables, and reportlab's default is the unembedded Helvetica."""
    register_fonts()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)), *commands])


_INITIAL: dict[str, Any] = {"initialFontName": font_name(LATIN), "initialFontSize": 10}


def new_canvas(target: str | BinaryIO, **kw: Any) -> Canvas:
    """A reportlab Canvas whose initial font is the embedded Noto Sans (not reportlab's unembedded Helvetica)."""
    register_fonts()
    return Canvas(target, **_INITIAL, **kw)


def record_template(target: str | BinaryIO, *, title: str, author: str) -> SimpleDocTemplate:
    """The A4 page of the printed records (assessment record, self-assessment checklist): one set of margins."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    return doc_template(
        target,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=author,
    )


def doc_template(target: str | BinaryIO, **kw: Any) -> SimpleDocTemplate:
    """A SimpleDocTemplate whose pages start in the embedded Noto Sans (see ``new_canvas``)."""
    register_fonts()
    return SimpleDocTemplate(target, **_INITIAL, **kw)
