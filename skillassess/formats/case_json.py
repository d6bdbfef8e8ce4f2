"""1EdTech CASE (Competencies and Academic Standards Exchange) CFPackage JSON, 1.0 and 1.1.

Reading maps the CFItem hierarchy (isChildOf associations, ordered by sequenceNumber) onto
qualification → unit → element → criterion: by item type when the package uses SkillAssess's
own types ("Unit of competency", "Element", "Performance criterion"), otherwise by depth
(depth 1 → unit, 2 → element, 3 and deeper → criteria of the element above). ``mapping`` on the
result says what was done. Writing (``case_json_writer``) produces a CASE 1.1 CFPackage with stable
identifiers.

What real files do and this reader accepts: ``sequenceNumber`` as a string or missing,
associations to nodes outside the package (ignored unless they break the hierarchy), other
association types (ignored and counted). What it refuses, naming the item: a non-UUID
identifier, a duplicate identifier, an item without text, a parent that is not in the package,
a cycle, an item that is not attached to the document.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path
from typing import Any

from skillassess.core.errors import ValidationError
from skillassess.core.messages import msg
from skillassess.core.text import MAX_INTEGER, integer_problem
from skillassess.formats.standard_doc import (
    MAX_LEVELS,
    CriterionDoc,
    ElementDoc,
    QualificationDoc,
    UnitDoc,
    cap,
    check_file,
    code_from,
)

UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
TYPE_UNIT, TYPE_ELEMENT, TYPE_CRITERION = "Unit of competency", "Element", "Performance criterion"
_OWN_TYPES = {TYPE_UNIT.casefold(): "unit", TYPE_ELEMENT.casefold(): "element", TYPE_CRITERION.casefold(): "criterion"}
_EXT = "skillassess"
_STATUS_TO_ADOPTION = {"draft": "Draft", "current": "Adopted", "superseded": "Deprecated"}
_ADOPTION_TO_STATUS = {
    "draft": "draft",
    "adopted": "current",
    "implemented": "current",
    "deprecated": "superseded",
    "retired": "superseded",
}
_MAX_PROBLEMS = 50


def read_case(path: Path | str, *, code: str | None = None) -> QualificationDoc:
    """Read a CFPackage file into a QualificationDoc (nothing is written anywhere)."""
    path = Path(path)
    check_file(path, "CASE JSON")
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"), parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise ValidationError(f"{path.name}: the file is not UTF-8 text; a CASE package is JSON.") from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{path.name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    except RecursionError:
        # json gives up at about a thousand levels; a CASE package has a handful.
        raise ValidationError(
            msg(
                "{file}: the JSON is nested far too deep (more than a thousand levels); a CASE package is a few levels "
                "deep. Nothing was changed.",
                file=path.name,
            )
        ) from None
    except ValueError as exc:  # Infinity or NaN, refused by _no_constant
        raise ValidationError(msg("{file}: not valid JSON ({problem}).", file=path.name, problem=str(exc))) from None
    return parse_case(data, source=path.name, code=code)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _plain(value: Any) -> str | None:
    """A scalar as text (None when absent); a list or object as a short JSON excerpt, never its repr."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (ValueError, RecursionError):
        text = "…"
    return text if len(text) <= 60 else text[:59] + "…"


def _ident(node: Any) -> str | None:
    if isinstance(node, dict):
        return _plain(node.get("identifier"))
    return None


def whole_number(value: Any) -> int | None:
    """A JSON value as a whole number: 3, 3.0 or "3"; None for anything else (1.5, 1e400, "Infinity", a list)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value.is_integer() else None
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"[+-]?\d{1,30}", text):
            return int(text)
        if re.fullmatch(r"[+-]?\d{1,30}\.0*", text):
            return int(text.split(".")[0])
    return None


def _seq(value: Any) -> int | None:
    """A sequence number (2, "2", 2.0 or "2.5" → 2); None for what is not a finite number a database holds."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    number = whole_number(value)
    if number is None and isinstance(value, (str, float)):
        try:
            as_float = float(value)
        except ValueError:
            return None
        number = int(as_float) if math.isfinite(as_float) else None
    if number is None or abs(number) > MAX_INTEGER:
        return None
    return number


def parse_case(data: Any, *, source: str = "CASE package", code: str | None = None) -> QualificationDoc:
    if not isinstance(data, dict) or not isinstance(data.get("CFDocument"), dict):
        raise ValidationError(f"{source}: not a CASE package: it has no CFDocument.")
    document = data["CFDocument"]
    items = data.get("CFItems") or []
    associations = data.get("CFAssociations") or []
    if not isinstance(items, list) or not isinstance(associations, list):
        raise ValidationError(f"{source}: CFItems and CFAssociations must be lists.")
    problems: list[str] = []
    doc_id = _ident(document) or ""
    _check_types(document, items, problems)
    if not UUID_RE.match(doc_id):
        problems.append(f"CFDocument {doc_id!r}: the identifier is not a UUID.")
    if not (_plain(document.get("title")) or "").strip():
        problems.append(f"CFDocument {doc_id!r}: the title is empty.")
    by_id: dict[str, dict[str, Any]] = {}
    order: dict[str, int] = {}
    for n, item in enumerate(items):
        ident = _ident(item)
        if ident is None:
            problems.append(f"CFItems[{n}]: the item has no identifier.")
            continue
        if not UUID_RE.match(ident):
            problems.append(f"CFItem {ident!r}: the identifier is not a UUID.")
        if ident in by_id or ident == doc_id:
            problems.append(f"CFItem {ident!r}: the identifier appears more than once.")
        if not (_plain(item.get("fullStatement")) or "").strip():
            problems.append(f"CFItem {ident!r}: the fullStatement is empty.")
        by_id[ident] = item
        order[ident] = n
    external = 0
    ignored: Counter[str] = Counter()
    parents: dict[str, list[tuple[int | None, int, str]]] = {}
    for n, assoc in enumerate(associations):
        if not isinstance(assoc, dict):
            problems.append(f"CFAssociations[{n}]: not an object.")
            continue
        kind = assoc.get("associationType")
        if kind != "isChildOf":
            ignored[_plain(kind) or "(none)"] += 1
            continue
        aid = _plain(assoc.get("identifier")) or f"CFAssociations[{n}]"
        if not UUID_RE.match(aid):
            problems.append(f"CFAssociation {aid!r}: the identifier is not a UUID.")
        origin = _ident(assoc.get("originNodeURI")) or _plain(assoc.get("originNodeIdentifier"))
        dest = _ident(assoc.get("destinationNodeURI")) or _plain(assoc.get("destinationNodeIdentifier"))
        if origin not in by_id:
            external += 1  # a child that lives in another framework: not ours to place
            continue
        if dest != doc_id and dest not in by_id:
            problems.append(
                f"CFAssociation {aid!r}: item {origin!r} is a child of {dest!r}, "
                "which is neither the CFDocument nor an item of this package (dangling reference)."
            )
            continue
        if dest == origin:
            problems.append(f"CFAssociation {aid!r}: item {origin!r} is its own parent (cycle).")
            continue
        raw_seq = assoc.get("sequenceNumber")
        seq = _seq(raw_seq)
        if raw_seq not in (None, "") and seq is None:
            problems.append(f"CFAssociation {aid!r}: sequenceNumber {raw_seq!r} is not a number.")
        parents.setdefault(str(origin), []).append((seq, n, str(dest)))
    children: dict[str, list[tuple[bool, int, int, str]]] = {}
    multi = 0
    for child, plist in parents.items():
        if len({p for _, _, p in plist}) > 1:
            multi += 1
        seq, n, parent = min(plist, key=lambda t: (t[0] is None, t[0] or 0, t[1]))
        children.setdefault(parent, []).append((seq is None, seq or 0, order[child], child))
    for lst in children.values():
        lst.sort()
    # Walk from the document; what is not reached is detached or in a cycle.
    depth: dict[str, int] = {}
    preorder: list[str] = []
    stack = [(c[3], 1) for c in reversed(children.get(doc_id, []))]
    while stack:
        node, d = stack.pop()
        if node in depth:
            continue
        depth[node] = d
        preorder.append(node)
        stack.extend((c[3], d + 1) for c in reversed(children.get(node, [])))
    deepest = max(depth.items(), key=lambda kv: kv[1], default=None)
    if deepest is not None and deepest[1] > MAX_LEVELS:
        problems.append(
            f"CFItem {deepest[0]!r}: it is {deepest[1]:,} levels below the CFDocument; SkillAssess "
            f"takes at most {MAX_LEVELS} (units, elements, criteria and the levels below them)."
        )
    for ident in by_id:
        if ident in depth:
            continue
        if ident not in parents:
            problems.append(f"CFItem {ident!r}: it has no isChildOf association, so it is not in the hierarchy.")
        else:
            # Follow parents: a node seen twice is a cycle.
            seen, node = [], ident
            while node in parents and node not in seen:
                seen.append(node)
                node = min(parents[node], key=lambda t: (t[0] is None, t[0] or 0, t[1]))[2]
            if node in seen:
                problems.append(
                    f"CFItem {ident!r}: its isChildOf associations form a cycle "
                    f"({' → '.join([*seen[seen.index(node) :], node])})."
                )
            else:
                problems.append(f"CFItem {ident!r}: it is not attached to the CFDocument.")
    if problems:
        raise ValidationError(
            f"{source}: the CASE package cannot be imported ({len(problems)} problem(s)); nothing was changed.",
            cap(problems),
        )
    return _build(
        document,
        by_id,
        preorder,
        depth,
        children,
        source=source,
        code=code,
        notes=_notes(data, external, ignored, multi),
    )


def _notes(data: dict[str, Any], external: int, ignored: Counter[str], multi: int) -> list[str]:
    notes = []
    version = data["CFDocument"].get("caseVersion") or ("1.1" if "CFRubrics" in data or "extensions" in data else "1.0")
    notes.append(f"CASE version {version}.")
    if ignored:
        notes.append(
            "Associations other than isChildOf were ignored: "
            + ", ".join(f"{k} {v}" for k, v in sorted(ignored.items()))
            + "."
        )
    if external:
        notes.append(f"{external} isChildOf association(s) of items outside this package were ignored.")
    if multi:
        notes.append(f"{multi} item(s) had more than one parent; the first by sequence number was kept.")
    return notes


def _ext(obj: dict[str, Any]) -> dict[str, Any]:
    ext = obj.get("extensions")
    if isinstance(ext, dict) and isinstance(ext.get(_EXT), dict):
        found: dict[str, Any] = ext[_EXT]
        return found
    return {}


def _int(value: Any, default: int = 0) -> int:
    """A number already checked by ``_check_types`` (absent or empty: ``default``)."""
    number = whole_number(value) if value not in (None, "") else None
    return default if number is None else number


_TEXT_KEYS = {
    "CFDocument": ("title", "description", "notes", "publisher", "creator", "adoptionStatus", "caseVersion"),
    "CFItem": ("fullStatement", "abbreviatedStatement", "humanCodingScheme", "CFItemType"),
}
_EXT_TEXT = (
    "code",
    "level",
    "sector",
    "status",
    "packaging_rule",
    "awarding_body_code",
    "awarding_body_country",
    "awarding_body_level_scale",
    "category",
)
_EXT_NUMBERS = ("version", "electives_required", "credits_required", "credits", "nominal_hours")


def _check_types(document: dict[str, Any], items: list[Any], problems: list[str]) -> None:
    """Fields that must be text are text, numbers are whole numbers a database can hold, sections an object.

    A list where a name belongs, ``1e400`` or ``"Infinity"`` as a version: each is named, never
    turned into text or into a number silently.
    """

    def check(obj: dict[str, Any], kind: str, what: str) -> None:
        for key in _TEXT_KEYS[kind]:
            value = obj.get(key)
            if (
                value is not None
                and not isinstance(value, str)
                and not (key == "humanCodingScheme" and isinstance(value, int) and not isinstance(value, bool))
            ):
                problems.append(f"{what}: {key} must be text, not {_plain(value)}.")
        ext = obj.get("extensions")
        own = ext.get(_EXT) if isinstance(ext, dict) else None
        if own is None:
            return
        if not isinstance(own, dict):
            problems.append(f"{what}: extensions.{_EXT} must be an object, not {_plain(own)}.")
            return
        for key in _EXT_TEXT:
            value = own.get(key)
            if value is not None and not isinstance(value, str):
                problems.append(f"{what}: extensions.{_EXT}.{key} must be text, not {_plain(value)}.")
        for key in _EXT_NUMBERS:
            value = own.get(key)
            if value is None or value == "":
                continue
            number = whole_number(value)
            if number is None:
                problems.append(f"{what}: extensions.{_EXT}.{key} must be a whole number, not {_plain(value)}.")
            elif problem := integer_problem(number):
                problems.append(f"{what}: extensions.{_EXT}.{key}: {problem}")
        sections = own.get("sections")
        if sections is not None and (
            not isinstance(sections, dict) or not all(isinstance(v, str) for v in sections.values())
        ):
            problems.append(
                f"{what}: extensions.{_EXT}.sections must be an object of texts "
                f"(section name: text), not {_plain(sections)}."
            )

    doc_what = f"CFDocument {_ident(document) or ''!r}"
    check(document, "CFDocument", doc_what)
    version = document.get("version")
    if version is not None:
        if isinstance(version, bool) or not isinstance(version, (str, int, float)):
            problems.append(f"{doc_what}: version must be text or a number, not {_plain(version)}.")
        else:
            try:
                as_float = float(version)
            except (ValueError, OverflowError):
                as_float = None  # a version such as "2019 edition": not a number, kept out of the version
            if as_float is not None and not math.isfinite(as_float):
                problems.append(f"{doc_what}: version {_plain(version)} is not a usable version number.")
            elif as_float is not None and as_float.is_integer() and (problem := integer_problem(int(as_float))):
                problems.append(f"{doc_what}: version: {problem}")
    for n, item in enumerate(items):
        if isinstance(item, dict):
            check(item, "CFItem", f"CFItem {_ident(item) or f'CFItems[{n}]'!r}")
        else:
            problems.append(f"CFItems[{n}]: not an object.")


def _document_version(value: Any) -> int:
    """CFDocument.version is free text ("1.0", "2019"): a whole number is used, anything else is not."""
    if isinstance(value, (int, float, str)) and not isinstance(value, bool):
        try:
            number = float(value)
        except ValueError:
            return 0
        if math.isfinite(number) and number.is_integer() and 0 < number <= MAX_INTEGER:
            return int(number)
    return 0


def doc_id_of(document: dict[str, Any]) -> str:
    return _ident(document) or ""


def _title(item: dict[str, Any], limit: int, notes: list[str]) -> str:
    text = str(item.get("fullStatement") or "").strip()
    if len(text) <= limit:
        return text
    short = str(item.get("abbreviatedStatement") or "").strip()
    if short and len(short) <= limit:
        notes.append(
            f"Item {item['identifier']}: the statement is longer than {limit} characters; "
            "its abbreviated statement became the title."
        )
        return short
    notes.append(f"Item {item['identifier']}: the statement was cut to {limit} characters.")
    return text[: limit - 1] + "…"


def _build(
    document: dict[str, Any],
    by_id: dict[str, dict[str, Any]],
    preorder: list[str],
    depth: dict[str, int],
    children: dict[str, list[tuple[bool, int, int, str]]],
    *,
    source: str,
    code: str | None,
    notes: list[str],
) -> QualificationDoc:
    dext = _ext(document)
    types = {str(by_id[i].get("CFItemType") or "").casefold() for i in preorder}
    by_type = bool(preorder) and types <= set(_OWN_TYPES)
    kind: dict[str, str] = {}
    problems: list[str] = []
    if by_type:
        for ident in preorder:
            kind[ident] = _OWN_TYPES[str(by_id[ident].get("CFItemType")).casefold()]
        expected = {"unit": 1, "element": 2, "criterion": 3}
        for ident in preorder:
            if depth[ident] != expected[kind[ident]]:
                problems.append(
                    f"CFItem {ident!r}: a {by_id[ident].get('CFItemType')} at depth {depth[ident]} "
                    f"(expected depth {expected[kind[ident]]})."
                )
        if problems:
            raise ValidationError(f"{source}: the CASE package cannot be imported; nothing was changed.", problems)
    else:
        for ident in preorder:
            kind[ident] = {1: "unit", 2: "element"}.get(depth[ident], "criterion")
    status = str(
        dext.get("status") or _ADOPTION_TO_STATUS.get(str(document.get("adoptionStatus") or "").casefold(), "draft")
    )
    version = _int(dext.get("version"), 0) or _document_version(document.get("version")) or 1
    title = str(document.get("title") or "").strip()
    qcode = (code or str(dext.get("code") or "") or code_from(title, "CASE")).strip()
    q = QualificationDoc(
        code=qcode,
        title=title if len(title) <= 300 else title[:299] + "…",
        version=version,
        level=str(dext.get("level") or ""),
        sector=str(dext.get("sector") or ""),
        description=str(document.get("description") or document.get("notes") or ""),
        status=status,
        packaging_rule=str(dext.get("packaging_rule") or "core_plus_electives"),
        electives_required=_int(dext.get("electives_required")),
        credits_required=_int(dext.get("credits_required")),
        awarding_body_code=str(dext.get("awarding_body_code") or ""),
        awarding_body_name=str(document.get("publisher") or document.get("creator") or "").strip()[:200],
        awarding_body_country=str(dext.get("awarding_body_country") or ""),
        awarding_body_level_scale=str(dext.get("awarding_body_level_scale") or ""),
        case_identifier=doc_id_of(document),
        source=source,
    )
    generated = 0
    unit: UnitDoc | None = None
    element: ElementDoc | None = None
    level_types: dict[int, Counter[str]] = {}
    for ident in preorder:
        item = by_id[ident]
        d = depth[ident]
        level_types.setdefault(d, Counter())[str(item.get("CFItemType") or "(no type)")] += 1
        k = kind[ident]
        if k == "unit":
            iext = _ext(item)
            ucode = str(item.get("humanCodingScheme") or "").strip()
            if not ucode or len(ucode) > 40:
                generated += 1
                ucode = f"{qcode[:33]}-U{generated:03d}"
            unit = UnitDoc(
                code=ucode,
                title=_title(item, 300, notes),
                version=_int(iext.get("version"), 0) or version,
                category=str(iext.get("category") or "core"),
                credits=_int(iext.get("credits")),
                nominal_hours=_int(iext.get("nominal_hours")),
                status=str(iext.get("status") or status),
                sections={str(k2): str(v) for k2, v in (iext.get("sections") or {}).items()},
                case_identifier=ident,
                where=f"CFItem {ident!r} ({ucode})",
            )
            q.units.append(unit)
            element = None
        elif k == "element":
            assert unit is not None
            element = ElementDoc(title=str(item.get("fullStatement")).strip(), case_identifier=ident)
            unit.elements.append(element)
        else:
            assert element is not None
            element.criteria.append(CriterionDoc(text=str(item.get("fullStatement")).strip(), case_identifier=ident))
    names = {1: "unit", 2: "element", 3: "performance criterion"}
    if by_type:
        q.mapping.append(
            "Mapped by item type (SkillAssess types): "
            + "; ".join(f"{t} → {names[d]} ({sum(c.values())})" for d, c in sorted(level_types.items()) for t in c)
            + "."
        )
    else:
        for d, c in sorted(level_types.items()):
            target = names.get(d, "performance criteria of the element above")
            typed = [f"{t} {n}" for t, n in c.most_common() if t != "(no type)"]
            q.mapping.append(
                f"Depth {d} → {target}: {sum(c.values())} item(s)"
                + (f" (item types: {', '.join(typed)})." if typed else ".")
            )
    if generated:
        q.mapping.append(f"{generated} unit(s) had no usable humanCodingScheme and got codes {qcode[:33]}-U001….")
    if not code and not dext.get("code"):
        q.mapping.append(f"The qualification code {qcode} was made from the document title.")
    q.mapping.extend(notes)
    return q
