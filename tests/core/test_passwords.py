"""Passwords are hashed with Argon2id at the production cost; a weaker hash is renewed at sign-in.

The rest of the suite hashes with Argon2id's cheapest parameters (tests/helpers.py: TEST_HASHER);
these tests put the application's own hasher back.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from skillassess.core import passwords
from skillassess.core.models import AuditEntry, User
from skillassess.services.users import authenticate

from helpers import PRODUCTION_HASHER, TEST_HASHER


@pytest.fixture
def production_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_hasher", PRODUCTION_HASHER)


def _parameters(password_hash: str) -> str:
    """'m=65536,t=3,p=4' from '$argon2id$v=19$m=65536,t=3,p=4$salt$hash'."""
    return password_hash.split("$")[3]


@pytest.mark.usefixtures("production_hashing")
def test_production_hashes_are_argon2id_at_the_recommended_cost() -> None:
    # RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes): argon2-cffi's default.
    h = passwords.hash_password("correct horse battery")
    assert h.startswith("$argon2id$v=19$") and _parameters(h) == "m=65536,t=3,p=4"
    assert passwords.verify_password(h, "correct horse battery")
    assert not passwords.verify_password(h, "correct horse batterz")
    assert passwords.hash_password("correct horse battery") != h  # salted
    assert not passwords.needs_rehash(h)
    assert passwords.needs_rehash(TEST_HASHER.hash("correct horse battery"))


def test_the_suite_hashes_cheaply_and_verifies_either() -> None:
    cheap = passwords.hash_password("long enough")
    assert _parameters(cheap) == "m=8,t=1,p=1"
    # Parameters travel in the hash: a hash of either kind verifies under the other.
    assert passwords.verify_password(PRODUCTION_HASHER.hash("long enough"), "long enough")
    assert passwords.verify_password(cheap, "long enough")


def test_a_weaker_hash_is_renewed_at_sign_in_with_one_audit_entry(demo_db, monkeypatch: pytest.MonkeyPatch) -> None:
    with demo_db.session() as s:
        assert (
            _parameters(s.execute(select(User.password_hash).where(User.username == "assessor1")).scalar_one())
            == "m=8,t=1,p=1"
        )  # the demo was loaded with the suite's cheap hasher
    monkeypatch.setattr(passwords, "_hasher", PRODUCTION_HASHER)
    for _ in range(2):  # renewed once; the second sign-in finds nothing to renew
        with demo_db.transaction() as s:
            assert authenticate(s, "assessor1", "demo-assessor1").username == "assessor1"
    with demo_db.session() as s:
        stored = s.execute(select(User.password_hash).where(User.username == "assessor1")).scalar_one()
        renewals = s.execute(
            select(AuditEntry.after_json).where(
                AuditEntry.entity_id == "assessor1", AuditEntry.after_json.contains("hash renewed")
            )
        ).all()
    assert _parameters(stored) == "m=65536,t=3,p=4" and passwords.verify_password(stored, "demo-assessor1")
    assert len(renewals) == 1
