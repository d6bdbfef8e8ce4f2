"""Signing keys, the audit log's data check and a lost -wal, as an administrator meets them in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from skillassess.formats import signed_payload as sp
from skillassess.services import certificate_verification
from skillassess.ui import audit_texts
from skillassess.ui.app import create_application
from skillassess.ui.certificate_dialogs import VerifyDialog
from skillassess.ui.keys_dialog import SigningKeysDialog
from skillassess.ui.main_window import MainWindow
from skillassess.ui.pages.audit import AuditPage
from skillassess.ui.pages.users import UsersPage

from helpers import sql_behind_the_log


@pytest.fixture(autouse=True)
def _app() -> None:
    create_application()


def _window(qtbot, db, actor) -> MainWindow:
    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_administrators_rotate_the_key_and_export_it(qtbot, demo_db, demo_actor, tmp_path: Path, monkeypatch) -> None:
    w = _window(qtbot, demo_db, demo_actor("admin"))
    page = w.show_page(UsersPage)
    assert page.keys_button.isVisible()
    dialog = SigningKeysDialog(demo_db, demo_actor("admin"), page)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "Current"
    assert dialog.table.item(0, 3).text() == "Yes" and not dialog.create_button.isEnabled()
    old = dialog.table.item(0, 0).text()
    pem = tmp_path / "centre.pem"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pem), ""))
    dialog.rotate_key()
    assert dialog.table.rowCount() == 2
    statuses = {dialog.table.item(n, 0).text(): dialog.table.item(n, 2).text() for n in range(2)}
    assert statuses[old] == "Retired" and "Current" in statuses.values()
    new = next(k for k, v in statuses.items() if v == "Current")
    assert sp.key_id_of(sp.load_public_key_pem(pem.read_bytes())) == new
    assert new in dialog.status_label.text() and str(pem) in dialog.status_label.text()


def test_a_registrar_cannot_rotate_and_is_told_why(qtbot, demo_db, demo_actor, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    dialog = SigningKeysDialog(demo_db, demo_actor("registrar"))
    qtbot.addWidget(dialog)
    dialog.rotate_key()
    assert shown and "administrator" in shown[0] and dialog.table.rowCount() == 1


NEWEST_ENTRY_LOST = "DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)"


def _registration_entry_and_count(db) -> tuple[int, int]:
    """(the entry that registered the demo's ELI-L2 candidate ACC-2026-00003, whose record nothing later
    changes, how many entries the log holds): the demo is recorded through the services, entry by entry."""
    from sqlalchemy import func, select

    from skillassess.core.models import AuditEntry

    with db.session() as s:
        about_3 = (AuditEntry.entity_type == "candidate", AuditEntry.entity_id == "ACC-2026-00003")
        (registered,) = s.execute(select(AuditEntry.id).where(*about_3)).scalars().all()
        return registered, s.execute(select(func.count(AuditEntry.id))).scalar_one()


def test_audit_page_shows_each_record_changed_outside_and_records_a_loss(
    qtbot, demo_db, demo_actor, monkeypatch
) -> None:
    sql_behind_the_log(
        demo_db, "UPDATE candidate SET family_name = 'Forged' WHERE registration_number = 'ACC-2026-00003'"
    )
    entry, total = _registration_entry_and_count(demo_db)
    w = _window(qtbot, demo_db, demo_actor("admin"))
    page = w.show_page(AuditPage)
    page.verify_button.click()
    qtbot.waitUntil(lambda: "differ" in page.verify_label.text(), timeout=10000)
    assert page.verify_label.text().startswith("1 record differs from the audit log")
    assert (
        f'candidate (id 3), family_name: the audit log (entry {entry}) says "Girma", the database holds "Forged".'
        in (page.detail.toPlainText())
    )
    assert not page.accept_button.isVisible()
    # The newest entry removed: the checkpoint shows it, and an administrator may record the loss.
    sql_behind_the_log(
        demo_db, "UPDATE candidate SET family_name = 'Girma' WHERE registration_number = 'ACC-2026-00003'"
    )
    sql_behind_the_log(demo_db, NEWEST_ENTRY_LOST)
    page.verify_button.click()
    qtbot.waitUntil(page.accept_button.isVisible, timeout=10000)
    assert f"records {total} entries, but the database holds {total - 1}" in page.detail.toPlainText()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.accept_loss()
    qtbot.waitUntil(lambda: "intact" in page.verify_label.text(), timeout=10000)
    assert not page.accept_button.isVisible()


def test_a_lost_wal_is_said_on_opening(qtbot, demo_db, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    assert not audit_texts.warn_if_entries_lost(None, demo_db)
    sql_behind_the_log(demo_db, NEWEST_ENTRY_LOST)
    assert audit_texts.warn_if_entries_lost(None, demo_db)
    assert "the newest changes are missing" in shown[0] and "until then nothing can be saved" in shown[0]


def test_verify_dialog_says_unknown_certificate(qtbot, demo_db) -> None:
    import datetime as dt

    from skillassess.db.paths import data_dir
    from skillassess.services import keys

    with demo_db.session() as s:
        private, key_id = keys.signing_key_for_issue(s, data_dir())
    body = sp.PayloadBody(
        key_id, "GH-ACC-2026-000777", "Mallory", "", "full", "ELI-L2", ("ELI-C01",), dt.date(2026, 11, 20)
    )
    dialog = VerifyDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.edit.setPlainText(sp.sign(body, private))
    dialog.verify_text()
    assert dialog.result is not None and dialog.result.status == certificate_verification.UNKNOWN_CERTIFICATE
    assert dialog.result_label.text().startswith("UNKNOWN CERTIFICATE: Unknown certificate: the signature is genuine")
