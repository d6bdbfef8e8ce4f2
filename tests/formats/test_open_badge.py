"""Open Badges 3.0 credentials as VC-JWT: the 1EdTech JSON schema, an independent JWT library (PyJWT), the
validator's own test credentials, names in three scripts, and a changed character anywhere."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from skillassess.formats import open_badge as ob
from skillassess.formats import signed_payload as sp

from helpers import TESTDATA

OB = TESTDATA / "openbadges"
SCHEMA = OB / "schema" / "ob_v3p0_achievementcredential_schema_draft4.json"
VALIDATOR = OB / "validator-ob30"
needs_schema = pytest.mark.skipif(not SCHEMA.is_file(), reason=f"no Open Badges schema at {SCHEMA}")
needs_validator = pytest.mark.skipif(not VALIDATOR.is_dir(), reason=f"no 1EdTech validator files under {VALIDATOR}")

# Names as users type them: decomposed input is stored NFC by the candidate service, and badges keep it exactly.
GEEZ = "አበበ ከበደ"
ARABIC = "ليال خوري"
LATIN = "Zoë N'Diaye-Mbengue"


def _doc(**changes: object) -> ob.BadgeDoc:
    values: dict[str, object] = dict(
        serial="ET-ADD01-2026-000042",
        kind="full",
        languages=("am", "en"),
        issued_on=dt.date(2026, 11, 20),
        qr_text="https://verify.example.org/#SA1.e30.AAAA",
        centre_code="ADD01",
        centre_name="Addis Polytechnic",
        centre_country="ET",
        site="https://verify.example.org/",
        awarding_body_code="MoLS",
        awarding_body_name="Ministry of Labour and Skills",
        awarding_body_country="ET",
        qualification_code="ELI-L2",
        qualification_title="Electrical Installation",
        qualification_version=1,
        qualification_case_id="0d9e5a7c-1b2f-5c3d-8e4f-6a7b8c9d0e1f",
        level="2",
        level_scale="NQF 1-8",
        candidate_name=LATIN,
        candidate_name_local=GEEZ,
        national_id="ET-1234567",
        units=(
            ob.BadgeUnit("ELI-C01", "Apply OHS in electrical work", "4ba1645f-6585-56c6-b570-e8e9cfbd075d", "C"),
            ob.BadgeUnit("ELI-C02", "Interpret drawings", "869b5fa2-c12a-5ccf-a73d-56d15e910a15", "RPL"),
        ),
    )
    values.update(changes)
    return ob.BadgeDoc(**values)


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def _badge(key: Ed25519PrivateKey, doc: ob.BadgeDoc | None = None) -> str:
    return ob.sign(ob.build_credential(doc or _doc(), key.public_key(), "5a1t5a1t5a1t5a1t"), key)


def _sound(text: str, key: Ed25519PrivateKey) -> bool:
    """Whether ``text`` reads as a badge, is in force and carries a valid signature of ``key`` (no database)."""
    try:
        badge = ob.read_badge(text)
    except ob.BadgeError:
        return False
    return not ob.problems(badge) and badge.form == "jwt" and badge.signature_valid(key.public_key())


@needs_schema
@pytest.mark.parametrize("kind", ["full", "statement"])
def test_credential_validates_against_the_1edtech_schema(key: Ed25519PrivateKey, kind: str) -> None:
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    credential = ob.read_badge(_badge(key, _doc(kind=kind))).credential
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(credential)]
    assert errors == []
    # and the schema does catch a broken one (the test can fail)
    broken = dict(credential, credentialSubject={"type": ["AchievementSubject"]})
    assert list(validator.iter_errors(broken))


def test_pyjwt_verifies_the_badge_with_the_published_key(key: Ed25519PrivateKey) -> None:
    """An independent library checks the signature: EdDSA, the key from the header's JWK and from the did:key."""
    token = _badge(key)
    header = jwt.get_unverified_header(token)
    assert header["alg"] == "EdDSA" and header["typ"] == "JWT"
    assert header["kid"].startswith("did:key:z6Mk")  # an Ed25519 did:key
    public = jwt.PyJWK(header["jwk"]).key
    claims = jwt.decode(token, public, algorithms=["EdDSA"], options={"verify_aud": False})
    credential = ob.read_badge(token).credential
    assert claims["iss"] == credential["issuer"]["id"] == "https://verify.example.org/"
    assert claims["jti"] == credential["id"] == ob.credential_id("ET-ADD01-2026-000042")
    assert claims["nbf"] == int(dt.datetime(2026, 11, 20, tzinfo=dt.UTC).timestamp())
    assert sp.raw_public_key(ob.key_from_did(header["kid"])) == sp.raw_public_key(key.public_key())
    # the issuer profile publishes the same key
    assert credential["issuer"]["otherIdentifier"][0]["identifier"] == header["kid"].partition("#")[0]
    other = Ed25519PrivateKey.generate().public_key()
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(token, other, algorithms=["EdDSA"])


def test_what_the_credential_states(key: Ed25519PrivateKey) -> None:
    c = ob.read_badge(_badge(key)).credential
    assert c["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert c["validFrom"] == c["issuanceDate"] == "2026-11-20T00:00:00Z"
    assert c["issuer"]["address"]["addressCountryCode"] == "ET"
    assert c["issuer"]["parentOrg"]["name"] == "Ministry of Labour and Skills"
    assert c["credentialStatus"] == {
        "id": "https://verify.example.org/revocation-list.json",
        "type": "1EdTechRevocationList",
    }
    subject = c["credentialSubject"]
    achievement = subject["achievement"]
    assert achievement["achievementType"] == "Certificate"
    assert achievement["id"] == "urn:uuid:0d9e5a7c-1b2f-5c3d-8e4f-6a7b8c9d0e1f"  # the qualification's CASE document
    assert [(a["targetType"], a["targetCode"], a["targetUrl"]) for a in achievement["alignment"]] == [
        ("CFItem", "ELI-C01", "urn:uuid:4ba1645f-6585-56c6-b570-e8e9cfbd075d"),
        ("CFItem", "ELI-C02", "urn:uuid:869b5fa2-c12a-5ccf-a73d-56d15e910a15"),
    ]
    assert [r["value"] for r in subject["result"]] == ["C", "RPL"]
    assert achievement["inLanguage"] == "am" and set(achievement["nameMap"]) == {"am", "en"}
    assert achievement["nameMap"]["en"] == "Certificate: Electrical Installation"
    # The national ID never appears; its salted hash does, and can be checked by someone who holds it.
    text = json.dumps(c, ensure_ascii=False)
    assert "ET-1234567" not in text
    hashed = next(i for i in subject["identifier"] if i["identityType"] == "nationalIdentityNumber")
    assert hashed["hashed"] is True and hashed["identityHash"] == ob.identity_hash("ET-1234567", hashed["salt"])
    statement = ob.read_badge(_badge(key, _doc(kind="statement"))).credential["credentialSubject"]["achievement"]
    assert statement["achievementType"] == "ext:StatementOfAttainment"
    assert statement["id"] != achievement["id"]
    no_site = ob.read_badge(_badge(key, _doc(site=None))).credential
    assert "credentialStatus" not in no_site and no_site["issuer"]["id"] == "urn:skillassess:centre:ET-ADD01"


@pytest.mark.parametrize(("latin", "local"), [(LATIN, GEEZ), ("Layal Khoury", ARABIC), ("Abebe Kebede", "")])
def test_names_in_every_script_survive_byte_exact(key: Ed25519PrivateKey, latin: str, local: str) -> None:
    token = _badge(key, _doc(candidate_name=latin, candidate_name_local=local, languages=("ar", "fr")))
    claims = ob.claims_of(ob.read_badge(token).credential)
    assert claims is not None
    assert claims.names == tuple(n for n in (latin, local) if n)
    assert all(n.encode("utf-8") == unicodedata.normalize("NFC", n).encode("utf-8") for n in claims.names)
    credential = ob.read_badge(token).credential
    assert credential["credentialSubject"]["achievement"]["nameMap"]["ar"].startswith("شهادة")
    assert credential["credentialSubject"]["achievement"]["nameMap"]["fr"].startswith("Certificat")


def test_a_changed_character_anywhere_fails(key: Ed25519PrivateKey) -> None:
    token = _badge(key)
    assert _sound(token, key)
    alphabet = "AQgw_-"
    for i, ch in enumerate(token):
        for other in (alphabet[(alphabet.find(ch) + 1) % len(alphabet)] if ch in alphabet else "A", "."):
            if other == ch:
                continue
            changed = token[:i] + other + token[i + 1 :]
            assert not _sound(changed, key), f"character {i} changed to {other!r} was not noticed"
    assert not _sound(token[:-1], key) and not _sound(token + "A", key)


def test_another_key_fails_and_a_borrowed_header_fails(key: Ed25519PrivateKey) -> None:
    thief = Ed25519PrivateKey.generate()
    forged = _badge(thief)
    assert not ob.read_badge(forged).signature_valid(key.public_key())
    # the genuine header (naming the centre's key) on a payload signed by another key
    genuine = _badge(key).split(".")
    mixed = ".".join([genuine[0], *forged.split(".")[1:]])
    assert not _sound(mixed, key)


def test_did_key_round_trip(key: Ed25519PrivateKey) -> None:
    did = ob.did_key(key.public_key())
    assert did.startswith("did:key:z6Mk")
    assert sp.raw_public_key(ob.key_from_did(did)) == sp.raw_public_key(key.public_key())
    with pytest.raises(ob.BadgeError):
        ob.key_from_did("did:key:zQ3sh")  # base58 of something that is not an Ed25519 key
    with pytest.raises(ob.BadgeError):
        ob.key_from_did("did:web:example.org")


@pytest.mark.parametrize(
    "text",
    ["", "not a badge", "a.b", "eyJhbGciOiJFZERTQSJ9.e30", "e30.e30.e30=", "{", "[1, 2]", '{"a": NaN}', "\xff"],
)
def test_unreadable_badges_are_refused_with_a_sentence(text: str) -> None:
    with pytest.raises(ob.BadgeError) as err:
        ob.read_badge(text.encode("latin-1"))
    assert str(err.value)[0].isupper() and "Traceback" not in str(err.value)


def test_a_huge_file_is_refused_before_it_is_parsed() -> None:
    with pytest.raises(ob.BadgeError, match="too large"):
        ob.read_badge(b"{" + b" " * 3_000_000 + b"}")


@needs_validator
@pytest.mark.parametrize(
    "name",
    [
        "complete.json",
        "credential-status-revoked.json",
        "endorsement-valid.json",
        "simple-did-key-method.json",
        "simple-eddsa-2022.json",
        "simple-noproof.json",
        "simple.json",
        "simple.jwt",
    ],
)
def test_the_validators_valid_credentials_parse(name: str) -> None:
    badge = ob.read_badge((VALIDATOR / name).read_bytes())
    assert ob.problems(badge, now=dt.datetime(2026, 12, 1, tzinfo=dt.UTC)) == []
    assert badge.issuer_id
    assert badge.form == ("jwt" if name.endswith(".jwt") else "json")


@needs_validator
@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("simple-err-credential-subject-type.json", "InvalidAchievementSubject, not AchievementSubject"),
        ("simple-err-evidence-type.json", "evidence 2 is of type InvalidEvidence"),
        ("simple-err-expired.json", "expired on 2010-01-01"),
        ("simple-err-issuer.json", "names no issuer"),
        ("simple-err-type.json", "OtherCredential, not an OpenBadgeCredential"),
    ],
)
def test_the_validators_broken_credentials_are_refused_naming_the_fault(name: str, words: str) -> None:
    badge = ob.read_badge((VALIDATOR / name).read_bytes())
    found = ob.problems(badge)
    assert found and words in "; ".join(str(p) for p in found)
