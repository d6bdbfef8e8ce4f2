"""The Reports page: the statistics service's numbers, charts, the period filter and the export buttons."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, QRunnable, QThreadPool

from skillassess.core.enums import AssessmentStatus
from skillassess.services.exports import ResultFilter
from skillassess.services.statistics import statistics
from skillassess.ui.app import create_application
from skillassess.ui.main_window import MainWindow
from skillassess.ui.pages.reports import ReportsPage

from helpers import behind_the_log


@pytest.fixture
def page(qtbot, demo_db, demo_actor):
    create_application()
    w = MainWindow(demo_db, demo_actor("registrar"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    p = w.show_page(ReportsPage)
    qtbot.waitUntil(lambda: p.stats is not None, timeout=10000)
    return p


def _numbers(page: ReportsPage) -> list[list[str]]:
    return [[lab.text() for lab in row] for row in page.cells]


def test_page_shows_the_statistics_service_numbers(page, demo_db) -> None:
    with demo_db.session() as s:
        st = statistics(s)
    cells = _numbers(page)
    assert cells[0] == ["21", "16", "37"]  # registered: women, men, all
    for row, m in zip(cells[1:], ("assessed", "competent", "certified"), strict=True):
        c = st.total.measure(m)
        assert row == [str(c.female), str(c.male), str(c.total)]
    assert page.summary_chart.data()[0] == ("Assessed", st.total.assessed.female, st.total.assessed.male)
    ages = page.charts["age_group"].data()
    assert [a[0] for a in ages] == ["Under 18", "18 to 24", "25 to 34", "35 to 44", "45 to 54", "55 and over"]
    assert [(a[1], a[2]) for a in ages] == [
        (r.assessed.female, r.assessed.male) for r in st.breakdown("age_group").rows
    ]
    assert "Ghana" in [n[0] for n in page.charts["nationality"].data()]
    page.measure.setCurrentIndex(1)  # competent
    ages = page.charts["age_group"].data()
    assert [(a[1], a[2]) for a in ages] == [
        (r.competent.female, r.competent.male) for r in st.breakdown("age_group").rows
    ]


def test_period_filter_recounts(page, demo_db, qtbot) -> None:
    before = page.stats
    page.date_from.setDate(QDate(2026, 6, 1))
    page.date_to.setDate(QDate(2026, 7, 31))
    page.period.setChecked(True)
    qtbot.waitUntil(
        lambda: (
            page.stats is not before
            and page.stats.date_from == dt.date(2026, 6, 1)
            and page.stats.date_to == dt.date(2026, 7, 31)
        ),
        timeout=10000,
    )
    with demo_db.session() as s:
        st = statistics(s, dt.date(2026, 6, 1), dt.date(2026, 7, 31))
    assert st.total.assessed.total < before.total.assessed.total
    assert _numbers(page)[1] == [
        str(st.total.assessed.female),
        str(st.total.assessed.male),
        str(st.total.assessed.total),
    ]


def test_export_buttons_write_workbooks(page, qtbot, tmp_path: Path) -> None:
    out = tmp_path / "results.xlsx"
    task = page.export_results(out, ResultFilter(status=AssessmentStatus.VERIFIED))
    with qtbot.waitSignal(task.succeeded, timeout=20000):
        pass
    assert page.last_export is not None and page.last_export[0] == out
    rows = list(openpyxl.load_workbook(out)["Results"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == page.last_export[1] > 0 and {r[-1] for r in rows} == {"Verified"}
    about = {r[0]: r[1] for r in openpyxl.load_workbook(out)["About this export"].iter_rows(values_only=True) if r[0]}
    assert about["Exported by"].endswith("(registrar)")
    assert "Exported" in page.status_label.text()

    task = page.export_register(tmp_path / "register.xlsx")
    with qtbot.waitSignal(task.succeeded, timeout=20000):
        pass
    assert (tmp_path / "register.xlsx").exists()

    page.period.setChecked(True)
    task = page.export_statistics(tmp_path / "stats.xlsx")
    with qtbot.waitSignal(task.succeeded, timeout=20000):
        pass
    about = {
        r[0]: r[1]
        for r in openpyxl.load_workbook(tmp_path / "stats.xlsx")["About this export"].iter_rows(values_only=True)
        if r[0]
    }
    assert about["From"] == page.date_from.date().toPython().isoformat()


def test_cancelled_export_leaves_no_file(page, qtbot, tmp_path: Path) -> None:
    pool = QThreadPool.globalInstance()
    old = pool.maxThreadCount()
    release = threading.Event()

    class Blocker(QRunnable):
        def run(self) -> None:
            release.wait(20)

    pool.setMaxThreadCount(1)
    try:
        pool.start(Blocker())  # holds the only worker, so the export waits in the queue
        folder = tmp_path / "out"
        folder.mkdir()
        out = folder / "cancelled.xlsx"
        task = page.export_results(out, ResultFilter())
        task.progress.cancel()  # what the progress dialog's Cancel button does
        with qtbot.waitSignal(task.cancelled, timeout=20000):
            release.set()
    finally:
        release.set()
        pool.waitForDone(20000)
        pool.setMaxThreadCount(old)
    assert list(folder.iterdir()) == []
    assert "cancelled" in page.status_label.text()


def test_export_menu_actions(page) -> None:
    win = page.window()
    assert win.export_results_action.text() == "&Results…"
    assert win.export_register_action.isEnabled() and win.export_statistics_action.isEnabled()


def _mean_x(chart, colour) -> float:
    """The mean column of the pixels painted in ``colour`` (bars and legend swatch)."""
    img = chart.grab().toImage()
    rgb = colour.rgb()
    xs = [x for y in range(0, img.height(), 2) for x in range(img.width()) if img.pixel(x, y) == rgb]
    assert xs, f"nothing drawn in {colour.name()}"
    return sum(xs) / len(xs)


def test_reports_page_right_to_left_mirrors_the_charts(page, qtbot) -> None:
    """Left to right the first category (here women only) stands left of the second (men only), and the
    legend says women first; right to left the page mirrors both."""
    from PySide6.QtCore import Qt

    from skillassess.ui.charts import MEN_COLOUR, WOMEN_COLOUR

    chart = page.charts["age_group"]
    chart.resize(420, 260)
    chart.set_data("Age", [("Under 18", 4, 0), ("18 to 24", 0, 4)])
    assert _mean_x(chart, WOMEN_COLOUR) < _mean_x(chart, MEN_COLOUR)
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert chart.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the charts follow the page
    assert _mean_x(chart, WOMEN_COLOUR) > _mean_x(chart, MEN_COLOUR)


def test_page_recounts_when_data_changes(page, demo_db, qtbot) -> None:
    from sqlalchemy import select

    from skillassess.core.enums import CertificateKind
    from skillassess.core.models import Candidate, Centre, Certificate, Qualification
    from skillassess.ui.ops import Changed, announce

    with demo_db.session() as s:
        before = statistics(s).total.certified  # the demo's own, from last year's garment-making course
    assert _numbers(page)[3] == [str(before.female), str(before.male), str(before.total)]
    with demo_db.transaction() as s:
        behind_the_log(s)
        cand = s.scalars(
            select(Candidate)
            .where(Candidate.sex == "female", ~Candidate.id.in_(select(Certificate.candidate_id)))
            .order_by(Candidate.id)
        ).first()
        s.add(
            Certificate(
                serial="GH-ACC-2026-000009",
                centre_id=s.scalars(select(Centre.id)).one(),
                candidate=cand,
                qualification=s.scalars(select(Qualification).where(Qualification.code == "ELI-L2")).one(),
                kind=CertificateKind.STATEMENT,
                issued_on=dt.date.today(),
            )
        )
    announce(page.db, Changed.CERTIFICATES)
    after = [str(before.female + 1), str(before.male), str(before.total + 1)]  # one more woman certified
    qtbot.waitUntil(lambda: _numbers(page)[3] == after, timeout=10000)


def test_gui_exports_are_audited_like_the_command_line(page, demo_db, qtbot, tmp_path: Path) -> None:
    import json

    from sqlalchemy import select

    from skillassess.core.models import AuditEntry

    task = page.export_results(tmp_path / "r.xlsx", ResultFilter(qualification="ELI-L2"))
    with qtbot.waitSignal(task.succeeded, timeout=20000):
        pass
    task = page.export_statistics(tmp_path / "s.xlsx")
    with qtbot.waitSignal(task.succeeded, timeout=20000):
        pass
    with demo_db.session() as s:
        entries = s.execute(
            select(AuditEntry.username, AuditEntry.entity_id, AuditEntry.after_json)
            .where(AuditEntry.entity_type == "export")
            .order_by(AuditEntry.id)
        ).all()
    assert [(u, w) for u, w, _ in entries] == [("registrar", "results"), ("registrar", "statistics")]
    assert json.loads(entries[0][2])["filters"]["Qualification"] == "ELI-L2"


def test_export_buttons_need_a_role_that_may_export(qtbot, demo_db, demo_actor) -> None:
    create_application()
    w = MainWindow(demo_db, demo_actor("assessor1"))
    qtbot.addWidget(w)
    w.show()
    p = w.show_page(ReportsPage)
    assert not p.export_results_button.isEnabled() and "registrar" in p.export_results_button.toolTip()
    assert not w.export_results_action.isEnabled() and not w.export_statistics_action.isEnabled()
    w.state.actor = demo_actor("verifier")
    p = w.show_page(ReportsPage)
    assert p.export_register_button.isEnabled() and w.export_register_action.isEnabled()


def test_results_export_dialog_takes_the_period_only_when_ticked(page, qtbot) -> None:
    from skillassess.ui.export_dialog import ResultsExportDialog

    dlg = ResultsExportDialog(["ELI-L2"], page)
    qtbot.addWidget(dlg)
    assert not dlg.date_from.isEnabled() and not dlg.date_to.isEnabled()
    assert dlg.date_from.date() == QDate(QDate.currentDate().year(), 1, 1)
    assert (dlg.result_filter().date_from, dlg.result_filter().date_to) == (None, None)
    dlg.period.setChecked(True)
    assert dlg.date_from.isEnabled() and dlg.date_to.isEnabled()
    dlg.date_from.setDate(QDate(2026, 2, 1))
    dlg.date_to.setDate(QDate(2026, 3, 31))
    assert (dlg.result_filter().date_from, dlg.result_filter().date_to) == (dt.date(2026, 2, 1), dt.date(2026, 3, 31))
