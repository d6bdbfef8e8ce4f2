"""Sentences for users as a message id (the English text) with named parameters, translated at the edge.

Services and formats never import Qt, so they cannot translate. They describe what to say instead:
``msg("No criterion {code} in unit {unit}.", code="9.9", unit="ELI-C03")``. The GUI and the CLI render
the message in the user's language (``render(translate)``); ``str()`` gives the English sentence.
A parameter may itself be a Message (rendered in the same language) or a list of them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Translate = Callable[[str], str]


def _identity(text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """A translatable sentence: ``text`` is both the English wording and the catalogue id."""

    text: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate | None = None) -> str:
        """The sentence in the language of ``translate`` (English when None)."""
        tr = translate or _identity
        template = tr(self.text)
        if not self.params:
            return template
        values = {k: _render_value(v, tr) for k, v in self.params.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            # A faulty translation must not hide the message: fall back to the English wording.
            return self.text.format(**values)

    def __str__(self) -> str:
        return self.render()


def _render_value(value: Any, tr: Translate) -> Any:
    if isinstance(value, Message):
        return value.render(tr)
    if isinstance(value, (list, tuple)) and any(isinstance(v, Message) for v in value):
        return ", ".join(str(_render_value(v, tr)) for v in value)
    return value


def msg(text: str, /, **params: Any) -> Message:
    """Mark ``text`` for translation (extraction keyword) and bind its named parameters."""
    return Message(text, params)


def as_message(value: str | Message) -> Message:
    """A Message for ``value``: plain strings (older code, names, codes) are kept as they are."""
    return value if isinstance(value, Message) else Message(value)
