"""``skillassess self-test`` (what CI runs on the frozen application) and the data folder's one sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import run_cli


@pytest.mark.slow
def test_self_test_checks_files_translations_database_pdf_and_window(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_cli("self-test", "--json", env={"SKILLASSESS_DATA_DIR": str(data), "QT_QPA_PLATFORM": ""})
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["passed"] is True
    checks = {c["check"]: c["detail"] for c in report["checks"]}
    assert list(checks) == ["files", "translations", "database", "certificate", "window"]
    assert "fr (Fichier)" in checks["translations"] and "ar (ملف)" in checks["translations"]
    assert "37 demo candidates" in checks["database"]
    assert "(offscreen)" in checks["window"]  # no display needed
    assert not (data / "skillassess-demo.sqlite3").exists()  # it used a folder of its own


def test_self_test_names_what_is_missing(tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from skillassess import resources

    empty = tmp_path / "fonts"
    empty.mkdir()
    monkeypatch.setattr(resources, "fonts_dir", lambda: empty)
    result = cli("self-test")
    assert result.returncode == 1
    assert result.stderr == f"skillassess: self-test failed at files: only 0 fonts in {empty}\n"


def test_a_data_folder_that_cannot_be_created_is_one_sentence(tmp_path: Path, cli) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = cli("info", env={"SKILLASSESS_DATA_DIR": str(blocker / "SkillAssess")})
    assert result.returncode == 1
    assert result.stderr == (
        f"skillassess: The data folder {blocker / 'SkillAssess'} cannot be created: a part of its "
        "path is a file, not a folder. Choose another folder with SKILLASSESS_DATA_DIR, or ask "
        "the computer's administrator.\n"
    )


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (PermissionError(13, "Permission denied"), "you may not write there"),
        (OSError(30, "Read-only file system"), "the disk is read-only"),
        (OSError(28, "No space left on device"), "the disk is full"),
    ],
)
def test_why_a_data_folder_cannot_be_made_is_said_in_our_words(
    tmp_path: Path,
    cli,
    monkeypatch: pytest.MonkeyPatch,
    error: OSError,
    reason: str,
) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(Path, "mkdir", refuse)  # as root (CI) no folder can be made unwritable
    result = cli("info", env={"SKILLASSESS_DATA_DIR": str(tmp_path / "SkillAssess")})
    assert result.returncode == 1
    assert f"cannot be created: {reason}. Choose another folder" in result.stderr
    assert result.stderr.count("\n") == 1 and error.strerror not in result.stderr
