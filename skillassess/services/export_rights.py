"""Who may export personal data in bulk: light enough for the main window to ask at start-up (the exports
themselves, skillassess/services/exports.py, import the workbook writers)."""

from __future__ import annotations

from skillassess.core.enums import Role
from skillassess.services.context import Actor

EXPORT_ROLES = (Role.ADMINISTRATOR, Role.REGISTRAR, Role.VERIFIER)


def may_export(actor: Actor | None) -> bool:
    """Whether ``actor`` may export personal data in bulk."""
    return actor is not None and actor.user_id is not None and actor.has(*EXPORT_ROLES)
