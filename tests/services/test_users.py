"""Users and roles: who may do what, signing in with lockout, and one audit entry per change."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select, text

from skillassess.core.enums import AuditAction, Role
from skillassess.core.errors import DomainError, NotFoundError, PermissionDenied, ValidationError
from skillassess.core.models import AuditEntry, Centre, User, utcnow
from skillassess.core.passwords import MIN_LENGTH
from skillassess.services import keys
from skillassess.services import users as svc
from skillassess.services.audit_verification import verify
from skillassess.services.users import AdminFields, CentreFields

from helpers import png_bytes

PNG = png_bytes()


# The last audit entry of the demo database when a test that uses it starts (the demo's own history).
_DEMO_END: dict[int, int] = {}


@pytest.fixture(autouse=True)
def _demo_history_end(request: pytest.FixtureRequest) -> None:
    if "demo_db" in request.fixturenames:
        demo = request.getfixturevalue("demo_db")
        with demo.session() as s:
            _DEMO_END[id(demo)] = s.execute(select(func.max(AuditEntry.id))).scalar() or 0


def _audit(db) -> list[AuditEntry]:
    """The entries the test wrote: after the demo's history, or after the first start (the centre, then its key)."""
    with db.session() as s:
        setup_end = _DEMO_END.get(id(db))
        if setup_end is None:
            setup_end = s.execute(
                select(func.min(AuditEntry.id)).where(AuditEntry.entity_type == "signing_key")
            ).scalar()
        return list(
            s.execute(select(AuditEntry).where(AuditEntry.id > (setup_end or 0)).order_by(AuditEntry.id)).scalars()
        )


def _first_start(db) -> svc.Actor:
    with db.transaction() as s:
        return svc.create_centre_and_admin(
            s,
            CentreFields(name="Kumasi Skills Centre", code="ksi", country="gh", logo=PNG),
            AdminFields(username=" Ama ", password="correct horse", full_name="Ama Mensah"),
        )


def test_first_start_creates_centre_and_admin_with_one_audit_entry(db) -> None:
    with db.session() as s:
        assert not svc.has_users(s)
    admin = _first_start(db)
    assert admin.username == "ama" and admin.roles == frozenset({Role.ADMINISTRATOR})
    with db.session() as s:
        centre = s.execute(select(Centre)).scalar_one()
        assert (centre.code, centre.country, centre.logo) == ("KSI", "GH", PNG)
        assert svc.has_users(s)
    with db.session() as s:
        entry, key_entry = s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()
    assert entry.user_id == admin.user_id and entry.username == "ama" and entry.entity_type == "centre"
    assert "correct horse" not in entry.after_json and "argon2" not in entry.after_json
    # The first administrator also made the centre's first signing key.
    assert key_entry.user_id == admin.user_id and key_entry.entity_type == "signing_key"
    assert json.loads(key_entry.after_json)["trusted"] is True
    with db.session() as s:
        assert keys.current_key(s) is not None
    with db.transaction() as s:
        assert svc.authenticate(s, "AMA", "correct horse").user_id == admin.user_id
    with pytest.raises(DomainError, match="already has users"), db.transaction() as s:
        svc.create_centre_and_admin(s, CentreFields("X", "X", "GH"), AdminFields("x", "long enough"))


def test_first_start_names_every_problem(db) -> None:
    with pytest.raises(ValidationError) as err, db.transaction() as s:
        svc.create_centre_and_admin(
            s, CentreFields(name=" ", code="a b", country="Ghana", logo=b"GIF89a"), AdminFields("", "short")
        )
    text_ = str(err.value)
    for word in ("Centre name", "Centre code", "Country", "Logo", "User name", f"at least {MIN_LENGTH}"):
        assert word in text_
    with db.session() as s:
        assert not svc.has_users(s) and s.execute(select(func.count(Centre.id))).scalar_one() == 0


def test_assessor_cannot_add_users(demo_db, demo_actor) -> None:
    denied = "assessor1 may not add users: it needs the administrator role"
    with pytest.raises(PermissionDenied, match=denied), demo_db.transaction() as s:
        svc.add_user(s, demo_actor("assessor1"), "newbie", "long enough", [Role.ASSESSOR])
    for name in ("verifier", "registrar"):
        with pytest.raises(PermissionDenied), demo_db.transaction() as s:
            svc.deactivate_user(s, demo_actor(name), "assessor2")
        with pytest.raises(PermissionDenied), demo_db.transaction() as s:
            svc.reset_password(s, demo_actor(name), "assessor2", "new password 1")
        with pytest.raises(PermissionDenied), demo_db.transaction() as s:
            svc.update_user(s, demo_actor(name), "assessor2", roles=[Role.ADMINISTRATOR])
    with demo_db.session() as s:
        assert s.execute(select(func.count(User.id))).scalar_one() == 5
    assert _audit(demo_db) == []


def test_added_user_signs_in_with_their_roles(demo_db, demo_actor) -> None:
    with demo_db.transaction() as s:
        row = svc.add_user(
            s,
            demo_actor("admin"),
            "Mariam",
            "s3cret-pass",
            [Role.VERIFIER, Role.ASSESSOR],
            full_name="Mariam Said",
            assessor_registration_number="LB-ASR-77",
            registration_expires_on=dt.date(2028, 1, 31),
        )
    assert row.username == "mariam" and row.roles == (Role.ASSESSOR, Role.VERIFIER)
    with demo_db.transaction() as s:
        actor = svc.authenticate(s, "mariam", "s3cret-pass")
    assert actor.roles == frozenset({Role.ASSESSOR, Role.VERIFIER}) and actor.full_name == "Mariam Said"
    with pytest.raises(ValidationError, match="mariam is taken"), demo_db.transaction() as s:
        svc.add_user(s, demo_actor("admin"), "MARIAM", "another pass", [Role.ASSESSOR])


@pytest.mark.parametrize(
    ("password", "problem"),
    [("short", f"at least {MIN_LENGTH}"), ("        ", "only spaces"), ("newbie12", "cannot be the user name")],
)
def test_weak_passwords_are_refused(demo_db, demo_actor, password: str, problem: str) -> None:
    with pytest.raises(ValidationError, match=problem), demo_db.transaction() as s:
        svc.add_user(s, demo_actor("admin"), "newbie12", password, [Role.ASSESSOR])
    with pytest.raises(ValidationError, match=problem), demo_db.transaction() as s:
        svc.reset_password(s, demo_actor("admin"), "assessor1", password if password != "newbie12" else "assessor1")


def test_deactivated_user_cannot_sign_in_and_keeps_records(demo_db, demo_actor) -> None:
    with demo_db.transaction() as s:
        svc.deactivate_user(s, demo_actor("admin"), "assessor1")
    with pytest.raises(PermissionDenied, match="deactivated"), demo_db.transaction() as s:
        svc.authenticate(s, "assessor1", "demo-assessor1")
    # Records stay; deleting a user who has any is refused.
    refused = "has records .*assessment.* deactivate the account instead"
    with pytest.raises(DomainError, match=refused), demo_db.transaction() as s:
        svc.delete_user(s, demo_actor("admin"), "assessor1")
    with demo_db.transaction() as s:
        svc.set_active(s, demo_actor("admin"), "assessor1", True)
        assert svc.authenticate(s, "assessor1", "demo-assessor1").username == "assessor1"


def test_a_user_without_records_can_be_deleted(demo_db, demo_actor) -> None:
    with demo_db.transaction() as s:
        svc.add_user(s, demo_actor("admin"), "typo", "long enough", [Role.ASSESSOR])
    with demo_db.transaction() as s:
        svc.delete_user(s, demo_actor("admin"), "typo")
    with pytest.raises(NotFoundError, match="no user 'typo'"), demo_db.session() as s:
        svc.get_user(s, "typo")
    assert [e.action for e in _audit(demo_db)] == [AuditAction.CREATE, AuditAction.DELETE]


def test_wrong_password_five_times_locks_and_the_lock_persists(demo_db, demo_actor) -> None:
    for n in range(4):
        with pytest.raises(PermissionDenied, match="Wrong user name or password"), demo_db.transaction() as s:
            svc.authenticate(s, "assessor2", f"wrong-{n}")
    with demo_db.session() as s:  # the failed attempts were committed despite the rollback
        assert s.execute(select(User.failed_attempts).where(User.username == "assessor2")).scalar_one() == 4
    with pytest.raises(svc.AccountLocked) as locked, demo_db.transaction() as s:
        svc.authenticate(s, "assessor2", "wrong-5")
    assert locked.value.just_locked and locked.value.minutes == 15
    # Even the right password is refused while locked, in a new session.
    with pytest.raises(svc.AccountLocked) as locked, demo_db.transaction() as s:
        svc.authenticate(s, "assessor2", "demo-assessor2")
    assert not locked.value.just_locked
    later = utcnow() + dt.timedelta(minutes=16)
    with demo_db.transaction() as s:
        assert svc.authenticate(s, "assessor2", "demo-assessor2", now=later).username == "assessor2"
    with demo_db.session() as s:
        user = s.execute(select(User).where(User.username == "assessor2")).scalar_one()
        assert user.failed_attempts == 0 and user.locked_until is None
    entries = _audit(demo_db)
    assert [(e.entity_type, e.entity_id, e.username) for e in entries] == [("user", "assessor2", "system")]


def test_reset_password_lifts_a_lockout(demo_db, demo_actor) -> None:
    for n in range(5):
        with pytest.raises(DomainError), demo_db.transaction() as s:
            svc.authenticate(s, "verifier", f"wrong-{n}")
    with demo_db.transaction() as s:
        svc.reset_password(s, demo_actor("admin"), "verifier", "brand new pass")
    with demo_db.transaction() as s:
        assert svc.authenticate(s, "verifier", "brand new pass").username == "verifier"
    with pytest.raises(PermissionDenied), demo_db.transaction() as s:
        svc.authenticate(s, "verifier", "demo-verifier")


def test_unknown_user_wrong_password_and_locked_account_get_the_same_message(demo_db) -> None:
    said = []
    for username, password in (
        [("nobody", "whatever1"), ("assessor2", "wrong")]
        + [("assessor2", "wrong")] * 5
        + [("assessor2", "demo-assessor2")]
    ):
        with pytest.raises(PermissionDenied) as refused, demo_db.transaction() as s:
            svc.authenticate(s, username, password)
        said.append(str(refused.value))
    # Before, a locked account said "The account assessor2 is locked...": only existing names can be locked.
    assert set(said) == {
        (
            "Wrong user name or password, or the account is locked after 5 wrong passwords. A locked "
            "account opens again after 15 minutes; an administrator can unlock it sooner by resetting "
            "the password."
        )
    }


def test_the_last_active_administrator_stays(demo_db, demo_actor) -> None:
    admin = demo_actor("admin")
    with pytest.raises(DomainError, match="only active administrator"), demo_db.transaction() as s:
        svc.deactivate_user(s, admin, "admin")
    with pytest.raises(DomainError, match="only active administrator"), demo_db.transaction() as s:
        svc.update_user(s, admin, "admin", roles=[Role.ASSESSOR])
    with demo_db.transaction() as s:
        svc.update_user(s, admin, "registrar", roles=[Role.REGISTRAR, Role.ADMINISTRATOR])
    with demo_db.transaction() as s:
        svc.update_user(s, admin, "admin", roles=[Role.ASSESSOR])
    with demo_db.session() as s:
        assert svc.get_user(s, "admin").roles == (Role.ASSESSOR,)


def test_registration_number_and_expiry(demo_db, demo_actor) -> None:
    with demo_db.transaction() as s:
        row = svc.update_user(
            s,
            demo_actor("admin"),
            "assessor2",
            assessor_registration_number="SN-ASR-1",
            registration_expires_on=dt.date(2030, 12, 31),
        )
    assert (row.assessor_registration_number, row.registration_expires_on) == ("SN-ASR-1", dt.date(2030, 12, 31))
    with pytest.raises(ValidationError, match="registration number too"), demo_db.transaction() as s:
        svc.update_user(s, demo_actor("admin"), "assessor2", assessor_registration_number="")
    (entry,) = _audit(demo_db)
    before, after = json.loads(entry.before_json), json.loads(entry.after_json)
    assert after["assessor_registration_number"] == "SN-ASR-1" and before["assessor_registration_number"] != "SN-ASR-1"
    assert after["registration_expires_on"] == "2030-12-31"


def test_change_own_password(demo_db, demo_actor) -> None:
    me = demo_actor("assessor1")
    with pytest.raises(PermissionDenied, match="current password is wrong"), demo_db.transaction() as s:
        svc.change_own_password(s, me, "nope", "my new password")
    with demo_db.transaction() as s:
        svc.change_own_password(s, me, "demo-assessor1", "my new password")
    with demo_db.transaction() as s:
        assert svc.authenticate(s, "assessor1", "my new password").user_id == me.user_id


# Every call that changes data: (function, arguments after (session, actor)).
CHANGING_CALLS = [
    ("add_user", lambda: ("newbie", "long enough", [Role.ASSESSOR]), {"full_name": "New Bie"}),
    ("update_user", lambda: ("assessor1",), {"full_name": "Kwame B.", "roles": [Role.ASSESSOR, Role.VERIFIER]}),
    ("update_user", lambda: ("assessor1",), {"assessor_registration_number": "X-1", "registration_expires_on": None}),
    ("deactivate_user", lambda: ("assessor2",), {}),
    ("set_active", lambda: ("assessor2", False), {}),
    ("reset_password", lambda: ("verifier", "fresh password"), {}),
]


@pytest.mark.parametrize(
    ("fn", "args", "kwargs"), CHANGING_CALLS, ids=[c[0] + str(i) for i, c in enumerate(CHANGING_CALLS)]
)
def test_every_changing_call_writes_exactly_one_audit_entry_with_the_right_user(
    demo_db, demo_actor, fn, args, kwargs
) -> None:
    admin = demo_actor("admin")
    with demo_db.transaction() as s:
        getattr(svc, fn)(s, admin, *args(), **kwargs)
    (entry,) = _audit(demo_db)
    assert (entry.user_id, entry.username, entry.entity_type) == (admin.user_id, "admin", "user")
    assert entry.entity_id == args()[0]
    for secret in ("long enough", "fresh password", "argon2", "password_hash"):
        assert secret not in (entry.before_json or "") + (entry.after_json or "")
    with demo_db.session() as s:
        assert verify(s).intact


def test_own_password_change_and_delete_write_one_entry_each(demo_db, demo_actor) -> None:
    me = demo_actor("registrar")
    with demo_db.transaction() as s:
        svc.change_own_password(s, me, "demo-registrar", "secret registrar")
    entries = _audit(demo_db)
    assert [(e.user_id, e.entity_id) for e in entries] == [(me.user_id, "registrar")]
    assert "secret registrar" not in entries[0].after_json


def test_passwords_never_reach_the_database_in_clear(demo_db, demo_actor) -> None:
    with demo_db.transaction() as s:
        svc.add_user(s, demo_actor("admin"), "clearcheck", "Zebra-Giraffe-42", [Role.ASSESSOR])
        svc.reset_password(s, demo_actor("admin"), "clearcheck", "Okapi-Lemur-77")
    demo_db.dispose()
    if demo_db.file_path is not None:
        with demo_db.engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        raw = demo_db.file_path.read_bytes()
    else:  # PostgreSQL: every row of every table, as text
        with demo_db.session() as s:
            tables = s.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars().all()
            raw = " ".join(
                str(s.execute(text(f"SELECT coalesce(string_agg(t::text, ' '), '') FROM \"{name}\" t")).scalar())
                for name in tables
            ).encode()
            assert b"clearcheck" in raw  # the dump does hold the user's row
    assert b"Zebra-Giraffe-42" not in raw and b"Okapi-Lemur-77" not in raw
    with demo_db.session() as s:
        dumped = s.execute(text("select before_json || ' ' || after_json from audit_entry")).scalars().all()
    assert not any("$argon2" in (d or "") for d in dumped)


def test_a_user_deactivated_while_signed_in_can_change_nothing(demo_db, demo_actor) -> None:
    """The Actor of an open window outlives the account: the change is refused and rolled back."""
    admin, other = demo_actor("admin"), demo_actor("admin")
    with demo_db.transaction() as s:
        svc.update_user(s, admin, "registrar", roles=[Role.REGISTRAR, Role.ADMINISTRATOR])
    registrar = demo_actor("registrar")
    with demo_db.transaction() as s:
        svc.deactivate_user(s, other, "registrar")
    with pytest.raises(PermissionDenied, match="registrar is deactivated"), demo_db.transaction() as s:
        svc.add_user(s, registrar, "sneaky", "long enough", [Role.ADMINISTRATOR])
    with pytest.raises(NotFoundError), demo_db.session() as s:
        svc.get_user(s, "sneaky")
