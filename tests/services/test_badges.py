"""Badges of certificates: written from the register and verified against it (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import unicodedata
import zipfile

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, text

from skillassess.core.errors import DomainError, PermissionDenied, ValidationError
from skillassess.core.models import AuditEntry, Candidate, Certificate, Qualification
from skillassess.formats import open_badge as ob
from skillassess.formats.certificate_wording import WORDING
from skillassess.services import badges, keys, verifier_site
from skillassess.services import certificates as certs
from skillassess.services.candidates import CandidateData, update_candidate
from skillassess.services.certificate_verification import INVALID, REVOKED, UNKNOWN_CERTIFICATE, UNKNOWN_KEY, VALID
from skillassess.services.standards_io import export_document

DAY = dt.date(2026, 11, 20)
GEEZ = "አበበ ከበደ"  # typed decomposed or composed, stored NFC


def _issue(db, actor, regno: str, languages: str = "en") -> str:
    with db.transaction() as s:
        return certs.issue_certificate(s, actor, regno, "ELI-L2", languages, issued_on=DAY).serial


def _badge(db, serial: str) -> str:
    with db.session() as s:
        return badges.make_badge(s, serial)


def _verify(db, data: str | bytes):
    with db.session() as s:
        return badges.verify_badge(s, data)


def test_a_badge_verifies_and_states_the_register(demo_db, demo_actor) -> None:
    registrar = demo_actor("registrar")
    full = _issue(demo_db, registrar, "ACC-2026-00001", "en,fr")
    statement = _issue(demo_db, registrar, "ACC-2026-00011", "ar,en")
    for serial, kind, languages in ((full, "full", {"en", "fr"}), (statement, "statement", {"ar", "en"})):
        token = _badge(demo_db, serial)
        result = _verify(demo_db, token)
        assert result.status == VALID, result.message
        assert result.serial == serial and result.kind == kind and result.in_register
        credential = ob.read_badge(token).credential
        assert set(credential["credentialSubject"]["achievement"]["nameMap"]) == languages
        with demo_db.session() as s:
            cert = s.execute(select(Certificate).where(Certificate.serial == serial)).scalar_one()
            cand = s.get_one(Candidate, cert.candidate_id)
            assert credential["evidence"][0]["description"] == cert.payload  # the printed certificate's QR text
            assert result.name == cand.display_name and result.name_local == (cand.name_local or "")
            assert result.units == [u.unit.code for u in sorted(cert.units, key=lambda u: u.position)]
            if cand.national_id:
                assert cand.national_id not in json.dumps(credential, ensure_ascii=False)
    assert result.name_local == "ليال خوري"  # Arabic, from the demo


def test_alignment_uses_the_case_identifiers_that_standards_export_writes(demo_db, demo_actor) -> None:
    serial = _issue(demo_db, demo_actor("registrar"), "ACC-2026-00001")
    credential = ob.read_badge(_badge(demo_db, serial)).credential
    with demo_db.session() as s:
        qual_id = s.execute(select(Qualification.id).where(Qualification.code == "ELI-L2")).scalar_one()
        exported = export_document(s, qual_id)
    case_ids = {u.code: u.case_identifier for u in exported.units}
    achievement = credential["credentialSubject"]["achievement"]
    assert achievement["id"] == f"urn:uuid:{exported.case_identifier}"
    assert achievement["alignment"]
    for a in achievement["alignment"]:
        assert a["targetType"] == "CFItem" and a["targetUrl"] == f"urn:uuid:{case_ids[a['targetCode']]}"


def test_names_in_geez_survive_the_round_trip(demo_db, demo_actor) -> None:
    with demo_db.session() as s:
        cand = s.execute(select(Candidate).where(Candidate.registration_number == "ACC-2026-00001")).scalar_one()
        data = dataclasses.replace(CandidateData.from_candidate(cand), name_local=unicodedata.normalize("NFD", GEEZ))
        cand_id = cand.id
    with demo_db.transaction() as s:
        update_candidate(s, demo_actor("admin"), cand_id, data)
    serial = _issue(demo_db, demo_actor("registrar"), "ACC-2026-00001", "am,en")
    token = _badge(demo_db, serial)
    result = _verify(demo_db, token)
    assert result.status == VALID, result.message
    assert result.name_local.encode("utf-8") == unicodedata.normalize("NFC", GEEZ).encode("utf-8")
    name = ob.read_badge(token).credential["credentialSubject"]["achievement"]["nameMap"]["am"]
    assert name == f"{WORDING['am']['title_full']}: Electrical Installation"


def test_a_revoked_certificates_badge_verifies_as_revoked_and_is_listed(demo_db, demo_actor, tmp_path) -> None:
    registrar = demo_actor("registrar")
    serial = _issue(demo_db, registrar, "ACC-2026-00001")
    token = _badge(demo_db, serial)
    with demo_db.transaction() as s:
        certs.revoke_certificate(s, registrar, serial, "Issued in error")
    result = _verify(demo_db, token)
    assert result.status == REVOKED and "Issued in error" in result.message
    with demo_db.session() as s, pytest.raises(DomainError, match="revoked"):
        badges.make_badge(s, serial)
    # The revocation list the verification site publishes names the badge's id (credentialStatus points there).
    with demo_db.session() as s:
        verifier_site.export_site(s, tmp_path / "site")
    listed = json.loads((tmp_path / "site" / ob.REVOCATION_LIST_FILE).read_text(encoding="utf-8"))
    assert listed["type"] == "1EdTechRevocationList"
    assert ob.read_badge(token).credential["id"] in {c["id"] for c in listed["revokedCredentials"]}


def test_changed_badges_fail(demo_db, demo_actor) -> None:
    serial = _issue(demo_db, demo_actor("registrar"), "ACC-2026-00001")
    token = _badge(demo_db, serial)
    # every 41st character, each end, and the separators (every character is covered in tests/formats)
    positions = sorted({*range(0, len(token), 41), len(token) - 1, *(i for i, c in enumerate(token) if c == ".")})
    for i in positions:
        changed = token[:i] + ("B" if token[i] != "B" else "C") + token[i + 1 :]
        assert _verify(demo_db, changed).status == INVALID, i
    # a decoded credential (no signature) is not believed either
    credential = json.dumps(ob.read_badge(token).credential)
    assert _verify(demo_db, credential).status == INVALID


def test_wrong_keys(demo_db, demo_actor) -> None:
    registrar = demo_actor("registrar")
    serial = _issue(demo_db, registrar, "ACC-2026-00001")
    with demo_db.session() as s:
        thief = Ed25519PrivateKey.generate()
        forged = badges.make_badge(s, serial, private=thief)
    foreign = _verify(demo_db, forged)
    assert foreign.status == UNKNOWN_KEY and "not issued by a centre this database knows" in foreign.message
    # The centre's key in the header, another key's signature.
    genuine = _badge(demo_db, serial)
    mixed = ".".join([genuine.split(".")[0], *forged.split(".")[1:]])
    assert _verify(demo_db, mixed).status == INVALID


def test_a_badge_that_disagrees_with_the_register_fails(demo_db, demo_actor) -> None:
    """Signed with the centre's own key but stating another name: not believed (a stolen key, or a bug)."""
    serial = _issue(demo_db, demo_actor("registrar"), "ACC-2026-00001")
    with demo_db.session() as s:
        private, _ = keys.signing_key_for_issue(s)
        doc = badges.badge_document(s, serial)
    lie = dataclasses.replace(doc, candidate_name="Somebody Else")
    token = ob.sign(ob.build_credential(lie, private.public_key(), "00"), private)
    result = _verify(demo_db, token)
    assert result.status == INVALID and "name" in result.message
    unknown = dataclasses.replace(doc, serial="GH-ACC-2026-999999")
    result = _verify(demo_db, ob.sign(ob.build_credential(unknown, private.public_key(), "00"), private))
    assert result.status == UNKNOWN_CERTIFICATE


def test_a_register_row_changed_behind_the_application_fails(demo_db, demo_actor) -> None:
    serial = _issue(demo_db, demo_actor("registrar"), "ACC-2026-00001")
    token = _badge(demo_db, serial)
    with demo_db.transaction() as s:  # an edit outside SkillAssess, not in the audit log
        s.execute(text("UPDATE certificate SET revoked_reason = 'x' WHERE serial = :s"), {"s": serial})
    result = _verify(demo_db, token)
    assert result.status == INVALID and "outside SkillAssess" in result.message


def _write(db, *args):
    return db.write(lambda s: badges.write_badges(s, *args))


def test_writing_badges_to_a_file_a_folder_and_a_zip(demo_db, demo_actor, tmp_path) -> None:
    registrar = demo_actor("registrar")
    a = _issue(demo_db, registrar, "ACC-2026-00001")
    b = _issue(demo_db, registrar, "ACC-2026-00011")
    one = _write(demo_db, registrar, [a], tmp_path / "one.jwt")
    token = (tmp_path / "one.jwt").read_text(encoding="ascii")
    assert one.files == (tmp_path / "one.jwt",) and "\n" not in token
    assert jwt.decode(token, jwt.PyJWK(jwt.get_unverified_header(token)["jwk"]).key, algorithms=["EdDSA"])["jti"]
    folder = _write(demo_db, registrar, [a, b, a], tmp_path / "out")
    assert sorted(p.name for p in folder.files) == sorted([f"{a}.jwt", f"{b}.jwt"])
    _write(demo_db, registrar, [a, b], tmp_path / "all.zip")
    with zipfile.ZipFile(tmp_path / "all.zip") as z:
        assert sorted(z.namelist()) == sorted([f"{a}.jwt", f"{b}.jwt"])
        assert _verify(demo_db, z.read(f"{b}.jwt")).status == VALID
    # Each export is in the audit log (badges carry names): who, which certificates, which file.
    with demo_db.session() as s:
        entries = s.execute(
            select(AuditEntry).where(AuditEntry.entity_type == "export", AuditEntry.entity_id == "badges")
        ).scalars()
        files = [json.loads(e.after_json)["file"] for e in entries]
    assert files == ["one.jwt", "out", "all.zip"]


def test_writing_refusals_name_the_problem_and_write_nothing(demo_db, demo_actor, tmp_path) -> None:
    registrar = demo_actor("registrar")
    a = _issue(demo_db, registrar, "ACC-2026-00001")
    b = _issue(demo_db, registrar, "ACC-2026-00011")
    tmp_path = tmp_path / "badges"
    tmp_path.mkdir()
    with pytest.raises(ValidationError, match=r"\.jwt"):
        _write(demo_db, registrar, [a], tmp_path / "badge.json")
    with pytest.raises(ValidationError, match=r"folder or a \.zip"):
        _write(demo_db, registrar, [a, b], tmp_path / "two.jwt")
    with pytest.raises(ValidationError) as err:
        _write(demo_db, registrar, [a, "XX-NONE-1"], tmp_path / "out")
    assert "XX-NONE-1" in "; ".join(err.value.problems)
    with pytest.raises(PermissionDenied):
        _write(demo_db, demo_actor("assessor1"), [a], tmp_path / "x.jwt")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "change",
    [
        {"credentialSubject": {"type": ["AchievementSubject"], "identifier": 5, "result": {"a": 1}}},
        {"credentialSubject": {"type": "AchievementSubject", "achievement": [], "result": [{"alignment": 7}]}},
        {"evidence": {"id": "urn:skillassess:certificate:X"}},
        {"evidence": [{"id": 5, "type": ["Evidence"]}]},
        {"issuer": 12},
        {"type": "OpenBadgeCredential"},
        {"validFrom": 20260101},
        {"validFrom": "yesterday"},
        {"@context": "https://www.w3.org/ns/credentials/v2"},
        {"proof": "a string"},
    ],
)
def test_hostile_credentials_get_a_sentence_not_a_crash(demo_db, demo_actor, change) -> None:
    """Our own credential with one part replaced by something of the wrong shape, as JSON and as a JWT signed
    with the centre's own key (a bug or a stolen key must not crash the verifier either)."""
    serial = _issue(demo_db, demo_actor("registrar"), "ACC-2026-00001")
    credential = dict(ob.read_badge(_badge(demo_db, serial)).credential, **change)
    with demo_db.session() as s:
        private, _ = keys.signing_key_for_issue(s)
        header = badges.make_badge(s, serial).split(".")[0]
    payload = ob.sp.b64url_encode(json.dumps(credential).encode("utf-8"))
    signing_input = f"{header}.{payload}"
    token = f"{signing_input}.{ob.sp.b64url_encode(private.sign(signing_input.encode('ascii')))}"
    for data in (json.dumps(credential), token):
        result = _verify(demo_db, data)
        harmless = "proof" in change and data is token  # an extra member, signed by the centre: still true
        assert result.status in ((VALID,) if harmless else (INVALID, UNKNOWN_KEY)), (change, result)
        assert result.message and "Traceback" not in result.message


@pytest.fixture
def centre_a(_demo_template, tmp_path):
    """A centre with two certificates (as tests/services/test_exchange.py makes it)."""
    from test_exchange import issue_some

    from skillassess.db.database import open_database, sqlite_url

    from helpers import copy_demo

    d = open_database(sqlite_url(copy_demo(_demo_template, tmp_path / "acc.sqlite3")))
    issue_some(d)
    yield d
    d.dispose()


def test_an_awarding_body_verifies_a_registered_centres_badges(centre_a, db, tmp_path) -> None:
    """The national register: a badge of a registered centre verifies at the awarding body, against what the
    centre's bundles brought (its key, its register, its revocations)."""
    from test_exchange import admin, export, register_sender

    from skillassess.services.exchange import importing
    from skillassess.services.users import AdminFields, CentreFields, create_centre_and_admin

    body = db
    body.write(
        lambda s: create_centre_and_admin(
            s, CentreFields("Commission for TVET", "CTVET", "GH"), AdminFields("officer", "correct horse battery")
        )
    )
    bundle = tmp_path / "acc.sabundle"
    export(centre_a, bundle, everything=True)
    register_sender(body, bundle)
    importing.import_bundle(body, admin(body, "officer"), bundle)
    with centre_a.session() as s:
        serial = s.execute(select(Certificate.serial).order_by(Certificate.id.desc())).scalars().first()
        token = badges.make_badge(s, serial)
        private, _ = keys.signing_key_for_issue(s)
        doc = badges.badge_document(s, serial)
    result = _verify(body, token)
    assert result.status == VALID and result.serial == serial, result.message
    # Signed with the centre's key, but stating another name than the certificate it carries.
    lie = ob.sign(
        ob.build_credential(dataclasses.replace(doc, candidate_name="X Y"), private.public_key(), "0"), private
    )
    assert _verify(body, lie).status == INVALID
    centre_a.write(lambda s: certs.revoke_certificate(s, admin(centre_a, "registrar"), serial, "Issued in error"))
    later = tmp_path / "later.sabundle"
    export(centre_a, later)
    importing.import_bundle(body, admin(body, "officer"), later)
    assert _verify(body, token).status == REVOKED


def test_a_badge_states_the_names_the_certificate_states(demo_db, demo_actor) -> None:
    """A name corrected after issue does not make the certificate's badge a lie: the badge, like the printed
    certificate and its QR code, states the names as issued (a correction is a reissue)."""
    serial = _issue(demo_db, demo_actor("registrar"), "ACC-2026-00001")
    before = _badge(demo_db, serial)
    with demo_db.session() as s:
        cand = s.execute(select(Candidate).where(Candidate.registration_number == "ACC-2026-00001")).scalar_one()
        data = dataclasses.replace(CandidateData.from_candidate(cand), given_names="Tigisti")
        cand_id, old_name = cand.id, cand.display_name
    with demo_db.transaction() as s:
        update_candidate(s, demo_actor("admin"), cand_id, data)
    assert _verify(demo_db, before).status == VALID
    after = _verify(demo_db, _badge(demo_db, serial))
    assert after.status == VALID and after.name == old_name
