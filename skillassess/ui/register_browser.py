"""The national register on screen at an awarding body: its candidates and certificates, with a centre filter and
a search as you type, read a page at a time (services/exchange/register_lists.py); opening a candidate shows
their enrolments, verified results per unit (with moderation) and certificates, revoked ones marked.

Reached from the Exchange bundles dialog, National register tab ("Browse candidates and certificates…").
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import CertificateKind, CertificateStatus, EnrolmentStatus, Outcome, Pathway, Sex
from skillassess.services.exchange import partners
from skillassess.services.exchange import register_lists as lists
from skillassess.ui.labels import label
from skillassess.ui.ops import QueryOp, read
from skillassess.ui.state import AppState
from skillassess.ui.table_models import Column, PagedTableModel, record_table

RowT = Any
REVOKED_COLOUR = QColor("#b3261e")


def _label(kind: type[StrEnum], value: str) -> str:
    """The translated name of a stored enumeration value (the value itself if this version does not know it)."""
    try:
        return label(kind(value))
    except ValueError:
        return value


def _ltr(text: str) -> str:
    """Codes and serials stay left to right inside right-to-left text."""
    return "\u2066" + text + "\u2069" if text else ""


class RegisterBrowserDialog(QDialog):
    """The register's candidates and certificates, one centre or all, with a search."""

    def __init__(self, state: AppState, parent: QWidget | None = None, centre: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RegisterBrowserDialog")
        self.state = state
        self.db = state.db
        self.setWindowTitle(self.tr("National register"))
        self.centre = QComboBox(self)
        self.centre.setObjectName("register_centre")
        self.centre.addItem(self.tr("All centres"), "")
        for p in read(self.db, partners.list_partners):
            if p.role == "centre":
                self.centre.addItem(f"{p.code} {p.name}", p.code)
        if centre:
            self.centre.setCurrentIndex(max(0, self.centre.findData(centre)))
        self.search = QLineEdit(self)
        self.search.setObjectName("register_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name, registration number or certificate serial"))
        self.tabs = QTabWidget(self)
        # No count (None): a search as you type reads one page and never counts its matches.
        self.candidates: PagedTableModel[RowT] = PagedTableModel(
            [
                Column(self.tr("Centre"), lambda r: r.centre, left_to_right=True),
                Column(self.tr("Registration number"), lambda r: r.registration_number, left_to_right=True),
                Column(self.tr("Family name"), lambda r: r.family_name),
                Column(self.tr("Given names"), lambda r: r.given_names),
                Column(self.tr("Name (local script)"), lambda r: r.name_local),
                Column(self.tr("Sex"), lambda r: _label(Sex, r.sex)),
                Column(self.tr("Date of birth"), lambda r: r.date_of_birth.isoformat() if r.date_of_birth else ""),
                Column(self.tr("Results"), lambda r: r.results, align_right=True),
                Column(self.tr("Certificates"), lambda r: r.certificates, align_right=True),
            ],
            None,
            lambda offset, limit: read(
                self.db,
                lambda s: lists.register_candidate_page(s, self.centre_code(), self.search.text(), offset, limit),
            ),
            self,
        )
        self.certificates: PagedTableModel[RowT] = PagedTableModel(
            [
                Column(self.tr("Centre"), lambda r: r.centre, left_to_right=True),
                Column(self.tr("Serial"), lambda r: r.serial, left_to_right=True),
                Column(self.tr("Registration number"), lambda r: r.registration_number, left_to_right=True),
                Column(self.tr("Candidate"), lambda r: r.name),
                Column(self.tr("Kind"), lambda r: _label(CertificateKind, r.kind)),
                Column(self.tr("Qualification"), lambda r: f"{r.qualification} v{r.qualification_version}"),
                Column(self.tr("Issued on"), lambda r: r.issued_on.isoformat()),
                Column(self.tr("Status"), lambda r: _label(CertificateStatus, r.status)),
                Column(self.tr("Revoked because"), lambda r: r.revoked_reason),
            ],
            None,
            lambda offset, limit: read(
                self.db,
                lambda s: lists.register_certificate_page(s, self.centre_code(), self.search.text(), offset, limit),
            ),
            self,
        )
        self._sized = False
        self.candidate_table = self._table(self.candidates, "register_candidates")
        self.certificate_table = self._table(self.certificates, "register_certificates")
        self.tabs.addTab(self.candidate_table, self.tr("Candidates"))
        self.tabs.addTab(self.certificate_table, self.tr("Certificates"))
        self.shown = QLabel(self)
        self.shown.setObjectName("register_shown")
        self.open_button = QPushButton(self.tr("Open candidate"), self)
        self.open_button.setObjectName("open_register_candidate")
        self.open_button.clicked.connect(self.open_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Centre:"), self))
        top.addWidget(self.centre)
        top.addWidget(self.search, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.shown, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.centre.currentIndexChanged.connect(lambda _i: self.reload())
        self.tabs.currentChanged.connect(lambda _i: self._show_counts())
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.search.setFocus)
        settings = QSettings()
        geometry = settings.value("register_browser/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 620)
        self.reload()

    def _table(self, model: PagedTableModel[RowT], name: str) -> QTableView:
        table = record_table(model)
        table.setObjectName(name)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setDefaultSectionSize(120)
        table.horizontalHeader().setStretchLastSection(False)
        table.doubleClicked.connect(lambda _i: self.open_selected())
        table.activated.connect(lambda _i: self.open_selected())
        model.modelReset.connect(self._show_counts)
        model.rowsInserted.connect(self._show_counts)
        return table

    def centre_code(self) -> str | None:
        data = self.centre.currentData()
        return str(data) if data else None

    def reload(self) -> None:
        """Run both lists again from their first page (the one on screen first)."""
        self._debounce.stop()
        self.candidates.reload()
        self.certificates.reload()
        if self._sized:
            return
        self._sized = True  # columns fitted to the first page only: a search as you type does not resize
        for table in (self.candidate_table, self.certificate_table):
            table.resizeColumnsToContents()
            header = table.horizontalHeader()
            for c in range(header.count()):
                header.resizeSection(c, min(header.sectionSize(c), 260))
        # The names take the width left over (a column of counts at the end would take it otherwise).
        self.candidate_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.certificate_table.horizontalHeader().setStretchLastSection(True)

    def _show_counts(self) -> None:
        model = self.candidates if self.tabs.currentIndex() == 0 else self.certificates
        if not model.total_known:  # the last page read was full: more as the user scrolls
            text = self.tr("%1 shown; more as you scroll.").replace("%1", f"{model.total:,}")
        elif self.tabs.currentIndex() == 0:
            text = self.tr("%n candidate(s).", "", model.total)
        else:
            text = self.tr("%n certificate(s).", "", model.total)
        self.shown.setText(text)

    def selected_candidate(self) -> int | None:
        table = self.candidate_table if self.tabs.currentIndex() == 0 else self.certificate_table
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        model = self.candidates if table is self.candidate_table else self.certificates
        row = model.row(rows[0].row())
        return int(row.id if table is self.candidate_table else row.candidate_id)

    def open_selected(self) -> None:
        cid = self.selected_candidate()
        if cid is None:
            return
        QueryOp(self, self.db, lambda s: lists.register_candidate_detail(s, cid)).success(self._open).run()

    def _open(self, detail: lists.RegisterCandidateDetail) -> None:
        RegisterCandidateDialog(detail, self).exec()

    def done(self, result: int) -> None:
        QSettings().setValue("register_browser/geometry", self.saveGeometry())
        super().done(result)


class RegisterCandidateDialog(QDialog):
    """One candidate of the register: who, their enrolments, verified results per unit, certificates."""

    def __init__(self, detail: lists.RegisterCandidateDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RegisterCandidateDialog")
        self.detail = detail
        c = detail.candidate
        self.setWindowTitle(self.tr("Register candidate %1").replace("%1", _ltr(c.registration_number)))
        who = QLabel(self)
        who.setObjectName("register_candidate_who")
        who.setWordWrap(True)
        who.setTextFormat(Qt.TextFormat.PlainText)
        lines = [
            " ".join(x for x in (c.name, f"({c.name_local})" if c.name_local else "") if x),
            self.tr("Registration number %1 at %2 (%3)")
            .replace("%1", _ltr(c.registration_number))
            .replace("%2", detail.centre_name)
            .replace("%3", _ltr(c.centre)),
            self.tr("Sex: %1. Date of birth: %2. Nationality: %3.")
            .replace("%1", _label(Sex, c.sex))
            .replace("%2", c.date_of_birth.isoformat() if c.date_of_birth else self.tr("not recorded"))
            .replace("%3", c.nationality or self.tr("not recorded")),
        ]
        who.setText("\n".join(lines))
        self.enrolments = self._table(
            [self.tr("Qualification"), self.tr("Version"), self.tr("Pathway"), self.tr("Status"), self.tr("Enrolled")],
            [
                [
                    e.qualification,
                    str(e.qualification_version),
                    _label(Pathway, e.pathway),
                    _label(EnrolmentStatus, e.status),
                    e.enrolled_on.isoformat(),
                ]
                for e in detail.enrolments
            ],
            "register_enrolments",
        )
        self.results = self._table(
            [
                self.tr("Unit"),
                self.tr("Version"),
                self.tr("Attempt"),
                self.tr("Outcome"),
                self.tr("Date assessed"),
                self.tr("Assessor"),
                self.tr("Moderation"),
            ],
            [
                [
                    r.unit,
                    str(r.unit_version),
                    str(r.attempt),
                    _label(Outcome, r.outcome),
                    r.assessed_on.isoformat(),
                    r.assessor,
                    self._moderation_text(r.moderation),
                ]
                for r in detail.results
            ],
            "register_results",
        )
        self.certificates = self._table(
            [
                self.tr("Serial"),
                self.tr("Kind"),
                self.tr("Qualification"),
                self.tr("Issued on"),
                self.tr("Reprints"),
                self.tr("Status"),
            ],
            [
                [
                    x.serial,
                    _label(CertificateKind, x.kind),
                    f"{x.qualification} v{x.qualification_version}",
                    x.issued_on.isoformat(),
                    str(x.reprint_count),
                    (
                        self.tr("Revoked: %1").replace("%1", x.revoked_reason)
                        if x.revoked
                        else _label(CertificateStatus, x.status)
                    ),
                ]
                for x in detail.certificates
            ],
            "register_certificate_lines",
        )
        for row, x in enumerate(detail.certificates):
            if x.revoked:  # marked by colour, weight and words (the status column says "Revoked")
                for col in range(self.certificates.columnCount()):
                    item = self.certificates.item(row, col)
                    if item is None:
                        continue
                    item.setForeground(QBrush(REVOKED_COLOUR))
                    font = item.font()
                    font.setStrikeOut(col == 0)
                    font.setBold(col == 5)
                    item.setFont(font)
                    item.setToolTip(self.tr("Revoked: %1").replace("%1", x.revoked_reason))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.results, self.tr("Results (%1)").replace("%1", str(len(detail.results))))
        self.tabs.addTab(self.certificates, self.tr("Certificates (%1)").replace("%1", str(len(detail.certificates))))
        self.tabs.addTab(self.enrolments, self.tr("Enrolments (%1)").replace("%1", str(len(detail.enrolments))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)

    def _moderation_text(self, value: str | None) -> str:
        return {
            None: "",
            "sampled": self.tr("Sampled"),
            "confirmed": self.tr("Confirmed"),
            "not_confirmed": self.tr("Not confirmed"),
        }.get(value, value or "")

    def _table(self, headers: list[str], rows: list[list[str]], name: str) -> QTableWidget:
        # One candidate's lines: a few dozen at most, so a QTableWidget holds them all.
        table = QTableWidget(len(rows), len(headers), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        return table
