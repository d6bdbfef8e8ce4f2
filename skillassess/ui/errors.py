"""Showing errors to users: domain errors as their plain message, anything else without a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from skillassess.core.errors import DomainError

log = logging.getLogger(__name__)


def error_box(parent: QWidget | None, error: BaseException, title: str | None = None) -> QMessageBox:
    """The message box for ``error`` (not yet shown); unexpected errors are logged with their traceback."""
    if isinstance(error, DomainError):
        text = str(error)
    else:
        log.error("Unexpected error", exc_info=error)
        text = QCoreApplication.translate(
            "Errors", "Something went wrong: %1\nPlease report this with the log file."
        ).replace("%1", str(error))
    return QMessageBox(
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("Errors", "SkillAssess"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """A dialog with the error's plain message; unexpected errors are logged with their traceback."""
    error_box(parent, error, title).exec()
