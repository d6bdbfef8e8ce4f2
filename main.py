"""Start SkillAssess from a source checkout: ``python main.py [--demo] [--db URL]``."""

from __future__ import annotations

import sys

from skillassess.cli import main

if __name__ == "__main__":
    sys.exit(main())
