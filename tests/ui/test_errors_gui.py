"""The GUI's one error dialog: database errors as one translated sentence, never SQL or the driver's text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from skillassess.core.errors import DatabaseOpenError
from skillassess.db.database import open_database
from skillassess.db.errors import DatabaseProblem, problem_message
from skillassess.logfile import log_path, setup_logging
from skillassess.ui.errors import database_problem_text, error_box, install_excepthook
from skillassess.ui.i18n import install_language

from driver_errors import LEAKS, real_errors


def _no_leak(text: str) -> None:
    for leak in LEAKS:
        assert leak not in text, text


def test_every_database_problem_is_one_sentence_in_the_dialog(qtbot, tmp_path: Path) -> None:
    setup_logging()
    errors = real_errors(tmp_path)
    assert set(errors) == set(DatabaseProblem) - {DatabaseProblem.UNREACHABLE, DatabaseProblem.OTHER}
    for problem, error in errors.items():
        box = error_box(None, error)
        # The same English sentence as the command line's.
        assert box.text() == database_problem_text(problem) == str(problem_message(problem))
        _no_leak(box.text())
    assert "database is locked" in log_path().read_text(encoding="utf-8")  # the details are in the log file


def test_an_unreachable_server_when_opening(qtbot) -> None:
    pytest.importorskip("psycopg")
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(f"postgresql+psycopg://u:p@127.0.0.1:{port}/x")
    text = error_box(None, caught.value).text()
    assert text == database_problem_text(DatabaseProblem.UNREACHABLE)
    _no_leak(text)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_database_sentences_are_translated(qtbot, tmp_path: Path, language: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    errors = real_errors(tmp_path)
    install_language(app, language)
    try:
        for problem in DatabaseProblem:
            text = database_problem_text(problem)
            assert text and text != str(problem_message(problem)), (language, problem)
        for error in errors.values():
            _no_leak(error_box(None, error).text())
    finally:
        install_language(app, "en")


def test_a_database_error_escaping_a_slot_reaches_the_dialog(qtbot, tmp_path: Path, monkeypatch) -> None:
    error = real_errors(tmp_path)[DatabaseProblem.BUSY]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_excepthook()
    button = QPushButton("Save")
    qtbot.addWidget(button)

    def save() -> None:
        raise error

    button.clicked.connect(save)
    shown: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, close_box)

    QTimer.singleShot(20, close_box)
    button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [database_problem_text(DatabaseProblem.BUSY)]
