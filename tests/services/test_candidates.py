"""Registering and changing candidates: each validation, duplicate IDs, numbering, search in every script."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import json

import pytest
from sqlalchemy import select, text

from skillassess.core.enums import IdType, RplStage, Sex
from skillassess.core.errors import NotFoundError, PermissionDenied
from skillassess.core.models import AuditEntry, Candidate, Enrolment, Qualification
from skillassess.services import candidate_search
from skillassess.services import candidates as svc
from skillassess.services.audit_verification import verify
from skillassess.services.candidate_search import CandidateFilter
from skillassess.services.candidates import CandidateData, CandidateValidationError

from helpers import ROOT

TODAY = dt.date(2026, 11, 25)


def _data(**kw: object) -> CandidateData:
    base = {
        "family_name": "Mensah",
        "given_names": "Akosua",
        "sex": Sex.FEMALE,
        "date_of_birth": dt.date(1995, 5, 1),
        "national_id": "GHA-000000001-1",
        "nationality": "GH",
    }
    base.update(kw)
    return CandidateData(**base)


def _fields(exc: pytest.ExceptionInfo[CandidateValidationError]) -> dict[str, str]:
    return {p.field: p.message for p in exc.value.field_problems}


def _audit_count(db) -> int:
    with db.session() as s:
        return len(s.execute(select(AuditEntry.id)).all())


def test_create_generates_the_next_registration_number_and_audits(demo_db, demo_actor) -> None:
    actor = demo_actor("assessor1")
    before = _audit_count(demo_db)
    with demo_db.transaction() as s:
        r = svc.create_candidate(s, actor, _data(name_local="أكوسوا منسا"), today=TODAY)
    assert r.registration_number == "ACC-2026-00031" and r.warnings == []
    with demo_db.transaction() as s:
        r2 = svc.create_candidate(s, actor, _data(national_id="X-2"), today=dt.date(2027, 1, 2))
    assert r2.registration_number == "ACC-2027-00001"
    assert _audit_count(demo_db) == before + 2
    with demo_db.session() as s:
        c = s.get_one(Candidate, r.candidate_id)
        assert "akosua" in c.search_text and "acc-2026-00031" in c.search_text
        entry = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(2)).scalars().all()[-1]
        assert entry.entity_type == "candidate" and entry.entity_id == "ACC-2026-00031"
        assert json.loads(entry.after_json)["family_name"] == "Mensah"
        assert verify(s).intact


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"family_name": "  "}, "family_name", "required"),
        ({"given_names": ""}, "given_names", "required"),
        ({"sex": None}, "sex", "female or male"),
        ({"date_of_birth": dt.date(2013, 1, 1)}, "date_of_birth", "at least 14"),
        ({"date_of_birth": dt.date(1920, 1, 1)}, "date_of_birth", "check the year"),
        ({"date_of_birth": dt.date(2027, 1, 1)}, "date_of_birth", "future"),
        ({"nationality": "Atlantis"}, "nationality", "is not a country"),
        ({"email": "akosua.at.example"}, "email", "not an e-mail"),
        ({"years_experience": -1}, "years_experience", "0 to 80"),
        ({"id_type": IdType.NONE}, "national_id", "'none'"),
        ({"registration_number": "ACC-2026-00001"}, "registration_number", "already used"),
        ({"registration_number": "bad number!"}, "registration_number", "letters, digits"),
        ({"photo": b"\0" * (svc.MAX_PHOTO_BYTES + 1)}, "photo", "larger than"),
    ],
)
def test_each_validation_names_its_field_and_saves_nothing(demo_db, demo_actor, change, field, words) -> None:
    actor = demo_actor("assessor1")
    before = _audit_count(demo_db)
    with pytest.raises(CandidateValidationError) as exc, demo_db.transaction() as s:
        svc.create_candidate(s, actor, dataclasses.replace(_data(), **change), today=TODAY)
    assert field in _fields(exc) and words in _fields(exc)[field]
    assert svc.FIELD_LABELS[field] in str(exc.value)
    with demo_db.session() as s:
        assert candidate_search.count_candidates(s) == 37
    assert _audit_count(demo_db) == before


def test_age_limits_are_inclusive() -> None:
    assert svc.age_on(dt.date(2012, 11, 25), TODAY) == 14
    assert svc.age_on(dt.date(2012, 11, 26), TODAY) == 13


def test_all_problems_are_reported_together(demo_db, demo_actor) -> None:
    with pytest.raises(CandidateValidationError) as exc, demo_db.transaction() as s:
        svc.create_candidate(s, demo_actor("assessor1"), CandidateData(email="x"), today=TODAY)
    assert {"family_name", "given_names", "sex", "email"} <= set(_fields(exc))


def test_duplicate_national_id_is_a_warning_naming_the_other_record(demo_db, demo_actor) -> None:
    actor = demo_actor("assessor2")
    with demo_db.session() as s:
        other = candidate_search.get_by_registration_number(s, "ACC-2026-00001")
        problems, warnings = svc.check_candidate(s, _data(national_id=other.national_id), None, TODAY)
    assert problems == []
    assert [w.field for w in warnings] == ["national_id"]
    assert warnings[0].other_registration_number == "ACC-2026-00001"
    assert "ACC-2026-00001" in warnings[0].message and "Tigist Alemu" in warnings[0].message
    with demo_db.transaction() as s:
        saved = svc.create_candidate(s, actor, _data(national_id=other.national_id), today=TODAY)
    assert saved.warnings and saved.warnings[0].other_registration_number == "ACC-2026-00001"
    # The record itself never counts as its own duplicate.
    with demo_db.session() as s:
        _, own = svc.check_candidate(s, svc.CandidateData.from_candidate(other), other.id, TODAY)
    assert [w.other_registration_number for w in own] == [saved.registration_number]


def test_update_keeps_search_text_in_step_and_audits_before_and_after(demo_db, demo_actor) -> None:
    actor = demo_actor("assessor1")
    terms = ("bekele", "በቀለ")

    def found(s) -> dict[str, set[int]]:
        return {t: {r.id for r in candidate_search.candidate_page(s, t, 0, 1000)} for t in terms}

    with demo_db.session() as s:
        c = candidate_search.get_by_registration_number(s, "ACC-2026-00003")
        data = CandidateData.from_candidate(c)
        before = found(s)  # the demo has a Bekele of its own (garment making)
    assert all(c.id not in ids for ids in before.values())
    data.family_name = "Girma-Bekele"
    data.name_local = "መሰረት ግርማ በቀለ"
    with demo_db.transaction() as s:
        svc.update_candidate(s, actor, c.id, data, today=TODAY)
    with demo_db.session() as s:
        assert found(s) == {t: before[t] | {c.id} for t in terms}
        assert all(candidate_search.count_candidates(s, t) == len(before[t]) + 1 for t in terms)
        entry = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
        assert entry.action.value == "update"
        assert json.loads(entry.before_json)["family_name"] == "Girma"
        assert json.loads(entry.after_json)["family_name"] == "Girma-Bekele"


def test_roles_are_checked(demo_db, demo_actor) -> None:
    with pytest.raises(PermissionDenied, match="assessor or administrator"), demo_db.transaction() as s:
        svc.create_candidate(s, demo_actor("verifier"), _data(), today=TODAY)
    with demo_db.transaction() as s:
        assert svc.create_candidate(s, demo_actor("admin"), _data(), today=TODAY).registration_number


def test_show_unknown_registration_number(demo_db) -> None:
    with demo_db.session() as s, pytest.raises(NotFoundError, match="ACC-1"):
        candidate_search.get_by_registration_number(s, "ACC-1")


# --- Search ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("tigist", "ACC-2026-00001"),  # Latin, folded case
        ("TIGIST alemu", "ACC-2026-00001"),  # two words, both must match
        ("ትዕግስት", "ACC-2026-00001"),  # Ethiopic
        ("አለሙ", "ACC-2026-00001"),  # Ethiopic, three characters
        ("ليال", "ACC-2026-00011"),  # Arabic
        ("خوري", "ACC-2026-00011"),
        ("ACC-2026-00007", "ACC-2026-00007"),  # registration number
        ("4821093755621048", "ACC-2026-00001"),  # ID number
    ],
)
def test_search_in_latin_arabic_and_ethiopic(demo_db, term: str, expected: str) -> None:
    with demo_db.session() as s:
        assert candidate_search.has_fts(s) == (
            demo_db.engine.dialect.name == "sqlite"
        )  # FTS5 on SQLite, trigrams on PostgreSQL
        rows = candidate_search.candidate_page(s, term)
        assert [r.registration_number for r in rows] == [expected]
        assert candidate_search.count_candidates(s, term) == 1
        # The plain LIKE path gives the same answer.
        assert [r.registration_number for r in candidate_search.candidate_page(s, term, use_index=False)] == [expected]


def test_arabic_search_ignores_hamza_and_short_vowels(demo_db, demo_actor) -> None:
    with demo_db.transaction() as s:
        svc.create_candidate(s, demo_actor("assessor1"), _data(name_local="أَمِيرَة"), today=TODAY)
    with demo_db.session() as s:
        assert candidate_search.count_candidates(s, "اميرة") == 1


def test_short_terms_and_index_agree_with_like(demo_db) -> None:
    with demo_db.session() as s:
        for term in ("a", "ab", "ban", "ACC-2026-0001", "ሰ", "zzz", '"quote', "100%"):
            fast = [r.id for r in candidate_search.candidate_page(s, term)]
            slow = [r.id for r in candidate_search.candidate_page(s, term, use_index=False)]
            assert fast == slow, term


def test_index_follows_inserts_updates_and_deletes(demo_db) -> None:
    with demo_db.transaction() as s:
        s.execute(text("UPDATE candidate SET search_text = 'zebulon' WHERE registration_number = 'ACC-2026-00002'"))
    with demo_db.session() as s:
        assert [r.registration_number for r in candidate_search.candidate_page(s, "zebulon")] == ["ACC-2026-00002"]
        assert candidate_search.count_candidates(s, "dawit") == 0
    with demo_db.transaction() as s:
        s.execute(text("DELETE FROM rpl_step"))
        s.execute(text("DELETE FROM criterion_judgement"))
        s.execute(text("DELETE FROM assessment_method"))
        s.execute(text("DELETE FROM amendment"))
        s.execute(text("DELETE FROM assessment"))
        s.execute(text("DELETE FROM enrolment"))
        s.execute(text("DELETE FROM candidate WHERE registration_number = 'ACC-2026-00002'"))
    with demo_db.session() as s:
        assert candidate_search.count_candidates(s, "zebulon") == 0


def test_list_is_ordered_in_sql_and_pages(demo_db) -> None:
    with demo_db.session() as s:
        rows = candidate_search.candidate_page(s, "", 0, 1000)
        keys = [(r.family_name, r.given_names, r.id) for r in rows]
        assert keys == sorted(keys) and len(rows) == 37  # 30 electrical, 7 garment-making candidates
        assert candidate_search.candidate_page(s, "", 10, 5) == rows[10:15]


def test_filters_by_sex_qualification_and_stage(demo_db) -> None:
    with demo_db.session() as s:
        women = candidate_search.count_candidates(s, CandidateFilter(sex=Sex.FEMALE))
        men = candidate_search.count_candidates(s, CandidateFilter(sex=Sex.MALE))
        assert women + men == 37 and women == 21  # 15 of 30 electrical, 6 of 7 garment-making candidates
        for q in s.scalars(select(Qualification)):  # ELI-L2 and last year's GMT-L2
            enrolled = set(s.scalars(select(Enrolment.candidate_id).where(Enrolment.qualification_id == q.id)))
            assert candidate_search.count_candidates(s, CandidateFilter(qualification_id=q.id)) == len(enrolled) > 0
        assert candidate_search.count_candidates(s, CandidateFilter(qualification_id=999)) == 0
        at_assessment = candidate_search.candidate_page(s, CandidateFilter(stage=RplStage.ASSESSMENT), 0, 100)
        assert at_assessment and all(r.stage == RplStage.ASSESSMENT for r in at_assessment)
        everyone = candidate_search.candidate_page(s, "", 0, 1000)
        for stage in RplStage:
            expected = sum(r.stage == stage for r in everyone)
            assert candidate_search.count_candidates(s, CandidateFilter(stage=stage)) == expected, stage
        assert len(at_assessment) == sum(r.stage == RplStage.ASSESSMENT for r in everyone)
        both = candidate_search.candidate_page(s, CandidateFilter(search="ET", sex=Sex.FEMALE), 0, 100)
        assert all(r.sex == Sex.FEMALE for r in both)


def test_stage_filter_with_and_without_the_index_agree(demo_db) -> None:
    with demo_db.session() as s:
        for stage in (RplStage.ASSESSMENT, RplStage.INFORMATION):
            for search in ("acc-2026", "ac"):
                # Matching the search (last year's candidates are ACC-2025-…) at this stage, filtered here.
                everyone = {r.id for r in candidate_search.candidate_page(s, search, 0, 1000) if r.stage == stage}
                assert everyone, (stage, search)
                fast = {
                    r.id
                    for r in candidate_search.candidate_page(s, CandidateFilter(search=search, stage=stage), 0, 100)
                }
                slow = {
                    r.id
                    for r in candidate_search.candidate_page(
                        s, CandidateFilter(search=search, stage=stage), 0, 100, use_index=False
                    )
                }
                assert fast == slow == everyone, (stage, search)


def test_saving_an_unchanged_record_records_nothing(demo_db, demo_actor) -> None:
    with demo_db.session() as s:
        c = candidate_search.get_by_registration_number(s, "ACC-2026-00004")
        data = CandidateData.from_candidate(c)
    before = _audit_count(demo_db)
    with demo_db.transaction() as s:
        svc.update_candidate(s, demo_actor("assessor1"), c.id, data, today=TODAY)
    assert _audit_count(demo_db) == before


@pytest.mark.parametrize(
    "written",
    ["SN", "sn", "SEN", "Senegal", "Sénégal", "senegal", "السنغال", "ሴኔጋል", "Senegali"],
)
def test_a_nationality_is_read_as_a_name_or_a_code(demo_db, demo_actor, written: str) -> None:
    """The dialog, like the import, takes a country's name in any interface language, or its alpha-2 or
    alpha-3 code; the database keeps the alpha-2 code."""
    with demo_db.transaction() as s:
        created = svc.create_candidate(s, demo_actor("assessor1"), _data(nationality=written), today=TODAY)
    with demo_db.session() as s:
        assert s.get(Candidate, created.candidate_id).nationality == "SN"


@pytest.mark.parametrize("dense", [1, 10**9], ids=["names-walked", "matches-sorted"])
def test_walking_the_names_and_sorting_the_matches_give_the_like_scan_pages(db, tmp_path, monkeypatch, dense) -> None:
    """A keystroke either walks the names in order (many matches, short terms) or sorts the trigram
    matches (few): both give, page by page, what a plain LIKE scan sorted by name gives."""
    spec = importlib.util.spec_from_file_location("scale_data", ROOT / "benchmarks" / "scale_data.py")
    assert spec is not None and spec.loader is not None
    scale_data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scale_data)
    scale_data.fill(db, 300, seed=5, key_dir=tmp_path / "keys")
    monkeypatch.setattr(candidate_search, "DENSE", dense)
    terms = ("a", "me", "mensah", "tigist alemu", "GEN-20", "ትዕግስት", "ليال", "kamara e", "zq", "a_b", "100%", "x/y")
    with db.session() as s:
        if db.engine.dialect.name == "sqlite":
            assert candidate_search.has_walk_index(s)
        for term in terms:
            everything = candidate_search.candidate_page(s, term, 0, 10_000, use_index=False)
            for offset in (0, 7, 40):
                got = candidate_search.candidate_page(s, term, offset, 13)
                assert got == everything[offset : offset + 13], (term, offset)
