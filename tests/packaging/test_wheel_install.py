"""The sdist and the wheel are complete: built as a user's pip builds them, the wheel installed (not
editable) into a new virtual environment outside the source tree, and used there.

``python -m build`` makes the sdist from the checkout, then the wheel from that sdist, so the sdist is
shown to carry what the wheel needs (the .ts sources, setup.py's translation step) and both carry the
compiled translations. Dependencies come from the package index (pip's cache when warm).

Building twice in isolated environments and installing PySide6 takes minutes, so, like the frozen application
(test_frozen_app.py), this runs where users' installs are checked: .ci/run sets SKILLASSESS_TEST_WHEEL=1.
Without it the tests are skipped, saying so (`SKILLASSESS_TEST_WHEEL=1 make test` runs them here).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest
from installed_app import InstalledApp, french_translation_loads, issue_and_check_certificates

from helpers import ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("SKILLASSESS_TEST_WHEEL") != "1",
        reason="the sdist and wheel are built and installed by .ci/run (SKILLASSESS_TEST_WHEEL=1): it takes minutes",
    ),
]

PACKAGE_DATA = [
    "skillassess/resources/fonts/NotoSansEthiopic-Regular.ttf",
    "skillassess/resources/fonts/NotoSansArabic-Bold.ttf",
    "skillassess/resources/fonts/OFL.txt",
    "skillassess/resources/demo/candidates.json",
    "skillassess/resources/demo/electrical_installation.json",
    "skillassess/resources/translations/skillassess_fr.qm",
    "skillassess/resources/translations/skillassess_ar.qm",
    "skillassess/resources/icons/skillassess.svg",
    "skillassess/resources/icons/skillassess-16.png",
    "skillassess/resources/icons/skillassess-512.png",
    "skillassess/resources/licenses/index.json",
    "skillassess/resources/licenses/lgpl-3.0.txt",
    "skillassess/resources/licenses/noto-fonts.txt",
    "skillassess/db/migrations/env.py",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(sdist, wheel) built by ``python -m build`` (the wheel from the sdist)."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        check=False,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (sdist,) = out.glob("skillassess-*.tar.gz")
    (wheel,) = out.glob("skillassess-*.whl")
    return sdist, wheel


def test_sdist_has_sources_and_compiled_translations(built: tuple[Path, Path]) -> None:
    sdist, _ = built
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for name in [*PACKAGE_DATA, "resources/translations/skillassess_fr.ts", "setup.py", "LICENSE"]:
        assert name in names, name


def test_wheel_has_package_data_and_no_sources_of_translations(built: tuple[Path, Path]) -> None:
    _, wheel = built
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in PACKAGE_DATA:
        assert name in names, name
    assert not [n for n in names if n.endswith(".ts")]
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    qm = zipfile.ZipFile(wheel).read("skillassess/resources/translations/skillassess_fr.qm")
    assert qm[:16] == bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD"), "not a compiled Qt translation"


def test_installed_wheel_works_outside_the_source_tree(built: tuple[Path, Path], tmp_path: Path) -> None:
    _, wheel = built
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bindir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    python = bindir / "python"
    result = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
        check=False,
        capture_output=True,
        text=True,
        timeout=900,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    home = tmp_path / "user"
    home.mkdir()
    app = InstalledApp([str(bindir / "skillassess")], home)
    where = subprocess.run(
        [str(python), "-c", "import skillassess.resources as r; print(r.fonts_dir())"],
        capture_output=True,
        text=True,
        cwd=home,
        env=app.env(),
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(env_dir) and not Path(where).is_relative_to(ROOT), where
    issue_and_check_certificates(app)
    french_translation_loads(app)
