"""Certificate PDFs and signed payloads: QR round trip, tampering, scripts in the text, escaping, flow."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from skillassess.core.models import Candidate
from skillassess.formats import signed_payload as sp
from skillassess.formats.certificate_pdf import (
    CertificateDoc,
    SignatoryDoc,
    UnitLine,
    qr_matrix,
    render_certificate,
    render_certificates,
)
from skillassess.formats.certificate_wording import LANGUAGES, WORDING
from skillassess.formats.qr_decode import decode_image, decode_pdf
from skillassess.services import certificate_verification
from skillassess.services import certificates as svc

DAY = dt.date(2026, 11, 20)
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdftoppm) is not installed; .ci/run installs it",
)
needs_zbar = pytest.mark.skipif(
    shutil.which("zbarimg") is None, reason="zbar-tools (zbarimg) is not installed; .ci/run installs it"
)

# A key and payload made once for the property tests (hypothesis does not mix with function fixtures).
_KEY = Ed25519PrivateKey.generate()
_BODY = sp.PayloadBody(
    key_id=sp.key_id_of(_KEY.public_key()),
    serial="GH-ACC-2026-000042",
    name="Tigist Alemu",
    name_local="ትዕግስት አለሙ",
    kind="statement",
    qualification="ELI-L2",
    units=("ELI-C01", "ELI-C02"),
    issued_on=DAY,
)
_PAYLOAD = sp.sign(_BODY, _KEY)
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ "


def _verifies(text: str) -> bool:
    try:
        parsed = sp.parse(text)
    except sp.PayloadError:
        return False
    return sp.signature_valid(parsed, _KEY.public_key())


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def has_name(text: str, name: str) -> bool:
    """Whether ``name`` is in the PDF text, in logical or visual (reversed) order, after NFKC."""
    t, n = _squash(text), _squash(name)
    return n in t or n[::-1] in t


def test_payload_round_trip() -> None:
    parsed = sp.parse(_PAYLOAD)
    assert parsed.body == _BODY
    assert _verifies(_PAYLOAD)
    assert _PAYLOAD.startswith("SA1.") and _PAYLOAD.count(".") == 2


def test_every_single_changed_character_fails() -> None:
    for pos, ch in enumerate(_PAYLOAD):
        replacement = "A" if ch != "A" else "B"
        changed = _PAYLOAD[:pos] + replacement + _PAYLOAD[pos + 1 :]
        assert not _verifies(changed), f"changing position {pos} ({ch!r} -> {replacement!r}) still verified"


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=len(_PAYLOAD) - 1), st.sampled_from(_ALPHABET))
def test_any_changed_character_fails(pos: int, replacement: str) -> None:
    if _PAYLOAD[pos] == replacement:
        return
    assert not _verifies(_PAYLOAD[:pos] + replacement + _PAYLOAD[pos + 1 :])


def test_other_key_and_garbage() -> None:
    other = Ed25519PrivateKey.generate()
    forged = sp.sign(_BODY, other)  # claims our key id, signed with another key
    assert not _verifies(forged)
    for garbage in ("", "SA1..", "SA2.e30.AAAA", "hello", _PAYLOAD + ".x", _PAYLOAD.replace("SA1", "sa1")):
        assert not _verifies(garbage)


def test_qr_matrix_is_square_with_finder_patterns() -> None:
    m = qr_matrix(_PAYLOAD)
    assert len(m) >= 21 and all(len(row) == len(m) for row in m)
    assert m[0][:7] == (1, 1, 1, 1, 1, 1, 1) and m[6][:7] == (1, 1, 1, 1, 1, 1, 1)


def _demo_doc(**changes: object) -> CertificateDoc:
    base = dict(
        serial="GH-ACC-2026-000042",
        kind="statement",
        languages=("en",),
        centre_name="Accra Technical Skills Centre",
        candidate_name="Tigist Alemu",
        candidate_name_local="ትዕግስት አለሙ",
        qualification_code="ELI-L2",
        qualification_title="Electrical Installation",
        level="2",
        issued_on=DAY,
        payload=_PAYLOAD,
        units=(UnitLine("ELI-C01", "Apply safe working practices", "C"), UnitLine("ELI-C02", "Install wiring", "RPL")),
        signatories=(SignatoryDoc("Dr. Ama Owusu", "Centre Manager"),),
    )
    base.update(changes)
    return CertificateDoc(**base)


@needs_poppler
@needs_zbar
def test_qr_in_rendered_page_decodes_and_verifies(demo_db, demo_actor, tmp_path: Path) -> None:
    registrar = demo_actor("registrar")
    with demo_db.transaction() as s:
        cert = svc.issue_certificate(s, registrar, "ACC-2026-00001", "ELI-L2", "am", issued_on=DAY)
        doc = svc.certificate_document(s, cert.serial)
        payload = cert.payload
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(render_certificate(doc))
    texts = decode_pdf(pdf)
    assert texts == [payload]
    with demo_db.session() as s:
        result = certificate_verification.verify_payload(s, texts[0])
    assert result.status == certificate_verification.VALID, result.message
    assert result.serial == cert.serial and result.name == "Tigist Alemu" and result.name_local == "ትዕግስት አለሙ"
    assert len(result.units) == 8
    # Revoked: the same printed page now verifies as revoked.
    with demo_db.transaction() as s:
        svc.revoke_certificate(s, registrar, cert.serial, "Issued in error")
    with demo_db.session() as s:
        result = certificate_verification.verify_payload(s, decode_pdf(pdf)[0])
    assert result.status == certificate_verification.REVOKED and "Issued in error" in result.message
    # A PNG with no QR code gives nothing, not an error.
    subprocess.run(["pdftoppm", "-png", "-r", "20", "-singlefile", str(pdf), str(tmp_path / "small")], check=True)
    assert decode_image(tmp_path / "small.png") == []


def _set_address(demo_db, demo_actor, address: str | None) -> None:
    from dataclasses import replace

    from skillassess.services import centre

    with demo_db.transaction() as s:
        settings = replace(centre.centre_settings(s), verification_address=address)
        centre.update_centre_settings(s, demo_actor("admin"), settings)


@needs_poppler
@needs_zbar
@pytest.mark.parametrize(
    "address",
    [
        "https://verify.accra-skills.example.org/certificates/",
        # The longest address the settings accept (MAX_ADDRESS_LENGTH): the QR code must still read.
        "https://verify.example.org/" + "a" * (200 - len("https://verify.example.org/") - 1) + "/",
    ],
)
def test_qr_with_link_decodes_at_printed_size_and_verifies(demo_db, demo_actor, tmp_path: Path, address: str) -> None:
    assert len(address) <= 200
    _set_address(demo_db, demo_actor, address)
    registrar = demo_actor("registrar")
    with demo_db.transaction() as s:
        cert = svc.issue_certificate(s, registrar, "ACC-2026-00001", "ELI-L2", "ar,en", issued_on=DAY)
        doc = svc.certificate_document(s, cert.serial)
        payload = cert.payload
    assert payload.startswith(address + "#SA1.")
    bare = sp.bare(payload)
    assert bare.startswith("SA1.") and sp.parse(payload).body.serial == cert.serial
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(render_certificate(doc))
    # 200 dpi: what a phone camera sees of a printed page is no sharper than this.
    texts = decode_pdf(pdf, dpi=200)
    assert texts == [payload]
    with demo_db.session() as s:
        for text in (texts[0], bare, "  " + payload + "\n"):
            result = certificate_verification.verify_payload(s, text)
            assert result.status == certificate_verification.VALID, result.message
        # A changed character after the "#" is caught as before; the address itself is not signed.
        changed = payload[:-3] + ("A" if payload[-3] != "A" else "B") + payload[-2:]
        assert certificate_verification.verify_payload(s, changed).status == certificate_verification.INVALID


def test_without_address_the_qr_holds_the_bare_payload(demo_db, demo_actor) -> None:
    _set_address(demo_db, demo_actor, None)
    with demo_db.transaction() as s:
        cert = svc.issue_certificate(s, demo_actor("registrar"), "ACC-2026-00001", "ELI-L2", issued_on=DAY)
    assert cert.payload.startswith("SA1.") and "#" not in cert.payload


def test_unknown_key_and_changed_payload_in_service(demo_db, demo_actor) -> None:
    with demo_db.transaction() as s:
        cert = svc.issue_certificate(s, demo_actor("registrar"), "ACC-2026-00004", "ELI-L2", issued_on=DAY)
    with demo_db.session() as s:
        assert certificate_verification.verify_payload(s, _PAYLOAD).status == certificate_verification.UNKNOWN_KEY
        # A key the verifier trusts proves the signature; the register does not hold this serial.
        assert (
            certificate_verification.verify_payload(s, _PAYLOAD, {_BODY.key_id: _KEY.public_key()}).status
            == certificate_verification.UNKNOWN_CERTIFICATE
        )
        changed = cert.payload[:20] + ("x" if cert.payload[20] != "x" else "y") + cert.payload[21:]
        assert certificate_verification.verify_payload(s, changed).status in (
            certificate_verification.INVALID,
            certificate_verification.UNKNOWN_KEY,
        )
        assert certificate_verification.verify_payload(s, "not a payload").status == certificate_verification.INVALID


@needs_poppler
@pytest.mark.parametrize("languages", [("en",), ("fr",), ("ar",), ("am",), ("sw",), ("en", "ar"), ("fr", "en")])
def test_pdf_text_has_names_and_wording_in_each_script(languages: tuple[str, ...], tmp_path: Path) -> None:
    pdf = tmp_path / "c.pdf"
    docs = [
        _demo_doc(languages=languages),
        _demo_doc(languages=languages, candidate_name="Layal Khoury", candidate_name_local="ليال خوري", kind="full"),
        _demo_doc(languages=languages, candidate_name="Georges Nassar", candidate_name_local="جورج نصار"),
    ]
    render_certificates(docs, pdf)
    text = pdf_text(pdf)
    for name in ("Tigist Alemu", "ትዕግስት አለሙ", "Layal Khoury", "ليال خوري", "Georges Nassar", "جورج نصار"):
        assert has_name(text, name), f"{name} not found in the {languages} PDF text"
    for lang in languages:
        assert has_name(text, WORDING[lang]["title_statement"]) and has_name(text, WORDING[lang]["title_full"])
    assert "GH-ACC-2026-000042" in text and "ELI-C01" in text and "2026-11-20" in text


@needs_poppler
def test_user_text_prints_as_written(tmp_path: Path) -> None:
    pdf = tmp_path / "c.pdf"
    doc = _demo_doc(
        candidate_name="<b>Ali & Sons</b>",
        centre_name="A&B <i>Centre</i>",
        units=(UnitLine("X&Y-1", "Wire <br/> & test", "C"),),
    )
    pdf.write_bytes(render_certificate(doc))
    text = pdf_text(pdf)
    assert "<b>Ali & Sons</b>" in text
    assert "A&B <i>Centre</i>" in text
    assert "Wire <br/> & test" in text and "X&Y-1" in text
    assert "&amp;" not in text


@needs_poppler
def test_long_unit_list_flows_onto_more_pages(tmp_path: Path) -> None:
    units = tuple(UnitLine(f"U-{n:03d}", f"Unit number {n}", "C") for n in range(1, 61))
    pdf = tmp_path / "c.pdf"
    pages = render_certificates([_demo_doc(units=units)], pdf)
    assert pages >= 2
    text = pdf_text(pdf)
    for n in (1, 30, 60):
        assert f"U-{n:03d}" in text
    assert "(continued)" in text
    # Portrait holds more rows per page but still flows.
    assert render_certificates([_demo_doc(units=units)], tmp_path / "p.pdf", orientation="portrait") >= 2


@needs_poppler
def test_reprint_is_marked(demo_db, demo_actor, tmp_path: Path) -> None:
    with demo_db.transaction() as s:
        cert = svc.issue_certificate(s, demo_actor("registrar"), "ACC-2026-00011", "ELI-L2", "ar,en", issued_on=DAY)
        first = svc.certificate_document(s, cert.serial)
        (again,) = svc.print_certificates(s, demo_actor("registrar"), [cert.serial])
    (tmp_path / "1.pdf").write_bytes(render_certificate(first))
    (tmp_path / "2.pdf").write_bytes(render_certificate(again))
    assert "REPRINT" not in pdf_text(tmp_path / "1.pdf")
    text = pdf_text(tmp_path / "2.pdf")
    assert "REPRINT" in text and has_name(text, "نسخة معادة")


def test_logo_and_signature_images_are_drawn() -> None:
    import io

    from reportlab.lib.utils import ImageReader

    png = _tiny_png()
    ImageReader(io.BytesIO(png))  # a valid image
    with_images = render_certificate(_demo_doc(logo=png, signatories=(SignatoryDoc("A", "B", png),)))
    without = render_certificate(_demo_doc())
    assert with_images.count(b"/Subtype /Image") >= 1
    assert b"/Subtype /Image" not in without
    # A broken logo is left out rather than stopping the print.
    assert render_certificate(_demo_doc(logo=b"not an image")).startswith(b"%PDF")


def _tiny_png() -> bytes:
    import struct
    import zlib

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\x20\x40\x80" * 8 for _ in range(8))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_languages_table_is_complete() -> None:
    keys = set(WORDING["en"])
    for lang in LANGUAGES:
        assert set(WORDING[lang]) == keys, lang


def test_candidate_names_in_demo_have_scripts(demo_db) -> None:
    with demo_db.session() as s:
        locals_ = [c.name_local for c in s.execute(select(Candidate)).scalars() if c.name_local]
    assert any("\u1200" <= ch <= "\u137f" for n in locals_ for ch in n)
    assert any("\u0600" <= ch <= "\u06ff" for n in locals_ for ch in n)
