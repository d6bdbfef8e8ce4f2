"""Moodle competency framework CSV (the columns of admin tool tool_lpimportcsv), import only.

The framework row ("Is framework" = 1) becomes the qualification; competencies without a parent
become units, their children elements, and everything deeper performance criteria of the
element above (in file order). ``mapping`` on the result says so.
"""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path

from skillassess.core.errors import ValidationError
from skillassess.formats.standard_doc import (
    MAX_LEVELS,
    CriterionDoc,
    ElementDoc,
    QualificationDoc,
    UnitDoc,
    cap,
    check_file,
)

COLUMNS = [
    "Parent ID number",
    "ID number",
    "Short name",
    "Description",
    "Description format",
    "Scale values",
    "Scale configuration",
    "Rule type (optional)",
    "Rule outcome (optional)",
    "Rule config (optional)",
    "Cross-referenced competency ID numbers",
    "Exported ID (optional)",
    "Is framework",
    "Taxonomy",
]
REQUIRED = ["Parent ID number", "ID number", "Short name", "Is framework"]
_TAG = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    text = re.sub(r"(?i)<br\s*/?>|</p>", "\n", text or "")
    return html.unescape(_TAG.sub("", text)).strip()


def read_moodle_csv(path: Path | str) -> QualificationDoc:
    path = Path(path)
    check_file(path, "Moodle competency framework CSV")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            f"{path.name}: the file is not UTF-8 text; save the CSV as UTF-8 and try again."
        ) from None
    return parse_moodle_csv(text, source=path.name)


def parse_moodle_csv(text: str, *, source: str = "CSV") -> QualificationDoc:
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        raise ValidationError(f"{source}: not a readable CSV file ({exc}).") from None
    if not rows:
        raise ValidationError(f"{source}: the file is empty.")
    header = [h.strip() for h in rows[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ValidationError(
            f"{source}: not a Moodle competency framework CSV: the column(s) "
            f"{', '.join(missing)} are missing from row 1."
        )
    col = {h: i for i, h in enumerate(header)}
    problems: list[str] = []
    framework: tuple[int, dict[str, str]] | None = None
    comps: dict[str, tuple[int, dict[str, str]]] = {}
    order: list[str] = []
    for rownum, values in enumerate(rows[1:], start=2):
        if not any(v.strip() for v in values):
            continue
        r = {h: (values[i].strip() if i < len(values) else "") for h, i in col.items()}
        where = f"{source}, row {rownum}"
        if r["Is framework"] in ("1", "true", "True", "yes"):
            if framework is not None:
                problems.append(f"{where}: a second framework; import one framework per file.")
            framework = (rownum, r)
            continue
        ident = r["ID number"]
        if not ident:
            problems.append(f"{where}: the ID number is empty.")
            continue
        if ident in comps:
            problems.append(f"{where}: the ID number {ident} appears twice (also row {comps[ident][0]}).")
            continue
        if not r["Short name"]:
            problems.append(f"{where}: the short name of {ident} is empty.")
        comps[ident] = (rownum, r)
        order.append(ident)
    if framework is None:
        problems.append(f"{source}: no framework row (a row with Is framework = 1).")
    for ident in order:
        rownum, r = comps[ident]
        parent = r["Parent ID number"]
        if parent and parent not in comps:
            problems.append(f"{source}, row {rownum}: the parent {parent} of {ident} is not in the file.")
    depth: dict[str, int] = {}
    for ident in order:
        seen: list[str] = []
        node = ident
        while node and node not in depth:
            if node in seen:
                problems.append(
                    f"{source}, row {comps[ident][0]}: the parents of {ident} form a cycle "
                    f"({' → '.join([*seen[seen.index(node) :], node])})."
                )
                break
            seen.append(node)
            node = comps[node][1]["Parent ID number"] if node in comps else ""
        else:
            base = depth.get(node, 0) if node else 0
            for n, s in enumerate(reversed(seen), start=1):
                depth[s] = base + n
    too_deep = [ident for ident in order if depth.get(ident, 0) > MAX_LEVELS]
    if too_deep:
        deepest = max(too_deep, key=lambda i: depth[i])
        problems.append(
            f"{source}, row {comps[deepest][0]}: {deepest} is {depth[deepest]:,} levels below the "
            f"framework; SkillAssess takes at most {MAX_LEVELS} (units, elements, criteria and the "
            "levels below them)."
        )
    if problems:
        raise ValidationError(
            f"{source}: the framework cannot be imported ({len(problems)} problem(s)); nothing was changed.",
            cap(problems),
        )
    assert framework is not None
    frow = framework[1]
    doc = QualificationDoc(
        code=frow["ID number"], title=frow["Short name"], description=_plain(frow.get("Description", "")), source=source
    )
    children: dict[str, list[str]] = {}
    for ident in order:
        children.setdefault(comps[ident][1]["Parent ID number"], []).append(ident)
    counts = {1: 0, 2: 0, 3: 0}
    generated = 0

    # Depth first, in file order, with a stack (not recursion: depth is bounded, but need not be trusted).
    unit: UnitDoc | None = None
    element: ElementDoc | None = None
    stack = list(reversed(children.get("", [])))
    while stack:
        ident = stack.pop()
        rownum, r = comps[ident]
        d = depth[ident]
        counts[min(d, 3)] += 1
        if d == 1:
            code = ident
            if len(code) > 40:
                generated += 1
                code = f"{doc.code[:33]}-U{generated:03d}"
            unit = UnitDoc(code=code, title=r["Short name"], where=f"{source}, row {rownum} ({ident})")
            doc.units.append(unit)
            element = None
        elif d == 2:
            assert unit is not None
            element = ElementDoc(title=r["Short name"])
            unit.elements.append(element)
        else:
            assert element is not None
            element.criteria.append(CriterionDoc(text=_plain(r.get("Description", "")) or r["Short name"]))
        stack.extend(reversed(children.get(ident, [])))
    taxonomy = frow.get("Taxonomy", "")
    doc.mapping.append(
        f"Framework {doc.code} → qualification; top-level competencies → units ({counts[1]}), "
        f"their children → elements ({counts[2]}), deeper competencies → performance criteria "
        f"({counts[3]})" + (f"; the framework's taxonomy was {taxonomy}." if taxonomy else ".")
    )
    if generated:
        doc.mapping.append(f"{generated} unit ID number(s) were longer than 40 characters and got generated codes.")
    return doc
