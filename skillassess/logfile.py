"""Logging for the CLI and the GUI: details go to a log file in the data folder, never to the user.

Errors a user meets are one plain sentence on screen; what a developer needs (the exception, the
SQL, the traceback) is written to ``<data folder>/logs/skillassess.log``. Records logged with
``extra=FILE_ONLY`` reach only that file; ``--debug`` shows everything on stderr as well.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from skillassess.core.errors import DataFolderError

FILE_ONLY = {"file_only": True}
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_handlers: list[logging.Handler] = []


def log_path() -> Path:
    from skillassess.db.paths import data_dir

    return data_dir() / "logs" / "skillassess.log"


class _NotFileOnly(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(record, "file_only", False)


def setup_logging(debug: bool = False) -> Path | None:
    """Send warnings to stderr (everything with ``debug``) and details to the log file; returns its path.

    May be called again (each CLI run in a test process): the handlers of the previous call are replaced.
    """
    root = logging.getLogger()
    for h in _handlers:
        root.removeHandler(h)
        h.close()
    _handlers.clear()
    console = logging.StreamHandler()
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    console.setLevel(logging.DEBUG if debug else logging.WARNING)
    if not debug:
        console.addFilter(_NotFileOnly())
    _handlers.append(console)
    path: Path | None = None
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        file = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
        file.setFormatter(logging.Formatter(_FORMAT))
        file.setLevel(logging.INFO)
        _handlers.append(file)
    except (OSError, DataFolderError):  # no writable data folder: log to stderr only (the command says why)
        path = None
    for h in _handlers:
        root.addHandler(h)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    return path
