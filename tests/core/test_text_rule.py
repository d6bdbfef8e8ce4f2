"""Text is clean and bounded: one rule from the model's columns, applied by every service and import."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import String, func, select

from skillassess.core.enums import Role, SectionKind, Sex
from skillassess.core.errors import ValidationError
from skillassess.core.models import ALL_MODELS, AuditEntry, Candidate, Centre, Qualification, Unit, User
from skillassess.core.text import MAX_TEXT, rule_of, text_problem
from skillassess.services import standards as std
from skillassess.services import users
from skillassess.services.candidates import CandidateData, CandidateValidationError, create_candidate, update_candidate

HUGE = "A" * 32_767
REVERSED = "Smith\u202egnp.exe"


def _count(db, model) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)))


def test_the_rule_is_read_from_the_columns() -> None:
    assert rule_of(Candidate.family_name).limit == 200 and rule_of(Candidate.family_name).one_line
    assert rule_of(Candidate.registration_number).limit == 40
    assert rule_of(Qualification.title).limit == 300
    assert rule_of(Candidate.notes).limit == MAX_TEXT and not rule_of(Candidate.notes).one_line
    # Every length it knows is a column's own: there is no second table of numbers.
    for model in ALL_MODELS:
        for col in model.__table__.columns:
            if isinstance(col.type, String) and col.type.length and not col.info.get("generated"):
                assert rule_of(col).limit == col.type.length


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (HUGE, "32,767 characters, more than the 200 it can hold"),
        ("Mensah\x00", "control character U+0000 at position 7"),
        ("Men\x07sah", "control character U+0007"),
        (REVERSED, "direction control U+202E (RIGHT-TO-LEFT OVERRIDE) at position 6"),
        ("\u2067Haddad\u2069", "direction control U+2067 (RIGHT-TO-LEFT ISOLATE)"),
        ("Ha\ud800", "control character U+D800"),
    ],
)
def test_refused_text_names_the_limit_or_the_character(value: str, expected: str) -> None:
    problem = text_problem(value, Candidate.family_name)
    assert problem is not None and expected in str(problem)


def test_what_people_really_write_is_accepted() -> None:
    for name in ("Nkansah", "Ahmed-Bello O'Neil", "رامي حداد", "ሐና በቀለ", "Zoë Müller", "A" * 200):
        assert text_problem(name, Candidate.family_name) is None
    # Long texts keep line breaks, tabs and direction marks: Arabic documents use embeddings.
    assert text_problem("line 1\nline 2\tend \u202bعربي\u202c", Candidate.notes) is None
    assert text_problem("x" * (MAX_TEXT + 1), Candidate.notes) is not None


def _data(**changes: object) -> CandidateData:
    base = CandidateData(family_name="Mensah", given_names="Kofi", sex=Sex.MALE, date_of_birth=dt.date(1990, 1, 1))
    for key, value in changes.items():
        setattr(base, key, value)
    return base


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("family_name", HUGE, "Family name: 32,767 characters, more than the 200"),
        ("given_names", "Kofi\x00", "Given names: contains the invisible control character U+0000"),
        ("family_name", REVERSED, "Family name: contains the invisible direction control U+202E"),
        ("name_local", "\u2066رامي\u2069", "Name in local script: contains the invisible direction control U+2066"),
        ("notes", "x" * (MAX_TEXT + 1), "Notes: 32,768 characters, more than the 32,767"),
    ],
)
def test_registering_a_candidate_refuses_bad_text(demo_db, demo_actor, field: str, value: str, expected: str) -> None:
    before = _count(demo_db, Candidate), _count(demo_db, AuditEntry)
    with pytest.raises(CandidateValidationError) as err, demo_db.transaction() as s:
        create_candidate(s, demo_actor("assessor1"), _data(**{field: value}))
    assert any(p.startswith(expected) for p in err.value.problems), err.value.problems
    assert (_count(demo_db, Candidate), _count(demo_db, AuditEntry)) == before


def test_changing_a_candidate_refuses_bad_text(demo_db, demo_actor) -> None:
    with demo_db.session() as s:
        c = s.execute(select(Candidate).where(Candidate.registration_number == "ACC-2026-00001")).scalar_one()
        data, cid, name = CandidateData.from_candidate(c), c.id, c.family_name
    data.family_name = REVERSED
    with pytest.raises(CandidateValidationError, match="U\\+202E"), demo_db.transaction() as s:
        update_candidate(s, demo_actor("assessor1"), cid, data)
    with demo_db.session() as s:
        assert s.get_one(Candidate, cid).family_name == name


def test_users_and_centre_refuse_bad_text(demo_db, demo_actor, db) -> None:
    admin = demo_actor("admin")
    with pytest.raises(ValidationError) as err, demo_db.transaction() as s:
        users.add_user(s, admin, "newone", "a-long-password-123", [Role.ASSESSOR], full_name=HUGE)
    assert "Full name: 32,767 characters, more than the 200" in str(err.value)
    with (
        pytest.raises(ValidationError, match="Full name: contains the invisible direction control U\\+202E"),
        demo_db.transaction() as s,
    ):
        users.update_user(s, admin, "assessor1", full_name=REVERSED)
    with demo_db.session() as s:
        assert s.scalar(select(User.full_name).where(User.username == "assessor1")) == "Kwame Boateng"
    with (
        pytest.raises(ValidationError, match="Centre name: 32,767 characters, more than the 200"),
        db.transaction() as s,
    ):
        users.create_centre_and_admin(
            s,
            users.CentreFields(name=HUGE, code="ACC", country="GH"),
            users.AdminFields(username="admin", password="a-long-password-123", full_name="Ama"),
        )
    assert _count(db, Centre) == 0 and _count(db, User) == 0


def test_standards_editing_refuses_bad_text(demo_db, demo_actor) -> None:
    admin = demo_actor("admin")
    with demo_db.transaction() as s:
        body = std.create_awarding_body(s, admin, code="TXT", name="Text rules board")
        q = std.create_qualification(s, admin, body.id, code="TXT-1", title="Draft")
        uid = std.create_unit(s, admin, q.id, code="TXT-U1", title="Wiring").id
    with (
        pytest.raises(ValidationError, match="The unit title: 32,767 characters, more than the 300"),
        demo_db.transaction() as s,
    ):
        std.update_unit(s, admin, uid, title=HUGE)
    with (
        pytest.raises(ValidationError, match="The unit title: contains the invisible direction control U\\+202E"),
        demo_db.transaction() as s,
    ):
        std.update_unit(s, admin, uid, title=REVERSED)
    with (
        pytest.raises(ValidationError, match="The qualification code: 41 characters, more than the 40"),
        demo_db.transaction() as s,
    ):
        std.create_qualification(s, admin, body.id, code="Q" * 41, title="Too long a code")
    with demo_db.session() as s:
        assert s.get_one(Unit, uid).title == "Wiring"
        assert s.scalar(select(func.count()).select_from(Qualification).where(Qualification.code.like("QQQ%"))) == 0


def test_the_safety_net_refuses_what_a_service_forgot(demo_db) -> None:
    """Any ORM write obeys the rule, even one no service checked (here a section body with NUL)."""
    from skillassess.core.models import UnitSection

    with demo_db.session() as s:
        uid = s.execute(select(Unit.id).where(Unit.code == "ELI-C01")).scalars().first()
    before = _count(demo_db, UnitSection)
    with pytest.raises(ValidationError) as err, demo_db.transaction() as s:
        s.add(UnitSection(unit_id=uid, kind=SectionKind.EVIDENCE_GUIDE, body="a\x00b"))
    assert "unit section, body: contains the invisible control character U+0000" in str(err.value)
    assert "INSERT" not in str(err.value)
    assert _count(demo_db, UnitSection) == before
