"""The bundle format itself: the fast line checker agrees with jsonschema on the schema file, and hostile files
are refused fast with a sentence that names the file and what is wrong."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from skillassess.formats import exchange_bundle as eb
from skillassess.formats import signed_payload as sp

SAMPLES: dict[str, dict[str, Any]] = {
    "candidate": {
        "registration_number": "ACC-2026-00001",
        "family_name": "Alemu",
        "given_names": "Tigist",
        "name_local": "ትዕግስት አለሙ",
        "sex": "female",
        "date_of_birth": "1999-04-02",
        "id_type": "national_id",
        "national_id": "GHA-123",
        "nationality": "GH",
        "disability": "no",
    },
    "enrolment": {
        "candidate": "ACC-2026-00001",
        "qualification": "ELI-L2",
        "qualification_version": 1,
        "pathway": "rpl",
        "status": "active",
        "enrolled_on": "2026-02-01",
    },
    "result": {
        "candidate": "ACC-2026-00001",
        "unit": "ELI-C01",
        "unit_version": 1,
        "attempt": 1,
        "qualification": "ELI-L2",
        "assessed_on": "2026-11-20",
        "outcome": "competent",
        "assessor": "Kwame Boateng",
        "assessor_registration": "",
        "verified_at": "2026-11-21T10:00:00.000000Z",
    },
    "moderation": {
        "candidate": "ACC-2026-00001",
        "unit": "ELI-C01",
        "unit_version": 1,
        "attempt": 1,
        "outcome": "not_confirmed",
        "notes": "Evidence thin",
        "moderator": "Ama",
        "moderated_on": "2026-12-01",
    },
}

MUTATIONS = [
    ("missing", lambda d, k: d.pop(k)),
    ("extra", lambda d, k: d.__setitem__("phone", "+233")),
    ("null", lambda d, k: d.__setitem__(k, None)),
    ("bool", lambda d, k: d.__setitem__(k, True)),
    ("number", lambda d, k: d.__setitem__(k, 7)),
    ("long", lambda d, k: d.__setitem__(k, "x" * 5000)),
    ("empty", lambda d, k: d.__setitem__(k, "")),
    ("zero", lambda d, k: d.__setitem__(k, 0)),
    ("compact date", lambda d, k: d.__setitem__(k, "20261120")),
    ("bad date", lambda d, k: d.__setitem__(k, "2026-13-40")),
    ("wide digits", lambda d, k: d.__setitem__(k, "\uff12\uff10\uff12\uff16-11-20")),
    ("week date", lambda d, k: d.__setitem__(k, "2026-W47-5")),
]


@pytest.mark.parametrize("definition", sorted(SAMPLES))
def test_fast_checker_agrees_with_jsonschema(definition: str) -> None:
    check = eb.record_checker(definition)
    assert eb.schema_problem(SAMPLES[definition], definition) is None
    assert check(SAMPLES[definition]) is None
    compared = 0
    for key in SAMPLES[definition]:
        for _name, mutate in MUTATIONS:
            doc = copy.deepcopy(SAMPLES[definition])
            mutate(doc, key)
            expected_valid = eb.schema_problem(doc, definition) is None
            problem = check(doc)
            assert (problem is None) == expected_valid, (definition, key, _name, doc, problem)
            compared += 1
            if problem is not None:
                assert ":" in problem  # "field: reason"
    assert compared > 40


def _bundle(path: Path, members: dict[str, bytes], sign: bool = True) -> Path:
    key = Ed25519PrivateKey.generate()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
        if sign:
            z.writestr("manifest.sig", sp.b64url_encode(key.sign(b"{}")))
    return path


def test_hostile_files_are_refused_with_the_file_named(tmp_path: Path) -> None:
    bomb = _bundle(tmp_path / "bomb.sabundle", {"manifest.json": b"{}", "results.jsonl": b"\n" * (50 * 1024 * 1024)})
    with pytest.raises(eb.BundleError, match=r"bomb\.sabundle: the member results\.jsonl unpacks to far more"):
        eb.open_bundle(bomb)
    odd = _bundle(tmp_path / "odd.sabundle", {"manifest.json": b"{}", "../../etc/passwd": b"x"})
    with pytest.raises(eb.BundleError, match=r"odd\.sabundle holds a member \.\./\.\./etc/passwd"):
        eb.open_bundle(odd)
    unsigned = _bundle(tmp_path / "unsigned.sabundle", {"manifest.json": b"{}"}, sign=False)
    with pytest.raises(eb.BundleError, match="no signed manifest"):
        eb.open_bundle(unsigned)
    other = _bundle(tmp_path / "other.sabundle", {"manifest.json": b'{"format":"x"}'})
    with pytest.raises(eb.BundleError, match="manifest says another format"):
        eb.open_bundle(other)
    newer = _bundle(
        tmp_path / "newer.sabundle", {"manifest.json": b'{"format":"skillassess-exchange-bundle","version":2}'}
    )
    with pytest.raises(eb.BundleError, match="format version 2"):
        eb.open_bundle(newer)
    with pytest.raises(eb.BundleError, match=r"missing\.sabundle cannot be read"):
        eb.open_bundle(tmp_path / "missing.sabundle")


def _signed(tmp_path: Path, name: str, results: bytes) -> eb.Bundle:
    key = Ed25519PrivateKey.generate()
    path = tmp_path / name
    with path.open("wb") as f:
        w = eb.BundleWriter(f)
        w.add_bytes("results.jsonl", results)
        w.finish(
            {
                "format": eb.FORMAT,
                "version": 1,
                "kind": "results",
                "bundle_id": "0" * 32,
                "sequence": 1,
                "created_at": "2026-12-01T09:00:00.000000Z",
                "created_by": {"username": "u", "full_name": ""},
                "sender": {"code": "ACC", "name": "Accra", "country": "GH", "role": "centre"},
                "recipient": None,
                "since": None,
                "key_id": sp.key_id_of(key.public_key()),
                "counts": {"results": 1},
            },
            key,
        )
    bundle = eb.open_bundle(path)
    assert bundle.signature_valid(key.public_key())
    bundle.verify_members()
    return bundle


def test_bad_lines_are_named_by_line_and_field(tmp_path: Path) -> None:
    import json

    good = eb.canonical(SAMPLES["result"]) + b"\n"
    with _signed(tmp_path, "ok.sabundle", good * 2) as b:
        assert len(list(b.records("results.jsonl"))) == 2
    bad = dict(SAMPLES["result"], outcome="excellent")
    with (
        _signed(tmp_path, "bad.sabundle", good + json.dumps(bad).encode() + b"\n") as b,
        pytest.raises(eb.BundleError, match=r"bad\.sabundle: results\.jsonl, line 2, field outcome: is not one of"),
    ):
        list(b.records("results.jsonl"))
    spoofed = json.dumps(dict(SAMPLES["result"], assessor="Kwame \u202eBoateng")).encode()
    with (
        _signed(tmp_path, "spoof.sabundle", good + spoofed + b"\n") as b,
        pytest.raises(eb.BundleError, match="line 2 holds a control or text-direction character"),
    ):
        list(b.records("results.jsonl"))
    with (
        _signed(tmp_path, "latin1.sabundle", good + b'{"candidate":"\xe9"}\n') as b,
        pytest.raises(eb.BundleError, match="line 2: not UTF-8"),
    ):
        list(b.records("results.jsonl"))
    with (
        _signed(tmp_path, "long.sabundle", b"[" + b" " * (eb.MAX_LINE_BYTES + 10) + b"]\n") as b,
        pytest.raises(eb.BundleError, match="line 1: the line is too long"),
    ):
        list(b.records("results.jsonl"))
