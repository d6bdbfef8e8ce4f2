"""Exchange bundles in the interface: send results, receive bundles (registering a partner once by its key
fingerprint), the national register with a centre filter, and moderation (docs/exchange-bundle.md)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import Outcome
from skillassess.core.records import Statistics
from skillassess.services.exchange import exporting, importing, moderation, partners
from skillassess.services.exchange import register as national
from skillassess.services.exchange.partners import BundleInfo
from skillassess.ui.labels import label
from skillassess.ui.ops import Changed, ChangeOp, QueryOp, read
from skillassess.ui.state import AppState
from skillassess.ui.widgets import Button, dialog_buttons


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class RegisterPartnerDialog(QDialog):
    """Registering the sender of a bundle: the administrator types the fingerprint the partner gave them."""

    def __init__(self, info: BundleInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register a partner"))
        role = self.tr("centre") if info.sender_role == "centre" else self.tr("awarding body")
        intro = QLabel(
            self.tr(
                "%1 (%2, %3) is not registered in this database yet. Ask them, by telephone or letter, for the "
                "fingerprint of their key and compare it with the one below. Register them only if it is the same: "
                "after that, their bundles import without questions."
            )
            .replace("%1", info.sender_name)
            .replace("%2", info.sender_code)
            .replace("%3", role)
        )
        intro.setWordWrap(True)
        shown = QLabel(info.fingerprint)
        shown.setObjectName("fingerprint")
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setStyleSheet("font-family: monospace;")
        self.typed = QLineEdit(self)
        self.typed.setObjectName("typed_fingerprint")
        self.typed.setPlaceholderText(self.tr("At least the first 16 digits"))
        form = QFormLayout()
        form.addRow(self.tr("Fingerprint in the file:"), shown)
        form.addRow(self.tr("Fingerprint they gave you:"), self.typed)
        buttons = QDialogButtonBox(self)
        self.register_button = buttons.addButton(self.tr("Register"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())


class ExchangeDialog(QDialog):
    """Send and receive bundles, the national register, moderation."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.db = state.db
        self.moderation_rows: list[moderation.ModerationRow] = []
        self.setWindowTitle(self.tr("Exchange bundles"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._exchange_tab(), self.tr("Send and receive"))
        self.tabs.addTab(self._register_tab(), self.tr("National register"))
        self.tabs.addTab(self._moderation_tab(), self.tr("Moderation"))
        close = dialog_buttons(self, None, Button.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self.resize(900, 600)
        self.load()

    # --- Send and receive -----------------------------------------------------------------------------
    def _exchange_tab(self) -> QWidget:
        tab = QWidget(self)
        send = QGroupBox(self.tr("Send this centre's results to the awarding body"), tab)
        self.since_previous = QRadioButton(self.tr("What changed since the previous export"), send)
        self.since_date_choice = QRadioButton(self.tr("Results verified since:"), send)
        self.everything = QRadioButton(self.tr("Everything"), send)
        self.since_previous.setChecked(True)
        group = QButtonGroup(send)
        for b in (self.since_previous, self.since_date_choice, self.everything):
            group.addButton(b)
        self.since_date = QDateEdit(QDate.currentDate().addMonths(-1), send)
        self.since_date.setCalendarPopup(True)
        self.since_date.setDisplayFormat("yyyy-MM-dd")
        self.export_button = QPushButton(self.tr("Export bundle…"), send)
        self.export_button.clicked.connect(self.export_bundle)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_date_choice)
        since_row.addWidget(self.since_date)
        since_row.addStretch(1)
        send_layout = QVBoxLayout(send)
        note = QLabel(
            self.tr(
                "Only verified results leave, with the candidate fields the awarding body needs (never notes, "
                "telephone numbers or addresses), every certificate, and the centre's public keys. The file is "
                "signed with the centre's key."
            ),
            send,
        )
        note.setWordWrap(True)
        send_layout.addWidget(note)
        send_layout.addWidget(self.since_previous)
        send_layout.addLayout(since_row)
        send_layout.addWidget(self.everything)
        send_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)

        receive = QGroupBox(self.tr("Receive a bundle"), tab)
        self.import_button = QPushButton(self.tr("Import bundle…"), receive)
        self.import_button.clicked.connect(self.import_bundle)
        self.partners = _table(
            receive,
            [self.tr("Code"), self.tr("Name"), self.tr("Role"), self.tr("Keys"), self.tr("Bundles imported")],
            "partners",
        )
        receive_layout = QVBoxLayout(receive)
        receive_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        receive_layout.addWidget(QLabel(self.tr("Registered partners:"), receive))
        receive_layout.addWidget(self.partners)
        layout = QVBoxLayout(tab)
        layout.addWidget(send)
        layout.addWidget(receive, 1)
        return tab

    def export_bundle(self) -> None:
        actor = self.state.actor
        if actor is None:
            return
        since: dt.date | None = None
        if self.since_date_choice.isChecked():
            since = self.since_date.date().toPython()  # type: ignore[assignment]
        everything = self.everything.isChecked()
        folder = str(QSettings().value("exchange/folder", str(Path.home())))
        name = f"results-{dt.date.today().isoformat()}.sabundle"
        path, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Export bundle"),
            str(Path(folder) / name),
            self.tr("SkillAssess exchange bundles (*.sabundle)"),
        )
        if not path:
            return
        if not path.endswith(".sabundle"):
            path += ".sabundle"
        QSettings().setValue("exchange/folder", str(Path(path).parent))
        ChangeOp.of_service(
            self,
            self.db,
            lambda db, progress: exporting.export_bundle(
                db, actor, path, since=since, everything=everything, progress=progress.report
            ),
            changes=Changed.AUDIT,
        ).success(self._exported).run_in_background(label=self.tr("Writing the bundle…"))

    def _exported(self, result: exporting.ExportResult) -> None:
        counts = ", ".join(f"{v:,} {k}" for k, v in result.counts.items())
        QMessageBox.information(
            self,
            self.tr("Bundle written"),
            self.tr("%1 is written (bundle number %2): %3.")
            .replace("%1", str(result.path))
            .replace("%2", str(result.sequence))
            .replace("%3", counts),
        )
        self.load()

    def import_bundle(self, path: str | None = None) -> None:
        actor = self.state.actor
        if actor is None:
            return
        if not path:
            folder = str(QSettings().value("exchange/folder", str(Path.home())))
            path, _f = QFileDialog.getOpenFileName(
                self, self.tr("Import bundle"), folder, self.tr("SkillAssess exchange bundles (*.sabundle)")
            )
            if not path:
                return
        chosen = path
        QueryOp(self, self.db, lambda s: partners.inspect_bundle(s, chosen)).success(
            lambda info: self._inspected(chosen, info)
        ).run_in_background(label=self.tr("Checking the bundle…"))

    def _inspected(self, path: str, info: BundleInfo) -> None:
        actor = self.state.actor
        if actor is None:
            return
        if not info.registered:
            dialog = RegisterPartnerDialog(info, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            typed = dialog.typed.text()
            ok = ChangeOp(
                self,
                self.db,
                lambda s: partners.register_partner(s, actor, path, typed),
                changes=Changed.KEYS,
            ).run()
            if not ok:
                return
        ChangeOp.of_service(
            self,
            self.db,
            lambda db, progress: importing.import_bundle(db, actor, path, progress.report),
            changes=Changed.EVERYTHING,
        ).success(self._imported).run_in_background(label=self.tr("Importing the bundle…"))

    def _imported(self, result: importing.ImportResult) -> None:
        if result.already_imported:
            text = self.tr("%1 was already imported; nothing changed.").replace("%1", result.file)
        else:
            lines = [
                self.tr("%1: %2 added, %3 updated, %4 unchanged")
                .replace("%1", what)
                .replace("%2", f"{result.added.get(what, 0):,}")
                .replace("%3", f"{result.updated.get(what, 0):,}")
                .replace("%4", f"{result.unchanged.get(what, 0):,}")
                for what in sorted(set(result.added) | set(result.updated) | set(result.unchanged))
            ]
            lines += [self.tr("Not taken over: %1").replace("%1", name) for name in result.refused]
            text = (
                self.tr("Imported %1 from %2.").replace("%1", result.file).replace("%2", result.sender)
                + "\n\n"
                + "\n".join(lines)
            )
        QMessageBox.information(self, self.tr("Bundle imported"), text)
        self.load()

    # --- National register -----------------------------------------------------------------------------
    def _register_tab(self) -> QWidget:
        tab = QWidget(self)
        self.centre = QComboBox(tab)
        self.centre.setObjectName("centre_filter")
        self.centre.currentIndexChanged.connect(self.load_register)
        self.breakdown = QComboBox(tab)
        for key, title in national.BREAKDOWNS:
            self.breakdown.addItem(self._breakdown_title(key, title), key)
        self.breakdown.currentIndexChanged.connect(self.load_register)
        self.counts = QLabel(tab)
        self.counts.setWordWrap(True)
        self.stats = _table(
            tab,
            [
                self.tr("Category"),
                self.tr("Assessed: women"),
                self.tr("men"),
                self.tr("Competent: women"),
                self.tr("men"),
                self.tr("Certified: women"),
                self.tr("men"),
            ],
            "register_statistics",
        )
        self.stats_button = QPushButton(self.tr("Export statistics…"), tab)
        self.stats_button.clicked.connect(self.export_statistics)
        self.results_button = QPushButton(self.tr("Export results…"), tab)
        self.results_button.clicked.connect(lambda: self.export_register("results"))
        self.certificates_button = QPushButton(self.tr("Export certificates…"), tab)
        self.certificates_button.clicked.connect(lambda: self.export_register("certificates"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Centre:"), tab))
        top.addWidget(self.centre)
        top.addWidget(QLabel(self.tr("Breakdown:"), tab))
        top.addWidget(self.breakdown)
        top.addStretch(1)
        self.browse_button = QPushButton(self.tr("Browse candidates and certificates…"), tab)
        self.browse_button.setObjectName("browse_register")
        self.browse_button.clicked.connect(self.browse_register)
        buttons = QHBoxLayout()
        buttons.addWidget(self.browse_button)
        buttons.addStretch(1)
        for b in (self.stats_button, self.results_button, self.certificates_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.stats, 1)
        layout.addLayout(buttons)
        return tab

    def _breakdown_title(self, key: str, fallback: str) -> str:
        return {
            "centre": self.tr("By centre"),
            "qualification": self.tr("By qualification"),
            "age_group": self.tr("By age group"),
            "disability": self.tr("By disability"),
            "nationality": self.tr("By nationality"),
        }.get(key, fallback)

    def browse_register(self) -> None:
        """The register's candidates and certificates on screen, opened on the centre chosen here."""
        from skillassess.ui.register_browser import RegisterBrowserDialog

        RegisterBrowserDialog(self.state, self, self._centre_code(self.centre)).exec()

    def _centre_code(self, combo: QComboBox) -> str | None:
        data = combo.currentData()
        return str(data) if data else None

    def load_register(self) -> None:
        code = self._centre_code(self.centre)
        counts = read(self.db, lambda s: national.register_counts(s, code))
        self.counts.setText(
            self.tr("%1 candidates, %2 results, %3 certificates (%4 revoked).")
            .replace("%1", f"{counts.candidates:,}")
            .replace("%2", f"{counts.results:,}")
            .replace("%3", f"{counts.certificates:,}")
            .replace("%4", f"{counts.revoked:,}")
        )
        stats: Statistics = read(self.db, lambda s: national.register_statistics(s, code))
        b = stats.breakdown(str(self.breakdown.currentData()))
        _fill(
            self.stats,
            [[r.label if r is not b.total else self.tr("Total"), *r.figures()] for r in [*b.rows, b.total]],
        )

    def export_statistics(self) -> None:
        actor = self.state.actor
        if actor is None:
            return
        code = self._centre_code(self.centre)
        path, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Export statistics"),
            str(Path.home() / f"register-statistics-{dt.date.today().isoformat()}.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return
        db_name = self.db.name
        ChangeOp(
            self,
            self.db,
            lambda s: national.export_register_statistics(s, actor, Path(path), code, database=db_name),
            changes=Changed.AUDIT,
        ).run()

    def export_register(self, what: str, path: str | None = None) -> None:
        actor = self.state.actor
        if actor is None:
            return
        code = self._centre_code(self.centre)
        if path is None:
            path, _f = QFileDialog.getSaveFileName(
                self,
                self.tr("Export results") if what == "results" else self.tr("Export certificates"),
                str(Path.home() / f"register-{what}-{dt.date.today().isoformat()}.xlsx"),
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not path:
                return
        export = national.export_register_results if what == "results" else national.export_register_certificates
        chosen, db_name = Path(path), self.db.name
        ChangeOp(self, self.db, lambda s: export(s, actor, chosen, code, database=db_name), changes=Changed.AUDIT).run()

    # --- Moderation -----------------------------------------------------------------------------------
    def _moderation_tab(self) -> QWidget:
        tab = QWidget(self)
        self.mod_centre = QComboBox(tab)
        self.mod_centre.setObjectName("moderation_centre")
        self.mod_centre.currentIndexChanged.connect(self.load_moderation)
        self.rate = QDoubleSpinBox(tab)
        self.rate.setDecimals(0)
        self.rate.setRange(1, 100)
        self.rate.setValue(10)
        self.rate.setSuffix(" %")
        self.minimum = QSpinBox(tab)
        self.minimum.setRange(0, 1000)
        self.minimum.setValue(1)
        self.sample_button = QPushButton(self.tr("Draw sample"), tab)
        self.sample_button.clicked.connect(self.draw_sample)
        self.moderation = _table(
            tab,
            [
                self.tr("Centre code"),
                self.tr("Registration number"),
                self.tr("Candidate"),
                self.tr("Unit"),
                self.tr("Attempt"),
                self.tr("Result"),
                self.tr("Moderation"),
                self.tr("Notes"),
            ],
            "moderation",
        )
        self.confirm_button = QPushButton(self.tr("Confirmed"), tab)
        self.confirm_button.clicked.connect(lambda: self.record("confirmed"))
        self.not_confirm_button = QPushButton(self.tr("Not confirmed…"), tab)
        self.not_confirm_button.clicked.connect(lambda: self.record("not_confirmed"))
        self.return_button = QPushButton(self.tr("Send outcomes to the centre…"), tab)
        self.return_button.clicked.connect(self.export_return)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Centre:"), tab))
        top.addWidget(self.mod_centre)
        top.addWidget(QLabel(self.tr("Rate:"), tab))
        top.addWidget(self.rate)
        top.addWidget(QLabel(self.tr("At least:"), tab))
        top.addWidget(self.minimum)
        top.addWidget(self.sample_button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.confirm_button)
        bottom.addWidget(self.not_confirm_button)
        bottom.addStretch(1)
        bottom.addWidget(self.return_button)
        rule = QLabel(
            self.tr(
                "The sample takes, for each centre and unit, the given share of the results not sampled before "
                "(at least the given number), drawn at random; the draw is recorded in the audit log."
            ),
            tab,
        )
        rule.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(rule)
        layout.addWidget(self.moderation, 1)
        layout.addLayout(bottom)
        return tab

    def _outcome_text(self, outcome: str | None) -> str:
        return {
            None: self.tr("Pending"),
            "confirmed": self.tr("Confirmed"),
            "not_confirmed": self.tr("Not confirmed"),
        }.get(outcome, outcome or "")

    def _result_text(self, value: str) -> str:
        try:
            return label(Outcome(value))
        except ValueError:
            return value

    def load_moderation(self) -> None:
        code = self._centre_code(self.mod_centre)
        self.moderation_rows = read(self.db, lambda s: moderation.list_moderation(s, code))
        _fill(
            self.moderation,
            [
                [
                    r.centre,
                    r.registration_number,
                    r.candidate,
                    f"{r.unit} v{r.unit_version}",
                    str(r.attempt),
                    self._result_text(r.result),
                    self._outcome_text(r.outcome),
                    r.notes,
                ]
                for r in self.moderation_rows
            ],
        )

    def draw_sample(self) -> None:
        actor = self.state.actor
        if actor is None:
            return
        code = self._centre_code(self.mod_centre)
        rate, minimum = self.rate.value() / 100, self.minimum.value()
        ChangeOp(
            self,
            self.db,
            lambda s: moderation.draw_sample(s, actor, code, rate=rate, minimum=minimum),
            changes=Changed.AUDIT,
        ).success(lambda _r: self.load_moderation()).run()

    def record(self, outcome: str) -> None:
        actor = self.state.actor
        row = self.moderation.currentRow()
        if actor is None or row < 0 or row >= len(self.moderation_rows):
            return
        notes = ""
        if outcome == "not_confirmed":
            notes, ok = QInputDialog.getMultiLineText(
                self, self.tr("Not confirmed"), self.tr("Why is the result not confirmed? The centre will read this.")
            )
            if not ok:
                return
        moderation_id = self.moderation_rows[row].id
        ChangeOp(
            self,
            self.db,
            lambda s: moderation.record_outcome(s, actor, moderation_id, outcome, notes),
            changes=Changed.AUDIT,
        ).success(lambda _r: self.load_moderation()).run()

    def export_return(self) -> None:
        actor = self.state.actor
        code = self._centre_code(self.mod_centre)
        if actor is None:
            return
        if code is None:
            QMessageBox.information(
                self, self.tr("Moderation"), self.tr("Choose the centre whose outcomes you send back.")
            )
            return
        path, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Export bundle"),
            str(Path.home() / f"moderation-{code}-{dt.date.today().isoformat()}.sabundle"),
            self.tr("SkillAssess exchange bundles (*.sabundle)"),
        )
        if not path:
            return
        if not path.endswith(".sabundle"):
            path += ".sabundle"
        ChangeOp.of_service(
            self,
            self.db,
            lambda db, progress: exporting.export_bundle(db, actor, path, to=code, progress=progress.report),
            changes=Changed.AUDIT,
        ).success(self._exported).run_in_background(label=self.tr("Writing the bundle…"))

    # --- Loading --------------------------------------------------------------------------------------
    def load(self) -> None:
        rows = read(self.db, partners.list_partners)
        _fill(
            self.partners,
            [
                [
                    p.code,
                    p.name,
                    self.tr("centre") if p.role == "centre" else self.tr("awarding body"),
                    ", ".join(p.key_ids),
                    str(p.imports),
                ]
                for p in rows
            ],
        )
        centres = [p.code for p in rows if p.role == "centre"]
        for combo in (self.centre, self.mod_centre):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All centres"), "")
            for code in centres:
                combo.addItem(code, code)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.load_register()
        self.load_moderation()
