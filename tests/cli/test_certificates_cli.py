"""The certificates and keys commands, run as a user would run them."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

REGISTRAR = {"SKILLASSESS_PASSWORD": "demo-registrar"}


@pytest.fixture
def demo_file(demo_db) -> str:
    """The demo database's URL (SQLite or PostgreSQL), as --db takes it."""
    return str(demo_db.url)


def test_eligible_json(cli, demo_file: str) -> None:
    r = cli("--db", demo_file, "--user", "registrar", "certificates", "eligible", "--json", env=REGISTRAR)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    by_reg = {row["registration_number"]: row for row in rows}
    assert by_reg["ACC-2026-00001"]["qualification"] == "ELI-L2"
    assert by_reg["ACC-2026-00001"]["eligible"] == "full"
    assert by_reg["ACC-2026-00004"]["eligible"] == "partial"
    assert {row["eligible"] for row in rows} <= {"full", "partial"}


@pytest.mark.skipif(
    shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
    reason="zbar-tools and poppler-utils are needed; .ci/run installs them",
)
def test_issue_verify_revoke_print(cli, demo_file: str, tmp_path: Path) -> None:
    pdf = tmp_path / "c.pdf"
    r = cli(
        "--db",
        demo_file,
        "certificates",
        "issue",
        "--candidate",
        "ACC-2026-00011",
        "--qualification",
        "ELI-L2",
        "--language",
        "ar,en",
        "-o",
        str(pdf),
    )
    assert r.returncode != 0 and "--user" in r.stderr and not pdf.exists()
    r = cli(
        "--db",
        demo_file,
        "--user",
        "assessor1",
        "certificates",
        "issue",
        "--candidate",
        "ACC-2026-00011",
        "--qualification",
        "ELI-L2",
        "-o",
        str(pdf),
        env={"SKILLASSESS_PASSWORD": "demo-assessor1"},
    )
    assert r.returncode == 1 and "registrar" in r.stderr and "Traceback" not in r.stderr
    r = cli(
        "--db",
        demo_file,
        "certificates",
        "issue",
        "--candidate",
        "ACC-2026-00011",
        "--qualification",
        "ELI-L2",
        "--language",
        "ar,en",
        "-o",
        str(pdf),
        "--user",
        "registrar",
        "--json",
        env=REGISTRAR,
    )
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    serial = info["serial"]
    assert serial.startswith("GH-ACC-") and info["kind"] == "statement" and pdf.exists()

    r = cli("--db", demo_file, "certificates", "verify", "--pdf", str(pdf))
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("VALID") and serial in r.stdout

    png = tmp_path / "page.png"
    import subprocess

    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    r = cli("--db", demo_file, "certificates", "verify", "--image", str(png), "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["status"] == "valid"
    payload = json.loads(
        cli("--db", demo_file, "--user", "registrar", "certificates", "list", "--json", env=REGISTRAR).stdout
    )
    assert [row["serial"] for row in payload if row["serial"].startswith("GH-ACC-2026-")] == [
        serial
    ]  # and the demo's of 2025

    r = cli("--db", demo_file, "certificates", "verify", "SA1.not.valid")
    assert r.returncode == 1 and r.stdout.startswith("INVALID")

    out_zip = tmp_path / "batch.zip"
    r = cli(
        "--db", demo_file, "certificates", "print", serial, "-o", str(out_zip), "--user", "registrar", env=REGISTRAR
    )
    assert r.returncode == 0, r.stderr
    with zipfile.ZipFile(out_zip) as z:
        assert z.namelist() == [f"{serial}.pdf"]
        assert z.read(f"{serial}.pdf").startswith(b"%PDF")

    r = cli(
        "--db",
        demo_file,
        "certificates",
        "revoke",
        serial,
        "--reason",
        "Wrong qualification",
        "--user",
        "registrar",
        env=REGISTRAR,
    )
    assert r.returncode == 0, r.stderr
    r = cli("--db", demo_file, "certificates", "verify", "--pdf", str(pdf))
    assert r.returncode == 1 and r.stdout.startswith("REVOKED") and "Wrong qualification" in r.stdout
    r = cli(
        "--db",
        demo_file,
        "certificates",
        "print",
        serial,
        "-o",
        str(tmp_path / "x.pdf"),
        "--user",
        "registrar",
        env=REGISTRAR,
    )
    assert r.returncode == 1 and "revoked" in r.stderr and not (tmp_path / "x.pdf").exists()


def test_export_public_key_lets_another_database_verify(cli, demo_db, demo_file: str, tmp_path: Path) -> None:
    pdf = tmp_path / "c.pdf"
    r = cli(
        "--db",
        demo_file,
        "--user",
        "registrar",
        "certificates",
        "issue",
        "--candidate",
        "ACC-2026-00001",
        "--qualification",
        "ELI-L2",
        "-o",
        str(pdf),
        "--json",
        env=REGISTRAR,
    )
    assert r.returncode == 0, r.stderr
    serial = json.loads(r.stdout)["serial"]
    from sqlalchemy import text

    with demo_db.session() as s:
        payload = s.execute(text("SELECT payload FROM certificate WHERE serial LIKE 'GH-ACC-2026-%'")).scalar_one()
    pem = tmp_path / "centre.pem"
    r = cli("--db", demo_file, "keys", "export-public", "-o", str(pem))
    assert r.returncode == 0, r.stderr
    assert pem.read_text().startswith("-----BEGIN PUBLIC KEY-----")
    other = str(tmp_path / "other.sqlite3")
    from skillassess.db.database import open_database, sqlite_url

    open_database(sqlite_url(Path(other)), create=True).dispose()  # another centre's (empty) database
    r = cli("--db", other, "certificates", "verify", payload)
    assert r.returncode == 1 and r.stdout.startswith("UNKNOWN KEY")
    # With the key, another database can tell the signature is genuine, but it does not hold the
    # certificate: only the issuing centre's register can say VALID (issue 23.1).
    r = cli("--db", other, "certificates", "verify", payload, "--public-key", str(pem), "--json")
    assert r.returncode == 1, r.stdout + r.stderr
    doc = json.loads(r.stdout)
    assert doc["status"] == "unknown certificate" and doc["serial"] == serial and doc["in_register"] is False
    assert "signature is genuine" in doc["message"]
    r = cli("--db", demo_file, "certificates", "verify", payload, "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["status"] == "valid"


# A file only for a committed change (issue 23.5) ----------------------------------------------------


def _count(url: str, sql: str) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql)).scalar() or 0)
    finally:
        engine.dispose()


def test_print_with_one_bad_serial_writes_no_file_and_counts_nothing(cli, demo_file: str, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "c.pdf"
    r = cli(
        "--db",
        demo_file,
        "--user",
        "registrar",
        "certificates",
        "issue",
        "--candidate",
        "ACC-2026-00001",
        "--qualification",
        "ELI-L2",
        "-o",
        str(out),
        env=REGISTRAR,
    )
    assert r.returncode == 0, r
    out.unlink()
    serial = "GH-ACC-" + r.stdout.split("GH-ACC-")[1].split()[0]
    batch = folder / "batch.zip"
    r = cli(
        "--db",
        demo_file,
        "--user",
        "registrar",
        "certificates",
        "print",
        serial,
        "GH-ACC-2026-999999",
        "-o",
        str(batch),
        env=REGISTRAR,
    )
    assert r.returncode == 1 and "GH-ACC-2026-999999" in r.stderr and "No certificate was printed" in r.stderr
    assert not batch.exists() and not list(folder.iterdir())
    # The demo reprinted one of its own certificates; this command counted nothing.
    assert _count(demo_file, "SELECT sum(reprint_count) FROM certificate WHERE serial LIKE 'GH-ACC-2026-%'") in (
        0,
        None,
    )


@pytest.fixture
def commit_fails():
    """Every connection checks foreign keys at COMMIT: a violation made by a trigger surfaces only then,
    after the PDF was written."""
    from sqlalchemy import Engine, event

    def connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy's recipe: the BEGIN below, not the driver's

    def begin(conn) -> None:
        conn.exec_driver_sql("BEGIN")
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # reset by SQLite at every commit

    event.listen(Engine, "connect", connect)
    event.listen(Engine, "begin", begin)
    yield
    event.remove(Engine, "begin", begin)
    event.remove(Engine, "connect", connect)


@pytest.mark.sqlite_only(reason="the failing commit is made with SQLite's deferred foreign keys and a SQLite trigger")
def test_issue_leaves_no_pdf_when_the_commit_fails(cli, demo_file: str, tmp_path: Path, commit_fails) -> None:
    import sqlite3

    conn = sqlite3.connect(demo_file.removeprefix("sqlite:///"))
    conn.execute(
        "CREATE TRIGGER orphan AFTER INSERT ON certificate BEGIN "
        "INSERT INTO certificate_unit VALUES (NEW.id, 999999, 99, 'competent'); END"
    )
    conn.commit()
    conn.close()
    folder = tmp_path / "out"
    folder.mkdir()
    pdf = folder / "c.pdf"
    r = cli(
        "--db",
        demo_file,
        "--user",
        "registrar",
        "certificates",
        "issue",
        "--candidate",
        "ACC-2026-00001",
        "--qualification",
        "ELI-L2",
        "-o",
        str(pdf),
        env=REGISTRAR,
    )
    assert r.returncode == 1, r
    assert (
        _count(demo_file, "SELECT count(*) FROM certificate WHERE serial LIKE 'GH-ACC-2026-%'") == 0
    )  # the demo's are of 2025
    # Before: the PDF stayed, with a serial the register does not hold (and the next issue would reuse it).
    assert not pdf.exists() and not list(folder.iterdir())
    assert "conflicts" in r.stderr


def test_verify_accepts_the_link_form(cli, demo_db, demo_file: str) -> None:
    from sqlalchemy import select

    from skillassess.core.models import Certificate

    with demo_db.session() as s:
        payload = s.execute(select(Certificate.payload).order_by(Certificate.id).limit(1)).scalar_one()
    assert payload.startswith("SA1.")
    for text in (payload, "https://verify.example.org/#" + payload, "http://localhost:8000/v/#" + payload):
        r = cli("--db", demo_file, "certificates", "verify", text, "--json")
        assert json.loads(r.stdout)["serial"], r.stderr
        assert json.loads(r.stdout)["status"] in ("valid", "revoked")
    r = cli("--db", demo_file, "certificates", "verify", "https://verify.example.org/#" + payload[:-2] + "zz")
    assert r.returncode == 1 and r.stdout.startswith("INVALID")
