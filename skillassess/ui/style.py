"""What every window shares in looks beyond the platform's style: read-only fields that look read-only.

A read-only line edit, text box or spin box gets the window's background instead of the white of a field
that takes typing (its text can still be selected and copied). Done with the palette, from an application
event filter, not with a style sheet: a style sheet would replace the application's style (and with it the
right-to-left isolating style of ui/i18n.py). Colours come from the palette, so a dark theme stays dark.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
_WATCHED = (QEvent.Type.Polish, QEvent.Type.ReadOnlyChange)


def is_read_only(widget: QWidget) -> bool:
    if isinstance(widget, QAbstractSpinBox):
        return widget.isReadOnly()
    return bool(getattr(widget, "isReadOnly", lambda: False)())


def paint_read_only(widget: QWidget) -> None:
    """Give a field the window's background while it is read-only, the normal one otherwise."""
    app = QApplication.instance()
    normal = app.palette() if isinstance(app, QApplication) else QPalette()
    palette = QPalette(widget.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        base = normal.color(group, QPalette.ColorRole.Window if is_read_only(widget) else QPalette.ColorRole.Base)
        palette.setColor(group, QPalette.ColorRole.Base, base)
    widget.setPalette(palette)


class _ReadOnlyLook(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _WATCHED and isinstance(watched, _FIELDS):
            paint_read_only(watched)
        return False


_filter: _ReadOnlyLook | None = None


def apply_look(app: QApplication) -> None:
    """Install the read-only look once for the application."""
    global _filter
    if _filter is None:
        _filter = _ReadOnlyLook(app)
        app.installEventFilter(_filter)
