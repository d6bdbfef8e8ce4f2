"""Demo data: a realistic qualification, a centre, users for every role, candidates and results.

Loaded into an empty database only (or found already loaded); a database that holds anything
else is refused, so the demo never mixes with a centre's real records.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, replace
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
    Pathway,
    Role,
    RplStage,
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
    Candidate,
    Centre,
    CriterionJudgement,
    Enrolment,
    Qualification,
    QualificationUnit,
    RplStep,
    Unit,
    User,
)
from skillassess.core.passwords import needs_rehash
from skillassess.formats.standard_doc import CriterionDoc, ElementDoc, QualificationDoc, UnitDoc
from skillassess.resources import demo_dir
from skillassess.services.audit import record
from skillassess.services.context import SYSTEM, Actor

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

    The demo is made as a centre would make it, through the services, so that the Audit log tells
    who did what: the administrator sets up the centre (and its signing key, in the data folder or
    ``key_dir``), its signatories and the users, and imports both qualifications; the assessor of
    the garment-making course registers and enrols her candidates, records their sessions and
    submits them; the verifier verifies (and returns one); the registrar issues certificates, reprints
    one and revokes one. The electrical candidates are registered by an assessor (an entry each); their
    enrolments and results of earlier months are loaded in bulk, in one entry ("system", "demo data"), which
    keeps the demo quick to build.
    """
    if is_demo_database(session):
        return DemoResult(False, "The demo data is already loaded.")
    if not _is_empty(session):
        raise DomainError(
            "This database already holds data that is not the demo; the demo is only loaded into "
            "an empty database. Use `skillassess --demo` or give a new file with --db."
        )
    from skillassess.services import centre as centre_service
    from skillassess.services import standards_io, users

    rng = random.Random(YEAR)
    # The demo passwords' Argon2 hashes, made once as hash_password(demo_password(name)) (checked by
    # tests/services/test_demo.py; make them again if the hashing parameters change): hashing the five
    # passwords took a third of the build.
    # Only a hash of today's parameters (one the next sign-in would not renew); otherwise hashed afresh.
    hashes = {name: h for name, h in _load_json("password_hashes.json").items() if not needs_rehash(h)}
    admin = users.create_centre_and_admin(
        session,
        users.CentreFields(
            name="Accra Technical Skills Centre (demo)",
            code=CENTRE_CODE,
            country="GH",
            address="Ring Road West, Accra, Ghana",
            logo=(DEMO_DIR / "centre_logo.png").read_bytes(),
        ),
        users.AdminFields(
            username="admin",
            password=demo_password("admin"),
            full_name=DEMO_USERS[0][1],
            password_hash=hashes.get("admin"),
        ),
        key_dir=key_dir,
    )
    settings = centre_service.centre_settings(session)
    centre_service.update_centre_settings(
        session,
        admin,
        replace(
            settings,
            signatories=tuple(centre_service.SignatorySettings(name, titles) for name, titles in SIGNATORIES),
        ),
    )
    for n, (username, full_name, roles) in enumerate(DEMO_USERS[1:], start=1):
        assessor = Role.ASSESSOR in roles
        users.add_user(
            session,
            admin,
            username,
            demo_password(username),
            roles,
            full_name=full_name,
            assessor_registration_number=f"GH-ASR-{2019 + n:04d}-{117 + n * 31:04d}" if assessor else None,
            registration_expires_on=dt.date(YEAR + 2, 6, 30) if assessor else None,
            password_hash=hashes.get(username),
        )
    actors = {name: users.actor_by_username(session, name) for name, _, _ in DEMO_USERS}
    imported = [
        standards_io.import_document(session, admin, _standard_doc(_load_json(name)))
        for name in ("electrical_installation.json", "garment_making.json")
    ]
    user_rows = {u.username: u for u in session.execute(select(User)).scalars()}
    qualification = session.get_one(Qualification, imported[0].qualification_id)
    units = [(link.unit, link.category) for link in sorted(qualification.unit_links, key=lambda link: link.position)]
    _load_candidates_and_results(session, rng, qualification, units, user_rows, actors["assessor1"])
    session.flush()
    counts = {
        m.__tablename__: session.execute(select(func.count()).select_from(m)).scalar_one()
        for m in (Candidate, Assessment)
    }
    record(
        session,
        SYSTEM,
        AuditAction.CREATE,
        "centre",
        CENTRE_CODE,
        None,
        {"demo data": f"the {QUALIFICATION_CODE} candidates and their results of earlier months", **counts},
    )
    _garment_course(session, actors, imported[1].qualification_id, key_dir)
    return DemoResult(True, "Demo data loaded.")


def _standard_doc(data: dict[str, Any]) -> QualificationDoc:
    """A qualification of the demo's JSON files as the standards import reads it (current, version 1)."""
    ab, q = data["awarding_body"], data["qualification"]
    return QualificationDoc(
        code=q["code"],
        title=q["title"],
        version=1,
        level=str(q["level"]),
        sector=q["sector"],
        description=q.get("description", ""),
        status=StandardStatus.CURRENT.value,
        packaging_rule=q["packaging_rule"],
        electives_required=int(q["electives_required"]),
        credits_required=int(q.get("credits_required", 0)),
        awarding_body_code=ab["code"],
        awarding_body_name=ab["name"],
        awarding_body_country=ab["country"],
        awarding_body_level_scale=ab["level_scale"],
        units=[
            UnitDoc(
                code=u["code"],
                title=u["title"],
                version=1,
                category=u["category"],
                credits=int(u["credits"]),
                nominal_hours=int(u["nominal_hours"]),
                status=StandardStatus.CURRENT.value,
                sections=dict(u["sections"]),
                elements=[
                    ElementDoc(title=e["title"], criteria=[CriterionDoc(text=t) for t in e["criteria"]])
                    for e in u["elements"]
                ],
            )
            for u in data["units"]
        ],
    )


def _registration_number(n: int) -> str:
    return f"{CENTRE_CODE}-{YEAR}-{n:05d}"


def _load_candidates_and_results(
    session: Session,
    rng: random.Random,
    qualification: Qualification,
    units: list[tuple[Unit, UnitCategory]],
    users: dict[str, User],
    registrar: Actor,
) -> None:
    """The electrical candidates, registered by ``registrar``, and their enrolments and results of earlier
    months (in bulk)."""
    from skillassess.services import candidates

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
    # Each candidate registered through the service, with an audit entry of their own (as the assessor did
    # it); their enrolments and results of earlier months follow in bulk.
    registered = [
        candidates.create_candidate(
            session,
            registrar,
            candidates.CandidateData(
                family_name=p["family_name"],
                given_names=p["given_names"],
                sex=Sex(p["sex"]),
                name_local=p.get("name_local", "") or "",
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
                registration_number=_registration_number(i + 1),
            ),
            today=dt.date(YEAR, 12, 31),
        ).candidate_id
        for i, p in enumerate(people)
    ]
    session.add_all(sessions)
    # Read back at once and held: one at a time, each read would first flush the rows added before it.
    by_id = {c.id: c for c in session.execute(select(Candidate).where(Candidate.id.in_(registered))).scalars()}
    core = [u for u, c in units if c == UnitCategory.CORE]
    electives = [u for u, c in units if c == UnitCategory.ELECTIVE]
    for i, p in enumerate(people):
        cand = by_id[registered[i]]
        pathway = Pathway(p.get("pathway", "rpl"))
        enrolled = dt.date(YEAR, 1 + i % 3, 5 + i % 20)
        enrolment = Enrolment(
            candidate=cand,
            qualification=qualification,
            pathway=pathway,
            enrolled_on=enrolled,
            stage=RplStage.INFORMATION,
        )
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


# --- The garment-making course, recorded through the services ---------------------------------------

GARMENT_CODE = "GMT-L2"
# Last year's course: its candidates were registered, certified and numbered in that year.
GARMENT_YEAR = YEAR - 1
# family name, given names, sex, name in local script, date of birth, nationality, pathway, occupation, years
GARMENT_CANDIDATES: list[tuple[str, str, Sex, str, str, str, Pathway, str, int | None]] = [
    ("Mensah", "Akosua", Sex.FEMALE, "", "1996-04-17", "GH", Pathway.TRAINING, "Dressmaker's apprentice", 2),
    ("Diallo", "Aïssatou", Sex.FEMALE, "", "1991-09-03", "SN", Pathway.RPL, "Tailor (own workshop)", 9),
    ("Haddad", "Mariam", Sex.FEMALE, "مريم حداد", "1988-12-22", "LB", Pathway.RPL, "Seamstress", 12),
    ("Bekele", "Hirut", Sex.FEMALE, "ሒሩት በቀለ", "1999-01-30", "ET", Pathway.TRAINING, "", None),
    ("Banda", "Grace", Sex.FEMALE, "", "1994-07-08", "MW", Pathway.TRAINING, "Market trader", None),
    ("Mollel", "Neema", Sex.FEMALE, "", "1997-03-14", "TZ", Pathway.RPL, "Machinist, garment factory", 5),
    ("Asare", "Kojo", Sex.MALE, "", "1993-11-02", "GH", Pathway.TRAINING, "Handloom weaver", 6),
]
# Per candidate (in the order above): the outcome of GMT-C01 and GMT-C02 in the May session, and of GMT-C03
# and GMT-E01 in the September session (None: not in that session). "V" verified, "S" submitted,
# "R" returned, "D" draft; "C" competent, "N" not yet competent.
GARMENT_RESULTS: list[tuple[tuple[str, str], tuple[str, str] | None]] = [
    (("VC", "VC"), ("VC", "VC")),
    (("VC", "VC"), ("VC", "VC")),
    (("VC", "VC"), ("VC", "VC")),
    (("VC", "VC"), ("D", "SC")),
    (("VC", "VN"), None),
    (("SC", "SC"), None),
    (("VC", "RC"), None),
]
RETURNED_REASON = "The client card of the second client has no hip measurement; add it and submit again."


def _garment_course(session: Session, actors: dict[str, Actor], qualification_id: int, key_dir: Path | None) -> None:
    """Candidates of last year's garment-making course, their assessments, verification and certificates."""
    from skillassess.services import candidates, certificates, enrolment
    from skillassess.services.recording import judging, reading, verification
    from skillassess.services.recording import sessions as planning

    tailor, verifier, registrar = actors["assessor2"], actors["verifier"], actors["registrar"]
    today = dt.date(YEAR, 12, 31)  # the demo's steps are dated before YEAR ends, whatever day it is built
    unit_ids = dict(
        session.execute(
            select(Unit.code, Unit.id)
            .join(QualificationUnit, QualificationUnit.unit_id == Unit.id)
            .where(QualificationUnit.qualification_id == qualification_id)
        ).all()
    )
    candidate_ids: list[int] = []
    for n, (family, given, sex, local, born, nationality, pathway, occupation, years) in enumerate(GARMENT_CANDIDATES):
        saved = candidates.create_candidate(
            session,
            tailor,
            candidates.CandidateData(
                family_name=family,
                given_names=given,
                sex=sex,
                name_local=local,
                date_of_birth=dt.date.fromisoformat(born),
                nationality=nationality,
                id_type=IdType.NONE,
                occupation=occupation,
                years_experience=years,
                registration_number=f"{CENTRE_CODE}-{GARMENT_YEAR}-{n + 1:05d}",
            ),
            today=today,
        )
        candidate_ids.append(saved.candidate_id)
        enrolled = dt.date(GARMENT_YEAR, 2, 3 + n)
        enrolment_id = enrolment.enrol(
            session, tailor, saved.candidate_id, qualification_id, pathway, enrolled_on=enrolled
        )
        if pathway == Pathway.RPL:
            enrolment.record_step(
                session,
                tailor,
                enrolment_id,
                RplStage.ELIGIBILITY,
                enrolled + dt.timedelta(days=10),
                "Several years of paid tailoring work; photographs of garments made for clients.",
                EligibilityDecision.ELIGIBLE,
                today=today,
            )
        enrolment.record_step(
            session, tailor, enrolment_id, RplStage.ASSESSMENT, dt.date(GARMENT_YEAR, 5, 12), today=today
        )

    def record(assessment_id: int, unit_code: str, result: str) -> None:
        numbers = list(reading.criterion_ids_by_number(session, unit_ids[unit_code]))
        judging.declare_conflict(session, tailor, assessment_id, False)
        judging.set_methods(
            session, tailor, assessment_id, [AssessmentMethod.OBSERVATION, AssessmentMethod.QUESTIONING]
        )
        if result == "D":  # recorded halfway
            judging.set_judgements(session, tailor, assessment_id, [(c, Judgement.SATISFACTORY) for c in numbers[:3]])
            return
        failing = {numbers[-1]} if result.endswith("N") else set()
        judging.set_judgements(
            session,
            tailor,
            assessment_id,
            [(c, Judgement.NOT_YET_SATISFACTORY if c in failing else Judgement.SATISFACTORY) for c in numbers],
        )
        judging.set_outcome(session, tailor, assessment_id, Outcome.NOT_YET_COMPETENT if failing else Outcome.COMPETENT)
        judging.set_notes(
            session,
            tailor,
            assessment_id,
            feedback="Check the pattern against the measurements before cutting."
            if failing
            else "Neat, accurate work; well done.",
        )
        judging.submit(session, tailor, assessment_id)
        if result[0] == "V":
            verification.verify(session, verifier, assessment_id)
        elif result[0] == "R":
            verification.return_assessment(session, verifier, assessment_id, RETURNED_REASON)

    sittings = [
        (dt.date(GARMENT_YEAR, 5, 12), ("GMT-C01", "GMT-C02"), "Safety, measuring and patterns"),
        (dt.date(GARMENT_YEAR, 9, 15), ("GMT-C03", "GMT-E01"), "Cutting, assembly and traditional garments"),
    ]
    for sitting, (day, codes, title) in enumerate(sittings):
        who = [i for i, results in enumerate(GARMENT_RESULTS) if results[sitting] is not None]
        planned = planning.plan_session(
            session,
            tailor,
            planning.SessionPlan(
                session_date=day,
                assessor_id=tailor.user_id or 0,
                unit_ids=[unit_ids[c] for c in codes],
                candidate_ids=[candidate_ids[i] for i in who],
                venue="Sewing room",
                title=title,
            ),
        )
        # plan_session makes one assessment per candidate and unit, candidates in the order given.
        for k, assessment_id in enumerate(planned.assessment_ids):
            i, u = who[k // len(codes)], k % len(codes)
            results = GARMENT_RESULTS[i][sitting]
            assert results is not None
            record(assessment_id, codes[u], results[u])

    issued_on = dt.date(GARMENT_YEAR, 10, 20)
    languages = ["en", "fr,en", "ar,en", "en"]
    issued = [
        certificates.issue_certificates(
            session,
            registrar,
            [(f"{CENTRE_CODE}-{GARMENT_YEAR}-{i + 1:05d}", GARMENT_CODE)],
            languages[i],
            issued_on=issued_on,
            key_dir=key_dir,  # the demo's key, made at its first start
        )[0].serial
        for i in range(4)
    ]
    certificates.reprint_certificate(session, registrar, issued[0])
    certificates.revoke_certificate(
        session,
        registrar,
        issued[3],
        "Issued before her last two units were assessed; a full certificate will replace it.",
    )
