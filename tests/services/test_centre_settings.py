"""Centre settings: administrators change them in one audited transaction; bad input names its field."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from skillassess.core.errors import PermissionDenied, ValidationError
from skillassess.core.models import AuditEntry, Centre, Signatory
from skillassess.services import centre as svc
from skillassess.services import certificates
from skillassess.services.audit_verification import verify as verify_audit
from skillassess.services.centre import CentreSettings, SignatorySettings

from helpers import png_bytes


def _settings(db) -> CentreSettings:
    with db.session() as s:
        return svc.centre_settings(s)


def _entries(db) -> list[AuditEntry]:
    with db.session() as s:
        return list(s.execute(select(AuditEntry).where(AuditEntry.entity_type == "centre")).scalars())


def test_demo_settings_read_back(demo_db) -> None:
    settings = _settings(demo_db)
    assert (settings.code, settings.country) == ("ACC", "GH")
    assert [s.name for s in settings.signatories] == ["Dr. Ama Owusu", "Joseph Phiri"]
    assert settings.signatories[0].title_in(["fr"]) == "Directrice du centre"
    assert settings.signatories[1].title_in(["sw", "en"]) == "Mhakiki Mkuu"
    # A language without a title of its own: the English title, else any.
    assert SignatorySettings("A", {"fr": "Directeur", "en": "Manager"}).title_in(["ar"]) == "Manager"
    assert SignatorySettings("A", {"fr": "Directeur"}).title_in(["ar"]) == "Directeur"
    assert SignatorySettings("A").title_in(["ar"]) == ""
    assert settings.logo is not None and settings.logo.startswith(b"\x89PNG")
    assert settings.verification_address is None
    with demo_db.session() as s:
        assert svc.verification_address(s) is None


def test_administrator_changes_everything_in_one_audited_entry(demo_db, demo_actor) -> None:
    before = _settings(demo_db)
    entries_before = len(_entries(demo_db))
    signature = png_bytes(60, 20, (0, 0, 0))
    new = replace(
        before,
        name=" Accra Technical Skills Centre ",
        address="Ring Road West, Accra",
        verification_address="https://verify.accra-skills.example.org/certificates/",
        signatories=(
            SignatorySettings("Dr. Ama Owusu", {"en": "Centre Manager", "ar": "مديرة المركز"}, signature),
            SignatorySettings("Kofi Mensah", {"en": "Registrar", "fr": "Responsable des inscriptions"}),
        ),
    )
    with demo_db.transaction() as s:
        saved = svc.update_centre_settings(s, demo_actor("admin"), new)
    assert saved.name == "Accra Technical Skills Centre"  # trimmed
    assert saved == _settings(demo_db)
    assert saved.signatories[0].signature_image == signature
    assert saved.signatories[1].title_in(["fr", "en"]) == "Responsable des inscriptions"
    with demo_db.session() as s:
        assert svc.verification_address(s) == "https://verify.accra-skills.example.org/certificates/"
        rows = s.execute(select(Signatory).order_by(Signatory.position)).scalars().all()
        assert [(r.position, r.name, r.title) for r in rows] == [
            (1, "Dr. Ama Owusu", "Centre Manager"),
            (2, "Kofi Mensah", "Registrar"),
        ]
        assert json.loads(rows[0].titles_json) == {"ar": "مديرة المركز", "en": "Centre Manager"}
    entries = _entries(demo_db)
    assert len(entries) == entries_before + 1
    last = entries[-1]
    assert (last.username, last.action.value, last.entity_id) == ("admin", "update", "ACC")
    changed = json.loads(last.after_json or "{}")
    assert set(changed) == {"name", "address", "verification_address", "signatories"}  # only what changed
    assert "bytes, sha256" in changed["signatories"][0]["signature_image"]  # images by size and digest, not data
    with demo_db.session() as s:
        assert verify_audit(s).intact
    # Saving the same settings again changes nothing and writes no entry.
    with demo_db.transaction() as s:
        svc.update_centre_settings(s, demo_actor("admin"), saved)
    assert len(_entries(demo_db)) == entries_before + 1


@pytest.mark.parametrize("who", ["assessor1", "verifier", "registrar"])
def test_only_administrators_change_settings(demo_db, demo_actor, who: str) -> None:
    with pytest.raises(PermissionDenied, match="may not change the centre settings"), demo_db.transaction() as s:
        svc.update_centre_settings(s, demo_actor(who), replace(_settings(demo_db), name="Somewhere else"))
    assert _settings(demo_db).name == "Accra Technical Skills Centre (demo)"


@pytest.mark.parametrize(
    ("address", "stored"),
    [
        ("https://verify.example.org/", "https://verify.example.org/"),
        ("  https://skills.example.gh/verify/  ", "https://skills.example.gh/verify/"),
        ("http://localhost:8000/", "http://localhost:8000/"),
        ("http://127.0.0.1/", "http://127.0.0.1/"),
        ("", None),
        (None, None),
    ],
)
def test_good_verification_addresses(address: str | None, stored: str | None) -> None:
    assert svc.check_verification_address(address) == stored


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("http://verify.example.org/", "https://"),
        ("ftp://verify.example.org/", "https://"),
        ("https://verify.example.org", "end with /"),
        ("https://verify.example.org/?a=1", "? or #"),
        ("https://verify.example.org/#SA1.", "? or #"),
        ("https://user@verify.example.org/", "not a web address"),
        ("https:///", "not a web address"),
        ("https://intranet/", "not a public web address"),
        ("verify.example.org/", "https://"),
        ("https://vérifier.example.org/", "without spaces or accented letters"),
        ("https://verify.example.org/a b/", "without spaces"),
        ("https://verify.example.org:99999/", "not a web address"),
        ("https://example.org/" + "x" * 300 + "/", "at most 200"),
    ],
)
def test_bad_verification_addresses_name_the_field(address: str, words: str) -> None:
    with pytest.raises(ValidationError) as err:
        svc.check_verification_address(address)
    assert str(err.value).startswith("Verification address: ")
    assert words in str(err.value)


def test_bad_input_names_every_field_and_saves_nothing(demo_db, demo_actor, tmp_path) -> None:
    before = _settings(demo_db)
    entries = len(_entries(demo_db))
    bad = replace(
        before,
        name=" ",
        code="A B",
        country="Ghana",
        logo=b"GIF89a not an image",
        verification_address="http://verify.example.org",
        signatories=(
            SignatorySettings("", {"en": "Manager"}),
            SignatorySettings("B", {"xx": "Boss"}, signature_image=b"\x89PNG\r\n\x1a\n" + b"\0" * 40),
            SignatorySettings("C"),
            SignatorySettings("D"),
        ),
    )
    with pytest.raises(ValidationError) as err, demo_db.transaction() as s:
        svc.update_centre_settings(s, demo_actor("admin"), bad)
    text = str(err.value)
    assert text.startswith("The centre settings were not saved:")
    for words in (
        "Centre name: enter",
        "Centre code: 1 to 20",
        "Country: the two-letter",
        "Logo: The file is not a PNG or JPEG image",
        "Verification address: the address must start with https://",
        "Signatories: a certificate has room for 3 signatories; remove 1.",
        "Signatory 1: enter the name",
        "Signatory 2: xx is not a certificate language.",
        "Signatory 2, signature: The image is damaged",
    ):
        assert words in text, words
    assert _settings(demo_db) == before
    assert len(_entries(demo_db)) == entries


def test_huge_logos_are_refused() -> None:
    big_file = replace(_plain(), logo=b"\x89PNG\r\n\x1a\n" + b"\0" * (svc.MAX_LOGO_BYTES + 1))
    assert "Logo: The image is 2048 KB; use an image of at most 2048 KB." in [
        str(p) for p in svc.settings_problems(big_file)
    ]
    # Few bytes, many pixels (a compressed plain image): refused by its size in pixels, before it is decoded.
    wide = replace(_plain(), logo=png_bytes(9000, 10))
    assert [str(p) for p in svc.settings_problems(wide)] == [
        "Logo: The image is 9000 × 10 pixels; use one of at most 4000 pixels a side."
    ]
    assert svc.settings_problems(replace(_plain(), logo=png_bytes(400, 200))) == []


def _plain() -> CentreSettings:
    return CentreSettings(name="Centre", code="ABC", country="GH")


def test_certificate_document_uses_the_settings(demo_db, demo_actor) -> None:
    with demo_db.transaction() as s:
        settings = svc.centre_settings(s)
        svc.update_centre_settings(
            s,
            demo_actor("admin"),
            replace(
                settings,
                signatories=(
                    SignatorySettings("Dr. Ama Owusu", {"en": "Centre Manager", "ar": "مديرة المركز"}, png_bytes()),
                    SignatorySettings("Joseph Phiri", {"en": "Chief Verifier"}),
                ),
            ),
        )
        cert = certificates.issue_certificate(s, demo_actor("registrar"), "ACC-2026-00002", "ELI-L2", "ar,en")
        doc = certificates.certificate_document(s, cert.serial)
    assert doc.logo == settings.logo
    assert [(x.name, x.titles) for x in doc.signatories] == [
        ("Dr. Ama Owusu", (("ar", "مديرة المركز"), ("en", "Centre Manager"))),
        ("Joseph Phiri", (("ar", "Chief Verifier"),)),  # no Arabic title: the English one, once
    ]
    assert doc.signatories[0].image is not None


def test_centre_table_counts_stay_one(demo_db, demo_actor) -> None:
    with demo_db.transaction() as s:
        svc.update_centre_settings(s, demo_actor("admin"), replace(svc.centre_settings(s), code="ACX", country="LB"))
    with demo_db.session() as s:
        assert s.execute(select(func.count(Centre.id))).scalar_one() == 1
        assert (svc.centre_settings(s).code, svc.centre_settings(s).country) == ("ACX", "LB")
