"""The schema holds the rules itself: unique codes per version, foreign keys, enumerations."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError

from skillassess.core.enums import Outcome, Sex
from skillassess.core.models import AwardingBody, Candidate, Centre, Qualification, Unit
from skillassess.core.rules import candidate_search_text, fold

from helpers import behind_the_log


def _body(s) -> AwardingBody:
    body = AwardingBody(code="NTA", name="National Training Authority", country="GH")
    s.add(body)
    return body


def test_qualification_code_is_unique_per_version(db) -> None:
    with db.transaction() as s:
        behind_the_log(s)
        body = _body(s)
        s.add(Qualification(awarding_body=body, code="Q1", version=1, title="One"))
        s.add(Qualification(awarding_body=body, code="Q1", version=2, title="One, revised"))
    with pytest.raises(IntegrityError), db.transaction() as s:
        behind_the_log(s)
        s.add(Qualification(awarding_body_id=1, code="Q1", version=2, title="Duplicate"))


def test_unit_version_must_be_positive(db) -> None:
    with pytest.raises(IntegrityError), db.transaction() as s:
        behind_the_log(s)
        s.add(Unit(code="U1", version=0, title="Zero"))


def test_enumeration_values_are_checked_by_the_database(db) -> None:
    with db.transaction() as s:
        behind_the_log(s)
        s.add(Centre(code="ACC", name="Accra", country="GH"))
    with pytest.raises(IntegrityError), db.transaction() as s:
        behind_the_log(s)
        s.execute(
            text(
                "INSERT INTO candidate (centre_id, registration_number, family_name, given_names, name_local, sex,"
                " id_type, nationality, disability, disability_details, phone, email, address, education, occupation,"
                " notes, search_text) VALUES (1, 'R1', 'A', 'B', '', 'unknown', 'national_id', 'GH', 'no', '', '', '',"
                " '', '', '', '', '')"
            )
        )


def test_python_rejects_unknown_enum_strings(db) -> None:
    with pytest.raises(StatementError), db.transaction() as s:
        behind_the_log(s)
        centre = Centre(code="ACC", name="Accra", country="GH")
        s.add(Candidate(centre=centre, registration_number="R1", family_name="A", given_names="B", sex="x"))


def test_foreign_keys_are_enforced(db) -> None:
    with pytest.raises(IntegrityError), db.transaction() as s:
        behind_the_log(s)
        s.add(Qualification(awarding_body_id=999, code="Q", version=1, title="Orphan"))


def test_registration_number_unique_in_centre(db) -> None:
    with pytest.raises(IntegrityError), db.transaction() as s:
        behind_the_log(s)
        centre = Centre(code="ACC", name="Accra", country="GH")
        for _ in range(2):
            s.add(
                Candidate(
                    centre=centre,
                    registration_number="ACC-2026-00001",
                    family_name="Mensah",
                    given_names="Akosua",
                    sex=Sex.FEMALE,
                    date_of_birth=dt.date(1990, 1, 1),
                )
            )


def test_verifier_cannot_be_the_assessor_in_the_schema(demo_db) -> None:
    with pytest.raises(IntegrityError), demo_db.transaction() as s:
        behind_the_log(s)
        s.execute(text("UPDATE assessment SET verifier_id = assessor_id WHERE id = 1"))


def test_outcome_codes() -> None:
    assert [o.code for o in Outcome] == ["C", "NYC", "RPL", "CT", "W"]
    assert {o for o in Outcome if o.achieved} == {Outcome.COMPETENT, Outcome.RPL_GRANTED, Outcome.CREDIT_TRANSFER}


def test_search_text_folds_case_and_accents_but_keeps_scripts() -> None:
    class C:
        family_name, given_names, name_local = "Diop", "Aminata Sène", "أميناتا"
        registration_number, national_id = "ACC-2026-00001", "SN123"

    key = candidate_search_text(C())
    assert "sene" in key and "acc-2026-00001" in key and fold("أميناتا") in key
    assert fold("أميناتا") == fold("اميناتا")  # hamza forms match the bare alef users type
    assert fold("ÉCOLE") == "ecole"
    assert fold("አበበ") == "አበበ"


# Made by migrations 0003 (candidate search), 0009 (the register's search) and 0010 (the name walk), outside the models on purpose:
# SQLite's full-text tables (and the tables they keep their index in) and indexes; PostgreSQL's trigram indexes.
SEARCH_OBJECTS = {
    "candidate_fts",
    "ix_candidate_id_names",
    "ix_candidate_search_scan",
    "ix_candidate_search_trgm",
    "register_candidate_fts",
    "register_certificate_fts",
    "ix_register_candidate_trgm",
    "ix_register_certificate_serial_trgm",
    "ix_candidate_names_search",
}


def _search_object(difference: tuple) -> bool:
    kind, thing = difference[0], difference[1]
    name = thing.name.split("_fts_")[0] + "_fts" if "_fts_" in thing.name else thing.name
    return kind in ("remove_table", "remove_index") and name in SEARCH_OBJECTS


def test_the_models_are_the_migrated_schema(db) -> None:
    """Every model module is mapped on Base.metadata, and the migrations make exactly what it declares.

    Alembic's autogenerate and the audit state read Base.metadata whole: a model missing from it, or
    a migration that differs from the models, is named here.
    """
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from skillassess.core.models import ALL_MODELS, Base

    assert {m.__tablename__ for m in ALL_MODELS} == set(Base.metadata.tables)
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert [d for d in differences if not _search_object(d)] == []
