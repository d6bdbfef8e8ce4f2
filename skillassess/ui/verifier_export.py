"""File > Export > Verification site…: the static page that certificates' QR links open (services/verifier_site.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from skillassess.db.database import Database
from skillassess.services import verifier_site
from skillassess.ui.ops import QueryOp


def export_verifier_site(parent: QWidget | None, db: Database, folder: Path | None = None) -> bool:
    """Ask for a folder (unless given) and write the site there; says where, and what to do with it, when done."""
    title = QCoreApplication.translate("VerifierExport", "Verification site")
    if folder is None:
        start = str(QSettings().value("paths/verifier_site_folder", ""))
        ask = QCoreApplication.translate("VerifierExport", "Export the verification site into a folder")
        chosen = QFileDialog.getExistingDirectory(parent, ask, start)
        if not chosen:
            return False
        folder = Path(chosen)
        QSettings().setValue("paths/verifier_site_folder", chosen)
    target = folder

    def done(written: list[Path]) -> None:
        text = QCoreApplication.translate(
            "VerifierExport",
            "The verification site is in %1 (%2 files). Copy the folder to the web address in the centre settings, "
            "or to a memory stick: index.html also opens as a file. Export it again after revoking a certificate, "
            "and at least every %3 days.",
        )
        text = text.replace("%1", str(target)).replace("%2", str(len(written)))
        QMessageBox.information(parent, title, text.replace("%3", str(verifier_site.MAX_LIST_AGE_DAYS)))

    return QueryOp(parent, db, lambda s: verifier_site.export_site(s, target), title=title).success(done).run()
