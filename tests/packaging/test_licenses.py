"""The licences of everything bundled are listed, with their texts, in the package."""

from __future__ import annotations

import json
import subprocess
import sys

from skillassess.resources import bundled_licenses, licenses_dir

from helpers import ROOT


def test_every_runtime_dependency_is_listed() -> None:
    """A new dependency without its licence fails here: run tools/collect_licenses.py."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "collect_licenses.py"), "--check"],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_each_entry_has_its_text() -> None:
    entries = json.loads((licenses_dir() / "index.json").read_text(encoding="utf-8"))
    assert entries[0]["name"] == "SkillAssess"
    for entry in entries:
        text = (licenses_dir() / entry["file"]).read_text(encoding="utf-8")
        assert len(text) > 200, entry["name"]


def test_the_licences_users_must_be_told_about() -> None:
    by_name = {item.name: item for item in bundled_licenses()}
    assert by_name["SkillAssess"].license == "GPL-3.0-or-later"
    assert "GNU GENERAL PUBLIC LICENSE" in by_name["SkillAssess"].text_file.read_text()
    qt = by_name["Qt"]
    assert qt.license == "LGPL-3.0-only"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt.text_file.read_text()
    assert "GNU GENERAL PUBLIC LICENSE" in qt.text_file.read_text()  # the LGPL refers to the GPL's terms
    fonts = by_name["Noto Sans, Noto Sans Arabic, Noto Sans Ethiopic"]
    assert fonts.license == "OFL-1.1" and "SIL OPEN FONT LICENSE" in fonts.text_file.read_text().upper()
    assert by_name["SQLAlchemy"].license == "MIT"
    assert "BSD" in by_name["reportlab"].license
    assert by_name["PySide6_Essentials"].version  # read from the installed distribution
