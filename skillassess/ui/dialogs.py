"""Dialogs that can be opened without a particular record, for tests that open every dialog.

``DIALOG_FACTORIES`` lists functions ``(state, parent) -> QDialog`` that build a dialog without
showing it. Features append theirs (e.g. ``DIALOG_FACTORIES.append(ImportDialog)`` when the class
takes ``(state, parent)``, or a small function that builds one for a record of the demo data).
tests/test_i18n_gui.py opens each in every language and fails on untranslated or clipped text.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from skillassess import __version__
from skillassess.core.errors import ValidationError
from skillassess.ui.errors import error_box
from skillassess.ui.i18n import ltr
from skillassess.ui.state import AppState

DialogFactory = Callable[[AppState, QWidget], QDialog]


def about_box(state: AppState, parent: QWidget) -> QMessageBox:
    """Help → About SkillAssess."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("MainWindow", "About SkillAssess"))
    box.setText(
        translate(
            "MainWindow",
            "<h3>SkillAssess %1</h3><p>Competency standards, practical assessments, "
            "Recognition of Prior Learning and certificates for TVET centres, offline.</p>"
            "<p>Database: %2</p>",
        ).replace("%1", __version__).replace("%2", html.escape(ltr(state.db.name)))
    )
    return box


def restart_box(state: AppState, parent: QWidget, language_name: str = "English") -> QMessageBox:
    """Asked after a language was chosen: the interface shows it fully after a restart."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("MainWindow", "Language"))
    box.setText(
        translate("MainWindow", "SkillAssess will be shown in %1 after a restart. Nothing you saved is lost.")
        .replace("%1", language_name)
    )
    box.setInformativeText(translate("MainWindow", "Restart now?"))
    restart = box.addButton(translate("MainWindow", "Restart now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("MainWindow", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restart)
    return box


def _sample_error_box(state: AppState, parent: QWidget) -> QMessageBox:
    return error_box(parent, RuntimeError("an example of an unexpected error (translation test)"))


def _sample_domain_error_box(state: AppState, parent: QWidget) -> QMessageBox:
    return error_box(parent, ValidationError("ACC-2026-00001: the date of birth is missing."))


def _progress_dialog(state: AppState, parent: QWidget) -> QDialog:
    from skillassess.ui.tasks import Task

    task = Task(lambda progress: None, parent=parent, title="SkillAssess", label="…")
    dialog = task._dialog
    assert dialog is not None
    return dialog


# Functions (state, parent) -> QDialog, not shown yet. Append yours.
DIALOG_FACTORIES: list[DialogFactory] = [
    about_box,
    restart_box,
    _sample_error_box,
    _sample_domain_error_box,
    _progress_dialog,
]
