"""Fonts for certificates: the bundled OFL Noto fonts (Latin, Arabic, Ethiopic) registered with reportlab.

Also splits a line of text into runs by script, so each run is drawn with a font that has its
letters, and shapes Arabic (contextual forms with arabic-reshaper, visual order with python-bidi),
which reportlab does not do by itself.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from skillassess.resources import fonts_dir

FONT_DIR = fonts_dir()

LATIN, ARABIC, ETHIOPIC = "latin", "arabic", "ethiopic"
_FILES = {
    (LATIN, False): "NotoSans-Regular.ttf",
    (LATIN, True): "NotoSans-Bold.ttf",
    (ARABIC, False): "NotoSansArabic-Regular.ttf",
    (ARABIC, True): "NotoSansArabic-Bold.ttf",
    (ETHIOPIC, False): "NotoSansEthiopic-Regular.ttf",
    (ETHIOPIC, True): "NotoSansEthiopic-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


def font_name(script: str, bold: bool = False) -> str:
    """The reportlab name of the font for ``script``."""
    return f"SA-{script}-{'bold' if bold else 'regular'}"


def register_fonts() -> None:
    """Register the bundled fonts with reportlab once per process."""
    global _registered
    with _lock:
        if _registered:
            return
        for (script, bold), filename in _FILES.items():
            path = FONT_DIR / filename
            if not path.exists():
                raise FileNotFoundError(f"The certificate font {path} is missing; reinstall SkillAssess.")
            pdfmetrics.registerFont(TTFont(font_name(script, bold), str(path)))
        _registered = True


def script_of(ch: str) -> str | None:
    """The script whose font draws ``ch``; None for neutral characters (spaces, punctuation)."""
    cp = ord(ch)
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        return ARABIC
    if 0x1200 <= cp <= 0x139F or 0x2D80 <= cp <= 0x2DDF or 0xAB00 <= cp <= 0xAB2F:
        return ETHIOPIC
    if ch.isspace():
        return None
    return LATIN


def has_arabic(text: str) -> bool:
    return any(script_of(c) == ARABIC for c in text)


def visual(text: str, rtl: bool = False) -> str:
    """Text in the order it is drawn left to right: Arabic shaped and reordered, others unchanged."""
    if not has_arabic(text):
        return text
    return str(get_display(arabic_reshaper.reshape(text), base_dir="R" if rtl else "L"))


@dataclass(frozen=True)
class Run:
    text: str
    font: str


def runs(text: str, bold: bool = False, rtl: bool = False) -> list[Run]:
    """``text`` in visual order, split into runs of one font each (neutral characters join their neighbour)."""
    shown = visual(text, rtl)
    out: list[Run] = []
    current: str | None = None
    buf: list[str] = []
    for ch in shown:
        s = script_of(ch)
        if s is None or s == current or current is None:
            if current is None and s is not None:
                current = s
            buf.append(ch)
            continue
        out.append(Run("".join(buf), font_name(current, bold)))
        buf, current = [ch], s
    if buf:
        out.append(Run("".join(buf), font_name(current or LATIN, bold)))
    return out


def text_width(text: str, size: float, bold: bool = False, rtl: bool = False) -> float:
    return float(sum(pdfmetrics.stringWidth(r.text, r.font, size) for r in runs(text, bold, rtl)))
