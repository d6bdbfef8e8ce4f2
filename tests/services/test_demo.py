"""The demo data: realistic, complete, idempotent, and never mixed with real data."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from sqlalchemy import select

from skillassess.core.enums import AssessmentStatus, Outcome, Sex, UnitCategory
from skillassess.core.errors import DomainError
from skillassess.core.models import Assessment, Candidate, Centre, Enrolment, Qualification, QualificationUnit, User
from skillassess.core.passwords import verify_password
from skillassess.services.demo import load_demo
from skillassess.services.info import database_info

from helpers import behind_the_log


def test_demo_content(demo_db) -> None:
    with demo_db.session() as s:
        counts = database_info(s).counts
        links = s.execute(select(QualificationUnit)).scalars().all()
        assert len(links) >= 6
        assert {link.category for link in links} == {UnitCategory.CORE, UnitCategory.ELECTIVE}
        for link in links:
            assert 2 <= len(link.unit.elements) <= 5
            assert all(2 <= len(e.criteria) <= 5 for e in link.unit.elements)
            assert all(link.unit.section(k) for k in link.unit.sections[0].kind.__class__)
        candidates = s.execute(select(Candidate)).scalars().all()
        assert len(candidates) >= 24 and counts["candidates"] == len(candidates)
        # As many women as men in electrical installation; mostly women in garment making.
        by_qualification = {
            code: Counter(sex for (sex,) in s.execute(
                select(Candidate.sex).join(Enrolment).join(Qualification).where(Qualification.code == code)
            ))
            for code in ("ELI-L2", "GMT-L2")
        }  # fmt: skip
        assert by_qualification["ELI-L2"][Sex.FEMALE] == by_qualification["ELI-L2"][Sex.MALE] == 15
        assert by_qualification["GMT-L2"][Sex.FEMALE] > 3 * by_qualification["GMT-L2"][Sex.MALE] > 0
        # This year's electrical candidates, last year's garment-making course.
        assert {c.registration_number[:9] for c in candidates} == {"ACC-2026-", "ACC-2025-"}
        assert all(re.fullmatch(r"ACC-202[56]-\d{5}", c.registration_number) for c in candidates)
        scripts = "".join(c.name_local for c in candidates)
        assert re.search("[\u0600-\u06ff]", scripts) and re.search("[\u1200-\u137f]", scripts)
        statuses = {a.status for a in s.execute(select(Assessment)).scalars()}
        assert statuses == set(AssessmentStatus)
        outcomes = {a.outcome for a in s.execute(select(Assessment)).scalars()}
        assert set(Outcome) <= outcomes

        n_units = len([link for link in links if link.qualification.code == "ELI-L2"])  # every unit of ELI-L2
        achieved = Counter()
        for a in s.execute(select(Assessment)).scalars():
            if a.status == AssessmentStatus.VERIFIED and a.outcome == Outcome.COMPETENT:
                achieved[a.candidate_id] += 1
        full = [c for c, n in achieved.items() if n == n_units]
        some = [c for c, n in achieved.items() if 0 < n < n_units]
        assert len(full) >= 3 and len(some) >= 3
        users = {u.username: u for u in s.execute(select(User)).scalars()}
        assert set(users) == {"admin", "assessor1", "assessor2", "verifier", "registrar"}
        assert verify_password(users["verifier"].password_hash, "demo-verifier")


def test_demo_is_idempotent(demo_db) -> None:
    with demo_db.session() as s:
        before = database_info(s).counts
    with demo_db.transaction() as s:
        assert load_demo(s).loaded is False
    with demo_db.session() as s:
        assert database_info(s).counts == before


def test_demo_refuses_a_database_with_other_data(db) -> None:
    with db.transaction() as s:
        behind_the_log(s)
        s.add(Centre(code="LIL", name="Lilongwe Skills Centre", country="MW"))
    with pytest.raises(DomainError, match="not the demo"), db.transaction() as s:
        load_demo(s)
    with db.session() as s:
        assert database_info(s).counts["candidates"] == 0


def test_demo_history_is_in_the_audit_log(demo_db) -> None:
    """Who did what: recorded through the services by each demo user, and the log is intact."""
    from skillassess.core.enums import CertificateStatus
    from skillassess.core.models import AuditEntry, Certificate
    from skillassess.services.audit_verification import verify

    with demo_db.session() as s:
        by_user = Counter((e.username, e.entity_type) for e in s.execute(select(AuditEntry)).scalars())
        certificates = s.execute(select(Certificate).order_by(Certificate.serial)).scalars().all()
        assert verify(s).intact
        centre = s.execute(select(Centre)).scalar_one()
    assert by_user[("admin", "centre")] == 2  # set up at the first start, then its signatories
    assert by_user[("admin", "user")] == 4 and by_user[("admin", "qualification")] == 2
    assert by_user[("assessor2", "candidate")] == 7 and by_user[("assessor2", "enrolment")] == 7
    assert by_user[("assessor1", "candidate")] == 30  # the electrical candidates, each registered
    assert by_user[("assessor2", "criterion_judgement")] > 50
    assert by_user[("verifier", "assessment")] >= 10
    assert by_user[("registrar", "certificate")] == 6  # four issued, one reprinted, one revoked
    assert [(c.status, c.reprint_count) for c in certificates] == [
        (CertificateStatus.ISSUED, 1),
        (CertificateStatus.ISSUED, 0),
        (CertificateStatus.ISSUED, 0),
        (CertificateStatus.REVOKED, 0),
    ]
    assert [c.languages for c in certificates] == ["en", "fr,en", "ar,en", "en"]
    assert centre.logo is not None and centre.logo.startswith(b"\x89PNG")


def test_the_demo_password_hashes_are_the_demo_passwords() -> None:
    """The demo stores hashes made once (hashing is slow on purpose): each is its user's README password,
    made with the application's Argon2 parameters (if they change, make the file again: see services/demo.py;
    until then the demo hashes afresh). The tests hash with cheap parameters, so their demo does not use them."""
    import json

    from skillassess.services.demo import DEMO_DIR, DEMO_USERS, demo_password

    from helpers import PRODUCTION_HASHER

    hashes = json.loads((DEMO_DIR / "password_hashes.json").read_text(encoding="utf-8"))
    assert sorted(hashes) == sorted(name for name, _, _ in DEMO_USERS)
    for name, _, _ in DEMO_USERS:
        assert not PRODUCTION_HASHER.check_needs_rehash(hashes[name]), name
        assert PRODUCTION_HASHER.verify(hashes[name], demo_password(name)), name
        assert not verify_password(hashes[name], demo_password(name) + "x")
    assert len(set(hashes.values())) == len(hashes)  # a salt each
