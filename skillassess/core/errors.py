"""Domain errors: plain messages a user can act on, raised by services and formats."""

from __future__ import annotations


class DomainError(Exception):
    """An error a user can cause and fix; its message is shown as is."""


class NotFoundError(DomainError):
    """A record named by the user does not exist."""


class ValidationError(DomainError):
    """Input breaks a rule; ``problems`` lists every problem found (field or row, message)."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = list(problems or [])

    def __str__(self) -> str:
        base = super().__str__()
        if not self.problems:
            return base
        return base + "\n" + "\n".join(f"- {p}" for p in self.problems)


class PermissionDenied(DomainError):
    """The signed-in user's roles do not allow this action."""


class LockedError(DomainError):
    """The record is locked (for example a verified result) and cannot change in place."""


class DatabaseOpenError(DomainError):
    """A database cannot be opened: not a SkillAssess file, newer than the app, unreachable."""
