"""Dialogs of the Certificates page: issue, preview, revoke, reissue and verify."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.errors import DomainError
from skillassess.core.messages import msg
from skillassess.db.database import Database
from skillassess.formats.certificate_wording import LANGUAGES
from skillassess.services import badges, certificate_verification
from skillassess.services import certificates as svc
from skillassess.ui.dates import date_text
from skillassess.ui.errors import say, show_error
from skillassess.ui.file_dialogs import open_file_name
from skillassess.ui.ops import read
from skillassess.ui.screen_fit import DECORATION, available_area, fit_to_screen
from skillassess.ui.table_models import Column, PagedTableModel, record_table
from skillassess.ui.widgets import Button, dialog_buttons

LTR = "\u2066%s\u2069"  # codes and serials read left to right inside right-to-left text


def language_combo(with_none: bool, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    if with_none:
        combo.addItem(QCoreApplication.translate("IssueDialog", "(none)"), "")
    for code, name in LANGUAGES.items():
        combo.addItem(f"{name} ({code})", code)
    return combo


class IssueDialog(QDialog):
    """Choose eligible candidates, the certificate languages and the page orientation."""

    def __init__(self, rows: list[svc.EligibleRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Issue certificates"))
        self.rows = rows
        # A national register has tens of thousands eligible at once: a view over the list, not an item per cell.
        full, statement = self.tr("Full certificate"), self.tr("Statement of attainment")
        columns = [
            Column[svc.EligibleRow](self.tr("Registration no."), lambda r: r.registration_number, left_to_right=True),
            Column[svc.EligibleRow](self.tr("Candidate"), lambda r: r.candidate_name),
            Column[svc.EligibleRow](self.tr("Qualification"), lambda r: r.qualification, left_to_right=True),
            Column[svc.EligibleRow](self.tr("Certificate"), lambda r: full if r.eligible == "full" else statement),
            Column[svc.EligibleRow](self.tr("Units achieved"), lambda r: " ".join(r.units), left_to_right=True),
        ]
        self.model = PagedTableModel(
            columns, lambda: len(rows), lambda offset, limit: rows[offset : offset + limit], self
        )
        self.model.PAGE_SIZE = max(len(rows), 1)  # in memory already: every row at once, drawn on demand
        self.model.reload()
        self.table = record_table(self.model, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setParent(self)
        self.table.horizontalHeader().setResizeContentsPrecision(50)  # sized from the first rows
        self.table.resizeColumnsToContents()
        self.first_language = language_combo(False, self)
        self.second_language = language_combo(True, self)
        self.orientation = QComboBox(self)
        self.orientation.addItem(self.tr("A4 landscape"), "landscape")
        self.orientation.addItem(self.tr("A4 portrait"), "portrait")
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.first_language)
        form.addRow(self.tr("Second language"), self.second_language)
        form.addRow(self.tr("Page"), self.orientation)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.issue_button = self.buttons.addButton(self.tr("Issue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.issue_button.setEnabled(False)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.issue_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        )
        layout = QVBoxLayout(self)
        if not rows:
            layout.addWidget(QLabel(self.tr("No candidate is eligible: certificates need verified results.")))
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(820, 480)

    def _accept(self) -> None:
        if self.first_language.currentData() == self.second_language.currentData():
            show_error(self, DomainError(self.tr("Choose two different languages, or no second language.")))
            return
        self.accept()

    def selected(self) -> list[svc.EligibleRow]:
        return [self.rows[i.row()] for i in sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())]

    def languages(self) -> str:
        codes = [self.first_language.currentData(), self.second_language.currentData()]
        return ",".join(c for c in codes if c)

    def orientation_value(self) -> str:
        return str(self.orientation.currentData())


class IssueConfirmDialog(QDialog):
    """Asked before issuing: how many certificates, for whom, in which languages, and the first as it will
    print (marked as a preview). Nothing is issued and no serial is taken unless the registrar confirms."""

    def __init__(self, preview: svc.IssuePreview, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from skillassess.ui.pdf_pages import iter_page_images

        self.preview = preview
        count = len(preview.lines)
        self.setWindowTitle(self.tr("Issue %n certificate(s)?", "", count))
        # As the languages were chosen in the issue dialog: each in its own script, with its code.
        languages = self.tr(" and ").join(f"{LANGUAGES.get(code, code)} ({code})" for code in preview.languages)
        self.summary = QLabel(
            self.tr("%n certificate(s) will be issued in %1, dated %2.", "", count)
            .replace("%1", languages)
            .replace("%2", preview.issued_on.isoformat())
        )
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        note = QLabel(
            self.tr(
                "Each takes the next serial number and is recorded in the register; a mistake can then only be "
                "revoked, not undone."
            )
        )
        note.setWordWrap(True)
        self.table = QTableWidget(count, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Registration no."), self.tr("Candidate"), self.tr("Qualification"), self.tr("Certificate")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for n, line in enumerate(preview.lines):
            kind = self.tr("Full certificate") if line.kind.value == "full" else self.tr("Statement of attainment")
            for col, text in enumerate(
                [LTR % line.registration_number, line.candidate_name, LTR % line.qualification, kind]
            ):
                self.table.setItem(n, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.page_label = QLabel(self)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        first_page = next(iter(iter_page_images(pdf, dpi=40)), None)
        if first_page is not None:
            self.page_label.setPixmap(QPixmap.fromImage(first_page))
        self.page_label.setToolTip(self.tr("The first certificate as it will print (its serial is taken on issue)."))
        caption = QLabel(self.tr("First certificate: %1").replace("%1", preview.lines[0].candidate_name))
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.issue_button = self.buttons.addButton(
            self.tr("Issue %n certificate(s)", "", count), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # Enter does not issue: the registrar clicks Issue (or presses its shortcut) after reading.
        self.issue_button.setAutoDefault(False)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.summary)
        left.addWidget(note)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        right.addWidget(self.page_label, 1)
        right.addWidget(caption)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 520)


class PreviewDialog(QDialog):
    """The pages of a certificate PDF, as they will print."""

    def __init__(self, title: str, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from skillassess.ui.pdf_pages import first_page_size, iter_page_images

        self.setWindowTitle(title)
        self.pdf = pdf
        pages = QWidget()
        col = QVBoxLayout(pages)
        self.page_labels: list[QLabel] = []
        # A whole page in view on a laptop screen: the resolution follows the available height.
        room = available_area(self).height() - DECORATION.height() - 110  # the buttons and margins
        _width, height = first_page_size(pdf)
        dpi = max(48.0, min(84.0, 72.0 * room / height)) if height > 0 else 84.0
        for image in iter_page_images(pdf, dpi=dpi):
            lab = QLabel()
            lab.setPixmap(QPixmap.fromImage(image))
            lab.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            col.addWidget(lab)
            self.page_labels.append(lab)
        scroll = QScrollArea(self)
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        buttons = dialog_buttons(self, None, Button.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        fit_to_screen(self, 1060, 800)  # the buttons stay on a 1366×768 screen


class ReasonDialog(QDialog):
    """Asks for the reason of a revocation or reissue (required)."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = QPlainTextEdit(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.edit.textChanged.connect(lambda: ok.setEnabled(bool(self.edit.toPlainText().strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.edit)
        layout.addWidget(self.buttons)

    def reason(self) -> str:
        return self.edit.toPlainText().strip()


class VerifyDialog(QDialog):
    """Paste a payload or open a PNG/PDF of a certificate, or an Open Badge (.jwt or JSON); VALID only for a
    certificate of this register."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Verify a certificate"))
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(self.tr("Paste the text of the QR code: SA1.… or a link https://…/#SA1.…"))
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.open_button = QPushButton(self.tr("Open image, PDF or badge…"), self)
        self.verify_button = QPushButton(self.tr("Verify"), self)
        self.verify_button.setDefault(True)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.open_button.clicked.connect(self.open_file)
        self.verify_button.clicked.connect(self.verify_text)
        close = dialog_buttons(self, None, Button.Close)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.details)
        layout.addWidget(close)
        self.resize(640, 480)
        self.result: certificate_verification.Verification | None = None

    def open_file(self) -> None:
        path = open_file_name(
            self,
            self.tr("Open a certificate"),
            self.tr("Certificates and badges (*.pdf *.png *.jpg *.jpeg *.jwt *.json);;All files (*)"),
        )
        if path is not None:
            self.verify_file(path)

    def verify_file(self, path: Path) -> None:
        from skillassess.formats.qr_decode import decode_image, decode_pdf

        if path.suffix.lower() in (".jwt", ".json"):
            try:
                data = path.read_bytes()
            except OSError as exc:
                show_error(
                    self, DomainError(msg("{file} cannot be read: {reason}", file=path.name, reason=exc.strerror))
                )
                return
            self.edit.setPlainText(data[:100_000].decode("utf-8", "replace"))  # Verify checks it again
            self._show_result(read(self.db, lambda s: badges.verify_badge(s, data)))
            return
        try:
            texts = decode_pdf(path) if path.suffix.lower() == ".pdf" else decode_image(path)
        except DomainError as exc:
            show_error(self, exc)
            return
        if not texts:
            self._show_status(self.tr("No QR code was found in %1.").replace("%1", path.name), "", False)
            return
        self.edit.setPlainText(texts[0])
        self.verify_text()

    def verify_text(self) -> None:
        text = self.edit.toPlainText().strip()
        if not text:
            return
        if text.startswith(("eyJ", "{")):  # a badge pasted as text: a JWT, or a JSON credential
            self._show_result(read(self.db, lambda s: badges.verify_badge(s, text)))
        else:
            self._show_result(read(self.db, lambda s: certificate_verification.verify_payload(s, text)))

    def _show_result(self, r: certificate_verification.Verification) -> None:
        self.result = r
        headline = {
            certificate_verification.VALID: self.tr("VALID"),
            certificate_verification.INVALID: self.tr("INVALID"),
            certificate_verification.REVOKED: self.tr("REVOKED"),
            certificate_verification.UNKNOWN_KEY: self.tr("UNKNOWN KEY"),
            certificate_verification.UNTRUSTED_KEY: self.tr("UNTRUSTED KEY"),
            certificate_verification.UNKNOWN_CERTIFICATE: self.tr("UNKNOWN CERTIFICATE"),
        }[r.status]
        lines = []
        if r.serial:
            lines = [
                self.tr("Serial: %1").replace("%1", LTR % r.serial),
                self.tr("Name: %1").replace("%1", r.name + (f" ({r.name_local})" if r.name_local else "")),
                self.tr("Qualification: %1").replace("%1", LTR % r.qualification),
                self.tr("Units: %1").replace("%1", LTR % " ".join(r.units)),
                self.tr("Issued on: %1").replace("%1", date_text(r.issued_on)),
                self.tr("Key: %1").replace("%1", LTR % r.key_id),
            ]
        # The service's message is English (services have no Qt) unless it is a translatable sentence.
        message = say(r.sentence) if r.sentence is not None else r.message
        self._show_status(f"{headline}: {message}", "\n".join(lines), r.valid)

    def _show_status(self, text: str, details: str, ok: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet("font-weight: bold; color: %s;" % ("#1a7f37" if ok else "#b42318"))
        self.details.setPlainText(details)
