"""Showing errors to users: domain errors as their plain message, anything else without a traceback.

Database errors (locked, read-only, disk full, server unreachable...) become one translated sentence
that says what happened and what to do; the SQL and the driver's words go to the log file only.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from skillassess.core.errors import DatabaseOpenError, DomainError
from skillassess.core.messages import Message
from skillassess.db.errors import DatabaseProblem, classify
from skillassess.logfile import FILE_ONLY

log = logging.getLogger(__name__)


# Service sentences (msg() ids) are looked up at run time under one context, "Messages": every msg("...")
# of the package is put there by tools/update_translations.py; one not in the catalogue stays English.
_lookup = QCoreApplication.translate


def _message_text(text: str) -> str:
    return _lookup("Messages", text)


def translator() -> Callable[[str], str]:
    """The function that gives a service's sentence (msg() id) in the interface language: for formats
    that print fixed wording (the assessment record, the self-assessment checklist)."""
    return _message_text


def say(message: Message) -> str:
    """A service's sentence (a msg() id with parameters) in the interface language."""
    return message.render(_message_text)


def database_problem_text(problem: DatabaseProblem) -> str:
    """The sentence for a kind of database problem, in the interface's language."""
    translate = QCoreApplication.translate
    texts = {
        DatabaseProblem.BUSY: translate(
            "Errors",
            "The database is busy: another user or program is saving to it. Nothing was changed; "
            "try again in a moment.",
        ),
        DatabaseProblem.READ_ONLY: translate(
            "Errors",
            "The database cannot be changed: the file or its folder is read-only. Nothing was changed; "
            "allow writing there, or copy the database to a folder you can write to.",
        ),
        DatabaseProblem.DISK_FULL: translate(
            "Errors", "The disk that holds the database is full. Nothing was changed; free some space and try again."
        ),
        DatabaseProblem.IO_ERROR: translate(
            "Errors",
            "The database file could not be read or written (a disk, USB stick or network problem). "
            "Nothing was changed; check that the disk is connected and try again.",
        ),
        DatabaseProblem.DAMAGED: translate(
            "Errors", "The database file is damaged. Nothing was changed; stop using it and restore the newest backup."
        ),
        DatabaseProblem.UNREACHABLE: translate(
            "Errors",
            "The database server cannot be reached: it is stopped, or the network is down. Check the "
            "connection or ask whoever runs the server, then try again.",
        ),
        DatabaseProblem.CONFLICT: translate(
            "Errors",
            "The change conflicts with one saved at the same time, perhaps by another user. Nothing was "
            "changed; look at the record again and repeat the change.",
        ),
        DatabaseProblem.OTHER: translate(
            "Errors",
            "The database reported a problem. Nothing was changed; try again, and if it happens again "
            "report it with the log file.",
        ),
    }
    return texts[problem]


def error_text(error: BaseException) -> str:
    """What the error dialog says about ``error``; database and unexpected errors are logged with details."""
    if isinstance(error, DatabaseOpenError) and error.__cause__ is not None:
        problem = classify(error.__cause__)
        if problem is not None:
            return database_problem_text(problem)
    if isinstance(error, DomainError):
        return error.render(_message_text)
    problem = classify(error)
    if problem is not None:
        log.error("Database error", exc_info=error, extra=FILE_ONLY)
        return database_problem_text(problem)
    log.error("Unexpected error", exc_info=error)
    return QCoreApplication.translate(
        "Errors", "Something went wrong: %1\nPlease report this with the log file."
    ).replace("%1", str(error))


def error_box(parent: QWidget | None, error: BaseException, title: str | None = None) -> QMessageBox:
    """The message box for ``error`` (not yet shown); unexpected errors are logged with their traceback."""
    return QMessageBox(
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("Errors", "SkillAssess"),
        error_text(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """A dialog with the error's plain message; unexpected errors are logged with their traceback."""
    error_box(parent, error, title).exec()


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit: as Python does
        sys.__excepthook__(kind, error, tb)
        return
    show_error(QApplication.activeWindow(), error.with_traceback(tb))


def install_excepthook() -> None:
    """Errors that escape a slot (say the database went away mid-click) reach the one error dialog."""
    sys.excepthook = _excepthook
