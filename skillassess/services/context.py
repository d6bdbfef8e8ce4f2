"""Who is acting: the signed-in user and their roles, checked by every service that changes data."""

from __future__ import annotations

from dataclasses import dataclass, field

from skillassess.core.enums import Role
from skillassess.core.errors import PermissionDenied


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a service runs."""

    user_id: int | None
    username: str
    roles: frozenset[Role] = field(default_factory=frozenset)
    full_name: str = ""

    def has(self, *roles: Role) -> bool:
        """Whether the actor holds any of ``roles``."""
        return bool(self.roles.intersection(roles))

    def require(self, *roles: Role, action: str) -> None:
        """Raise PermissionDenied unless the actor holds one of ``roles``."""
        if not self.has(*roles):
            needed = " or ".join(r.value for r in roles)
            raise PermissionDenied(f"{self.username or 'This user'} may not {action}: it needs the {needed} role.")


SYSTEM = Actor(user_id=None, username="system", roles=frozenset(Role))
"""Used only by set-up code (demo data, first start) that runs before anyone signs in."""
