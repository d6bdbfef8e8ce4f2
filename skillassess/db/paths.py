"""Where the application keeps its files (platform data directory)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from skillassess import APP_NAME, ORGANIZATION


def data_dir() -> Path:
    """The user data directory; SKILLASSESS_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("SKILLASSESS_DATA_DIR")
    path = Path(override) if override else user_data_path(APP_NAME, ORGANIZATION)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    """The centre's real database, created empty on first start."""
    return data_dir() / "skillassess.sqlite3"


def demo_database_path() -> Path:
    """The demo database, separate from the centre's so the demo never touches real data."""
    return data_dir() / "skillassess-demo.sqlite3"


def keys_dir() -> Path:
    """The folder of the centre's private signing keys (backed up with the database)."""
    return data_dir() / "keys"
