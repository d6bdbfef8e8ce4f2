"""The frozen application itself (dist/SkillAssess/, made by ``make package``), as a user runs it.

.ci/run builds it and sets SKILLASSESS_FROZEN_APP; without that variable these tests are skipped, saying
how to run them (building takes minutes, so ``make test`` does not). They run the frozen program, never
the source: from a folder outside the checkout, without PYTHONPATH, with a data folder of its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from installed_app import InstalledApp, french_translation_loads, install_and_validate, issue_and_check_certificates

from helpers import ROOT

pytestmark = pytest.mark.slow
SIZE_GOAL_MB = 150


@pytest.fixture(scope="module")
def frozen_dir() -> Path:
    value = os.environ.get("SKILLASSESS_FROZEN_APP")
    if not value:
        pytest.skip(
            "the frozen application is tested after `make package`, with SKILLASSESS_FROZEN_APP=dist/SkillAssess "
            "(.ci/run does both)"
        )
    folder = Path(value).resolve()
    assert folder.is_dir(), f"SKILLASSESS_FROZEN_APP={value} is not a folder: run `make package` first"
    return folder


@pytest.fixture
def frozen(frozen_dir: Path, tmp_path: Path) -> InstalledApp:
    exe = frozen_dir / ("skillassess-cli.exe" if sys.platform == "win32" else "SkillAssess")
    assert exe.is_file(), exe
    return InstalledApp([str(exe)], tmp_path)


def test_folder_is_within_the_size_goal(frozen_dir: Path) -> None:
    size = sum(p.lstat().st_size for p in frozen_dir.rglob("*") if p.is_file() and not p.is_symlink())
    assert size / 1e6 <= SIZE_GOAL_MB, f"{frozen_dir} holds {size / 1e6:.1f} MB (goal: at most {SIZE_GOAL_MB} MB)"


def test_only_the_qt_modules_used_are_bundled(frozen_dir: Path) -> None:
    modules = {p.name.split(".")[0] for p in frozen_dir.rglob("Qt*.abi3.so")} | {
        p.name.split(".")[0] for p in frozen_dir.rglob("Qt*.pyd")
    }
    assert modules == {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg"}, modules


def test_version_and_info(frozen: InstalledApp) -> None:
    from skillassess import __version__

    assert frozen.ok("--version").stdout.strip() == f"SkillAssess {__version__}"
    frozen.ok("demo")
    assert '"schema_version"' in frozen.ok("--demo", "info", "--json").stdout


def test_certificates_in_amharic_and_arabic_embed_their_fonts_and_verify(frozen: InstalledApp) -> None:
    issue_and_check_certificates(frozen)


def test_self_test_opens_the_main_window_in_french(frozen: InstalledApp) -> None:
    french_translation_loads(frozen)


def source_program(home: Path) -> InstalledApp:
    return InstalledApp([sys.executable, "-m", "skillassess"], home)


def test_an_unreadable_database_is_one_sentence_as_from_source(frozen: InstalledApp, tmp_path: Path) -> None:
    bad = frozen.home / "results.sqlite3"
    bad.write_bytes(b"this is a spreadsheet, not a database\n" * 100)
    got = frozen.run("--db", str(bad), "info")
    assert got.returncode == 1
    assert got.stderr.count("\n") == 1 and "Traceback" not in got.stderr, got.stderr
    assert str(bad) in got.stderr and "not a SkillAssess database" in got.stderr, got.stderr
    source = source_program(frozen.home)
    expected = subprocess.run(
        [*source.program, "--db", str(bad), "info"],
        check=False,
        capture_output=True,
        text=True,
        cwd=frozen.home,
        env=source.env(PYTHONPATH=str(ROOT)),
        timeout=120,
    )
    assert got.stderr == expected.stderr


def test_a_data_folder_that_cannot_be_made_is_one_sentence_as_from_source(frozen: InstalledApp) -> None:
    blocker = frozen.home / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    folder = blocker / "SkillAssess"
    got = frozen.run("info", SKILLASSESS_DATA_DIR=str(folder))
    assert got.returncode == 1
    assert got.stderr.count("\n") == 1 and "Traceback" not in got.stderr, got.stderr
    assert f"The data folder {folder} cannot be created" in got.stderr, got.stderr
    source = source_program(frozen.home)
    expected = subprocess.run(
        [*source.program, "info"],
        check=False,
        capture_output=True,
        text=True,
        cwd=frozen.home,
        env=source.env(PYTHONPATH=str(ROOT), SKILLASSESS_DATA_DIR=str(folder)),
        timeout=120,
    )
    assert got.stderr == expected.stderr


def test_a_missing_data_folder_is_created_and_the_missing_database_named(frozen: InstalledApp) -> None:
    folder = frozen.home / "new" / "data"
    got = frozen.run("info", SKILLASSESS_DATA_DIR=str(folder))
    assert got.returncode == 1 and got.stderr.count("\n") == 1, got.stderr
    assert "There is no SkillAssess database at" in got.stderr and str(folder) in got.stderr, got.stderr
    assert folder.is_dir()


@pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle")
def test_linux_bundle_installs_for_the_user_and_its_metadata_validates(frozen_dir: Path, tmp_path: Path) -> None:
    from skillassess import __version__

    archives = sorted(frozen_dir.parent.glob(f"SkillAssess-{__version__}-linux-*.tar.gz"))
    assert archives, f"no Linux bundle beside {frozen_dir} (make package writes it)"
    with tarfile.open(archives[-1]) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    (bundle,) = (tmp_path / "unpacked").iterdir()
    home = tmp_path / "home"
    installed = install_and_validate(bundle, home)
    program = InstalledApp([str(installed)], tmp_path)
    assert program.ok("--version").stdout.startswith("SkillAssess ")
