"""Certificates written to files: reprints into one PDF or a ZIP of PDFs (the CLI's ``certificates print``
and the GUI's Save), and the PDF of a newly issued or reissued certificate.

A file appears only for a committed change (no PDF with a serial or a reprint the register does not
hold), and a file that cannot be written changes nothing: the PDF is written and synced inside the
transaction and renamed into place after the commit (``core.safe_write.atomic_write``).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.orm import Session

from skillassess.core.errors import ValidationError
from skillassess.core.messages import Message, msg
from skillassess.core.safe_write import FileWriteError, atomic_write
from skillassess.db.database import Database
from skillassess.services.certificates import print_certificates
from skillassess.services.context import Actor

if TYPE_CHECKING:
    from skillassess.formats.certificate_pdf import CertificateDoc

ProgressFn = Callable[[int, int], None]
T = TypeVar("T")
REPRINT_SUFFIXES = (".pdf", ".zip")


def _render(docs: list[CertificateDoc], as_zip: bool, orientation: str, report: Callable[[int], None]) -> bytes:
    from skillassess.formats.certificate_pdf import render_certificate, render_certificates

    buf = io.BytesIO()
    if as_zip:
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for n, doc in enumerate(docs, start=1):
                z.writestr(f"{doc.serial}.pdf", render_certificate(doc, orientation))
                report(n)
    else:
        render_certificates(docs, buf, orientation=orientation, progress=report)
    return buf.getvalue()


def reprint_to_file(
    db: Database,
    actor: Actor,
    serials: list[str],
    path: Path,
    *,
    orientation: str = "landscape",
    progress: ProgressFn | None = None,
) -> list[CertificateDoc]:
    """Reprint ``serials`` (counted and audited) into ``path``: one PDF, or a ZIP of one PDF per certificate.

    One transaction: every serial is checked first, and if the file cannot be written no reprint is
    counted. ``progress(done, total)`` may raise to cancel (nothing is counted, no file appears).
    """
    path = Path(path)
    if path.suffix.lower() not in REPRINT_SUFFIXES:
        raise ValidationError(
            msg("{path}: the file must end in .pdf (one PDF) or .zip (one PDF per certificate).", path=str(path))
        )
    total = len(serials)

    def report(done: int) -> None:
        if progress is not None:
            progress(done, total * 2)

    with atomic_write(path) as out:

        def work(s: Session) -> list[CertificateDoc]:
            report(0)
            docs = print_certificates(s, actor, serials)  # every serial checked before any is counted
            report(total)
            out.write(_render(docs, path.suffix.lower() == ".zip", orientation, lambda n: report(total + n)))
            return docs

        docs = _write_or_change_nothing(db, work, msg("No certificate was reprinted."))
    return docs


def issue_to_file(
    db: Database, path: Path, work: Callable[[Session], tuple[CertificateDoc, T]], *, orientation: str = "landscape"
) -> T:
    """Run ``work`` (it issues or reissues one certificate and returns its document and a result) and write
    the certificate's PDF to ``path``: both or neither. Returns what ``work`` returned beside the document."""
    from skillassess.formats.certificate_pdf import render_certificate

    with atomic_write(path) as out:

        def run(s: Session) -> T:
            doc, result = work(s)
            out.write(render_certificate(doc, orientation))
            return result

        return _write_or_change_nothing(db, run, msg("No certificate was issued."))


def _write_or_change_nothing(db: Database, work: Callable[[Session], T], nothing: Message) -> T:
    """``db.write(work)``; a file that could not be written says that the change was not made either."""
    try:
        return db.write(work)
    except FileWriteError as exc:
        raise FileWriteError(
            msg("{problem} {nothing}", problem=exc.message, nothing=nothing), exc.path, exc.reason
        ) from exc
