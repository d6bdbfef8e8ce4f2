"""The command line: the same services as the GUI (``skillassess --help``)."""

from __future__ import annotations

from skillassess.cli.main import main

__all__ = ["main"]
