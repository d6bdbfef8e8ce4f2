"""docs/exchange-bundle.md lets someone write a reader in another language: its test vectors are right, the
example bundle it points to is a sound, signed bundle, and the Python reader it shows reads it."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from skillassess.formats import exchange_bundle as eb
from skillassess.formats import signed_payload as sp

from helpers import ROOT

DOC = ROOT / "docs" / "exchange-bundle.md"
EXAMPLE = ROOT / "docs" / "examples" / "example-results.sabundle"


def vector(name: str) -> str:
    """The value of a row of the documentation's test-vector table."""
    found = re.search(rf"^\| {re.escape(name)} \| `([^`]+)` \|$", DOC.read_text(encoding="utf-8"), re.MULTILINE)
    assert found, name
    return found.group(1)


def test_the_documented_key_values_follow_from_the_seed() -> None:
    seed = bytes.fromhex(vector("private key (seed), hex"))
    assert seed == bytes(range(32))
    public = Ed25519PrivateKey.from_private_bytes(seed).public_key()
    raw = sp.raw_public_key(public)
    assert sp.b64url_encode(raw) == vector("raw public key, base64url")
    assert sp.key_id_of(public) == vector("key id")
    assert eb.fingerprint(raw) == vector("fingerprint")
    assert eb.endorsement_text("EXA", sp.key_id_of(public), sp.b64url_encode(raw)).decode() == vector(
        "endorsement text of that key for owner `EXA`"
    )


def test_the_example_bundle_verifies_with_the_documented_key_and_every_line_is_valid() -> None:
    raw = sp.b64url_decode(vector("raw public key, base64url"))
    with eb.open_bundle(EXAMPLE) as bundle:
        assert bundle.manifest["key_id"] == vector("key id")
        assert bundle.signature_valid(sp.public_key_from_raw(raw))
        bundle.verify_members()
        lines = {name: list(bundle.records(name)) for name in eb.LINE_MEMBERS if name in bundle.manifest["members"]}
        keys = bundle.json_member(eb.KEYS, "keys")
    assert {k: len(v) for k, v in lines.items()} == {
        f"{k}.jsonl": n for k, n in bundle.manifest["counts"].items() if k != "standards"
    }
    assert keys["keys"][0]["public_key"] == vector("raw public key, base64url")
    # The documented canonical line, its length and hash, and its place in the file.
    text = DOC.read_text(encoding="utf-8")
    line = re.search(r'^\{"date_of_birth":null,.*\}$', text, re.MULTILINE)
    assert line
    data = line.group(0).encode("utf-8")
    assert eb.canonical(lines["candidates.jsonl"][1]) == data
    assert f"is {len(data)} bytes" in text and hashlib.sha256(data).hexdigest() in text
    # The certificate's payload is signed with the same key.
    payload = sp.parse(lines["certificates.jsonl"][0]["payload"])
    assert sp.signature_valid(payload, sp.public_key_from_raw(raw))


def test_the_python_reader_of_the_documentation_reads_the_example() -> None:
    code = DOC.read_text(encoding="utf-8").split("## Example: verifying a bundle in Python")[1]
    code = code.split("```python\n")[1].split("```")[0]
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # the documentation's own example, as a reader would copy it
    raw = sp.b64url_decode(vector("raw public key, base64url"))
    results = list(namespace["read_bundle"](str(EXAMPLE), {vector("key id"): raw}))
    assert [(r["candidate"], r["unit"], r["attempt"], r["outcome"]) for r in results] == [
        ("EXA-2026-00001", "ELI-C01", 1, "not_yet_competent"),
        ("EXA-2026-00001", "ELI-C01", 2, "competent"),
        ("EXA-2026-00002", "ELI-C01", 1, "rpl_granted"),
    ]


def test_the_example_is_what_the_tool_writes(tmp_path: Path, monkeypatch: Any) -> None:
    """tools/example_bundle.py makes the same lines (only the ZIP's timestamps may differ)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("example_bundle", ROOT / "tools" / "example_bundle.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "OUT", tmp_path / "again.sabundle")
    module.main()
    with eb.open_bundle(EXAMPLE) as a, eb.open_bundle(tmp_path / "again.sabundle") as b:
        assert a.manifest_bytes == b.manifest_bytes
