"""Open Badges in the GUI: Save badge… on the Certificates page, offered after issuing, and read by Verify…"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from skillassess.services import badges
from skillassess.services import certificates as svc
from skillassess.services.certificate_verification import VALID
from skillassess.ui.app import create_application
from skillassess.ui.certificate_dialogs import PreviewDialog, VerifyDialog
from skillassess.ui.main_window import MainWindow
from skillassess.ui.pages import certificates as page_module
from skillassess.ui.pages.certificates import CertificatesPage
from skillassess.ui.tasks import running


@pytest.fixture
def page(qtbot, demo_db, demo_actor, monkeypatch):
    create_application()
    registrar = demo_actor("registrar")
    for regno in ("ACC-2026-00001", "ACC-2026-00011"):
        with demo_db.transaction() as s:
            svc.issue_certificate(s, registrar, regno, "ELI-L2", "ar,en", issued_on=dt.date(2026, 6, 1))
    w = MainWindow(demo_db, registrar)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    p = w.show_page(CertificatesPage)
    assert isinstance(p, CertificatesPage)
    p.year_spin.setValue(2026)
    qtbot.waitUntil(lambda: p.model.total == 2)
    saved: list[Path] = []
    monkeypatch.setattr(page_module, "confirm_saved", lambda _parent, path: saved.append(path))
    p.saved = saved
    return p


def _choose(monkeypatch, path: Path, chosen: str = "") -> list[str]:
    """Answer the save dialog with ``path``; returns the file names it suggested."""
    suggested: list[str] = []

    def fake(_parent, _title, name, filters, **_kw):
        suggested.append(name)
        return path, chosen or filters.split(";;")[0]

    monkeypatch.setattr(page_module, "save_file_name", fake)
    return suggested


def test_save_badges_of_the_selected_certificates(page, qtbot, monkeypatch, tmp_path: Path) -> None:
    assert not page.badge_button.isEnabled()  # nothing selected
    page.table.selectAll()
    assert page.badge_button.isEnabled()
    suggested = _choose(monkeypatch, tmp_path / "class-of-2026")  # no suffix: a ZIP for several
    page.badge_button.click()
    qtbot.waitUntil(lambda: not running() and bool(page.saved), timeout=30_000)
    assert suggested == ["badges.zip"] and page.saved == [tmp_path / "class-of-2026.zip"]
    serials = sorted(page.model.row(i).serial for i in range(2))
    with zipfile.ZipFile(tmp_path / "class-of-2026.zip") as z, page.db.session() as s:
        assert sorted(z.namelist()) == [f"{x}.jwt" for x in serials]
        assert all(badges.verify_badge(s, z.read(n)).status == VALID for n in z.namelist())
    assert "2" in page.count_label.text()


def test_one_badge_as_a_jwt_and_the_verify_dialog_reads_it(page, qtbot, monkeypatch, tmp_path: Path) -> None:
    page.table.selectRow(0)
    serial = page.model.row(0).serial
    suggested = _choose(monkeypatch, tmp_path / "mine.jwt")
    page.badge_button.click()
    qtbot.waitUntil(lambda: not running() and bool(page.saved), timeout=30_000)
    assert suggested == [f"{serial}.jwt"]
    dlg = VerifyDialog(page.db, page)
    dlg.verify_file(tmp_path / "mine.jwt")
    assert dlg.result is not None and dlg.result.status == VALID and dlg.result.serial == serial
    assert dlg.result_label.text().startswith("VALID")
    token = (tmp_path / "mine.jwt").read_text(encoding="ascii")
    dlg.edit.setPlainText(token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB"))
    dlg.verify_text()
    assert dlg.result.status == "invalid" and dlg.result_label.text().startswith("INVALID")
    dlg.close()


def test_badges_need_the_registrar_and_certificates_in_force(page, demo_actor) -> None:
    with page.db.transaction() as s:
        svc.revoke_certificate(s, demo_actor("registrar"), page.model.row(0).serial, "Wrong person")
    page.load()
    page.table.selectAll()
    assert not page.badge_button.isEnabled()  # a revoked one among them
    page.table.selectRow(1 if page.model.row(0).status.value == "revoked" else 0)
    assert page.badge_button.isEnabled()
    page.state.actor = None
    assert not page.badge_button.isEnabled()


def test_the_issue_preview_offers_the_badge(page, qtbot, monkeypatch, tmp_path: Path) -> None:
    serial = page.model.row(0).serial

    def exec_and_click(dlg: PreviewDialog) -> int:
        button = dlg.findChild(QPushButton, "save_badge")
        assert button is not None and button.text() == "Save badge…"
        button.click()
        return 0

    monkeypatch.setattr(PreviewDialog, "exec", exec_and_click)
    _choose(monkeypatch, tmp_path / "new.jwt")
    from skillassess.formats.certificate_pdf import render_certificate

    with page.db.session() as s:
        pdf = render_certificate(svc.certificate_document(s, serial))
    page._show_originals(pdf, [serial])
    qtbot.waitUntil(lambda: not running() and bool(page.saved), timeout=30_000)
    with page.db.session() as s:
        assert badges.verify_badge(s, (tmp_path / "new.jwt").read_bytes()).status == VALID
