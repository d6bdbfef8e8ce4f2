"""Excel exports read back with openpyxl (and LibreOffice) and checked against the database."""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from skillassess.core.enums import AssessmentStatus, CertificateKind, CertificateStatus, Outcome, Sex
from skillassess.core.errors import NotFoundError, ValidationError
from skillassess.core.models import Assessment, Candidate, Centre, Certificate, CertificateUnit, Qualification, Unit
from skillassess.services import exports
from skillassess.services.exports import RESULT_COLUMNS, ResultFilter

from helpers import behind_the_log

HEADERS = [c.header for c in RESULT_COLUMNS]
INJECTIONS = ['=HYPERLINK("http://x","y")', "+1+2", "-3-4", "@SUM(A1)", "\tTabbed", "\rReturned"]


def _registrar(db):
    from skillassess.services.users import actor_by_username

    with db.session() as s:
        return actor_by_username(s, "registrar")


def _db_results(session, f: ResultFilter | None = None) -> list[Assessment]:
    """The assessments a filter should select, found with plain ORM loading (not the export's query)."""
    f = f or ResultFilter()
    out = []
    for a in session.scalars(select(Assessment)).all():
        q = a.enrolment.qualification.code if a.enrolment else None
        if f.qualification and q != f.qualification:
            continue
        if f.date_from and a.assessed_on < f.date_from:
            continue
        if f.date_to and a.assessed_on > f.date_to:
            continue
        if f.status and a.status != f.status:
            continue
        out.append(a)
    return out


def _sheet_rows(path: Path, sheet: str) -> list[dict[str, object]]:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def _about(path: Path) -> dict[str, object]:
    ws = openpyxl.load_workbook(path)["About this export"]
    return {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r[0]}


def test_results_workbook_matches_the_database(demo_db, tmp_path: Path) -> None:
    out = tmp_path / "results.xlsx"
    with demo_db.session() as s:
        n = exports.export_results(s, _registrar(demo_db), out, database=demo_db.name)
    s = demo_db.session()
    expected = _db_results(s)
    by_key = {(a.candidate.registration_number, a.unit.code, a.attempt): a for a in expected}
    assert n == len(expected)
    # Every result of both of the demo's qualifications, this year's and last year's.
    assert {a.enrolment.qualification.code for a in expected} == {"ELI-L2", "GMT-L2"}
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Results", "About this export"]
    ws = wb["Results"]
    assert [c.value for c in ws[1]] == HEADERS
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:U{n + 1}"
    assert ws.column_dimensions["L"].width > ws.column_dimensions["E"].width  # unit title wider than sex
    rows = _sheet_rows(out, "Results")
    assert len(rows) == n
    for row in rows:
        a = by_key[(row["Registration number"], row["Unit code"], row["Attempt"])]
        c = a.candidate
        assert row["Family name"] == c.family_name and row["Given names"] == c.given_names
        assert row["Sex"] == {"female": "Female", "male": "Male"}[c.sex.value]
        assert isinstance(row["Date of birth"], dt.datetime) and row["Date of birth"].date() == c.date_of_birth
        assert isinstance(row["Date assessed"], dt.datetime) and row["Date assessed"].date() == a.assessed_on
        assert isinstance(row["Attempt"], int) and isinstance(row["Unit version"], int)
        assert row["Unit version"] == a.unit.version
        assert row["Qualification"] == a.enrolment.qualification.code
        assert row["Outcome code"] == (a.outcome.code if a.outcome else None)
        assert row["Status"] == a.status.value.capitalize()
        assert row["Assessor"] == a.assessor.full_name
        assert row["Verifier"] == (a.verifier.full_name if a.verifier else None)
    s.close()
    about = _about(out)
    assert about["Exported by"] == "Layla Khoury (registrar)"
    assert about["Rows exported"] == n
    assert isinstance(about["Exported at (local time)"], dt.datetime)
    assert about["Qualification"] == "all" and about["Status"] == "all"


@pytest.mark.parametrize(
    "f",
    [
        ResultFilter(qualification="ELI-L2"),
        ResultFilter(status=AssessmentStatus.VERIFIED),
        ResultFilter(status=AssessmentStatus.DRAFT),
        ResultFilter(date_from=dt.date(2026, 5, 1), date_to=dt.date(2026, 7, 31)),
        ResultFilter(date_from=dt.date(2026, 6, 1), status=AssessmentStatus.VERIFIED),
    ],
)
def test_results_filters(demo_db, tmp_path: Path, f: ResultFilter) -> None:
    out = tmp_path / "filtered.xlsx"
    with demo_db.session() as s:
        n = exports.export_results(s, _registrar(demo_db), out, f)
        expected = sorted((a.candidate.registration_number, a.unit.code, a.attempt) for a in _db_results(s, f))
    rows = _sheet_rows(out, "Results")
    got = sorted((r["Registration number"], r["Unit code"], r["Attempt"]) for r in rows)
    assert got == expected and n == len(expected) and n > 0
    if f.status:
        assert {r["Status"] for r in rows} == {f.status.value.capitalize()}
    about = _about(out)
    if f.date_from:
        assert about["Assessed from"] == f.date_from.isoformat()


def test_unknown_qualification_and_reversed_dates_are_plain_errors(demo_db, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with demo_db.session() as s:
        with pytest.raises(NotFoundError, match="no qualification with the code XYZ"):
            exports.export_results(s, _registrar(demo_db), tmp_path / "a.xlsx", ResultFilter(qualification="XYZ"))
        with pytest.raises(ValidationError, match="start date is after the end date"):
            exports.export_results(
                s,
                _registrar(demo_db),
                tmp_path / "a.xlsx",
                ResultFilter(date_from=dt.date(2026, 5, 1), date_to=dt.date(2026, 4, 1)),
            )
    assert list(tmp_path.iterdir()) == []


def _inject_names(demo_db) -> list[str]:
    """Give the first candidates names that a spreadsheet would take for formulas; return their numbers."""
    regs = []
    with demo_db.transaction() as s:
        behind_the_log(s)
        cands = s.scalars(select(Candidate).order_by(Candidate.registration_number).limit(len(INJECTIONS))).all()
        for c, text in zip(cands, INJECTIONS, strict=True):
            c.family_name = text
            regs.append(c.registration_number)
    return regs


def test_formula_injection_is_written_as_text(demo_db, tmp_path: Path) -> None:
    regs = _inject_names(demo_db)
    out = tmp_path / "inject.xlsx"
    with demo_db.session() as s:
        exports.export_results(s, _registrar(demo_db), out)
    ws = openpyxl.load_workbook(out)["Results"]
    seen = {}
    for row in ws.iter_rows(min_row=2):
        if row[0].value in regs:
            cell = row[1]
            assert cell.data_type == "s", (cell.value, cell.data_type)
            seen[row[0].value] = cell.value
    # openpyxl does not undo the OOXML escape of a carriage return in inline strings (_x000D_);
    # Excel and LibreOffice do, and the LibreOffice test below checks the real text.
    assert sorted(seen.values()) == sorted(t.replace("\r", "_x000D_") for t in INJECTIONS)
    # No formula anywhere in the sheet's XML.
    with zipfile.ZipFile(out) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml


def _soffice_csv(xlsx: Path, tmp_path: Path) -> list[list[str]]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui")
    profile = tmp_path / "lo-profile"
    outdir = tmp_path / "csv"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(outdir),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    with open(outdir / (xlsx.stem + ".csv"), encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_libreoffice_reads_the_same_cells(demo_db, tmp_path: Path) -> None:
    regs = _inject_names(demo_db)
    out = tmp_path / "lo.xlsx"
    with demo_db.session() as s:
        exports.export_results(s, _registrar(demo_db), out)
        expected = list(exports.iter_results(s, ResultFilter()))
    rows = _soffice_csv(out, tmp_path)
    assert rows[0] == HEADERS
    assert len(rows) == len(expected) + 1

    def shown(v: object) -> str:
        if v is None:
            return ""
        if isinstance(v, dt.date):
            return v.isoformat()
        return str(v)

    for got, want in zip(rows[1:], expected, strict=True):
        want_cells = [shown(v) for v in want]
        assert got == want_cells
    names = {r[0]: r[1] for r in rows[1:]}
    assert names[regs[0]] == '=HYPERLINK("http://x","y")'
    assert names[regs[3]] == "@SUM(A1)"
    assert names[regs[5]] == "\rReturned" and names[regs[4]] == "\tTabbed"


def test_cancelled_export_leaves_no_file_and_keeps_the_old_one(
    demo_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "results.xlsx"
    out.write_bytes(b"the previous export")

    class Stop(Exception):
        pass

    calls = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done > 0:
            raise Stop()

    with demo_db.session() as s, pytest.raises(Stop):
        total = len(_db_results(s))
        exports.export_results(s, _registrar(demo_db), out, progress=progress)
    assert total > 0 and calls == [(0, total), (total, total)]  # fewer rows than one report of progress
    assert [p.name for p in folder.iterdir()] == ["results.xlsx"]
    assert out.read_bytes() == b"the previous export"
    assert list(scratch.iterdir()) == []  # XlsxWriter's row files are gone too


def test_export_to_missing_folder_is_a_plain_error(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s, pytest.raises(ValidationError, match="does not exist"):
        exports.export_register(s, _registrar(demo_db), tmp_path / "nope" / "r.xlsx")


THIS_YEAR = ["GH-ACC-2026-000001", "GH-ACC-2026-000002", "GH-ACC-2026-000003"]


def _certificates(demo_db) -> None:
    """Three certificates this year (THIS_YEAR): a full one, a reprinted statement, a revoked statement.

    The demo has four of its own, from last year's garment-making course (one reprinted, one revoked).
    """
    with demo_db.transaction() as s:
        behind_the_log(s)
        centre = s.scalars(select(Centre)).one()
        q = s.scalars(select(Qualification).where(Qualification.code == "ELI-L2")).one()
        cands = s.scalars(
            select(Candidate)
            .where(Candidate.registration_number.like("ACC-2026-%"))
            .order_by(Candidate.registration_number)
        ).all()
        units = {u.code: u for u in s.scalars(select(Unit).where(Unit.code.like("ELI-%"))).all()}

        def cert(serial: str, cand: Candidate, kind: CertificateKind, day: dt.date, codes: list[str], **kw) -> None:
            c = Certificate(
                serial=serial, centre_id=centre.id, candidate=cand, qualification=q, kind=kind, issued_on=day, **kw
            )
            c.units = [
                CertificateUnit(unit=units[code], position=i, outcome=Outcome.COMPETENT) for i, code in enumerate(codes)
            ]
            s.add(c)

        cert("GH-ACC-2026-000001", cands[0], CertificateKind.FULL, dt.date(2026, 9, 1), sorted(units))
        cert(
            "GH-ACC-2026-000002",
            cands[5],
            CertificateKind.STATEMENT,
            dt.date(2026, 9, 2),
            ["ELI-C01", "ELI-C02"],
            reprint_count=2,
        )
        cert(
            "GH-ACC-2026-000003",
            cands[6],
            CertificateKind.STATEMENT,
            dt.date(2026, 9, 3),
            ["ELI-C03"],
            status=CertificateStatus.REVOKED,
            revoked_reason="Issued to the wrong candidate.",
            revoked_at=dt.datetime(2026, 9, 10, 9, 0, tzinfo=dt.UTC),
        )


def test_certificate_register(demo_db, tmp_path: Path) -> None:
    _certificates(demo_db)
    out = tmp_path / "register.xlsx"
    with demo_db.session() as s:
        n = exports.export_register(s, _registrar(demo_db), out)
        names = {c.registration_number: c.display_name for c in s.scalars(select(Candidate))}
        serials = sorted(s.scalars(select(Certificate.serial)))
    assert n == len(serials) and set(THIS_YEAR) < set(serials)  # the demo's own are in the register too
    every = _sheet_rows(out, "Certificate register")
    assert [r["Serial"] for r in every] == serials  # every certificate, revoked ones included, in serial order
    rows = [r for r in every if r["Serial"] in THIS_YEAR]
    full, reprint, revoked = rows
    assert full["Type"] == "Full qualification certificate" and full["Status"] == "Issued"
    assert full["Number of units"] == 8 and full["Units"].split(", ") == sorted(full["Units"].split(", "))
    assert full["Candidate"] == names[full["Registration number"]]
    assert isinstance(full["Issue date"], dt.datetime) and full["Issue date"].date() == dt.date(2026, 9, 1)
    assert full["Reason for revocation"] is None and full["Reprints"] == 0
    assert (
        reprint["Type"] == "Statement of attainment" and reprint["Status"] == "Reprinted" and reprint["Reprints"] == 2
    )
    assert reprint["Units"] == "ELI-C01, ELI-C02"
    assert revoked["Status"] == "Revoked" and revoked["Reason for revocation"] == "Issued to the wrong candidate."
    assert revoked["Revoked on"].date() == dt.date(2026, 9, 10)
    ws = openpyxl.load_workbook(out)["Certificate register"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:M{n + 1}"


# --- Statistics -----------------------------------------------------------------------------------


def _expected_totals(s, date_from=None, date_to=None) -> dict[str, dict[str, int]]:
    """Distinct candidates per measure and sex, computed from ORM objects."""

    def within(d: dt.date) -> bool:
        return (date_from is None or d >= date_from) and (date_to is None or d <= date_to)

    sets: dict[str, dict[Sex, set[int]]] = {
        m: {Sex.FEMALE: set(), Sex.MALE: set()} for m in ("assessed", "competent", "certified")
    }
    for a in s.scalars(select(Assessment)).all():
        if a.status == AssessmentStatus.VERIFIED and within(a.assessed_on):
            sets["assessed"][a.candidate.sex].add(a.candidate_id)
            if a.outcome is not None and a.outcome.achieved:
                sets["competent"][a.candidate.sex].add(a.candidate_id)
    for c in s.scalars(select(Certificate)).all():
        if c.status == CertificateStatus.ISSUED and within(c.issued_on):
            sets["certified"][c.candidate.sex].add(c.candidate_id)
    return {
        m: {"Women": len(v[Sex.FEMALE]), "Men": len(v[Sex.MALE]), "Total": len(v[Sex.FEMALE]) + len(v[Sex.MALE])}
        for m, v in sets.items()
    }


def _table(ws) -> tuple[list[tuple], tuple]:
    """The category rows and the total row of a breakdown sheet (data starts on row 5)."""
    rows = [r for r in ws.iter_rows(min_row=5, values_only=True) if r[0]]
    total_at = next(i for i, r in enumerate(rows) if r[0] == "Total")
    return rows[:total_at], rows[total_at]


@pytest.mark.parametrize("period", [(None, None), (dt.date(2026, 5, 1), dt.date(2026, 8, 31))])
def test_statistics_workbook(demo_db, tmp_path: Path, period) -> None:
    _certificates(demo_db)
    out = tmp_path / "stats.xlsx"
    with demo_db.session() as s:
        exports.export_statistics(s, _registrar(demo_db), out, *period)
        expected = _expected_totals(s, *period)
        # This year: the full and the reprinted certificate; not the revoked one.
        assert _expected_totals(s, dt.date(2026, 1, 1))["certified"]["Total"] == 2
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [
        "Summary",
        "By qualification",
        "By age group",
        "By disability",
        "By nationality",
        "RPL",
        "About this export",
    ]
    summary = {
        r[0]: dict(zip(("Women", "Men", "Total"), r[1:4], strict=True))
        for r in wb["Summary"].iter_rows(min_row=5, max_row=7, values_only=True)
    }
    assert summary == {
        "Candidates assessed": expected["assessed"],
        "Candidates competent": expected["competent"],
        "Candidates certified": expected["certified"],
    }
    flat_total = tuple(
        expected[m][k] for m in ("assessed", "competent", "certified") for k in ("Women", "Men", "Total")
    )
    for name in ("By qualification", "By age group", "By disability", "By nationality"):
        rows, total = _table(wb[name])
        assert total[1:10] == flat_total, name
        for r in rows:
            assert all(isinstance(v, int) for v in r[1:10])
            assert r[3] == r[1] + r[2] and r[6] == r[4] + r[5] and r[9] == r[7] + r[8]
        if name != "By qualification":  # each candidate falls in exactly one age group, disability, nationality
            assert tuple(sum(r[i] for r in rows) for i in range(1, 10)) == flat_total, name
    age_rows, _ = _table(wb["By age group"])
    assert [r[0] for r in age_rows][:6] == ["Under 18", "18 to 24", "25 to 34", "35 to 44", "45 to 54", "55 and over"]
    with zipfile.ZipFile(out) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 1 + 4 * 3  # the summary chart and three per breakdown
    about = _about(out)
    assert about["From"] == (period[0].isoformat() if period[0] else "the first record")


def test_statistics_count_certificates_not_revoked(demo_db) -> None:
    from skillassess.services.statistics import statistics

    _certificates(demo_db)
    with demo_db.session() as s:
        st = statistics(s, dt.date(2026, 1, 1))  # this year's: not the demo's own, from last year
        by_serial = {c.serial: c for c in s.scalars(select(Certificate))}
        certified = [by_serial[n].candidate for n in THIS_YEAR[:2]]  # the third one was revoked
        assert by_serial[THIS_YEAR[2]].status == CertificateStatus.REVOKED
        assert by_serial[THIS_YEAR[2]].candidate not in certified
    assert st.total.certified.total == 2
    assert st.total.certified.female == sum(c.sex == Sex.FEMALE for c in certified)
    with demo_db.session() as s:
        st_sep = statistics(s, dt.date(2026, 9, 2), dt.date(2026, 9, 30))
    assert st_sep.total.certified.total == 1


def test_cli_exports(cli, demo_db, tmp_path: Path) -> None:
    db = demo_db.url
    out = tmp_path / "r.xlsx"
    registrar = {"SKILLASSESS_PASSWORD": "demo-registrar"}
    r = cli(
        "--db",
        db,
        "--user",
        "registrar",
        "export",
        "results",
        "-o",
        str(out),
        "--status",
        "verified",
        "--from",
        "2026-04-01",
        "--to",
        "2026-09-30",
        "--qualification",
        "ELI-L2",
        "--json",
        env=registrar,
    )
    assert r.returncode == 0, r.stderr
    import json

    doc = json.loads(r.stdout)
    with demo_db.session() as s:
        f = ResultFilter("ELI-L2", dt.date(2026, 4, 1), dt.date(2026, 9, 30), AssessmentStatus.VERIFIED)
        assert doc == {"file": str(out.resolve()), "export": "results", "rows": len(_db_results(s, f))}
    about = _about(out)
    assert about["Exported by"] == "Layla Khoury (registrar)" and about["Status"] == "Verified"
    assert about["Assessed to"] == "2026-09-30"

    r = cli("--db", db, "--user", "registrar", "export", "register", "-o", str(tmp_path / "g.xlsx"), env=registrar)
    assert r.returncode == 0, r.stderr
    with demo_db.session() as s:
        certificates = len(s.scalars(select(Certificate.id)).all())
    assert certificates > 0 and f"Exported {certificates} certificates" in r.stdout
    assert _about(tmp_path / "g.xlsx")["Exported by"] == "Layla Khoury (registrar)"

    r = cli(
        "--db",
        db,
        "--user",
        "registrar",
        "export",
        "statistics",
        "-o",
        str(tmp_path / "s.xlsx"),
        "--from",
        "2026-01-01",
        "--json",
        env=registrar,
    )
    assert r.returncode == 0, r.stderr
    totals = json.loads(r.stdout)["totals"]
    with demo_db.session() as s:
        expected = _expected_totals(s, dt.date(2026, 1, 1))
    assert totals["assessed"] == {
        "female": expected["assessed"]["Women"],
        "male": expected["assessed"]["Men"],
        "total": expected["assessed"]["Total"],
    }

    r = cli(
        "--db",
        db,
        "--user",
        "registrar",
        "export",
        "results",
        "-o",
        str(tmp_path / "x.xlsx"),
        "--qualification",
        "NOPE",
        env=registrar,
    )
    assert r.returncode == 1 and "no qualification with the code NOPE" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "x.xlsx").exists()
    r = cli("--db", db, "export", "results", "-o", str(tmp_path / "x.csv"))
    assert r.returncode == 1 and ".xlsx" in r.stderr
    assert os.path.exists(out)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["=", "+", "-", "@", "\t", ""]),
            st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=40),
        ),
        min_size=1,
        max_size=20,
    )
)
def test_any_text_comes_back_as_the_same_text(tmp_path: Path, texts: list[tuple[str, str]]) -> None:
    from skillassess.formats.xlsx import ColumnSpec, TableWriter, atomic_workbook

    values = [p + t for p, t in texts]
    out = tmp_path / "t.xlsx"
    with atomic_workbook(out) as wb:
        w = TableWriter(wb, "T", [ColumnSpec("Text")])
        for v in values:
            w.write([v])
        w.finish()
    cells = [row[0] for row in openpyxl.load_workbook(out)["T"].iter_rows(min_row=2)]
    assert all(c.data_type == "s" for c in cells if c.value is not None)
    got = [c.value if c.value is not None else "" for c in cells]
    # Empty strings leave the cell empty; openpyxl does not list empty trailing rows.
    assert got == values[: len(got)] and all(v == "" for v in values[len(got) :])


# Every export names a real user and is audited (issue 23.9) -----------------------------------------


def _export_entries(db) -> list[dict[str, object]]:
    import json

    from skillassess.core.models import AuditEntry

    with db.session() as s:
        rows = s.execute(
            select(AuditEntry.username, AuditEntry.entity_id, AuditEntry.after_json)
            .where(AuditEntry.entity_type == "export")
            .order_by(AuditEntry.id)
        ).all()
    return [{"by": u, "what": w, **json.loads(a)} for u, w, a in rows]


def test_cli_export_with_a_wrong_password_writes_nothing(cli, demo_db, tmp_path: Path) -> None:
    db = str(demo_db.url)
    out = tmp_path / "r.xlsx"
    # Before: "Exported by: nobody", a file full of personal data, and nothing in the audit log.
    r = cli("--db", db, "--user", "nobody", "export", "results", "-o", str(out), env={"SKILLASSESS_PASSWORD": "guess"})
    assert r.returncode == 1 and not out.exists(), r
    assert "Wrong user name or password" in r.stderr
    r = cli(
        "--db", db, "--user", "registrar", "export", "results", "-o", str(out), env={"SKILLASSESS_PASSWORD": "guess"}
    )
    assert r.returncode == 1 and not out.exists()
    r = cli("--db", db, "export", "register", "-o", str(out))
    assert r.returncode == 1 and not out.exists() and "--user" in r.stderr
    # Assessors record results; they do not take them out of the application.
    r = cli(
        "--db",
        db,
        "--user",
        "assessor1",
        "export",
        "statistics",
        "-o",
        str(out),
        env={"SKILLASSESS_PASSWORD": "demo-assessor1"},
    )
    assert r.returncode == 1 and not out.exists()
    assert "assessor1 may not export statistics" in r.stderr and "administrator or registrar or verifier" in r.stderr
    assert _export_entries(demo_db) == []


def test_each_export_is_one_audit_entry_with_its_filters_not_its_data(cli, demo_db, tmp_path: Path) -> None:
    db = str(demo_db.url)
    env = {"SKILLASSESS_PASSWORD": "demo-verifier"}
    r = cli(
        "--db",
        db,
        "--user",
        "verifier",
        "export",
        "results",
        "-o",
        str(tmp_path / "r.xlsx"),
        "--status",
        "verified",
        "--from",
        "2026-04-01",
        env=env,
    )
    assert r.returncode == 0, r
    r = cli("--db", db, "--user", "verifier", "export", "register", "-o", str(tmp_path / "g.xlsx"), env=env)
    assert r.returncode == 0, r
    r = cli(
        "--db",
        db,
        "--user",
        "verifier",
        "export",
        "statistics",
        "-o",
        str(tmp_path / "s.xlsx"),
        "--to",
        "2026-12-31",
        env=env,
    )
    assert r.returncode == 0, r
    entries = _export_entries(demo_db)
    assert [(e["by"], e["what"], e["file"]) for e in entries] == [
        ("verifier", "results", "r.xlsx"),
        ("verifier", "register", "g.xlsx"),
        ("verifier", "statistics", "s.xlsx"),
    ]
    results = entries[0]
    assert results["filters"] == {
        "Qualification": "all",
        "Assessed from": "2026-04-01",
        "Assessed to": "any date",
        "Status": "Verified",
    }
    assert results["rows"] == _about(tmp_path / "r.xlsx")["Rows exported"]
    assert entries[2]["filters"] == {"From": "the first record", "To": "2026-12-31"}
    with demo_db.session() as s:  # the audit log holds no personal data of the export
        names = [c.family_name for c in s.scalars(select(Candidate))]
    text = repr(entries)
    assert not any(n in text for n in names)
    from skillassess.services.audit_verification import verify

    with demo_db.session() as s:
        assert verify(s).intact


def test_a_failed_export_leaves_neither_file_nor_audit_entry(demo_db, tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        if done:
            raise Stop()

    out = tmp_path / "r.xlsx"
    with pytest.raises(Stop), demo_db.transaction() as s:
        exports.export_results(s, _registrar(demo_db), out, progress=stop)
    assert not out.exists() and _export_entries(demo_db) == []
    with demo_db.transaction() as s:
        exports.export_results(s, _registrar(demo_db), out)
    assert out.exists() and [e["what"] for e in _export_entries(demo_db)] == ["results"]


def test_exports_need_a_signed_in_user_with_an_export_role(demo_db, demo_actor, tmp_path: Path) -> None:
    from skillassess.core.errors import PermissionDenied
    from skillassess.services.context import SYSTEM

    out = tmp_path / "r.xlsx"
    for actor, words in ((demo_actor("assessor1"), "may not export results"), (SYSTEM, "Sign in first")):
        with pytest.raises(PermissionDenied, match=words), demo_db.transaction() as s:
            exports.export_results(s, actor, out)
    assert not out.exists()
    assert [exports.may_export(demo_actor(u)) for u in ("admin", "assessor1", "verifier", "registrar")] == [
        True,
        False,
        True,
        True,
    ]


def test_the_assessment_record_is_audited(cli, demo_db, tmp_path: Path) -> None:
    db = str(demo_db.url)
    out = tmp_path / "record.pdf"
    r = cli("--db", db, "assessments", "print", "54", "-o", str(out))
    assert r.returncode == 1 and not out.exists() and "--user" in r.stderr
    r = cli(
        "--db",
        db,
        "--user",
        "assessor1",
        "assessments",
        "print",
        "54",
        "-o",
        str(out),
        env={"SKILLASSESS_PASSWORD": "demo-assessor1"},
    )
    assert r.returncode == 0 and out.read_bytes().startswith(b"%PDF"), r
    (entry,) = _export_entries(demo_db)
    assert entry["by"] == "assessor1" and entry["what"] == "assessment_record" and entry["file"] == "record.pdf"
    assert entry["filters"] == {"Assessment": "54", "Candidate": "ACC-2026-00015", "Unit": "ELI-C03 v1"}
