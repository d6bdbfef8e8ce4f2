"""First start: a wizard that records the centre and its first administrator in an empty database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from skillassess import APP_NAME
from skillassess.core.countries import countries as cldr_countries
from skillassess.core.errors import DomainError
from skillassess.core.passwords import MIN_LENGTH
from skillassess.db.database import Database
from skillassess.services.context import Actor
from skillassess.services.users import CENTRE_CODE_PATTERN, AdminFields, CentreFields, create_centre_and_admin
from skillassess.ui.errors import show_error
from skillassess.ui.file_dialogs import open_file_name
from skillassess.ui.i18n import current_language
from skillassess.ui.ops import Changed, ChangeOp

# Pages shown before the centre page, each made with the wizard as argument. The interface-language
# work adds its language page here, so that the rest of the wizard is already in the chosen language.
EXTRA_FIRST_PAGES: list[Callable[[QWizard], QWizardPage]] = []


def countries() -> list[tuple[str, str]]:
    """(ISO code, name) of every country, named and sorted in the interface language (CLDR)."""
    return cldr_countries(current_language())


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


class CentrePage(QWizardPage):
    """The centre: name, code, country, logo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your centre"))
        self.setSubTitle(self.tr("These appear on certificates and reports. An administrator can change them later."))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("centre_name")
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("centre_code")
        self.code_edit.setMaxLength(20)
        self.code_edit.setPlaceholderText(self.tr("e.g. ACC"))
        self.country_combo = QComboBox()
        self.country_combo.setObjectName("country")
        self.country_combo.addItem(self.tr("Choose…"), "")
        for code, name in countries():
            self.country_combo.addItem(f"{name} ({code})", code)
        system = QLocale.territoryToCode(QLocale.system().territory())
        if system:
            self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(system)))
        self.address_edit = QLineEdit()
        self.logo: bytes | None = None
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setMinimumHeight(64)
        self.logo_button = QPushButton(self.tr("Choose &logo…"))
        self.logo_button.clicked.connect(self.choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(self.logo_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Centre &name:"), self.name_edit)
        form.addRow(self.tr("Centre &code:"), self.code_edit)
        form.addRow(self.tr("C&ountry:"), self.country_combo)
        form.addRow(self.tr("&Address:"), self.address_edit)
        form.addRow(self.tr("Logo:"), logo_row)
        self.error_label = _error_label()
        form.addRow(self.error_label)
        for signal in (self.name_edit.textChanged, self.code_edit.textChanged):
            signal.connect(lambda _t: self.completeChanged.emit())
        self.country_combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())

    def isComplete(self) -> bool:
        return bool(
            self.name_edit.text().strip() and self.code_edit.text().strip() and self.country_combo.currentData()
        )

    def validatePage(self) -> bool:
        if not CENTRE_CODE_PATTERN.fullmatch(self.code_edit.text().strip().upper()):
            self.error_label.setText(
                self.tr(
                    "The centre code may have up to 20 letters, digits or hyphens "
                    "(for example ACC); it starts every certificate serial number."
                )
            )
            self.error_label.show()
            return False
        self.error_label.hide()
        return True

    def choose_logo(self) -> None:
        path = open_file_name(self, self.tr("Centre logo"), self.tr("Images (*.png *.jpg *.jpeg)"), kind="logo")
        if path is not None:
            self.set_logo_file(path)

    def set_logo_file(self, path: Path) -> None:
        """Use the image at ``path`` as the logo (shown scaled; stored as the file's bytes)."""
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self.error_label.setText(self.tr("%1 is not an image that can be read.").replace("%1", path.name))
            self.error_label.show()
            return
        self.logo = path.read_bytes()
        self.logo_preview.setPixmap(pixmap.scaledToHeight(64, Qt.TransformationMode.SmoothTransformation))
        self.error_label.hide()

    def fields(self) -> CentreFields:
        return CentreFields(
            name=self.name_edit.text(),
            code=self.code_edit.text(),
            country=str(self.country_combo.currentData() or ""),
            address=self.address_edit.text(),
            logo=self.logo,
        )


class AdminPage(QWizardPage):
    """The first administrator: user name, full name, password twice."""

    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(
            self.tr("This person adds the other users. Choose a password of at least %1 characters.").replace(
                "%1", str(MIN_LENGTH)
            )
        )
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("admin_username")
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setObjectName("admin_full_name")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("admin_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again_edit = QLineEdit()
        self.password_again_edit.setObjectName("admin_password_again")
        self.password_again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("&User name:"), self.username_edit)
        form.addRow(self.tr("&Full name:"), self.full_name_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("Password &again:"), self.password_again_edit)
        self.error_label = _error_label()
        form.addRow(self.error_label)
        for edit in (self.username_edit, self.password_edit, self.password_again_edit):
            edit.textChanged.connect(lambda _t: self.completeChanged.emit())

    def isComplete(self) -> bool:
        return bool(self.username_edit.text().strip() and self.password_edit.text() and self.password_again_edit.text())

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def validatePage(self) -> bool:
        password = self.password_edit.text()
        if password != self.password_again_edit.text():
            self.show_error(self.tr("The two passwords differ; type them again."))
            self.password_again_edit.clear()
            return False
        if len(password) < MIN_LENGTH:
            self.show_error(self.tr("The password needs at least %1 characters.").replace("%1", str(MIN_LENGTH)))
            return False
        admin = AdminFields(username=self.username_edit.text(), password=password, full_name=self.full_name_edit.text())
        return self._wizard.create(admin)


class FirstStartWizard(QWizard):
    """Shown when the database has no users; on success ``actor`` is the new administrator."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setObjectName("FirstStartWizard")
        self.setWindowTitle(self.tr("Welcome to %1").replace("%1", APP_NAME))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.extra_pages = [factory(self) for factory in EXTRA_FIRST_PAGES]
        for page in self.extra_pages:
            self.addPage(page)
        self.centre_page = CentrePage(self)
        self.admin_page = AdminPage(self)
        self.addPage(self.centre_page)
        self.addPage(self.admin_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start"))
        intro = QLabel(
            self.tr(
                "This database (%1) has no users yet. Record your centre and its first administrator to start."
            ).replace("%1", db.name)
        )
        intro.setWordWrap(True)
        self.centre_page.layout().insertRow(0, intro)  # type: ignore[attr-defined]
        self.resize(620, 480)

    def create(self, admin: AdminFields) -> bool:
        """Record the centre and administrator; on a problem show it on the page that has it and stay."""
        fields = self.centre_page.fields()

        def failed(exc: Exception) -> None:
            if isinstance(exc, DomainError):
                self.admin_page.show_error(str(exc))
            else:
                show_error(self, exc)

        def created(actor: Actor) -> None:
            self.actor = actor

        return (
            ChangeOp(
                self,
                self.db,
                lambda s: create_centre_and_admin(s, fields, admin),
                changes=Changed.CENTRE | Changed.USERS,
            )
            .success(created)
            .failure(failed)
            .run()
        )
