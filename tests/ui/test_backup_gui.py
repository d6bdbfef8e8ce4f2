"""The application's backup commands: File > Back up now… and Restore from backup…, Tools > Check
database… and Backup settings…, the daily backup at start, and a damaged database at start."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton
from sqlalchemy import text

from skillassess.core.errors import DatabaseDamagedError, NoDatabaseError
from skillassess.db.backup import places, restoring
from skillassess.db.backup.places import BackupSettings
from skillassess.db.database import sqlite_url
from skillassess.services.backups import make_backup
from skillassess.ui import backup_dialogs as bd
from skillassess.ui.app import create_application, open_for_gui
from skillassess.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_db, demo_actor):
    create_application()
    w = MainWindow(demo_db, demo_actor("admin"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes are recorded instead of waiting for a click; a restore confirmation is accepted."""
    shown: list[QMessageBox] = []

    def exec_(self: QMessageBox) -> int:
        shown.append(self)
        replace = self.findChild(QPushButton, "replace")
        if replace is not None:
            replace.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(
        QMessageBox,
        "information",
        staticmethod(
            lambda parent, title, text, *a: shown.append(QMessageBox(QMessageBox.Icon.Information, title, text))
        ),
    )
    return shown


def damage(path: Path, table: str = "assessment") -> None:
    conn = sqlite3.connect(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * 4096 + 12)
        f.write(b"\xa5" * 40)


def test_backup_commands_are_for_administrators(window, demo_actor) -> None:
    actions = (window.backup_action, window.restore_action, window.backup_settings_action)
    assert all(a.isEnabled() for a in actions) and window.check_db_action.isEnabled()
    window.state.actor = demo_actor("assessor1")
    assert not any(a.isEnabled() for a in actions) and window.check_db_action.isEnabled()


def test_back_up_now_writes_the_archive_on_a_worker(window, qtbot, boxes, monkeypatch, tmp_path: Path) -> None:
    target = tmp_path / "before the inspection.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(boxes), timeout=30000)
    assert boxes[0].objectName() == "BackupDoneBox" and str(target) in boxes[0].text()
    assert restoring.read_manifest(target)["kind"] == "manual"


def test_restore_from_backup_checks_confirms_replaces_and_reopens(
    window, qtbot, boxes, monkeypatch, demo_actor
) -> None:
    archive = make_backup(window.db).archive
    with window.db.transaction() as s:
        s.execute(text("UPDATE centre SET name = 'Changed after the backup'"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(archive), "")))
    monkeypatch.setattr("skillassess.ui.main_window.sign_in", lambda db, parent: demo_actor("admin"))
    old = window.db
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: window.db is not old, timeout=30000)
    assert boxes[0].objectName() == "ConfirmRestoreBox"
    assert boxes[0].text().startswith("Replace the database") and "37 candidates" in boxes[0].informativeText()
    assert "was restored" in boxes[1].text()
    with window.db.session() as s:
        assert s.execute(text("SELECT name FROM centre")).scalar_one().endswith("(demo)")
    (kept,) = window.db.file_path.parent.glob("demo-replaced-*.sqlite3")
    conn = sqlite3.connect(kept)
    assert conn.execute("SELECT name FROM centre").fetchone()[0] == "Changed after the backup"
    conn.close()


def test_cancelling_the_restore_changes_nothing(window, qtbot, monkeypatch) -> None:
    archive = make_backup(window.db).archive
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(archive), "")))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(self.text()) or 0)  # closed: Cancel
    old = window.db
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=30000)
    qtbot.wait(50)
    assert window.db is old and not list(old.file_path.parent.glob("*-replaced-*"))
    assert not list(old.file_path.parent.glob(".restore-*"))


def test_check_database_says_sound_then_damaged_and_writes_stop(window, qtbot, boxes, monkeypatch) -> None:
    window.check_db_action.trigger()
    qtbot.waitUntil(lambda: bool(boxes), timeout=30000)
    assert boxes[0].objectName() == "CheckResultBox" and "is sound" in boxes[0].text()
    with window.db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(window.db.file_path)
    window.check_db_action.trigger()
    qtbot.waitUntil(lambda: len(boxes) == 2, timeout=30000)
    assert isinstance(boxes[1], bd.DamagedDatabaseBox) and "is damaged" in boxes[1].text()
    assert "damaged" in window.statusBar().currentMessage()
    with pytest.raises(DatabaseDamagedError), window.db.transaction() as s:
        s.execute(text("UPDATE centre SET name = 'x'"))


def test_backup_settings_dialog(window, qtbot, tmp_path: Path) -> None:
    dialog = bd.BackupSettingsDialog(window.state, window)
    qtbot.addWidget(dialog)
    dialog.keep_spin.setValue(3)
    dialog.second_edit.setText(str(tmp_path / "not plugged in"))
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error_label.isVisibleTo(dialog)
    dialog.second_edit.setText(str(tmp_path))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert BackupSettings.load() == BackupSettings(keep=3, second_folder=tmp_path)


def test_daily_backup_at_start_runs_in_the_background(window, qtbot, tmp_path: Path) -> None:
    BackupSettings(keep=5, second_folder=tmp_path / "USB").save()  # the stick is not plugged in
    window.start_daily_backup()
    folder = places.backup_folder(window.db.url)
    qtbot.waitUntil(lambda: bool(list(folder.glob("*-daily.zip"))), timeout=30000)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "DailyBackupWarning") is not None, timeout=10000)
    warning = window.findChild(QMessageBox, "DailyBackupWarning")
    assert "is not there (is the USB stick plugged in?)" in warning.informativeText()
    assert warning.windowModality() == Qt.WindowModality.NonModal  # it does not hold the window up
    assert "Daily backup written" in window.statusBar().currentMessage()


def test_start_on_a_damaged_database_offers_its_newest_backup(qtbot, demo_db, boxes, monkeypatch) -> None:
    create_application()
    with demo_db.session() as s:
        assessments = s.execute(text("SELECT count(*) FROM assessment")).scalar_one()
    archive = make_backup(demo_db).archive
    path = demo_db.file_path
    with demo_db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_db.dispose()
    damage(path)
    offered: list[str] = []

    def choose_newest(self: bd.DamagedDatabaseBox) -> int:
        offered.append(str(self.error.newest_backup))
        self.choice = "newest"
        return 0

    monkeypatch.setattr(bd.DamagedDatabaseBox, "exec", choose_newest)
    db = open_for_gui(argparse.Namespace(db=str(path), demo=False))
    assert db is not None
    try:
        assert offered == [str(archive)]
        with db.session() as s:
            assert s.execute(text("SELECT count(*) FROM assessment")).scalar_one() == assessments > 0
    finally:
        db.dispose()
    assert list(path.parent.glob("demo-replaced-*.sqlite3"))


def test_start_on_a_damaged_database_can_be_left(qtbot, demo_db, monkeypatch) -> None:
    create_application()
    path = demo_db.file_path
    demo_db.dispose()
    damage(path)
    monkeypatch.setattr(bd.DamagedDatabaseBox, "exec", lambda self: 0)
    assert open_for_gui(argparse.Namespace(db=str(path), demo=False)) is None


def test_only_new_database_creates_one(window, monkeypatch, tmp_path: Path, demo_actor) -> None:
    errors: list[BaseException] = []
    monkeypatch.setattr("skillassess.ui.main_window.show_error", lambda parent, exc, title=None: errors.append(exc))
    typo = tmp_path / "typo.sqlite3"
    assert not window.switch_database(sqlite_url(typo))
    assert not typo.exists() and isinstance(errors[0], NoDatabaseError)
    with pytest.raises(NoDatabaseError):
        open_for_gui(argparse.Namespace(db=str(typo), demo=False))
    assert not typo.exists()
    new = tmp_path / "new.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(new), "")))
    monkeypatch.setattr("skillassess.ui.main_window.sign_in", lambda db, parent: demo_actor("admin"))
    window.new_database()
    assert new.exists() and window.db.file_path == new


def test_cancelling_the_check_is_quiet(window, qtbot, monkeypatch, tmp_path: Path) -> None:
    from skillassess.db.database import Database, make_engine

    path = tmp_path / "long.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT)")
    conn.execute("CREATE INDEX ix_t_a ON t (a)")
    conn.execute("CREATE INDEX ix_t_b ON t (b)")
    conn.executemany("INSERT INTO t (a, b) VALUES (hex(randomblob(8)), hex(randomblob(8)))", [()] * 300_000)
    conn.commit()
    conn.close()
    errors: list[object] = []
    monkeypatch.setattr(bd, "show_error", lambda *a, **k: errors.append(a))
    db = Database(sqlite_url(path), make_engine(sqlite_url(path)))
    try:
        task = bd.check_database(window, db, errors.append)
        reports: list[int] = []
        task.progress._signals.progress.connect(lambda done, total, text: reports.append(done))
        qtbot.waitUntil(lambda: any(d > 100 for d in reports), timeout=30000)
        with qtbot.waitSignal(task.cancelled, timeout=30000):
            task.progress.cancel()
    finally:
        db.dispose()
    assert errors == []
