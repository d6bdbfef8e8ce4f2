"""Text that users give is clean and bounded: one rule, derived from the columns of the model.

- **Length.** A ``String(n)`` column holds at most n characters, and the message names n. A
  ``Text`` column holds at most ``MAX_TEXT`` characters: what one Excel cell holds, so that every
  stored text can be exported again.
- **Control characters** (U+0000–U+001F, U+007F–U+009F) are refused: they are invisible, break
  XML exports and printing, and NUL cuts text short in many programs. Tab, line feed and carriage
  return are whitespace and allowed. Lone surrogates (which cannot be written as UTF-8) are refused.
- **Direction controls** U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates) are
  refused in one-line fields (``String`` columns: names, titles, codes, all that a certificate
  prints). "Smith\\u202egnp.exe" would print as "Smithexe.png": an override reverses the letters
  after it. They are refused, not removed: the text a user typed is either stored as typed or not
  at all (a name is a legal identity, and a silent change would also differ from what the user
  sees in their own file). The application isolates text itself where it mixes directions. Long
  texts (``Text`` columns: descriptions, comments, criteria) keep them: Arabic documents use
  embeddings legitimately there, and nothing there is printed as a name.

Services check the fields they store with :func:`text_problem` (and name the field, row and
column); :func:`check_flush` applies the same rule to every row the ORM writes, as a safety net.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Enum, Integer, String, Text, inspect
from sqlalchemy.orm import Session

from skillassess.core.errors import ValidationError
from skillassess.core.messages import Message, msg

MAX_TEXT = 32_767
"""Characters in a long (Text) field: the most an Excel cell holds."""

MAX_INTEGER = 2_147_483_647
"""The largest whole number an Integer column holds (32 bits, as on PostgreSQL)."""

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_DIRECTION = re.compile("[\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class TextRule:
    """What one column accepts: at most ``limit`` characters; one line (no direction controls) or long text."""

    limit: int
    one_line: bool

    def problem(self, value: str) -> Message | None:
        """Why ``value`` breaks this rule (None when it does not); the caller names the field."""
        if not value:
            return None
        if len(value) > self.limit:
            return msg(
                "{length:,} characters, more than the {limit:,} it can hold; shorten it.",
                length=len(value),
                limit=self.limit,
            )
        bad = _CONTROL.search(value)
        if bad is not None:
            return msg(
                "contains the invisible control character {code} at position {position}, which cannot be "
                "stored; delete it (it often comes with a copy and paste).",
                code=_code(bad.group()),
                position=bad.start() + 1,
            )
        if self.one_line:
            bad = _DIRECTION.search(value)
            if bad is not None:
                return msg(
                    "contains the invisible direction control {code} ({name}) at position {position}, which "
                    "can make a name print reversed; delete it.",
                    code=_code(bad.group()),
                    name=_name(bad.group()),
                    position=bad.start() + 1,
                )
        return None


def _column(column: Any) -> Any:
    """The Core column of a mapped attribute (``Candidate.family_name``) or the column itself."""
    return column.property.columns[0] if hasattr(column, "property") else column


def rule_of(column: Any) -> TextRule:
    """The rule of a String or Text column, read from its type (``String(200)`` → 200 characters, one line)."""
    found = _rules.get(id(column))
    if found is None or found[0] is not column:
        found = _rules[id(column)] = (column, _rule(_column(column)))
    return found[1]


_rules: dict[int, tuple[Any, TextRule]] = {}  # by id: SQLAlchemy columns overload ==


def _rule(col: Any) -> TextRule:
    col_type = col.type
    length = getattr(col_type, "length", None)
    if isinstance(col_type, Text) or length is None:
        return TextRule(MAX_TEXT, one_line=False)
    return TextRule(int(length), one_line=True)


def limit_of(column: Any) -> int:
    """How many characters ``column`` holds."""
    return rule_of(column).limit


def _code(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def _name(ch: str) -> str:
    return unicodedata.name(ch, "control character")


def text_problem(value: str, column: Any) -> Message | None:
    """Why ``value`` cannot be stored in ``column`` (None when it can); the caller names the field."""
    return rule_of(column).problem(value) if value else None


def integer_problem(value: int, column: Any = None) -> Message | None:
    """Why a whole number cannot be stored in an Integer column (None when it can)."""
    if abs(value) > MAX_INTEGER:
        return msg("{value} is too large (at most {limit:,}).", value=_short_number(value), limit=MAX_INTEGER)
    return None


def _short_number(value: int) -> str:
    digits = str(abs(value))
    if len(digits) <= 15:
        return str(value)
    return f"{'-' if value < 0 else ''}{digits[0]}.{digits[1:4]}e{len(digits) - 1}"


def field_problems(fields: Iterable[tuple[Any, str | None, str | Message]]) -> list[Message]:
    """ "Label: problem" for each (column, value, label) whose text cannot be stored."""
    return [
        msg("{field}: {problem}", field=label, problem=problem)
        for column, value, label in fields
        if value and (problem := text_problem(value, column)) is not None
    ]


def check_texts(fields: Iterable[tuple[Any, str | None, str | Message]]) -> None:
    """Raise one ValidationError naming every (value, column, label) whose text cannot be stored.

    ``fields`` holds (column, value, label), e.g. ``(User.full_name, "…", "Full name")``.
    """
    problems = [
        msg("{field}: {problem}", field=label, problem=problem)
        for column, value, label in fields
        if value is not None and (problem := text_problem(value, column)) is not None
    ]
    if problems:
        raise ValidationError(msg("Nothing was saved: correct the text named below."), problems)


# --- The safety net ---------------------------------------------------------------------------------


def _label(name: str) -> str:
    return name.replace("_", " ")


def check_flush(session: Session, _context: Any = None, _instances: Any = None) -> None:
    """Refuse a flush that would store text breaking the rule (new rows, and changed fields of others).

    Installed on every session by the database layer. Services check their fields first and give
    better messages; this catches what any other path would store. Columns the application writes
    itself (hashes, JSON, search keys) are marked ``info={"generated": True}`` and skipped.
    """
    problems: list[Message] = []
    new = session.new  # an identity set, built once: the property builds it anew on every use
    for obj in list(new) + list(session.dirty):
        state = inspect(obj)
        table = getattr(obj, "__table__", None)
        if table is None:
            continue
        for col in table.columns:
            if not isinstance(col.type, (String, Integer)) or isinstance(col.type, Enum) or col.info.get("generated"):
                continue
            attr = state.attrs.get(col.key)
            if attr is None:
                continue
            if obj not in new and not attr.history.has_changes():
                continue
            value = attr.value
            problem = None
            if isinstance(col.type, String) and isinstance(value, str):
                problem = text_problem(value, col)
            elif isinstance(col.type, Integer) and isinstance(value, int) and not isinstance(value, bool):
                problem = integer_problem(value, col)
            if problem is not None:
                problems.append(
                    msg(
                        "{record}, {field}: {problem}",
                        record=_label(table.name),
                        field=_label(col.key),
                        problem=problem,
                    )
                )
    if problems:
        raise ValidationError(msg("Nothing was saved: correct the text named below."), problems)
