"""Entry script of the frozen application (PyInstaller): the same main() as the ``skillassess`` command."""

from __future__ import annotations

import sys

from skillassess.cli import main

if __name__ == "__main__":
    sys.exit(main())
