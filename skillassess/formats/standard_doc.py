"""A competency standard as plain data, the common ground of every exchange format.

Readers (Excel, CASE JSON, Moodle CSV) turn a file into a ``QualificationDoc``; the standards
service writes one into the database in one transaction, and reads one out for the writers.
No Qt and no database here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from skillassess.core.errors import ValidationError
from skillassess.core.messages import Message

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Exchange files larger than this are refused (a real standard is a few megabytes at most)."""

MAX_LEVELS = 20
"""Levels of a hierarchy (CASE items, Moodle competencies) below the framework: real ones have 3 to 6."""

# Fixed namespace for the identifiers of exported items: the same code and version always give
# the same UUID, in every installation.
CASE_NAMESPACE = uuid.UUID("6f1c3e0a-58a4-5b8e-9d2c-5ea7c0de0001")

SECTION_KEYS = ("range_statement", "required_knowledge", "required_skills", "evidence_guide", "assessment_conditions")


def stable_uuid(path: str) -> str:
    """uuid5 of a path like ``unit/ELI-C01/1/element/2`` in the SkillAssess namespace."""
    return str(uuid.uuid5(CASE_NAMESPACE, path))


def qualification_uuid(code: str, version: int) -> str:
    return stable_uuid(f"qualification/{code}/{version}")


def unit_uuid(code: str, version: int) -> str:
    return stable_uuid(f"unit/{code}/{version}")


def element_uuid(unit_code: str, unit_version: int, element: int) -> str:
    return stable_uuid(f"unit/{unit_code}/{unit_version}/element/{element}")


def criterion_uuid(unit_code: str, unit_version: int, element: int, criterion: int) -> str:
    return stable_uuid(f"unit/{unit_code}/{unit_version}/element/{element}/criterion/{criterion}")


@dataclass
class CriterionDoc:
    text: str
    case_identifier: str | None = None
    where: str = field(default="", compare=False)  # where it came from in the file, for messages


@dataclass
class ElementDoc:
    title: str
    criteria: list[CriterionDoc] = field(default_factory=list)
    case_identifier: str | None = None
    where: str = field(default="", compare=False)  # where it came from in the file, for messages


@dataclass
class UnitDoc:
    code: str
    title: str
    version: int = 1
    category: str = "core"
    credits: int = 0
    nominal_hours: int = 0
    status: str = "draft"
    sections: dict[str, str] = field(default_factory=dict)
    elements: list[ElementDoc] = field(default_factory=list)
    case_identifier: str | None = None
    where: str = field(default="", compare=False)  # where it came from in the file, for messages ("sheet Units, row 4")


@dataclass
class QualificationDoc:
    code: str
    title: str
    version: int = 1
    level: str = ""
    sector: str = ""
    description: str = ""
    status: str = "draft"
    packaging_rule: str = "core_plus_electives"
    electives_required: int = 0
    credits_required: int = 0
    awarding_body_code: str = ""
    awarding_body_name: str = ""
    awarding_body_country: str = ""
    awarding_body_level_scale: str = ""
    units: list[UnitDoc] = field(default_factory=list)
    case_identifier: str | None = None
    # What the reader did that a user should know (how CASE levels were mapped, ...); not data.
    mapping: list[str | Message] = field(default_factory=list, compare=False)
    source: str = field(default="", compare=False)
    levels: int = field(default=0, compare=False)  # levels of the hierarchy read (Moodle), 0 when not known

    def counts(self) -> dict[str, int]:
        elements = sum(len(u.elements) for u in self.units)
        criteria = sum(len(e.criteria) for u in self.units for e in u.elements)
        return {"units": len(self.units), "elements": elements, "criteria": criteria}


def check_file(path: Path, kinds: str) -> None:
    """Refuse a missing, empty or oversized file with a message naming it."""
    if not path.is_file():
        raise ValidationError(f"{path}: there is no such file.")
    size = path.stat().st_size
    if size == 0:
        raise ValidationError(f"{path.name}: the file is empty; choose a {kinds} file.")
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            f"{path.name}: the file is {size // (1024 * 1024)} MB, more than the "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB a standard can take; is it the right file?"
        )


def cap(problems: list[str], limit: int = 20) -> list[str]:
    """The first ``limit`` problems, and how many more there are."""
    if len(problems) <= limit:
        return list(problems)
    return [*problems[:limit], f"… and {len(problems) - limit} more problem(s) of the same kind."]


def code_from(text: str, default: str) -> str:
    """A code made from a title or name (letters and digits upper-cased, the rest hyphens), at most 40 characters."""
    out = "".join(ch.upper() if ch.isalnum() else "-" for ch in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:40] or default


def clean_text(text: str | None) -> str:
    """Imported text as it is stored: line ends as LF (not CRLF or CR), no spaces at the ends of lines,
    none around the whole text."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" in text:
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text.strip()


def normalise(doc: QualificationDoc) -> QualificationDoc:
    """Every text of ``doc`` through :func:`clean_text`, in place (each reader's text, whatever the format)."""
    for name in ("code", "title", "level", "sector", "description", "awarding_body_code", "awarding_body_name"):
        setattr(doc, name, clean_text(getattr(doc, name)))
    doc.awarding_body_level_scale = clean_text(doc.awarding_body_level_scale)
    for u in doc.units:
        u.code, u.title = clean_text(u.code), clean_text(u.title)
        u.sections = {k: clean_text(v) for k, v in u.sections.items()}
        for e in u.elements:
            e.title = clean_text(e.title)
            for c in e.criteria:
                c.text = clean_text(c.text)
    return doc
