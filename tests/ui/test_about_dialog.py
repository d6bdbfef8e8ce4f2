"""Help → About SkillAssess: version, data folder, and every bundled component with its licence text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from skillassess import __version__
from skillassess.ui.about_dialog import AboutDialog
from skillassess.ui.app import create_application
from skillassess.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_db):
    create_application()
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    return w


def row_of(dialog: AboutDialog, name: str) -> int:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, dialog.COL_NAME).text() == name:
            return row
    raise AssertionError(f"{name} is not listed")


def test_about_shows_version_data_folder_and_database(window, qtbot) -> None:
    dialog = AboutDialog(window.state, window)
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"SkillAssess {__version__}" in shown
    assert os.environ["SKILLASSESS_DATA_DIR"] in shown
    assert "demo.sqlite3" in shown
    assert not dialog.findChild(QLabel, "about_details").text().count("%")  # every placeholder filled


def test_licences_of_qt_fonts_and_libraries_with_their_texts(window, qtbot) -> None:
    dialog = AboutDialog(window.state, window)
    qtbot.addWidget(dialog)
    licence = {
        dialog.table.item(r, dialog.COL_NAME).text(): dialog.table.item(r, dialog.COL_LICENSE).text()
        for r in range(dialog.table.rowCount())
    }
    assert licence["Qt"] == "LGPL-3.0-only"
    assert "LGPL-3.0-only" in licence["PySide6_Essentials"]
    assert licence["Noto Sans, Noto Sans Arabic, Noto Sans Ethiopic"] == "OFL-1.1"
    assert licence["SQLAlchemy"] == "MIT"
    assert "BSD" in licence["reportlab"]
    assert licence["SkillAssess"] == "GPL-3.0-or-later"
    dialog.table.selectRow(row_of(dialog, "Noto Sans, Noto Sans Arabic, Noto Sans Ethiopic"))
    assert "SIL OPEN FONT LICENSE" in dialog.text.toPlainText().upper()
    dialog.table.selectRow(row_of(dialog, "Qt"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
    dialog.table.selectRow(row_of(dialog, "SQLAlchemy"))
    assert "Permission is hereby granted" in dialog.text.toPlainText()


def test_a_missing_licence_text_is_said_in_one_sentence(window, qtbot, monkeypatch, tmp_path: Path) -> None:
    dialog = AboutDialog(window.state, window)
    qtbot.addWidget(dialog)
    item = dialog.licenses[0]
    monkeypatch.setattr(
        dialog, "licenses", [type(item)(item.name, item.version, item.license, tmp_path / "gone.txt", "")]
    )
    dialog.show_license(0)
    assert (
        dialog.text.toPlainText()
        == f"The licence text \u2066{tmp_path / 'gone.txt'}\u2069 is missing: reinstall SkillAssess."
    )


def test_help_menu_opens_the_about_dialog(window, qtbot) -> None:
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        dialog.close()

    QTimer.singleShot(0, close_it)
    window.about_action.trigger()
    assert seen == ["AboutDialog"]


def test_every_window_has_the_application_icon(window) -> None:
    icon = QApplication.instance().windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
    assert not window.windowIcon().isNull()
