"""Looks of a current desktop application (issue 13, item 10): icons from one bundled set with its licence,
navigation rows tall enough for Arabic and Ethiopic, read-only fields that look read-only, file dialogs that
remember their folder and start in Documents, "Saved" with Open folder, a sign-in that offers no user of
another database, and Print record that prints (or writes the PDF when printing to a file)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QMessageBox, QPlainTextEdit
from sqlalchemy import select

from skillassess.core.models import AuditEntry
from skillassess.resources import action_icons_dir, bundled_licenses, licenses_dir
from skillassess.ui import file_dialogs
from skillassess.ui.app import create_application
from skillassess.ui.icons import NAMES, icon
from skillassess.ui.main_window import MainWindow
from skillassess.ui.pages.assessments import AssessmentsPage
from skillassess.ui.sign_in import LAST_USER_KEY, SignInDialog, last_user_key


def test_every_icon_is_bundled_with_its_licence(qtbot) -> None:
    create_application()
    for name in NAMES:
        assert (action_icons_dir() / f"{NAMES[name]}.svg").is_file(), name
        assert not icon(name).isNull() and not icon(name).pixmap(20, 20).isNull()
    licence = licenses_dir() / "tabler-icons.txt"
    assert "MIT License" in licence.read_text(encoding="utf-8")
    assert any(b.text_file == licence and b.license == "MIT" for b in bundled_licenses())
    listed = json.loads((licenses_dir() / "index.json").read_text(encoding="utf-8"))
    assert any(e["file"] == "tabler-icons.txt" for e in listed)


def test_navigation_has_icons_and_tall_rows(qtbot, demo_db, demo_actor) -> None:
    create_application()
    w = MainWindow(demo_db, demo_actor("admin"))
    qtbot.addWidget(w)
    w.show()
    metrics = w.nav.fontMetrics()
    for n in range(w.nav.count()):
        item = w.nav.item(n)
        assert not item.icon().isNull(), item.text()
        # Arabic and Ethiopic glyphs (fallback fonts) stand taller than Latin: two lines of the font's height.
        assert w.nav.visualItemRect(item).height() >= max(36, 2 * metrics.height())


def test_read_only_fields_look_read_only(qtbot) -> None:
    app = create_application()
    edit, text = QLineEdit(), QPlainTextEdit()
    for widget in (edit, text):
        qtbot.addWidget(widget)
    text.setReadOnly(True)
    edit.show()
    text.show()
    window = app.palette().color(QPalette.ColorRole.Window)
    base = app.palette().color(QPalette.ColorRole.Base)
    assert window != base
    assert text.palette().color(QPalette.ColorRole.Base) == window
    assert edit.palette().color(QPalette.ColorRole.Base) == base
    edit.setReadOnly(True)
    assert edit.palette().color(QPalette.ColorRole.Base) == window
    edit.setReadOnly(False)
    assert edit.palette().color(QPalette.ColorRole.Base) == base


def test_file_dialogs_start_in_documents_then_remember(qtbot, monkeypatch, tmp_path: Path) -> None:
    create_application()
    QSettings().remove("paths")  # folders remembered by earlier tests of the run (settings outlive a test)
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(file_dialogs, "user_documents_dir", lambda: str(documents))
    asked: list[str] = []
    chosen = tmp_path / "exports" / "results.xlsx"
    chosen.parent.mkdir()

    def fake_save(_parent, _title, start, _filters):
        asked.append(start)
        return str(chosen), "Excel workbook (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    path, _ = file_dialogs.save_file_name(None, "Save", "results.xlsx", "Excel workbook (*.xlsx)", kind="export")
    assert path == chosen and asked == [str(documents / "results.xlsx")]
    file_dialogs.save_file_name(None, "Save", "other.xlsx", "Excel workbook (*.xlsx)", kind="export")
    assert asked[1] == str(chosen.parent / "other.xlsx")
    # Another kind that has not been used yet starts where documents were last saved... or in Documents.
    assert file_dialogs.start_folder("photo") == documents


def test_saved_box_opens_the_folder(qtbot, monkeypatch, tmp_path: Path) -> None:
    create_application()
    opened: list[Path] = []
    monkeypatch.setattr(file_dialogs, "open_folder", lambda p: opened.append(p) or True)
    target = tmp_path / "record.pdf"
    target.write_bytes(b"%PDF-1.4")
    box = file_dialogs.saved_box(None, target)
    qtbot.addWidget(box)
    assert "record.pdf" in box.text() and str(tmp_path) in box.informativeText()
    button = box.findChild(type(box.buttons()[0]), "open_folder")
    assert button is not None
    button.click()
    assert opened == [target]


def test_sign_in_offers_no_user_of_another_database(qtbot, db, demo_db) -> None:
    create_application()
    QSettings().setValue(LAST_USER_KEY, "assessor1")  # the old single memory: no longer offered anywhere
    QSettings().setValue(last_user_key(demo_db), "assessor1")
    other = SignInDialog(db)
    qtbot.addWidget(other)
    assert other.username_edit.text() == ""
    QSettings().setValue(last_user_key(db), "chikondi")
    again = SignInDialog(db)
    qtbot.addWidget(again)
    assert again.username_edit.text() == "chikondi"


def test_print_record_prints_and_to_a_file_writes_the_pdf(
    qtbot, demo_db, demo_actor, monkeypatch, tmp_path: Path
) -> None:
    create_application()
    w = MainWindow(demo_db, demo_actor("assessor1"))
    qtbot.addWidget(w)
    w.show()
    page = w.show_page(AssessmentsPage)
    page.table.selectRow(0)
    row = page.selected_row()
    assert row is not None and page.print_button.isEnabled()
    target = tmp_path / "printed.pdf"

    def choose_file(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", choose_file)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    page.print_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert shown and "printed.pdf" in shown[0]
    with demo_db.session() as s:
        entry = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc())).scalars().first()
        assert entry.entity_type == "export" and entry.entity_id == "assessment_record_printed"
    # Cancelled: nothing is printed, nothing recorded.
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: QDialog.DialogCode.Rejected.value)
    target.unlink()
    page.print_button.click()
    assert not target.exists()
    with demo_db.session() as s:
        assert s.execute(select(AuditEntry.id).order_by(AuditEntry.id.desc())).scalars().first() == entry.id
