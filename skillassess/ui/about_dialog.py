"""Help → About SkillAssess: the version, where the data is, and the licences of everything bundled."""

from __future__ import annotations

import html
import platform

from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillassess import APP_NAME, __version__
from skillassess.db.paths import data_dir
from skillassess.resources import BundledLicense, bundled_licenses
from skillassess.ui.app import application_icon
from skillassess.ui.i18n import ltr
from skillassess.ui.state import AppState


class AboutDialog(QDialog):
    """The version, the data folder and database, and each bundled component with its licence text."""

    COL_NAME, COL_VERSION, COL_LICENSE = range(3)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About SkillAssess"))
        self.resize(760, 600)
        self.licenses = bundled_licenses()
        folder = data_dir()
        self._folder = folder

        icon = QLabel()
        icon.setPixmap(application_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(f"<h2>{html.escape(APP_NAME)} {html.escape(__version__)}</h2>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        summary = QLabel(
            self.tr(
                "Competency standards, practical assessments, Recognition of Prior Learning "
                "and certificates for TVET centres, offline."
            )
        )
        summary.setWordWrap(True)
        details = QLabel(
            self.tr("Data folder: %1").replace("%1", ltr(str(folder)))
            + "\n"
            + self.tr("Database: %1").replace("%1", ltr(state.db.name))
            + "\n"
            + self.tr("Built with Python %1 and Qt %2.")
            .replace("%1", platform.python_version())
            .replace("%2", qVersion())
        )
        details.setObjectName("about_details")
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        intro = QVBoxLayout()
        intro.addWidget(heading)
        intro.addWidget(summary)
        intro.addWidget(details)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(intro, 1)

        notice = QLabel(
            self.tr(
                "SkillAssess is free software under the GNU General Public License, version 3 or "
                "later. It bundles the software below, each under its own licence: select one to "
                "read its licence."
            )
        )
        notice.setWordWrap(True)
        self.table = QTableWidget(len(self.licenses), 3)
        self.table.setObjectName("licenses")
        self.table.setHorizontalHeaderLabels([self.tr("Software"), self.tr("Version"), self.tr("Licence")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, item in enumerate(self.licenses):
            for col, text in (
                (self.COL_NAME, item.name),
                (self.COL_VERSION, item.version or "–"),
                (self.COL_LICENSE, item.license),
            ):
                cell = QTableWidgetItem(text)
                if item.url:
                    cell.setToolTip(item.url)
                self.table.setItem(row, col, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_VERSION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_LICENSE, QHeaderView.ResizeMode.ResizeToContents)
        self.text = QPlainTextEdit()
        self.text.setObjectName("license_text")
        self.text.setReadOnly(True)
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the licences are English legal texts
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.table.currentCellChanged.connect(lambda row, *_: self.show_license(row))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder_button = buttons.addButton(self.tr("Open data folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.clicked.connect(self.open_data_folder)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        if self.licenses:
            self.table.selectRow(0)
            self.show_license(0)

    def show_license(self, row: int) -> None:
        """Show the licence text of the component in ``row``."""
        if not 0 <= row < len(self.licenses):
            return
        self.text.setPlainText(self._text_of(self.licenses[row]))
        self.text.moveCursor(self.text.textCursor().MoveOperation.Start)

    def _text_of(self, item: BundledLicense) -> str:
        try:
            return item.text_file.read_text(encoding="utf-8")
        except OSError:
            return QCoreApplication.translate(
                "AboutDialog", "The licence text %1 is missing: reinstall SkillAssess."
            ).replace("%1", ltr(str(item.text_file)))

    def open_data_folder(self) -> None:
        """Show the data folder (database, keys, backups, logs) in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))
