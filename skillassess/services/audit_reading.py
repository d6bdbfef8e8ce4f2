"""Reading the audit log for people: entries filtered by record, user, action and dates, a page at a time."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skillassess.core.enums import (
    AssessmentMethod,
    AuditAction,
    CertificateKind,
    Disability,
    IdType,
    Pathway,
    Role,
    RplStage,
    Sex,
)
from skillassess.core.messages import Message, msg
from skillassess.core.models import (
    Assessment,
    AuditEntry,
    Candidate,
    Enrolment,
    Qualification,
    Unit,
    User,
)


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to list; every field is optional."""

    entity_type: str | None = None
    entity_id: str | None = None
    username: str | None = None
    since: dt.date | None = None  # from this day (UTC), inclusive
    until: dt.date | None = None  # up to this day (UTC), inclusive
    action: AuditAction | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    username: str
    action: AuditAction
    entity_type: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def changed_fields(self) -> list[str]:
        """The keys whose values differ between before and after (none for a creation or deletion)."""
        if self.before is None or self.after is None:
            return []
        b, a = self.before, self.after
        return sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC)


def _filtered(stmt: Any, f: AuditFilter) -> Any:
    if f.entity_type:
        stmt = stmt.where(AuditEntry.entity_type == f.entity_type)
    if f.entity_id:
        stmt = stmt.where(AuditEntry.entity_id == f.entity_id)
    if f.username:
        stmt = stmt.where(AuditEntry.username == f.username.strip().casefold())
    if f.action:
        stmt = stmt.where(AuditEntry.action == f.action)
    if f.since:
        stmt = stmt.where(AuditEntry.at >= _day_start(f.since))
    if f.until:
        stmt = stmt.where(AuditEntry.at < _day_start(f.until + dt.timedelta(days=1)))
    return stmt


def _loads(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"unreadable": text}
    return value if isinstance(value, dict) else {"value": value}


def count_entries(session: Session, f: AuditFilter = AuditFilter()) -> int:
    return int(session.execute(_filtered(select(func.count(AuditEntry.id)), f)).scalar_one())


def entry_page(session: Session, f: AuditFilter = AuditFilter(), offset: int = 0, limit: int = 200) -> list[AuditRow]:
    """One page of entries matching ``f``, newest first."""
    stmt = _filtered(select(AuditEntry), f).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
    out = []
    for e in session.execute(stmt).scalars():
        at = e.at if e.at.tzinfo else e.at.replace(tzinfo=dt.UTC)
        out.append(
            AuditRow(
                e.id, at, e.username, e.action, e.entity_type, e.entity_id, _loads(e.before_json), _loads(e.after_json)
            )
        )
    return out


def entity_types(session: Session) -> list[str]:
    """The entity types that occur in the log (for a filter list)."""
    return list(session.execute(select(AuditEntry.entity_type).distinct().order_by(AuditEntry.entity_type)).scalars())


def usernames(session: Session) -> list[str]:
    """The user names that occur in the log (for a filter list)."""
    return list(session.execute(select(AuditEntry.username).distinct().order_by(AuditEntry.username)).scalars())


# --- Entries in words -------------------------------------------------------------------------------------
#
# "Judgement 3.2 of Hiba Al-Ali, ELI-C03 attempt 1: Not yet satisfactory → Satisfactory", not
# "criterion_judgement 65:72, result: null → satisfactory". Records are named from the current data
# (a candidate's name as it is now); a record no longer in the database is named by its stored id.
# Every sentence is a Message: the GUI renders it in its language, the CLI in English.

# Stored values (enumeration values) in words.
VALUE_WORDS: dict[str, Message] = {
    "satisfactory": msg("Satisfactory"),
    "not_yet_satisfactory": msg("Not yet satisfactory"),
    "draft": msg("Draft"),
    "submitted": msg("Submitted"),
    "verified": msg("Verified"),
    "returned": msg("Returned"),
    "competent": msg("Competent"),
    "not_yet_competent": msg("Not Yet Competent"),
    "rpl_granted": msg("RPL granted"),
    "credit_transfer": msg("Credit transfer"),
    "withdrawn": msg("Withdrawn"),
    "issued": msg("Issued"),
    "revoked": msg("Revoked"),
    "active": msg("Active"),
    "completed": msg("Completed"),
    "current": msg("Current"),
    "superseded": msg("Superseded"),
    "eligible": msg("Eligible"),
    "not_eligible": msg("Not eligible"),
}

# Stored values of the fields that hold an enumeration, in the words of the interface's labels (ui/labels.py:
# the RPL page's stages, the candidate form's choices). Keyed by field because values of different
# enumerations are the same strings ("portfolio" is a stage and an assessment method).
FIELD_VALUE_WORDS: dict[str, dict[str, Message]] = {
    "stage": {
        RplStage.INFORMATION: msg("Information and counselling"),
        RplStage.ELIGIBILITY: msg("Eligibility"),
        RplStage.SELF_ASSESSMENT: msg("Self-assessment"),
        RplStage.PORTFOLIO: msg("Portfolio of evidence"),
        RplStage.ASSESSMENT: msg("Assessment"),
        RplStage.CERTIFICATION: msg("Certification"),
        RplStage.APPEAL: msg("Appeal"),
    },
    "methods": {
        AssessmentMethod.OBSERVATION: msg("Observation"),
        AssessmentMethod.QUESTIONING: msg("Questioning"),
        AssessmentMethod.PRODUCT: msg("Product"),
        AssessmentMethod.THIRD_PARTY_REPORT: msg("Third-party report"),
        AssessmentMethod.PORTFOLIO: msg("Portfolio"),
    },
    "sex": {Sex.FEMALE: msg("Female"), Sex.MALE: msg("Male")},
    "disability": {
        Disability.YES: msg("Yes"),
        Disability.NO: msg("No"),
        Disability.NOT_STATED: msg("Not stated"),
    },
    "id_type": {
        IdType.NATIONAL_ID: msg("National ID"),
        IdType.PASSPORT: msg("Passport"),
        IdType.REFUGEE_ID: msg("Refugee ID"),
        IdType.OTHER: msg("Other document"),
        IdType.NONE: msg("No document"),
    },
    "pathway": {Pathway.RPL: msg("RPL"), Pathway.TRAINING: msg("Training")},
    "roles": {
        Role.ADMINISTRATOR: msg("Administrator"),
        Role.ASSESSOR: msg("Assessor"),
        Role.VERIFIER: msg("Verifier"),
        Role.REGISTRAR: msg("Registrar"),
    },
    "kind": {
        CertificateKind.FULL: msg("Qualification certificate"),
        CertificateKind.STATEMENT: msg("Statement of attainment"),
    },
}

# Field names in words; fields not named here are left to the technical detail.
FIELD_WORDS: dict[str, Message] = {
    "result": msg("result"),
    "status": msg("status"),
    "outcome": msg("outcome"),
    "verifier_id": msg("checked by"),
    "assessor_id": msg("assessor"),
    "returned_reason": msg("reason for return"),
    "comments": msg("comments"),
    "feedback": msg("feedback"),
    "methods": msg("assessment methods"),
    "assessed_on": msg("date of assessment"),
    "venue": msg("venue"),
    "conflict_of_interest": msg("conflict of interest"),
    "credit_transfer_source": msg("credit transfer source"),
    "family_name": msg("family name"),
    "given_names": msg("given names"),
    "name_local": msg("name in local script"),
    "date_of_birth": msg("date of birth"),
    "sex": msg("sex"),
    "phone": msg("phone"),
    "email": msg("email"),
    "national_id": msg("ID number"),
    "photo": msg("photo"),
    "full_name": msg("full name"),
    "roles": msg("roles"),
    "active": msg("active"),
    "password": msg("password"),
    "title": msg("title"),
    "stage": msg("stage"),
    "description": msg("description"),
    "reprint_count": msg("reprints"),
    "revoked_reason": msg("reason for revocation"),
}
# Time stamps that change with every status change: the status says it in words already.
_QUIET_FIELDS = frozenset({"verified_at", "submitted_at", "updated_at", "judged_at", "revoked_at", "last_login_at"})
_USER_FIELDS = frozenset({"verifier_id", "assessor_id", "user_id", "recorded_by_id", "amended_by_id"})


@dataclass(frozen=True)
class EntryText:
    """One audit entry in words: ``what`` happened to which record, ``changes`` one per field, ``by`` whom."""

    entry_id: int
    what: Message
    by: str
    changes: list[Message]

    @property
    def sentence(self) -> Message:
        return msg("{what}, by {user}", what=self.what, user=self.by)


class _Names:
    """Names of the records entries refer to, read once per description of a page of entries."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self._assessments: dict[int, tuple[str, str, int] | None] = {}
        self._users: dict[int, str | None] = {}
        self._candidates: dict[int, tuple[str, str] | None] = {}
        self._enrolments: dict[int, tuple[str, str] | None] = {}

    def prefetch_assessments(self, ids: set[int]) -> None:
        wanted = [i for i in ids if i not in self._assessments]
        if not wanted:
            return
        rows = self.s.execute(
            select(Assessment.id, Candidate.given_names, Candidate.family_name, Unit.code, Assessment.attempt)
            .join(Candidate, Assessment.candidate_id == Candidate.id)
            .join(Unit, Assessment.unit_id == Unit.id)
            .where(Assessment.id.in_(wanted))
        ).all()
        for i in wanted:
            self._assessments[i] = None
        for aid, given, family, unit, attempt in rows:
            self._assessments[aid] = (f"{given} {family}".strip(), unit, attempt)

    def assessment(self, assessment_id: int) -> tuple[str, str, int] | None:
        self.prefetch_assessments({assessment_id})
        return self._assessments[assessment_id]

    def user(self, user_id: int) -> str | None:
        if user_id not in self._users:
            self._users[user_id] = self.s.execute(select(User.username).where(User.id == user_id)).scalar()
        return self._users[user_id]

    def candidate(self, candidate_id: int) -> tuple[str, str] | None:
        if candidate_id not in self._candidates:
            row = self.s.execute(
                select(Candidate.given_names, Candidate.family_name, Candidate.registration_number).where(
                    Candidate.id == candidate_id
                )
            ).first()
            self._candidates[candidate_id] = (f"{row[0]} {row[1]}".strip(), row[2]) if row else None
        return self._candidates[candidate_id]

    def candidate_by_number(self, number: str) -> str | None:
        row = self.s.execute(
            select(Candidate.given_names, Candidate.family_name).where(Candidate.registration_number == number)
        ).first()
        return f"{row[0]} {row[1]}".strip() if row else None

    def enrolment(self, enrolment_id: int) -> tuple[str, str] | None:
        """(candidate's name, qualification code) of an enrolment."""
        if enrolment_id not in self._enrolments:
            row = self.s.execute(
                select(Candidate.given_names, Candidate.family_name, Qualification.code)
                .select_from(Enrolment)
                .join(Candidate, Enrolment.candidate_id == Candidate.id)
                .join(Qualification, Enrolment.qualification_id == Qualification.id)
                .where(Enrolment.id == enrolment_id)
            ).first()
            self._enrolments[enrolment_id] = (f"{row[0]} {row[1]}".strip(), row[2]) if row else None
        return self._enrolments[enrolment_id]

    def standard(self, model: Any, record_id: int) -> tuple[str, int] | None:
        row = self.s.execute(select(model.code, model.version).where(model.id == record_id)).first()
        return (row[0], row[1]) if row else None


def _int(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


def _state(row: AuditRow) -> dict[str, Any]:
    return row.after if row.after is not None else (row.before or {})


def _of_assessment(names: _Names, assessment_id: int | None, template: str) -> Message | None:
    found = names.assessment(assessment_id) if assessment_id is not None else None
    if found is None:
        return None
    candidate, unit, attempt = found
    return msg(template, candidate=candidate, unit=unit, attempt=attempt)


def _subject(names: _Names, row: AuditRow) -> Message:
    """The record of an entry in words, as it is named now."""
    kind, rid, state = row.entity_type, row.entity_id, _state(row)
    if kind == "criterion_judgement":
        assessment_id = _int(rid.split(":")[0])
        criterion = state.get("criterion") or (row.before or {}).get("criterion") or "?"
        found = names.assessment(assessment_id) if assessment_id is not None else None
        if found is not None:
            return msg(
                "Judgement {criterion} of {candidate}, {unit} attempt {attempt}",
                criterion=criterion,
                candidate=found[0],
                unit=found[1],
                attempt=found[2],
            )
        return msg("Judgement {criterion} of assessment {id}", criterion=criterion, id=rid.split(":")[0])
    if kind == "assessment":
        named = _of_assessment(names, _int(rid), "Assessment of {candidate}, {unit} attempt {attempt}")
        return named or msg("Assessment {id}", id=rid)
    if kind == "amendment":
        named = _of_assessment(
            names,
            _int(state.get("assessment_id", "")),
            "Amendment of the assessment of {candidate}, {unit} attempt {attempt}",
        )
        return named or msg("Amendment {id}", id=rid)
    if kind == "appeal":
        named = _of_assessment(
            names,
            _int(state.get("assessment_id", "")),
            "Appeal on the assessment of {candidate}, {unit} attempt {attempt}",
        )
        return named or msg("Appeal {id}", id=rid)
    if kind == "candidate":
        name = (
            names.candidate_by_number(rid)
            or " ".join(str(state.get(k) or "") for k in ("given_names", "family_name")).strip()
        )
        return (
            msg("Candidate {name} ({number})", name=name, number=rid) if name else msg("Candidate {number}", number=rid)
        )
    if kind in ("enrolment", "self_assessment", "rpl_step"):
        enrolment_id = _int(rid) if kind != "rpl_step" else _int(state.get("id", ""))
        found_e = names.enrolment(enrolment_id) if enrolment_id is not None else None
        if found_e is not None:
            template = {
                "enrolment": "Enrolment of {candidate} in {qualification}",
                "self_assessment": "Self-assessment of {candidate} in {qualification}",
                "rpl_step": "RPL step of {candidate} in {qualification}",
            }[kind]
            return msg(template, candidate=found_e[0], qualification=found_e[1])
        return msg("{record} {id}", record=_type_words(kind), id=rid)
    if kind == "evidence_item":
        found_c = names.candidate(_int(state.get("candidate_id", "")) or 0)
        what = str(state.get("description") or state.get("filename") or "")
        if found_c is not None:
            return msg("Evidence “{what}” of {candidate}", what=what, candidate=found_c[0])
        return msg("Evidence {id}", id=rid)
    if kind == "assessment_session":
        title = str(state.get("title") or "")
        return msg("Assessment session {title} of {date}", title=title or rid, date=state.get("session_date", ""))
    if kind == "certificate":
        found_c = names.candidate(_int(state.get("candidate_id", "")) or 0)
        if found_c is not None:
            return msg("Certificate {serial} of {candidate}", serial=rid, candidate=found_c[0])
        return msg("Certificate {serial}", serial=rid)
    if kind == "user":
        return msg("User {name}", name=rid)
    if kind in ("qualification", "unit"):
        model = Qualification if kind == "qualification" else Unit
        record_id = _int(rid)
        found_s = names.standard(model, record_id) if record_id is not None else None
        code, version = found_s or (state.get("code", rid), state.get("version", "?"))
        template = (
            "Qualification {code} version {version}" if kind == "qualification" else "Unit {code} version {version}"
        )
        return msg(template, code=code, version=version)
    if kind == "export":
        return msg("Export of {what}", what=_export_words(rid))
    return msg("{record} {id}", record=_type_words(kind), id=rid)


_TYPE_WORDS: dict[str, Message] = {
    "candidate": msg("Candidate"),
    "user": msg("User"),
    "assessment": msg("Assessment"),
    "criterion_judgement": msg("Judgement"),
    "amendment": msg("Amendment"),
    "appeal": msg("Appeal"),
    "certificate": msg("Certificate"),
    "qualification": msg("Qualification"),
    "unit": msg("Unit"),
    "evidence_item": msg("Evidence"),
    "assessment_session": msg("Assessment session"),
    "export": msg("Export"),
    "centre": msg("Centre"),
    "awarding_body": msg("Awarding body"),
    "element": msg("Element"),
    "performance_criterion": msg("Performance criterion"),
    "qualification_unit": msg("Unit of a qualification"),
    "signing_key": msg("Signing key"),
    "signatory": msg("Signatory"),
    "audit_checkpoint": msg("Audit checkpoint"),
    "enrolment": msg("Enrolment"),
    "self_assessment": msg("Self-assessment"),
    "rpl_step": msg("RPL step"),
}

_EXPORT_WORDS: dict[str, Message] = {
    "assessment_record": msg("an assessment record (PDF)"),
    "assessment_record_printed": msg("an assessment record (printed)"),
    "results": msg("the results (Excel)"),
    "register": msg("the certificate register (Excel)"),
    "statistics": msg("the statistics (Excel)"),
    "badges": msg("the Open Badges of certificates (.jwt)"),
}


def record_type_words(kind: str) -> Message | str:
    """The name of a record type as the audit log stores it ("criterion_judgement" -> "Judgement")."""
    return _TYPE_WORDS.get(kind, kind)


_type_words = record_type_words


def _export_words(what: str) -> Message | str:
    return _EXPORT_WORDS.get(what, what)


def _value(names: _Names, field_name: str, value: object) -> Message | str:
    """A stored value in words: a user's name for a user id, an enumeration value's label, yes/no, none."""
    if value is None or value == "" or value == []:
        return msg("none")
    if field_name in _USER_FIELDS:
        uid = _int(value)
        return (names.user(uid) if uid is not None else None) or str(value)
    if isinstance(value, bool):
        return msg("yes") if value else msg("no")
    if isinstance(value, str) and value in FIELD_VALUE_WORDS.get(field_name, {}):
        return FIELD_VALUE_WORDS[field_name][value]
    if isinstance(value, str) and value in VALUE_WORDS:
        return VALUE_WORDS[value]
    if isinstance(value, list):
        return _joined([_value(names, field_name, v) for v in value])
    text = str(value)
    text = text if len(text) <= 80 else text[:79] + "…"
    # Free text in quotes, so that its own full stop does not run into the sentence around it.
    return msg("“{text}”", text=text) if isinstance(value, str) else text


def _joined(words: list[Message | str]) -> Message:
    """Several values as one parameter (Messages in a list are rendered and joined with commas)."""
    return msg("{values}", values=[w if isinstance(w, Message) else msg("{text}", text=w) for w in words])


def _changes(names: _Names, row: AuditRow) -> list[tuple[str, Message]]:
    """(field, "field: before → after") for each named field that changed."""
    out: list[tuple[str, Message]] = []
    if row.before is None or row.after is None:
        return out
    # The status, result and outcome first: they say what happened; the other fields follow.
    first = ("status", "result", "outcome")
    for key in sorted(row.changed_fields(), key=lambda k: (first.index(k) if k in first else len(first), k)):
        if key in _QUIET_FIELDS:
            continue
        field_words = FIELD_WORDS.get(key)
        before = _value(names, key, row.before.get(key))
        after = _value(names, key, row.after.get(key))
        if key == "password":
            out.append((key, msg("password changed")))
        elif field_words is None:
            out.append((key, msg("{field} changed", field=key)))
        else:
            out.append((key, msg("{field}: {before} → {after}", field=field_words, before=before, after=after)))
    return out


def _what(names: _Names, row: AuditRow) -> tuple[Message, list[Message]]:
    subject = _subject(names, row)
    state = _state(row)
    if row.entity_type == "criterion_judgement":
        before = _value(names, "result", (row.before or {}).get("result"))
        after = _value(names, "result", (row.after or {}).get("result"))
        change = msg("{before} → {after}", before=before, after=after)
        return msg("{subject}: {change}", subject=subject, change=change), [change]
    if row.action == AuditAction.CREATE:
        if row.entity_type == "rpl_step":
            step = state.get("step") if isinstance(state.get("step"), dict) else {}
            stage = _value(names, "stage", (step or {}).get("stage"))
            return msg("{subject}: {stage} recorded", subject=subject, stage=stage), []
        if row.entity_type == "export":
            return subject, []
        return msg("{subject}: created", subject=subject), []
    if row.action == AuditAction.DELETE:
        return msg("{subject}: deleted", subject=subject), []
    if row.entity_type == "self_assessment":
        return msg("{subject}: answers changed", subject=subject), []
    changes = _changes(names, row)
    lines = [m for _k, m in changes]
    if not changes:
        if row.after and "password" in row.after:
            return msg("{subject}: password changed", subject=subject), []
        return msg("{subject}: changed", subject=subject), lines
    if len(changes) <= 3:
        return msg("{subject}: {changes}", subject=subject, changes=lines), lines
    fields = [FIELD_WORDS.get(k, k) for k, _m in changes]
    return msg("{subject}: {fields} changed", subject=subject, fields=_joined(fields)), lines


def describe_entries(session: Session, rows: list[AuditRow]) -> list[EntryText]:
    """Each entry in words, its record named from the current data (read only)."""
    names = _Names(session)
    ids: set[int] = set()
    for r in rows:
        if r.entity_type == "criterion_judgement":
            first = _int(r.entity_id.split(":")[0])
        elif r.entity_type == "assessment":
            first = _int(r.entity_id)
        else:
            first = _int(_state(r).get("assessment_id", "")) if r.entity_type in ("amendment", "appeal") else None
        if first is not None:
            ids.add(first)
    names.prefetch_assessments(ids)
    out = []
    for r in rows:
        what, changes = _what(names, r)
        out.append(EntryText(r.id, what, r.username, changes))
    return out


def describe_entry(session: Session, row: AuditRow) -> EntryText:
    return describe_entries(session, [row])[0]
