"""Issue 23.2: the audit log covers the data, not only itself.

Each edit below was made behind the application's back (plain SQL on the database, as another program
would: ``sql_behind_the_log``) and passed `audit verify` before: now each is named with its table, record, field, audited and found value.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from skillassess.core.enums import AuditAction, CertificateStatus, Judgement, Role
from skillassess.core.models import AuditEntry, Candidate, CriterionJudgement, Unit
from skillassess.services import audit, certificate_verification, certificates, users
from skillassess.services.audit_state import UnauditedChange
from skillassess.services.audit_verification import CHANGED, DELETED, NO_ENTRY, VANISHED, verify
from skillassess.services.recording import judging, sessions

from helpers import sql_behind_the_log

DAY = dt.date(2026, 11, 20)


def _report(db):
    with db.session() as s:
        return verify(s)


def _only(report, table: str):
    found = [d for d in report.differences if d.table == table]
    assert report.difference_count == len(report.differences) == len(found) == 1, [
        str(d.message) for d in report.differences
    ]
    assert report.chain.intact  # the log itself is untouched: only the data says something is wrong
    assert not report.intact
    return found[0]


def test_the_demo_as_loaded_matches_its_log(demo_db) -> None:
    report = _report(demo_db)
    assert report.intact, [str(m) for m in report.messages()]
    assert report.records_checked > 1000 and report.difference_count == 0
    assert "records match it" in report.message


def test_a_judgement_changed_in_sql_is_named(demo_db) -> None:
    with demo_db.session() as s:
        j = s.execute(
            select(CriterionJudgement).where(CriterionJudgement.result == Judgement.SATISFACTORY).limit(1)
        ).scalar_one()
        aid, cid = j.assessment_id, j.criterion_id
    sql_behind_the_log(
        demo_db,
        "UPDATE criterion_judgement SET result = 'not_yet_satisfactory' "
        "WHERE assessment_id = :aid AND criterion_id = :cid",
        aid=aid,
        cid=cid,
    )
    d = _only(_report(demo_db), "criterion_judgement")
    assert (d.problem, d.field, d.audited, d.found) == (CHANGED, "result", "satisfactory", "not_yet_satisfactory")
    assert d.record == f"assessment_id {aid}, criterion_id {cid}"
    assert "criterion_judgement" in str(d.message) and '"satisfactory"' in str(d.message)


def test_an_outcome_raised_to_competent_in_sql_is_named(demo_db, cli) -> None:
    sql_behind_the_log(
        demo_db,
        "UPDATE assessment SET outcome = 'competent' WHERE id = "
        "(SELECT min(id) FROM assessment WHERE outcome = 'not_yet_competent')",
    )
    d = _only(_report(demo_db), "assessment")
    assert (d.field, d.audited, d.found) == ("outcome", "not_yet_competent", "competent")
    demo_db.dispose()
    r = cli("--db", demo_db.url, "audit", "verify")
    assert r.returncode == 1
    # The demo's electrical results are recorded by its bulk-loading entry (after the administrator's set-up).
    assert re.search(
        r'outcome: the audit log \(entry \d+\) says "not_yet_competent", the database holds "competent"', r.stdout
    )
    r = cli("--db", demo_db.url, "audit", "verify", "--json")
    doc = json.loads(r.stdout)
    assert doc["intact"] is False and doc["data"]["difference_count"] == 1
    (diff,) = doc["data"]["differences"]
    assert diff["table"] == "assessment" and diff["field"] == "outcome" and diff["found"] == "competent"


def test_a_candidate_name_changed_in_sql_is_named(demo_db) -> None:
    sql_behind_the_log(
        demo_db, "UPDATE candidate SET family_name = 'Forged' WHERE registration_number = 'ACC-2026-00003'"
    )
    d = _only(_report(demo_db), "candidate")
    assert (d.field, d.found) == ("family_name", "Forged") and d.audited != "Forged"


def test_a_revoked_certificate_set_back_to_issued_is_named_and_does_not_verify(demo_db, demo_actor) -> None:
    registrar = demo_actor("registrar")
    with demo_db.transaction() as s:
        cert = certificates.issue_certificate(s, registrar, "ACC-2026-00001", "ELI-L2", issued_on=DAY)
        serial, payload = cert.serial, cert.payload
    with demo_db.transaction() as s:
        certificates.revoke_certificate(s, registrar, serial, "Issued in error")
    assert _report(demo_db).intact
    sql_behind_the_log(
        demo_db,
        "UPDATE certificate SET status = 'issued', revoked_reason = '', revoked_at = NULL WHERE serial = :serial",
        serial=serial,
    )
    report = _report(demo_db)
    fields = {d.field: (d.audited, d.found) for d in report.differences}
    assert fields["status"] == ("revoked", "issued") and "revoked_reason" in fields
    assert {d.table for d in report.differences} == {"certificate"}
    # Verification no longer says "genuine and in force".
    with demo_db.session() as s:
        result = certificate_verification.verify_payload(s, payload)
    assert result.status == certificate_verification.INVALID and "changed outside SkillAssess" in result.message
    assert result.status != CertificateStatus.ISSUED.value


def test_a_row_inserted_without_an_entry_is_named(demo_db) -> None:
    sql_behind_the_log(
        demo_db,
        "INSERT INTO user_role (user_id, role) SELECT id, 'administrator' FROM app_user WHERE username = 'assessor1'",
    )
    d = _only(_report(demo_db), "user_role")
    assert d.problem == NO_ENTRY and "administrator" in d.key
    assert "added outside SkillAssess" in str(d.message)


def test_a_row_deleted_in_sql_is_named(demo_db) -> None:
    sql_behind_the_log(demo_db, "DELETE FROM rpl_step WHERE id = (SELECT max(id) FROM rpl_step)")
    d = _only(_report(demo_db), "rpl_step")
    assert d.problem == VANISHED and "no longer in the database" in str(d.message)


def test_a_row_deleted_through_the_services_and_put_back_in_sql_is_named(demo_db, demo_actor) -> None:
    admin = demo_actor("admin")
    with demo_db.transaction() as s:
        users.add_user(s, admin, "amina", "long enough", [Role.ASSESSOR])
    (row,) = sql_behind_the_log(demo_db, "SELECT * FROM app_user WHERE username = 'amina'")
    (role,) = sql_behind_the_log(demo_db, "SELECT * FROM user_role WHERE user_id = :id", id=row.id)
    with demo_db.transaction() as s:
        users.delete_user(s, admin, "amina")
    assert _report(demo_db).intact  # the deletion (and its role, by cascade) is recorded
    for table, values in (("app_user", row._asdict()), ("user_role", role._asdict())):  # put back as they were
        sql_behind_the_log(
            demo_db,
            f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join(':' + k for k in values)})",
            **values,
        )
    report = _report(demo_db)
    assert {(d.table, d.problem) for d in report.differences} == {("app_user", DELETED), ("user_role", DELETED)}


def test_a_password_hash_replaced_in_sql_is_named_without_showing_it(demo_db) -> None:
    sql_behind_the_log(demo_db, "UPDATE app_user SET password_hash = 'attacker-chosen' WHERE username = 'admin'")
    d = _only(_report(demo_db), "app_user")
    assert d.field == "password_hash" and str(d.found).startswith("sha256:") and "attacker" not in str(d.message)


def test_changes_through_the_services_keep_data_and_log_in_step(demo_db, demo_actor) -> None:
    """Grid saves (INSERT/UPDATE/DELETE statements), ORM edits, deletions with cascades: all recorded."""
    assessor = demo_actor("assessor1")
    admin = demo_actor("admin")
    with demo_db.transaction() as s:
        cand = s.execute(select(Candidate.id).where(Candidate.registration_number == "ACC-2026-00027")).scalar_one()
        unit = s.execute(select(Unit.id).where(Unit.code == "ELI-C02")).scalar_one()
        aid = sessions.plan_session(
            s, assessor, sessions.SessionPlan(DAY, assessor.user_id, [unit], [cand])
        ).assessment_ids[0]
    with demo_db.session() as s:
        grid = sessions.assessment_grid(s, aid)
    c1, c2 = grid.criteria[0].criterion_id, grid.criteria[1].criterion_id
    for cid, result in (
        (c1, Judgement.SATISFACTORY),
        (c2, Judgement.NOT_YET_SATISFACTORY),
        (c1, Judgement.NOT_YET_SATISFACTORY),
        (c2, None),
    ):
        with demo_db.transaction() as s:
            judging.set_judgement(s, assessor, aid, cid, result)
    with demo_db.transaction() as s:
        users.add_user(s, admin, "kofi", "long enough", [Role.ASSESSOR])
    with demo_db.transaction() as s:
        users.update_user(s, admin, "kofi", roles=[Role.VERIFIER])
    with demo_db.transaction() as s:
        users.delete_user(s, admin, "kofi")
    report = _report(demo_db)
    assert report.intact, [str(m) for m in report.messages()]
    # Each grid save recorded the judgement row's complete state.
    with demo_db.session() as s:
        states = [
            e.state_json
            for e in s.execute(
                select(AuditEntry)
                .where(AuditEntry.entity_type == "criterion_judgement", AuditEntry.username != "assessor2")
                .order_by(AuditEntry.id)
            ).scalars()
        ]
    assert len(states) == 4 and all(st and st.startswith("criterion_judgement\t") for st in states)
    assert states[-1].endswith("\tnull")  # the cleared cell: the row's deletion


def test_a_change_that_writes_no_audit_entry_is_refused(demo_db) -> None:
    with pytest.raises(UnauditedChange, match="not recorded in the audit log"), demo_db.transaction() as s:
        s.execute(select(Candidate).limit(1)).scalar_one().phone = "+233 00 000 0000"
    with demo_db.session() as s:
        assert "+233 00 000 0000" not in {c.phone for c in s.execute(select(Candidate)).scalars()}


def test_rows_changed_after_the_last_entry_are_recorded_at_commit(demo_db, demo_actor) -> None:
    admin = demo_actor("admin")
    with demo_db.transaction() as s:
        audit.record(s, admin, AuditAction.UPDATE, "candidate", "ACC-2026-00002", {"phone": "a"}, {"phone": "b"})
        s.execute(select(Candidate).where(Candidate.registration_number == "ACC-2026-00002")).scalar_one().phone = "b"
    report = _report(demo_db)
    assert report.intact, [str(m) for m in report.messages()]
    with demo_db.session() as s:
        last = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    assert (last.username, last.entity_id) == ("admin", "ACC-2026-00002") and last.state_json.startswith("candidate\t")


def test_an_upgraded_database_starts_from_a_baseline_and_keeps_keys_that_signed(tmp_path: Path) -> None:
    """A database from before 0004: every row is recorded as found; its key stays trusted only if it signed."""
    from skillassess.db.database import make_engine, open_database, sqlite_url
    from skillassess.db.migrate import upgrade
    from skillassess.formats import signed_payload as sp

    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0003_issue5")
    used, unused = sp.Ed25519PrivateKey.generate(), sp.Ed25519PrivateKey.generate()
    body = sp.PayloadBody(
        sp.key_id_of(used.public_key()),
        "GH-OLD-2025-000001",
        "Ama Mensah",
        "",
        "full",
        "Q1",
        ("U1",),
        dt.date(2025, 5, 1),
    )
    with engine.begin() as c:
        c.exec_driver_sql(
            "INSERT INTO centre (id, code, name, country, address, created_at) VALUES "
            "(1, 'OLD', 'Old centre', 'GH', '', '2025-01-01 00:00:00.000000')"
        )
        for i, k in enumerate((used, unused), start=1):
            c.exec_driver_sql(
                "INSERT INTO signing_key (id, key_id, public_key, active, created_at) VALUES (?, ?, ?, 1, ?)",
                (i, sp.key_id_of(k.public_key()), sp.raw_public_key(k.public_key()), "2025-01-01 00:00:00.000000"),
            )
        c.exec_driver_sql(
            "INSERT INTO awarding_body (id, code, name, country, level_scale) VALUES (1, 'B', 'Body', 'GH', '')"
        )
        c.exec_driver_sql(
            "INSERT INTO qualification (id, awarding_body_id, code, version, title, level, sector, description, "
            "status, packaging_rule, electives_required, credits_required, created_at) VALUES "
            "(1, 1, 'Q1', 1, 'Q', '', '', '', 'current', 'core_plus_electives', 0, 0, '2025-01-01 00:00:00')"
        )
        c.exec_driver_sql(
            "INSERT INTO candidate (id, centre_id, registration_number, family_name, given_names, name_local, sex,"
            " id_type, nationality, disability, disability_details, phone, email, address, education, occupation,"
            " notes, search_text, created_at, updated_at) VALUES (1, 1, 'R1', 'Mensah', 'Ama', '', 'female', "
            "'national_id', 'GH', 'not_stated', '', '', '', '', '', '', '', '', '2025-01-01 00:00:00', "
            "'2025-01-01 00:00:00')"
        )
        c.exec_driver_sql(
            "INSERT INTO certificate (id, serial, centre_id, candidate_id, qualification_id, kind, issued_on, "
            "languages, status, revoked_reason, reprint_count, payload, created_at) VALUES (1, ?, 1, 1, 1, "
            "'full', '2025-05-01', 'en', 'issued', '', 0, ?, '2025-05-01 00:00:00')",
            (body.serial, sp.sign(body, used)),
        )
    engine.dispose()
    db = open_database(sqlite_url(path))
    try:
        with db.session() as s:
            report = verify(s)
            assert report.intact, [str(m) for m in report.messages()]
            assert report.records_checked == 7  # centre, 2 keys, body, qualification, candidate, certificate
            from skillassess.services import keys

            trust = {k.key_id: k.trusted for k in keys.list_keys(s)}
            assert trust == {sp.key_id_of(used.public_key()): True, sp.key_id_of(unused.public_key()): False}
            assert (
                certificate_verification.verify_payload(s, sp.sign(body, used)).status == certificate_verification.VALID
            )
        # An edit after the upgrade shows against the baseline.
        sql_behind_the_log(db, "UPDATE certificate SET status = 'revoked', revoked_reason = 'x'")
        with db.session() as s:
            diffs = {d.field for d in verify(s).differences}
        assert diffs == {"status", "revoked_reason"}
    finally:
        db.dispose()


@pytest.mark.postgres
def test_data_state_and_checkpoint_on_postgres(pg_url: str) -> None:
    """The same on PostgreSQL: its drivers give times, booleans and bytes as Python objects, not text."""
    from skillassess.db.database import checkpoint_path, open_database
    from skillassess.db.paths import data_dir
    from skillassess.services.demo import load_demo
    from skillassess.services.users import actor_by_username

    db = open_database(pg_url)
    try:
        with db.transaction() as s:
            load_demo(s)
        assert checkpoint_path(pg_url).parent == data_dir() / "checkpoints" and checkpoint_path(pg_url).exists()
        with db.session() as s:
            registrar = actor_by_username(s, "registrar")
        with db.transaction() as s:
            cert = certificates.issue_certificate(s, registrar, "ACC-2026-00001", "ELI-L2", issued_on=DAY)
            serial, payload = cert.serial, cert.payload
        with db.transaction() as s:
            certificates.revoke_certificate(s, registrar, serial, "Issued in error")
        report = _report(db)
        assert report.intact, [str(m) for m in report.messages()]
        assert report.checkpoint.status == "ok"
        sql_behind_the_log(
            db, "UPDATE certificate SET status = 'issued', revoked_reason = '' WHERE serial = :s", s=serial
        )
        report = _report(db)
        assert {d.field for d in report.differences} == {"status", "revoked_reason"}
        with db.session() as s:
            assert certificate_verification.verify_payload(s, payload).status == certificate_verification.INVALID
        sql_behind_the_log(db, "DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)")
        report = _report(db)
        assert report.checkpoint.status == "entries missing"
    finally:
        db.dispose()
