"""Fonts for PDFs: Noto Sans for Latin, Arabic and Ethiopic script, and text marked up to use them.

ReportLab has no font fallback and no Arabic shaping: ``markup`` splits text into runs by script,
shapes and reorders Arabic runs (arabic-reshaper + python-bidi) and wraps each run in the font
that has its glyphs. Ethiopic needs no shaping. User text is escaped for Paragraph markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from skillassess.formats import certificate_fonts as cf

FONT_DIR = cf.FONT_DIR


@dataclass(frozen=True)
class FontNames:
    latin: str = cf.font_name(cf.LATIN)
    arabic: str = cf.font_name(cf.ARABIC)
    ethiopic: str = cf.font_name(cf.ETHIOPIC)


FONTS = FontNames()


def register_fonts() -> FontNames:
    """Register the bundled fonts with ReportLab (once, shared with the certificates) and return their names."""
    cf.register_fonts()
    return FONTS


def script_of(ch: str) -> str | None:
    """'arabic', 'ethiopic', 'latin', or None for characters every font has (spaces, digits, punctuation)."""
    cp = ord(ch)
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFDFF \
            or 0xFE70 <= cp <= 0xFEFF:
        return "arabic"
    if 0x1200 <= cp <= 0x139F or 0x2D80 <= cp <= 0x2DDF or 0xAB00 <= cp <= 0xAB2F:
        return "ethiopic"
    if ch.isspace() or ch.isdigit() or not ch.isalpha():
        return None
    return "latin"


def script_runs(text: str) -> list[tuple[str, str]]:
    """Split text into (script, run); neutral characters join the run they are in."""
    runs: list[list[str]] = []
    current = "latin"
    for ch in text:
        script = script_of(ch)
        if script is None or script == current:
            if not runs:
                runs.append([current, ""])
            runs[-1][1] += ch
            continue
        if runs and runs[-1][1].strip() == "" and runs[-1][0] != script:
            runs[-1][0] = script  # leading neutral characters belong to the first real run
            runs[-1][1] += ch
        else:
            runs.append([script, ch])
        current = script
    return [(s, t) for s, t in runs]


def visual_arabic(text: str) -> str:
    """Arabic text shaped (joined letter forms) and in visual order, for drawing left to right."""
    return cf.visual(text, rtl=True)


def markup(text: str, fonts: FontNames = FONTS) -> str:
    """Paragraph markup for user text in any of the three scripts (escaped, shaped, per-run fonts)."""
    out = []
    for script, run in script_runs(text):
        if script == "arabic":
            # Keep the spaces around an Arabic run where they were; shape only the run itself.
            stripped = run.strip()
            lead = run[: len(run) - len(run.lstrip())]
            trail = run[len(run.rstrip()):]
            out.append(f'{escape(lead)}<font name="{fonts.arabic}">{escape(visual_arabic(stripped))}</font>{escape(trail)}')
        elif script == "ethiopic":
            out.append(f'<font name="{fonts.ethiopic}">{escape(run)}</font>')
        else:
            out.append(escape(run))
    return "".join(out)


def has_rtl(text: str) -> bool:
    return any(script_of(ch) == "arabic" for ch in text)
