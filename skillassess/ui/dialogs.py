"""Dialogs that can be opened without a particular record, for tests that open every dialog.

``DIALOG_FACTORIES`` lists functions ``(state, parent) -> QDialog`` that build a dialog without
showing it. Features append theirs (e.g. ``DIALOG_FACTORIES.append(ImportDialog)`` when the class
takes ``(state, parent)``, or a small function that builds one for a record of the demo data).
tests/ui/test_i18n_gui.py opens each in every language and fails on untranslated or clipped text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from skillassess.core.errors import ValidationError
from skillassess.ui.errors import error_box
from skillassess.ui.state import AppState

DialogFactory = Callable[[AppState, QWidget], QDialog]


def restart_box(state: AppState, parent: QWidget, language_name: str = "English") -> QMessageBox:
    """Asked after a language was chosen: the interface shows it fully after a restart."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("MainWindow", "Language"))
    box.setText(
        translate("MainWindow", "SkillAssess will be shown in %1 after a restart. Nothing you saved is lost.").replace(
            "%1", language_name
        )
    )
    box.setInformativeText(translate("MainWindow", "Restart now?"))
    restart = box.addButton(translate("MainWindow", "Restart now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("MainWindow", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restart)
    return box


def _sample_error_box(state: AppState, parent: QWidget) -> QMessageBox:
    return error_box(parent, RuntimeError("an example of an unexpected error (translation test)"))


def _sample_domain_error_box(state: AppState, parent: QWidget) -> QMessageBox:
    return error_box(parent, ValidationError("ACC-2026-00001: the date of birth is missing."))


def _progress_dialog(state: AppState, parent: QWidget) -> QDialog:
    from skillassess.ui.tasks import Task

    task = Task(lambda progress: None, parent=parent, title="SkillAssess", label="…")
    dialog = task._dialog
    assert dialog is not None
    return dialog


def certificate_preview(state: AppState, parent: QWidget) -> QDialog:
    """The certificate preview (skillassess/ui/certificate_dialogs.py) of a sample certificate, A4 landscape."""
    import datetime as dt

    from skillassess.formats.certificate_pdf import CertificateDoc, UnitLine, render_certificate
    from skillassess.ui.certificate_dialogs import PreviewDialog

    doc = CertificateDoc(
        serial="ACC-2026-000001",
        kind="full",
        languages=("en",),
        centre_name="Accra Technical Training Centre",
        candidate_name="Hiba Al-Ali",
        qualification_code="ELI-2",
        qualification_title="Electrical Installation, Level 2",
        level="2",
        issued_on=dt.date(2026, 12, 1),
        payload="SA1.sample",
        units=(UnitLine("ELI-C02", "Install lighting circuits"),),
    )
    title = QCoreApplication.translate("CertificatesPage", "Certificate %1").replace("%1", doc.serial)
    return PreviewDialog(title, render_certificate(doc), parent)


def _backup_boxes() -> list[DialogFactory]:
    """The backup and damaged-database boxes with sample values (skillassess/ui/backup_dialogs.py)."""
    from pathlib import Path

    from skillassess.db.backup.restoring import CheckedArchive
    from skillassess.db.backup.writing import BackupResult
    from skillassess.db.database import damaged_error
    from skillassess.db.integrity import CheckResult
    from skillassess.services.backups import CheckedBackup
    from skillassess.services.info import database_info
    from skillassess.ui import backup_dialogs as bd

    def damaged(state: AppState, parent: QWidget) -> QDialog:
        path = state.db.file_path or Path("centre.sqlite3")
        return bd.DamagedDatabaseBox(
            damaged_error(path, ["On tree page 122 cell 19: Offset 42405 out of range"]), parent
        )

    def confirm(state: AppState, parent: QWidget) -> QDialog:
        from skillassess.ui.ops import read

        info = read(state.db, database_info)
        archive = CheckedArchive(
            Path("centre-20261201-081500-daily.zip"),
            Path("."),
            {"created_at": "2026-12-01T08:15:00+00:00", "source": {"database": state.db.name}},
            None,
            [],
            None,
            None,
        )
        return bd.confirm_restore_box(CheckedBackup(archive, info, None), state.db.url, parent)

    def done(state: AppState, parent: QWidget) -> QDialog:
        result = BackupResult(
            Path("centre-20261201-081500-manual.zip"), copies=[Path("E:/centre.zip")], second_folder_missing=None
        )
        return bd.backup_done_box(result, parent)

    def usb_missing(state: AppState, parent: QWidget) -> QDialog:
        return bd.daily_backup_warning_box(
            BackupResult(Path("centre-20261201-081500-daily.zip"), second_folder_missing=Path("E:/")), parent
        )

    def checked(state: AppState, parent: QWidget) -> QDialog:
        return bd.check_result_box(CheckResult(True, [], 2.5), state.db.name, parent)

    return [damaged, confirm, done, usb_missing, checked]


def _centre_settings(state: AppState, parent: QWidget) -> QDialog:
    from skillassess.ui.centre_dialog import CentreSettingsDialog

    return CentreSettingsDialog(state, parent)


def _issue_confirmation(state: AppState, parent: QWidget) -> QDialog:
    """The confirmation before issuing, for the first two eligible candidates of the demo, in Arabic and English."""
    from skillassess.core.enums import Role
    from skillassess.formats.certificate_pdf import render_certificate
    from skillassess.services import certificates
    from skillassess.services.context import Actor
    from skillassess.ui.certificate_dialogs import IssueConfirmDialog
    from skillassess.ui.ops import read

    registrar = Actor(None, "registrar", frozenset({Role.REGISTRAR}))

    def preview(s):  # type: ignore[no-untyped-def]
        rows = certificates.eligible_candidates(s)[:2]
        found = certificates.issue_preview(
            s, registrar, [(r.registration_number, r.qualification) for r in rows], "ar,en"
        )
        return found, render_certificate(found.first)

    found, pdf = read(state.db, preview)
    return IssueConfirmDialog(found, pdf, parent)


def _register_partner(state: AppState, parent: QWidget) -> QDialog:
    from skillassess.services.exchange.partners import BundleInfo
    from skillassess.ui.exchange_dialog import RegisterPartnerDialog

    info = BundleInfo(
        "acc.sabundle",
        "results",
        "ACC",
        "Accra Technical Skills Centre",
        "GH",
        "centre",
        None,
        "2026-12-01T09:30:00.000000Z",
        "Layla Khoury",
        1,
        None,
        {"results": 81},
        "05fee47afe223a88",
        "05fe e47a fe22 3a88 1c0e 5a17 9b1d 0c33 5f0c 2a9e 77d1 0b4c 3e2f 9a8d 6c5b 4a39",
        False,
        False,
    )
    return RegisterPartnerDialog(info, parent)


def _register_browser(state: AppState, parent: QWidget) -> QDialog:
    from skillassess.ui.register_browser import RegisterBrowserDialog

    return RegisterBrowserDialog(state, parent)


def _register_candidate(state: AppState, parent: QWidget) -> QDialog:
    """One candidate of the national register, with a revoked certificate and a moderated result."""
    import datetime as dt

    from skillassess.services.exchange import register_lists as rl
    from skillassess.ui.register_browser import RegisterCandidateDialog

    day = dt.date(2026, 11, 20)
    detail = rl.RegisterCandidateDetail(
        rl.RegisterCandidateRow(
            1, "ACC", "ACC-2026-00003", "Mensah", "Abena", "", "female", dt.date(1999, 4, 2), "GH", 2, 2
        ),
        "Accra Technical Skills Centre",
        "national_id",
        "GHA-000111222-3",
        "no",
        [rl.RegisterEnrolmentLine("ELI-2", 1, "rpl", "completed", dt.date(2026, 9, 1))],
        [
            rl.RegisterResultLine("ELI-C01", 1, 1, "ELI-2", day, "competent", "Kwame Boateng", "", "confirmed"),
            rl.RegisterResultLine("ELI-C02", 1, 1, "ELI-2", day, "not_yet_competent", "Kwame Boateng", "", None),
        ],
        [
            rl.RegisterCertificateLine(
                "ACC-2026-000001", "full", "ELI-2", 1, day, "revoked", "Issued in error", "", 0, "", ""
            ),
            rl.RegisterCertificateLine("ACC-2026-000002", "full", "ELI-2", 1, day, "issued", "", "", 1, "", ""),
        ],
    )
    return RegisterCandidateDialog(detail, parent)


# Functions (state, parent) -> QDialog, not shown yet. Append yours.
DIALOG_FACTORIES: list[DialogFactory] = [
    restart_box,
    _sample_error_box,
    _sample_domain_error_box,
    _progress_dialog,
    *_backup_boxes(),
    _centre_settings,
    _issue_confirmation,
    certificate_preview,
    _register_partner,
    _register_browser,
    _register_candidate,
]
