"""Windows sized against the screen they open on: its available area (without the taskbar), not fixed sizes.

The most common screen at the centres is a 1366×768 laptop whose taskbar leaves 1366×728. A window asks
for the size it would like (``fit_to_screen(window, 1280, 780)``) and gets at most what fits there with
its frame and title bar; ``keep_on_screen`` pulls a shown window (or one whose remembered geometry came
from a larger screen) back inside. tests/ui/test_window_fit.py opens every window and registered dialog
on a 1366×728 screen in each language and checks their frames.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The window manager's frame and title bar, as long as the window has not been shown (its frame is
# unknown until then): generous, so that a window sized before showing still fits once framed.
DECORATION = QSize(16, 40)


def available_area(widget: QWidget) -> QRect:
    """The available geometry of the screen ``widget`` is on (or will open on: its parent's, else the primary)."""
    window = widget.window()
    parent = window.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or window.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _decoration(window: QWidget) -> QSize:
    """Frame plus title bar: measured once the window is shown, else the estimate."""
    frame, inner = window.frameGeometry(), window.geometry()
    measured = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    if window.isVisible() and measured.height() > 0:
        return measured
    return DECORATION


def fitting_size(widget: QWidget, width: int, height: int) -> QSize:
    """``width`` × ``height``, made smaller where the screen's available area (less the frame) is smaller."""
    window = widget.window()
    area = available_area(window)
    decoration = _decoration(window)
    return QSize(
        max(1, min(width, area.width() - decoration.width())),
        max(1, min(height, area.height() - decoration.height())),
    )


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize the window ``widget`` to ``width`` × ``height``, or to what fits the available area."""
    widget.window().resize(fitting_size(widget, width, height))


def keep_on_screen(widget: QWidget) -> None:
    """Shrink and move the window ``widget`` so that its frame lies inside the available area."""
    window = widget.window()
    if window.isMaximized() or window.isFullScreen():
        return
    area = available_area(window)
    size = fitting_size(window, window.width(), window.height())
    if size != window.size():
        window.resize(size)
    decoration = _decoration(window)
    frame = QRect(window.frameGeometry().topLeft(), window.size() + decoration)
    x = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)
