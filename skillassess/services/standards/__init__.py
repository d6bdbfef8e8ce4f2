"""Competency standards: awarding bodies, qualifications, units (with their text sections), elements and
performance criteria, in versions.

By what it does: ``reading`` (lists, finding by code), ``tree`` (the editor's tree: children of a node,
a node's detail record with why it is locked), ``access`` (who may edit, the lock reasons), ``editing``
(the use cases that change a draft) and ``versions`` (new versions, publishing). Everything callers use
is named here: ``from skillassess.services import standards as svc``.
"""

from __future__ import annotations

from skillassess.services.standards.access import can_edit, qualification_lock_reason, unit_lock_reason
from skillassess.services.standards.editing import (
    UnitEdit,
    add_criterion,
    add_element,
    add_unit,
    create_awarding_body,
    create_qualification,
    create_unit,
    delete_criterion,
    delete_element,
    delete_qualification,
    link_unit,
    move_criterion,
    move_element,
    move_node,
    move_unit,
    remove_node,
    save_unit,
    set_packaging_rules,
    set_sections,
    unlink_unit,
    update_awarding_body,
    update_criterion,
    update_element,
    update_qualification,
    update_unit,
)
from skillassess.services.standards.reading import (
    QualificationRow,
    awarding_bodies,
    criteria_of,
    elements_of,
    find_qualification,
    find_unit,
    list_qualifications,
    qualifications_of,
    search,
    unit_sections,
    units_of,
    units_without_qualification,
)
from skillassess.services.standards.tree import (
    ORPHANS,
    BodyDetail,
    CriterionDetail,
    ElementDetail,
    NodeDetail,
    NodeKind,
    NodeRef,
    QualificationDetail,
    TreeMatches,
    TreeRow,
    UnitDetail,
    node_detail,
    tree_children,
    tree_matches,
    tree_path,
    tree_row,
)
from skillassess.services.standards.versions import (
    new_qualification_version,
    new_unit_version,
    new_version,
    publish,
    publish_qualification,
    publish_unit,
)

__all__ = [
    "ORPHANS", "BodyDetail", "CriterionDetail", "ElementDetail", "NodeDetail", "NodeKind", "NodeRef",
    "QualificationDetail", "QualificationRow", "TreeMatches", "TreeRow", "UnitDetail", "UnitEdit",
    "add_criterion", "add_element", "add_unit", "awarding_bodies", "can_edit", "create_awarding_body",
    "create_qualification", "create_unit", "criteria_of", "delete_criterion", "delete_element",
    "delete_qualification", "elements_of", "find_qualification", "find_unit", "link_unit", "list_qualifications",
    "move_criterion", "move_element", "move_node", "move_unit", "new_qualification_version", "new_unit_version",
    "new_version", "node_detail", "publish", "publish_qualification", "publish_unit", "qualification_lock_reason",
    "qualifications_of", "remove_node", "save_unit", "search", "set_packaging_rules", "set_sections", "tree_children",
    "tree_matches", "tree_path", "tree_row", "unit_lock_reason", "unit_sections", "units_of",
    "units_without_qualification", "unlink_unit", "update_awarding_body", "update_criterion", "update_element",
    "update_qualification", "update_unit",
]
