"""File > Export > Verification site…: writes the site, says where; a missing key is one plain sentence. The Verify
dialog takes a QR link (address#payload)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from skillassess.services import verifier_site
from skillassess.ui import ops
from skillassess.ui.verifier_export import export_verifier_site


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda parent, title, text, *a: shown.append(("info", text)))
    )
    monkeypatch.setattr(ops, "show_error", lambda parent, error, title=None: shown.append(("error", str(error))))
    return shown


def test_export_from_the_gui(qtbot, demo_db, tmp_path: Path, said) -> None:
    assert export_verifier_site(None, demo_db, tmp_path / "site")
    assert sorted(p.name for p in (tmp_path / "site").iterdir()) == sorted(verifier_site.FILES)
    assert said and said[0][0] == "info" and str(tmp_path / "site") in said[0][1]


def test_export_without_the_private_key_says_so(qtbot, demo_db, tmp_path: Path, said) -> None:
    from skillassess.db.paths import data_dir

    shutil.rmtree(data_dir() / "keys")
    assert not export_verifier_site(None, demo_db, tmp_path / "site")
    assert said[0][0] == "error" and "private key" in said[0][1]
    assert not (tmp_path / "site").exists()


def test_the_menu_command_asks_for_a_folder(qtbot, demo_db, demo_actor, tmp_path: Path, said, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from skillassess.ui.app import create_application
    from skillassess.ui.main_window import MainWindow

    create_application()
    w = MainWindow(demo_db, demo_actor("registrar"))
    qtbot.addWidget(w)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path / "out")))
    w.export_verifier_action.trigger()
    assert (tmp_path / "out" / "index.html").is_file() and said[0][0] == "info"
    # Cancelled folder choice: nothing written, nothing said.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    w.export_verifier_action.trigger()
    assert len(said) == 1


def test_verify_dialog_accepts_the_link_form(qtbot, demo_db) -> None:
    from sqlalchemy import select

    from skillassess.core.enums import CertificateStatus
    from skillassess.core.models import Certificate
    from skillassess.ui.certificate_dialogs import VerifyDialog

    with demo_db.session() as s:
        payload = s.execute(
            select(Certificate.payload).where(Certificate.status == CertificateStatus.ISSUED).limit(1)
        ).scalar_one()
    dialog = VerifyDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.edit.setPlainText("https://verify.example.org/#" + payload)
    dialog.verify_text()
    assert dialog.result is not None and dialog.result.valid, dialog.result_label.text()
    assert dialog.result_label.text().startswith("VALID")
