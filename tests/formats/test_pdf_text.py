"""Text in PDFs: the bundled fonts, a font per run that has every glyph, Arabic shaped, lines in logical order."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.enums import TA_LEFT

from skillassess.formats import pdf_text as pt


def _fonts(text: str) -> list[str]:
    return [r.font.split("-")[1] for r in pt.runs(text)]


def test_fonts_and_licence_are_shipped() -> None:
    from reportlab.pdfbase import pdfmetrics

    pt.register_fonts()
    pt.register_fonts()  # registering twice is harmless
    names = {pt.font_name(s, b) for s in pt.SCRIPTS for b in (False, True)}
    assert len(names) == 6 and names <= set(pdfmetrics.getRegisteredFontNames())
    assert "SIL Open Font License" in (pt.FONT_DIR / "OFL.txt").read_text()


def test_runs_pick_the_font_of_each_script() -> None:
    assert _fonts("Layal ليال خوري (ET) ትዕግስት") == ["latin", "arabic", "latin", "ethiopic"]
    # Digits and brackets are not in Noto Sans Ethiopic: they go to Noto Sans, not to a box.
    assert _fonts("ትዕግስት (12)") == ["ethiopic", "latin"]
    assert _fonts("ትዕግስት። አለሙ") == ["ethiopic"]  # Ethiopic punctuation and the space stay in the run


_TEXT = st.text(st.sampled_from("Ab é,.()-0123456789 ليالخوريٌّ،؟ ትዕግስትአለሙ። «»—…'\"&<>"), max_size=40)


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.booleans(), st.booleans())
def test_every_character_is_drawn_by_a_font_that_has_it(text: str, bold: bool, rtl: bool) -> None:
    for run in pt.runs(text, bold, rtl):
        for ch in run.text:
            assert ord(ch) in pt._coverage[run.font], f"{ch!r} drawn in {run.font}"


def test_arabic_is_shaped_and_put_in_visual_order() -> None:
    (run,) = pt.runs("ليال")
    assert run.font == pt.font_name(pt.ARABIC) and "ليال" not in run.text  # presentation forms
    assert unicodedata.normalize("NFKC", run.text)[::-1] == "ليال"
    assert pt.visual("ELI-C01") == "ELI-C01"  # text without Arabic is left alone


def test_lines_wrap_in_logical_order_and_fit() -> None:
    text = " ".join(["كلمة", "ثانية", "ثالثة"] * 20)
    lines = pt.wrap_lines(text, 10, 120)
    assert len(lines) > 3 and " ".join(lines) == text  # the first words on the first line
    assert all(pt.text_width(line, 10) <= 120 for line in lines)
    long_code = "X" * 200
    assert "".join(pt.wrap_lines(long_code, 10, 100)) == long_code  # a word too long for a line is cut
    assert pt.wrap_lines("a b c d e f", 10, 12, max_lines=2)[-1] == "b c d e f"


def test_text_block_keeps_line_breaks_takes_direction_per_paragraph_and_splits() -> None:
    block = pt.TextBlock("Good work.\nعمل جيد\n" + "word " * 200, pt.paragraph_style("t", 10, 12, alignment=TA_LEFT))
    _width, height = block.wrap(300, 1000)
    assert block.lines[0] == ("Good work.", False) and block.lines[1] == ("عمل جيد", True)
    assert height == 12 * len(block.lines) and len(block.lines) > 4
    first, rest = block.split(300, 12 * 3 + 5)
    assert first.wrap(300, 1000)[1] == 36 and len(rest.wrap(300, 1000)) == 2
    assert first.lines + rest.lines == block.lines
    assert pt.TextBlock("", pt.paragraph_style("t", 10)).wrap(100, 100) == (100, 0.0)
