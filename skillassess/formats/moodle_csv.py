"""Moodle competency framework CSV (admin tool tool_lpimportcsv): read what Moodle writes, write what it reads.

Moodle writes one row per competency after a header row, framework first, in these 14 columns, and its
importer reads them **by position** (the header is only skipped). Older versions named them
``"Parent id number","Id number",Shortname,...``, newer ones ``"Parent ID number","ID number","Short name"``,
and a Moodle in French writes them in French: so the columns are found by name in any case and spacing when
the header names them, and otherwise by position as Moodle does. The file may start with a UTF-8 BOM, end its
lines with CRLF or LF, and be separated by semicolons (a copy re-saved by Excel or LibreOffice in a French
locale) or tabs.

The mapping onto SkillAssess (docs/moodle-csv.md says the same for users):

- the framework row ("Is framework" = 1) → the qualification (ID number → code, short name → title,
  description → description);
- level 1 (competencies without a parent) → units (ID number → unit code, short name → title);
- level 2 → elements of their unit (short name → title);
- level 3 → performance criteria of their element: the short name, and the description on the next lines;
- level 4 and deeper → folded into the text of their level-3 criterion, one line each: ``- short name: description``
  (indented two spaces per level below 4);
- ``unit_level`` N > 1 (the user's choice for a deep framework): level N → units, N + 1 → elements, and so on; the
  levels above N are listed as having no place;
- a framework of two levels: level 1 → a unit with one element of the same title, level 2 → its criteria; a flat
  list: each competency → a unit, one element and one criterion.

Descriptions in HTML become plain text with line breaks and no tags. Whatever has no place in SkillAssess
(scales, the taxonomy, completion rules, cross-references, the ID numbers of elements and criteria, the
descriptions of units and elements) is listed in the import report (``QualificationDoc.mapping``).

:func:`write_moodle_csv` writes a qualification in the same 14 columns, which Moodle imports and this module
reads back to the same codes, titles, order and texts.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from skillassess.core.errors import ValidationError
from skillassess.core.messages import Message, msg
from skillassess.core.safe_write import write_file
from skillassess.formats.standard_doc import (
    MAX_LEVELS,
    CriterionDoc,
    ElementDoc,
    QualificationDoc,
    UnitDoc,
    cap,
    check_file,
    clean_text,
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
"""The header Moodle writes (3.1 and later, in English), in the order its importer reads the columns."""

# Field keys, in Moodle's column order (the names of tool_lpimportcsv's language strings).
KEYS = [
    "parentidnumber",
    "idnumber",
    "shortname",
    "description",
    "descriptionformat",
    "scalevalues",
    "scaleconfiguration",
    "ruletype",
    "ruleoutcome",
    "ruleconfig",
    "relatedidnumbers",
    "exportid",
    "isframework",
    "taxonomy",
]
# Header names, reduced to letters and digits, that name each field, in the versions Moodle has used.
_ALIASES = {
    "parentidnumber": "parentidnumber",
    "idnumber": "idnumber",
    "shortname": "shortname",
    "description": "description",
    "descriptionformat": "descriptionformat",
    "scalevalues": "scalevalues",
    "scaleconfiguration": "scaleconfiguration",
    "ruletype": "ruletype",
    "ruletypeoptional": "ruletype",
    "ruleoutcome": "ruleoutcome",
    "ruleoutcomeoptional": "ruleoutcome",
    "ruleconfig": "ruleconfig",
    "ruleconfigoptional": "ruleconfig",
    "crossreferencedcompetencyidnumbers": "relatedidnumbers",
    "relatedidnumbers": "relatedidnumbers",
    "exportedid": "exportid",
    "exportedidoptional": "exportid",
    "exportid": "exportid",
    "isframework": "isframework",
    "taxonomy": "taxonomy",
}
REQUIRED = ["parentidnumber", "idnumber", "shortname"]

MAX_ROWS = 200_000
"""Competencies in one file: Moodle's largest published frameworks have a few thousand."""
MAX_FIELD = 1_000_000
"""Characters in one field (a description): far more than any real one, far less than a hostile file."""
SHORT_NAME = 100
"""Moodle's limit on a competency's short name and ID number (the database column of tool_lp)."""

# Moodle's text formats (FORMAT_* in lib/weblib.php).
FORMAT_MOODLE, FORMAT_HTML, FORMAT_PLAIN, FORMAT_MARKDOWN = "0", "1", "2", "4"
_TRUE = {"1", "true", "yes", "y", "x", "oui", "vrai"}
_SEPARATORS = (",", ";", "\t")
_LIST_LIMIT = 12


# --- HTML to plain text ---------------------------------------------------------------------------------

_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "hr", "dd", "dt", "dl", "section", "article", "header", "footer",
}  # fmt: skip


_DROP = re.compile(r"<!--.*?-->|<(script|style|head|title)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")


def _tag(match: re.Match[str]) -> str:
    name = match.group(2).lower()
    if name not in _BLOCKS:
        return ""
    return "\n- " if name == "li" and not match.group(1) else "\n"


def html_to_text(text: str, *, keep_newlines: bool = False) -> str:
    """Plain text of an HTML description: line breaks where the blocks were (list items start with "- "),
    no tags, entities decoded, runs of spaces made one. Regular expressions, not a parser: a framework has
    tens of thousands of descriptions, and only their text is wanted."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[ \t\f\v]+", " ", text) if keep_newlines else re.sub(r"\s+", " ", text)
    if "<" in text:
        text = _TAG.sub(_tag, _DROP.sub("", text))
    if "&" in text:
        text = html.unescape(text)
    lines = (line.strip() for line in text.replace("\xa0", " ").split("\n"))
    return "\n".join(line for line in lines if line)


def description_text(text: str, text_format: str) -> str:
    """A Moodle description as plain text, by its format (HTML when the format is missing and it has tags)."""
    text_format = text_format.strip()
    if text_format in (FORMAT_PLAIN, FORMAT_MARKDOWN):
        return clean_text(text)
    if text_format == FORMAT_HTML or (text_format != FORMAT_MOODLE and re.search(r"<[a-zA-Z/!]", text)):
        return html_to_text(text)
    if text_format == FORMAT_MOODLE:  # Moodle auto-format: HTML allowed, line breaks kept
        return html_to_text(text, keep_newlines=True)
    return clean_text(text)


# --- Reading ----------------------------------------------------------------------------------------------


@dataclass
class _Row:
    number: int
    fields: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.fields.get(key, "")


def read_moodle_csv(path: Path | str, *, unit_level: int = 1) -> QualificationDoc:
    path = Path(path)
    check_file(path, "Moodle competency framework CSV")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ValidationError(
            msg(
                "{file}, line {line}: the file is not UTF-8 text; save the CSV as UTF-8 "
                "(in Excel: CSV UTF-8; in LibreOffice: character set Unicode (UTF-8)) and try again.",
                file=path.name,
                line=line,
            )
        ) from None
    return parse_moodle_csv(text, source=path.name, unit_level=unit_level)


def _separator(text: str) -> str:
    """The separator of the header row: the candidate that splits it into the most fields."""
    first = text.split("\n", 1)[0]
    best, most = ",", 0
    for sep in _SEPARATORS:
        try:
            n = len(next(csv.reader([first], delimiter=sep), []))
        except csv.Error:
            continue
        if n > most:
            best, most = sep, n
    return best


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _columns(header: Sequence[str], source: str) -> tuple[dict[str, int], bool]:
    """Where each field is: by the header's names when it names them, else by position (Moodle's way)."""
    by_name: dict[str, int] = {}
    for i, name in enumerate(header):
        key = _ALIASES.get(_key(name))
        if key is not None and key not in by_name:
            by_name[key] = i
    if all(k in by_name for k in REQUIRED):
        return by_name, False
    if len(header) >= len(KEYS) - 1 and not any(_key(h) in _ALIASES for h in header[:3]):
        # Not English names (a Moodle in another language), in Moodle's number of columns: read by position.
        return {k: i for i, k in enumerate(KEYS)}, True
    raise _not_moodle(source, [k for k in [*REQUIRED, "isframework"] if k not in by_name])


def _not_moodle(source: str, missing_keys: list[str]) -> ValidationError:
    missing = ", ".join(COLUMNS[KEYS.index(k)] for k in missing_keys)
    return ValidationError(
        msg(
            "{file}: not a Moodle competency framework CSV: the column(s) {columns} are missing from row 1. "
            "Export the framework from Moodle (Site administration > Competencies > Export competency framework).",
            file=source,
            columns=missing,
        )
    )


def _rows(text: str, source: str) -> tuple[list[str], list[_Row], dict[str, int], bool]:
    sep = _separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    old_limit = csv.field_size_limit(MAX_FIELD)
    try:
        try:
            header = next(reader, None)
        except csv.Error as exc:
            raise _csv_error(source, 1, reader.line_num, exc) from None
        if header is None or not any(h.strip() for h in header):
            raise ValidationError(
                msg("{file}: the file is empty; choose a Moodle competency framework CSV.", file=source)
            )
        columns, by_position = _columns(header, source)
        rows: list[_Row] = []
        number = 1  # the row as a spreadsheet shows it (a cell of several lines is one row)
        while True:
            try:
                values = next(reader, None)
            except csv.Error as exc:
                raise _csv_error(source, number + 1, reader.line_num, exc) from None
            if values is None:
                break
            number += 1
            if number - 1 > MAX_ROWS:  # blank rows count too: a file of millions of them is refused as fast
                raise ValidationError(
                    msg(
                        "{file}, row {row}: more than {limit:,} rows; a framework this large is not a "
                        "competency standard (is it the right file?).",
                        file=source,
                        row=number,
                        limit=MAX_ROWS,
                    )
                )
            if not any(v.strip() for v in values):
                continue
            fields = {k: values[i] for k, i in columns.items() if i < len(values)}
            rows.append(_Row(number, fields))
    finally:
        csv.field_size_limit(old_limit)
    if by_position:
        # Read by position only what looks like Moodle's layout: "Is framework" holds 0 or 1, and some row is one.
        flags = [r["isframework"].strip() for r in rows]
        if not (set(flags) <= {"", "0", "1"} and "1" in flags):
            raise _not_moodle(source, [*REQUIRED, "isframework"])
    return header, rows, columns, by_position


def _csv_error(source: str, row: int, line: int, exc: csv.Error) -> ValidationError:
    reason = str(exc)
    if "field larger than field limit" in reason:
        return ValidationError(
            msg(
                "{file}, row {row} (line {line}): a field longer than {limit:,} characters; is it the right file?",
                file=source,
                row=row,
                line=line,
                limit=MAX_FIELD,
            )
        )
    return ValidationError(
        msg(
            "{file}, row {row} (line {line}): not a readable CSV file ({reason}).",
            file=source,
            row=row,
            line=line,
            reason=reason,
        )
    )


def _listed(items: Sequence[str], limit: int = _LIST_LIMIT) -> str:
    shown = ", ".join(s if len(s) <= 80 else s[:79] + "…" for s in items[:limit])
    return shown + (f" and {len(items) - limit:,} more" if len(items) > limit else "")


def parse_moodle_csv(text: str, *, source: str = "CSV", unit_level: int = 1) -> QualificationDoc:
    """A framework in Moodle's CSV as a document, with the mapping and what had no place in ``mapping``.

    ``unit_level``: the level of the framework that becomes the units (1, the top, by default); the levels
    above it have no place and are listed in the report."""
    text = text.removeprefix("\ufeff")
    _header, rows, columns, by_position = _rows(text, source)
    problems: list[str | Message] = []
    framework: _Row | None = None
    comps: dict[str, _Row] = {}
    order: list[str] = []
    for r in rows:
        where = f"{source}, row {r.number}"
        if r["isframework"].strip().lower() in _TRUE:
            if framework is not None:
                problems.append(
                    msg(
                        "{where}: a second framework (the first is on row {first}); import one framework per file.",
                        where=where,
                        first=framework.number,
                    )
                )
            else:
                framework = r
            continue
        ident = r["idnumber"].strip()
        if not ident:
            problems.append(msg("{where}, column ID number: the ID number is empty.", where=where))
            continue
        if ident in comps:
            problems.append(
                msg(
                    "{where}: the ID number {id} appears twice (also row {other}).",
                    where=where,
                    id=ident,
                    other=comps[ident].number,
                )
            )
            continue
        if not r["shortname"].strip():
            problems.append(msg("{where}, column Short name: the short name of {id} is empty.", where=where, id=ident))
        comps[ident] = r
        order.append(ident)
    if framework is None:
        if "isframework" not in columns:
            problems.append(msg("{file}: the column Is framework is missing from row 1.", file=source))
        else:
            problems.append(msg("{file}: no framework row (a row with Is framework = 1).", file=source))
    for ident in order:
        r = comps[ident]
        parent = r["parentidnumber"].strip()
        if parent and parent not in comps:
            problems.append(
                msg(
                    "{file}, row {row}: the parent {parent} of {id} is not in the file.",
                    file=source,
                    row=r.number,
                    parent=parent,
                    id=ident,
                )
            )
    depth: dict[str, int] = {}
    for ident in order:
        seen: list[str] = []
        node = ident
        while node and node not in depth:
            if node in seen:
                problems.append(
                    msg(
                        "{file}, row {row}: the parents of {id} form a cycle ({cycle}).",
                        file=source,
                        row=comps[ident].number,
                        id=ident,
                        cycle=" → ".join([*seen[seen.index(node) :], node]),
                    )
                )
                break
            seen.append(node)
            node = comps[node]["parentidnumber"].strip() if node in comps else ""
        else:
            base = depth.get(node, 0) if node else 0
            for n, s in enumerate(reversed(seen), start=1):
                depth[s] = base + n
    too_deep = [ident for ident in order if depth.get(ident, 0) > MAX_LEVELS]
    if too_deep:
        deepest = max(too_deep, key=lambda i: depth[i])
        problems.append(
            msg(
                "{file}, row {row}: {id} is {depth:,} levels below the framework; SkillAssess takes at most "
                "{limit} (units, elements, criteria and the levels below them).",
                file=source,
                row=comps[deepest].number,
                id=deepest,
                depth=depth[deepest],
                limit=MAX_LEVELS,
            )
        )
    if problems:
        raise ValidationError(
            msg(
                "{file}: the framework cannot be imported ({count} problem(s)); nothing was changed.",
                file=source,
                count=len(problems),
            ),
            cap([str(p) for p in problems]),
        )
    assert framework is not None
    levels = max(depth.values(), default=0)
    if not 1 <= unit_level <= max(levels, 1):
        raise ValidationError(
            msg(
                "{file}: the framework has {levels} level(s); the units can be level 1 to {levels}, not {level}.",
                file=source,
                levels=levels,
                level=unit_level,
            )
        )
    above = [i for i in order if depth[i] < unit_level]
    kept = {i: depth[i] - unit_level + 1 for i in order if depth[i] >= unit_level}
    doc = _document(framework, comps, [i for i in order if i in kept], kept, source, by_position, unit_level)
    doc.levels = levels
    if above:
        doc.mapping.insert(
            1 if by_position else 0,
            msg(
                "Level 1 is above the units and has no place: {count} competencies ({ids}).",
                count=len(above),
                ids=_listed(above),
            )
            if unit_level == 2
            else msg(
                "Levels 1 to {last} are above the units and have no place: {count} competencies ({ids}).",
                last=unit_level - 1,
                count=len(above),
                ids=_listed(above),
            ),
        )
    return doc


def _document(
    frow: _Row,
    comps: dict[str, _Row],
    order: list[str],
    depth: dict[str, int],
    source: str,
    by_position: bool,
    unit_level: int,
) -> QualificationDoc:
    def desc(r: _Row) -> str:
        return description_text(r["description"], r["descriptionformat"])

    title, description = _title(clean_text(frow["shortname"]), desc(frow))
    doc = QualificationDoc(code=frow["idnumber"].strip(), title=title, description=description, source=source)
    children: dict[str, list[str]] = {}
    for ident in order:
        parent = comps[ident]["parentidnumber"].strip()
        children.setdefault(parent if parent in depth else "", []).append(ident)
    counts = {1: 0, 2: 0, 3: 0, 4: 0}
    generated: list[str] = []
    lost_descriptions: list[str] = []
    lost_ids: list[str] = []
    orphans: list[str] = []

    # A framework of one or two levels (competencies, perhaps with their indicators) has no level for
    # elements: each competency becomes a unit with one element of the same title, and its children (or,
    # in a flat list, the competency itself) the criteria of that element.
    deepest = max(depth.values(), default=0)
    shallow = deepest <= 2
    unit: UnitDoc | None = None
    element: ElementDoc | None = None
    criterion: CriterionDoc | None = None
    # Depth first, in file order, with a stack (not recursion: depth is bounded, but need not be trusted).
    stack = list(reversed(children.get("", [])))
    while stack:
        ident = stack.pop()
        r = comps[ident]
        d = depth[ident]
        counts[min(d, 4)] += 1
        name = clean_text(r["shortname"])
        description = desc(r)
        if d <= 2:
            name, description = _title(name, description)
        if d == 1:
            code = ident
            if len(code) > 40:
                code = f"{doc.code[:33]}-U{len(generated) + 1:03d}"
                generated.append(ident)
            unit = UnitDoc(code=code, title=name, where=f"{source}, row {r.number} ({ident})")
            doc.units.append(unit)
            element = criterion = None
            if shallow:
                element = ElementDoc(title=name, where=f"{source}, row {r.number} ({ident}), element")
                unit.elements.append(element)
                if deepest == 1:
                    element.criteria.append(
                        CriterionDoc(criterion_text(name, description), where=f"{source}, row {r.number} ({ident})")
                    )
                    description = ""
            if description:
                lost_descriptions.append(ident)
        elif d == 2 and shallow:
            assert element is not None
            element.criteria.append(
                CriterionDoc(
                    criterion_text(clean_text(r["shortname"]), desc(r)),
                    where=f"{source}, row {r.number} ({ident}), criterion",
                )
            )
            lost_ids.append(ident)
        elif d == 2:
            assert unit is not None
            element = ElementDoc(title=name, where=f"{source}, row {r.number} ({ident}), element")
            unit.elements.append(element)
            criterion = None
            lost_ids.append(ident)
            if description:
                lost_descriptions.append(ident)
        elif d == 3:
            assert element is not None
            criterion = CriterionDoc(
                text=criterion_text(name, description), where=f"{source}, row {r.number} ({ident}), criterion"
            )
            element.criteria.append(criterion)
            lost_ids.append(ident)
        else:
            lost_ids.append(ident)
            if criterion is None:  # cannot happen in a tree, but a criterion must exist to fold into
                orphans.append(ident)
                continue
            line = f"{'  ' * (d - 4)}- {name}" + (f": {_one_line(description)}" if description else "")
            criterion.text = f"{criterion.text}\n{line}"
        stack.extend(reversed(children.get(ident, [])))
    _report(doc, frow, comps, order, counts, generated, lost_descriptions, lost_ids, by_position, deepest, unit_level)
    return doc


def criterion_text(short_name: str, description: str) -> str:
    """The short name, then the description on the next lines; the description alone when it begins with the
    short name (as when SkillAssess wrote the file: a long criterion's short name is its beginning)."""
    if not description:
        return short_name
    head = short_name.removesuffix("…").rstrip()
    if not head or description.startswith(head):
        return description
    return f"{short_name}\n{description}"


def _title(short_name: str, description: str) -> tuple[str, str]:
    """A title cut short to Moodle's 100 characters ("…") whose description begins with it is the description's
    first line (as SkillAssess writes a long title); the rest is the description."""
    head = short_name.removesuffix("…").rstrip()
    if short_name.endswith("…") and head and description.startswith(head):
        first, _, rest = description.partition("\n")
        return first.strip(), rest.strip()
    return short_name, description


def _one_line(text: str) -> str:
    """A description on one line: its lines joined by "; ", list marks dropped."""
    lines = (line.strip().removeprefix("- ").strip() for line in text.splitlines())
    return "; ".join(line for line in lines if line)


def _report(
    doc: QualificationDoc,
    frow: _Row,
    comps: dict[str, _Row],
    order: list[str],
    counts: dict[int, int],
    generated: list[str],
    lost_descriptions: list[str],
    lost_ids: list[str],
    by_position: bool,
    deepest: int,
    unit_level: int,
) -> None:
    out = doc.mapping
    if by_position:
        out.append(
            msg("The header of row 1 does not name Moodle's columns; they were read by position, as Moodle reads them.")
        )
    # Every mapping sentence takes the same parameters (a translation may use any of them).
    levels = {
        "code": doc.code,
        "u": unit_level,
        "e": unit_level + 1,
        "c": unit_level + 2,
        "f": unit_level + 3,
        "units": counts[1],
    }
    if deepest == 1:
        out.append(
            msg(
                "Mapping: framework {code} → qualification; its {units} competencies of level {u} → units "
                "(ID number → unit code), each with one element and one performance criterion of the same "
                "name (short name, then description).",
                **levels,
            )
        )
    elif deepest == 2:
        out.append(
            msg(
                "Mapping: framework {code} → qualification; level {u} → {units} unit(s) (ID number → unit code), "
                "each with one element of the same title; level {e} → {criteria} performance criteria of that "
                "element (short name, then description).",
                **levels,
                criteria=counts[2],
            )
        )
    else:
        out.append(
            msg(
                "Mapping: framework {code} → qualification; level {u} → {units} unit(s) (ID number → unit code); "
                "level {e} → {elements} element(s); level {c} → {criteria} performance criteria (short name, then "
                "description); {deeper} competencies of level {f} and deeper → folded into the text of their "
                "criterion, one line each (- short name: description).",
                **levels,
                elements=counts[2],
                criteria=counts[3],
                deeper=counts[4],
            )
        )
    out.append(
        msg(
            "Read {count} row(s): 1 framework and {competencies} competencies; wrote {units} unit(s), "
            "{elements} element(s), {criteria} performance criteria.",
            count=len(comps) + 1,
            competencies=len(comps),
            units=len(doc.units),
            elements=doc.counts()["elements"],
            criteria=doc.counts()["criteria"],
        )
    )
    if generated:
        out.append(
            msg(
                "{count} unit ID number(s) longer than 40 characters got generated codes: {ids}.",
                count=len(generated),
                ids=_listed(generated),
            )
        )
    lost: list[Message] = []
    scale = frow["scalevalues"].strip()
    if scale:
        lost.append(
            msg(
                "the framework's scale ({scale}): SkillAssess judges each criterion competent or not yet competent.",
                scale=_listed([s.strip() for s in scale.split(",")]),
            )
        )
    if frow["scaleconfiguration"].strip():
        lost.append(msg("the framework's scale configuration (which values are proficient)."))
    taxonomy = frow["taxonomy"].strip()
    if taxonomy:
        lost.append(
            msg("the framework's taxonomy (names of its levels): {taxonomy}.", taxonomy=_listed(taxonomy.split(",")))
        )
    own_scale = [i for i in order if comps[i]["scalevalues"].strip()]
    if own_scale:
        lost.append(msg("the own scales of {count} competencies: {ids}.", count=len(own_scale), ids=_listed(own_scale)))
    rules = [
        f"{i} ({comps[i]['ruletype'].strip().rsplit(chr(92), 1)[-1]})"
        for i in order
        if comps[i]["ruletype"].strip() or comps[i]["ruleconfig"].strip()
    ]
    if rules:
        lost.append(
            msg("the completion rules of {count} competencies: {rules}.", count=len(rules), rules=_listed(rules))
        )
    related = [
        f"{i} → {', '.join(x.strip() for x in comps[i]['relatedidnumbers'].split(',') if x.strip())}"
        for i in order
        if comps[i]["relatedidnumbers"].strip()
    ]
    if related:
        lost.append(
            msg("the cross-references of {count} competencies: {refs}.", count=len(related), refs=_listed(related))
        )
    if lost_descriptions:
        lost.append(
            msg(
                "the descriptions of {count} unit(s) and element(s) (SkillAssess keeps none for them): {ids}.",
                count=len(lost_descriptions),
                ids=_listed(lost_descriptions),
            )
        )
    if lost_ids:
        lost.append(
            msg(
                "the ID numbers of {count} elements, criteria and deeper competencies (SkillAssess numbers them "
                "1, 1.1, ...): {ids}.",
                count=len(lost_ids),
                ids=_listed(lost_ids),
            )
        )
    if lost:
        out.append(msg("Not imported (no place in SkillAssess):"))
        out.extend(msg("- {what}", what=m) for m in lost)


# --- Writing ----------------------------------------------------------------------------------------------


def moodle_rows(doc: QualificationDoc) -> list[list[str]]:
    """The rows of Moodle's CSV for a qualification: header, framework, then each unit depth first.

    Elements get the ID number ``UNIT-E1`` and criteria ``UNIT-E1-1``; a criterion's short name is its
    text when that fits on one line of Moodle's 100 characters, else its beginning with "…" (and the
    whole text is its description, in plain-text format, so nothing is cut)."""
    rows = [list(COLUMNS)]

    def row(parent: str, ident: str, short: str, description: str = "", framework: bool = False) -> list[str]:
        values = ["" for _ in KEYS]
        values[0], values[1], values[2] = parent, ident, short
        values[3] = description
        values[4] = FORMAT_PLAIN
        values[12] = "1" if framework else "0"
        return values

    head = row("", doc.code, *_short(doc.title, doc.description), framework=True)
    head[5] = "Not yet competent,Competent"
    head[6] = '[{"scaleid":"2"},{"id":1,"scaledefault":1,"proficient":0},{"id":2,"scaledefault":0,"proficient":1}]'
    head[13] = "competency,outcome,indicator,indicator"
    rows.append(head)
    for u in doc.units:
        rows.append(row("", u.code, *_short(u.title)))
        for en, e in enumerate(u.elements, start=1):
            eid = f"{u.code}-E{en}"
            rows.append(row(u.code, eid, *_short(e.title)))
            for cn, c in enumerate(e.criteria, start=1):
                rows.append(row(eid, f"{eid}-{cn}", *_short(c.text)))
    return rows


def _short(text: str, description: str = "") -> tuple[str, str]:
    """Moodle's short name and description for a text (and a description to go with it): the text alone when it
    fits, else its start with "…" and the whole text, then the description after a blank line."""
    text, description = clean_text(text), clean_text(description)
    if len(text) <= SHORT_NAME and "\n" not in text:
        return text, description
    first = text.split("\n", 1)[0].strip()
    if len(first) > SHORT_NAME - 1:
        first = first[: SHORT_NAME - 1].rstrip()
    return f"{first}…", text + (f"\n\n{description}" if description else "")


def moodle_csv_bytes(doc: QualificationDoc) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerows(moodle_rows(doc))
    return out.getvalue().encode("utf-8")


def write_moodle_csv(doc: QualificationDoc, path: Path | str) -> None:
    """Write ``doc`` as a Moodle competency framework CSV (UTF-8, the columns Moodle's importer reads)."""
    write_file(path, moodle_csv_bytes(doc))
