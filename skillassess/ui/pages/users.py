"""Users page (administrators): add users, change roles and assessor registration, deactivate, reset passwords."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import Role
from skillassess.core.errors import DomainError
from skillassess.core.passwords import MIN_LENGTH
from skillassess.db.database import Database
from skillassess.services import users as svc
from skillassess.services.context import Actor
from skillassess.services.users import UserRow
from skillassess.ui.dates import DateField, date_text
from skillassess.ui.errors import show_error
from skillassess.ui.labels import label
from skillassess.ui.ops import Changed, ChangeOp, read
from skillassess.ui.pages.base import Page
from skillassess.ui.state import AppState
from skillassess.ui.table_models import Column, PagedTableModel, record_table
from skillassess.ui.widgets import Button, dialog_buttons


def _error_label() -> QLabel:
    lab = QLabel()
    lab.setObjectName("error")
    lab.setWordWrap(True)
    lab.setStyleSheet("color: #b00020;")
    lab.hide()
    return lab


def _shown_in(dialog: QDialog, error_label: QLabel) -> Callable[[Exception], None]:
    """A failure handler: a domain error (a rule the user can fix) below the fields, anything else in the dialog."""

    def failed(exc: Exception) -> None:
        if isinstance(exc, DomainError):
            error_label.setText(str(exc))
            error_label.show()
        else:
            show_error(dialog, exc)

    return failed


class _PasswordFields:
    """A password typed twice, checked for length and sameness before any service is called."""

    def __init__(self, form: QFormLayout, first_label: str, second_label: str) -> None:
        self.first = QLineEdit()
        self.first.setObjectName("password")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("password_again")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)

    def problem(self) -> str | None:
        if self.first.text() != self.second.text():
            return QCoreApplication.translate("PasswordFields", "The two passwords differ; type them again.")
        if len(self.first.text()) < MIN_LENGTH:
            return QCoreApplication.translate("PasswordFields", "The password needs at least %1 characters.").replace(
                "%1", QLocale().toString(MIN_LENGTH)
            )
        return None

    def save(self, dialog: QDialog, error_label: QLabel, db: Database, change: Callable[[Any], object]) -> None:
        """Check the fields, run ``change`` as one transaction and close ``dialog``; problems show in ``error_label``."""
        problem = self.problem()
        if problem is not None:
            error_label.setText(problem)
            error_label.show()
            return
        ChangeOp(dialog, db, change, changes=Changed.USERS).success(lambda _r: dialog.accept()).failure(
            _shown_in(dialog, error_label)
        ).run()


class UserDialog(QDialog):
    """Add a user (``row`` None) or change one: full name, roles, assessor registration and its expiry."""

    def __init__(self, db: Database, actor: Actor, row: UserRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.row = db, actor, row
        self.result_row: UserRow | None = None
        self.setObjectName("UserDialog")
        self.setWindowTitle(
            self.tr("Add user") if row is None else self.tr("Change user %1").replace("%1", row.username)
        )
        form = QFormLayout()
        self.username_edit = QLineEdit(row.username if row else "")
        self.username_edit.setObjectName("username")
        self.username_edit.setReadOnly(row is not None)
        self.full_name_edit = QLineEdit(row.full_name if row else "")
        self.full_name_edit.setObjectName("full_name")
        form.addRow(self.tr("&User name:"), self.username_edit)
        form.addRow(self.tr("&Full name:"), self.full_name_edit)
        roles_box = QVBoxLayout()
        self.role_checks: dict[Role, QCheckBox] = {}
        for role in Role:
            check = QCheckBox(label(role))
            check.setObjectName(f"role_{role.value}")
            check.setChecked(row is not None and role in row.roles)
            self.role_checks[role] = check
            roles_box.addWidget(check)
        form.addRow(self.tr("Roles:"), roles_box)
        self.registration_edit = QLineEdit((row.assessor_registration_number or "") if row else "")
        self.registration_edit.setObjectName("registration_number")
        self.registration_edit.setPlaceholderText(self.tr("for assessors"))
        form.addRow(self.tr("Assessor &registration no.:"), self.registration_edit)
        self.expires_check = QCheckBox(self.tr("Expires on"))
        self.expires_check.setObjectName("has_expiry")
        self.expires_edit = DateField()
        self.expires_edit.setObjectName("expires_on")
        expires = row.registration_expires_on if row else None
        self.expires_check.setChecked(expires is not None)
        self.expires_edit.setDate(QDate(expires) if expires else QDate.currentDate().addYears(2))
        self.expires_edit.setEnabled(expires is not None)
        self.expires_check.toggled.connect(self.expires_edit.setEnabled)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expires_check)
        expiry_row.addWidget(self.expires_edit, 1)
        form.addRow(self.tr("Registration:"), expiry_row)
        self.passwords: _PasswordFields | None = None
        if row is None:
            self.passwords = _PasswordFields(form, self.tr("&Password:"), self.tr("Password &again:"))
        self.error_label = _error_label()
        buttons = dialog_buttons(self, self.save, Button.Save | Button.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def roles(self) -> list[Role]:
        return [r for r, c in self.role_checks.items() if c.isChecked()]

    def expires_on(self) -> dt.date | None:
        if not self.expires_check.isChecked():
            return None
        return self.expires_edit.date().toPython()  # type: ignore[no-any-return]

    def save(self) -> None:
        if not self.roles():
            self._error(self.tr("Give the user at least one role."))
            return
        if self.passwords is not None and (problem := self.passwords.problem()):
            self._error(problem)
            return
        actor, row, roles = self.actor, self.row, self.roles()
        username, full_name = self.username_edit.text(), self.full_name_edit.text()
        number, expires = self.registration_edit.text(), self.expires_on()
        password = self.passwords.first.text() if self.passwords is not None else ""

        def change(s: Any) -> svc.UserRow:
            if row is None:
                return svc.add_user(
                    s,
                    actor,
                    username,
                    password,
                    roles,
                    full_name=full_name,
                    assessor_registration_number=number,
                    registration_expires_on=expires,
                )
            return svc.update_user(
                s,
                actor,
                row.username,
                full_name=full_name,
                roles=roles,
                assessor_registration_number=number,
                registration_expires_on=expires,
            )

        def saved(result: UserRow) -> None:
            self.result_row = result
            self.accept()

        ChangeOp(self, self.db, change, changes=Changed.USERS).success(saved).failure(
            _shown_in(self, self.error_label)
        ).run()

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


def _lay_out(
    dialog: QDialog, intro: QWidget | None, form: QFormLayout, error_label: QLabel, save: Callable[[], None]
) -> None:
    """A password dialog from top to bottom: what it is for, its fields, the problem found, Ok (``save``) and
    Cancel."""
    layout = QVBoxLayout(dialog)
    if intro is not None:
        layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(error_label)
    layout.addWidget(dialog_buttons(dialog, save))


class ResetPasswordDialog(QDialog):
    """An administrator gives a user a new password (which also unlocks a locked account)."""

    def __init__(self, db: Database, actor: Actor, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.username = db, actor, username
        self.setObjectName("ResetPasswordDialog")
        self.setWindowTitle(self.tr("New password for %1").replace("%1", username))
        form = QFormLayout()
        self.passwords = _PasswordFields(form, self.tr("&New password:"), self.tr("New password &again:"))
        self.error_label = _error_label()
        intro = QLabel(self.tr("Tell the user the new password in person; it also unlocks a locked account."))
        _lay_out(self, intro, form, self.error_label, self.save)

    def save(self) -> None:
        self.passwords.save(
            self,
            self.error_label,
            self.db,
            lambda s: svc.reset_password(s, self.actor, self.username, self.passwords.first.text()),
        )


class ChangePasswordDialog(QDialog):
    """The signed-in user changes their own password."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setObjectName("ChangePasswordDialog")
        self.setWindowTitle(self.tr("Change my password"))
        form = QFormLayout()
        self.current_edit = QLineEdit()
        self.current_edit.setObjectName("current_password")
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Current password:"), self.current_edit)
        self.passwords = _PasswordFields(form, self.tr("&New password:"), self.tr("New password &again:"))
        self.error_label = _error_label()
        _lay_out(self, None, form, self.error_label, self.save)

    def save(self) -> None:
        self.passwords.save(
            self,
            self.error_label,
            self.db,
            lambda s: svc.change_own_password(s, self.actor, self.current_edit.text(), self.passwords.first.text()),
        )


class UserTableModel(PagedTableModel[UserRow]):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self.db = db
        self._rows_cache: list[UserRow] = []

        def expiry(r: UserRow) -> str:
            if r.registration_expires_on is None:
                return ""
            text = date_text(r.registration_expires_on)
            if r.registration_expires_on < dt.date.today():
                return self.tr("%1 (expired)").replace("%1", text)
            return text

        def status(r: UserRow) -> str:
            if not r.active:
                return self.tr("Deactivated")
            if r.locked_until is not None and r.locked_until > dt.datetime.now(dt.UTC):
                return self.tr("Locked")
            return self.tr("Active")

        columns = [
            Column[UserRow](self.tr("User name"), lambda r: r.username, left_to_right=True),
            Column[UserRow](self.tr("Full name"), lambda r: r.full_name),
            Column[UserRow](self.tr("Roles"), lambda r: ", ".join(label(x) for x in r.roles)),
            Column[UserRow](self.tr("Status"), status),
            Column[UserRow](
                self.tr("Assessor registration no."), lambda r: r.assessor_registration_number or "", left_to_right=True
            ),
            Column[UserRow](self.tr("Registration expires"), expiry),
        ]
        super().__init__(columns, self._count_rows, self._page_rows, parent)

    # Users are few (tens): one query for the count and the rows.
    def _count_rows(self) -> int:
        self._rows_cache = read(self.db, svc.list_users)
        return len(self._rows_cache)

    def _page_rows(self, offset: int, limit: int) -> list[UserRow]:
        return self._rows_cache[offset : offset + limit]

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and not self.row(index.row()).active:
            return QBrush(QColor("#777777"))
        return super().data(index, role)


class UsersPage(Page):
    @classmethod
    def allowed(cls, actor: Actor | None) -> bool:
        return actor is not None and actor.has(Role.ADMINISTRATOR)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.model = UserTableModel(state.db, self)
        self.table = record_table(self.model)
        self.table.doubleClicked.connect(lambda _i: self.edit_user())
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.add_button.clicked.connect(self.add_user)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        self.keys_button = QPushButton(self.tr("Signing &keys…"))
        self.keys_button.setToolTip(
            self.tr("The centre's certificate signing keys: create, rotate, export the public key.")
        )
        self.keys_button.clicked.connect(self.signing_keys)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.reset_button, self.active_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.keys_button)
        self.count_label = QLabel()
        note = QLabel(
            self.tr("Users who have records are never deleted: deactivate them, and they can no longer sign in.")
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
        layout.addWidget(note)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        # Users changed elsewhere (a password changed from the File menu); this page reloads after its own.
        self.subscribe(Changed.USERS, ignore_own=True)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Users")

    def load(self) -> None:
        selected = self.selected()
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("%n user(s)", "", self.model.total))
        if selected is not None:
            self.select(selected.username)
        self._update_buttons()

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row(rows[0].row()) if rows else None

    def select(self, username: str) -> None:
        for n in range(self.model.rowCount()):
            if self.model.row(n).username == username:
                self.table.selectRow(n)
                return

    def _update_buttons(self) -> None:
        row = self.selected()
        for b in (self.edit_button, self.reset_button, self.active_button):
            b.setEnabled(row is not None)
        self.active_button.setText(
            self.tr("&Activate") if row is not None and not row.active else self.tr("&Deactivate")
        )

    def _changed(self, username: str) -> None:
        self.load()
        self.select(username)

    def add_user(self) -> None:
        assert self.actor is not None
        dialog = UserDialog(self.db, self.actor, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_row is not None:
            self._changed(dialog.result_row.username)

    def edit_user(self) -> None:
        row = self.selected()
        if row is None or self.actor is None:
            return
        dialog = UserDialog(self.db, self.actor, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(row.username)

    def reset_password(self) -> None:
        row = self.selected()
        if row is None or self.actor is None:
            return
        if ResetPasswordDialog(self.db, self.actor, row.username, self).exec() == QDialog.DialogCode.Accepted:
            self._changed(row.username)

    def signing_keys(self) -> None:
        from skillassess.ui.keys_dialog import SigningKeysDialog

        if self.actor is None:
            return
        SigningKeysDialog(self.db, self.actor, self).exec()

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None or self.actor is None:
            return
        actor = self.actor
        ChangeOp(
            self, self.db, lambda s: svc.set_active(s, actor, row.username, not row.active), changes=Changed.USERS
        ).success(lambda _r: self._changed(row.username)).run()
