"""Signing keys (administrators): see the centre's keys, make the first one, rotate it, export the public key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.errors import DomainError
from skillassess.core.safe_write import write_file
from skillassess.db.database import Database
from skillassess.services import keys as svc
from skillassess.services.context import Actor
from skillassess.services.keys import KeyInfo
from skillassess.ui.dates import datetime_text
from skillassess.ui.errors import say, show_error
from skillassess.ui.file_dialogs import save_file_name
from skillassess.ui.ops import Changed, ChangeOp, QueryOp, read
from skillassess.ui.widgets import Button, dialog_buttons


class SigningKeysDialog(QDialog):
    """The keys table with Create, Rotate and Export; every change is one audited transaction."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.rows: list[KeyInfo] = []
        self.setWindowTitle(self.tr("Signing keys"))
        intro = QLabel(
            self.tr(
                "Certificates are signed with the centre's key; anyone with its public key can check them. "
                "Only administrators make or rotate keys, and each change is written to the audit log. A key is "
                "trusted only when the audit log holds its creation and its record is unchanged since."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("keys")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Key"),
                self.tr("Created"),
                self.tr("Status"),
                self.tr("Trusted"),
                self.tr("Private key on this computer"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.create_button = QPushButton(self.tr("&Create key"))
        self.create_button.setToolTip(self.tr("Make the centre's first signing key."))
        self.create_button.clicked.connect(self.create_key)
        self.rotate_button = QPushButton(self.tr("&Rotate key…"))
        self.rotate_button.setToolTip(
            self.tr(
                "A new key signs new certificates; the old one is retired and still verifies the certificates it signed."
            )
        )
        self.rotate_button.clicked.connect(self.rotate_key)
        self.export_button = QPushButton(self.tr("&Export public key…"))
        self.export_button.setToolTip(self.tr("Save the current public key (PEM) for those who verify certificates."))
        self.export_button.clicked.connect(self.export_public)
        actions = QHBoxLayout()
        for b in (self.create_button, self.rotate_button, self.export_button):
            actions.addWidget(b)
        actions.addStretch(1)
        close = dialog_buttons(self, None, Button.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(close)
        self.resize(760, 360)
        self.load()

    def load(self) -> None:
        self.rows = read(self.db, svc.list_keys)
        self.table.setRowCount(len(self.rows))
        for n, k in enumerate(self.rows):
            status = self.tr("Current") if k.current else (self.tr("Active") if k.active else self.tr("Retired"))
            trusted = (
                self.tr("Yes") if k.trusted else self.tr("No: %1").replace("%1", say(k.problem) if k.problem else "")
            )
            created = datetime_text(k.created_at)
            values = [k.key_id, created, status, trusted, self.tr("Yes") if k.private_here else self.tr("No")]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                if col == 3 and not k.trusted:
                    item.setForeground(Qt.GlobalColor.darkRed)
                    item.setToolTip(value)
                self.table.setItem(n, col, item)
        current = next((k for k in self.rows if k.current), None)
        self.create_button.setEnabled(current is None)
        self.rotate_button.setEnabled(current is not None)
        self.export_button.setEnabled(current is not None)
        if current is None:
            self.status_label.setText(
                self.tr("This centre has no signing key yet: certificates cannot be issued until you create one.")
            )
        elif not current.private_here:
            self.status_label.setText(
                self.tr(
                    "The private key of %1 is not on this computer: certificates can be issued only where it is. Copy it "
                    "from the computer where it was made, or rotate the key here."
                ).replace("%1", current.key_id)
            )
        else:
            self.status_label.setText(self.tr("New certificates are signed with key %1.").replace("%1", current.key_id))

    def _change(self, work) -> bool:  # type: ignore[no-untyped-def]
        try:
            return ChangeOp(self, self.db, work, changes=Changed.KEYS, title=self.tr("Signing keys")).run()
        finally:
            self.load()

    def create_key(self) -> None:
        self._change(lambda s: svc.create_key(s, self.actor))

    def rotate_key(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Rotate the signing key"),
            self.tr(
                "Make a new signing key for new certificates? The current key is retired: the certificates it "
                "signed still verify. Those who verify certificates offline need the new public key."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._change(lambda s: svc.rotate_key(s, self.actor)):
            self.export_public()

    def export_public(self) -> None:
        found: list[tuple[str, bytes]] = []
        if not QueryOp(self, self.db, svc.public_key_pem, title=self.tr("Signing keys")).success(found.append).run():
            return
        key_id, pem = found[0]
        chosen, _ = save_file_name(
            self, self.tr("Export public key"), f"centre-key-{key_id}.pem", self.tr("Public key (*.pem)"), kind="export"
        )
        if chosen is None:
            return
        path = chosen
        try:
            write_file(path, pem)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.status_label.setText(
            self.tr("Public key %1 written to %2.").replace("%1", key_id).replace("%2", str(path))
        )
