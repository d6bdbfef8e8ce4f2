"""Small pieces that many windows share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem

Button = QDialogButtonBox.StandardButton


def dialog_buttons(
    dialog: QDialog,
    on_accept: Callable[[], object] | None = None,
    buttons: Button = Button.Ok | Button.Cancel,
) -> QDialogButtonBox:
    """A dialog's button box (Ok and Cancel unless ``buttons`` says otherwise): its accepting button calls
    ``on_accept`` (the dialog's ``accept`` when None), its rejecting button (Cancel, Close) closes the dialog."""
    box = QDialogButtonBox(buttons, dialog)
    box.accepted.connect(on_accept or dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def add_checkable(list_widget: QListWidget, text: str, data: object) -> QListWidgetItem:
    """Add an unchecked item that the user can check to ``list_widget``, carrying ``data`` (UserRole)."""
    item = QListWidgetItem(text, list_widget)
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    return item
