"""Certificates: eligibility, serial numbers (also under concurrent issue), register changes, audit."""

from __future__ import annotations

import datetime as dt
import hashlib
import stat
import threading

import pytest
from sqlalchemy import func, select

from skillassess.core.enums import CertificateKind, CertificateStatus, Outcome
from skillassess.core.errors import DomainError, PermissionDenied, ValidationError
from skillassess.core.models import AuditEntry, Certificate, SerialCounter, SigningKey
from skillassess.db.database import open_database
from skillassess.formats import signed_payload as sp
from skillassess.services import certificate_register, certificate_verification, keys
from skillassess.services import certificates as svc
from skillassess.services.audit_verification import verify as verify_audit

DAY = dt.date(2026, 11, 20)


def _issue(db, actor, regno: str, languages: str = "en", day: dt.date = DAY) -> Certificate:
    with db.transaction() as s:
        return svc.issue_certificate(s, actor, regno, "ELI-L2", languages, issued_on=day)


# Where the demo's own history ends when a test starts: its certificates (last year's garment-making course)
# and their entries are not this test's.
_DEMO_END: dict[int, int] = {}


@pytest.fixture(autouse=True)
def _demo_history_end(request: pytest.FixtureRequest) -> None:
    if "demo_db" in request.fixturenames:
        demo = request.getfixturevalue("demo_db")
        with demo.session() as s:
            _DEMO_END[id(demo)] = s.execute(select(func.max(AuditEntry.id))).scalar() or 0


def _audit_count(db, entity_type: str = "certificate") -> int:
    """Entries of ``entity_type`` written by the test (after the demo's history)."""
    with db.session() as s:
        return int(
            s.execute(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.entity_type == entity_type, AuditEntry.id > _DEMO_END.get(id(db), 0))
            ).scalar_one()
        )


THIS_YEAR = certificate_register.CertificateQuery(year=2026)  # the demo's certificates are of 2025


def test_eligible_list_follows_verified_achieved_units(demo_db) -> None:
    with demo_db.session() as s:
        rows = {r.registration_number: r for r in svc.eligible_candidates(s)}
    assert rows["ACC-2026-00001"].eligible == "full"
    assert len(rows["ACC-2026-00001"].units) == 8
    # Verified Competent only; the submitted and draft units do not count.
    assert rows["ACC-2026-00004"].eligible == "partial"
    assert rows["ACC-2026-00004"].units == ["ELI-C01", "ELI-C02"]
    # Not Yet Competent does not count; Credit transfer and RPL granted do.
    assert rows["ACC-2026-00007"].units == ["ELI-C02"]
    assert rows["ACC-2026-00009"].units == ["ELI-C01", "ELI-C02"]
    assert rows["ACC-2026-00011"].units == ["ELI-C01", "ELI-C02", "ELI-C03"]
    # A returned result is not verified: only C02 counts for candidate 8.
    assert rows["ACC-2026-00008"].units == ["ELI-C02"]
    # Withdrawn outcome, or nothing assessed: not eligible.
    assert "ACC-2026-00010" not in rows
    assert "ACC-2026-00030" not in rows


def test_issue_full_and_statement(demo_db, demo_actor) -> None:
    registrar = demo_actor("registrar")
    full = _issue(demo_db, registrar, "ACC-2026-00001")
    statement = _issue(demo_db, registrar, "ACC-2026-00011", "ar,en")
    with demo_db.session() as s:
        full = s.get_one(Certificate, full.id)
        statement = s.get_one(Certificate, statement.id)
        assert full.kind == CertificateKind.FULL
        assert len(full.units) == 8
        assert full.serial == "GH-ACC-2026-000001"
        assert statement.kind == CertificateKind.STATEMENT
        assert statement.serial == "GH-ACC-2026-000002"
        assert statement.languages == "ar,en"
        assert [u.unit.code for u in statement.units] == ["ELI-C01", "ELI-C02", "ELI-C03"]
        assert {u.outcome for u in statement.units} == {Outcome.RPL_GRANTED}
        assert full.issued_by_id == registrar.user_id
        rows = {r.registration_number for r in svc.eligible_candidates(s)}
    assert "ACC-2026-00001" not in rows and "ACC-2026-00011" not in rows
    # One audit entry per issued certificate (the demo's key was made when the demo was loaded: issuing made none).
    assert _audit_count(demo_db) == 2
    assert _audit_count(demo_db, "signing_key") == 0
    with demo_db.session() as s:
        assert verify_audit(s).intact


def test_issue_refusals(demo_db, demo_actor) -> None:
    registrar = demo_actor("registrar")
    with pytest.raises(PermissionDenied, match="registrar"):
        _issue(demo_db, demo_actor("assessor1"), "ACC-2026-00001")
    with pytest.raises(ValidationError, match="no verified achieved unit"):
        _issue(demo_db, registrar, "ACC-2026-00030")
    with pytest.raises(ValidationError, match="unknown language"):
        _issue(demo_db, registrar, "ACC-2026-00001", "de")
    _issue(demo_db, registrar, "ACC-2026-00001")
    with pytest.raises(DomainError, match="already holds certificate GH-ACC-2026-000001"):
        _issue(demo_db, registrar, "ACC-2026-00001")
    # The refused issues used no number.
    assert _issue(demo_db, registrar, "ACC-2026-00002").serial == "GH-ACC-2026-000002"


def test_serial_per_year_and_no_gap_after_failure(demo_db, demo_actor) -> None:
    registrar = demo_actor("registrar")

    class Boom(Exception):
        pass

    with pytest.raises(Boom), demo_db.transaction() as s:
        cert = svc.issue_certificate(s, registrar, "ACC-2026-00001", "ELI-L2", issued_on=DAY)
        assert cert.serial.endswith("-000001")
        raise Boom()
    with demo_db.session() as s:
        assert certificate_register.count_certificates(s, THIS_YEAR) == 0
        assert (
            s.execute(select(func.count()).select_from(SerialCounter).where(SerialCounter.year == 2026)).scalar_one()
            == 0
        )
    assert _issue(demo_db, registrar, "ACC-2026-00001").serial == "GH-ACC-2026-000001"
    assert _issue(demo_db, registrar, "ACC-2026-00002").serial == "GH-ACC-2026-000002"
    assert _issue(demo_db, registrar, "ACC-2026-00003", day=dt.date(2027, 1, 2)).serial == "GH-ACC-2027-000001"


def test_concurrent_issue_never_shares_a_serial(demo_db, demo_actor) -> None:
    """Two threads, each with its own engine and connection on the same SQLite file, issue at once."""
    registrar = demo_actor("registrar")
    # The key exists already, as it would after the first issue.
    with demo_db.transaction() as s:
        keys.public_key_pem(s)
    plans = [
        ["ACC-2026-00001", "ACC-2026-00002", "ACC-2026-00003", "ACC-2026-00004", "ACC-2026-00005"],
        ["ACC-2026-00006", "ACC-2026-00007", "ACC-2026-00008", "ACC-2026-00009", "ACC-2026-00011"],
    ]
    barrier = threading.Barrier(2)
    serials: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def worker(regnos: list[str]) -> None:
        db = open_database(demo_db.url)
        try:
            barrier.wait()
            for regno in regnos:
                with db.transaction() as s:
                    cert = svc.issue_certificate(s, registrar, regno, "ELI-L2", issued_on=DAY)
                    serial = cert.serial
                with lock:
                    serials.append(serial)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=worker, args=(p,)) for p in plans]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    assert len(serials) == 10
    assert sorted(int(s.rsplit("-", 1)[1]) for s in serials) == list(range(1, 11))
    with demo_db.session() as s:
        assert s.execute(select(SerialCounter.last_number).where(SerialCounter.year == 2026)).scalar_one() == 10
        assert verify_audit(s).intact


def test_reprint_revoke_reissue(demo_db, demo_actor) -> None:
    registrar = demo_actor("registrar")
    cert = _issue(demo_db, registrar, "ACC-2026-00004")
    with demo_db.transaction() as s:
        assert svc.reprint_certificate(s, registrar, cert.serial).reprint_count == 1
        assert svc.certificate_document(s, cert.serial).reprint
    with pytest.raises(PermissionDenied), demo_db.transaction() as s:
        svc.revoke_certificate(s, demo_actor("assessor1"), cert.serial, "typo")
    with pytest.raises(ValidationError, match="reason"), demo_db.transaction() as s:
        svc.revoke_certificate(s, registrar, cert.serial, "  ")
    with demo_db.transaction() as s:
        new = svc.reissue_certificate(s, registrar, cert.serial, "Family name corrected", issued_on=DAY)
        new_serial, new_id = new.serial, new.id
    with demo_db.session() as s:
        old = certificate_register.get_by_serial(s, cert.serial)
        new = s.get_one(Certificate, new_id)
        assert old.status == CertificateStatus.REVOKED
        assert new_serial in old.revoked_reason and "Family name corrected" in old.revoked_reason
        assert new.replaces_id == old.id and new.status == CertificateStatus.ISSUED
        assert new_serial == "GH-ACC-2026-000002"
        # Revoked certificates stay in the register.
        assert {r.serial for r in certificate_register.certificate_page(s, query=THIS_YEAR)} == {
            cert.serial,
            new_serial,
        }
        revoked = certificate_register.certificate_page(
            s, query=certificate_register.CertificateQuery(status=CertificateStatus.REVOKED, year=2026)
        )
        assert [r.serial for r in revoked] == [cert.serial]
        assert certificate_register.count_certificates(s, certificate_register.CertificateQuery(text="HAILE")) == 2
        # A serial's number part finds this year's certificate and the demo's 2025 one (GH-ACC-2025-000002).
        assert certificate_register.count_certificates(s, certificate_register.CertificateQuery(text="000002")) == 2
        assert (
            certificate_register.count_certificates(s, certificate_register.CertificateQuery(text="2026-000002")) == 1
        )
        assert certificate_register.count_certificates(s, certificate_register.CertificateQuery(year=2024)) == 0
        assert svc.certificate_document(s, new_serial).replaces_serial == cert.serial
    with pytest.raises(DomainError, match="revoked"), demo_db.transaction() as s:
        svc.reprint_certificate(s, registrar, cert.serial)
    with pytest.raises(DomainError, match="already revoked"), demo_db.transaction() as s:
        svc.revoke_certificate(s, registrar, cert.serial, "again")
    # issue 1 + reprint 1 + (new 1 + revoke 1)
    assert _audit_count(demo_db) == 4


def test_signing_key_file_and_row(demo_db, demo_actor) -> None:
    cert = _issue(demo_db, demo_actor("registrar"), "ACC-2026-00001")
    with demo_db.session() as s:
        key_id_in_db = s.execute(select(SigningKey.key_id)).scalar_one()
    path = keys.private_key_file("ACC", key_id_in_db)
    assert path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    key = sp.load_private_key(path)
    raw = sp.raw_public_key(key.public_key())
    key_id = hashlib.sha256(raw).hexdigest()[:16]
    with demo_db.session() as s:
        row = s.execute(select(SigningKey)).scalar_one()
        assert row.key_id == key_id and row.public_key == raw
        assert certificate_verification.verify_payload(s, cert.payload).status == certificate_verification.VALID
    # The second issue reuses the same key.
    _issue(demo_db, demo_actor("registrar"), "ACC-2026-00002")
    with demo_db.session() as s:
        assert s.execute(select(func.count()).select_from(SigningKey)).scalar_one() == 1


# Batches are all or nothing (issue 23.5) ------------------------------------------------------------


def _register(db) -> tuple[int, int, int]:
    """Certificates, serial counters and certificate audit entries, to see that nothing was written."""
    with db.session() as s:
        certs = s.execute(select(func.count()).select_from(Certificate)).scalar_one()
        counters = s.execute(select(func.coalesce(func.sum(SerialCounter.last_number), 0))).scalar_one()
    return int(certs), int(counters), _audit_count(db)


def test_issuing_several_certificates_is_all_or_nothing(demo_db, demo_actor) -> None:
    registrar = demo_actor("registrar")
    _issue(demo_db, registrar, "ACC-2026-00001")
    before = _register(demo_db)
    chosen = [
        ("ACC-2026-00002", "ELI-L2"),
        ("ACC-2026-00001", "ELI-L2"),
        ("ACC-2026-00030", "ELI-L2"),
        ("NOPE-1", "ELI-L2"),
        ("ACC-2026-00002", "ELI-L2"),
    ]
    with pytest.raises(ValidationError) as caught, demo_db.transaction() as s:
        svc.issue_certificates(s, registrar, chosen, issued_on=DAY)
    assert _register(demo_db) == before  # not even ACC-2026-00002, which could have been issued
    problems = caught.value.problems
    assert str(caught.value.message) == "No certificate was issued:" and len(problems) == 4, problems
    assert "already holds certificate GH-ACC-2026-000001" in problems[0]
    assert "ACC-2026-00030 has no verified achieved unit" in problems[1]
    assert "NOPE-1" in problems[2] and "chosen twice" in problems[3]
    with pytest.raises(PermissionDenied), demo_db.transaction() as s:
        svc.issue_certificates(s, demo_actor("assessor1"), chosen[:1])
    with demo_db.transaction() as s:
        certs = svc.issue_certificates(
            s, registrar, [("ACC-2026-00002", "ELI-L2"), ("ACC-2026-00004", "ELI-L2")], issued_on=DAY
        )
        assert [c.serial for c in certs] == ["GH-ACC-2026-000002", "GH-ACC-2026-000003"]
    assert _register(demo_db) == (before[0] + 2, before[1] + 2, before[2] + 2)


def test_printing_several_certificates_names_every_problem_and_counts_none(demo_db, demo_actor) -> None:
    registrar = demo_actor("registrar")
    good = _issue(demo_db, registrar, "ACC-2026-00001").serial
    revoked = _issue(demo_db, registrar, "ACC-2026-00002").serial
    with demo_db.transaction() as s:
        svc.revoke_certificate(s, registrar, revoked, "Wrong name")
    entries = _audit_count(demo_db)
    with pytest.raises(ValidationError) as caught, demo_db.transaction() as s:
        svc.print_certificates(s, registrar, [good, revoked, "GH-ACC-2026-999999"])
    problems = caught.value.problems
    assert len(problems) == 2 and revoked in problems[0] and "GH-ACC-2026-999999" in problems[1], problems
    with demo_db.session() as s:
        assert certificate_register.get_by_serial(s, good).reprint_count == 0
    assert _audit_count(demo_db) == entries
    with demo_db.transaction() as s:  # a serial given twice is printed (and counted) once
        assert [d.serial for d in svc.print_certificates(s, registrar, [good, f" {good} "])] == [good]
    with demo_db.session() as s:
        assert certificate_register.get_by_serial(s, good).reprint_count == 1
