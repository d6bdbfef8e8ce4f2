#!/usr/bin/env python3
"""Write docs/examples/example-results.sabundle: a small results bundle signed with the documented TEST key
(private key = the 32 bytes 00 01 02 … 1f; never trust it for anything), for people who write a reader of
exchange bundles in another language (docs/exchange-bundle.md, "Test vectors").
tests/formats/test_exchange_bundle_example.py checks the file and the values the documentation gives.

    .venv/bin/python tools/example_bundle.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from skillassess.formats import exchange_bundle as eb  # noqa: E402
from skillassess.formats import signed_payload as sp  # noqa: E402

OUT = ROOT / "docs" / "examples" / "example-results.sabundle"
TEST_SEED = bytes(range(32))
CODE = "EXA"


def test_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(TEST_SEED)


def documents(key_id: str, private: Ed25519PrivateKey) -> dict[str, list[dict[str, Any]]]:
    """The lines of each member, sorted by their key as the format requires."""
    payload = sp.sign(
        sp.PayloadBody(
            key_id,
            "GH-EXA-2026-000001",
            "Mariam Haddad",
            "مريم حداد",
            "statement",
            "ELI-2",
            ("ELI-C01",),
            dt.date(2026, 11, 30),
        ),
        private,
    )
    return {
        "candidates.jsonl": [
            {
                "registration_number": "EXA-2026-00001",
                "family_name": "Alemu",
                "given_names": "Tigist",
                "name_local": "ትዕግስት አለሙ",
                "sex": "female",
                "date_of_birth": "1996-03-14",
                "id_type": "national_id",
                "national_id": "ET-000123",
                "nationality": "ET",
                "disability": "no",
            },
            {
                "registration_number": "EXA-2026-00002",
                "family_name": "Haddad",
                "given_names": "Mariam",
                "name_local": "مريم حداد",
                "sex": "female",
                "date_of_birth": None,
                "id_type": "none",
                "national_id": "",
                "nationality": "LB",
                "disability": "not_stated",
            },
        ],
        "enrolments.jsonl": [
            {
                "candidate": reg,
                "qualification": "ELI-2",
                "qualification_version": 1,
                "pathway": "rpl",
                "status": "active",
                "enrolled_on": "2026-09-01",
            }
            for reg in ("EXA-2026-00001", "EXA-2026-00002")
        ],
        "results.jsonl": [
            {
                "candidate": reg,
                "unit": unit,
                "unit_version": 1,
                "attempt": attempt,
                "qualification": "ELI-2",
                "assessed_on": on,
                "outcome": outcome,
                "assessor": "Kwame Boateng",
                "assessor_registration": "ASR-0001",
                "verified_at": "2026-11-21T10:00:00.000000Z",
            }
            for reg, unit, attempt, on, outcome in (
                ("EXA-2026-00001", "ELI-C01", 1, "2026-10-20", "not_yet_competent"),
                ("EXA-2026-00001", "ELI-C01", 2, "2026-11-20", "competent"),
                ("EXA-2026-00002", "ELI-C01", 1, "2026-11-20", "rpl_granted"),
            )
        ],
        "certificates.jsonl": [
            {
                "serial": "GH-EXA-2026-000001",
                "candidate": "EXA-2026-00002",
                "kind": "statement",
                "qualification": "ELI-2",
                "qualification_version": 1,
                "issued_on": "2026-11-30",
                "status": "issued",
                "revoked_reason": "",
                "revoked_at": "",
                "reprint_count": 0,
                "replaces": "",
                "units": "ELI-C01@1:rpl_granted",
                "payload": payload,
            }
        ],
    }


def main() -> None:
    private = test_key()
    public = private.public_key()
    key_id = sp.key_id_of(public)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    docs = documents(key_id, private)
    with OUT.open("wb") as f:
        w = eb.BundleWriter(f)
        w.add_json(
            eb.KEYS,
            {
                "owner": CODE,
                "keys": [
                    {
                        "key_id": key_id,
                        "public_key": sp.b64url_encode(sp.raw_public_key(public)),
                        "active": True,
                        "created_at": "2026-01-05T08:00:00.000000Z",
                    }
                ],
            },
        )
        counts = {name.removesuffix(".jsonl"): w.add_lines(name, lines) for name, lines in docs.items()}
        w.finish(
            {
                "format": eb.FORMAT,
                "version": eb.VERSION,
                "kind": "results",
                "bundle_id": "0123456789abcdef0123456789abcdef",
                "sequence": 1,
                "created_at": "2026-12-01T09:30:00.000000Z",
                "created_by": {"username": "registrar", "full_name": "Example Registrar"},
                "sender": {"code": CODE, "name": "Example Centre (TEST KEY)", "country": "GH", "role": "centre"},
                "recipient": None,
                "since": None,
                "key_id": key_id,
                "counts": counts,
            },
            private,
        )
    print(OUT)


if __name__ == "__main__":
    main()
