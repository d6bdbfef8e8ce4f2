"""One data generator for every benchmark: a centre's database at the size of a national register.

``build(url, candidates)`` loads the demo (users, the Electrical Installation standard, signing key)
into an empty database, then adds through bulk inserts:

- a second qualification over the same units with the *min_credits* packaging rule, and a version 2
  of one core unit (results at either version count for the unit's code);
- ``candidates`` candidates with names in Latin, Arabic and Ethiopic script, both sexes, ages,
  nationalities and disabilities (some not recorded);
- about one enrolment each (a few in both qualifications, some withdrawn, some for chosen units
  only), with assessments at every status and outcome, second attempts, assessments outside any
  enrolment, and a judgement for each criterion (about ten per candidate);
- certificates: full ones, statements of attainment covering some or all achieved units, revoked ones;
- for RPL enrolments, dated steps through the stages up to the one reached (some skipped, some recorded
  twice, a few dated before the enrolment or before the stage before), a few found not eligible, and
  referrals to gap training.

The shapes are those of issue 14 (100,030 candidates, ~100,000 assessments, ~1,000,000 judgements).
Everything is drawn from ``random.Random(seed)``: the same arguments build the same database.

``cached(candidates)`` builds once under /tmp/scale/ (SKILLASSESS_SCALE_DIR) and reuses the file:
benchmarks at 100k and 1M share it instead of each building their own.

    .venv/bin/python benchmarks/scale_data.py 100000          # builds /tmp/scale/scale-100000.sqlite3
    .venv/bin/python benchmarks/scale_data.py 10000 --url postgresql+psycopg://...
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LATIN_FAMILY = [
    "Mensah",
    "Boateng",
    "Owusu",
    "Diallo",
    "Sow",
    "Ndiaye",
    "Banda",
    "Phiri",
    "Mwale",
    "Kamau",
    "Otieno",
    "Haddad",
    "Khoury",
    "Nassar",
    "Tesfaye",
    "Alemu",
    "Girma",
    "Bekele",
    "Asante",
    "Fall",
    "Chirwa",
    "Juma",
    "Hamisi",
    "Mushi",
    "Kiprono",
    "Sesay",
    "Kamara",
    "Tembo",
    "Lungu",
    "Abebe",
]
LATIN_GIVEN = [
    "Akosua",
    "Kwame",
    "Fatou",
    "Aminata",
    "Chikondi",
    "Grace",
    "Joseph",
    "Layal",
    "Rami",
    "Hiba",
    "Tigist",
    "Dawit",
    "Meseret",
    "Yohannes",
    "Juma",
    "Neema",
    "Baraka",
    "Ibrahima",
    "Khady",
    "Moussa",
    "Efua",
    "Yaw",
    "Ruth",
    "Esther",
    "Ali",
    "Omar",
    "Rana",
    "George",
    "Hana",
    "Selam",
]
ARABIC = ["ليال خوري", "جورج نصار", "علي حمدان", "رنا صعب", "هبة العلي", "رامي حداد", "عمر يوسف", "سلمى عيسى"]
ETHIOPIC = ["ትዕግስት አለሙ", "ዳዊት ተስፋዬ", "መሰረት ግርማ", "ዮሐንስ ኃይሌ", "ሐና በቀለ", "ሰላም ታደሰ", "ከበደ አበበ", "ፍቅርተ ገብሬ"]
NATIONALITIES = ["GH"] * 6 + ["SN", "LB", "ET", "MW", "TZ", "NG", ""]
BATCH = 20_000
GENERATION = 2  # raised when the generator changes, so that cached databases are built again
STAMP = dt.datetime(2026, 1, 15, 9, 0, tzinfo=dt.UTC)


def scale_dir() -> Path:
    return Path(os.environ.get("SKILLASSESS_SCALE_DIR", "/tmp/scale"))


def cached(candidates: int, seed: int = 14) -> Path:
    """The SQLite file with ``candidates`` generated candidates, built on first use and then reused."""
    from skillassess.db.database import sqlite_url

    path = scale_dir() / f"scale-{candidates}-s{seed}-g{GENERATION}.sqlite3"
    done = path.with_suffix(".built")  # written last: a build cut short is started again
    # Its audit checkpoint is signed with this computer's key in the data folder: the same folder for all.
    os.environ.setdefault("SKILLASSESS_DATA_DIR", str(scale_dir() / "data"))
    if not done.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.checkpoint")):
            p.unlink(missing_ok=True)
        t0 = time.perf_counter()
        counts = build(sqlite_url(path), candidates, seed=seed, key_dir=path.parent / f"keys-{candidates}")
        done.write_text(f"{counts}\n")
        print(f"built {path} in {time.perf_counter() - t0:.0f} s: {counts}", file=sys.stderr)
    return path


def build(url: str, candidates: int, *, seed: int = 14, key_dir: Path | None = None) -> dict[str, int]:
    """Create the database at ``url`` (it must be empty) and fill it; returns the row counts."""
    from skillassess.db.database import open_database

    db = open_database(url, create=True)
    try:
        return fill(db, candidates, seed=seed, key_dir=key_dir)
    finally:
        db.dispose()


def fill(db: Any, candidates: int, *, seed: int = 14, key_dir: Path | None = None) -> dict[str, int]:
    """Load the demo into the empty database ``db`` and add the generated rows (see the module's text)."""
    from sqlalchemy import func, insert, select

    from skillassess.core.enums import (
        AssessmentStatus,
        CertificateKind,
        CertificateStatus,
        Disability,
        EligibilityDecision,
        EnrolmentStatus,
        IdType,
        Judgement,
        Outcome,
        PackagingRule,
        Pathway,
        RplStage,
        Sex,
        StandardStatus,
        UnitCategory,
    )
    from skillassess.core.models import (
        Assessment,
        Candidate,
        Centre,
        Certificate,
        CertificateUnit,
        CriterionJudgement,
        Element,
        Enrolment,
        EnrolmentUnit,
        GapReferral,
        PerformanceCriterion,
        Qualification,
        QualificationUnit,
        RplStep,
        Unit,
        User,
    )
    from skillassess.core.rules import fold
    from skillassess.services.demo import load_demo

    rng = random.Random(seed)
    rpl_rng = random.Random(seed + 1_000)  # the RPL steps draw from their own: the other rows stay as they were
    stages = list(RplStage)
    with db.transaction() as s:
        load_demo(s, key_dir)
    with db.engine.begin() as conn:
        centre_id = conn.execute(select(Centre.id)).scalar_one()
        users = dict(conn.execute(select(User.username, User.id)).all())
        assessors = [users["assessor1"], users["assessor2"]]
        verifier = users["verifier"]
        # The demo's electrical qualification (it also has last year's garment-making course, GMT-L2).
        demo_q = conn.execute(select(Qualification).where(Qualification.code == "ELI-L2")).one()
        links = conn.execute(
            select(QualificationUnit.unit_id, Unit.code, QualificationUnit.category, Unit.credits)
            .join(Unit, QualificationUnit.unit_id == Unit.id)
            .where(QualificationUnit.qualification_id == demo_q.id)
            .order_by(QualificationUnit.position)
        ).all()
        unit_ids = [r.unit_id for r in links]
        # A second qualification over the same units: every unit elective but the first two, 40 credits.
        mc_id = conn.execute(
            insert(Qualification).returning(Qualification.id),
            {
                "awarding_body_id": demo_q.awarding_body_id,
                "code": "GEN-MC",
                "version": 1,
                "title": "Electrical Installation (credits)",
                "level": "2",
                "status": StandardStatus.CURRENT,
                "packaging_rule": PackagingRule.MIN_CREDITS,
                "electives_required": 0,
                "credits_required": 40,
            },
        ).scalar_one()
        conn.execute(
            insert(QualificationUnit),
            [
                {
                    "qualification_id": mc_id,
                    "unit_id": u,
                    "category": UnitCategory.CORE if n < 2 else UnitCategory.ELECTIVE,
                    "position": n + 1,
                }
                for n, u in enumerate(unit_ids)
            ],
        )
        # Version 2 of the first core unit, linked to no qualification: results at it count for the code.
        v2 = conn.execute(
            insert(Unit).returning(Unit.id),
            {
                "code": links[0].code,
                "version": 2,
                "title": "Apply safe working practices (v2)",
                "credits": links[0].credits,
                "status": StandardStatus.CURRENT,
            },
        ).scalar_one()
        element = conn.execute(
            insert(Element).returning(Element.id), {"unit_id": v2, "position": 1, "title": "Work safely"}
        ).scalar_one()
        conn.execute(
            insert(PerformanceCriterion),
            [{"element_id": element, "position": p, "text": f"Criterion {p}"} for p in (1, 2, 3)],
        )
        criteria: dict[int, list[int]] = {}
        for unit_id, crit_id in conn.execute(
            select(Element.unit_id, PerformanceCriterion.id)
            .join(PerformanceCriterion, PerformanceCriterion.element_id == Element.id)
            .order_by(Element.unit_id, Element.position, PerformanceCriterion.position)
        ):
            criteria.setdefault(unit_id, []).append(crit_id)
        quals = {demo_q.id: unit_ids, mc_id: unit_ids}

        first_candidate = (conn.execute(select(func.max(Candidate.id))).scalar_one() or 0) + 1
        first_enrolment = (conn.execute(select(func.max(Enrolment.id))).scalar_one() or 0) + 1
        first_assessment = (conn.execute(select(func.max(Assessment.id))).scalar_one() or 0) + 1
        first_certificate = (conn.execute(select(func.max(Certificate.id))).scalar_one() or 0) + 1
        buffers: dict[Any, list[dict[str, Any]]] = {
            m: []
            for m in (
                Candidate,
                Enrolment,
                EnrolmentUnit,
                RplStep,
                GapReferral,
                Assessment,
                CriterionJudgement,
                Certificate,
                CertificateUnit,
            )
        }
        counts = dict.fromkeys(buffers, 0)

        def add(model: Any, row: dict[str, Any]) -> None:
            buf = buffers[model]
            buf.append(row)
            if len(buf) >= BATCH:
                flush()

        def flush() -> None:  # parents first, for the foreign keys
            for model, buf in buffers.items():
                if buf:
                    conn.execute(insert(model), buf)
                    counts[model] += len(buf)
                    buf.clear()

        def add_rpl_steps(eid: int, stage: Any, enrolled_on: dt.date) -> None:
            """Steps up to ``stage``: dates mostly rising, sometimes not; a referral for some partial ones."""
            day = enrolled_on + dt.timedelta(days=rpl_rng.randint(-5, 3))
            for here in stages[: stages.index(stage) + 1]:
                if here != stage and here != stages[0] and rpl_rng.random() < 0.15:
                    continue  # a stage skipped
                if here == stages[0] and rpl_rng.random() < 0.5:
                    continue  # information and counselling not recorded: it starts on the enrolment day
                for _ in range(2 if rpl_rng.random() < 0.05 else 1):
                    not_eligible = here == RplStage.ELIGIBILITY and rpl_rng.random() < 0.06
                    add(
                        RplStep,
                        {
                            "enrolment_id": eid,
                            "stage": here,
                            "on_date": day,
                            "notes": "",
                            "decision": (
                                (EligibilityDecision.NOT_ELIGIBLE if not_eligible else EligibilityDecision.ELIGIBLE)
                                if here == RplStage.ELIGIBILITY
                                else None
                            ),
                            "created_at": STAMP,
                        },
                    )
                    day += dt.timedelta(days=rpl_rng.randint(-4, 45))
            if stages.index(stage) >= stages.index(RplStage.ASSESSMENT) and rpl_rng.random() < 0.12:
                add(GapReferral, {"enrolment_id": eid, "referred_on": day, "notes": "", "created_at": STAMP})

        outcomes_verified = (
            [Outcome.COMPETENT] * 70
            + [Outcome.NOT_YET_COMPETENT] * 15
            + [Outcome.RPL_GRANTED] * 7
            + [Outcome.CREDIT_TRANSFER] * 5
            + [Outcome.WITHDRAWN] * 3
        )
        statuses = (
            [AssessmentStatus.VERIFIED] * 60
            + [AssessmentStatus.SUBMITTED] * 15
            + [AssessmentStatus.DRAFT] * 15
            + [AssessmentStatus.RETURNED] * 10
        )
        enrolment_id, assessment_id, certificate_id = first_enrolment, first_assessment, first_certificate
        for n in range(candidates):
            cid = first_candidate + n
            family, given = rng.choice(LATIN_FAMILY), rng.choice(LATIN_GIVEN)
            local = rng.choice(ARABIC if n % 3 == 0 else ETHIOPIC) if n % 3 != 2 else ""
            regno = f"GEN-{2020 + n % 7}-{n:07d}"
            national_id = f"{rng.randrange(10**11, 10**12)}" if n % 5 else None
            born = None if n % 41 == 0 else dt.date(1958 + n % 50, 1, 1) + dt.timedelta(days=rng.randrange(366))
            add(
                Candidate,
                {
                    "id": cid,
                    "centre_id": centre_id,
                    "registration_number": regno,
                    "family_name": family,
                    "given_names": given,
                    "name_local": local,
                    "sex": Sex.FEMALE if rng.random() < 0.45 else Sex.MALE,
                    "date_of_birth": born,
                    "id_type": IdType.NATIONAL_ID,
                    "national_id": national_id,
                    "nationality": rng.choice(NATIONALITIES),
                    "disability": rng.choice([Disability.NO] * 6 + [Disability.YES, Disability.NOT_STATED]),
                    "disability_details": "",
                    "phone": "",
                    "email": "",
                    "address": "",
                    "education": "",
                    "occupation": "",
                    "notes": "",
                    "search_text": fold(" ".join(p for p in (given, family, local, regno, national_id or "") if p)),
                    "created_at": STAMP,
                    "updated_at": STAMP,
                },
            )
            r = rng.random()
            enrolled_in = [demo_q.id] if r < 0.85 else [mc_id] if r < 0.95 else [demo_q.id, mc_id]
            taken: set[tuple[int, int]] = set()  # (unit, attempt): unique per candidate
            achieved: dict[int, list[int]] = {}  # qualification -> achieved unit ids (for certificates)
            for qid in enrolled_in:
                eid = enrolment_id
                enrolment_id += 1
                chosen: list[int] = []
                if rng.random() < 0.04:
                    chosen = rng.sample(quals[qid], 2)
                pathway = Pathway.RPL if rng.random() < 0.7 else Pathway.TRAINING
                enrolment_status = EnrolmentStatus.WITHDRAWN if rng.random() < 0.05 else EnrolmentStatus.ACTIVE
                stage = rng.choice(stages)
                enrolled_on = dt.date(2024 + n % 3, 1 + n % 12, 1 + n % 28)
                add(
                    Enrolment,
                    {
                        "id": eid,
                        "candidate_id": cid,
                        "qualification_id": qid,
                        "pathway": pathway,
                        "status": enrolment_status,
                        "stage": stage,
                        "enrolled_on": enrolled_on,
                        "created_at": STAMP,
                    },
                )
                if pathway == Pathway.RPL:
                    add_rpl_steps(eid, stage, enrolled_on)
                for u in chosen:
                    add(EnrolmentUnit, {"enrolment_id": eid, "unit_id": u})
                r = rng.random()
                pool = quals[qid]  # chosen units or not: results at other units count only for the others
                k = 0 if r < 0.6 else 1 if r < 0.85 else 2 if r < 0.95 else len(pool)
                if chosen and r < 0.6:
                    k = 3
                for linked in rng.sample(pool, min(k, len(pool))):
                    unit = v2 if linked == unit_ids[0] and rng.random() < 0.2 else linked
                    attempts = 2 if rng.random() < 0.1 else 1
                    for attempt in range(1, attempts + 1):
                        if (unit, attempt) in taken:
                            continue
                        taken.add((unit, attempt))
                        last = attempt == attempts
                        status = rng.choice(statuses) if last else AssessmentStatus.VERIFIED
                        outcome: Outcome | None
                        if status == AssessmentStatus.VERIFIED:
                            outcome = rng.choice(outcomes_verified) if last else Outcome.NOT_YET_COMPETENT
                        elif status == AssessmentStatus.DRAFT:
                            outcome = None
                        else:
                            outcome = rng.choice([Outcome.COMPETENT, Outcome.NOT_YET_COMPETENT])
                        assessor = assessors[(n + attempt) % 2]
                        day = dt.date(2024 + (n + attempt) % 3, 1 + (n * 7 + unit) % 12, 1 + (n + unit) % 28)
                        aid = assessment_id
                        assessment_id += 1
                        add(
                            Assessment,
                            {
                                "id": aid,
                                "candidate_id": cid,
                                "enrolment_id": None if rng.random() < 0.02 else eid,
                                "unit_id": unit,
                                "attempt": attempt,
                                "assessed_on": day,
                                "assessor_id": assessor,
                                "verifier_id": verifier if status != AssessmentStatus.DRAFT else None,
                                "status": status,
                                "outcome": outcome,
                                "conflict_of_interest": False,
                                "created_at": STAMP,
                                "updated_at": STAMP,
                            },
                        )
                        crits = criteria[unit]
                        if status == AssessmentStatus.DRAFT:
                            crits = crits[: len(crits) // 2]
                        good = outcome in (Outcome.COMPETENT, Outcome.RPL_GRANTED, None)
                        for c in crits:
                            ok = good or rng.random() < 0.7
                            add(
                                CriterionJudgement,
                                {
                                    "assessment_id": aid,
                                    "criterion_id": c,
                                    "result": Judgement.SATISFACTORY if ok else Judgement.NOT_YET_SATISFACTORY,
                                    "note": "",
                                    "judged_at": STAMP,
                                },
                            )
                        if status == AssessmentStatus.VERIFIED and outcome is not None and outcome.achieved:
                            achieved.setdefault(qid, []).append(unit_ids[0] if unit == v2 else unit)
            # Certificates for some of those with achieved units: statements (of some or all of them),
            # full certificates, and revoked ones that count for nothing.
            for qid, units in achieved.items():
                r = rng.random()
                if r > 0.35:
                    continue
                kind = CertificateKind.FULL if r < 0.05 else CertificateKind.STATEMENT
                revoked = rng.random() < 0.1
                stated = units if kind == CertificateKind.FULL or rng.random() < 0.6 else units[:1]
                cert = certificate_id
                certificate_id += 1
                add(
                    Certificate,
                    {
                        "id": cert,
                        "serial": f"GH-GEN-{2025 + n % 2}-{cert:07d}",
                        "centre_id": centre_id,
                        "candidate_id": cid,
                        "qualification_id": qid,
                        "kind": kind,
                        "issued_on": dt.date(2025 + n % 2, 1 + n % 12, 1 + n % 28),
                        "languages": "en",
                        "status": CertificateStatus.REVOKED if revoked else CertificateStatus.ISSUED,
                        "revoked_reason": "Issued in error (generated)." if revoked else "",
                        "reprint_count": 0,
                        "payload": "",
                        "created_at": STAMP,
                    },
                )
                for pos, u in enumerate(sorted(set(stated)), start=1):
                    add(
                        CertificateUnit,
                        {"certificate_id": cert, "unit_id": u, "position": pos, "outcome": Outcome.COMPETENT},
                    )
        flush()
        if conn.dialect.name == "postgresql":  # explicit ids: move the sequences past them
            for table in ("candidate", "enrolment", "assessment", "certificate"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
                )
        conn.exec_driver_sql("ANALYZE")
    return {m.__tablename__: c for m, c in counts.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("candidates", type=int)
    ap.add_argument("--url", help="build into this (empty) database instead of the cached SQLite file")
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    if args.url:
        t0 = time.perf_counter()
        print(build(args.url, args.candidates, seed=args.seed), f"{time.perf_counter() - t0:.0f} s")
    else:
        print(cached(args.candidates, args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
