"""Reports page: candidates assessed, competent and certified, women and men apart, with charts and exports.

The numbers come from services/statistics.py, the same as the statistics workbook. Reading them and
writing workbooks run in background tasks; exports can be cancelled and then leave no file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.countries import country_codes
from skillassess.core.enums import RplStage
from skillassess.core.records import Breakdown, RplFigures, Statistics
from skillassess.services import exports
from skillassess.services.context import Actor
from skillassess.services.exports import ResultFilter
from skillassess.services.reports import summary
from skillassess.services.standards import list_qualifications
from skillassess.services.statistics import statistics
from skillassess.ui.charts import SexBarChartWidget
from skillassess.ui.countries import country_label
from skillassess.ui.export_dialog import ResultsExportDialog, period_edits
from skillassess.ui.file_dialogs import save_file_name
from skillassess.ui.i18n import trailing
from skillassess.ui.labels import label
from skillassess.ui.ops import Changed, ChangeOp, QueryOp, Session, read
from skillassess.ui.pages.base import Page
from skillassess.ui.state import AppState
from skillassess.ui.tasks import Progress, Task

MEASURES = ("assessed", "competent", "certified")


class ReportsPage(Page):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.stats: Statistics | None = None
        self.last_export: tuple[Path, int] | None = None
        self._generation = 0
        # New candidates, results or certificates elsewhere change the counts (this page's exports do not).
        self.subscribe(
            Changed.STANDARDS | Changed.CANDIDATES | Changed.ENROLMENTS | Changed.ASSESSMENTS | Changed.CERTIFICATES,
            ignore_own=True,
        )

        # Period filter and export buttons.
        self.period = QCheckBox(self.tr("Only a period:"))
        self.date_from, self.date_to = period_edits(self.period)
        for w in (self.date_from, self.date_to):
            w.dateChanged.connect(self._period_changed)
        self.period.toggled.connect(self._period_changed)
        # At an awarding body: the national register, all centres or one (shown once a centre is registered).
        self.centre = QComboBox()
        self.centre.setObjectName("centre_filter")
        self.centre.addItem(self.tr("This centre"), "")
        self.centre.setVisible(False)
        self.centre.currentIndexChanged.connect(self._period_changed)
        self.export_results_button = QPushButton(self.tr("Export results…"))
        self.export_register_button = QPushButton(self.tr("Export certificate register…"))
        self.export_statistics_button = QPushButton(self.tr("Export statistics…"))
        self.export_results_button.clicked.connect(lambda: self.export_results())  # noqa: PLW0108 - clicked(bool) would fill `path`
        self.export_register_button.clicked.connect(lambda: self.export_register())  # noqa: PLW0108 - clicked(bool) would fill `path`
        self.export_statistics_button.clicked.connect(lambda: self.export_statistics())  # noqa: PLW0108 - clicked(bool) would fill `path`
        state.actor_changed.connect(self._update_buttons)
        self._update_buttons()
        bar = QHBoxLayout()
        bar.addWidget(self.centre)
        bar.addWidget(self.period)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        bar.addStretch(1)
        bar.addWidget(self.export_results_button)
        bar.addWidget(self.export_register_button)
        bar.addWidget(self.export_statistics_button)

        # The summary table: women, men, total per measure.
        self.box = QGroupBox(self.tr("Summary by sex"))
        self.grid = QGridLayout(self.box)
        headers = [self.tr("Women"), self.tr("Men"), self.tr("Total")]
        for col, text in enumerate(headers, start=1):
            h = QLabel(f"<b>{text}</b>")
            h.setAlignment(trailing())
            self.grid.addWidget(h, 0, col)
        self.rows = [
            self.tr("Candidates registered (all dates)"),
            self.tr("Candidates assessed (verified results)"),
            self.tr("Candidates competent in at least one unit"),
            self.tr("Candidates certified"),
        ]
        self.cells: list[list[QLabel]] = []
        for r, text in enumerate(self.rows, start=1):
            self.grid.addWidget(QLabel(text), r, 0)
            cells = []
            for c in range(1, 4):
                lab = QLabel()
                lab.setAlignment(trailing())
                self.grid.addWidget(lab, r, c)
                cells.append(lab)
            self.cells.append(cells)
        self.grid.setRowStretch(len(self.rows) + 1, 1)
        self.summary_chart = SexBarChartWidget()

        # Charts per breakdown, for the chosen measure.
        self.measure = QComboBox()
        self.measure.addItem(self.tr("Candidates assessed"), "assessed")
        self.measure.addItem(self.tr("Candidates competent"), "competent")
        self.measure.addItem(self.tr("Candidates certified"), "certified")
        self.measure.currentIndexChanged.connect(self._show_charts)
        self.charts = {key: SexBarChartWidget() for key in ("qualification", "age_group", "disability", "nationality")}

        self._build_rpl()

        content = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.box, 1)
        top.addWidget(self.summary_chart, 1)
        measure_row = QHBoxLayout()
        measure_row.addWidget(QLabel(self.tr("Charts show:")))
        measure_row.addWidget(self.measure)
        measure_row.addStretch(1)
        chart_grid = QGridLayout()
        for n, key in enumerate(self.charts):
            chart_grid.addWidget(self.charts[key], n // 2, n % 2)
        inner = QVBoxLayout(content)
        inner.addLayout(top)
        rpl_row = QHBoxLayout()
        rpl_row.addWidget(self.rpl_box, 1)
        rpl_row.addWidget(self.rpl_stages, 2)
        inner.addLayout(rpl_row)
        inner.addLayout(measure_row)
        inner.addLayout(chart_grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.status_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status_label)

    def title(self) -> str:
        return self.tr("Reports")

    # Reading ----------------------------------------------------------------------------------------------
    def period_dates(self) -> tuple[dt.date | None, dt.date | None]:
        if not self.period.isChecked():
            return None, None
        return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]

    def national_scope(self) -> tuple[bool, str | None]:
        """(whether the national register is shown, the one centre's code or None for all centres)."""
        data = self.centre.currentData() or ""
        if not data:
            return False, None
        return True, None if data == "*" else str(data)

    def _fill_centres(self) -> None:
        from skillassess.services.exchange.partners import partner_codes

        codes = read(self.db, lambda s: partner_codes(s, "centre"))
        wanted = ["", "*", *codes] if codes else [""]
        if [self.centre.itemData(i) for i in range(self.centre.count())] == wanted:
            return
        current = self.centre.currentData()
        self.centre.blockSignals(True)
        self.centre.clear()
        self.centre.addItem(self.tr("This centre"), "")
        if codes:
            self.centre.addItem(self.tr("All registered centres"), "*")
            for code in codes:
                self.centre.addItem(self.tr("Centre %1").replace("%1", code), code)
        self.centre.setCurrentIndex(max(self.centre.findData(current), 0))
        self.centre.blockSignals(False)
        self.centre.setVisible(bool(codes))

    def _period_changed(self, *_args: Any) -> None:
        if self._loaded:
            self.load()

    def load(self) -> None:
        """Read the statistics for the period in the background, then show them."""
        date_from, date_to = self.period_dates()
        if date_from and date_to and date_from > date_to:
            self.status_label.setText(self.tr("The start date is after the end date."))
            return
        self.status_label.setText(self.tr("Counting…"))
        # Only the latest request is shown: an earlier, slower one must not overwrite it.
        self._generation += 1
        generation = self._generation
        self._fill_centres()
        national, code = self.national_scope()
        if national:
            from skillassess.services.exchange import register as national_register

            def read_stats(s: Session) -> tuple[Statistics, Any]:
                return (
                    national_register.register_statistics(s, code, date_from, date_to),
                    national_register.register_registered(s, code),
                )
        else:

            def read_stats(s: Session) -> tuple[Statistics, Any]:
                return statistics(s, date_from, date_to), summary(s).registered

        QueryOp(self, self.db, read_stats).success(
            lambda result: self._show(result) if generation == self._generation else None,
        ).run_in_background(title=self.tr("Reports"), label=self.tr("Counting…"), show_progress=False)

    def _show(self, result: tuple[Statistics, Any]) -> None:
        stats, registered = result
        self.stats = stats
        locale = QLocale()
        counts = [registered] + [stats.total.measure(m) for m in MEASURES]
        for cells, c in zip(self.cells, counts, strict=True):
            for lab, n in zip(cells, (c.female, c.male, c.total), strict=True):
                lab.setText(locale.toString(n))
        self.summary_chart.set_data(
            self.tr("Women and men"),
            [(self._measure_name(m), stats.total.measure(m).female, stats.total.measure(m).male) for m in MEASURES],
        )
        self._show_charts()
        self._show_rpl(stats.rpl)
        if self.status_label.text() == self.tr("Counting…"):  # keep news of an export
            self.status_label.setText("")

    # RPL figures --------------------------------------------------------------------------------------------
    def _build_rpl(self) -> None:
        """RPL enrolments, completion and time to certificate by sex; per stage, how many are at it and how long
        they stay (the measures the ILO uses to follow RPL systems)."""
        self.rpl_box = QGroupBox(self.tr("Recognition of Prior Learning"))
        grid = QGridLayout(self.rpl_box)
        for col, text in enumerate([self.tr("Women"), self.tr("Men"), self.tr("Total")], start=1):
            h = QLabel(f"<b>{text}</b>")
            h.setAlignment(trailing())
            grid.addWidget(h, 0, col)
        names = [
            self.tr("RPL enrolments"),
            self.tr("Completed (certificate or statement)"),
            self.tr("Completion rate"),
            self.tr("Referred to gap training"),
            self.tr("Median days from enrolment to certificate"),
        ]
        self.rpl_cells: list[list[QLabel]] = []
        for r, text in enumerate(names, start=1):
            grid.addWidget(QLabel(text), r, 0)
            row = []
            for c in range(1, 4):
                lab = QLabel()
                lab.setAlignment(trailing())
                grid.addWidget(lab, r, c)
                row.append(lab)
            self.rpl_cells.append(row)
        grid.setRowStretch(len(names) + 1, 1)
        self.rpl_stages = QTableWidget(len(RplStage), 6)
        self.rpl_stages.setHorizontalHeaderLabels(
            [
                self.tr("Now at it\nwomen"),
                self.tr("Now at it\nmen"),
                self.tr("Now at it\ntotal"),
                self.tr("Median days\nwomen"),
                self.tr("Median days\nmen"),
                self.tr("Median days\ntotal"),
            ]
        )
        self.rpl_stages.setToolTip(
            self.tr(
                "Per RPL stage: the enrolments at it now, and the median days spent in it by those who moved on "
                "(from the first step at the stage to the first step at a later one)."
            )
        )
        self.rpl_stages.setVerticalHeaderLabels([label(s) for s in RplStage])
        self.rpl_stages.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rpl_stages.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rpl_stages.setMinimumHeight(260)

    def _show_rpl(self, rpl: RplFigures | None) -> None:
        locale = QLocale()
        if rpl is None:
            return

        def days(value: float | None) -> str:
            return "—" if value is None else locale.toString(value, "f", 0 if value == int(value) else 1)

        for cells, values in zip(
            self.rpl_cells,
            [
                [locale.toString(r.enrolled) for r in rpl.rows],
                [locale.toString(r.certified) for r in rpl.rows],
                ["—" if r.completion is None else locale.toString(100 * r.completion, "f", 0) + " %" for r in rpl.rows],
                [locale.toString(r.referred) for r in rpl.rows],
                [days(r.days_to_certificate) for r in rpl.rows],
            ],
            strict=True,
        ):
            for lab, text in zip(cells, values, strict=True):
                lab.setText(text)
        for n, stage in enumerate(rpl.stages):
            values = [locale.toString(r.at_stage.get(stage, 0)) for r in rpl.rows]
            values += [days(r.days_in_stage.get(stage)) for r in rpl.rows]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setTextAlignment(trailing() | Qt.AlignmentFlag.AlignVCenter)
                self.rpl_stages.setItem(n, c, item)

    def _measure_name(self, measure: str) -> str:
        return {"assessed": self.tr("Assessed"), "competent": self.tr("Competent"), "certified": self.tr("Certified")}[
            measure
        ]

    def _breakdown_title(self, key: str) -> str:
        return {
            "qualification": self.tr("By qualification"),
            "age_group": self.tr("By age group"),
            "disability": self.tr("By disability"),
            "nationality": self.tr("By nationality"),
        }[key]

    def category_label(self, breakdown: str, key: str, fallback: str) -> str:
        """The translated name of a category of a breakdown."""
        if key == "unknown":
            return self.tr("No qualification") if breakdown == "qualification" else self.tr("Not recorded")
        if breakdown == "age_group":
            return {
                "under_18": self.tr("Under 18"),
                "18_24": self.tr("18 to 24"),
                "25_34": self.tr("25 to 34"),
                "35_44": self.tr("35 to 44"),
                "45_54": self.tr("45 to 54"),
                "55_over": self.tr("55 and over"),
            }.get(key, fallback)
        if breakdown == "disability":
            return {
                "yes": self.tr("With a disability"),
                "no": self.tr("Without a disability"),
                "not_stated": self.tr("Not stated"),
            }.get(key, fallback)
        if breakdown == "nationality" and key in country_codes():
            return country_label(key)
        if breakdown == "qualification":
            return key  # the code: short enough for the chart, the title is in the workbook
        return fallback

    def _show_charts(self) -> None:
        if self.stats is None:
            return
        measure = self.measure.currentData()
        for key, chart in self.charts.items():
            b: Breakdown = self.stats.breakdown(key)
            data = [
                (self.category_label(key, r.key, r.label), r.measure(measure).female, r.measure(measure).male)
                for r in b.rows
            ]
            chart.set_data(self._breakdown_title(key), data)

    # Exports -----------------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        allowed = exports.may_export(self.actor)
        tip = (
            ""
            if allowed
            else self.tr("Exports hold personal data: they need the administrator, registrar or verifier role.")
        )
        for b in (self.export_results_button, self.export_register_button, self.export_statistics_button):
            b.setEnabled(allowed)
            b.setToolTip(tip)

    def _save_path(self, title: str, stem: str) -> Path | None:
        suggested = f"{stem}-{dt.date.today().isoformat()}.xlsx"
        p, _ = save_file_name(self, title, suggested, self.tr("Excel workbook (*.xlsx)"), kind="export")
        if p is None:
            return None
        if p.suffix.lower() != ".xlsx":
            p = p.with_suffix(p.suffix + ".xlsx") if p.suffix else p.with_suffix(".xlsx")
        return p

    def _export(self, path: Path | None, title: str, stem: str, fn: Any) -> Task | None:
        """Ask for the file (unless given), then write it with ``fn(session, progress_callback, actor,
        database name, path)``; None when the user cancels or nobody is signed in."""
        if path is None:
            path = self._save_path(title, stem)
            if path is None:
                return None
        actor, name, target = self.actor, self.db.name, path
        if actor is None:
            return None
        return self._run_export(path, title, lambda s, cb: fn(s, cb, actor, name, target))

    def _run_export(self, path: Path, title: str, fn: Any) -> Task:
        """Run ``fn(session, progress_callback)`` behind a cancellable progress dialog."""

        def work(s: Session, progress: Progress) -> tuple[Path, int]:
            # A transaction: the export is recorded in the audit log just before the file appears.
            return path, int(fn(s, progress.report))

        return (
            ChangeOp.reporting(self, self.db, work, changes=Changed.AUDIT, title=title)
            .success(self._export_done)
            .cancelled(lambda: self._say(self.tr("Export cancelled; no file was written.")))
            .run_in_background(label=self.tr("Writing %1…").replace("%1", path.name))
        )

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        win = self.window()
        if hasattr(win, "statusBar"):
            win.statusBar().showMessage(text, 8000)

    def _export_done(self, result: tuple[Path, int]) -> None:
        path, n = result
        self.last_export = (path, n)
        if n < 0:
            self._say(self.tr("Exported statistics to %1").replace("%1", str(path)))
        else:
            self._say(self.tr("Exported %n row(s) to %1", "", n).replace("%1", str(path)))

    def _national_export(self, path: Path | None, what: str, title: str) -> Task | None:
        """The national register's workbook of ``what`` for the centre chosen above (awarding bodies)."""
        from skillassess.services.exchange import register as national_register

        _national, code = self.national_scope()
        if path is None:
            path = self._save_path(title, f"register-{what}")
            if path is None:
                return None
        actor, name, chosen = self.actor, self.db.name, path
        if actor is None:
            return None
        date_from, date_to = self.period_dates()

        def write(s: Any, cb: Any) -> int:
            cb(0, 1)
            if what == "results":
                return national_register.export_register_results(s, actor, chosen, code, database=name)
            if what == "certificates":
                return national_register.export_register_certificates(s, actor, chosen, code, database=name)
            national_register.export_register_statistics(s, actor, chosen, code, date_from, date_to, database=name)
            return -1

        return self._run_export(path, title, write)

    def export_results(self, path: Path | None = None, f: ResultFilter | None = None) -> Task | None:
        """Ask for filters and a file (unless given), then write the results workbook."""
        if self.national_scope()[0]:
            return self._national_export(path, "results", self.tr("Export results"))
        if f is None:
            codes = sorted({q.code for q in read(self.db, list_qualifications)})
            dlg = ResultsExportDialog(codes, self)
            if dlg.exec() != ResultsExportDialog.DialogCode.Accepted:
                return None
            f = dlg.result_filter()
        chosen = f
        return self._export(
            path,
            self.tr("Export results"),
            "results",
            lambda s, cb, actor, name, target: exports.export_results(
                s, actor, target, chosen, database=name, progress=cb
            ),
        )

    def export_register(self, path: Path | None = None) -> Task | None:
        """Write the certificate register workbook."""
        if self.national_scope()[0]:
            return self._national_export(path, "certificates", self.tr("Export certificate register"))
        return self._export(
            path,
            self.tr("Export certificate register"),
            "certificate-register",
            lambda s, cb, actor, name, target: exports.export_register(s, actor, target, database=name, progress=cb),
        )

    def export_statistics(self, path: Path | None = None) -> Task | None:
        """Write the statistics workbook for the period shown on the page."""
        if self.national_scope()[0]:
            return self._national_export(path, "statistics", self.tr("Export statistics"))
        date_from, date_to = self.period_dates()

        def write(s: Any, cb: Any, actor: Actor, name: str, target: Path) -> int:
            cb(0, 1)
            exports.export_statistics(s, actor, target, date_from, date_to, database=name)
            return -1  # not rows: _export_done words it as statistics

        return self._export(path, self.tr("Export statistics"), "statistics", write)
