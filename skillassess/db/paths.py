"""Where the application keeps its files (platform data directory)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from platformdirs import user_data_path

from skillassess import APP_NAME, ORGANIZATION
from skillassess.core.errors import DataFolderError
from skillassess.core.messages import Message, msg


def data_dir() -> Path:
    """The user data directory, created when missing; SKILLASSESS_DATA_DIR overrides it (tests, portable
    installs). A folder that cannot be created is said in one sentence (DataFolderError)."""
    override = os.environ.get("SKILLASSESS_DATA_DIR")
    path = Path(override) if override else user_data_path(APP_NAME, ORGANIZATION)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFolderError(
            msg(
                "The data folder {folder} cannot be created: {reason}. Choose another folder with "
                "SKILLASSESS_DATA_DIR, or ask the computer's administrator.",
                folder=str(path),
                reason=_why(exc),
            )
        ) from exc
    return path


def _why(exc: OSError) -> Message:
    """What stopped a folder from being created, in words a user can act on (not the system's message)."""
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return msg("a part of its path is a file, not a folder")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return msg("you may not write there")
    if exc.errno == errno.EROFS:
        return msg("the disk is read-only")
    if exc.errno == errno.ENOSPC:
        return msg("the disk is full")
    return msg("the system refused it")


def default_database_path() -> Path:
    """The centre's real database, created empty on first start."""
    return data_dir() / "skillassess.sqlite3"


def demo_database_path() -> Path:
    """The demo database, separate from the centre's so the demo never touches real data."""
    return data_dir() / "skillassess-demo.sqlite3"


def keys_dir() -> Path:
    """The folder of the centre's private signing keys (backed up with the database)."""
    return data_dir() / "keys"
