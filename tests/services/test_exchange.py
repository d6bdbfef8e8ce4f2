"""Exchange bundles: centre -> awarding body -> centre, and every refusal with the database unchanged.

The centres are SQLite copies of the demo (the second one with another code and its own key); the
awarding body is the ``db`` fixture, so every test here runs with the awarding body on SQLite and on
PostgreSQL.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from skillassess.core.enums import AssessmentStatus
from skillassess.core.errors import DomainError
from skillassess.core.models import (
    Assessment,
    Certificate,
    ExchangeLog,
    ExchangePartner,
    Moderation,
    PartnerKey,
    RegisterCandidate,
    RegisterCertificate,
    RegisterEnrolment,
    RegisterResult,
)
from skillassess.db.database import Database, open_database, sqlite_url
from skillassess.formats import exchange_bundle as eb
from skillassess.formats import signed_payload as sp
from skillassess.services import keys
from skillassess.services.context import Actor
from skillassess.services.exchange import exporting, importing, moderation, partners, register
from skillassess.services.users import AdminFields, CentreFields, actor_by_username, create_centre_and_admin

from helpers import copy_demo, sql_behind_the_log

TABLES = (
    ExchangePartner,
    PartnerKey,
    ExchangeLog,
    RegisterCandidate,
    RegisterEnrolment,
    RegisterResult,
    RegisterCertificate,
    Moderation,
)


def snapshot(db: Database) -> dict[str, Any]:
    """Every exchange table's rows, and the audit log's length: what a refused import must leave as it was."""
    from skillassess.core.models import AuditEntry

    with db.session() as s:
        out: dict[str, Any] = {
            m.__tablename__: sorted(tuple(map(str, r)) for r in s.execute(select(m.__table__)).all()) for m in TABLES
        }
        out["audit"] = s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    return out


def admin(db: Database, username: str = "admin") -> Actor:
    with db.session() as s:
        return actor_by_username(s, username)


def issue_some(d: Database, n: int = 2) -> list[str]:
    """Certificates for the first ``n`` eligible candidates (the demo has none issued)."""
    from skillassess.services.certificates import eligible_candidates, issue_certificate

    with d.session() as s:
        rows = eligible_candidates(s)[:n]
    registrar = admin(d, "registrar")
    return [
        d.write(lambda s, r=r: issue_certificate(s, registrar, r.registration_number, r.qualification)).serial
        for r in rows
    ]


@pytest.fixture
def centre_a(_demo_template: Path, tmp_path: Path) -> Database:
    d = open_database(sqlite_url(copy_demo(_demo_template, tmp_path / "acc.sqlite3")))
    assert len(issue_some(d)) == 2
    yield d
    d.dispose()


def make_centre_b(template: Path, folder: Path) -> Database:
    """A second centre: the demo under another code, with a key of its own (its candidates' registration
    numbers are the same as centre A's, which must not matter)."""
    d = open_database(sqlite_url(copy_demo(template, folder / "ksi.sqlite3")))
    sql_behind_the_log(d, "UPDATE centre SET code = 'KSI', name = 'Kumasi Skills Centre'")
    # The copy's key is centre A's: B gets a key of its own, and A's is not in its history.
    sql_behind_the_log(d, "DELETE FROM signing_key")
    d.write(lambda s: keys.create_key(s, admin(d)))
    issue_some(d, 3)
    return d


@pytest.fixture
def centre_b(_demo_template: Path, tmp_path: Path) -> Database:
    d = make_centre_b(_demo_template, tmp_path)
    yield d
    d.dispose()


@pytest.fixture
def body(db: Database) -> Database:
    """The awarding body: its own database (SQLite or PostgreSQL), administrator and signing key."""
    db.write(
        lambda s: create_centre_and_admin(
            s, CentreFields("Commission for TVET", "CTVET", "GH"), AdminFields("officer", "correct horse battery")
        )
    )
    return db


def export(db: Database, path: Path, **kw: Any) -> exporting.ExportResult:
    return exporting.export_bundle(db, admin(db), path, **kw)


def fingerprint_of(path: Path) -> str:
    with eb.open_bundle(path) as b:
        _doc, _entry, raw = partners.self_signed_keys(b)
    return eb.fingerprint(raw)


def register_sender(db: Database, path: Path, who: str = "officer") -> None:
    db.write(lambda s: partners.register_partner(s, admin(db, who), path, fingerprint_of(path)))


def verified_count(db: Database) -> int:
    with db.session() as s:
        return s.execute(
            select(func.count()).select_from(Assessment).where(Assessment.status == AssessmentStatus.VERIFIED)
        ).scalar_one()


def test_results_travel_to_the_awarding_body_and_moderation_comes_back(
    centre_a: Database, body: Database, tmp_path: Path
) -> None:
    bundle = tmp_path / "acc.sabundle"
    result = export(centre_a, bundle, everything=True)
    assert result.counts["results"] == verified_count(centre_a) > 0
    with centre_a.session() as s:
        assert result.counts["certificates"] == s.execute(select(func.count()).select_from(Certificate)).scalar()

    # Not registered: refused, nothing written.
    before = snapshot(body)
    with pytest.raises(DomainError, match="not registered here"):
        importing.import_bundle(body, admin(body, "officer"), bundle)
    # A wrong fingerprint is refused too.
    with pytest.raises(DomainError, match="does not match"):
        body.write(lambda s: partners.register_partner(s, admin(body, "officer"), bundle, "0" * 64))
    assert snapshot(body) == before

    register_sender(body, bundle)
    imported = importing.import_bundle(body, admin(body, "officer"), bundle)
    assert imported.checkpoint["signature"] == "valid" and imported.checkpoint["entries"] > 0
    assert imported.added["results"] == result.counts["results"]
    assert imported.added["candidates"] == result.counts["candidates"]
    counts = _register_counts(body)
    assert counts.results == result.counts["results"]
    assert counts.certificates == result.counts["certificates"]

    # The same bundle again changes nothing.
    after_first = snapshot(body)
    again = importing.import_bundle(body, admin(body, "officer"), bundle)
    assert again.already_imported
    assert snapshot(body) == after_first

    # Certificates of the centre verify at the awarding body (its registered key, its register).
    from skillassess.services.certificate_verification import verify_payload

    with centre_a.session() as s:
        payload = s.execute(select(Certificate.payload).where(Certificate.payload != "")).scalars().first()
    assert payload
    with body.session() as s:
        v = verify_payload(s, payload)
    assert v.status == "valid", v.message

    # Moderation: a sample, an outcome, a return bundle signed by the awarding body.
    sample = body.write(lambda s: moderation.draw_sample(s, admin(body, "officer"), "ACC", rate=0.5, seed=7))
    assert sample.drawn > 0
    with body.session() as s:
        rows = moderation.list_moderation(s, "ACC")
    body.write(lambda s: moderation.record_outcome(s, admin(body, "officer"), rows[0].id, "confirmed"))
    body.write(
        lambda s: moderation.record_outcome(s, admin(body, "officer"), rows[1].id, "not_confirmed", "Evidence thin")
    )
    back = tmp_path / "ctvet-to-acc.sabundle"
    ret = exporting.export_bundle(body, admin(body, "officer"), back, to="ACC")
    assert ret.counts["moderation"] == 2

    before_centre = snapshot(centre_a)
    with pytest.raises(DomainError, match="not registered here"):
        importing.import_bundle(centre_a, admin(centre_a), back)
    assert snapshot(centre_a) == before_centre
    register_sender(centre_a, back, "admin")
    got = importing.import_bundle(centre_a, admin(centre_a), back)
    assert got.added["moderation"] == 2
    with centre_a.session() as s:
        received = moderation.list_moderation(s)
    assert sorted((r.registration_number, r.unit, r.outcome) for r in received) == sorted(
        (r.registration_number, r.unit, o) for r, o in zip(rows[:2], ["confirmed", "not_confirmed"], strict=True)
    )
    assert any(r.notes == "Evidence thin" for r in received)


def _register_counts(db: Database, centre: str | None = None) -> register.RegisterCounts:
    with db.session() as s:
        return register.register_counts(s, centre)


def test_two_centres_stay_apart_and_add_up(
    centre_a: Database, centre_b: Database, body: Database, tmp_path: Path
) -> None:
    a, b = tmp_path / "a.sabundle", tmp_path / "b.sabundle"
    ra, rb = export(centre_a, a, everything=True), export(centre_b, b, everything=True)
    register_sender(body, a)
    register_sender(body, b)
    importing.import_bundle(body, admin(body, "officer"), a)
    importing.import_bundle(body, admin(body, "officer"), b)
    both = _register_counts(body)
    assert both.candidates == ra.counts["candidates"] + rb.counts["candidates"]
    assert both.results == ra.counts["results"] + rb.counts["results"]
    assert _register_counts(body, "ACC").results == ra.counts["results"]
    assert _register_counts(body, "KSI").results == rb.counts["results"]
    # Same registration numbers in both centres: two candidates each, never merged.
    with body.session() as s:
        regs = s.execute(
            select(RegisterCandidate.registration_number, func.count()).group_by(RegisterCandidate.registration_number)
        ).all()
        stats = register.register_statistics(s)
        alone = register.register_statistics(s, "ACC")
    assert regs and all(n == 2 for _reg, n in regs)
    assert stats.total.assessed.total == 2 * alone.total.assessed.total
    by_centre = {r.key: r.assessed.total for r in stats.breakdown("centre").rows}
    assert by_centre == {"ACC": alone.total.assessed.total, "KSI": alone.total.assessed.total}


def _rewrite(src: Path, dst: Path, change: dict[str, bytes | None]) -> None:
    """Copy a bundle changing (or, with None, dropping) members, keeping the signed manifest as it was."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            if info.filename in change:
                if change[info.filename] is not None:
                    zout.writestr(info.filename, change[info.filename])
            else:
                zout.writestr(info.filename, zin.read(info.filename))


@pytest.fixture
def registered(centre_a: Database, body: Database, tmp_path: Path) -> Path:
    bundle = tmp_path / "acc.sabundle"
    export(centre_a, bundle, everything=True)
    register_sender(body, bundle)
    return bundle


def _refused(body: Database, path: Path, match: str) -> None:
    before = snapshot(body)
    with pytest.raises(DomainError, match=match) as info:
        importing.import_bundle(body, admin(body, "officer"), path)
    assert path.name in str(info.value)
    assert snapshot(body) == before


def test_a_changed_member_is_refused(registered: Path, body: Database, tmp_path: Path) -> None:
    with zipfile.ZipFile(registered) as z:
        results = z.read("results.jsonl")
    forged = results.replace(b'"not_yet_competent"', b'"competent"', 1)
    assert forged != results
    bad = tmp_path / "changed.sabundle"
    _rewrite(registered, bad, {"results.jsonl": forged})
    _refused(body, bad, "not the one its manifest signed")


def test_a_changed_manifest_is_refused(registered: Path, body: Database, tmp_path: Path) -> None:
    with zipfile.ZipFile(registered) as z:
        manifest = json.loads(z.read("manifest.json"))
    manifest["sequence"] += 10
    bad = tmp_path / "manifest.sabundle"
    _rewrite(registered, bad, {"manifest.json": eb.canonical(manifest)})
    _refused(body, bad, "signature of its manifest does not hold")


def test_truncated_and_foreign_files_are_refused(registered: Path, body: Database, tmp_path: Path) -> None:
    data = registered.read_bytes()
    short = tmp_path / "short.sabundle"
    short.write_bytes(data[: len(data) // 2])
    _refused(body, short, "not a SkillAssess exchange bundle")
    missing = tmp_path / "missing.sabundle"
    _rewrite(registered, missing, {"results.jsonl": None})
    _refused(body, missing, "lacks the member results.jsonl")
    extra = tmp_path / "extra.sabundle"
    shutil.copy(registered, extra)
    with zipfile.ZipFile(extra, "a") as z:
        z.writestr("candidates2.jsonl", b"{}\n")
    _refused(body, extra, "that exchange bundles do not have")
    text = tmp_path / "text.sabundle"
    text.write_text("hello")
    _refused(body, text, "not a SkillAssess exchange bundle")


def test_an_older_bundle_is_refused_after_a_newer_one(
    centre_a: Database, body: Database, registered: Path, tmp_path: Path
) -> None:
    newer = tmp_path / "newer.sabundle"
    export(centre_a, newer, everything=True)
    importing.import_bundle(body, admin(body, "officer"), newer)
    _refused(body, registered, "already imported: an older bundle is never applied")


def test_a_bundle_signed_by_another_centre_is_refused(
    centre_a: Database, centre_b: Database, body: Database, registered: Path, tmp_path: Path
) -> None:
    """Centre B makes a bundle that claims to come from A, signed with its own key: refused."""
    b_bundle = tmp_path / "ksi.sabundle"
    export(centre_b, b_bundle, everything=True)
    register_sender(body, b_bundle)
    with zipfile.ZipFile(b_bundle) as z:
        manifest = json.loads(z.read("manifest.json"))
        keys_doc = json.loads(z.read("keys.json"))
    keys_doc["owner"] = "ACC"
    keys_data = eb.canonical(keys_doc)
    manifest["sender"]["code"] = "ACC"
    manifest["members"]["keys.json"] = {
        "sha256": __import__("hashlib").sha256(keys_data).hexdigest(),
        "size": len(keys_data),
    }
    private = keys.find_private_key(manifest["key_id"])
    assert private is not None
    data = eb.canonical(manifest)
    forged = tmp_path / "forged.sabundle"
    _rewrite(
        b_bundle,
        forged,
        {"manifest.json": data, "keys.json": keys_data, "manifest.sig": sp.b64url_encode(private.sign(data)).encode()},
    )
    _refused(body, forged, "signed with the key .* of KSI")


def test_a_bundle_for_another_centre_is_refused(
    centre_a: Database, centre_b: Database, body: Database, tmp_path: Path
) -> None:
    a = tmp_path / "a.sabundle"
    export(centre_a, a, everything=True)
    register_sender(body, a)
    importing.import_bundle(body, admin(body, "officer"), a)
    body.write(lambda s: moderation.draw_sample(s, admin(body, "officer"), "ACC", seed=1))
    with body.session() as s:
        first = moderation.list_moderation(s, "ACC")[0]
    body.write(lambda s: moderation.record_outcome(s, admin(body, "officer"), first.id, "confirmed"))
    back = tmp_path / "to-acc.sabundle"
    exporting.export_bundle(body, admin(body, "officer"), back, to="ACC")
    register_sender(centre_b, back, "admin")
    _refused_at(centre_b, back, "addressed to the centre ACC, not to this centre")


def _refused_at(db: Database, path: Path, match: str) -> None:
    before = snapshot(db)
    with pytest.raises(DomainError, match=match):
        importing.import_bundle(db, admin(db), path)
    assert snapshot(db) == before


def test_a_bad_line_rolls_the_whole_import_back(registered: Path, body: Database, tmp_path: Path) -> None:
    """A signed bundle whose last result line is bad: nothing of it is written (the candidates before it neither)."""
    with zipfile.ZipFile(registered) as z:
        manifest = json.loads(z.read("manifest.json"))
        lines = z.read("results.jsonl").splitlines(keepends=True)
    last = json.loads(lines[-1])
    last["attempt"] = 0
    lines[-1] = eb.canonical(last) + b"\n"
    results = b"".join(lines)
    manifest["members"]["results.jsonl"] = {
        "sha256": __import__("hashlib").sha256(results).hexdigest(),
        "size": len(results),
    }
    centre_key = keys.find_private_key(manifest["key_id"])
    assert centre_key is not None
    data = eb.canonical(manifest)
    bad = tmp_path / "badline.sabundle"
    _rewrite(
        registered,
        bad,
        {
            "results.jsonl": results,
            "manifest.json": data,
            "manifest.sig": sp.b64url_encode(centre_key.sign(data)).encode(),
        },
    )
    _refused(body, bad, "results.jsonl, line .*, field attempt: is less than 1")


def test_a_later_bundle_updates_by_natural_keys(
    centre_a: Database, body: Database, registered: Path, tmp_path: Path
) -> None:
    importing.import_bundle(body, admin(body, "officer"), registered)
    with centre_a.session() as s:
        serial = s.execute(select(Certificate.serial).order_by(Certificate.id)).scalars().first()
    from skillassess.services.certificates import revoke_certificate

    centre_a.write(lambda s: revoke_certificate(s, admin(centre_a, "registrar"), serial, "Issued in error"))
    later = tmp_path / "later.sabundle"
    export(centre_a, later)
    result = importing.import_bundle(body, admin(body, "officer"), later)
    assert result.updated.get("certificates") == 1
    assert result.added.get("results", 0) == 0
    with body.session() as s:
        status = s.execute(select(RegisterCertificate.status).where(RegisterCertificate.serial == serial)).scalar()
    assert status == "revoked"
    from skillassess.services.certificate_verification import verify_payload

    with centre_a.session() as s:
        payload = s.execute(select(Certificate.payload).where(Certificate.serial == serial)).scalar_one()
    with body.session() as s:
        assert verify_payload(s, payload).status == "revoked"


def test_what_a_centre_keeps_to_itself_never_leaves(centre_a: Database, tmp_path: Path) -> None:
    sql_behind_the_log(centre_a, "UPDATE candidate SET notes = 'private note', phone = '+233 55 000'")
    bundle = tmp_path / "acc.sabundle"
    export(centre_a, bundle, everything=True)
    with zipfile.ZipFile(bundle) as z:
        everything = b"".join(z.read(n) for n in z.namelist())
    assert b"private note" not in everything and b"+233 55 000" not in everything
    with zipfile.ZipFile(bundle) as z:
        first = json.loads(z.read("candidates.jsonl").splitlines()[0])
    assert set(first) == set(eb.schema()["$defs"]["candidate"]["properties"])


def test_register_exports_filter_by_centre(
    centre_a: Database, centre_b: Database, body: Database, tmp_path: Path
) -> None:
    import openpyxl

    for centre, name in ((centre_a, "a"), (centre_b, "b")):
        path = tmp_path / f"{name}.sabundle"
        export(centre, path, everything=True)
        register_sender(body, path)
        importing.import_bundle(body, admin(body, "officer"), path)
    officer = admin(body, "officer")
    n_all = body.write(lambda s: register.export_register_results(s, officer, tmp_path / "all.xlsx"))
    n_acc = body.write(lambda s: register.export_register_results(s, officer, tmp_path / "acc.xlsx", "ACC"))
    assert n_all == _register_counts(body).results and n_acc == _register_counts(body, "ACC").results < n_all
    rows = list(openpyxl.load_workbook(tmp_path / "acc.xlsx")["Results"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == n_acc and {r[0] for r in rows} == {"ACC"}
    n_certs = body.write(lambda s: register.export_register_certificates(s, officer, tmp_path / "certs.xlsx", "KSI"))
    certs = list(openpyxl.load_workbook(tmp_path / "certs.xlsx")["Certificates"].iter_rows(min_row=2, values_only=True))
    # Only KSI's: the three it issued and the demo's own it holds (serials from last year's ACC numbering).
    ksi, acc = _register_counts(body, "KSI"), _register_counts(body, "ACC")
    assert n_certs == len(certs) == ksi.certificates < ksi.certificates + acc.certificates
    assert {r[0] for r in certs} == {"KSI"} and sum(r[1].startswith("GH-KSI-") for r in certs) == 3
    stats = body.write(lambda s: register.export_register_statistics(s, officer, tmp_path / "stats.xlsx"))
    assert "By centre" in openpyxl.load_workbook(tmp_path / "stats.xlsx").sheetnames
    assert stats.total.assessed.total > 0


def test_register_lists_page_filter_search_and_open_a_candidate(
    centre_a: Database, centre_b: Database, body: Database, tmp_path: Path
) -> None:
    from skillassess.services.exchange import register_lists as lists

    a, b = tmp_path / "a.sabundle", tmp_path / "b.sabundle"
    ra, rb = export(centre_a, a, everything=True), export(centre_b, b, everything=True)
    for path in (a, b):
        register_sender(body, path)
        importing.import_bundle(body, admin(body, "officer"), path)
    with centre_b.session() as s:
        revoked_serial = s.execute(select(Certificate.serial).order_by(Certificate.id.desc())).scalars().first()
    assert revoked_serial
    # Centre B revokes a certificate; its next bundle carries the revocation.
    from skillassess.services.certificates import revoke_certificate

    centre_b.write(lambda s: revoke_certificate(s, admin(centre_b, "registrar"), revoked_serial, "Issued in error"))
    b2 = tmp_path / "b2.sabundle"
    export(centre_b, b2, everything=True)
    importing.import_bundle(body, admin(body, "officer"), b2)

    with body.session() as s:
        everyone: list[lists.RegisterCandidateRow] = []
        while page := lists.register_candidate_page(s, offset=len(everyone), limit=7):
            everyone.extend(page)
        acc = lists.register_candidate_page(s, "ACC", limit=1000)
        ksi = lists.register_candidate_page(s, "KSI", limit=1000)
        reg = acc[3].registration_number
        both = lists.register_candidate_page(s, search=reg.lower())
        only_ksi = lists.register_candidate_page(s, "KSI", search=reg)
        family = lists.register_candidate_page(s, search=f"{acc[3].family_name.upper()} {acc[3].given_names[:3]}")
        by_serial = lists.register_candidate_page(s, search=revoked_serial)
        nobody = lists.register_candidate_page(s, search="100%_no-such")
        # Words of three characters or more are looked up in the trigram index (SQLite; PostgreSQL's serves
        # ILIKE), shorter ones scanned: both give the same candidates.
        indexed = lists.has_fts(s) == (body.engine.dialect.name == "sqlite")
        short = lists.register_candidate_page(s, "ACC", search=acc[3].given_names[:2], limit=1000)
        longer = lists.register_candidate_page(s, "ACC", search=acc[3].given_names[:3], limit=1000)
        certs = lists.register_certificate_page(s, "KSI")
        cert_hit = lists.register_certificate_page(s, search=revoked_serial[-6:])
        with pytest.raises(DomainError, match="No centre XYZ"):
            lists.register_candidate_page(s, "XYZ")
        detail = lists.register_candidate_detail(s, by_serial[0].id)
    # Pages walk every candidate once, in centre then registration-number order; the filter keeps centres apart.
    assert len(everyone) == ra.counts["candidates"] + rb.counts["candidates"] == len(acc) + len(ksi)
    assert len({r.id for r in everyone}) == len(everyone)
    assert [r.centre for r in everyone] == ["ACC"] * len(acc) + ["KSI"] * len(ksi)
    assert [r.registration_number for r in acc] == sorted(r.registration_number for r in acc)
    # The same registration number at two centres is two people.
    assert sorted(r.centre for r in both) == ["ACC", "KSI"] and [r.centre for r in only_ksi] == ["KSI"]
    assert all(r.family_name == acc[3].family_name for r in family) and family
    assert nobody == []
    assert indexed
    assert {r.id for r in longer} <= {r.id for r in short} and acc[3].id in {r.id for r in longer}
    assert {r.id for r in short} == {
        r.id
        for r in acc
        if acc[3].given_names[:2].lower()
        in (r.family_name + " " + r.given_names + " " + r.name_local + " " + r.registration_number).lower()
    }
    assert [r.centre for r in by_serial] == ["KSI"]
    assert len(certs) == rb.counts["certificates"] and all(c.centre == "KSI" for c in certs)
    assert revoked_serial in [c.serial for c in cert_hit]
    # The candidate: enrolments, verified results per unit, certificates with the revoked one marked.
    assert detail.candidate.registration_number == by_serial[0].registration_number and detail.centre_name
    assert detail.enrolments and detail.results
    assert all(r.outcome for r in detail.results)
    revoked = [c for c in detail.certificates if c.serial == revoked_serial]
    assert revoked and revoked[0].revoked and revoked[0].revoked_reason == "Issued in error"
    assert detail.candidate.certificates == len(detail.certificates)


def write_lock_free(d: Database) -> bool:
    """Whether another writer could take the database's write lock right now (without waiting for it)."""
    import sqlite3

    from sqlalchemy import text

    from skillassess.db.concurrency import WRITE_LOCK_KEY

    if d.engine.dialect.name == "sqlite":
        probe = sqlite3.connect(str(d.engine.url.database), timeout=0)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.rollback()
            return True
        except sqlite3.OperationalError:  # "database is locked": a writer holds it
            return False
        finally:
            probe.close()
    with d.engine.connect() as c:
        got = c.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY}).scalar()
        c.rollback()
    return bool(got)


def test_the_import_takes_the_write_lock_only_to_write(
    demo_db: Database, demo_actor: Any, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """While the bundle's signature, hashes and lines are checked, the write lock is free and a grid save on the
    same database goes through; the lock is taken only for the writing, and given back at the commit."""
    import datetime as dt

    from skillassess.core.enums import Judgement
    from skillassess.core.models import Candidate, CriterionJudgement, Unit
    from skillassess.services.recording import judging, reading, sessions

    ksi = make_centre_b(request.getfixturevalue("_demo_template"), tmp_path)
    bundle = tmp_path / "ksi.sabundle"
    export(ksi, bundle, everything=True)
    ksi.dispose()
    demo_db.write(lambda s: partners.register_partner(s, admin(demo_db), bundle, fingerprint_of(bundle)))
    a1 = demo_actor("assessor1")
    with demo_db.transaction() as s:
        cand = s.execute(select(Candidate.id).where(Candidate.registration_number == "ACC-2026-00030")).scalar_one()
        unit = s.execute(select(Unit.id).where(Unit.code == "ELI-C02")).scalar_one()
        plan = sessions.plan_session(s, a1, sessions.SessionPlan(dt.date(2026, 11, 20), a1.user_id, [unit], [cand]))
    aid = plan.assessment_ids[0]
    with demo_db.session() as s:
        criterion = reading.unit_criteria(s, s.get_one(Assessment, aid).unit_id)[0].criterion_id

    free: dict[str, bool] = {}
    saved: list[str] = []
    values = {
        importing.VERIFIED: (Judgement.SATISFACTORY, None),
        importing.PREPARED: (Judgement.NOT_YET_SATISFACTORY, Judgement.SATISFACTORY),
    }

    def stage(name: str) -> None:
        free[name] = write_lock_free(demo_db)
        if name in values:  # the assessor saves a grid cell while the import checks the bundle
            new, old = values[name]
            demo_db.write(lambda s: judging.set_judgement(s, a1, aid, criterion, new, old))
            saved.append(name)

    result = importing.import_bundle(demo_db, admin(demo_db), bundle, stages=stage)
    assert result.added["results"] > 0
    assert free == {
        importing.VERIFIED: True,
        importing.PREPARED: True,
        importing.WRITING: False,
        importing.WRITTEN: True,
    }
    assert saved == [importing.VERIFIED, importing.PREPARED]
    with demo_db.session() as s:
        assert s.get_one(CriterionJudgement, (aid, criterion)).result == Judgement.NOT_YET_SATISFACTORY


def test_a_line_naming_an_unknown_candidate_is_refused_before_writing(
    registered: Path, body: Database, tmp_path: Path
) -> None:
    """Checked while preparing: the write transaction is never opened."""
    with zipfile.ZipFile(registered) as z:
        lines = z.read("results.jsonl").decode().splitlines()
    doc = json.loads(lines[0])
    doc["candidate"] = "ACC-1999-99999"  # sorts first still: only the reference is wrong
    lines[0] = eb.canonical(doc).decode()
    stages: list[str] = []
    bad = tmp_path / "bad.sabundle"
    _resign(registered, bad, {"results.jsonl": ("\n".join(lines) + "\n").encode()})
    before = snapshot(body)
    with pytest.raises(DomainError, match=r"results\.jsonl, line 1 names the candidate ACC-1999-99999"):
        importing.import_bundle(body, admin(body, "officer"), bad, stages=stages.append)
    assert stages == [importing.VERIFIED] and snapshot(body) == before


def _resign(src: Path, dst: Path, change: dict[str, bytes]) -> None:
    """Copy a bundle with members changed, its manifest updated and signed again with the centre's key (a bundle
    the centre itself made wrong, not one changed on the way)."""
    import hashlib

    with zipfile.ZipFile(src) as z:
        manifest = json.loads(z.read("manifest.json"))
    for name, data in change.items():
        manifest["members"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    centre_key = keys.find_private_key(manifest["key_id"])
    assert centre_key is not None
    signed = eb.canonical(manifest)
    _rewrite(
        src,
        dst,
        {**change, "manifest.json": signed, "manifest.sig": sp.b64url_encode(centre_key.sign(signed)).encode()},
    )


def test_the_documented_example_bundle_imports(body: Database) -> None:
    """docs/examples/example-results.sabundle, registered with the fingerprint the documentation gives, imports;
    its certificate then verifies at the awarding body."""
    from skillassess.services.certificate_verification import verify_payload

    from helpers import ROOT

    example = ROOT / "docs" / "examples" / "example-results.sabundle"
    fingerprint = "5647 5aa7 5463 474c 0285 df5d bf2b cab7 3da6 5135 8839 e9b7 7481 b2ea b107 708c"
    assert fingerprint in (ROOT / "docs" / "exchange-bundle.md").read_text(encoding="utf-8")
    body.write(lambda s: partners.register_partner(s, admin(body, "officer"), example, fingerprint))
    result = importing.import_bundle(body, admin(body, "officer"), example)
    assert result.added == {"candidates": 2, "enrolments": 2, "results": 3, "certificates": 1}
    with eb.open_bundle(example) as b:
        payload = next(b.records("certificates.jsonl"))["payload"]
    with body.session() as s:
        assert verify_payload(s, payload).status == "valid"


def test_a_new_key_endorsed_by_the_registered_one_is_taken_and_an_unendorsed_one_refused(
    centre_a: Database, centre_b: Database, body: Database, tmp_path: Path
) -> None:
    """The centre rotates its key: its next bundle, signed with the new key that the registered one endorsed,
    imports without questions and registers the new key. A bundle whose new key nobody endorsed is refused
    before anything is read or written, until an administrator confirms its fingerprint."""
    first = tmp_path / "a1.sabundle"
    export(centre_a, first, everything=True)
    register_sender(body, first)
    importing.import_bundle(body, admin(body, "officer"), first)
    _old, new = centre_a.write(lambda s: keys.rotate_key(s, admin(centre_a)))
    second = tmp_path / "a2.sabundle"
    export(centre_a, second, everything=True)
    stages: list[str] = []
    got = importing.import_bundle(body, admin(body, "officer"), second, stages=stages.append)
    assert got.keys_added == [new.key_id] and stages[-1] == importing.WRITTEN
    with body.session() as s:
        assert s.execute(select(PartnerKey.how).where(PartnerKey.key_id == new.key_id)).scalar() == "endorsed"

    # Centre B's database under centre A's code: a key of its own, endorsed by no key A registered.
    sql_behind_the_log(centre_b, "UPDATE centre SET code = 'ACC', name = 'Accra Technical Skills Centre'")
    forged = tmp_path / "forged.sabundle"
    for _ in range(3):  # its sequence must pass A's last, so that the key is what refuses it
        export(centre_b, forged, everything=True)
    before = snapshot(body)
    stages.clear()
    with pytest.raises(DomainError, match="which is not registered for ACC"):
        importing.import_bundle(body, admin(body, "officer"), forged, stages=stages.append)
    assert stages == [] and snapshot(body) == before
