"""Issue 23.1: no forged certificate verifies.

The attack as reported: with no sign-in, `keys export-public` pointed at another data folder
created a key pair and trusted it; a payload signed with that key and an unused serial then
verified VALID. Each path is closed: no key is made by reading or exporting, a key put into the
table behind the application's back is not trusted, and only certificates the register holds
verify.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import bindparam, text

from skillassess.core.models import SigningKey
from skillassess.db.database import Database
from skillassess.formats import signed_payload as sp

from helpers import sql_behind_the_log

ADMIN = {"SKILLASSESS_PASSWORD": "demo-admin"}


@pytest.fixture
def centre_db(demo_db) -> Database:
    """The demo, closed: the commands below open it as a user would (``--db`` its URL)."""
    demo_db.dispose()
    return demo_db


def _keys(db: Database) -> list[tuple[object, ...]]:
    return [(k, bytes(p)) for k, p in sql_behind_the_log(db, "SELECT key_id, public_key FROM signing_key ORDER BY id")]


def _forged(key: sp.Ed25519PrivateKey, serial: str = "GH-ACC-2026-000777") -> str:
    body = sp.PayloadBody(
        key_id=sp.key_id_of(key.public_key()),
        serial=serial,
        name="Mallory Forger",
        name_local="",
        kind="full",
        qualification="ELI-L2",
        units=("ELI-C01",),
        issued_on=dt.date(2026, 11, 20),
    )
    return sp.sign(body, key)


def test_exporting_from_another_data_folder_creates_and_trusts_no_key(cli, centre_db: Database, tmp_path: Path) -> None:
    other = tmp_path / "another-folder"
    pem = tmp_path / "x.pem"
    keys_before = _keys(centre_db)
    r = cli("--db", centre_db.url, "keys", "export-public", "-o", str(pem), env={"SKILLASSESS_DATA_DIR": str(other)})
    # The demo has its key: exporting it reads the database, and writes nothing into the other folder.
    assert not list((other / "keys").glob("*.pem")) if (other / "keys").exists() else True
    assert _keys(centre_db) == keys_before
    if r.returncode == 0:
        exported = sp.load_public_key_pem(pem.read_bytes())
        assert sp.key_id_of(exported) in {k for k, _ in keys_before}
    # The attacker signs with a key of their own: whatever they do, it does not verify.
    forged = _forged(sp.Ed25519PrivateKey.generate())
    r = cli("--db", centre_db.url, "certificates", "verify", forged)
    assert r.returncode == 1
    assert not r.stdout.startswith("VALID")


def test_a_key_inserted_behind_the_application_is_not_trusted(cli, centre_db: Database) -> None:
    key = sp.Ed25519PrivateKey.generate()
    insert = text(
        "INSERT INTO signing_key (key_id, public_key, active, created_at) "
        "VALUES (:key_id, :public_key, :active, :created_at)"
    ).bindparams(bindparam("created_at", type_=SigningKey.__table__.c.created_at.type))
    sql_behind_the_log(
        centre_db,
        insert,
        key_id=sp.key_id_of(key.public_key()),
        public_key=sp.raw_public_key(key.public_key()),
        active=True,
        created_at=dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC),
    )
    r = cli("--db", centre_db.url, "certificates", "verify", _forged(key), "--json")
    assert r.returncode == 1, r.stdout
    assert '"status": "untrusted key"' in r.stdout
    r = cli("--db", centre_db.url, "certificates", "verify", _forged(key))
    assert r.returncode == 1 and r.stdout.startswith("UNTRUSTED KEY")
    assert "not a trusted key" in r.stdout
    # And `audit verify` names the row that has no audit entry.
    r = cli("--db", centre_db.url, "audit", "verify")
    assert r.returncode == 1
    assert "signing_key" in r.stdout and "no audit entry" in r.stdout


def test_a_genuine_signature_on_an_unused_serial_is_an_unknown_certificate(cli, centre_db: Database) -> None:
    """Even the centre's own key, stolen, cannot make a certificate the register does not hold."""
    from skillassess.db.database import open_database
    from skillassess.db.paths import data_dir
    from skillassess.services import keys

    db = open_database(centre_db.url)
    try:
        with db.session() as s:
            private, _key_id = keys.signing_key_for_issue(s, data_dir())
    finally:
        db.dispose()
    r = cli("--db", centre_db.url, "certificates", "verify", _forged(private))
    assert r.returncode == 1
    assert r.stdout.startswith("UNKNOWN CERTIFICATE")
    assert "GH-ACC-2026-000777" in r.stdout and "register" in r.stdout
