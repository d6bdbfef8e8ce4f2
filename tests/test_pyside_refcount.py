"""PySide6 6.12.0 on Python 3.11 crashed after ~5,000 calls to Qt methods that return nothing."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_twenty_thousand_void_calls_survive() -> None:
    code = textwrap.dedent(
        """
        import os
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        for i in range(20_000):
            label.setText("x")          # returns nothing
            label.setEnabled(i % 2 == 0)  # returns nothing
        print("survived")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
