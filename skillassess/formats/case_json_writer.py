"""Writing a qualification version as a 1EdTech CASE 1.1 CFPackage (JSON) with stable identifiers: the
same item types and SkillAssess extension that ``case_json`` reads back.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from skillassess.core.safe_write import write_file
from skillassess.formats.case_json import _EXT, _STATUS_TO_ADOPTION, TYPE_CRITERION, TYPE_ELEMENT, TYPE_UNIT
from skillassess.formats.standard_doc import QualificationDoc, stable_uuid


def _link(title: str, identifier: str) -> dict[str, str]:
    return {"title": title[:200] or identifier, "identifier": identifier, "uri": f"urn:uuid:{identifier}"}


def to_case(doc: QualificationDoc, *, changed: dt.datetime | None = None) -> dict[str, Any]:
    """A CASE 1.1 CFPackage for one qualification version."""
    when = (changed or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0).isoformat()
    doc_id = doc.case_identifier or stable_uuid(f"qualification/{doc.code}/{doc.version}")
    type_ids = {t: stable_uuid(f"item-type/{t}") for t in (TYPE_UNIT, TYPE_ELEMENT, TYPE_CRITERION)}
    item_types = [
        {
            "identifier": type_ids[t],
            "uri": f"urn:uuid:{type_ids[t]}",
            "title": t,
            "description": desc,
            "hierarchyCode": str(n),
            "lastChangeDateTime": when,
        }
        for n, (t, desc) in enumerate(
            [
                (TYPE_UNIT, "A unit of competency of an occupational standard."),
                (TYPE_ELEMENT, "An element of a unit of competency."),
                (TYPE_CRITERION, "A performance criterion of an element."),
            ],
            start=1,
        )
    ]
    document: dict[str, Any] = {
        "identifier": doc_id,
        "uri": f"urn:uuid:{doc_id}",
        "frameworkType": "Occupational standard",
        "caseVersion": "1.1",
        "creator": doc.awarding_body_name or doc.awarding_body_code or "SkillAssess",
        "title": doc.title,
        "lastChangeDateTime": when,
        "version": str(doc.version),
        "adoptionStatus": _STATUS_TO_ADOPTION.get(doc.status, "Draft"),
        "extensions": {
            _EXT: {
                "code": doc.code,
                "version": doc.version,
                "level": doc.level,
                "sector": doc.sector,
                "status": doc.status,
                "packaging_rule": doc.packaging_rule,
                "electives_required": doc.electives_required,
                "credits_required": doc.credits_required,
                "awarding_body_code": doc.awarding_body_code,
                "awarding_body_country": doc.awarding_body_country,
                "awarding_body_level_scale": doc.awarding_body_level_scale,
            }
        },
    }
    if doc.awarding_body_name:
        document["publisher"] = doc.awarding_body_name
    if doc.description:
        document["description"] = doc.description
    items: list[dict[str, Any]] = []
    assocs: list[dict[str, Any]] = []

    def item(ident: str, text: str, kind: str, extra: dict[str, Any]) -> None:
        items.append(
            {
                "identifier": ident,
                "uri": f"urn:uuid:{ident}",
                "fullStatement": text,
                "CFItemType": kind,
                "CFItemTypeURI": _link(kind, type_ids[kind]),
                "lastChangeDateTime": when,
                **extra,
            }
        )

    def child(child_id: str, child_title: str, parent_id: str, parent_title: str, seq: int) -> None:
        aid = stable_uuid(f"isChildOf/{child_id}/{parent_id}")
        assocs.append(
            {
                "identifier": aid,
                "uri": f"urn:uuid:{aid}",
                "associationType": "isChildOf",
                "sequenceNumber": seq,
                "originNodeURI": _link(child_title, child_id),
                "destinationNodeURI": _link(parent_title, parent_id),
                "lastChangeDateTime": when,
            }
        )

    for un, u in enumerate(doc.units, start=1):
        uid = u.case_identifier or stable_uuid(f"unit/{u.code}/{u.version}")
        item(
            uid,
            u.title,
            TYPE_UNIT,
            {
                "humanCodingScheme": u.code,
                "extensions": {
                    _EXT: {
                        "version": u.version,
                        "category": u.category,
                        "credits": u.credits,
                        "nominal_hours": u.nominal_hours,
                        "status": u.status,
                        "sections": dict(u.sections),
                    }
                },
            },
        )
        child(uid, u.code, doc_id, doc.title, un)
        for en, e in enumerate(u.elements, start=1):
            eid = e.case_identifier or stable_uuid(f"unit/{u.code}/{u.version}/element/{en}")
            item(eid, e.title, TYPE_ELEMENT, {"humanCodingScheme": f"{u.code} E{en}", "listEnumeration": str(en)})
            child(eid, f"{u.code} E{en}", uid, u.code, en)
            for cn, c in enumerate(e.criteria, start=1):
                cid = c.case_identifier or stable_uuid(f"unit/{u.code}/{u.version}/element/{en}/criterion/{cn}")
                item(
                    cid,
                    c.text,
                    TYPE_CRITERION,
                    {"humanCodingScheme": f"{u.code} {en}.{cn}", "listEnumeration": f"{en}.{cn}"},
                )
                child(cid, f"{u.code} {en}.{cn}", eid, f"{u.code} E{en}", cn)
    return {
        "CFDocument": document,
        "CFItems": items,
        "CFAssociations": assocs,
        "CFDefinitions": {"CFItemTypes": item_types},
    }


def write_case(doc: QualificationDoc, path: Path | str, *, changed: dt.datetime | None = None) -> None:
    """Write the CASE package of ``doc`` to ``path`` (whole or not at all)."""
    write_file(path, json.dumps(to_case(doc, changed=changed), ensure_ascii=False, indent=1).encode("utf-8"))
