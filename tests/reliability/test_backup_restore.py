"""Backups and restore (issue 23, item 4): one archive with the database, keys, evidence files and
audit checkpoint; a restore that checks everything before it replaces anything; no partial archive
after a SIGKILL; a consistent copy while others write."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from skillassess.core.enums import EvidenceKind
from skillassess.db.backup import places
from skillassess.db.database import checkpoint_path, evidence_path, open_database, sqlite_url
from skillassess.db.paths import keys_dir
from skillassess.services import candidate_search
from skillassess.services import candidates as cand
from skillassess.services import evidence as ev
from skillassess.services.backups import check_backup, make_backup, restore_backup

from helpers import ROOT

ADMIN = {"SKILLASSESS_PASSWORD": "demo-admin"}
REGISTRAR = {"SKILLASSESS_PASSWORD": "demo-registrar"}
CHECKPOINT = b"audit checkpoint (its content is the trust-keys branch's): count=3 head=abc\n"


def tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by relative path, with its bytes."""
    if not root.is_dir():
        return {}
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def centre(sqlite_demo_db, demo_actor, cli, tmp_path: Path) -> Path:
    """The demo database with what a backup must carry: evidence files, a signing key (a certificate
    was issued), audit entries and a checkpoint file beside it. Closed, its -wal folded in."""
    path = sqlite_demo_db.file_path
    actor = demo_actor("assessor1")
    for n in range(3):
        source = tmp_path / f"letter{n}.pdf"
        source.write_bytes(f"%PDF-1.4 reference letter {n}\n".encode() * 200)
        with sqlite_demo_db.session() as s:
            cid = candidate_search.get_by_registration_number(s, f"ACC-2026-0002{n}").id
        with sqlite_demo_db.transaction() as s:
            ev.add_evidence(s, actor, cid, source, EvidenceKind.REFERENCE_LETTER)
    with sqlite_demo_db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    sqlite_demo_db.dispose()
    r = cli(
        "--db",
        str(path),
        "--user",
        "registrar",
        "certificates",
        "issue",
        "--candidate",
        "ACC-2026-00001",
        "--qualification",
        "ELI-L2",
        "-o",
        str(tmp_path / "c.pdf"),
        env=REGISTRAR,
    )
    assert r.returncode == 0, r
    checkpoint_path(sqlite_url(path)).write_bytes(CHECKPOINT)
    assert tree(keys_dir()) and tree(evidence_path(path))
    return path


def backup_with_cli(cli, path: Path, archive: Path) -> None:
    r = cli("--db", str(path), "--user", "admin", "backup", "-o", str(archive), env=ADMIN)
    assert r.returncode == 0, r
    assert f"Backup written: {archive}" in r.stdout


def test_archive_holds_database_keys_evidence_checkpoint_and_their_hashes(centre: Path, cli, tmp_path: Path) -> None:
    archive = tmp_path / "backup.zip"
    backup_with_cli(cli, centre, archive)
    with zipfile.ZipFile(archive) as zf:
        assert zf.testzip() is None
        manifest = json.loads(zf.read("manifest.json"))
        names = set(zf.namelist())
        for m in manifest["members"]:
            assert hashlib.sha256(zf.read(m["name"])).hexdigest() == m["sha256"]
    roles = {m["role"] for m in manifest["members"]}
    assert roles == {"database", "key", "evidence", "checkpoint"}
    assert names == {m["name"] for m in manifest["members"]} | {"manifest.json"}
    assert f"database/{centre.stem}.sqlite3" in names
    assert {f"keys/{rel}" for rel in tree(keys_dir())} <= names
    assert {f"evidence/{rel}" for rel in tree(evidence_path(centre))} <= names
    assert f"checkpoint/{centre.name}.checkpoint" in names
    assert manifest["format"] == "skillassess-backup" and manifest["source"]["database"] == str(centre)
    # The demo's four 2025 certificates (one reprinted, one revoked) and the one issued above.
    assert manifest["summary"]["counts"]["certificates"] == 4 + 1
    # The archive holds private keys and personal data: only its owner may read it.
    assert oct(archive.stat().st_mode & 0o777) == "0o600"


def test_restore_after_deleting_the_database_gives_the_same_info_and_audit_verify(
    centre: Path, cli, tmp_path: Path
) -> None:
    archive = tmp_path / "backup.zip"
    backup_with_cli(cli, centre, archive)
    info = cli("--db", str(centre), "info", "--json")
    audit = cli("--db", str(centre), "audit", "verify")
    assert info.returncode == 0 and audit.returncode == 0 and "intact" in audit.stdout
    keys, evidence = tree(keys_dir()), tree(evidence_path(centre))
    # The laptop's disk lost everything: database, its -wal, evidence, checkpoint and keys.
    for p in (centre, Path(f"{centre}-wal"), Path(f"{centre}-shm"), checkpoint_path(sqlite_url(centre))):
        p.unlink(missing_ok=True)
    shutil.rmtree(evidence_path(centre))
    shutil.rmtree(keys_dir())
    assert cli("--db", str(centre), "info").returncode == 1  # and nothing is created meanwhile
    r = cli("--db", str(centre), "restore", str(archive), "--yes")
    assert r.returncode == 0, r
    assert f"Restored {centre}" in r.stdout
    again_info = cli("--db", str(centre), "info", "--json")
    again_audit = cli("--db", str(centre), "audit", "verify")
    assert json.loads(again_info.stdout) == json.loads(info.stdout)
    assert again_audit.returncode == audit.returncode and again_audit.stdout == audit.stdout
    assert tree(keys_dir()) == keys and tree(evidence_path(centre)) == evidence
    assert checkpoint_path(sqlite_url(centre)).read_bytes() == CHECKPOINT
    assert not list(centre.parent.glob(".restor*"))  # no staging left behind


def test_restore_keeps_the_replaced_database_with_its_evidence_checkpoint_and_keys(
    centre: Path, cli, tmp_path: Path
) -> None:
    archive = tmp_path / "backup.zip"
    backup_with_cli(cli, centre, archive)
    restored_counts = json.loads(cli("--db", str(centre), "info", "--json").stdout)["counts"]
    # After the backup: a new evidence file, a newer checkpoint and another key file.
    (evidence_path(centre) / "ff").mkdir()
    (evidence_path(centre) / "ff" / ("f" * 64)).write_bytes(b"added after the backup")
    checkpoint_path(sqlite_url(centre)).write_bytes(b"newer checkpoint")
    (keys_dir() / "OTHER-ed25519.pem").write_bytes(b"another centre's key")
    conn = sqlite3.connect(centre)
    conn.execute("UPDATE centre SET name = 'Renamed after the backup'")
    conn.commit()
    conn.close()
    keys_before = tree(keys_dir())
    r = cli("--db", str(centre), "restore", str(archive), "--yes")
    assert r.returncode == 0, r
    (kept,) = centre.parent.glob(f"{centre.stem}-replaced-*.sqlite3")
    assert f"kept as {kept}" in r.stdout
    conn = sqlite3.connect(f"file:{kept}?mode=ro", uri=True)
    assert conn.execute("SELECT name FROM centre").fetchone()[0] == "Renamed after the backup"
    conn.close()
    assert (evidence_path(kept) / "ff" / ("f" * 64)).read_bytes() == b"added after the backup"
    assert checkpoint_path(sqlite_url(kept)).read_bytes() == b"newer checkpoint"
    assert tree(kept.with_name(kept.name + ".keys")) == keys_before
    # The restored database is the backup's; a key file the backup did not have is left alone.
    assert json.loads(cli("--db", str(centre), "info", "--json").stdout)["counts"] == restored_counts
    assert not (evidence_path(centre) / "ff").exists()
    assert checkpoint_path(sqlite_url(centre)).read_bytes() == CHECKPOINT
    assert (keys_dir() / "OTHER-ed25519.pem").read_bytes() == b"another centre's key"
    assert not Path(f"{centre}-wal").exists() or Path(f"{centre}-wal").stat().st_size == 0


# --- Tampered archives ------------------------------------------------------------------------------


def flip_raw_byte(archive: Path, member: str) -> None:
    """Change one byte of a member's stored (compressed) data in place."""
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo(member)
    with archive.open("r+b") as f:
        f.seek(info.header_offset + 26)
        name_len, extra_len = int.from_bytes(f.read(2), "little"), int.from_bytes(f.read(2), "little")
        f.seek(info.header_offset + 30 + name_len + extra_len + info.compress_size // 2)
        b = f.read(1)
        f.seek(-1, io.SEEK_CUR)
        f.write(bytes([b[0] ^ 0x40]))


def rewrite(archive: Path, change: dict[str, bytes | None], manifest_edit=None) -> None:
    """Write the archive again (valid zip checksums) with members replaced, added or dropped."""
    with zipfile.ZipFile(archive) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    for name, data in change.items():
        if data is None:
            members.pop(name, None)
        else:
            members[name] = data
    if manifest_edit is not None:
        manifest = json.loads(members["manifest.json"])
        manifest_edit(manifest)
        members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def _member(archive: Path, role: str) -> str:
    with zipfile.ZipFile(archive) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    return next(m["name"] for m in manifest["members"] if m["role"] == role)


def _database_bytes(archive: Path, edit) -> bytes:
    """The archive's database with ``edit(connection)`` applied."""
    with zipfile.ZipFile(archive) as zf:
        data = zf.read(_member(archive, "database"))
    tmp = archive.with_name("edit.sqlite3")
    tmp.write_bytes(data)
    conn = sqlite3.connect(tmp)
    edit(conn)
    conn.commit()
    conn.close()
    data = tmp.read_bytes()
    tmp.unlink()
    return data


def _rehash(name: str, data: bytes):
    def edit(manifest: dict) -> None:
        for m in manifest["members"]:
            if m["name"] == name:
                m["sha256"], m["size"] = hashlib.sha256(data).hexdigest(), len(data)

    return edit


TAMPERING = {
    "raw byte of the database": ("zip check failed", lambda a: flip_raw_byte(a, _member(a, "database"))),
    "evidence file changed": (
        "was changed after the backup was made",
        lambda a: rewrite(a, {_member(a, "evidence"): b"forged evidence"}),
    ),
    "key file changed": (
        "was changed after the backup was made",
        lambda a: rewrite(a, {_member(a, "key"): b"-----BEGIN PRIVATE KEY-----\nforged\n"}),
    ),
    "file added": ("does not list", lambda a: rewrite(a, {"keys/extra.pem": b"smuggled"})),
    "file removed": ("are missing", lambda a: rewrite(a, {_member(a, "evidence"): None})),
    "path outside": (
        "outside its own folders",
        lambda a: rewrite(a, {}, lambda m: m["members"][0].update(name="evidence/../../../escape")),
    ),
    "audit log edited, hashes redone": (
        "audit log is broken",
        lambda a: (
            data := _database_bytes(
                a,
                lambda c: c.execute(
                    "UPDATE audit_entry SET entity_id = 'FORGED' WHERE id = (SELECT min(id) FROM audit_entry)"
                ),
            ),
            rewrite(a, {_member(a, "database"): data}, _rehash(_member(a, "database"), data)),
        ),
    ),
    # A backup of a database changed behind the application's back (what the concurrent-writer test's raw
    # SQL writer did before) is refused: the data no longer matches its audit log.
    "a record edited without an audit entry, hashes redone": (
        "were changed outside SkillAssess",
        lambda a: (
            data := _database_bytes(
                a,
                lambda c: c.execute(
                    "UPDATE candidate SET family_name = 'Forged' WHERE id = (SELECT min(id) FROM candidate)"
                ),
            ),
            rewrite(a, {_member(a, "database"): data}, _rehash(_member(a, "database"), data)),
        ),
    ),
    "not a zip": ("not a zip archive", lambda a: a.write_bytes(b"PK\x03\x04 not really a zip")),
    "newer format": ("newer version", lambda a: rewrite(a, {}, lambda m: m.update(format_version=99))),
}


@pytest.mark.parametrize("how", list(TAMPERING), ids=list(TAMPERING))
def test_a_tampered_archive_is_refused_and_nothing_is_touched(centre: Path, cli, tmp_path: Path, how: str) -> None:
    archive = tmp_path / "backup.zip"
    backup_with_cli(cli, centre, archive)
    expected, tamper = TAMPERING[how]
    tamper(archive)
    before = (digest(centre), tree(keys_dir()), tree(evidence_path(centre)), sorted(os.listdir(centre.parent)))
    r = cli("--db", str(centre), "restore", str(archive), "--yes")
    assert r.returncode == 1, r
    assert "cannot be restored" in r.stderr and expected in r.stderr and "Nothing was changed" in r.stderr
    assert "Traceback" not in r.stderr
    assert (digest(centre), tree(keys_dir()), tree(evidence_path(centre)), sorted(os.listdir(centre.parent))) == before


def test_a_damaged_database_inside_a_consistent_archive_is_refused(centre: Path, cli, tmp_path: Path) -> None:
    archive = tmp_path / "backup.zip"
    backup_with_cli(cli, centre, archive)
    name = _member(archive, "database")
    with zipfile.ZipFile(archive) as zf:
        data = bytearray(zf.read(name))
    conn = sqlite3.connect(centre)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'assessment'").fetchone()
    conn.close()
    data[(root - 1) * 4096 + 12 : (root - 1) * 4096 + 52] = b"\xa5" * 40
    rewrite(archive, {name: bytes(data)}, _rehash(name, bytes(data)))
    before = digest(centre)
    r = cli("--db", str(centre), "restore", str(archive), "--yes")
    assert r.returncode == 1 and "damaged" in r.stderr and "Nothing was changed" in r.stderr
    assert digest(centre) == before


def test_restore_refuses_while_another_program_has_the_database_open(centre: Path, cli, tmp_path: Path) -> None:
    archive = tmp_path / "backup.zip"
    backup_with_cli(cli, centre, archive)
    other = sqlite3.connect(centre)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("SELECT count(*) FROM candidate").fetchone()
    try:
        before = digest(centre)
        r = cli("--db", str(centre), "restore", str(archive), "--yes")
        assert r.returncode == 1 and "is open in SkillAssess or another program" in r.stderr
        assert digest(centre) == before and not list(centre.parent.glob(f"{centre.stem}-replaced-*"))
    finally:
        other.close()


def test_restore_asks_before_replacing(centre: Path, cli, tmp_path: Path) -> None:
    archive = tmp_path / "backup.zip"
    backup_with_cli(cli, centre, archive)
    before = digest(centre)
    r = cli("--db", str(centre), "restore", str(archive))  # no terminal, no --yes
    assert r.returncode == 1 and "add --yes" in r.stderr and str(centre) in r.stderr
    assert digest(centre) == before


# --- Crashes and concurrent writers -------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists only on POSIX systems")
@pytest.mark.parametrize("phase", ["copying the database", "writing the archive"])
def test_sigkill_during_backup_leaves_no_partial_archive(centre: Path, tmp_path: Path, phase: str) -> None:
    # Enough evidence (incompressible) that writing the archive takes a while to catch; no more, as the
    # backup after the kill writes it all again.
    big = evidence_path(centre) / "00"
    big.mkdir(exist_ok=True)
    for n in range(2):
        (big / (f"{n}" * 64)).write_bytes(os.urandom(24 * 1024 * 1024))
    archive = tmp_path / "out" / "backup.zip"
    archive.parent.mkdir()
    env = {**os.environ, **ADMIN}
    child = subprocess.Popen(
        [sys.executable, "-m", "skillassess", "--db", str(centre), "--user", "admin", "backup", "-o", str(archive)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and child.poll() is None:
            partial = list(archive.parent.glob(".backup.zip.partial-*"))
            if phase == "copying the database" and list(archive.parent.glob(".backup.zip.snapshot-*")):
                break
            if phase == "writing the archive" and partial and partial[0].stat().st_size > 8 * 1024 * 1024:
                break
            time.sleep(0.005)
        assert child.poll() is None, "the backup finished before it could be killed"
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
    assert not archive.exists()
    # Killed mid-way indeed: while copying the database its snapshot is there (the archive's temporary is
    # made only when the archive is written), while writing the archive its temporary.
    left = ".backup.zip.snapshot-*" if phase == "copying the database" else ".backup.zip.partial-*"
    assert list(archive.parent.glob(left))
    # The database is whole and the next backup works.
    db = open_database(sqlite_url(centre), create=False)
    try:
        result = make_backup(db, archive)
    finally:
        db.dispose()
    assert result.archive == archive and zipfile.ZipFile(archive).testzip() is None


def test_stale_temporaries_of_a_killed_backup_are_cleared_from_the_backup_folder(sqlite_demo_db) -> None:
    folder = places.backup_folder(sqlite_demo_db.url)
    folder.mkdir(parents=True)
    stale = folder / ".demo-20260101-000000-daily.zip.partial-abc"
    stale.write_bytes(b"half an archive")
    old = time.time() - 24 * 3600
    os.utime(stale, (old, old))
    fresh = folder / ".demo-20260101-000001-daily.zip.partial-def"  # maybe another backup running now
    fresh.write_bytes(b"being written")
    make_backup(sqlite_demo_db)
    assert not stale.exists() and fresh.exists()


def test_backup_is_consistent_while_another_writer_keeps_writing(sqlite_demo_db, tmp_path: Path) -> None:
    """Two rows changed together in every transaction are equal in the copy: one snapshot.

    The other writer is SkillAssess itself (another window, another user): each of its transactions changes
    two candidates through the service, with their audit entries, and writes the checkpoint. A copy that
    held one change and not the other, or a checkpoint ahead of the copy's log, would not restore: restore
    checks the log, the data against the log and the checkpoint.
    """
    from dataclasses import replace

    from skillassess.services.users import actor_by_username

    path = sqlite_demo_db.file_path
    with sqlite_demo_db.session() as s:
        first, last = (candidate_search.get_by_registration_number(s, f"ACC-2026-0000{n}").id for n in (1, 2))
    stop = threading.Event()
    written = [0]
    errors: list[BaseException] = []

    def writer() -> None:
        other = open_database(sqlite_url(path), create=False)
        try:
            with other.session() as s:
                actor = actor_by_username(s, "assessor1")
            i = 0
            while not stop.is_set():
                i += 1
                with other.transaction() as s:
                    for cid in (first, last):
                        data = cand.CandidateData.from_candidate(candidate_search.get_candidate(s, cid))
                        cand.update_candidate(s, actor, cid, replace(data, notes=str(i)))
                written[0] = i
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)
        finally:
            other.dispose()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while written[0] < 5 and not errors:
            time.sleep(0.01)
        before = written[0]
        archive = make_backup(sqlite_demo_db, tmp_path / "during.zip").archive
        during = written[0]
    finally:
        stop.set()
        thread.join()
    assert not errors, errors
    assert during > before >= 5  # the writer kept committing while the copy was taken
    checked = check_backup(archive, sqlite_url(tmp_path / "restored.sqlite3"))
    assert checked.audit is not None and checked.audit.intact and checked.audit.checkpoint is not None
    restore_backup(checked, sqlite_url(tmp_path / "restored.sqlite3"))
    conn = sqlite3.connect(tmp_path / "restored.sqlite3")
    one, two = (conn.execute("SELECT notes FROM candidate WHERE id = ?", (cid,)).fetchone()[0] for cid in (first, last))
    conn.close()
    assert one == two and int(one) >= 5


def test_restore_into_a_new_place(centre: Path, cli, tmp_path: Path) -> None:
    """Moving to a new laptop: the archive restores where no database was."""
    archive = tmp_path / "backup.zip"
    backup_with_cli(cli, centre, archive)
    new = tmp_path / "new laptop" / "centre.sqlite3"
    new.parent.mkdir()
    r = cli("--db", str(new), "restore", str(archive), "--yes")
    assert r.returncode == 0, r
    assert (
        json.loads(cli("--db", str(new), "info", "--json").stdout)["counts"]
        == json.loads(cli("--db", str(centre), "info", "--json").stdout)["counts"]
    )
    assert tree(evidence_path(new)) == tree(evidence_path(centre))
