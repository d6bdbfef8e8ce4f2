"""Domain rules that need no database: numbering, search keys, outcome checks."""

from __future__ import annotations

import unicodedata
from typing import Protocol

from skillassess.core.messages import Message, msg


class _Named(Protocol):
    family_name: str
    given_names: str
    name_local: str
    registration_number: str
    national_id: str | None


def fold(text: str) -> str:
    """Case- and accent-insensitive form for search: NFKC, casefold, Latin accents removed.

    Arabic and Ethiopic letters are kept as they are (only combining marks are dropped, which
    removes Arabic short vowels too, as users rarely type them).
    """
    if text.isascii():
        return text.lower()  # the same result, without the per-character work (most names and numbers)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKC", stripped)


def candidate_search_text(c: _Named) -> str:
    """The text a candidate is found by: names in every script, registration number, ID."""
    parts = [c.given_names, c.family_name, c.name_local, c.registration_number, c.national_id or ""]
    return fold(" ".join(p for p in parts if p))


def packaging_met(
    rule: str,
    electives_required: int,
    credits_required: int,
    core_unit_codes: set[str],
    achieved: dict[str, tuple[str, int]],
) -> bool:
    """Whether achieved units meet a qualification's packaging rules.

    ``achieved`` maps each achieved unit code to (category, credits). Every core unit is always
    required; then either N electives (core_plus_electives) or at least N credits in all
    (min_credits).
    """
    if not core_unit_codes <= set(achieved):
        return False
    if rule == "core_plus_electives":
        electives = sum(1 for cat, _ in achieved.values() if cat == "elective")
        return electives >= electives_required
    if rule == "min_credits":
        return sum(credits for _, credits in achieved.values()) >= credits_required
    raise ValueError(f"unknown packaging rule {rule!r}")


def blocking_criteria(judgements: list[tuple[str, str | None]]) -> list[str]:
    """Numbers of the criteria that stop a unit being Competent: any not judged Satisfactory.

    ``judgements`` lists every criterion of the unit version as (number, result or None), in order.
    """
    return [number for number, result in judgements if result != "satisfactory"]


def outcome_problems(
    outcome: str,
    judgements: list[tuple[str, str | None]],
    method_count: int,
    pathway: str | None,
    credit_transfer_source: str,
) -> list[Message]:
    """Why ``outcome`` cannot be recorded for an assessment (empty when it can), one sentence each.

    Competent and RPL granted need every criterion Satisfactory and at least one method; RPL
    granted only on the RPL pathway; Credit transfer needs the source it was transferred from.
    Not Yet Competent and Withdrawn can always be recorded.
    """
    problems: list[Message] = []
    if outcome in ("competent", "rpl_granted"):
        if not judgements:
            problems.append(msg("the unit has no performance criteria to judge"))
        blockers = blocking_criteria(judgements)
        if blockers:
            problems.append(msg("criteria not yet Satisfactory: {numbers}", numbers=", ".join(blockers)))
        if method_count < 1:
            problems.append(msg("no assessment method is recorded (observation, questioning, product, ...)"))
    if outcome == "rpl_granted" and pathway != "rpl":
        problems.append(msg("RPL granted is only for candidates enrolled on the RPL pathway"))
    if outcome == "credit_transfer" and not credit_transfer_source.strip():
        problems.append(
            msg("credit transfer needs its source (the earlier qualification or statement and who issued it)")
        )
    return problems
