"""Users: first start, signing in (with lockout), and what administrators do with accounts.

Every call that changes data checks the actor's role and writes exactly one audit entry in the
same transaction. Passwords are never stored, logged or audited: only their Argon2id hash is kept,
and the hash itself never leaves this module (``as_dict`` leaves it out of audit entries).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skillassess.core.enums import AuditAction, Role
from skillassess.core.errors import DomainError, NotFoundError, PermissionDenied, ValidationError
from skillassess.core.messages import msg
from skillassess.core.models import Base, Centre, User, UserRole, as_dict, utcnow
from skillassess.core.passwords import hash_password, needs_rehash, password_problems, verify_password
from skillassess.core.text import field_problems
from skillassess.db.concurrency import lock_writes
from skillassess.services.audit import record
from skillassess.services.context import SYSTEM, Actor

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = dt.timedelta(minutes=15)
USERNAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
CENTRE_CODE_PATTERN = re.compile(r"[A-Z0-9][A-Z0-9-]{0,19}")
COUNTRY_PATTERN = re.compile(r"[A-Z]{2}")
MAX_LOGO_BYTES = 2 * 1024 * 1024


@functools.cache
def _dummy_hash() -> str:
    # Checked when the user name is unknown, so that a wrong name takes as long as a wrong
    # password and timing does not tell which user names exist. Made on first use: hashing is slow.
    return hash_password("not-a-real-password-8c1f")


LOCKOUT_MINUTES = int(LOCKOUT.total_seconds() // 60)


class WrongPassword(PermissionDenied):
    """Signing in was refused: unknown user name, wrong password, or a locked account.

    All three get the same words (and take as long), so that nobody learns which user names exist
    by trying them: only existing accounts can be locked.
    """

    def __init__(self) -> None:
        super().__init__(
            msg(
                "Wrong user name or password, or the account is locked after {attempts} wrong passwords. "
                "A locked account opens again after {minutes} minutes; an administrator can unlock it sooner "
                "by resetting the password.",
                attempts=MAX_FAILED_ATTEMPTS,
                minutes=LOCKOUT_MINUTES,
            )
        )


class AccountDeactivated(PermissionDenied):
    """The password is right but an administrator has deactivated the account."""

    def __init__(self, username: str) -> None:
        super().__init__(f"The account {username} is deactivated; ask an administrator.")
        self.username = username


class AccountLocked(WrongPassword):
    """Too many wrong passwords: the account is locked for ``minutes`` more minutes.

    Said to the user exactly as a wrong password is (see WrongPassword); the details are for the caller.
    """

    def __init__(self, username: str, minutes: int, just_locked: bool) -> None:
        super().__init__()
        self.username = username
        self.minutes = minutes
        self.just_locked = just_locked


class _Unset:
    """Marks an argument that was not given (None is a value: "clear it")."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


@dataclass(frozen=True)
class UserRow:
    """A user as the Users page, the CLI and exports show it (never the password hash)."""

    id: int
    username: str
    full_name: str
    roles: tuple[Role, ...]
    active: bool
    locked_until: dt.datetime | None
    assessor_registration_number: str | None
    registration_expires_on: dt.date | None
    created_at: dt.datetime | None


@dataclass(frozen=True)
class CentreFields:
    """What the first-start wizard asks about the centre."""

    name: str
    code: str
    country: str
    address: str = ""
    logo: bytes | None = None


@dataclass(frozen=True)
class AdminFields:
    """The first administrator, created together with the centre."""

    username: str
    password: str
    full_name: str = ""
    # An Argon2 hash of ``password`` made beforehand (the demo's, which hashing would slow on every build).
    password_hash: str | None = None


# --- Reading -----------------------------------------------------------------------------------


def actor_for(user: User) -> Actor:
    return Actor(user_id=user.id, username=user.username, roles=user.role_set, full_name=user.full_name)


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    # SQLite gives back naive datetimes; everything is stored in UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def _row(user: User) -> UserRow:
    return UserRow(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        roles=tuple(r for r in Role if r in user.role_set),
        active=bool(user.active),
        locked_until=_aware(user.locked_until),
        assessor_registration_number=user.assessor_registration_number,
        registration_expires_on=user.registration_expires_on,
        created_at=_aware(user.created_at),
    )


def _audit_dict(user: User) -> dict[str, Any]:
    d = as_dict(user)  # leaves out password_hash
    d["roles"] = [r.value for r in Role if r in user.role_set]
    return d


def normalise_username(username: str) -> str:
    """User names are compared and stored in lower case, without surrounding spaces."""
    return username.strip().casefold()


def has_users(session: Session) -> bool:
    """Whether anybody can sign in yet (if not, the application starts with the first-start wizard)."""
    return bool(session.execute(select(func.count(User.id))).scalar_one())


def list_users(session: Session, include_inactive: bool = True) -> list[UserRow]:
    """All users by user name."""
    stmt = select(User).order_by(User.username)
    if not include_inactive:
        stmt = stmt.where(User.active.is_(True))
    return [_row(u) for u in session.execute(stmt).scalars()]


def _user(session: Session, username: str) -> User:
    name = normalise_username(username)
    user = session.execute(select(User).where(User.username == name)).scalar_one_or_none()
    if user is None:
        raise NotFoundError(f"There is no user {name!r}.")
    return user


def get_user(session: Session, username: str) -> UserRow:
    return _row(_user(session, username))


def user_choices(session: Session, role: Role) -> list[tuple[int, str, str]]:
    """Active users holding ``role``: (id, user name, full name), by user name (for pickers)."""
    rows = session.execute(
        select(User.id, User.username, User.full_name)
        .join(UserRole, UserRole.user_id == User.id)
        .where(UserRole.role == role, User.active.is_(True))
        .order_by(User.username)
    ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def actor_by_username(session: Session, username: str) -> Actor:
    """The Actor of an existing user, without a password (for tests and set-up code only)."""
    return actor_for(_user(session, username))


# --- Signing in ----------------------------------------------------------------------------------


def _minutes_left(until: dt.datetime, now: dt.datetime) -> int:
    return max(1, -(-int((until - now).total_seconds()) // 60))


def authenticate(session: Session, username: str, password: str, now: dt.datetime | None = None) -> Actor:
    """The Actor for ``username`` if ``password`` is right and the account active and not locked.

    A wrong password counts towards the lockout; the count is committed here, before the error is
    raised, so that it survives the caller's rollback (signing in that fails must still count).
    """
    now = now or utcnow()
    name = normalise_username(username)
    user = session.execute(select(User).where(User.username == name)).scalar_one_or_none()
    if user is None:
        verify_password(_dummy_hash(), password)
        raise WrongPassword()
    locked_until = _aware(user.locked_until)
    if locked_until is not None and locked_until > now:
        verify_password(user.password_hash, password)  # as slow as any other refusal: timing tells nothing
        raise AccountLocked(name, _minutes_left(locked_until, now), just_locked=False)
    if not verify_password(user.password_hash, password):
        user.failed_attempts = (user.failed_attempts or 0) + 1
        locked = user.failed_attempts >= MAX_FAILED_ATTEMPTS
        if locked:
            before = {"locked_until": None}
            user.failed_attempts = 0
            user.locked_until = now + LOCKOUT
            record(
                session,
                SYSTEM,
                AuditAction.UPDATE,
                "user",
                name,
                before,
                {"locked_until": user.locked_until.isoformat(), "reason": f"{MAX_FAILED_ATTEMPTS} wrong passwords"},
            )
        session.commit()
        if locked:
            raise AccountLocked(name, LOCKOUT_MINUTES, just_locked=True)
        raise WrongPassword()
    if not user.active:
        raise AccountDeactivated(name)
    if user.failed_attempts or user.locked_until is not None:
        user.failed_attempts = 0
        user.locked_until = None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        session.flush()
        record(session, SYSTEM, AuditAction.UPDATE, "user", name, None, {"password": "hash renewed at sign-in"})
    return actor_for(user)


# --- First start ---------------------------------------------------------------------------------


def _logo_problem(logo: bytes) -> str | None:
    from skillassess.formats.images import image_problem

    problem = image_problem(logo, max_bytes=MAX_LOGO_BYTES)
    return None if problem is None else str(problem)


def _new_password_problems(password: str, username: str) -> list[str]:
    return password_problems(password, username)


def create_centre_and_admin(
    session: Session, centre: CentreFields, admin: AdminFields, *, key_dir: Path | None = None
) -> Actor:
    """First start: record the centre and its first administrator, who also makes the centre's first
    certificate signing key (services/keys.py); return the administrator's Actor."""
    lock_writes(session)  # two first starts at once: one creates the centre, the other is told it exists
    if has_users(session):
        raise DomainError("This database already has users; sign in as an administrator instead.")
    problems: list[str] = []
    name = centre.name.strip()
    code = centre.code.strip().upper()
    country = centre.country.strip().upper()
    if not name:
        problems.append("Centre name: enter the centre's name.")
    if not CENTRE_CODE_PATTERN.fullmatch(code):
        problems.append(
            "Centre code: 1 to 20 letters, digits or hyphens (for example ACC); it starts every certificate serial."
        )
    if not COUNTRY_PATTERN.fullmatch(country):
        problems.append("Country: the two-letter ISO code, for example GH, ET or LB.")
    if centre.logo:
        logo_problem = _logo_problem(centre.logo)
        if logo_problem:
            problems.append(f"Logo: {logo_problem}")
    username = normalise_username(admin.username)
    if not USERNAME_PATTERN.fullmatch(username):
        problems.append(
            "User name: up to 64 letters, digits, dots, hyphens or underscores, starting with a letter or digit."
        )
    problems += [f"Password: {p}" for p in _new_password_problems(admin.password, username)]
    problems += [
        str(p)
        for p in field_problems(
            [
                (Centre.name, name, "Centre name"),
                (Centre.address, centre.address.strip(), "Address"),
                (User.full_name, admin.full_name.strip(), "Full name"),
            ]
        )
    ]
    if problems:
        raise ValidationError("The centre and its first administrator cannot be created:", problems)

    existing = session.execute(select(Centre).order_by(Centre.id)).scalars().first()
    row = existing or Centre()
    row.name, row.code, row.country, row.address = name, code, country, centre.address.strip()
    if centre.logo:
        row.logo = centre.logo
    session.add(row)
    user = User(
        username=username,
        full_name=admin.full_name.strip(),
        password_hash=admin.password_hash or hash_password(admin.password),
    )
    user.roles = [UserRole(role=Role.ADMINISTRATOR)]
    session.add(user)
    session.flush()
    actor = actor_for(user)
    record(
        session,
        actor,
        AuditAction.CREATE,
        "centre",
        code,
        None,
        {"centre": as_dict(row), "administrator": _audit_dict(user)},
    )
    from skillassess.services import keys

    if keys.current_key(session) is None:
        keys.create_key(session, actor, key_dir)
    return actor


# --- Administration -------------------------------------------------------------------------------


def _require_admin(actor: Actor, action: str) -> None:
    actor.require(Role.ADMINISTRATOR, action=action)


def _active_admin_count(session: Session) -> int:
    stmt = (
        select(func.count(User.id))
        .join(UserRole, UserRole.user_id == User.id)
        .where(User.active.is_(True), UserRole.role == Role.ADMINISTRATOR)
    )
    return int(session.execute(stmt).scalar_one())


def _guard_last_admin(session: Session, user: User, what: str) -> None:
    # Two administrators removing each other at once: the second counts after the first committed.
    lock_writes(session)
    if user.active and Role.ADMINISTRATOR in user.role_set and _active_admin_count(session) <= 1:
        raise DomainError(
            f"{user.username} is the only active administrator and cannot {what}; "
            "make another user an administrator first."
        )


def _registration_problems(number: str | None, expires: dt.date | None) -> list[str]:
    if expires is not None and not number:
        return ["Registration expiry: give the assessor registration number too."]
    return []


def add_user(
    session: Session,
    actor: Actor,
    username: str,
    password: str,
    roles: list[Role] | tuple[Role, ...] | frozenset[Role],
    full_name: str = "",
    assessor_registration_number: str | None = None,
    registration_expires_on: dt.date | None = None,
    *,
    password_hash: str | None = None,
) -> UserRow:
    """Add a user (administrators only). ``password_hash``: an Argon2 hash of ``password`` made beforehand
    (the demo's users), used instead of hashing it again."""
    _require_admin(actor, "add users")
    name = normalise_username(username)
    name_problems: list[str] = []
    if not USERNAME_PATTERN.fullmatch(name):
        name_problems.append(
            "User name: up to 64 letters, digits, dots, hyphens or underscores, starting with a letter or digit."
        )
    problems: list[str] = []
    if not roles:
        problems.append("Roles: give at least one role.")
    number = (assessor_registration_number or "").strip() or None
    problems += _registration_problems(number, registration_expires_on)
    problems += [f"Password: {p}" for p in _new_password_problems(password, name)]
    problems += [
        str(p)
        for p in field_problems(
            [
                (User.full_name, full_name.strip(), "Full name"),
                (User.assessor_registration_number, number, "Registration number"),
            ]
        )
    ]
    # Hash (slow on purpose) before taking the write lock; the name must still be free when the row is written.
    hashed = "" if name_problems or problems else password_hash or hash_password(password)
    lock_writes(session)
    if not name_problems and session.execute(select(User.id).where(User.username == name)).first():
        name_problems.append(f"User name: {name} is taken; choose another.")
    problems = name_problems + problems
    if problems:
        raise ValidationError(f"The user {name} cannot be added:", problems)
    user = User(
        username=name,
        full_name=full_name.strip(),
        password_hash=hashed,
        assessor_registration_number=number,
        registration_expires_on=registration_expires_on,
    )
    user.roles = [UserRole(role=Role(r)) for r in Role if r in set(roles)]
    session.add(user)
    session.flush()
    record(session, actor, AuditAction.CREATE, "user", name, None, _audit_dict(user))
    return _row(user)


def update_user(
    session: Session,
    actor: Actor,
    username: str,
    *,
    full_name: str | None = None,
    roles: list[Role] | tuple[Role, ...] | frozenset[Role] | None = None,
    assessor_registration_number: str | None = UNSET,
    registration_expires_on: dt.date | None = UNSET,
) -> UserRow:
    """Change a user's name, roles or assessor registration (administrators only); one audit entry."""
    _require_admin(actor, "change users")
    user = _user(session, username)
    before = _audit_dict(user)
    number = user.assessor_registration_number
    if assessor_registration_number is not UNSET:
        number = (assessor_registration_number or "").strip() or None
    expires = user.registration_expires_on if registration_expires_on is UNSET else registration_expires_on
    problems = _registration_problems(number, expires)
    if roles is not None and not roles:
        problems.append("Roles: give at least one role.")
    problems += [
        str(p)
        for p in field_problems(
            [
                (User.full_name, (full_name or "").strip(), "Full name"),
                (User.assessor_registration_number, number, "Registration number"),
            ]
        )
    ]
    if problems:
        raise ValidationError(f"The user {user.username} cannot be changed:", problems)
    if roles is not None and Role.ADMINISTRATOR not in set(roles):
        _guard_last_admin(session, user, "lose the administrator role")
    if full_name is not None:
        user.full_name = full_name.strip()
    user.assessor_registration_number = number
    user.registration_expires_on = expires
    if roles is not None and set(roles) != user.role_set:
        wanted = set(roles)
        user.roles = [r for r in user.roles if r.role in wanted] + [
            UserRole(role=r) for r in Role if r in wanted and r not in user.role_set
        ]
    session.flush()
    after = _audit_dict(user)
    if after != before:
        record(session, actor, AuditAction.UPDATE, "user", user.username, before, after)
    return _row(user)


def set_active(session: Session, actor: Actor, username: str, active: bool) -> UserRow:
    """Deactivate (or reactivate) a user; a deactivated user cannot sign in but keeps their records."""
    _require_admin(actor, "deactivate users" if not active else "reactivate users")
    user = _user(session, username)
    if bool(user.active) == active:
        return _row(user)
    if not active:
        _guard_last_admin(session, user, "be deactivated")
    before = _audit_dict(user)
    user.active = active
    session.flush()
    record(session, actor, AuditAction.UPDATE, "user", user.username, before, _audit_dict(user))
    return _row(user)


def deactivate_user(session: Session, actor: Actor, username: str) -> UserRow:
    """Deactivate a user (administrators only): they can no longer sign in."""
    return set_active(session, actor, username, False)


def records_of(session: Session, user_id: int) -> dict[str, int]:
    """How many rows of each table point at the user (their assessments, audit entries, ...)."""
    counts: dict[str, int] = {}
    user_table = User.__table__
    for table in Base.metadata.sorted_tables:
        if table.name == UserRole.__tablename__:
            continue
        for fk in table.foreign_keys:
            if fk.column.table is user_table:
                n = session.execute(select(func.count()).select_from(table).where(fk.parent == user_id)).scalar_one()
                if n:
                    counts[table.name] = counts.get(table.name, 0) + int(n)
    return counts


def delete_user(session: Session, actor: Actor, username: str) -> None:
    """Delete a user who has no records at all (a mistake just made); anyone else is deactivated instead."""
    _require_admin(actor, "delete users")
    user = _user(session, username)
    if user.id == actor.user_id:
        raise DomainError("You cannot delete your own account.")
    found = records_of(session, user.id)
    if found:
        what = ", ".join(f"{n} in {table}" for table, n in sorted(found.items()))
        raise DomainError(
            f"{user.username} has records ({what}) and cannot be deleted; deactivate the account instead."
        )
    _guard_last_admin(session, user, "be deleted")
    before = _audit_dict(user)
    session.delete(user)
    session.flush()
    record(session, actor, AuditAction.DELETE, "user", before["username"], before, None)


def reset_password(session: Session, actor: Actor, username: str, new_password: str) -> UserRow:
    """Give a user a new password (administrators only); this also lifts a lockout."""
    _require_admin(actor, "reset passwords")
    user = _user(session, username)
    problems = _new_password_problems(new_password, user.username)
    if problems:
        raise ValidationError(f"The password of {user.username} cannot be reset:", problems)
    before = {"failed_attempts": user.failed_attempts, "locked_until": as_dict(user)["locked_until"]}
    user.password_hash = hash_password(new_password)
    user.failed_attempts = 0
    user.locked_until = None
    session.flush()
    record(
        session,
        actor,
        AuditAction.UPDATE,
        "user",
        user.username,
        before,
        {"password": "reset", "failed_attempts": 0, "locked_until": None},
    )
    return _row(user)


def change_own_password(session: Session, actor: Actor, old_password: str, new_password: str) -> None:
    """The signed-in user replaces their own password (needs the old one)."""
    if actor.user_id is None:
        raise PermissionDenied("Sign in first to change your password.")
    user = session.get(User, actor.user_id)
    if user is None or not verify_password(user.password_hash, old_password):
        raise PermissionDenied("The current password is wrong.")
    problems = _new_password_problems(new_password, user.username)
    if problems:
        raise ValidationError("The new password cannot be used:", problems)
    user.password_hash = hash_password(new_password)
    session.flush()
    record(session, actor, AuditAction.UPDATE, "user", user.username, None, {"password": "changed"})
