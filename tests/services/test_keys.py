"""Signing keys: made and rotated by administrators only, audited, trusted only through the audit log."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select

from skillassess.core.errors import DomainError, PermissionDenied
from skillassess.core.models import AuditEntry, SigningKey
from skillassess.db.paths import data_dir
from skillassess.formats import signed_payload as sp
from skillassess.services import certificate_verification, certificates, keys
from skillassess.services.users import AdminFields, CentreFields, create_centre_and_admin

from helpers import sql_behind_the_log

DAY = dt.date(2026, 11, 20)
ADMIN = {"SKILLASSESS_PASSWORD": "demo-admin"}
REGISTRAR = {"SKILLASSESS_PASSWORD": "demo-registrar"}


def _issue(db, actor, regno: str = "ACC-2026-00001"):
    with db.transaction() as s:
        cert = certificates.issue_certificate(s, actor, regno, "ELI-L2", issued_on=DAY)
        return cert.serial, cert.payload


def _key_count(db) -> int:
    with db.session() as s:
        return int(s.execute(select(func.count()).select_from(SigningKey)).scalar_one())


def test_the_first_administrator_makes_the_first_key(db) -> None:
    with db.transaction() as s:
        admin = create_centre_and_admin(s, CentreFields("Kumasi", "KSI", "GH"), AdminFields("ama", "correct horse"))
    with db.session() as s:
        (info,) = keys.list_keys(s)
    assert info.trusted and info.current and info.active and info.private_here and info.problem is None
    path = keys.private_key_file("KSI", info.key_id)
    assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600
    with db.session() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.entity_type == "signing_key")).scalar_one()
    assert entry.user_id == admin.user_id and json.loads(entry.after_json)["trusted"] is True


def test_create_is_for_administrators_and_only_once(demo_db, demo_actor) -> None:
    with pytest.raises(PermissionDenied, match="administrator"), demo_db.transaction() as s:
        keys.create_key(s, demo_actor("registrar"))
    with pytest.raises(DomainError, match=r"already has a signing key .* rotate"), demo_db.transaction() as s:
        keys.create_key(s, demo_actor("admin"))
    assert _key_count(demo_db) == 1


def test_rotation_signs_new_certificates_with_the_new_key_and_old_ones_still_verify(demo_db, demo_actor) -> None:
    registrar, admin = demo_actor("registrar"), demo_actor("admin")
    _, old_payload = _issue(demo_db, registrar)
    with pytest.raises(PermissionDenied), demo_db.transaction() as s:
        keys.rotate_key(s, registrar)
    with demo_db.transaction() as s:
        old, new = keys.rotate_key(s, admin)
        old_id, new_id = old.key_id, new.key_id
    _, new_payload = _issue(demo_db, registrar, "ACC-2026-00002")
    assert sp.parse(old_payload).body.key_id == old_id and sp.parse(new_payload).body.key_id == new_id
    with demo_db.session() as s:
        assert certificate_verification.verify_payload(s, old_payload).status == certificate_verification.VALID
        assert certificate_verification.verify_payload(s, new_payload).status == certificate_verification.VALID
        listed = {k.key_id: k for k in keys.list_keys(s)}
        assert listed[old_id].trusted and not listed[old_id].active and not listed[old_id].current
        assert listed[new_id].trusted and listed[new_id].current
        # One command, two entries by the administrator: the old key retired, the new one made.
        entries = (
            s.execute(
                select(AuditEntry)
                .where(AuditEntry.entity_type == "signing_key", AuditEntry.username == "admin")
                .order_by(AuditEntry.id)
            )
            .scalars()
            .all()
        )
        # The demo's administrator made the first key at its first start; the rotation retired it and made another.
        assert [(e.entity_id, e.action.value) for e in entries] == [
            (old_id, "create"),
            (old_id, "update"),
            (new_id, "create"),
        ]
        from skillassess.services.audit_verification import verify

        assert verify(s).intact


def test_issuing_without_a_key_refuses_and_creates_none(db, tmp_path: Path) -> None:
    from skillassess.services.demo import load_demo

    with db.transaction() as s:
        load_demo(s)
    # A centre whose database has no key (never made, as before the first administrator made one).
    sql_behind_the_log(db, "DELETE FROM signing_key")
    from skillassess.services.users import actor_by_username

    with db.session() as s:
        registrar = actor_by_username(s, "registrar")
    with (
        pytest.raises(DomainError, match=r"no certificate signing key yet.*administrator.*keys create"),
        db.transaction() as s,
    ):
        certificates.issue_certificate(s, registrar, "ACC-2026-00001", "ELI-L2", issued_on=DAY)
    assert _key_count(db) == 0


def test_issuing_on_a_computer_without_the_private_key_says_where_it_should_be(demo_db, demo_actor) -> None:
    for pem in (data_dir() / "keys").glob("ACC-*.pem"):
        pem.unlink()
    with pytest.raises(DomainError, match=r"not on this computer .*ACC-[0-9a-f]{16}-ed25519\.pem"):
        _issue(demo_db, demo_actor("registrar"))
    assert _key_count(demo_db) == 1


def test_a_trusted_key_whose_row_is_edited_is_no_longer_trusted(demo_db, demo_actor) -> None:
    _serial, payload = _issue(demo_db, demo_actor("registrar"))
    attacker = sp.Ed25519PrivateKey.generate()
    # Swap in the attacker's public key under the same id.
    sql_behind_the_log(
        demo_db, "UPDATE signing_key SET public_key = :key", key=sp.raw_public_key(attacker.public_key())
    )
    with demo_db.session() as s:
        (info,) = keys.list_keys(s)
        assert not info.trusted and "differs from audit entry" in str(info.problem)
        result = certificate_verification.verify_payload(s, payload)
    assert result.status == certificate_verification.UNTRUSTED_KEY


def test_keys_commands(demo_db, cli, tmp_path: Path) -> None:
    path = demo_db.url
    demo_db.dispose()
    r = cli("--db", path, "keys", "list", "--json")
    (k,) = json.loads(r.stdout)
    assert k["trusted"] and k["current"] and k["private_key_here"]
    r = cli("--db", path, "keys", "create", "--user", "admin", env=ADMIN)
    assert r.returncode == 1 and "rotate" in r.stderr
    r = cli("--db", path, "keys", "rotate", "--user", "registrar", env=REGISTRAR)
    assert r.returncode == 1 and "administrator" in r.stderr
    r = cli("--db", path, "keys", "rotate")
    assert r.returncode == 1 and "--user" in r.stderr
    r = cli("--db", path, "keys", "rotate", "--user", "admin", env=ADMIN)
    assert r.returncode == 0, r.stderr
    assert "still verifies" in r.stdout
    r = cli("--db", path, "keys", "list")
    assert r.returncode == 0 and "current" in r.stdout and "retired" in r.stdout
    pem = tmp_path / "centre.pem"
    r = cli("--db", path, "keys", "export-public", "-o", str(pem))
    assert r.returncode == 0, r.stderr
    exported = sp.key_id_of(sp.load_public_key_pem(pem.read_bytes()))
    listed = json.loads(cli("--db", path, "keys", "list", "--json").stdout)
    assert exported == next(k["key_id"] for k in listed if k["current"])
    assert cli("--db", path, "audit", "verify").returncode == 0


def test_export_public_on_a_database_without_a_key_creates_nothing(db, cli, tmp_path: Path) -> None:
    path = db.url
    db.dispose()
    other = tmp_path / "another-folder"
    r = cli(
        "--db", path, "keys", "export-public", "-o", str(tmp_path / "x.pem"), env={"SKILLASSESS_DATA_DIR": str(other)}
    )
    assert r.returncode == 1 and "no certificate signing key yet" in r.stderr
    assert not (tmp_path / "x.pem").exists() and not (other / "keys").exists()
    assert sql_behind_the_log(db, "SELECT count(*) FROM signing_key")[0][0] == 0
    assert sql_behind_the_log(db, "SELECT count(*) FROM audit_entry")[0][0] == 0
