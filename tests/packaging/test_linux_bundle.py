"""The Linux bundle: the .desktop file and AppStream metadata validate, and install.sh puts them, the icon
and the program where the desktop finds them for the current user (uninstall.sh keeps the user's data).

The bundle is assembled here around a stand-in program (packaging/build.py's own function), so the
scripts and metadata are tested by ``make test``; test_frozen_app.py installs the real bundle.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from installed_app import install_and_validate, need_tool

from skillassess import APP_ID, __version__

from helpers import ROOT

PACKAGING = ROOT / "packaging"


def build_module():
    spec = importlib.util.spec_from_file_location("skillassess_packaging_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_desktop_file_validates() -> None:
    tool = need_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(PACKAGING / f"{APP_ID}.desktop")], check=False, capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_appstream_metadata_validates_and_names_this_version() -> None:
    tool = need_tool("appstreamcli", "appstream")
    metainfo = PACKAGING / f"{APP_ID}.metainfo.xml"
    result = subprocess.run([tool, "validate", "--no-net", str(metainfo)], check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(metainfo).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert next(r.get("version") for r in root.iter("release")) == __version__, "add a <release> for this version"


@pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle")
def test_install_script_places_everything_for_the_user(tmp_path: Path) -> None:
    stand_in = tmp_path / "frozen" / "SkillAssess"
    stand_in.mkdir(parents=True)
    program = stand_in / "SkillAssess"
    program.write_text(f"#!/bin/sh\necho 'SkillAssess {__version__}'\n")
    program.chmod(0o755)
    archive = build_module().assemble_linux_bundle(stand_in, tmp_path)
    assert archive.name == f"SkillAssess-{__version__}-linux-{__import__('platform').machine()}.tar.gz"
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        tar.extractall(tmp_path / "unpacked", filter="tar")
    top = archive.name.removesuffix(".tar.gz")
    assert f"{top}/install.sh" in names and f"{top}/LICENSE.txt" in names
    installed = install_and_validate(tmp_path / "unpacked" / top, tmp_path / "home")
    out = subprocess.run(
        [str(tmp_path / "home" / ".local" / "bin" / "skillassess")], check=True, capture_output=True, text=True
    )
    assert out.stdout.strip() == f"SkillAssess {__version__}"
    assert installed.is_file()


def test_build_refuses_metadata_without_this_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = build_module()
    stale = tmp_path / "stale.metainfo.xml"
    stale.write_text(
        (PACKAGING / f"{APP_ID}.metainfo.xml").read_text().replace(f'version="{__version__}"', 'version="0.0.1"')
    )
    monkeypatch.setattr(build, "METAINFO", stale)
    with pytest.raises(SystemExit, match="no <release"):
        build.check_metadata()
