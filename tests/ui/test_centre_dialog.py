"""The Centre settings dialog, driven as an administrator drives it (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from skillassess.services import centre as svc
from skillassess.ui.app import create_application
from skillassess.ui.centre_dialog import NAME_COLUMN, SIGNATURE_COLUMN, CentreSettingsDialog
from skillassess.ui.main_window import MainWindow
from skillassess.ui.ops import read

from helpers import png_bytes


@pytest.fixture(autouse=True)
def _app() -> None:
    create_application()


def test_menu_is_for_administrators_only(qtbot, demo_db, demo_actor) -> None:
    w = MainWindow(demo_db, demo_actor("admin"))
    qtbot.addWidget(w)
    assert w.centre_settings_action.isEnabled()
    w.state.actor = demo_actor("registrar")
    assert not w.centre_settings_action.isEnabled()


def test_administrator_changes_settings(qtbot, demo_db, demo_actor, tmp_path: Path) -> None:
    w = MainWindow(demo_db, demo_actor("admin"))
    qtbot.addWidget(w)
    dlg = CentreSettingsDialog(w.state, w)
    qtbot.addWidget(dlg)
    assert dlg.name_edit.text() == "Accra Technical Skills Centre (demo)"
    assert dlg.table.rowCount() == 2 and dlg.table.item(0, 2).text() == "Directrice du centre"
    assert dlg.logo_preview.pixmap() is not None and not dlg.logo_preview.pixmap().isNull()
    dlg.name_edit.setText("Accra Technical Skills Centre")
    dlg.address_web.setText("https://verify.accra.example.org/")
    signature = tmp_path / "signature.png"
    signature.write_bytes(png_bytes(90, 30, (10, 10, 10)))
    assert dlg.set_signature_file(1, signature)
    assert dlg.table.item(1, SIGNATURE_COLUMN).text() == "Image"
    dlg.add_signatory()
    dlg.table.item(2, NAME_COLUMN).setText("Kofi Mensah")
    dlg.table.item(2, 1).setText("Registrar")
    assert not dlg.add_button.isEnabled()  # three signatories: the most a certificate has room for
    assert dlg.save()
    assert dlg.result() == QDialog.DialogCode.Accepted
    saved = read(demo_db, svc.centre_settings)
    assert saved.name == "Accra Technical Skills Centre"
    assert saved.verification_address == "https://verify.accra.example.org/"
    assert [s.name for s in saved.signatories] == ["Dr. Ama Owusu", "Joseph Phiri", "Kofi Mensah"]
    assert saved.signatories[1].signature_image == signature.read_bytes()
    assert dict(saved.signatories[2].titles) == {"en": "Registrar"}


def test_bad_files_and_addresses_are_named_and_nothing_is_saved(
    qtbot, demo_db, demo_actor, tmp_path: Path, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("skillassess.ui.centre_dialog.show_error", lambda _w, exc, *a: shown.append(str(exc)))
    monkeypatch.setattr("skillassess.ui.ops.show_error", lambda _w, exc, *a: shown.append(str(exc)))
    w = MainWindow(demo_db, demo_actor("admin"))
    qtbot.addWidget(w)
    dlg = CentreSettingsDialog(w.state, w)
    qtbot.addWidget(dlg)
    before = read(demo_db, svc.centre_settings)
    text_file = tmp_path / "logo.png"
    text_file.write_text("this is not a picture")
    assert not dlg.set_logo_file(text_file)
    assert (
        shown[-1] == "Logo: logo.png: The file is not a PNG or JPEG image; save it as PNG or JPEG and choose it again."
    )
    huge = tmp_path / "huge.png"
    huge.write_bytes(png_bytes(5000, 5000))
    assert not dlg.set_logo_file(huge)
    assert shown[-1].startswith("Logo: huge.png: The image is 5000 × 5000 pixels")
    assert dlg.logo == before.logo  # the logo shown is still the old one
    assert not dlg.set_logo_file(tmp_path / "missing.png")
    assert shown[-1].startswith("Logo: missing.png cannot be read")
    dlg.address_web.setText("verify.example.org")
    assert not dlg.save()
    assert "Verification address: the address must start with https://" in shown[-1]
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert read(demo_db, svc.centre_settings) == before


def test_read_only_for_others(qtbot, demo_db, demo_actor) -> None:
    w = MainWindow(demo_db, demo_actor("registrar"))
    qtbot.addWidget(w)
    dlg = CentreSettingsDialog(w.state, w)
    qtbot.addWidget(dlg)
    assert not dlg.save_button.isEnabled()
