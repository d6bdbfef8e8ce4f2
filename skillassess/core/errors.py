"""Domain errors: plain messages a user can act on, raised by services and formats.

Each carries a :class:`~skillassess.core.messages.Message` (an English sentence as message id, and
its parameters) so that the GUI and the CLI can show it in the user's language; ``str(error)`` is
the English sentence. Write new errors as ``raise NotFoundError(msg("No candidate {regno}.", regno=r))``.
"""

from __future__ import annotations

from collections.abc import Iterable

from skillassess.core.messages import Message, Translate, as_message


class DomainError(Exception):
    """An error a user can cause and fix; its message is shown to the user."""

    def __init__(self, message: str | Message) -> None:
        self.message = as_message(message)
        super().__init__(self.message.render())

    def render(self, translate: Translate | None = None) -> str:
        """The whole message in the language of ``translate`` (English when None)."""
        return self.message.render(translate)


class NotFoundError(DomainError):
    """A record named by the user does not exist."""


class ValidationError(DomainError):
    """Input breaks a rule; ``problems`` lists every problem found (field or row, message)."""

    def __init__(self, message: str | Message, problems: Iterable[str | Message] | None = None) -> None:
        super().__init__(message)
        self.problem_messages = [as_message(p) for p in (problems or [])]

    @property
    def problems(self) -> list[str]:
        """The problems as English sentences."""
        return [p.render() for p in self.problem_messages]

    def render(self, translate: Translate | None = None) -> str:
        base = self.message.render(translate)
        if not self.problem_messages:
            return base
        return base + "\n" + "\n".join(f"- {p.render(translate)}" for p in self.problem_messages)

    def __str__(self) -> str:
        return self.render()


class PermissionDenied(DomainError):
    """The signed-in user's roles do not allow this action."""


class LockedError(DomainError):
    """The record is locked (for example a verified result) and cannot change in place."""


class DataFolderError(DomainError):
    """The user data folder (database, keys, logs) cannot be created or used."""


class DatabaseOpenError(DomainError):
    """A database cannot be opened: not a SkillAssess file, newer than the app, unreachable."""


class DatabaseDamagedError(DatabaseOpenError):
    """The database file is damaged (SQLite found it malformed): nothing is written to it.

    ``problems`` holds SQLite's own findings (for ``skillassess check`` and a technician), and
    ``newest_backup`` the archive the message points to, if any.
    """

    def __init__(
        self, message: str | Message, path: object = None, problems: Iterable[str] = (), newest_backup: object = None
    ) -> None:
        super().__init__(message)
        self.path = path
        self.problems = list(problems)
        self.newest_backup = newest_backup


class NoDatabaseError(DatabaseOpenError):
    """No database where one was named (a missing or empty file): nothing was created."""
