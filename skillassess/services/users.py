"""Users: signing in (password check) and the Actor a signed-in user acts as."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from skillassess.core.errors import PermissionDenied
from skillassess.core.models import User
from skillassess.core.passwords import verify_password
from skillassess.services.context import Actor


def actor_for(user: User) -> Actor:
    return Actor(user_id=user.id, username=user.username, roles=user.role_set, full_name=user.full_name)


def authenticate(session: Session, username: str, password: str) -> Actor:
    """The Actor for ``username`` if ``password`` is right and the account active; else PermissionDenied."""
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    if user is None or not verify_password(user.password_hash, password):
        raise PermissionDenied("Wrong user name or password.")
    if not user.active:
        raise PermissionDenied(f"The account {username} is deactivated; ask an administrator.")
    return actor_for(user)


def actor_by_username(session: Session, username: str) -> Actor:
    """The Actor of an existing user, without a password (for tests and set-up code only)."""
    user = session.execute(select(User).where(User.username == username)).scalar_one()
    return actor_for(user)
