"""core, db, services and formats must not import Qt: a script or server can use them without it."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from helpers import ROOT


def test_no_qt_below_the_ui() -> None:
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import skillassess
        names = []
        for pkg in ("core", "db", "services", "formats"):
            mod = importlib.import_module(f"skillassess.{pkg}")
            names.append(mod.__name__)
            for info in pkgutil.walk_packages(mod.__path__, prefix=f"skillassess.{pkg}."):
                if ".migrations" in info.name:
                    continue
                importlib.import_module(info.name)
                names.append(info.name)
        qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
        print(len(names))
        print(",".join(qt))
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    count, qt = lines[0], (lines[1] if len(lines) > 1 else "")
    assert int(count) >= 10, "the walk found too few modules to mean anything"
    assert qt == "", f"Qt was imported below the ui layer: {qt}"
