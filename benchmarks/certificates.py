"""Certificate printing speed: pages/s for 1,000 certificates in one PDF, QR drawn from segno's
matrix as one path (ours) versus reportlab's QrCodeWidget (the baseline), in the same process.

    python benchmarks/certificates.py [--count 1000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from skillassess.formats import signed_payload as sp
from skillassess.formats.certificate_pdf import (
    CertificateDoc,
    SignatoryDoc,
    UnitLine,
    draw_qr,
    draw_qr_widget,
    render_certificates,
)

NAMES = [
    ("Tigist Alemu", "ትዕግስት አለሙ"),
    ("Layal Khoury", "ليال خوري"),
    ("Akosua Mensah", ""),
    ("Cheikh Fall", "شيخ فال"),
]
LANGS = [("en",), ("fr", "en"), ("en", "ar"), ("am",), ("sw",)]


def make_docs(count: int) -> list[CertificateDoc]:
    key = Ed25519PrivateKey.generate()
    key_id = sp.key_id_of(key.public_key())
    units = tuple(UnitLine(f"ELI-C{n:02d}", f"Unit of competency number {n}", "C") for n in range(1, 9))
    docs = []
    for n in range(count):
        name, local = NAMES[n % len(NAMES)]
        serial = f"GH-ACC-2026-{n + 1:06d}"
        body = sp.PayloadBody(
            key_id, serial, name, local, "full", "ELI-L2", tuple(u.code for u in units), dt.date(2026, 11, 25)
        )
        docs.append(
            CertificateDoc(
                serial=serial,
                kind="full",
                languages=LANGS[n % len(LANGS)],
                centre_name="Accra Technical Skills Centre",
                candidate_name=name,
                candidate_name_local=local,
                qualification_code="ELI-L2",
                qualification_title="Electrical Installation",
                level="2",
                issued_on=dt.date(2026, 11, 25),
                payload=sp.sign(body, key),
                units=units,
                signatories=(
                    SignatoryDoc("Dr. Ama Owusu", "Centre Manager"),
                    SignatoryDoc("Joseph Phiri", "Chief Verifier"),
                ),
            )
        )
    return docs


def run(docs: list[CertificateDoc], qr) -> tuple[float, int]:
    buf = io.BytesIO()
    start = time.perf_counter()
    pages = render_certificates(docs, buf, qr=qr)
    return time.perf_counter() - start, pages


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    docs = make_docs(args.count)
    run(docs[:5], draw_qr)  # fonts registered, caches warm
    ours, base = [], []
    pages = 0
    for _ in range(args.repeats):
        t, pages = run(docs, draw_qr)
        ours.append(t)
        t, _ = run(docs, draw_qr_widget)
        base.append(t)
    m_ours, m_base = statistics.median(ours), statistics.median(base)
    print(f"{args.count} certificates, {pages} pages, one PDF, median of {args.repeats}")
    print(f"segno matrix as one path : {m_ours:7.2f} s  {pages / m_ours:8.1f} pages/s")
    print(f"reportlab QrCodeWidget   : {m_base:7.2f} s  {pages / m_base:8.1f} pages/s")
    ratio = m_base / m_ours
    print(f"ratio                    : {ratio:7.2f}x faster (goal >= 3x)")
    return 0 if ratio >= 3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
