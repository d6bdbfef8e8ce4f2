"""What every window shares in looks beyond the platform's style: read-only fields that look read-only,
navigation rows with room to breathe. Colours come from the palette, so a dark theme stays dark."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

# A read-only field has the window's background, not the white of a field that takes typing; its text can
# still be selected and copied.
STYLE_SHEET = """
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"], QTextEdit[readOnly="true"],
QAbstractSpinBox[readOnly="true"] {
    background: palette(window);
}
QListWidget#navigation::item {
    padding: 0px 6px;
}
"""


def apply_look(app: QApplication) -> None:
    """Add our style sheet to the application's (once)."""
    sheet = app.styleSheet()
    if STYLE_SHEET not in sheet:
        app.setStyleSheet(sheet + STYLE_SHEET)
