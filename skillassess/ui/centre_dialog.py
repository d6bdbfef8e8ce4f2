"""Centre settings for administrators: name, code, country, address, logo, signatories, verification address."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import Role
from skillassess.core.errors import DomainError
from skillassess.core.messages import msg
from skillassess.formats.certificate_wording import LANGUAGES
from skillassess.formats.images import image_problem
from skillassess.services import centre as svc
from skillassess.services.centre import CentreSettings, SignatorySettings
from skillassess.ui.errors import show_error
from skillassess.ui.first_start import countries
from skillassess.ui.ops import Changed, ChangeOp, read
from skillassess.ui.state import AppState

NAME_COLUMN = 0
SIGNATURE_COLUMN = 1 + len(LANGUAGES)
LOGO_HEIGHT = 56
EXAMPLE_ADDRESS = "https://verify.example.org/"  # an address: the same in every language


def _image_folder() -> str:
    folder = str(QSettings().value("paths/last_image_folder", ""))
    return folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)


class CentreSettingsDialog(QDialog):
    """Edit the centre's settings; Save changes them all in one audited transaction, or none."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Centre settings"))
        self.settings: CentreSettings = read(state.db, svc.centre_settings)
        self.logo = self.settings.logo
        self.signatures: list[bytes | None] = [s.signature_image for s in self.settings.signatories]

        self.name_edit = QLineEdit(self.settings.name)
        self.code_edit = QLineEdit(self.settings.code)
        self.code_edit.setMaxLength(20)
        self.code_edit.setToolTip(self.tr("Starts new certificate serial numbers and registration numbers."))
        self.country_combo = QComboBox()
        for code, name in countries():
            self.country_combo.addItem(f"{name} ({code})", code)
        index = self.country_combo.findData(self.settings.country)
        if index < 0:
            self.country_combo.addItem(self.settings.country, self.settings.country)
            index = self.country_combo.count() - 1
        self.country_combo.setCurrentIndex(index)
        self.address_edit = QLineEdit(self.settings.address)
        self.logo_preview = QLabel()
        self.logo_preview.setMinimumHeight(LOGO_HEIGHT)
        self.logo_button = QPushButton(self.tr("Choose &logo…"))
        self.logo_remove = QPushButton(self.tr("Remove logo"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_remove.clicked.connect(lambda: self.set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_remove)
        self.address_web = QLineEdit(self.settings.verification_address or "")
        self.address_web.setPlaceholderText(EXAMPLE_ADDRESS)
        self.address_web.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        web_hint = QLabel(
            self.tr(
                "QR codes on new certificates link to this address, where anyone can check them. "
                "Leave it empty to print the signed text only."
            )
        )
        web_hint.setWordWrap(True)
        web_hint.setStyleSheet("color: palette(placeholder-text);")

        form = QFormLayout()
        form.addRow(self.tr("Centre &name:"), self.name_edit)
        form.addRow(self.tr("Centre &code:"), self.code_edit)
        form.addRow(self.tr("C&ountry:"), self.country_combo)
        form.addRow(self.tr("&Address:"), self.address_edit)
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow(self.tr("&Verification address:"), self.address_web)
        form.addRow("", web_hint)

        headers = (
            [self.tr("Name")]
            + [self.tr("Title (%1)").replace("%1", name) for name in LANGUAGES.values()]
            + [self.tr("Signature")]
        )
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(SIGNATURE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        for s in self.settings.signatories:
            self._append_row(s)
        self.add_button = QPushButton(self.tr("&Add signatory"))
        self.remove_button = QPushButton(self.tr("R&emove signatory"))
        self.signature_button = QPushButton(self.tr("Choose &signature…"))
        self.signature_remove = QPushButton(self.tr("Remove signature"))
        self.add_button.clicked.connect(self.add_signatory)
        self.remove_button.clicked.connect(self.remove_signatory)
        self.signature_button.clicked.connect(self.choose_signature)
        self.signature_remove.clicked.connect(lambda: self.set_signature(self.table.currentRow(), None))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        sig_buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.signature_button, self.signature_remove):
            sig_buttons.addWidget(b)
        sig_buttons.addStretch(1)
        sig_box = QGroupBox(self.tr("Signatories on certificates (at most %1)").replace("%1", str(svc.MAX_SIGNATORIES)))
        sig_layout = QVBoxLayout(sig_box)
        sig_layout.addWidget(self.table)
        sig_layout.addLayout(sig_buttons)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        admin = state.actor is not None and state.actor.has(Role.ADMINISTRATOR)
        self.save_button.setEnabled(admin)
        if not admin:
            self.save_button.setToolTip(self.tr("Only administrators change the centre settings."))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(sig_box, 1)
        layout.addWidget(self.buttons)
        self._show_logo()
        self._update_buttons()
        self.resize(940, 600)

    # Logo ---------------------------------------------------------------------------------------------
    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo and pixmap.loadFromData(self.logo):
            self.logo_preview.setPixmap(pixmap.scaledToHeight(LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setText(self.tr("No logo"))
        self.logo_remove.setEnabled(bool(self.logo))

    def choose_logo(self) -> None:
        path = self._choose_image(self.tr("Centre logo"))
        if path is not None:
            self.set_logo_file(path)

    def set_logo_file(self, path: Path) -> bool:
        data = self._checked_image(path, msg("Logo"), svc.MAX_LOGO_BYTES)
        if data is None:
            return False
        self.set_logo(data)
        return True

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data
        self._show_logo()

    # Signatories --------------------------------------------------------------------------------------
    def _append_row(self, s: SignatorySettings) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME_COLUMN, QTableWidgetItem(s.name))
        for n, code in enumerate(LANGUAGES, start=1):
            self.table.setItem(row, n, QTableWidgetItem(s.titles.get(code, "")))
        if len(self.signatures) <= row:
            self.signatures.append(s.signature_image)
        self._show_signature(row)

    def _show_signature(self, row: int) -> None:
        item = QTableWidgetItem(self.tr("Image") if self.signatures[row] else self.tr("None"))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, SIGNATURE_COLUMN, item)

    def add_signatory(self) -> None:
        self._append_row(SignatorySettings(""))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, NAME_COLUMN)
        self.table.editItem(self.table.item(row, NAME_COLUMN))
        self._update_buttons()

    def remove_signatory(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        del self.signatures[row]
        self._update_buttons()

    def choose_signature(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        path = self._choose_image(self.tr("Signature"))
        if path is not None:
            self.set_signature_file(row, path)

    def set_signature_file(self, row: int, path: Path) -> bool:
        data = self._checked_image(path, msg("Signatory {n}, signature", n=row + 1), svc.MAX_SIGNATURE_BYTES)
        if data is None:
            return False
        self.set_signature(row, data)
        return True

    def set_signature(self, row: int, data: bytes | None) -> None:
        if 0 <= row < len(self.signatures):
            self.signatures[row] = data
            self._show_signature(row)
            self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        selected = 0 <= row < self.table.rowCount() and bool(self.table.selectionModel().selectedRows())
        self.add_button.setEnabled(self.table.rowCount() < svc.MAX_SIGNATORIES)
        self.remove_button.setEnabled(selected)
        self.signature_button.setEnabled(selected)
        self.signature_remove.setEnabled(selected and bool(self.signatures[row]))

    # Files --------------------------------------------------------------------------------------------
    def _choose_image(self, title: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, title, _image_folder(), self.tr("Images (*.png *.jpg *.jpeg)"))
        if not name:
            return None
        QSettings().setValue("paths/last_image_folder", str(Path(name).parent))
        return Path(name)

    def _checked_image(self, path: Path, field: object, max_bytes: int) -> bytes | None:
        """The image at ``path``, or None after saying (naming the field and file) why it cannot be used."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            show_error(
                self,
                DomainError(
                    msg(
                        "{field}: {path} cannot be read ({reason}).",
                        field=field,
                        path=path.name,
                        reason=exc.strerror or "",
                    )
                ),
            )
            return None
        problem = image_problem(data, max_bytes=max_bytes)
        if problem is not None:
            show_error(
                self, DomainError(msg("{field}: {path}: {problem}", field=field, path=path.name, problem=problem))
            )
            return None
        return data

    # Saving -------------------------------------------------------------------------------------------
    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def values(self) -> CentreSettings:
        """The settings as the dialog shows them."""
        signatories = tuple(
            SignatorySettings(
                self._text(row, NAME_COLUMN),
                {code: self._text(row, n) for n, code in enumerate(LANGUAGES, start=1) if self._text(row, n).strip()},
                self.signatures[row],
            )
            for row in range(self.table.rowCount())
        )
        return CentreSettings(
            name=self.name_edit.text(),
            code=self.code_edit.text(),
            country=str(self.country_combo.currentData() or ""),
            address=self.address_edit.text(),
            logo=self.logo,
            verification_address=self.address_web.text(),
            signatories=signatories,
        )

    def save(self) -> bool:
        actor = self.state.actor
        if actor is None:
            return False
        values = self.values()
        saved = (
            ChangeOp(
                self, self.state.db, lambda s: svc.update_centre_settings(s, actor, values), changes=Changed.CENTRE
            )
            .success(self._saved)
            .run()
        )
        return saved

    def _saved(self, settings: CentreSettings) -> None:
        self.settings = settings
        self.accept()
