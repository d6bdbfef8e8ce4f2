"""Importing a Moodle framework in the standards page: a preview with the counts and the report, then the import;
exporting a qualification as Moodle CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from moodle_samples import VARIANTS

from skillassess.formats.moodle_csv import COLUMNS
from skillassess.ui.app import create_application
from skillassess.ui.main_window import MainWindow
from skillassess.ui.pages.standards import StandardsPage


@pytest.fixture
def admin_window(qtbot, demo_db):
    from skillassess.services.users import actor_by_username

    create_application()
    with demo_db.session() as s:
        actor = actor_by_username(s, "admin")
    w = MainWindow(demo_db, actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _qualifications(db) -> list[str]:
    from skillassess.services import standards as svc

    with db.session() as s:
        return [q.code for q in svc.list_qualifications(s)]


def test_preview_then_import_or_cancel(admin_window, demo_db, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "framework.csv"
    path.write_bytes(VARIANTS["semicolon.csv"]())
    page = admin_window.show_page(StandardsPage)
    previews: list[tuple[str, str]] = []
    messages: list[str] = []
    page.show_message = lambda title, text: messages.append(text)

    levels_asked: list[int] = []
    page.ask_unit_level = lambda name, levels: levels_asked.append(levels) or 1
    page.confirm_import = lambda text, report: previews.append((text, report)) or False
    page.import_file(str(path), preview=True)
    qtbot.waitUntil(lambda: bool(previews), timeout=10000)
    text, report = previews[0]
    assert (
        "framework.csv holds qualification DR-FW (Driving: road safety): 2 unit(s), 2 element(s), 3 performance" in text
    )
    assert "level 4 and deeper → folded into the text of their criterion" in report
    assert "Not imported (no place in SkillAssess):" in report and "the cross-references of 2 competencies" in report
    qtbot.wait(200)
    assert "DR-FW" not in _qualifications(demo_db) and not messages  # cancelled: nothing written
    assert levels_asked == [4]  # a framework deeper than three levels: the user picks the unit level

    page.confirm_import = lambda text, report: True
    page.import_file(str(path), preview=True)
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    assert "Imported DR-FW version 1: 2 unit(s), 2 element(s), 3 performance criteria." in messages[0]
    assert "the completion rules of 1 competencies: DR-AT1" in messages[0]
    assert "DR-FW" in _qualifications(demo_db)
    assert page.current_row().code == "DR-FW"

    out = tmp_path / "dr.csv"
    page.export_file(page.current_row().ref.id, str(out))
    qtbot.waitUntil(lambda: "Wrote" in admin_window.statusBar().currentMessage(), timeout=10000)
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == COLUMNS and [r[1] for r in rows[1:4]] == ["DR-FW", "DR-A", "DR-A-E1"]


def test_a_bad_file_is_one_sentence_before_any_preview(admin_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    from skillassess.ui import ops

    path = tmp_path / "people.csv"
    path.write_text("name,email\nAda,ada@example.org\n", encoding="utf-8")
    page = admin_window.show_page(StandardsPage)
    shown: list[str] = []
    monkeypatch.setattr(ops, "show_error", lambda parent, error, title=None: shown.append(str(error)))
    page.confirm_import = lambda text, report: pytest.fail("no preview for a bad file")
    page.import_file(str(path), preview=True)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "people.csv: not a Moodle competency framework CSV" in shown[0]


def test_a_deeper_level_can_be_the_unit(admin_window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "framework.csv"
    path.write_bytes(VARIANTS["old.csv"]())
    page = admin_window.show_page(StandardsPage)
    previews: list[str] = []
    page.ask_unit_level = lambda name, levels: 2
    page.confirm_import = lambda text, report: previews.append(text + "\n" + report) or False
    page.import_file(str(path), preview=True)
    qtbot.waitUntil(lambda: bool(previews), timeout=10000)
    assert "2 unit(s), 3 element(s), 3 performance criteria" in previews[0]
    assert "Level 1 is above the units and has no place: 2 competencies (DR-A, DR-B)." in previews[0]


def test_the_unit_level_question_wraps_and_answers(admin_window, qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    page = admin_window.show_page(StandardsPage)
    seen: list[int] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        seen.append(dialog.width())
        dialog.setIntValue(3)
        dialog.accept()

    QTimer.singleShot(200, answer)
    assert page.ask_unit_level("framework.csv", 4) == 3
    assert seen and seen[0] < 700  # the long question wraps instead of widening the dialog past the screen
    QTimer.singleShot(200, lambda: QApplication.activeModalWidget().reject())
    assert page.ask_unit_level("framework.csv", 4) is None
