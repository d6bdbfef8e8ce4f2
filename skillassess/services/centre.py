"""The centre this database belongs to (one per database): for serials, registration numbers and headings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from skillassess.core.errors import DomainError
from skillassess.core.messages import msg
from skillassess.core.models import Centre


def the_centre(session: Session) -> Centre:
    """The centre; refused with a plain sentence before an administrator has set it up."""
    centre = session.execute(select(Centre).order_by(Centre.id).limit(1)).scalar_one_or_none()
    if centre is None:
        raise DomainError(msg("The centre is not set up yet (name, code, country); an administrator sets it up first."))
    return centre


def centre_name(session: Session) -> str:
    """The centre's name, for headings of printed records and forms ("" before the centre is set up)."""
    return session.execute(select(Centre.name).order_by(Centre.id).limit(1)).scalar() or ""
