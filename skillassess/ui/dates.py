"""Dates as the interface shows and takes them: one convention everywhere, and one date field.

One convention in lists, dialogs and filters, in every language: day/month/year with four-digit years
(14/05/2001), the order used in every country of the centres, never a two-digit year; times in the
computer's time zone as 24-hour hours and minutes, without a zone name. Western digits, so that a
date reads the same in an Arabic list as on the certificate.

:class:`DateField` is the date entry of every dialog: it takes what people type (14/05/2001,
14.5.2001, 2001-05-14, 20010514, Arabic-Indic digits too), has a calendar button, shows "Not given"
as a placeholder when the date is optional (typing replaces it), and opens the calendar at a
plausible year (for a date of birth, some twenty-five years ago, not January 1900).
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from skillassess.ui.icons import icon

DATE_FORMAT = "dd/MM/yyyy"  # Qt's notation; the Python one below says the same
_PY_FORMAT = "%d/%m/%Y"


def date_text(value: dt.date | None) -> str:
    """``value`` as every list and dialog shows a date ("" for None)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.strftime(_PY_FORMAT)


def datetime_text(value: dt.datetime | None) -> str:
    """A time stamp in the computer's time zone: date, hours and minutes, no zone name."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)  # the database stores UTC
    local = value.astimezone()
    return f"{local.strftime(_PY_FORMAT)} {local:%H:%M}"


_SEPARATED = re.compile(r"^\s*(\d{1,4})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,4})\s*$")
_COMPACT = re.compile(r"^\s*(\d{8})\s*$")


def _year(text: str, today: dt.date) -> int:
    year = int(text)
    if len(text) <= 2:  # 01 -> 2001, 85 -> 1985: the nearest past century
        century = today.year - today.year % 100
        year += century if year <= today.year % 100 else century - 100
    return year


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date ``text`` means, or None when it is empty. Raises ValueError when it is not a date.

    Year first (2001-05-14, 20010514) or day first (14/05/2001, 14.5.01); a month-first date is
    taken only when it cannot be read otherwise (05/14/2001).
    """
    today = today or dt.date.today()
    text = text.strip()
    if not text:
        return None
    m = _COMPACT.match(text)
    if m:
        digits = m.group(1)
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    m = _SEPARATED.match(text)
    if not m:
        raise ValueError(text)
    a, b, c = m.groups()
    if len(a) >= 3:  # year first: 2001-05-14
        return dt.date(int(a), int(b), int(c))
    day, month, year = int(a), int(b), _year(c, today)
    if month > 12 and day <= 12:  # only a month-first reading makes sense: 05/14/2001
        day, month = month, day
    return dt.date(year, month, day)


def _qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value is not None else QDate()


def _pydate(value: QDate | dt.date | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
    return value


class DateField(QWidget):
    """A date entry: type it, or pick it in the calendar. ``value()`` is a ``datetime.date`` or None.

    ``optional``: may be left empty ("Not given" shows until something is typed). ``years_back``: where
    the calendar opens while the field is empty (25 for a date of birth; 0: this month).
    """

    dateChanged = Signal(object)  # the new value (datetime.date or None), after typing or picking

    def __init__(
        self,
        value: dt.date | QDate | None = None,
        *,
        optional: bool = False,
        years_back: int = 0,
        minimum: dt.date | None = None,
        maximum: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.years_back = years_back
        self._minimum = minimum or dt.date(1900, 1, 1)
        self._maximum = maximum or dt.date(9999, 12, 31)
        self._value: dt.date | None = None
        self.edit = QLineEdit()
        self.edit.setObjectName("date_text")
        # Dates read left to right in Arabic too (as on the certificates).
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # At the side where the form's fields start: the left, or the right in Arabic.
        leading = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.edit.setAlignment(leading | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.edit.setPlaceholderText(self.tr("Not given") if optional else self.tr("dd/mm/yyyy"))
        self.edit.setToolTip(
            self.tr("Type the date as 14/05/2001 or 2001-05-14, or pick it in the calendar (Alt+Down).")
        )
        self.edit.setMaxLength(20)
        width = self.edit.fontMetrics().horizontalAdvance("00/00/00000") + 16
        self.edit.setMinimumWidth(width)
        self.edit.editingFinished.connect(self._typed)
        self.edit.textEdited.connect(lambda _t: self._mark(None))
        self.edit.installEventFilter(self)
        self.button = QToolButton()
        self.button.setObjectName("calendar_button")
        self.button.setIcon(icon("calendar"))
        self.button.setToolTip(self.tr("Choose in the calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        start = _pydate(value)
        self.setValue(start if start is not None or optional else dt.date.today())

    # Value ----------------------------------------------------------------------------------------
    def value(self) -> dt.date | None:
        """The date shown (what is typed counts, even before the field is left); None when empty or unreadable."""
        try:
            parsed = parse_date(self.edit.text())
        except ValueError:
            return self._value
        if parsed is not None and not self._minimum <= parsed <= self._maximum:
            return self._value
        return parsed

    def setValue(self, value: dt.date | None) -> None:
        if value is None and not self.optional:
            value = dt.date.today()
        if value is not None:
            value = min(max(value, self._minimum), self._maximum)
        changed = value != self._value
        self._value = value
        self.edit.setText(date_text(value))
        self._mark(None)
        if changed:
            self.dateChanged.emit(value)

    def problem(self) -> str | None:
        """Why the typed text is not an acceptable date (None when it is)."""
        text = self.edit.text().strip()
        if not text:
            return None if self.optional else self.tr("Give a date.")
        try:
            parsed = parse_date(text)
        except ValueError:
            return self.tr("%1 is not a date: type it as 14/05/2001 or 2001-05-14.").replace("%1", text)
        assert parsed is not None
        if parsed < self._minimum:
            return self.tr("The date may not be before %1.").replace("%1", date_text(self._minimum))
        if parsed > self._maximum:
            return self.tr("The date may not be after %1.").replace("%1", date_text(self._maximum))
        return None

    # QDateEdit's names, for the code that used it.
    def date(self) -> QDate:
        return _qdate(self.value())

    def setDate(self, value: QDate | dt.date | None) -> None:
        self.setValue(_pydate(value))

    def setMinimumDate(self, value: QDate | dt.date) -> None:
        self._minimum = _pydate(value) or self._minimum

    def setMaximumDate(self, value: QDate | dt.date) -> None:
        self._maximum = _pydate(value) or self._maximum

    def clear(self) -> None:
        self.setValue(None)

    # Typing and picking ---------------------------------------------------------------------------
    def _typed(self) -> None:
        problem = self.problem()
        if problem is not None:
            self._mark(problem)
            return
        self.setValue(parse_date(self.edit.text()))

    def _mark(self, problem: str | None) -> None:
        self.edit.setProperty("invalid", problem is not None)
        self.edit.setStyleSheet("QLineEdit { border: 1px solid #b00020; }" if problem else "")
        self.edit.setToolTip(
            problem or self.tr("Type the date as 14/05/2001 or 2001-05-14, or pick it in the calendar (Alt+Down).")
        )

    def show_calendar(self) -> None:
        self.prepare_calendar()
        below = self.mapToGlobal(QPoint(0, self.height()))
        if self.isRightToLeft():
            below = self.mapToGlobal(QPoint(self.width() - self.menu.sizeHint().width(), self.height()))
        self.calendar.setFocus()
        self.menu.popup(below)

    def prepare_calendar(self) -> None:
        """Show the month of the date in the calendar, or a plausible one when the field is empty."""
        current = self.value()
        start = current
        if start is None:
            today = dt.date.today()
            start = today.replace(year=today.year - self.years_back, day=1) if self.years_back else today
            start = min(max(start, self._minimum), self._maximum)
        self.calendar.setDateRange(_qdate(self._minimum), _qdate(self._maximum))
        self.calendar.setSelectedDate(_qdate(start))
        self.calendar.setCurrentPage(start.year, start.month)

    def _picked(self, value: QDate) -> None:
        self.menu.close()
        self.setValue(_pydate(value))
        self.edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.show_calendar()
                return True
        return super().eventFilter(watched, event)
