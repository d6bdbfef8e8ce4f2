"""Demo data: a realistic qualification, a centre, users for every role, candidates and results.

Loaded into an empty database only (or found already loaded); a database that holds anything
else is refused, so the demo never mixes with a centre's real records.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skillassess.core.enums import (
    AssessmentMethod,
    AssessmentStatus,
    AuditAction,
    Disability,
    EligibilityDecision,
    EnrolmentStatus,
    IdType,
    Judgement,
    Outcome,
    PackagingRule,
    Pathway,
    Role,
    RplStage,
    SectionKind,
    Sex,
    StandardStatus,
    UnitCategory,
)
from skillassess.core.errors import DomainError
from skillassess.core.models import (
    Amendment,
    Assessment,
    AssessmentMethodUsed,
    AssessmentSession,
    AwardingBody,
    Candidate,
    Centre,
    CriterionJudgement,
    Element,
    Enrolment,
    PerformanceCriterion,
    Qualification,
    QualificationUnit,
    RplStep,
    Signatory,
    Unit,
    UnitSection,
    User,
    UserRole,
)
from skillassess.core.passwords import hash_password
from skillassess.core.rules import candidate_search_text
from skillassess.resources import demo_dir
from skillassess.services import keys
from skillassess.services.audit import record
from skillassess.services.context import SYSTEM

DEMO_DIR = demo_dir()
CENTRE_CODE = "ACC"
QUALIFICATION_CODE = "ELI-L2"
YEAR = 2026

DEMO_USERS: list[tuple[str, str, tuple[Role, ...]]] = [
    ("admin", "Adwoa Asante", (Role.ADMINISTRATOR,)),
    ("assessor1", "Kwame Boateng", (Role.ASSESSOR,)),
    ("assessor2", "Fatou Sow", (Role.ASSESSOR,)),
    ("verifier", "Joseph Phiri", (Role.VERIFIER,)),
    ("registrar", "Layla Khoury", (Role.REGISTRAR,)),
]


# The demo's signatories with their titles in each certificate language.
SIGNATORIES: list[tuple[str, dict[str, str]]] = [
    (
        "Dr. Ama Owusu",
        {
            "en": "Centre Manager",
            "fr": "Directrice du centre",
            "ar": "مديرة المركز",
            "am": "የማዕከሉ ሥራ አስኪያጅ",
            "sw": "Meneja wa Kituo",
        },
    ),
    (
        "Joseph Phiri",
        {
            "en": "Chief Verifier",
            "fr": "Vérificateur principal",
            "ar": "كبير المدققين",
            "am": "ዋና አረጋጋጭ",
            "sw": "Mhakiki Mkuu",
        },
    ),
]


def demo_password(username: str) -> str:
    """The password of a demo user, as stated in the README."""
    return f"demo-{username}"


@dataclass(frozen=True)
class DemoResult:
    loaded: bool
    message: str


def _load_json(name: str) -> Any:
    with (DEMO_DIR / name).open(encoding="utf-8") as f:
        return json.load(f)


def is_demo_database(session: Session) -> bool:
    """Whether the database holds the demo (its centre and qualification)."""
    centre = session.execute(select(Centre.code)).scalars().all()
    quals = session.execute(select(Qualification.code)).scalars().all()
    return centre == [CENTRE_CODE] and QUALIFICATION_CODE in quals


def _is_empty(session: Session) -> bool:
    for model in (Centre, User, Candidate, Qualification, Unit):
        if session.execute(select(func.count()).select_from(model)).scalar_one():
            return False
    return True


def load_demo(session: Session, key_dir: Path | None = None) -> DemoResult:
    """Load the demo into an empty database; do nothing if it is there; refuse other data.

    Everything loaded is recorded in one audit entry, and the demo gets its own signing key (in
    the data folder, or ``key_dir``), as an administrator would make it.
    """
    if is_demo_database(session):
        return DemoResult(False, "The demo data is already loaded.")
    if not _is_empty(session):
        raise DomainError(
            "This database already holds data that is not the demo; the demo is only loaded into "
            "an empty database. Use `skillassess --demo` or give a new file with --db."
        )
    rng = random.Random(YEAR)
    centre = Centre(
        code=CENTRE_CODE,
        name="Accra Technical Skills Centre (demo)",
        country="GH",
        address="Ring Road West, Accra, Ghana",
        logo=(DEMO_DIR / "centre_logo.png").read_bytes(),
    )
    centre.signatories = [
        Signatory(position=n, name=name, title=titles["en"], titles_json=json.dumps(titles, ensure_ascii=False))
        for n, (name, titles) in enumerate(SIGNATORIES, start=1)
    ]
    session.add(centre)
    users = _load_users(session)
    qualification, units = _load_standard(session)
    session.flush()
    _load_candidates_and_results(session, rng, centre, qualification, units, users)
    session.flush()
    counts = {
        m.__tablename__: session.execute(select(func.count()).select_from(m)).scalar_one()
        for m in (User, Candidate, Unit, Assessment)
    }
    record(session, SYSTEM, AuditAction.CREATE, "centre", CENTRE_CODE, None, {"demo data": "loaded", **counts})
    keys.create_key(session, SYSTEM, key_dir)
    return DemoResult(True, "Demo data loaded.")


def _load_users(session: Session) -> dict[str, User]:
    users: dict[str, User] = {}
    for n, (username, full_name, roles) in enumerate(DEMO_USERS):
        user = User(username=username, full_name=full_name, password_hash=hash_password(demo_password(username)))
        user.roles = [UserRole(role=r) for r in roles]
        if Role.ASSESSOR in roles:
            user.assessor_registration_number = f"GH-ASR-{2019 + n:04d}-{117 + n * 31:04d}"
            user.registration_expires_on = dt.date(YEAR + 2, 6, 30)
        session.add(user)
        users[username] = user
    return users


def _load_standard(session: Session) -> tuple[Qualification, list[tuple[Unit, UnitCategory]]]:
    data = _load_json("electrical_installation.json")
    ab = data["awarding_body"]
    body = AwardingBody(code=ab["code"], name=ab["name"], country=ab["country"], level_scale=ab["level_scale"])
    q = data["qualification"]
    qualification = Qualification(
        awarding_body=body,
        code=q["code"],
        version=1,
        title=q["title"],
        level=str(q["level"]),
        sector=q["sector"],
        description=q.get("description", ""),
        status=StandardStatus.CURRENT,
        packaging_rule=PackagingRule(q["packaging_rule"]),
        electives_required=int(q["electives_required"]),
        credits_required=int(q.get("credits_required", 0)),
    )
    session.add(qualification)
    units: list[tuple[Unit, UnitCategory]] = []
    for pos, u in enumerate(data["units"], start=1):
        unit = Unit(
            code=u["code"],
            version=1,
            title=u["title"],
            credits=int(u["credits"]),
            nominal_hours=int(u["nominal_hours"]),
            status=StandardStatus.CURRENT,
        )
        unit.sections = [UnitSection(kind=SectionKind(k), body=v) for k, v in u["sections"].items()]
        for epos, e in enumerate(u["elements"], start=1):
            element = Element(position=epos, title=e["title"])
            element.criteria = [
                PerformanceCriterion(position=cpos, text=t) for cpos, t in enumerate(e["criteria"], start=1)
            ]
            unit.elements.append(element)
        category = UnitCategory(u["category"])
        qualification.unit_links.append(QualificationUnit(unit=unit, category=category, position=pos))
        units.append((unit, category))
    return qualification, units


def _registration_number(n: int) -> str:
    return f"{CENTRE_CODE}-{YEAR}-{n:05d}"


def _load_candidates_and_results(
    session: Session,
    rng: random.Random,
    centre: Centre,
    qualification: Qualification,
    units: list[tuple[Unit, UnitCategory]],
    users: dict[str, User],
) -> None:
    people = _load_json("candidates.json")
    assessors = [users["assessor1"], users["assessor2"]]
    verifier = users["verifier"]
    sessions = [
        AssessmentSession(
            title=f"Practical assessment {m}",
            session_date=dt.date(YEAR, m, 10 + m),
            venue=rng.choice(["Workshop A", "Workshop B", "Solar training yard"]),
            assessor=assessors[m % 2],
        )
        for m in range(3, 11)
    ]
    session.add_all(sessions)
    core = [u for u, c in units if c == UnitCategory.CORE]
    electives = [u for u, c in units if c == UnitCategory.ELECTIVE]
    for i, p in enumerate(people):
        cand = Candidate(
            centre=centre,
            registration_number=_registration_number(i + 1),
            family_name=p["family_name"],
            given_names=p["given_names"],
            name_local=p.get("name_local", "") or "",
            sex=Sex(p["sex"]),
            date_of_birth=dt.date.fromisoformat(p["date_of_birth"]),
            id_type=IdType(p.get("id_type", "national_id")),
            national_id=p.get("national_id"),
            nationality=p["nationality"],
            disability=Disability(p.get("disability", "not_stated")),
            disability_details=p.get("disability_details", "") or "",
            phone=p.get("phone", ""),
            education=p.get("education", ""),
            occupation=p.get("occupation", ""),
            years_experience=p.get("years_experience"),
        )
        cand.search_text = candidate_search_text(cand)
        pathway = Pathway(p.get("pathway", "rpl"))
        enrolled = dt.date(YEAR, 1 + i % 3, 5 + i % 20)
        enrolment = Enrolment(
            candidate=cand,
            qualification=qualification,
            pathway=pathway,
            enrolled_on=enrolled,
            stage=RplStage.INFORMATION,
        )
        session.add(cand)
        enrolment.steps.append(
            RplStep(stage=RplStage.INFORMATION, on_date=enrolled, notes="Information and counselling session held.")
        )
        plan = _plan_for(i, core, electives)
        if plan:
            enrolment.stage = RplStage.ASSESSMENT
            if pathway == Pathway.RPL:
                enrolment.steps.append(
                    RplStep(
                        stage=RplStage.ELIGIBILITY,
                        on_date=enrolled + dt.timedelta(days=7),
                        decision=EligibilityDecision.ELIGIBLE,
                        notes="Three or more years of relevant work experience.",
                    )
                )
                enrolment.steps.append(
                    RplStep(stage=RplStage.SELF_ASSESSMENT, on_date=enrolled + dt.timedelta(days=14))
                )
                enrolment.steps.append(RplStep(stage=RplStage.PORTFOLIO, on_date=enrolled + dt.timedelta(days=30)))
            enrolment.steps.append(RplStep(stage=RplStage.ASSESSMENT, on_date=enrolled + dt.timedelta(days=45)))
        if i in (0, 1, 2):
            enrolment.status = EnrolmentStatus.ACTIVE
        session.add(enrolment)
        for k, (unit, status, outcome, attempts) in enumerate(plan):
            assessor = assessors[(i + k) % 2]
            for attempt in range(1, attempts + 1):
                last = attempt == attempts
                a_status = status if last else AssessmentStatus.VERIFIED
                a_outcome = outcome if last else Outcome.NOT_YET_COMPETENT
                day = dt.date(YEAR, 3 + (i + k + attempt) % 8, 1 + (i * 3 + k) % 27)
                sess = sessions[(day.month - 3) % len(sessions)]
                a = Assessment(
                    candidate=cand,
                    enrolment=enrolment,
                    unit=unit,
                    attempt=attempt,
                    assessed_on=day,
                    venue=sess.venue,
                    session=sess,
                    assessor=assessor,
                    status=a_status,
                    outcome=a_outcome,
                    conflict_of_interest=False,
                )
                _judge(a, unit, a_outcome, a_status, rng)
                if a_outcome == Outcome.CREDIT_TRANSFER:
                    a.credit_transfer_source = "Certificate of Proficiency, Electrical, Accra Technical Institute, 2019"
                    a.methods = [AssessmentMethodUsed(method=AssessmentMethod.PORTFOLIO)]
                if a_outcome == Outcome.WITHDRAWN:
                    a.comments = "Candidate withdrew for family reasons; may return next session."
                if a_status in (AssessmentStatus.SUBMITTED, AssessmentStatus.VERIFIED, AssessmentStatus.RETURNED):
                    a.submitted_at = dt.datetime.combine(day, dt.time(15, 30), dt.UTC)
                if a_status == AssessmentStatus.VERIFIED:
                    a.verifier = verifier
                    a.verified_at = dt.datetime.combine(day + dt.timedelta(days=5), dt.time(10, 0), dt.UTC)
                if a_status == AssessmentStatus.RETURNED:
                    a.verifier = verifier
                    a.returned_reason = "Criterion 2.3 has no evidence recorded; please add the questioning notes."
                session.add(a)
                if i == 4 and k == 0 and last:
                    a.amendments.append(
                        Amendment(
                            reason="Assessment date typed as the day after the session; corrected from the session sheet.",
                            before_json=json.dumps({"assessed_on": (day + dt.timedelta(days=1)).isoformat()}),
                            after_json=json.dumps({"assessed_on": day.isoformat()}),
                            amended_by=verifier,
                        )
                    )


def _plan_for(
    i: int, core: list[Unit], electives: list[Unit]
) -> list[tuple[Unit, AssessmentStatus, Outcome | None, int]]:
    """Which units each demo candidate has been assessed in, with status, outcome and attempts."""
    V, S, D, R = (
        AssessmentStatus.VERIFIED,
        AssessmentStatus.SUBMITTED,
        AssessmentStatus.DRAFT,
        AssessmentStatus.RETURNED,
    )
    C, NYC = Outcome.COMPETENT, Outcome.NOT_YET_COMPETENT
    every = core + electives
    if i in (0, 1, 2):  # every unit verified Competent (one of them after a reassessment)
        return [(u, V, C, 2 if (i == 1 and n == 3) else 1) for n, u in enumerate(every)]
    if i in (3, 4, 5):  # some units verified Competent, others under way
        return [(core[0], V, C, 1), (core[1], V, C, 1), (core[2], S, C, 1), (core[3], D, None, 1)]
    if i == 6:
        return [(core[0], V, NYC, 1), (core[1], V, C, 1)]
    if i == 7:
        return [(core[0], R, C, 1), (core[1], V, C, 1)]
    if i == 8:
        return [(core[0], V, Outcome.CREDIT_TRANSFER, 1), (core[1], V, C, 1), (electives[0], S, C, 1)]
    if i == 9:
        return [(core[0], V, Outcome.WITHDRAWN, 1)]
    if i == 10:
        return [
            (core[0], V, Outcome.RPL_GRANTED, 1),
            (core[1], V, Outcome.RPL_GRANTED, 1),
            (core[2], V, Outcome.RPL_GRANTED, 1),
        ]
    if i == 11:
        return [(core[0], V, C, 2), (core[4], D, None, 1)]
    if i in (12, 13, 14):
        return [(core[(i - 12) % len(core)], D, None, 1)]
    if i in (15, 16):
        return [(core[0], S, NYC, 1)]
    return []


def _judge(a: Assessment, unit: Unit, outcome: Outcome | None, status: AssessmentStatus, rng: random.Random) -> None:
    """Judgements consistent with the outcome: all satisfactory for Competent, some not for NYC."""
    criteria = [c for e in unit.elements for c in e.criteria]
    if outcome in (Outcome.COMPETENT, Outcome.RPL_GRANTED):
        a.judgements = [CriterionJudgement(criterion=c, result=Judgement.SATISFACTORY) for c in criteria]
        methods = [AssessmentMethod.OBSERVATION, AssessmentMethod.QUESTIONING]
        if outcome == Outcome.RPL_GRANTED:
            methods.append(AssessmentMethod.PORTFOLIO)
        a.methods = [AssessmentMethodUsed(method=m) for m in methods]
        a.comments = "All criteria demonstrated safely and to standard."
        a.feedback = "Well done. Keep your test records as neat as your wiring."
    elif outcome == Outcome.NOT_YET_COMPETENT:
        failing = set(rng.sample(range(len(criteria)), k=min(2, len(criteria))))
        a.judgements = [
            CriterionJudgement(
                criterion=c, result=Judgement.NOT_YET_SATISFACTORY if n in failing else Judgement.SATISFACTORY
            )
            for n, c in enumerate(criteria)
        ]
        a.methods = [AssessmentMethodUsed(method=AssessmentMethod.OBSERVATION)]
        a.comments = "Some criteria were not yet demonstrated."
        a.feedback = "Practise insulation resistance testing and recording; reassessment can be booked."
    elif outcome is None and status == AssessmentStatus.DRAFT:
        done = len(criteria) // 2
        a.judgements = [CriterionJudgement(criterion=c, result=Judgement.SATISFACTORY) for c in criteria[:done]]
        a.methods = [AssessmentMethodUsed(method=AssessmentMethod.OBSERVATION)]
