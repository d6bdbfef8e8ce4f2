"""Signing in: the dialog, and the whole flow (first-start wizard when the database has no users)."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from skillassess import APP_NAME
from skillassess.core.errors import DomainError
from skillassess.db.database import Database
from skillassess.services.context import Actor
from skillassess.services.users import (
    LOCKOUT_MINUTES,
    MAX_FAILED_ATTEMPTS,
    AccountDeactivated,
    WrongPassword,
    authenticate,
    has_users,
)
from skillassess.ui.errors import show_error
from skillassess.ui.ops import Changed, ChangeOp, read
from skillassess.ui.tasks import Task

LAST_USER_KEY = "session/last_username"


def last_user_key(db: Database) -> str:
    """Where the last user name signed in to ``db`` is remembered: one per database, so that the sign-in of
    another database never offers a name that belongs to this one."""
    digest = hashlib.sha256(db.url.encode("utf-8")).hexdigest()[:16]
    return f"{LAST_USER_KEY}/{digest}"


class SignInDialog(QDialog):
    """User name and password; plain messages for a wrong password, a deactivated or a locked account."""

    def __init__(self, db: Database, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.task: Task | None = None
        self.setObjectName("SignInDialog")
        self.setWindowTitle(self.tr("Sign in — %1").replace("%1", APP_NAME))
        from skillassess.services.demo import DEMO_USERS, demo_password, is_demo_database  # not at start-up

        demo = read(db, is_demo_database)
        self.is_demo = demo
        intro = QLabel(self.tr("Database: %1").replace("%1", db.name))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("username")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if demo:
            # Newcomers exploring the demo need the passwords; they are public (README, `skillassess demo`).
            self.hint_label = QLabel(
                self.tr(
                    "This is the demo database. Users: %1. Each password is demo- followed by the user "
                    "name, for example %2."
                )
                .replace("%1", ", ".join(u for u, _n, _r in DEMO_USERS))
                .replace("%2", demo_password("admin"))
            )
            self.hint_label.setObjectName("demo_hint")
            self.hint_label.setWordWrap(True)
            layout.addWidget(self.hint_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if not username:
            username = "admin" if demo else str(QSettings().value(last_user_key(db), "") or "")
        self.username_edit.setText(username)
        (self.password_edit if username else self.username_edit).setFocus()
        self.setMinimumWidth(380)

    def show_error(self, text: str) -> None:
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setText(text)
        self.error_label.show()
        self.adjustSize()  # grow to show the whole message (it may run to several lines)

    def try_sign_in(self) -> None:
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username or not password:
            self.show_error(self.tr("Enter your user name and password."))
            return
        if self.task is not None:
            return
        # Checking an Argon2 hash takes a good part of a second on a slow laptop: off the GUI thread.
        # Nothing shown elsewhere changes (failed attempts and the last sign-in are the account's own).
        self._set_busy(True)
        self.task = (
            ChangeOp(self, self.db, lambda s: authenticate(s, username, password), changes=Changed.NOTHING)
            .success(self._signed_in)
            .failure(self._refused)
            .run_in_background(show_progress=False)
        )

    def _set_busy(self, busy: bool) -> None:
        for w in (self.username_edit, self.password_edit, self.sign_in_button):
            w.setEnabled(not busy)
        if busy:
            self.error_label.setText(self.tr("Signing in…"))
            self.error_label.setStyleSheet("")
            self.error_label.show()

    def _signed_in(self, actor: Actor) -> None:
        self.task = None
        self._set_busy(False)
        self.actor = actor
        QSettings().setValue(last_user_key(self.db), actor.username)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.task = None
        self._set_busy(False)
        self.password_edit.clear()
        self.password_edit.setFocus()
        if isinstance(exc, WrongPassword):
            # A locked account and an unknown user name get these same words: nobody learns which names exist.
            self.show_error(
                self.tr(
                    "Wrong user name or password, or the account is locked after %1 wrong passwords. A locked account "
                    "opens again after %n minute(s); an administrator can unlock it sooner by resetting the password.",
                    "",
                    LOCKOUT_MINUTES,
                ).replace("%1", QLocale().toString(MAX_FAILED_ATTEMPTS))
            )
        elif isinstance(exc, AccountDeactivated):
            self.show_error(self.tr("The account %1 is deactivated; ask an administrator.").replace("%1", exc.username))
        elif isinstance(exc, DomainError):
            self.show_error(str(exc))
        else:  # e.g. the database went away: say so, never a traceback
            self.error_label.hide()
            show_error(self, exc)


def sign_in(db: Database, parent: QWidget | None = None, username: str = "") -> Actor | None:
    """The signed-in Actor for ``db``: the first-start wizard if it has no users, else the sign-in dialog.

    None when the user cancels.
    """
    if not read(db, has_users):
        from skillassess.ui import language_page
        from skillassess.ui.first_start import FirstStartWizard

        language_page.register()  # the language page first (start-up leaves the wizard's import to here)
        wizard = FirstStartWizard(db, parent)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        # The administrator has just chosen the password: no need to type it again.
        return wizard.actor
    dialog = SignInDialog(db, parent, username)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor
