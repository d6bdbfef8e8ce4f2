"""The centre, the people who sign its certificates, and the users who sign in."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from skillassess.core.enums import Role
from skillassess.core.models.base import Base, enum_type, timestamp


class Centre(Base):
    """The assessment centre that runs this database."""

    __tablename__ = "centre"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    address: Mapped[str] = mapped_column(Text, default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Where the verification page is published (https://..., ending in "/"): QR codes link there (issue 17).
    verification_address: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[dt.datetime] = timestamp()

    signatories: Mapped[list[Signatory]] = relationship(
        back_populates="centre", order_by="Signatory.position", cascade="all, delete-orphan"
    )

    __table_args__ = (CheckConstraint("length(country) = 2", name="country_iso2"),)


class Signatory(Base):
    """A person who signs the centre's certificates."""

    __tablename__ = "signatory"

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")  # when a language has no title of its own
    # The title in each certificate language, as a JSON object {"fr": "Directeur du centre", ...}.
    titles_json: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    signature_image: Mapped[bytes | None] = mapped_column(LargeBinary)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    centre: Mapped[Centre] = relationship(back_populates="signatories")


class User(Base):
    """Somebody who signs in: administrator, assessor, verifier and/or registrar."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(255), info={"generated": True})
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Sign-in failure counters change without anyone deciding anything: not part of the audited state.
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, info={"audited": False})
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), info={"audited": False})
    assessor_registration_number: Mapped[str | None] = mapped_column(String(64))
    registration_expires_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = timestamp()

    roles: Mapped[list[UserRole]] = relationship(back_populates="user", cascade="all, delete-orphan", lazy="selectin")

    @property
    def role_set(self) -> frozenset[Role]:
        return frozenset(r.role for r in self.roles)

    __table_args__ = (CheckConstraint("failed_attempts >= 0", name="failed_attempts_positive"),)


class UserRole(Base):
    __tablename__ = "user_role"

    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[Role] = mapped_column(enum_type(Role, "role"), primary_key=True)

    user: Mapped[User] = relationship(back_populates="roles")
