"""Backups in the application: File > Back up now… and Restore from backup…, Tools > Check database…
and Backup settings…, the daily backup at start, and what is shown for a damaged database.

Everything long (copying, checking, hashing) runs on a worker behind a cancellable progress
dialog; only the final renames of a restore run on the GUI thread, with the database closed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.errors import DatabaseDamagedError, DomainError
from skillassess.db.backup import places
from skillassess.db.backup.places import MAX_KEEP, BackupSettings
from skillassess.db.backup.restoring import RestoreResult
from skillassess.db.backup.writing import BackupResult
from skillassess.db.database import Database, display_name, sqlite_path
from skillassess.db.integrity import CheckCancelled, CheckResult
from skillassess.services import backups
from skillassess.services.backups import CheckedBackup
from skillassess.ui.errors import show_error
from skillassess.ui.file_dialogs import existing_folder, open_file_name, save_file_name
from skillassess.ui.i18n import ltr
from skillassess.ui.state import AppState
from skillassess.ui.tasks import Cancelled, Progress, Task
from skillassess.ui.widgets import dialog_buttons

ARCHIVE_FILTER = "*.zip"


translate = QCoreApplication.translate


def _archive_filter() -> str:
    return translate("Backups", "SkillAssess backup (%1);;All files (*)").replace("%1", ARCHIVE_FILTER)


# --- A damaged database -------------------------------------------------------------------------------


class DamagedDatabaseBox(QMessageBox):
    """Says the database file is damaged and that nothing is written to it; offers the restore.

    ``choice`` after exec(): "newest" (restore the newest backup), "file" (choose an archive) or "".
    """

    def __init__(self, error: DatabaseDamagedError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DamagedDatabaseBox")
        self.error = error
        self.choice = ""
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(translate("Backups", "Damaged database"))
        path = str(error.path or "")
        self.setText(
            translate("Backups", "The database file %1 is damaged, so SkillAssess will not write to it.").replace(
                "%1", ltr(path)
            )
        )
        newest = Path(str(error.newest_backup)) if error.newest_backup else None
        self.newest_button: QPushButton | None = None
        if newest is not None:
            made = _made_at(newest)
            self.setInformativeText(
                translate(
                    "Backups",
                    "The newest backup is %1, made %2. Restore it to go on working; the damaged file is kept "
                    "beside the restored one.",
                )
                .replace("%1", ltr(newest.name))
                .replace("%2", ltr(made))
            )
            self.newest_button = self.addButton(
                translate("Backups", "Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole
            )
        else:
            self.setInformativeText(
                translate(
                    "Backups",
                    "No backup of it was found on this computer. If you have one (on a USB stick, for example), "
                    "restore it; the damaged file is kept beside the restored one.",
                )
            )
        self.file_button = self.addButton(
            translate("Backups", "Restore from a file…"), QMessageBox.ButtonRole.ActionRole
        )
        self.close_button = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.newest_button or self.file_button)
        if error.problems:
            self.setDetailedText("\n".join(error.problems[:40]))
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.newest_button:
            self.choice = "newest"
        elif button is self.file_button:
            self.choice = "file"
        else:
            self.choice = ""


def _made_at(archive: Path) -> str:
    named = places.backup_file(archive)
    if named is not None:
        return named.made_at.strftime("%Y-%m-%d %H:%M")
    return dt.datetime.fromtimestamp(archive.stat().st_mtime).strftime("%Y-%m-%d %H:%M") if archive.exists() else ""


def offer_restore_for_damaged(error: DatabaseDamagedError, url: str, parent: QWidget | None) -> bool:
    """The damaged-database box, then the restore chosen there; True when the database was restored."""
    box = DamagedDatabaseBox(error, parent)
    box.exec()
    if box.choice == "newest" and error.newest_backup:
        return restore_interactively(parent, url, Path(str(error.newest_backup)))
    if box.choice == "file":
        return restore_interactively(parent, url, None)
    return False


# --- Restore ----------------------------------------------------------------------------------------------


def choose_archive(parent: QWidget | None, url: str) -> Path | None:
    folder = places.backup_folder(url)
    return open_file_name(
        parent,
        translate("Backups", "Restore from backup"),
        _archive_filter(),
        kind="backup",
        start=folder if folder.is_dir() else None,
    )


def confirm_restore_box(checked: CheckedBackup, url: str, parent: QWidget | None) -> QMessageBox:
    """The confirmation that names what will be replaced (not shown yet)."""
    target = sqlite_path(url)
    box = QMessageBox(parent)
    box.setObjectName("ConfirmRestoreBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Backups", "Restore from backup"))
    counts = checked.info.counts if checked.info else {}
    source = ltr(checked.source)
    if target is not None and target.exists():
        changed = dt.datetime.fromtimestamp(target.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        box.setText(
            translate("Backups", "Replace the database %1 (last changed %2) with the backup made %3?")
            .replace("%1", ltr(str(target)))
            .replace("%2", ltr(changed))
            .replace("%3", ltr(checked.created_at))
        )
    else:
        box.setText(
            translate("Backups", "Put the backup made %1 in place as the database %2?")
            .replace("%1", ltr(checked.created_at))
            .replace("%2", ltr(display_name(url)))
        )
    box.setInformativeText(
        translate(
            "Backups",
            "The backup passed every check. It comes from %1 and holds %2 candidates, %3 assessments and %4 "
            "certificates. The evidence files, the audit checkpoint and the signing keys are replaced too; what "
            "is replaced is kept beside the database as a copy, so nothing is lost.",
        )
        .replace("%1", source)
        .replace("%2", str(counts.get("candidates", 0)))
        .replace("%3", str(counts.get("assessments", 0)))
        .replace("%4", str(counts.get("certificates", 0)))
    )
    replace = box.addButton(translate("Backups", "Replace the database"), QMessageBox.ButtonRole.DestructiveRole)
    replace.setObjectName("replace")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def check_then_restore(
    parent: QWidget | None, url: str, archive: Path, before_replace: Callable[[], None], after: Callable[[bool], None]
) -> Task:
    """Check ``archive`` on a worker, ask, then restore: ``before_replace()`` must close the database;
    ``after(restored)`` runs at the end either way (to reopen a database)."""

    def work(progress: Progress) -> CheckedBackup:
        try:
            return backups.check_backup(archive, url, progress.report, lambda: progress.cancelled)
        except CheckCancelled as exc:
            raise Cancelled() from exc

    task = Task(
        work,
        parent=parent,
        title=translate("Backups", "Restore from backup"),
        label=translate("Backups", "Checking %1…").replace("%1", ltr(archive.name)),
    )

    def checked_ok(checked: CheckedBackup) -> None:
        box = confirm_restore_box(checked, url, parent)
        box.exec()
        if box.buttonRole(box.clickedButton()) != QMessageBox.ButtonRole.DestructiveRole:
            checked.discard()
            after(False)
            return
        before_replace()
        # Renames, the keys and a last check of the file replaced: on a worker (a large file takes seconds).
        replace = Task(
            lambda _progress: backups.restore_backup(checked, url),
            parent=parent,
            title=translate("Backups", "Restore from backup"),
            label=translate("Backups", "Putting the backup in place…"),
        )
        if replace._dialog is not None:
            replace._dialog.setCancelButton(None)  # halfway is no place to stop
        replace.succeeded.connect(restored)
        replace.failed.connect(failed)
        replace.start()

    def restored(result: RestoreResult) -> None:
        text = translate("Backups", "The database was restored from %1.").replace("%1", ltr(archive.name))
        if result.kept is not None:
            text += "\n" + translate("Backups", "The database it replaced is kept as %1.").replace(
                "%1", ltr(str(result.kept))
            )
        QMessageBox.information(parent, translate("Backups", "Restore from backup"), text)
        after(True)

    def failed(exc: object) -> None:
        show_error(
            parent,
            exc if isinstance(exc, BaseException) else RuntimeError(str(exc)),
            translate("Backups", "Restore from backup"),
        )
        after(False)

    task.succeeded.connect(checked_ok)
    task.failed.connect(failed)
    task.cancelled.connect(lambda: after(False))
    return task


def restore_interactively(parent: QWidget | None, url: str, archive: Path | None) -> bool:
    """Restore with no database open (at start): choose, check, confirm, replace. True when restored."""
    from PySide6.QtCore import QEventLoop

    archive = archive or choose_archive(parent, url)
    if archive is None:
        return False
    outcome: list[bool] = []
    loop = QEventLoop()

    def after(restored: bool) -> None:
        outcome.append(restored)
        loop.quit()

    check_then_restore(parent, url, archive, lambda: None, after).start()
    if not outcome:
        loop.exec()
    return bool(outcome and outcome[0])


# --- Back up now, check the database, settings ----------------------------------------------------------


def backup_done_box(result: BackupResult, parent: QWidget | None) -> QMessageBox:
    text = translate("Backups", "Backup written to %1.").replace("%1", ltr(str(result.archive)))
    for copy in result.copies:
        text += "\n" + translate("Backups", "Copied to %1.").replace("%1", ltr(str(copy)))
    box = QMessageBox(
        QMessageBox.Icon.Information, translate("Backups", "Back up now"), text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("BackupDoneBox")
    notes = _warnings(result)
    if result.pg_dump:
        notes.append(
            translate("Backups", "The PostgreSQL database itself is not in the archive; back it up with: %1").replace(
                "%1", ltr(result.pg_dump)
            )
        )
    if notes:
        box.setInformativeText("\n".join(notes))
    return box


def back_up_now(parent: QWidget, db: Database) -> Task | None:
    """File > Back up now…: choose where (the backup folder by default), then write it on a worker."""
    folder = places.backup_folder(db.url)
    folder.mkdir(parents=True, exist_ok=True)
    suggested = folder / places.archive_name(db.url, dt.datetime.now(), "manual")
    target, _ = save_file_name(
        parent, translate("Backups", "Back up now"), suggested.name, _archive_filter(), kind="backup", start=folder
    )
    if target is None:
        return None
    in_folder = target.parent == folder

    def work(progress: Progress) -> BackupResult:
        # In the backup folder it is a managed backup (copied to the second folder too).
        return backups.make_backup(db, None if in_folder else target, progress=progress.report)

    task = Task(
        work,
        parent=parent,
        title=translate("Backups", "Back up now"),
        label=translate("Backups", "Writing the backup…"),
    )
    task.succeeded.connect(lambda result: backup_done_box(result, parent).exec())
    task.failed.connect(lambda exc: show_error(parent, exc, translate("Backups", "Back up now")))
    return task.start()


def check_result_box(result: CheckResult, name: str, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("Backups", "Check database"),
        translate("Backups", "The database file %1 is sound: SQLite's full integrity check found no problem (%2 s).")
        .replace("%1", ltr(name))
        .replace("%2", f"{result.seconds:.1f}"),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("CheckResultBox")
    return box


def check_database(parent: QWidget, db: Database, on_damaged: Callable[[DatabaseDamagedError], None]) -> Task:
    """Tools > Check database…: the full integrity check on a worker, with progress and Cancel."""
    url = db.url

    def work(progress: Progress) -> CheckResult:
        try:
            return backups.check_database(url, progress.report, lambda: progress.cancelled)
        except CheckCancelled as exc:
            raise Cancelled() from exc

    def done(result: CheckResult) -> None:
        if result.ok:
            check_result_box(result, db.name, parent).exec()
        else:
            on_damaged(backups.damaged_sentence(url, result))

    task = Task(
        work,
        parent=parent,
        title=translate("Backups", "Check database"),
        label=translate("Backups", "Checking every page, table and index of %1…").replace("%1", ltr(db.name)),
    )
    task.succeeded.connect(done)
    task.failed.connect(lambda exc: show_error(parent, exc, translate("Backups", "Check database")))
    return task.start()


class BackupSettingsDialog(QDialog):
    """Tools > Backup settings…: how many daily backups to keep, and a second folder (a USB stick)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BackupSettingsDialog")
        self.setWindowTitle(self.tr("Backup settings"))
        self.state = state
        self.settings = BackupSettings.load()
        url = state.db.url
        intro = QLabel(
            self.tr(
                "On the first start of each day SkillAssess writes a backup of the database, its "
                "evidence files, the audit checkpoint and the signing keys. These settings "
                "belong to this computer."
            )
        )
        intro.setWordWrap(True)
        self.keep_spin = QSpinBox()
        self.keep_spin.setObjectName("keep")
        self.keep_spin.setRange(0, MAX_KEEP)
        self.keep_spin.setValue(self.settings.keep)
        self.keep_spin.setSpecialValueText(self.tr("No daily backup"))
        self.keep_spin.setMinimumWidth(160)
        self.folder_label = QLabel(ltr(str(places.backup_folder(url))))
        self.folder_label.setObjectName("folder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.second_edit = QLineEdit(str(self.settings.second_folder or ""))
        self.second_edit.setObjectName("second_folder")
        self.second_edit.setPlaceholderText(self.tr("None (for example a USB stick)"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        clear = QPushButton(self.tr("C&lear"))
        clear.clicked.connect(self.second_edit.clear)
        row = QHBoxLayout()
        row.addWidget(self.second_edit, 1)
        row.addWidget(browse)
        row.addWidget(clear)
        newest = places.newest_backup(url, self.settings)
        self.newest_label = QLabel(
            self.tr("%1, made %2")
            .replace("%1", ltr(newest.path.name))
            .replace("%2", ltr(newest.made_at.strftime("%Y-%m-%d %H:%M")))
            if newest
            else self.tr("None yet")
        )
        self.newest_label.setObjectName("newest")
        self.newest_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_spin)
        keep_row.addStretch(1)
        keep_label = QLabel(self.tr("&Daily backups to keep:"))
        keep_label.setBuddy(self.keep_spin)
        second_label = QLabel(self.tr("&Second folder:"))
        second_label.setBuddy(self.second_edit)
        form = QFormLayout()
        form.addRow(keep_label, keep_row)
        form.addRow(self.tr("Backup folder:"), self.folder_label)
        form.addRow(second_label, row)
        form.addRow(self.tr("Newest backup:"), self.newest_label)
        buttons = dialog_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def browse(self) -> None:
        current = self.second_edit.text().strip()
        folder = existing_folder(
            self, self.tr("Second backup folder"), start=Path(current) if current else None, kind="backup"
        )
        if folder is not None:
            self.second_edit.setText(str(folder))

    def save(self) -> None:
        text = self.second_edit.text().strip()
        folder = Path(text).expanduser() if text else None
        if folder is not None and not folder.is_dir():
            self.error_label.setText(
                self.tr("There is no folder %1; plug the USB stick in or choose another folder.").replace(
                    "%1", ltr(str(folder))
                )
            )
            self.error_label.show()
            return
        self.settings.keep = self.keep_spin.value()
        self.settings.second_folder = folder
        try:
            self.settings.save()
        except (DomainError, OSError) as exc:
            show_error(self, exc, self.windowTitle())
            return
        self.accept()


# --- The daily backup at start --------------------------------------------------------------------------


def _warnings(result: BackupResult) -> list[str]:
    notes = []
    if result.second_folder_missing is not None:
        notes.append(
            translate(
                "Backups",
                "The second backup folder %1 is not there (is the USB stick plugged in?); the backup is "
                "in the data folder only.",
            ).replace("%1", ltr(str(result.second_folder_missing)))
        )
    notes += [
        w.render()
        for w in result.warnings
        if result.second_folder_missing is None or str(result.second_folder_missing) not in w.render()
    ]
    return notes


def daily_backup_warning_box(result: BackupResult, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Backups", "Daily backup"),
        translate("Backups", "Today's backup was written to %1.").replace("%1", ltr(str(result.archive))),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("DailyBackupWarning")
    box.setInformativeText("\n".join(_warnings(result)))
    return box


def start_daily_backup(
    window: QWidget,
    db: Database,
    on_damaged: Callable[[DatabaseDamagedError], None],
    show_message: Callable[[str], None],
) -> Task | None:
    """The first start of the day backs the database up on a worker; the window opens at once."""
    try:
        wanted = backups.daily_backup_wanted(db)
    except OSError:
        wanted = False
    if not wanted:
        return None

    def work(progress: Progress) -> BackupResult | None:
        return backups.daily_backup(db, progress.report)

    def done(result: BackupResult | None) -> None:
        if result is None:
            return
        show_message(translate("Backups", "Daily backup written to %1").replace("%1", ltr(str(result.archive))))
        if result.warnings:
            box = daily_backup_warning_box(result, window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.setWindowModality(Qt.WindowModality.NonModal)  # the day's work is not held up
            box.show()

    def failed(exc: object) -> None:
        if isinstance(exc, DatabaseDamagedError):
            on_damaged(exc)
        else:
            show_message(
                translate("Backups", "The daily backup could not be written: %1").replace(
                    "%1", exc.render() if isinstance(exc, DomainError) else str(getattr(exc, "strerror", "") or exc)
                )
            )

    task = Task(work, parent=window, title=translate("Backups", "Daily backup"), label="", show_progress=False)
    task.succeeded.connect(done)
    task.failed.connect(failed)
    return task.start()
