"""The Certificates page: filters, issue dialog, preview, batch save in a task, revoke, verify dialog."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from skillassess.core.enums import CertificateStatus
from skillassess.services import certificate_register
from skillassess.services import certificates as svc
from skillassess.ui.app import create_application
from skillassess.ui.certificate_dialogs import IssueDialog, PreviewDialog, VerifyDialog
from skillassess.ui.main_window import MainWindow
from skillassess.ui.ops import Changed, announce
from skillassess.ui.pages.certificates import CertificatesPage
from skillassess.ui.tasks import running


@pytest.fixture
def page(qtbot, demo_db, demo_actor):
    create_application()
    registrar = demo_actor("registrar")
    for regno in ("ACC-2026-00001", "ACC-2026-00004", "ACC-2026-00011"):
        with demo_db.transaction() as s:
            svc.issue_certificate(s, registrar, regno, "ELI-L2", "en", issued_on=dt.date(2026, 6, 1))
    w = MainWindow(demo_db, registrar)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    p = w.show_page(CertificatesPage)
    assert isinstance(p, CertificatesPage)
    # This year's register: the demo's own certificates (last year's garment-making course) are left out.
    p.year_spin.setValue(2026)
    qtbot.waitUntil(lambda: p.model.total == 3)
    return p


def test_register_filters(page, qtbot) -> None:
    assert page.model.total == 3
    page.search_edit.setText("HAILE")
    qtbot.waitUntil(lambda: page.model.total == 1)
    page.search_edit.setText("")
    qtbot.waitUntil(lambda: page.model.total == 3)
    page.status_combo.setCurrentIndex(page.status_combo.findData(CertificateStatus.REVOKED))
    assert page.model.total == 0
    page.status_combo.setCurrentIndex(0)
    page.year_spin.setValue(2024)
    qtbot.waitUntil(lambda: page.model.total == 0)
    page.year_spin.setValue(2026)
    qtbot.waitUntil(lambda: page.model.total == 3)


def test_buttons_follow_role_and_selection(page) -> None:
    assert page.issue_button.isEnabled()
    assert not page.revoke_button.isEnabled()
    page.table.selectRow(0)
    assert page.revoke_button.isEnabled() and page.preview_button.isEnabled()
    page.state.actor = None
    assert not page.issue_button.isEnabled() and not page.revoke_button.isEnabled()


def test_issue_finds_the_eligible_on_the_task_pool(page, qtbot, monkeypatch) -> None:
    """Issue… reads every enrolment on a worker (a national register takes seconds): the GUI thread is free
    until the dialog opens with the list."""
    shown: list[list[str]] = []

    def fake_exec(dlg: IssueDialog) -> int:
        shown.append([dlg.model.row(i).registration_number for i in range(dlg.model.rowCount())])
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(IssueDialog, "exec", fake_exec)
    page.issue()
    assert running(), "the eligibility runs as a background task"
    assert not shown  # not yet: the work is on the pool
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "ACC-2026-00002" in shown[0] and "ACC-2026-00001" not in shown[0]


def test_issue_dialog_lists_eligible_and_languages(page, demo_db) -> None:
    with demo_db.session() as s:
        rows = svc.eligible_candidates(s)
    dlg = IssueDialog(rows, page)
    model = dlg.table.model()
    regnos = [model.index(i, 0).data().strip("\u2066\u2069") for i in range(model.rowCount())]
    assert model.index(0, 3).data() in ("Full certificate", "Statement of attainment")
    assert "ACC-2026-00002" in regnos and "ACC-2026-00001" not in regnos
    assert not dlg.issue_button.isEnabled()
    dlg.table.selectRow(0)
    assert dlg.issue_button.isEnabled()
    dlg.first_language.setCurrentIndex(dlg.first_language.findData("ar"))
    dlg.second_language.setCurrentIndex(dlg.second_language.findData("en"))
    assert dlg.languages() == "ar,en"
    dlg.close()


def test_preview_renders_pages(page, qtbot) -> None:
    with page.db.session() as s:
        doc = svc.certificate_document(s, page.model.row(0).serial)
    from skillassess.formats.certificate_pdf import render_certificate

    dlg = PreviewDialog("x", render_certificate(doc), page)
    assert len(dlg.page_labels) == 1
    pix = dlg.page_labels[0].pixmap()
    assert pix.width() > pix.height() > 450  # A4 landscape at 84 dpi
    dlg.close()


def test_batch_zip_in_task_counts_reprints(page, qtbot, tmp_path: Path) -> None:
    serials = [page.model.row(i).serial for i in range(page.model.rowCount())]
    target = tmp_path / "batch.zip"
    with qtbot.waitSignal(page.model.modelReset, timeout=60000):
        page.start_batch(serials, target)
    with zipfile.ZipFile(target) as z:
        assert sorted(z.namelist()) == sorted(f"{s}.pdf" for s in serials)
    assert all(page.model.row(i).reprint_count == 1 for i in range(page.model.rowCount()))


def test_batch_cancel_changes_nothing(page, qtbot, tmp_path: Path) -> None:
    serials = [page.model.row(i).serial for i in range(page.model.rowCount())]
    target = tmp_path / "batch.pdf"
    t = page.start_batch(serials, target, start=False)
    t.progress.cancel()
    t.start()
    qtbot.waitUntil(lambda: not running(), timeout=60000)
    assert not target.exists()
    page.load()
    assert all(page.model.row(i).reprint_count == 0 for i in range(page.model.rowCount()))


def test_revoke_from_service_shows_in_page(page, demo_actor) -> None:
    serial = page.model.row(0).serial
    with page.db.transaction() as s:
        svc.revoke_certificate(s, demo_actor("registrar"), serial, "Wrong name")
    announce(page.db, Changed.CERTIFICATES)
    assert page.model.row(0).status == CertificateStatus.REVOKED


def test_verify_dialog(page, qtbot, tmp_path: Path) -> None:
    serial = page.model.row(0).serial
    with page.db.session() as s:
        payload = certificate_register.get_by_serial(s, serial).payload
    dlg = VerifyDialog(page.db, page)
    dlg.edit.setPlainText(payload)
    dlg.verify_text()
    assert dlg.result is not None and dlg.result.valid
    assert dlg.result_label.text().startswith("VALID")
    assert serial in dlg.details.toPlainText()
    dlg.edit.setPlainText(payload[:-3] + ("AAA" if not payload.endswith("AAA") else "BBB"))
    dlg.verify_text()
    assert dlg.result is not None and not dlg.result.valid
    assert dlg.result_label.text().startswith("INVALID")
    dlg.done(QDialog.DialogCode.Rejected)


def test_print_pdf_paints_every_page_on_a_qprinter(page, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from skillassess.formats.certificate_pdf import UnitLine, render_certificate
    from skillassess.ui.pdf_pages import print_pdf

    with page.db.session() as s:
        doc = svc.certificate_document(s, page.model.row(0).serial)
    long_doc = type(doc)(**{**doc.__dict__, "units": tuple(UnitLine(f"U{n}", "Unit", "C") for n in range(60))})
    pdf = render_certificate(long_doc)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    reports: list[tuple[int, int]] = []
    pages = print_pdf(printer, pdf, lambda d, t: reports.append((d, t)))
    assert pages >= 2 and reports[-1] == (pages, pages)
    from skillassess.ui.pdf_pages import page_count

    assert page_count(out.read_bytes()) == pages


def test_issuing_several_is_all_or_nothing(page, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("skillassess.ui.ops.show_error", lambda _w, exc, *a: shown.append(str(exc)))
    before = page.model.total
    # ACC-2026-00002 could be certified, ACC-2026-00001 already is: before, the first was issued anyway.
    docs = page.issue_rows([("ACC-2026-00002", "ELI-L2"), ("ACC-2026-00001", "ELI-L2")], "en")
    assert docs == [] and page.model.total == before
    assert len(shown) == 1 and "No certificate was issued" in shown[0] and "ACC-2026-00001" in shown[0]
    docs = page.issue_rows([("ACC-2026-00002", "ELI-L2"), ("ACC-2026-00005", "ELI-L2")], "en")
    assert len(docs) == 2 and page.model.total == before + 2 and len(shown) == 1


def test_batch_with_a_revoked_certificate_writes_and_counts_nothing(
    page,
    qtbot,
    tmp_path: Path,
    demo_actor,
    monkeypatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("skillassess.ui.ops.show_error", lambda _w, exc, *a: shown.append(str(exc)))
    serials = [page.model.row(i).serial for i in range(page.model.rowCount())]
    with page.db.transaction() as s:
        svc.revoke_certificate(s, demo_actor("registrar"), serials[-1], "Wrong name")
    target = tmp_path / "batch.zip"
    page.start_batch(serials, target)
    qtbot.waitUntil(lambda: not running(), timeout=60000)
    assert not target.exists() and not (tmp_path / "batch.zip.part").exists()
    assert len(shown) == 1 and serials[-1] in shown[0] and "revoked" in shown[0]
    page.load()
    assert all(page.model.row(i).reprint_count == 0 for i in range(page.model.rowCount()))
