"""A small grouped bar chart drawn with QPainter: one group per category, a bar for women and one for men."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# The same colours as the charts of the statistics workbook.
WOMEN_COLOUR = QColor("#C0504D")
MEN_COLOUR = QColor("#4F81BD")


def nice_step(top: int, ticks: int = 5) -> int:
    """A round step (1, 2, 5 times a power of ten) that splits 0..top into about ``ticks`` parts."""
    if top <= ticks:
        return 1
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * power >= raw:
            return int(m * power)
    return int(10 * power)


class SexBarChartWidget(QWidget):
    """Women and men side by side for each category; mirrors itself in right-to-left layouts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._data: list[tuple[str, int, int]] = []
        self._has_data = False  # nothing is drawn until the first numbers arrive
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 200)

    def set_data(self, title: str, data: list[tuple[str, int, int]]) -> None:
        """Show ``data``: (category label, women, men) per category."""
        self._title = title
        self._data = list(data)
        self._has_data = True
        tip = "\n".join(f"{label}: {w} / {m}" for label, w, m in data)
        self.setToolTip(tip)
        self.update()

    def data(self) -> list[tuple[str, int, int]]:
        return list(self._data)

    def title(self) -> str:
        return self._title

    def sizeHint(self) -> QSize:
        return QSize(420, 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._has_data:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.windowText().color()
        grid = QColor(text)
        grid.setAlpha(40)
        fm = QFontMetrics(self.font())
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        locale = QLocale()
        w, h = self.width(), self.height()
        line = fm.height()

        title_font = self.font()
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(text)
        p.drawText(
            QRectF(0, 2, w, line + 2), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, self._title
        )
        p.setFont(self.font())

        # Legend under the title: a swatch and a word for each sex.
        legend = [(WOMEN_COLOUR, self.tr("Women")), (MEN_COLOUR, self.tr("Men"))]
        legend_w = sum(fm.horizontalAdvance(t) + line + 16 for _c, t in legend)
        x = (w - legend_w) / 2
        y = line + 6
        for colour, label_text in reversed(legend) if rtl else legend:
            p.fillRect(QRectF(x, y + 2, line - 4, line - 4), colour)
            p.setPen(text)
            p.drawText(
                QRectF(x + line, y, fm.horizontalAdvance(label_text) + 4, line),
                Qt.AlignmentFlag.AlignVCenter,
                label_text,
            )
            x += fm.horizontalAdvance(label_text) + line + 16

        top_value = max([max(f, m) for _l, f, m in self._data] + [1])
        step = nice_step(top_value)
        top_value = step * math.ceil(top_value / step)
        axis_w = fm.horizontalAdvance(locale.toString(top_value)) + 8
        # A line of room above the plot for the value printed over the tallest bar.
        plot_top = y + line * 2 + 8
        plot = QRectF(axis_w + 4, plot_top, w - axis_w - 12, h - plot_top - line * 2 - 6)
        if rtl:
            plot.moveLeft(8)
        if plot.height() < 20 or plot.width() < 20:
            p.end()
            return

        # Horizontal grid lines with their values on the axis side.
        for v in range(0, top_value + 1, step):
            gy = plot.bottom() - plot.height() * v / top_value
            p.setPen(QPen(grid, 1))
            p.drawLine(int(plot.left()), int(gy), int(plot.right()), int(gy))
            p.setPen(text)
            ax = (
                QRectF(plot.right() + 4, gy - line / 2, axis_w, line) if rtl else QRectF(0, gy - line / 2, axis_w, line)
            )
            align = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
            p.drawText(ax, align | Qt.AlignmentFlag.AlignVCenter, locale.toString(v))

        if not self._data:
            p.setPen(text)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No data for this period"))
            p.end()
            return
        n = len(self._data)
        group_w = plot.width() / n
        bar_w = min(group_w * 0.35, 48.0)
        # Values over the bars in a font small enough to fit a bar's width, or none (the tooltip has them).
        value_font = self.font()
        widest_value = locale.toString(max(max(f, m) for _l, f, m in self._data))
        show_values = fm.horizontalAdvance(widest_value) <= bar_w - 2
        if not show_values and value_font.pointSizeF() > 0:
            value_font.setPointSizeF(value_font.pointSizeF() * 0.8)
            show_values = QFontMetrics(value_font).horizontalAdvance(widest_value) <= bar_w - 2
        for i, (label_text, women, men) in enumerate(self._data):
            slot = (n - 1 - i) if rtl else i
            gx = plot.left() + slot * group_w + group_w / 2
            bars = [(women, WOMEN_COLOUR), (men, MEN_COLOUR)]
            if rtl:
                bars.reverse()
            for k, (value, colour) in enumerate(bars):
                bh = plot.height() * value / top_value
                bx = gx - bar_w + k * bar_w
                rect = QRectF(bx + 1, plot.bottom() - bh, bar_w - 2, bh)
                p.fillRect(rect, colour)
                if value and show_values:
                    p.setPen(text)
                    p.setFont(value_font)
                    p.drawText(
                        QRectF(bx, rect.top() - line, bar_w, line),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                        locale.toString(value),
                    )
                    p.setFont(self.font())
            p.setPen(text)
            elided = fm.elidedText(label_text, Qt.TextElideMode.ElideRight, int(group_w) - 4)
            p.drawText(
                QRectF(gx - group_w / 2, plot.bottom() + 4, group_w, line * 2),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                elided,
            )
        p.setPen(QPen(text, 1))
        p.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))
        p.end()
