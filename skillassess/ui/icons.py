"""The icons of the navigation and the main actions: one set (Tabler Icons, MIT), painted in the palette.

The SVGs under ``skillassess/resources/icons/tabler`` draw with ``currentColor``; each is rendered
here in the palette's text colour (and a dimmed one when disabled), so that the icons follow a dark
or light theme. They are rendered with QSvgRenderer directly, not through Qt's SVG icon plugin.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from skillassess.resources import action_icons_dir

SIZES = (16, 20, 24, 32, 48)

# What each action or page shows, by meaning; the file names are Tabler's.
NAMES = {
    "home": "home",
    "standards": "books",
    "candidates": "users",
    "assessments": "clipboard-check",
    "certificates": "certificate",
    "reports": "chart-bar",
    "users": "user-cog",
    "audit": "history",
    "add": "plus",
    "edit": "pencil",
    "import": "file-import",
    "export": "file-export",
    "print": "printer",
    "pdf": "file-type-pdf",
    "plan": "calendar-plus",
    "progress": "progress-check",
    "search": "search",
    "refresh": "refresh",
    "open": "folder-open",
    "calendar": "calendar",
    "verify": "circle-check",
    "return": "arrow-back-up",
    "new-database": "database-plus",
    "backup": "database-export",
    "restore": "database-import",
    "sign-out": "logout",
    "switch-user": "switch-horizontal",
    "about": "info-circle",
    "check": "shield-check",
    "add-user": "user-plus",
    "go": "arrow-right",
    "details": "list-details",
    "key": "key",
    "preview": "eye",
    "delete": "trash",
    "close": "x",
}


def _svg(name: str) -> bytes:
    path = action_icons_dir() / f"{NAMES.get(name, name)}.svg"
    return path.read_bytes()


def _pixmap(svg: bytes, color: QColor, size: int, ratio: float) -> QPixmap:
    coloured = svg.replace(b"currentColor", color.name().encode("ascii"))
    renderer = QSvgRenderer(QByteArray(coloured))
    side = max(1, round(size * ratio))
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@cache
def _icon(name: str, text: str, disabled: str, ratio: float) -> QIcon:
    svg = _svg(name)
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(_pixmap(svg, QColor(text), size, ratio), QIcon.Mode.Normal)
        icon.addPixmap(_pixmap(svg, QColor(disabled), size, ratio), QIcon.Mode.Disabled)
    return icon


def icon(name: str) -> QIcon:
    """The icon for ``name`` (a key of NAMES, or a Tabler file name), in the palette's colours."""
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    ratio = app.devicePixelRatio() if isinstance(app, QApplication) else 1.0
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    return _icon(name, text, disabled, float(ratio))
