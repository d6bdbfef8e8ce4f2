"""Dates (issue 13, item 6): one date field that takes what people type, opens a date of birth at a
plausible year and drops "Not given" when typing starts; one date convention in lists, dialogs and filters."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from skillassess.ui.app import create_application
from skillassess.ui.dates import DateField, date_text, datetime_text, parse_date

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2001-05-14", dt.date(2001, 5, 14)),
        ("20010514", dt.date(2001, 5, 14)),
        ("14/05/2001", dt.date(2001, 5, 14)),
        ("14.5.2001", dt.date(2001, 5, 14)),
        ("14-05-2001", dt.date(2001, 5, 14)),
        ("14 5 2001", dt.date(2001, 5, 14)),
        ("14/5/01", dt.date(2001, 5, 14)),
        ("3/4/85", dt.date(1985, 4, 3)),  # day first, two-digit year in the nearest past century
        ("05/14/2001", dt.date(2001, 5, 14)),  # month first only where nothing else makes sense
        ("١٤/٠٥/٢٠٠١", dt.date(2001, 5, 14)),  # Arabic-Indic digits
        ("  ", None),
    ],
)
def test_parse_date(typed: str, expected: dt.date | None) -> None:
    assert parse_date(typed, TODAY) == expected


@pytest.mark.parametrize("typed", ["31/02/2001", "Not given20010514", "14/13/14/2001", "2001-5", "yesterday"])
def test_parse_date_refuses_what_is_no_date(typed: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the text itself, or datetime's "day is out of range"
        parse_date(typed, TODAY)


def test_one_convention_and_no_zone_names() -> None:
    assert date_text(dt.date(2026, 9, 10)) == "10/09/2026"
    assert date_text(None) == ""
    stamp = dt.datetime(2026, 9, 10, 8, 5, tzinfo=dt.UTC)
    shown = datetime_text(stamp)
    local = stamp.astimezone()
    assert shown == f"{local:%d/%m/%Y %H:%M}"
    assert "UTC" not in shown and "Coordinated" not in shown and "GMT" not in shown


def _field(qtbot, **kwargs):
    create_application()
    field = DateField(**kwargs)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    return field


def test_typing_replaces_not_given(qtbot) -> None:
    field = _field(qtbot, optional=True, years_back=25, maximum=TODAY)
    assert field.value() is None and field.edit.text() == "" and field.edit.placeholderText() == "Not given"
    changes: list[object] = []
    field.dateChanged.connect(changes.append)
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "20010514")
    assert field.value() == dt.date(2001, 5, 14)  # what is typed counts before the field is left
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.edit.text() == "14/05/2001" and changes == [dt.date(2001, 5, 14)]
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "2/3/1999")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.value() == dt.date(1999, 3, 2) and field.edit.text() == "02/03/1999"
    field.edit.clear()
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.value() is None and field.problem() is None


def test_a_typed_mistake_is_said_and_kept(qtbot) -> None:
    field = _field(qtbot, value=dt.date(2000, 1, 1), maximum=TODAY)
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "31/02/2001")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.edit.text() == "31/02/2001"  # kept to correct, not thrown away
    assert "31/02/2001 is not a date" in (field.problem() or "")
    assert field.edit.property("invalid") is True
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "01/01/2099")
    assert "may not be after 30/11/2026" in (field.problem() or "")


def test_the_calendar_of_a_date_of_birth_opens_at_a_plausible_year(qtbot) -> None:
    field = _field(qtbot, optional=True, years_back=25, maximum=dt.date.today())
    field.prepare_calendar()  # what show_calendar() shows (a pop-up menu: not offscreen)
    assert field.calendar.yearShown() == dt.date.today().year - 25
    field.calendar.clicked.emit(field.calendar.selectedDate().addDays(3))
    assert field.value() is not None and field.value().year == dt.date.today().year - 25
    other = _field(qtbot)  # not a date of birth: today, this month
    other.prepare_calendar()
    assert other.calendar.yearShown() == dt.date.today().year and other.value() == dt.date.today()


def test_the_candidate_form_takes_a_typed_date_of_birth(qtbot, demo_db, demo_actor) -> None:
    from skillassess.ui.candidate_dialogs import CandidateDialog

    create_application()
    dlg = CandidateDialog(demo_db, demo_actor("admin"))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.date_of_birth.edit.setFocus()
    qtbot.keyClicks(dlg.date_of_birth.edit, "20010514")
    assert dlg.data().date_of_birth == dt.date(2001, 5, 14)
    dlg.date_of_birth.edit.clear()
    qtbot.keyClicks(dlg.date_of_birth.edit, "14/13/2001")
    assert dlg.save() is False
    assert "14/13/2001 is not a date" in dlg.messages["date_of_birth"].text()


def test_lists_show_the_same_dates_as_the_dialogs(qtbot, demo_db, demo_actor) -> None:
    from skillassess.ui.main_window import MainWindow
    from skillassess.ui.pages.assessments import AssessmentsPage

    create_application()
    w = MainWindow(demo_db, demo_actor("admin"))
    qtbot.addWidget(w)
    w.show()
    page = w.show_page(AssessmentsPage)
    row = page.model.row(0)
    assert page.model.index(0, 0).data() == row.date.strftime("%d/%m/%Y")
