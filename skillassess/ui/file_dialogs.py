"""Every file dialog of the interface: where it starts, what it remembers, and what it says after a save.

A dialog starts in the folder last used for that kind of file (``kind``: "files" for documents,
exports and imports; "databases", "pictures", "evidence" where a separate memory helps), and the
first time in the user's Documents folder (platformdirs), not in the current or home folder.
After saving a document, :func:`confirm_saved` says where it went with a button that opens the folder.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

translate = QCoreApplication.translate


def documents_folder() -> Path:
    """The user's Documents folder (the home folder when there is none)."""
    try:
        folder = Path(user_documents_dir())
    except Exception:  # noqa: BLE001 - platformdirs asks the system; a failure means: no Documents folder
        return Path.home()
    return folder if folder.is_dir() else Path.home()


def _key(kind: str) -> str:
    return f"paths/last_{kind}_folder"


def start_folder(kind: str = "files") -> Path:
    """Where a dialog for ``kind`` starts: the folder last used for it, else Documents."""
    remembered = str(QSettings().value(_key(kind), "") or "")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    if kind != "files":  # a kind without its own memory yet starts where documents were last chosen
        return start_folder("files")
    return documents_folder()


def remember_folder(path: Path, kind: str = "files") -> None:
    """Remember the folder of ``path`` (a file) for the next dialog of ``kind``."""
    folder = path if path.is_dir() else path.parent
    QSettings().setValue(_key(kind), str(folder))


def save_file_name(
    parent: QWidget | None,
    title: str,
    suggested_name: str,
    filters: str,
    *,
    kind: str = "files",
    start: Path | None = None,
) -> tuple[Path | None, str]:
    """Ask where to save; returns the path (None when cancelled) and the filter chosen."""
    folder = start or start_folder(kind)
    chosen, selected = QFileDialog.getSaveFileName(parent, title, str(folder / suggested_name), filters)
    if not chosen:
        return None, selected
    path = Path(chosen)
    remember_folder(path, kind)
    return path, selected


def open_file_name(
    parent: QWidget | None, title: str, filters: str, *, kind: str = "files", start: Path | None = None
) -> Path | None:
    """Ask for a file to open; None when cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start or start_folder(kind)), filters)
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(path, kind)
    return path


def existing_folder(
    parent: QWidget | None, title: str, *, start: Path | None = None, kind: str = "files"
) -> Path | None:
    """Ask for a folder; None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start or start_folder(kind)))
    if not chosen:
        return None
    path = Path(chosen)
    QSettings().setValue(_key(kind), str(path))
    return path


def open_folder(path: Path) -> bool:
    """Show the folder of ``path`` in the system's file manager."""
    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def saved_box(parent: QWidget | None, path: Path) -> QMessageBox:
    """The message after a save: where the file is, with "Open folder" and OK."""
    box = QMessageBox(parent)
    box.setObjectName("saved_box")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("FileDialogs", "Saved"))
    box.setText(translate("FileDialogs", "Saved %1").replace("%1", "\u2066" + path.name + "\u2069"))
    box.setInformativeText(translate("FileDialogs", "in %1").replace("%1", "\u2066" + str(path.parent) + "\u2069"))
    open_button = box.addButton(translate("FileDialogs", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    open_button.setObjectName("open_folder")
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    open_button.clicked.connect(lambda: open_folder(path))
    return box


def confirm_saved(parent: QWidget | None, path: Path) -> None:
    """Say where ``path`` was saved, offering to open its folder."""
    saved_box(parent, path).exec()
