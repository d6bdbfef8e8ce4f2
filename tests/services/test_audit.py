"""The audit log: hash-chained, so that changing or removing any past entry shows and is named."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, text

from skillassess.core.audit_state import entry_hash
from skillassess.core.enums import AuditAction, Role
from skillassess.core.models import AuditEntry
from skillassess.services import users
from skillassess.services.audit import record
from skillassess.services.audit_reading import AuditFilter, count_entries, entity_types, entry_page
from skillassess.services.audit_verification import verify

N = 5
POSITIONS = {"first": 0, "middle": 3, "last": -1, "second-last": -2}


def _entries(db) -> int:
    with db.session() as s:
        return count_entries(s)


@pytest.fixture
def chain(demo_db, demo_actor):
    """The demo database (its history) with N more audit entries written by different users, each in its own
    transaction; the ids of every entry of the log."""
    demo_entries = _entries(demo_db)
    names = ["admin", "assessor1", "verifier", "registrar", "assessor2"]
    for n in range(N):
        with demo_db.transaction() as s:
            record(
                s,
                demo_actor(names[n]),
                AuditAction.UPDATE,
                "candidate",
                f"ACC-2026-0000{n + 1}",
                {"phone": f"+233 20 000 000{n}"},
                {"phone": f"+233 24 111 111{n}", "note": "قرية"},
            )
    with demo_db.session() as s:
        ids = list(s.execute(select(AuditEntry.id).order_by(AuditEntry.id)).scalars())
        assert verify(s).intact and verify(s).checked == N + demo_entries
    return demo_db, ids


def _sql(db, statement: str, **params: object) -> None:
    with db.engine.begin() as c:
        c.execute(text(statement), params)


def _report(db):
    with db.session() as s:
        return verify(s)


FIELD_CHANGES = {
    "at": "2020-01-01 00:00:00.000000",
    "user_id": 2,
    "username": "mallory",
    "action": "delete",
    "entity_type": "certificate",
    "entity_id": "ACC-2026-00099",
    "before_json": '{"phone": "+233 20 999 9999"}',
    "after_json": None,
    "prev_hash": "f" * 64,
    "hash": "e" * 64,
    "state_json": "candidate\t[1]\tnull",
}


@pytest.mark.parametrize("position", ["first", "middle", "last"])
@pytest.mark.parametrize("field", [*FIELD_CHANGES, "state_json", "after_json_whitespace", "id"])
def test_changing_any_field_of_any_entry_is_named(chain, field: str, position: str) -> None:
    db, ids = chain
    target = ids[POSITIONS[position]]
    if field == "id":
        _sql(db, "UPDATE audit_entry SET id = :v WHERE id = :id", v=target + 1000, id=target)
        target += 1000
    elif field == "after_json_whitespace":
        _sql(db, "UPDATE audit_entry SET after_json = after_json || ' ' WHERE id = :id", id=target)
    elif field == "user_id":  # another existing user, whoever wrote it
        _sql(db, "UPDATE audit_entry SET user_id = CASE WHEN user_id = 4 THEN 5 ELSE 4 END WHERE id = :id", id=target)
    else:
        _sql(db, f"UPDATE audit_entry SET {field} = :v WHERE id = :id", v=FIELD_CHANGES[field], id=target)
    report = _report(db)
    assert not report.intact
    assert report.broken_id == target, report.message
    assert f"entry {target}" in report.message


@pytest.mark.parametrize("position", ["first", "middle", "second-last"])
def test_deleting_an_entry_names_the_one_after_it(chain, position: str) -> None:
    db, ids = chain
    _sql(db, "DELETE FROM audit_entry WHERE id = :id", id=ids[POSITIONS[position]])
    report = _report(db)
    assert report.broken_id == ids[POSITIONS[position] + 1]
    assert "removed" in report.problem


def test_a_changed_entry_with_a_recomputed_hash_still_shows(chain) -> None:
    """Rewriting one entry and its hash breaks the link to the next entry."""
    db, ids = chain
    with db.session() as s:
        e = s.get(AuditEntry, ids[3])
        new_hash = entry_hash(
            e.id,
            e.prev_hash,
            e.at,
            e.user_id,
            "mallory",
            e.action.value,
            e.entity_type,
            e.entity_id,
            e.before_json,
            e.after_json,
            e.state_json,
        )
    _sql(db, "UPDATE audit_entry SET username = 'mallory', hash = :h WHERE id = :id", h=new_hash, id=ids[3])
    report = _report(db)
    assert report.broken_id == ids[4] and f"entry {ids[3]}" in report.problem


def test_an_empty_log_is_intact(db) -> None:
    with db.session() as s:
        report = verify(s)
    assert report.intact and report.checked == 0 and "intact" in report.message


def test_listing_filters_by_entity_user_and_date(chain) -> None:
    db, ids = chain
    with db.session() as s:
        assert count_entries(s) == len(ids)
        page = entry_page(s, AuditFilter(), 0, 2)
        assert [r.id for r in page] == ids[::-1][:2]  # newest first
        # The demo's 30 electrical candidates were registered by assessor1, its 7 garment candidates by assessor2.
        assert count_entries(s, AuditFilter(username="Assessor1")) == 1 + 30
        assert count_entries(s, AuditFilter(entity_type="candidate")) == N + 7 + 30
        assert count_entries(s, AuditFilter(entity_type="user")) == 4  # the demo's users, added by admin
        assert count_entries(s, AuditFilter(entity_type="signing_key")) == 1
        assert count_entries(s, AuditFilter(entity_id="ACC-2026-00003")) == 2  # registered, then changed
        today = dt.datetime.now(dt.UTC).date()
        assert count_entries(s, AuditFilter(since=today, until=today)) == len(ids)
        assert count_entries(s, AuditFilter(until=today - dt.timedelta(days=1))) == 0
        assert count_entries(s, AuditFilter(since=today + dt.timedelta(days=1))) == 0
        assert {"candidate", "centre", "signing_key", "user", "certificate"} <= set(entity_types(s))
        row = entry_page(s, AuditFilter(username="verifier"))[0]
        assert row.before == {"phone": "+233 20 000 0002"}
        assert row.after["note"] == "قرية" and row.changed_fields() == ["note", "phone"]


def test_a_second_writer_cannot_fork_the_chain(chain, demo_actor) -> None:
    """Two entries claiming the same predecessor: the database refuses the second (prev_hash is unique)."""
    db, ids = chain
    from sqlalchemy.exc import IntegrityError

    with db.session() as s:
        last = s.get(AuditEntry, ids[-1])
        head = last.hash
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(
            AuditEntry(
                at=dt.datetime.now(dt.UTC),
                username="x",
                action=AuditAction.CREATE,
                entity_type="x",
                entity_id="1",
                prev_hash=last.prev_hash,
                hash="a" * 64,
            )
        )
        s.flush()
    with db.session() as s:
        assert verify(s).intact and verify(s).head_hash == head


def test_user_changes_made_through_services_form_an_intact_chain(demo_db, demo_actor) -> None:
    admin = demo_actor("admin")
    demo_entries = _entries(demo_db)
    with demo_db.transaction() as s:
        users.add_user(s, admin, "amina", "long enough", [Role.ASSESSOR])
    with demo_db.transaction() as s:
        users.update_user(s, admin, "amina", roles=[Role.ASSESSOR, Role.VERIFIER])
    with demo_db.transaction() as s:
        users.deactivate_user(s, admin, "amina")
    with demo_db.session() as s:
        report = verify(s)
        rows = entry_page(s, AuditFilter(entity_type="user"))
    assert report.intact and report.checked == 3 + demo_entries
    assert [r.action for r in rows][:3] == [AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.CREATE]
    assert rows[1].changed_fields() == ["roles"] and rows[0].changed_fields() == ["active"]
    assert rows[2].changed_fields() == []
    assert json.dumps([r.after for r in rows]).count("password") == 0
