"""Messages for users: English by default, rendered through a translation at the edge."""

from __future__ import annotations

from skillassess.core.errors import NotFoundError, ValidationError
from skillassess.core.messages import msg


def test_message_renders_english_and_a_translation() -> None:
    m = msg("No criterion {code} in unit {unit}.", code="9.9", unit="ELI-C03")
    assert str(m) == "No criterion 9.9 in unit ELI-C03."
    fr = {"No criterion {code} in unit {unit}.": "Aucun critère {code} dans l'unité {unit}."}
    assert m.render(lambda t: fr.get(t, t)) == "Aucun critère 9.9 dans l'unité ELI-C03."


def test_nested_messages_and_a_broken_translation() -> None:
    inner = msg("criterion {code}", code="1.2")
    outer = msg("Blocked by {what}.", what=[inner, msg("criterion {code}", code="3.1")])
    assert str(outer) == "Blocked by criterion 1.2, criterion 3.1."
    # A translation that names a parameter the message does not have falls back to English.
    assert (
        outer.render(lambda t: "{nope}" if t.startswith("Blocked") else t) == "Blocked by criterion 1.2, criterion 3.1."
    )


def test_errors_carry_messages_and_plain_strings() -> None:
    e = NotFoundError(msg("No candidate {regno}.", regno="ACC-1"))
    assert str(e) == "No candidate ACC-1." and e.message.params == {"regno": "ACC-1"}
    # Braces in an old-style f-string message are not a template.
    assert str(NotFoundError("{not a field}")) == "{not a field}"
    v = ValidationError(
        msg("The file {name} cannot be imported:", name="a.xlsx"), ["row 2: bad", msg("row {n}: empty", n=3)]
    )
    assert v.problems == ["row 2: bad", "row 3: empty"]
    assert str(v) == "The file a.xlsx cannot be imported:\n- row 2: bad\n- row 3: empty"
