"""Every window fits a 1366×768 laptop with a taskbar (issue 13.2).

Qt's offscreen platform is given one screen of 1366×728 (what such a laptop leaves above its taskbar) for
a separate pytest run of tests/ui/window_fit_probe.py, which opens the main window on every page, the
recording window, and every registered or discoverable dialog in each language, and checks each frame.
Windows are sized against the screen's available area (skillassess/ui/screen_fit.py), not fixed sizes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from skillassess.ui.i18n import LANGUAGES

from helpers import ROOT

PROBE = Path(__file__).with_name("window_fit_probe.py")


@pytest.mark.slow
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_window_fits_a_laptop_screen_in_every_language(
    language: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    demo_template: Path = request.getfixturevalue("_demo_template")
    screen = {
        "synchronousWindowSystemEvents": False,
        "windowFrameMargins": True,
        "screens": [
            {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728, "logicalDpi": 96, "logicalBaseDpi": 96}
        ],
    }
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screen), encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        SKILLASSESS_FIT_PROBE="1",
        SKILLASSESS_FIT_LANGUAGES=language,
        # The probe copies this run's demo database instead of building its own (tests/conftest.py).
        SKILLASSESS_TEST_TEMPLATES=str(demo_template.parent.parent),
    )
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", str(PROBE)],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    report = run.stdout[-8000:] + run.stderr[-2000:]
    assert run.returncode == 0, report
    assert " passed" in run.stdout and "skipped" not in run.stdout, report
