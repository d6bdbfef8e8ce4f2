"""Candidates: registering and changing one (every field checked, one audit entry), and its details for display."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from skillassess.core.countries import country_code
from skillassess.core.enums import AuditAction, Disability, EnrolmentStatus, IdType, Pathway, Role, RplStage, Sex
from skillassess.core.errors import ValidationError
from skillassess.core.models import Candidate, Qualification, as_dict
from skillassess.core.rules import candidate_search_text
from skillassess.core.text import rule_of
from skillassess.db.concurrency import lock_writes
from skillassess.services import audit
from skillassess.services.candidate_search import get_candidate
from skillassess.services.centre import the_centre
from skillassess.services.context import Actor

MIN_AGE, MAX_AGE = 14, 100
MAX_PHOTO_BYTES = 5 * 1024 * 1024
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# --- Registering and changing --------------------------------------------------------------------


@dataclass
class CandidateData:
    """What a user enters for a candidate (every field of the form)."""

    family_name: str = ""
    given_names: str = ""
    sex: Sex | None = None
    name_local: str = ""
    date_of_birth: dt.date | None = None
    id_type: IdType = IdType.NATIONAL_ID
    national_id: str | None = None
    nationality: str = ""
    disability: Disability = Disability.NOT_STATED
    disability_details: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    photo: bytes | None = None
    education: str = ""
    occupation: str = ""
    years_experience: int | None = None
    notes: str = ""
    registration_number: str = ""  # generated as CENTRE-YEAR-NNNNN when empty

    @classmethod
    def from_candidate(cls, c: Candidate) -> CandidateData:
        return cls(**{f.name: getattr(c, f.name) for f in fields(cls)})


@dataclass(frozen=True)
class FieldProblem:
    """A problem with one field: ``field`` is a CandidateData attribute name."""

    field: str
    message: str
    other_registration_number: str | None = None  # for a duplicate: the record it duplicates


class CandidateValidationError(ValidationError):
    """The candidate cannot be saved; ``field_problems`` says which field is wrong and why."""

    def __init__(self, field_problems: list[FieldProblem]) -> None:
        super().__init__(
            "The candidate was not saved: correct the fields named below.",
            [f"{FIELD_LABELS.get(p.field, p.field)}: {p.message}" for p in field_problems],
        )
        self.field_problems = field_problems


FIELD_LABELS = {
    "registration_number": "Registration number",
    "family_name": "Family name",
    "given_names": "Given names",
    "name_local": "Name in local script",
    "sex": "Sex",
    "date_of_birth": "Date of birth",
    "id_type": "ID document",
    "national_id": "ID number",
    "nationality": "Nationality",
    "disability": "Disability",
    "disability_details": "Disability details",
    "phone": "Phone",
    "email": "E-mail",
    "address": "Address",
    "photo": "Photo",
    "education": "Education",
    "occupation": "Occupation",
    "years_experience": "Years of experience",
    "notes": "Notes",
}


@dataclass(frozen=True)
class SaveResult:
    candidate_id: int
    registration_number: str
    warnings: list[FieldProblem] = field(default_factory=list)


_FIELD_NAMES = [f.name for f in fields(CandidateData)]
_MULTI_LINE = frozenset({"address", "notes", "disability_details"})


def clean(data: CandidateData) -> CandidateData:
    """A copy of ``data`` as it is stored: names on one line, trimmed, codes in capitals."""
    values = {}
    for name in _FIELD_NAMES:  # an import cleans every row: no dataclasses.fields() per call
        v = getattr(data, name)
        if isinstance(v, str):
            v = v.strip() if name in _MULTI_LINE else " ".join(v.split())
        values[name] = v
    d = CandidateData(**values)
    d.nationality = country_code(d.nationality) or d.nationality.upper()  # "Sénégal", "SEN" -> "SN"
    d.registration_number = d.registration_number.upper()
    if d.national_id is not None:
        d.national_id = d.national_id.strip() or None
    return d


def age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


# Each text field with the rule of its column (core.text): length, control and direction characters.
_TEXT_RULES = [
    (name, rule_of(Candidate.__table__.columns[name]))
    for name in _FIELD_NAMES
    if name in Candidate.__table__.columns and name not in ("sex", "id_type", "disability", "photo")
]


def check_fields(
    data: CandidateData, today: dt.date | None = None, *, cleaned: CandidateData | None = None
) -> list[FieldProblem]:
    """The problems of ``data`` that need no database: required fields, formats, dates, clean text.

    ``cleaned`` is ``clean(data)`` when the caller has it already. Every text field obeys the text
    rule of ``core.text``: at most as long as its column, no control or direction characters.
    """
    d = cleaned if cleaned is not None else clean(data)
    today = today or dt.date.today()
    problems: list[FieldProblem] = []
    if not d.family_name:
        problems.append(FieldProblem("family_name", "the family name is required."))
    if not d.given_names:
        problems.append(FieldProblem("given_names", "the given names are required."))
    if d.sex is None:
        problems.append(FieldProblem("sex", "choose female or male (every count is split by sex)."))
    if d.date_of_birth is not None:
        if d.date_of_birth > today:
            problems.append(FieldProblem("date_of_birth", f"{d.date_of_birth.isoformat()} is in the future."))
        else:
            age = age_on(d.date_of_birth, today)
            if age < MIN_AGE:
                problems.append(
                    FieldProblem(
                        "date_of_birth",
                        f"{d.date_of_birth.isoformat()} makes the candidate {age}; "
                        f"candidates must be at least {MIN_AGE}.",
                    )
                )
            elif age > MAX_AGE:
                problems.append(
                    FieldProblem(
                        "date_of_birth", f"{d.date_of_birth.isoformat()} makes the candidate {age}; check the year."
                    )
                )
    if d.id_type == IdType.NONE and d.national_id:
        problems.append(FieldProblem("national_id", "an ID number is given but the ID document is 'none'."))
    if d.nationality and country_code(d.nationality) != d.nationality:
        problems.append(
            FieldProblem(
                "nationality",
                f"{data.nationality.strip()!r} is not a country: write its name or its two- or three-letter code "
                "(e.g. Ghana, GH, GHA).",
            )
        )
    if d.email and not _EMAIL.match(d.email):
        problems.append(FieldProblem("email", f"{d.email!r} is not an e-mail address."))
    if d.years_experience is not None and not 0 <= d.years_experience <= 80:
        problems.append(FieldProblem("years_experience", "give a number of years from 0 to 80."))
    if d.photo is not None and len(d.photo) > MAX_PHOTO_BYTES:
        problems.append(
            FieldProblem(
                "photo", f"the photo is larger than {MAX_PHOTO_BYTES // (1024 * 1024)} MB; use a smaller picture."
            )
        )
    if d.registration_number and not re.fullmatch(r"[A-Z0-9][A-Z0-9/_.-]{0,39}", d.registration_number):
        problems.append(FieldProblem("registration_number", "use letters, digits and - / . _ only (up to 40)."))
    reported = {p.field for p in problems}
    for name, rule in _TEXT_RULES:
        value = getattr(d, name)
        if name not in reported and isinstance(value, str) and value:
            problem = rule.problem(value)
            if problem is not None:
                problems.append(FieldProblem(name, str(problem)))
    return problems


def check_candidate(
    session: Session, data: CandidateData, candidate_id: int | None = None, today: dt.date | None = None
) -> tuple[list[FieldProblem], list[FieldProblem]]:
    """(problems, warnings) for saving ``data``; problems block saving, warnings do not."""
    d = clean(data)
    problems = check_fields(data, today, cleaned=d)
    warnings: list[FieldProblem] = []
    if d.registration_number and not any(p.field == "registration_number" for p in problems):
        other = session.execute(
            select(Candidate.id).where(Candidate.registration_number == d.registration_number)
        ).scalar()
        if other is not None and other != candidate_id:
            problems.append(
                FieldProblem("registration_number", f"{d.registration_number} is already used.", d.registration_number)
            )
    if d.national_id:
        stmt = select(Candidate.registration_number, Candidate.family_name, Candidate.given_names).where(
            Candidate.national_id == d.national_id
        )
        if candidate_id is not None:
            stmt = stmt.where(Candidate.id != candidate_id)
        for regno, family, given in session.execute(stmt.order_by(Candidate.id)):
            warnings.append(
                FieldProblem(
                    "national_id",
                    f"{given} {family} ({regno}) has the same ID number {d.national_id}; "
                    "check that this is not the same person.",
                    regno,
                )
            )
    return problems, warnings


def next_registration_number(session: Session, year: int | None = None) -> str:
    """The next free CENTRE-YEAR-NNNNN number."""
    centre = the_centre(session)
    year = year or dt.date.today().year
    prefix = f"{centre.code}-{year}-"
    existing = session.execute(
        select(Candidate.registration_number).where(Candidate.registration_number.startswith(prefix, autoescape=True))
    ).scalars()
    top = 0
    for regno in existing:
        tail = regno[len(prefix) :]
        if tail.isdigit():
            top = max(top, int(tail))
    return f"{prefix}{top + 1:05d}"


def _apply(c: Candidate, d: CandidateData) -> None:
    for f in fields(CandidateData):
        setattr(c, f.name, getattr(d, f.name))
    c.search_text = candidate_search_text(c)


def create_candidate(
    session: Session, actor: Actor, data: CandidateData, *, today: dt.date | None = None
) -> SaveResult:
    """Register a candidate; raises CandidateValidationError, returns warnings (duplicate ID)."""
    actor.require(Role.ASSESSOR, Role.ADMINISTRATOR, action="register candidates")
    # Another registration at the same moment must not take the same number (or the same ID) in between.
    lock_writes(session)
    problems, warnings = check_candidate(session, data, None, today)
    if problems:
        raise CandidateValidationError(problems)
    d = clean(data)
    centre = the_centre(session)
    if not d.registration_number:
        d.registration_number = next_registration_number(session, (today or dt.date.today()).year)
    c = Candidate(centre_id=centre.id)
    _apply(c, d)
    session.add(c)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, "candidate", c.registration_number, None, as_dict(c))
    return SaveResult(c.id, c.registration_number, warnings)


def update_candidate(
    session: Session, actor: Actor, candidate_id: int, data: CandidateData, *, today: dt.date | None = None
) -> SaveResult:
    """Change a candidate's record; same checks as registering."""
    actor.require(Role.ASSESSOR, Role.ADMINISTRATOR, action="change candidates")
    lock_writes(session)  # a new registration number is checked free, then written
    c = get_candidate(session, candidate_id)
    problems, warnings = check_candidate(session, data, candidate_id, today)
    if problems:
        raise CandidateValidationError(problems)
    d = clean(data)
    if not d.registration_number:
        d.registration_number = c.registration_number
    before = as_dict(c)
    photo_before = c.photo
    _apply(c, d)
    session.flush()
    after = as_dict(c)
    if photo_before != c.photo:
        after["photo_changed"] = True
    if after == before:
        return SaveResult(c.id, c.registration_number, warnings)  # nothing changed: nothing to record
    audit.record(session, actor, AuditAction.UPDATE, "candidate", c.registration_number, before, after)
    return SaveResult(c.id, c.registration_number, warnings)


# --- Details for display --------------------------------------------------------------------------


@dataclass(frozen=True)
class StepInfo:
    id: int
    stage: RplStage
    on_date: dt.date
    notes: str
    decision: str | None


@dataclass(frozen=True)
class EnrolmentInfo:
    id: int
    qualification_code: str
    qualification_title: str
    pathway: Pathway
    status: EnrolmentStatus
    stage: RplStage
    enrolled_on: dt.date
    unit_codes: list[str]
    steps: list[StepInfo]


@dataclass(frozen=True)
class CandidateDetails:
    id: int
    registration_number: str
    family_name: str
    given_names: str
    name_local: str
    sex: Sex
    date_of_birth: dt.date | None
    id_type: IdType
    national_id: str | None
    nationality: str
    disability: Disability
    disability_details: str
    phone: str
    email: str
    address: str
    education: str
    occupation: str
    years_experience: int | None
    notes: str
    has_photo: bool
    enrolments: list[EnrolmentInfo]


def candidate_details(session: Session, candidate_id: int) -> CandidateDetails:
    """Everything about a candidate that the CLI's ``show`` and the detail panel print."""
    from skillassess.core.models import EnrolmentUnit, Unit

    c = get_candidate(session, candidate_id)
    enrolments = []
    for e in c.enrolments:
        q = session.get_one(Qualification, e.qualification_id)
        codes = sorted(
            session.execute(
                select(Unit.code)
                .join(EnrolmentUnit, EnrolmentUnit.unit_id == Unit.id)
                .where(EnrolmentUnit.enrolment_id == e.id)
            ).scalars()
        )
        enrolments.append(
            EnrolmentInfo(
                e.id,
                q.code,
                q.title,
                e.pathway,
                e.status,
                e.stage,
                e.enrolled_on,
                codes,
                [
                    StepInfo(s.id, s.stage, s.on_date, s.notes, s.decision.value if s.decision else None)
                    for s in e.steps
                ],
            )
        )
    return CandidateDetails(
        c.id,
        c.registration_number,
        c.family_name,
        c.given_names,
        c.name_local,
        c.sex,
        c.date_of_birth,
        c.id_type,
        c.national_id,
        c.nationality,
        c.disability,
        c.disability_details,
        c.phone,
        c.email,
        c.address,
        c.education,
        c.occupation,
        c.years_experience,
        c.notes,
        c.photo is not None,
        enrolments,
    )
