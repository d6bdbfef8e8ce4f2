"""The application icon: the SVG drawn for SkillAssess, its PNG sizes and the Windows .ico made from it."""

from __future__ import annotations

import struct

from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from skillassess.resources import icons_dir

from helpers import ROOT

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_svg_is_valid_and_square() -> None:
    renderer = QSvgRenderer(str(icons_dir() / "skillassess.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height() == 512


def test_each_png_size_is_drawn_and_not_blank(qapp) -> None:
    for size in SIZES:
        image = QImage(str(icons_dir() / f"skillassess-{size}.png"))
        assert (image.width(), image.height()) == (size, size), size
        alphas = {image.pixelColor(x, y).alpha() for x in range(size) for y in range(size)}
        assert 0 in alphas and 255 in alphas, f"{size}: the icon should be a shape on a transparent ground"
        centre = image.pixelColor(size // 2, size // 2)
        assert centre.alpha() == 255, size


def test_windows_ico_holds_every_size_up_to_256() -> None:
    data = (ROOT / "packaging" / "windows" / "skillassess.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, height = struct.unpack_from("<BB", data, 6 + 16 * i)
        sizes.add((width or 256, height or 256))
    assert sizes == {(s, s) for s in SIZES if s <= 256}


def test_every_window_shows_it(qapp) -> None:
    from skillassess.ui.app import application_icon, create_application

    create_application()
    assert not qapp.windowIcon().isNull()
    assert sorted(s.width() for s in application_icon().availableSizes()) == list(SIZES)
