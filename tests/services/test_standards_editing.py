"""Editing standards: roles, one audit entry per change, locks on versions in use, new versions."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from skillassess.core.enums import PackagingRule, SectionKind, StandardStatus, UnitCategory
from skillassess.core.errors import LockedError, PermissionDenied, ValidationError
from skillassess.core.models import Assessment, AuditEntry, Element, PerformanceCriterion, Unit
from skillassess.services import audit_verification
from skillassess.services import standards as svc


def audit_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


@pytest.fixture
def admin(demo_actor):
    return demo_actor("admin")


@pytest.fixture
def draft(demo_db, admin):
    """A new draft qualification with one unit of two elements, nothing using it."""
    with demo_db.transaction() as s:
        body = svc.awarding_bodies(s)[0]
        q = svc.create_qualification(s, admin, body.id, code="WLD-L1", title="Welding", level="1")
        u = svc.create_unit(s, admin, q.id, code="WLD-C01", title="Prepare for welding", credits=4)
        e1 = svc.add_element(s, admin, u.id, "Plan the work")
        e2 = svc.add_element(s, admin, u.id, "Set up the equipment")
        for t in ("First", "Second", "Third"):
            svc.add_criterion(s, admin, e1.id, t)
        return {"q": q.id, "u": u.id, "e1": e1.id, "e2": e2.id}


def test_each_change_writes_exactly_one_audit_entry(demo_db, admin, draft) -> None:
    steps = [
        lambda s: svc.update_qualification(s, admin, draft["q"], title="Welding and fabrication", sector="Metal"),
        lambda s: svc.set_packaging_rules(s, admin, draft["q"], PackagingRule.MIN_CREDITS, credits_required=20),
        lambda s: svc.update_unit(s, admin, draft["u"], nominal_hours=40),
        lambda s: svc.set_sections(s, admin, draft["u"], {k: f"Text of {k.value}" for k in SectionKind}),
        lambda s: svc.add_criterion(s, admin, draft["e2"], "Equipment is checked"),
        lambda s: svc.move_element(s, admin, draft["e2"], -1),
        lambda s: svc.update_element(s, admin, draft["e1"], "Plan the welding work"),
    ]
    for step in steps:
        before = audit_count(demo_db)
        with demo_db.transaction() as s:
            step(s)
        assert audit_count(demo_db) == before + 1
    with demo_db.session() as s:
        assert audit_verification.verify(s).intact
        q = svc.find_qualification(s, "WLD-L1")
        assert (q.title, q.sector, q.packaging_rule, q.credits_required) == (
            "Welding and fabrication",
            "Metal",
            PackagingRule.MIN_CREDITS,
            20,
        )
        assert svc.unit_sections(s, draft["u"])[SectionKind.EVIDENCE_GUIDE] == "Text of evidence_guide"
        titles = [e.title for e in svc.elements_of(s, draft["u"])]
        assert titles == ["Set up the equipment", "Plan the welding work"]
        assert [c.number for c in svc.criteria_of(s, draft["e1"])] == ["2.1", "2.2", "2.3"]


def test_reorder_and_delete_renumber_criteria(demo_db, admin, draft) -> None:
    with demo_db.session() as s:
        first, _second, third = [c.id for c in svc.criteria_of(s, draft["e1"])]
    with demo_db.transaction() as s:
        assert svc.move_criterion(s, admin, third, -1)
        assert not svc.move_criterion(s, admin, first, -1)  # already first: nothing to do
    with demo_db.transaction() as s:
        svc.delete_criterion(s, admin, first)
    with demo_db.session() as s:
        assert [(c.number, c.text) for c in svc.criteria_of(s, draft["e1"])] == [("1.1", "Third"), ("1.2", "Second")]
    with demo_db.transaction() as s:
        svc.delete_element(s, admin, draft["e1"])
    with demo_db.session() as s:
        assert [(e.position, e.title) for e in svc.elements_of(s, draft["u"])] == [(1, "Set up the equipment")]


def test_only_administrators_edit_and_nothing_changes(demo_db, demo_actor, draft) -> None:
    assessor = demo_actor("assessor1")
    before = audit_count(demo_db)
    with pytest.raises(PermissionDenied, match="administrator"), demo_db.transaction() as s:
        svc.update_unit(s, assessor, draft["u"], title="Changed")
    with demo_db.session() as s:
        assert s.get(Unit, draft["u"]).title == "Prepare for welding"
    assert audit_count(demo_db) == before


def test_bad_values_are_refused_with_the_field_named(demo_db, admin, draft) -> None:
    with pytest.raises(ValidationError, match="Credits required cannot be negative"), demo_db.transaction() as s:
        svc.set_packaging_rules(s, admin, draft["q"], PackagingRule.MIN_CREDITS, credits_required=-1)
    with pytest.raises(ValidationError, match="already exists"), demo_db.transaction() as s:
        svc.create_unit(s, admin, draft["q"], code="ELI-C01", title="Clash")
    with pytest.raises(ValidationError, match="needs a title"), demo_db.transaction() as s:
        svc.add_element(s, admin, draft["u"], "  ")


def test_versions_in_use_are_locked_with_a_plain_message(demo_db, admin) -> None:
    with demo_db.session() as s:
        q = svc.find_qualification(s, "ELI-L2")
        used_unit_id = s.scalar(select(Assessment.unit_id).limit(1))
        element = s.scalar(select(Element).where(Element.unit_id == used_unit_id).limit(1))
        assert svc.qualification_lock_reason(s, q) is not None
    before = audit_count(demo_db)
    with pytest.raises(LockedError, match="cannot be edited in place; make a new version"), demo_db.transaction() as s:
        svc.update_qualification(s, admin, q.id, title="Changed")
    with pytest.raises(LockedError, match=r"used by \d+ assessment"), demo_db.transaction() as s:
        svc.update_element(s, admin, element.id, "Changed")
    with pytest.raises(LockedError), demo_db.transaction() as s:
        svc.add_criterion(s, admin, element.id, "New")
    assert audit_count(demo_db) == before


def test_new_unit_version_then_publish(demo_db, admin) -> None:
    with demo_db.session() as s:
        old_id = s.scalar(select(Assessment.unit_id).limit(1))
        assessments = list(s.scalars(select(Assessment.id).where(Assessment.unit_id == old_id)))
        old = s.get(Unit, old_id)
        code, n_elements = old.code, len(old.elements)
        n_criteria = sum(len(e.criteria) for e in old.elements)
    with demo_db.transaction() as s:
        new = svc.new_unit_version(s, admin, old_id)
        new_id = new.id
        assert (new.code, new.version, new.status) == (code, 2, StandardStatus.DRAFT)
    with pytest.raises(ValidationError, match="already has a draft"), demo_db.transaction() as s:
        svc.new_unit_version(s, admin, old_id)
    with demo_db.transaction() as s:
        # The copy is not used, so it can be edited.
        e = svc.elements_of(s, new_id)[0]
        svc.add_criterion(s, admin, e.id, "A criterion added in version 2")
        svc.publish_unit(s, admin, new_id)
    with demo_db.session() as s:
        new = s.get(Unit, new_id)
        assert len(new.elements) == n_elements
        assert sum(len(e.criteria) for e in new.elements) == n_criteria + 1
        assert new.status == StandardStatus.CURRENT
        assert s.get(Unit, old_id).status == StandardStatus.SUPERSEDED
        # Assessments keep pointing at the version they were made against.
        assert list(s.scalars(select(Assessment.id).where(Assessment.unit_id == old_id))) == assessments
        assert svc.find_unit(s, code).id == new_id
        assert s.scalar(select(func.count()).select_from(PerformanceCriterion)) > 0
    with pytest.raises(LockedError, match="superseded"), demo_db.transaction() as s:
        svc.update_unit(s, admin, old_id, title="Changed")
    # The qualification in use keeps version 1; its next version takes up version 2.
    with demo_db.transaction() as s:
        q = svc.find_qualification(s, "ELI-L2")
        assert old_id in [u.id for u, _ in svc.units_of(s, q.id)]
        assert [u.id for u in svc.units_without_qualification(s)] == [new_id]
        q2 = svc.new_qualification_version(s, admin, q.id)
        ids = [u.id for u, _ in svc.units_of(s, q2.id)]
        assert new_id in ids and old_id not in ids
        assert svc.units_without_qualification(s) == []


def test_new_qualification_version_then_publish(demo_db, admin) -> None:
    with demo_db.session() as s:
        v1 = svc.find_qualification(s, "ELI-L2")
        v1_units = [(u.id, c) for u, c in svc.units_of(s, v1.id)]
    with demo_db.transaction() as s:
        v2 = svc.new_qualification_version(s, admin, v1.id)
        v2_id = v2.id
        assert (v2.version, v2.status) == (2, StandardStatus.DRAFT)
        svc.set_packaging_rules(s, admin, v2_id, PackagingRule.CORE_PLUS_ELECTIVES, electives_required=1)
        unit_id = v1_units[-1][0]
        svc.link_unit(s, admin, v2_id, unit_id, UnitCategory.CORE)  # an elective becomes core in version 2
        svc.move_unit(s, admin, v2_id, unit_id, -1)
    with demo_db.session() as s:
        assert [(u.id, c) for u, c in svc.units_of(s, v1.id)] == v1_units  # version 1 as it was
        assert svc.find_qualification(s, "ELI-L2").id == v1.id  # still the current one
        v2_units = [(u.id, c) for u, c in svc.units_of(s, v2_id)]
        assert v2_units[-2] == (unit_id, UnitCategory.CORE)
    with demo_db.transaction() as s:
        svc.publish_qualification(s, admin, v2_id)
    with demo_db.session() as s:
        assert svc.find_qualification(s, "ELI-L2").id == v2_id
        assert svc.find_qualification(s, "ELI-L2", 1).status == StandardStatus.SUPERSEDED
        assert svc.find_qualification(s, "ELI-L2", 1).electives_required == 2


def test_publish_refuses_draft_units(demo_db, admin, draft) -> None:
    with pytest.raises(ValidationError, match="holds draft units \\(WLD-C01\\)"), demo_db.transaction() as s:
        svc.publish_qualification(s, admin, draft["q"])
    with demo_db.transaction() as s:
        svc.publish_unit(s, admin, draft["u"])
        svc.publish_qualification(s, admin, draft["q"])
    with demo_db.session() as s:
        assert svc.find_qualification(s, "WLD-L1").status == StandardStatus.CURRENT


def test_search_by_code_or_title(demo_db) -> None:
    with demo_db.session() as s:
        hits = svc.search(s, "eli-c0")
        assert {h[2] for h in hits if h[0] == "unit"} == {"ELI-C01", "ELI-C02", "ELI-C03", "ELI-C04", "ELI-C05"}
        assert [h[2] for h in svc.search(s, "electrical installation")] == ["ELI-L2"]


def test_a_draft_qualification_takes_up_a_new_unit_draft(demo_db, admin) -> None:
    with demo_db.transaction() as s:
        v1 = svc.find_qualification(s, "ELI-L2")
        v2 = svc.new_qualification_version(s, admin, v1.id)
        old_unit = svc.find_unit(s, "ELI-C03")
        new_unit = svc.new_unit_version(s, admin, old_unit.id)
        v1_ids = [u.id for u, _ in svc.units_of(s, v1.id)]
        v2_units = [(u.code, u.id) for u, _ in svc.units_of(s, v2.id)]
    assert old_unit.id in v1_ids and new_unit.id not in v1_ids  # the version in use is untouched
    assert ("ELI-C03", new_unit.id) in v2_units and [c for c, _ in v2_units][2] == "ELI-C03"  # same place
    with pytest.raises(ValidationError, match="holds draft units \\(ELI-C03\\)"), demo_db.transaction() as s:
        svc.publish_qualification(s, admin, v2.id)
