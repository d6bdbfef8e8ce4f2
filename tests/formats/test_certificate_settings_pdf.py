"""Certificates drawn with the centre settings: the logo, the signatories' titles in the certificate's languages."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from test_certificate_pdf import has_name, needs_poppler, pdf_text

from skillassess.formats.certificate_pdf import render_certificate
from skillassess.services import centre, certificates

from helpers import png_bytes


@needs_poppler
def test_titles_in_the_certificate_languages_and_the_logo(demo_db, demo_actor, tmp_path: Path) -> None:
    with demo_db.transaction() as s:
        settings = centre.centre_settings(s)
        signatories = (
            replace(settings.signatories[0], signature_image=png_bytes(120, 40, (0, 0, 90))),
            settings.signatories[1],
        )
        centre.update_centre_settings(s, demo_actor("admin"), replace(settings, signatories=signatories))
        fr_en = certificates.issue_certificate(s, demo_actor("registrar"), "ACC-2026-00001", "ELI-L2", "fr,en")
        ar = certificates.issue_certificate(s, demo_actor("registrar"), "ACC-2026-00002", "ELI-L2", "ar")
        docs = [certificates.certificate_document(s, c.serial) for c in (fr_en, ar)]
    (tmp_path / "fr.pdf").write_bytes(render_certificate(docs[0]))
    (tmp_path / "ar.pdf").write_bytes(render_certificate(docs[1]))
    fr_text = pdf_text(tmp_path / "fr.pdf")
    for title in ("Directrice du centre", "Centre Manager", "Vérificateur principal", "Chief Verifier"):
        assert title in fr_text, title
    assert "مديرة المركز" not in fr_text and not has_name(fr_text, "مديرة المركز")
    ar_text = pdf_text(tmp_path / "ar.pdf")
    assert has_name(ar_text, "مديرة المركز") and has_name(ar_text, "كبير المدققين")
    assert "Centre Manager" not in ar_text  # an Arabic certificate: the Arabic title only
    pdf = (tmp_path / "fr.pdf").read_bytes()
    assert pdf.count(b"/Subtype /Image") >= 2  # the centre's logo and the signature
