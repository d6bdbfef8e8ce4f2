"""Showing errors to users: domain errors as their plain message, anything else without a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from skillassess.core.errors import DomainError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """A dialog with the error's plain message; unexpected errors are logged with their traceback."""
    tr = QCoreApplication.translate
    if isinstance(error, DomainError):
        text = str(error)
    else:
        log.error("Unexpected error", exc_info=error)
        text = tr("Errors", "Something went wrong: %1\nPlease report this with the log file.").replace("%1", str(error))
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Errors", "SkillAssess"), text, QMessageBox.StandardButton.Ok, parent)
    box.exec()
