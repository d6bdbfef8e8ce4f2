"""The audit log in the interface's language names an RPL step's stage (and the other stored choices) with
the labels the rest of the interface shows, never the stored value («assessment»)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from skillassess.core.enums import EnrolmentStatus, Pathway, RplStage, Sex
from skillassess.core.models import Enrolment
from skillassess.services import audit_reading, enrolment
from skillassess.services.audit_reading import AuditFilter


@pytest.fixture(params=["fr", "ar"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    from skillassess.ui import i18n
    from skillassess.ui.app import create_application

    app = create_application()
    i18n.install_language(app, request.param)
    try:
        yield request.param
    finally:
        i18n.install_language(app, "en")


def test_every_stage_reads_as_the_rpl_pages_label(language) -> None:
    from skillassess.ui.errors import say
    from skillassess.ui.labels import label

    for stage in RplStage:
        word = say(audit_reading.FIELD_VALUE_WORDS["stage"][stage])
        assert word == label(stage), (language, stage)
        if language == "ar":  # translated, not left in English (French writes "Certification" too)
            assert word != str(audit_reading.FIELD_VALUE_WORDS["stage"][stage])
    for sex in Sex:
        assert say(audit_reading.FIELD_VALUE_WORDS["sex"][sex]) == label(sex)


def test_an_rpl_step_in_the_audit_log(language, demo_db, demo_actor) -> None:
    from skillassess.ui.errors import say
    from skillassess.ui.labels import label

    with demo_db.session() as s:
        eid = s.execute(
            select(Enrolment.id)
            .where(Enrolment.pathway == Pathway.RPL, Enrolment.status == EnrolmentStatus.ACTIVE)
            .order_by(Enrolment.id)
        ).scalar()
    with demo_db.session() as s, s.begin():
        enrolment.record_step(s, demo_actor("assessor1"), eid, RplStage.ASSESSMENT, dt.date(2026, 11, 2))
    with demo_db.session() as s:
        rows = audit_reading.entry_page(s, AuditFilter(), 0, 1)
        (text,) = audit_reading.describe_entries(s, rows)
    shown = say(text.sentence)
    assert rows[0].entity_type == "rpl_step"
    assert label(RplStage.ASSESSMENT) in shown, shown
    assert "assessment" not in shown and "Assessment" not in shown, shown
