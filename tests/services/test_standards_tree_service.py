"""The standards as the editor reads them: children of a node, a node's detail record with why it is locked
(a translatable Message), the way down to a node, the search, and the unit form saved as one use case."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from skillassess.core.enums import SectionKind, StandardStatus, UnitCategory
from skillassess.core.errors import LockedError, ValidationError
from skillassess.core.messages import Message
from skillassess.core.models import Assessment, AuditEntry, Element, PerformanceCriterion
from skillassess.services import standards as svc
from skillassess.services.standards import NodeKind, NodeRef


def audit_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


@pytest.fixture
def admin(demo_actor):
    return demo_actor("admin")


@pytest.fixture
def draft(demo_db, admin):
    """A draft qualification holding a new draft unit (one element, one criterion) and the demo's used unit."""
    with demo_db.transaction() as s:
        body = svc.awarding_bodies(s)[0]
        used = s.scalar(select(Assessment.unit_id).limit(1))
        q = svc.create_qualification(s, admin, body.id, code="WLD-L1", title="Welding", level="1")
        u = svc.create_unit(s, admin, q.id, code="WLD-C01", title="Prepare for welding", credits=4)
        e = svc.add_element(s, admin, u.id, "Plan the work")
        c = svc.add_criterion(s, admin, e.id, "Drawings are read")
        svc.link_unit(s, admin, q.id, used, UnitCategory.ELECTIVE)
        return {"body": body.id, "q": q.id, "u": u.id, "e": e.id, "c": c.id, "used": used}


def _eli(demo_db):
    with demo_db.session() as s:
        return svc.find_qualification(s, "ELI-L2").id


def test_children_of_each_kind_of_node(demo_db, draft) -> None:
    with demo_db.session() as s:
        top = svc.tree_children(s, None)
        assert [r.ref.kind for r in top] == [NodeKind.BODY]  # no unit is in no qualification
        body = top[0]
        assert body.code == "NTVA" and body.children == 3
        quals = svc.tree_children(s, body.ref)
        assert [(q.code, q.version, q.status, q.children) for q in quals] == [
            ("ELI-L2", 1, StandardStatus.CURRENT, 8),
            ("GMT-L2", 1, StandardStatus.CURRENT, 4),
            ("WLD-L1", 1, StandardStatus.DRAFT, 2),
        ]
        units = svc.tree_children(s, quals[2].ref)
        assert (units[0].code, units[0].category, units[0].children) == ("WLD-C01", UnitCategory.CORE, 1)
        assert units[0].ref == NodeRef(NodeKind.UNIT, draft["u"], draft["q"])  # shown under its qualification
        assert units[1].category == UnitCategory.ELECTIVE
        elements = svc.tree_children(s, units[0].ref)
        assert [(e.code, e.title, e.children) for e in elements] == [("1", "Plan the work", 1)]
        criteria = svc.tree_children(s, elements[0].ref)
        assert [(c.code, c.title, c.children) for c in criteria] == [("1.1", "Drawings are read", 0)]
        assert svc.tree_children(s, criteria[0].ref) == []
        assert svc.tree_row(s, units[0].ref) == units[0]


def test_a_unit_in_no_qualification_hangs_under_its_own_node(demo_db, admin, draft) -> None:
    with demo_db.transaction() as s:
        svc.unlink_unit(s, admin, draft["q"], draft["u"])
    with demo_db.session() as s:
        top = svc.tree_children(s, None)
        assert top[-1].ref == svc.ORPHANS and top[-1].children == 1
        (orphan,) = svc.tree_children(s, svc.ORPHANS)
        assert orphan.ref == NodeRef(NodeKind.UNIT, draft["u"]) and orphan.category is None
        assert svc.tree_path(s, NodeRef(NodeKind.CRITERION, draft["c"])) == [
            svc.ORPHANS,
            orphan.ref,
            NodeRef(NodeKind.ELEMENT, draft["e"]),
            NodeRef(NodeKind.CRITERION, draft["c"]),
        ]


def test_the_way_down_to_a_unit_goes_through_the_qualification_it_was_shown_in(demo_db, draft) -> None:
    body, eli = NodeRef(NodeKind.BODY, draft["body"]), NodeRef(NodeKind.QUALIFICATION, _eli(demo_db))
    welding = NodeRef(NodeKind.QUALIFICATION, draft["q"])
    with demo_db.session() as s:
        # The used unit is in both qualifications: the one named wins, else the first by code.
        assert svc.tree_path(s, NodeRef(NodeKind.UNIT, draft["used"], draft["q"]))[:2] == [body, welding]
        assert svc.tree_path(s, NodeRef(NodeKind.UNIT, draft["used"]))[:2] == [body, eli]


def test_detail_of_each_kind_of_node_with_its_lock_reason(demo_db, draft) -> None:
    with demo_db.session() as s:
        b = svc.node_detail(s, NodeRef(NodeKind.BODY, draft["body"]))
        assert isinstance(b, svc.BodyDetail) and b.code == "NTVA" and b.lock is None
        # The demo qualification has enrolments: locked, with a translatable sentence naming the counts.
        eli = svc.node_detail(s, NodeRef(NodeKind.QUALIFICATION, _eli(demo_db)))
        assert isinstance(eli, svc.QualificationDetail) and isinstance(eli.lock, Message)
        assert eli.lock.text.startswith("Qualification {code} version {version} is in use")
        assert eli.lock.params["code"] == "ELI-L2" and eli.lock.params["enrolments"] > 0
        assert "cannot be edited in place" in str(eli.lock)
        draft_q = svc.node_detail(s, NodeRef(NodeKind.QUALIFICATION, draft["q"]))
        assert isinstance(draft_q, svc.QualificationDetail)
        assert (draft_q.title, draft_q.level, draft_q.status, draft_q.lock) == (
            "Welding",
            "1",
            StandardStatus.DRAFT,
            None,
        )
        # A unit used by assessments: locked; in a draft qualification its category may still change.
        used = svc.node_detail(s, NodeRef(NodeKind.UNIT, draft["used"], draft["q"]))
        assert isinstance(used, svc.UnitDetail) and used.category == UnitCategory.ELECTIVE
        assert isinstance(used.lock, Message) and used.lock.text.startswith(
            "Unit {code} version {version} is used by {count} assessment(s)"
        )
        assert used.qualification_lock is None
        in_eli = svc.node_detail(s, NodeRef(NodeKind.UNIT, draft["used"], _eli(demo_db)))
        assert isinstance(in_eli, svc.UnitDetail) and in_eli.qualification_lock == eli.lock
        new = svc.node_detail(s, NodeRef(NodeKind.UNIT, draft["u"], draft["q"]))
        assert isinstance(new, svc.UnitDetail) and new.lock is None and new.credits == 4
        assert set(new.sections) == set(SectionKind)
        element = svc.node_detail(s, NodeRef(NodeKind.ELEMENT, draft["e"]))
        assert isinstance(element, svc.ElementDetail)
        assert (element.unit_code, element.position, element.title, element.lock) == (
            "WLD-C01",
            1,
            "Plan the work",
            None,
        )
        criterion = svc.node_detail(s, NodeRef(NodeKind.CRITERION, draft["c"]))
        assert isinstance(criterion, svc.CriterionDetail) and (criterion.number, criterion.text) == (
            "1.1",
            "Drawings are read",
        )
        used_element = s.scalar(select(Element.id).where(Element.unit_id == draft["used"]).limit(1))
        assert svc.node_detail(s, NodeRef(NodeKind.ELEMENT, used_element)).lock == used.lock  # the unit's


def test_other_lock_reasons_are_messages_too(demo_db, admin, draft) -> None:
    with demo_db.transaction() as s:
        svc.publish_unit(s, admin, draft["u"])
        svc.new_unit_version(s, admin, draft["u"])
        svc.publish_unit(s, admin, svc.find_unit(s, "WLD-C01", 2).id)
    with demo_db.session() as s:
        old = svc.node_detail(s, NodeRef(NodeKind.UNIT, draft["u"]))
        assert old.lock is not None and old.lock.text.startswith("Unit {code} version {version} is superseded")
        assert str(old.lock) == (
            "Unit WLD-C01 version 1 is superseded and is kept as it was; change the current version "
            "or make a new version."
        )
    # The same sentence is what the service refuses with.
    with pytest.raises(LockedError, match="is superseded and is kept as it was"), demo_db.transaction() as s:
        svc.update_unit(s, admin, draft["u"], title="Changed")


def test_the_search_finds_codes_and_titles_in_any_case(demo_db, draft) -> None:
    with demo_db.session() as s:
        m = svc.tree_matches(s, "prepare FOR")
        assert m.units == {draft["u"]} and m.holding == {draft["q"]} and not m.qualifications and not m.orphans
        m = svc.tree_matches(s, "wld-l")
        assert m.qualifications == {draft["q"]}
        assert svc.tree_matches(s, "  ") == svc.TreeMatches()


def _edit(**changes):
    values = dict(
        code="WLD-C01",
        title="Prepare for welding",
        credits=4,
        nominal_hours=0,
        sections=dict.fromkeys(SectionKind, ""),
        category=UnitCategory.CORE,
    )
    values.update(changes)
    return svc.UnitEdit(**values)


def test_save_unit_saves_fields_sections_and_category_in_one_transaction(demo_db, admin, draft) -> None:
    commits: list[object] = []
    event.listen(demo_db.engine, "commit", commits.append)
    before = audit_count(demo_db)
    edit = _edit(
        title="Prepare for MIG welding",
        nominal_hours=30,
        category=UnitCategory.ELECTIVE,
        sections={SectionKind.EVIDENCE_GUIDE: "Two joints observed."},
    )
    assert demo_db.write(lambda s: svc.save_unit(s, admin, draft["u"], edit, draft["q"])) is True
    assert len(commits) == 1
    assert audit_count(demo_db) == before + 3  # the unit, its sections, its place in the qualification
    with demo_db.session() as s:
        u = svc.node_detail(s, NodeRef(NodeKind.UNIT, draft["u"], draft["q"]))
        assert (u.title, u.nominal_hours, u.category) == ("Prepare for MIG welding", 30, UnitCategory.ELECTIVE)
        assert u.sections[SectionKind.EVIDENCE_GUIDE] == "Two joints observed."
    # Nothing changed: nothing written.
    assert (
        demo_db.write(
            lambda s: svc.save_unit(
                s,
                admin,
                draft["u"],
                _edit(
                    title="Prepare for MIG welding",
                    nominal_hours=30,
                    category=UnitCategory.ELECTIVE,
                    sections={SectionKind.EVIDENCE_GUIDE: "Two joints observed.\n"},
                ),
                draft["q"],
            )
        )
        is False
    )
    assert audit_count(demo_db) == before + 3


def test_save_unit_is_all_or_nothing(demo_db, admin, draft) -> None:
    before = audit_count(demo_db)
    bad = _edit(title="A better title", sections={"no_such_section": "text"})
    with pytest.raises(ValidationError, match="Unknown unit section"):
        demo_db.write(lambda s: svc.save_unit(s, admin, draft["u"], bad, draft["q"]))
    too_long = _edit(
        title="A better title", category=UnitCategory.ELECTIVE, sections={SectionKind.RANGE_STATEMENT: "x" * 100_000}
    )
    with pytest.raises(ValidationError):
        demo_db.write(lambda s: svc.save_unit(s, admin, draft["u"], too_long, draft["q"]))
    assert audit_count(demo_db) == before
    with demo_db.session() as s:
        u = svc.node_detail(s, NodeRef(NodeKind.UNIT, draft["u"], draft["q"]))
        assert (u.title, u.category, u.sections[SectionKind.RANGE_STATEMENT]) == (
            "Prepare for welding",
            UnitCategory.CORE,
            "",
        )


def test_save_unit_of_a_locked_unit_changes_only_its_category(demo_db, admin, draft) -> None:
    with demo_db.session() as s:
        used = svc.node_detail(s, NodeRef(NodeKind.UNIT, draft["used"], draft["q"]))
    same = svc.UnitEdit(used.code, used.title, used.credits, used.nominal_hours, dict(used.sections), UnitCategory.CORE)
    assert demo_db.write(lambda s: svc.save_unit(s, admin, draft["used"], same, draft["q"])) is True
    changed = svc.UnitEdit(used.code, "Another title", used.credits, used.nominal_hours, dict(used.sections))
    with pytest.raises(LockedError, match=r"used by \d+ assessment"):
        demo_db.write(lambda s: svc.save_unit(s, admin, draft["used"], changed, draft["q"]))
    with demo_db.session() as s:
        after = svc.node_detail(s, NodeRef(NodeKind.UNIT, draft["used"], draft["q"]))
        assert (after.title, after.category) == (used.title, UnitCategory.CORE)


def test_add_unit_links_an_existing_code_or_creates_a_draft(demo_db, admin, draft) -> None:
    with demo_db.transaction() as s:
        existing = svc.add_unit(s, admin, draft["q"], code=" ELI-E01 ", category="elective")
        new = svc.add_unit(s, admin, draft["q"], code="WLD-C02", title="Weld joints")
    with demo_db.session() as s:
        assert existing == svc.find_unit(s, "ELI-E01").id
        codes = [(u.code, c) for u, c in svc.units_of(s, draft["q"])]
        assert codes[-2:] == [("ELI-E01", UnitCategory.ELECTIVE), ("WLD-C02", UnitCategory.CORE)]
        assert svc.node_detail(s, NodeRef(NodeKind.UNIT, new)).status == StandardStatus.DRAFT


def test_remove_move_version_and_publish_by_node(demo_db, admin, draft) -> None:
    unit = NodeRef(NodeKind.UNIT, draft["u"], draft["q"])
    with demo_db.transaction() as s:
        assert svc.move_node(s, admin, unit, 1) is True
        assert svc.move_node(s, admin, unit, 1) is False  # already last
        svc.remove_node(s, admin, NodeRef(NodeKind.CRITERION, draft["c"]))
        svc.publish(s, admin, unit)
        new = svc.new_version(s, admin, unit)
    assert new.kind == NodeKind.UNIT and new.qualification_id == draft["q"]
    with demo_db.session() as s:
        assert s.get(PerformanceCriterion, draft["c"]) is None
        assert svc.node_detail(s, new).version == 2
    with pytest.raises(ValidationError, match="cannot be removed"), demo_db.transaction() as s:
        svc.remove_node(s, admin, NodeRef(NodeKind.BODY, draft["body"]))
