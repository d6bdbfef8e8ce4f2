"""The daily backup, its rotation and second folder, backup settings, who may back up, PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from skillassess.core.errors import DatabaseDamagedError, PermissionDenied
from skillassess.db.backup import places, writing
from skillassess.db.backup.places import BackupSettings
from skillassess.db.paths import data_dir
from skillassess.services.backups import daily_backup, make_backup, require_backup_role

ADMIN = {"SKILLASSESS_PASSWORD": "demo-admin"}
ASSESSOR = {"SKILLASSESS_PASSWORD": "demo-assessor1"}


def archives(folder: Path, kind: str | None = None) -> list[str]:
    return sorted(b.path.name for b in places.backups_in(folder) if kind is None or b.kind == kind)


def test_the_first_signed_in_command_of_the_day_writes_the_daily_backup(sqlite_demo_db, cli) -> None:
    folder = places.backup_folder(sqlite_demo_db.url)
    db = str(sqlite_demo_db.file_path)
    assert cli("--db", db, "info").returncode == 0
    assert archives(folder) == []  # reading without signing in: no backup
    r = cli("--db", db, "--user", "admin", "users", "update", "assessor2", "--full-name", "Ama Mensah", env=ADMIN)
    assert r.returncode == 0 and r.stderr == ""
    (first,) = archives(folder, "daily")
    r = cli("--db", db, "--user", "admin", "users", "update", "assessor2", "--full-name", "Ama Owusu", env=ADMIN)
    assert r.returncode == 0
    assert archives(folder) == [first]  # once a day
    # The archive is a whole, checked backup.
    with zipfile.ZipFile(folder / first) as zf:
        assert zf.testzip() is None and json.loads(zf.read("manifest.json"))["kind"] == "daily"


def test_daily_backups_keep_the_newest_n_and_leave_manual_ones(sqlite_demo_db) -> None:
    BackupSettings(keep=3).save()
    folder = places.backup_folder(sqlite_demo_db.url)
    folder.mkdir(parents=True)
    seed = make_backup(sqlite_demo_db, kind="manual").archive
    for days in range(1, 6):  # five earlier days
        when = dt.datetime.now() - dt.timedelta(days=days)
        shutil.copyfile(seed, folder / places.archive_name(sqlite_demo_db.url, when, "daily"))
    result = daily_backup(sqlite_demo_db)
    assert result is not None and len(result.removed) == 3
    daily = archives(folder, "daily")
    assert len(daily) == 3 and result.archive.name in daily
    assert archives(folder, "manual") == [seed.name]
    assert daily_backup(sqlite_demo_db) is None  # not due again today


def test_no_daily_backup_when_keep_is_zero_nor_for_the_demo_database(
    sqlite_demo_db, monkeypatch: pytest.MonkeyPatch
) -> None:
    BackupSettings(keep=0).save()
    assert daily_backup(sqlite_demo_db) is None
    BackupSettings(keep=5).save()
    monkeypatch.setattr("skillassess.services.backups.demo_database_path", lambda: sqlite_demo_db.file_path)
    assert daily_backup(sqlite_demo_db) is None


def test_the_second_folder_gets_a_copy_and_a_missing_one_is_said_without_failing(
    sqlite_demo_db, cli, tmp_path: Path
) -> None:
    stick = tmp_path / "USB"
    stick.mkdir()
    r = cli("backup-settings", "--second-folder", str(stick), "--keep", "4", "--json")
    assert r.returncode == 0, r
    doc = json.loads(r.stdout)
    assert doc["keep"] == 4 and doc["second_folder"] == str(stick)
    result = make_backup(sqlite_demo_db)
    (copy,) = result.copies
    assert copy.parent == places.second_backup_folder(sqlite_demo_db.url, BackupSettings.load())
    assert copy.read_bytes() == result.archive.read_bytes()
    assert places.newest_backup(sqlite_demo_db.url).path.name == result.archive.name
    # The stick is not plugged in: the backup is written, and the user is told.
    shutil.rmtree(stick)
    db = str(sqlite_demo_db.file_path)
    r = cli("--db", db, "--user", "admin", "users", "update", "assessor2", "--full-name", "Ama Mensah", env=ADMIN)
    assert r.returncode == 0
    assert f"The second backup folder {stick} is not there (is the USB stick plugged in?)" in r.stderr
    assert archives(places.backup_folder(sqlite_demo_db.url), "daily")


def test_backup_settings_refuse_nonsense_and_survive_a_broken_file(cli, tmp_path: Path) -> None:
    r = cli("backup-settings", "--second-folder", str(tmp_path / "not there"))
    assert r.returncode == 1 and "plug the USB stick in" in r.stderr
    r = cli("backup-settings", "--keep", "-1")
    assert r.returncode == 1 and "--keep takes a number from 0 to 365" in r.stderr
    BackupSettings.path().write_text("{ not json", encoding="utf-8")
    assert BackupSettings.load() == BackupSettings()
    BackupSettings.path().write_text('{"keep": "many", "second_folder": 7}', encoding="utf-8")
    assert BackupSettings.load() == BackupSettings()
    assert BackupSettings.path().parent == data_dir()


def test_only_an_administrator_backs_up(sqlite_demo_db, demo_actor, cli, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        require_backup_role(demo_actor("assessor1"))
    require_backup_role(demo_actor("admin"))
    out = tmp_path / "b.zip"
    r = cli("--db", str(sqlite_demo_db.file_path), "--user", "assessor1", "backup", "-o", str(out), env=ASSESSOR)
    assert r.returncode == 1 and "administrator" in r.stderr and not out.exists()
    r = cli("--db", str(sqlite_demo_db.file_path), "backup", "-o", str(out))
    assert r.returncode == 1 and "--user" in r.stderr and not out.exists()


def test_backup_of_a_damaged_database_is_refused_and_older_backups_stay(
    sqlite_demo_db, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = make_backup(sqlite_demo_db).archive
    path = sqlite_demo_db.file_path
    with sqlite_demo_db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    sqlite_demo_db.dispose()
    import sqlite3

    conn = sqlite3.connect(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'assessment'").fetchone()
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * 4096 + 12)
        f.write(b"\xa5" * 40)
    # Opened before the damage was found (the quick check's time limit), then backed up:
    monkeypatch.setenv("SKILLASSESS_QUICK_CHECK_SECONDS", "0")
    from skillassess.db.database import open_database, sqlite_url

    db = open_database(sqlite_url(path), create=False)
    try:
        BackupSettings(keep=1).save()
        with pytest.raises(DatabaseDamagedError, match=str(good)):
            make_backup(db, kind="daily")
    finally:
        db.dispose()
    assert archives(places.backup_folder(sqlite_url(path))) == [good.name]
    assert not [p for p in good.parent.iterdir() if p.name.startswith(".")]


def test_pg_dump_command_names_the_parts_without_the_password() -> None:
    cmd = writing.pg_dump_command("postgresql+psycopg://registrar:s3cret@db.centre.local:5433/skills")
    assert cmd.startswith("pg_dump --format=custom --host=db.centre.local --port=5433 --username=registrar ")
    assert cmd.endswith(" skills") and "s3cret" not in cmd


@pytest.mark.postgres
def test_backup_on_postgresql_archives_keys_and_names_pg_dump(pg_url: str, cli, tmp_path: Path) -> None:
    assert cli("--db", pg_url, "demo").returncode == 0
    keys = data_dir() / "keys"
    keys.mkdir(parents=True, exist_ok=True)
    (keys / "ACC-ed25519.pem").write_bytes(b"key")
    out = tmp_path / "pg.zip"
    r = cli("--db", pg_url, "--user", "admin", "backup", "-o", str(out), env=ADMIN)
    assert r.returncode == 0, r
    assert "pg_dump --format=custom" in r.stdout and "--host=" in r.stdout
    password = pg_url.split("://", 1)[1].split("@")[0].partition(":")[2]
    assert not password or password not in r.stdout
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
    assert "keys/ACC-ed25519.pem" in names and not any(n.startswith("database/") for n in names)
    assert manifest["source"]["dialect"] == "postgresql" and manifest["source"]["pg_dump"]


def test_a_full_disk_during_a_backup_is_one_sentence_and_leaves_nothing(
    sqlite_demo_db, cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(writing.os, "fsync", disk_full)
    out = tmp_path / "stick"
    out.mkdir()
    r = cli("--db", str(sqlite_demo_db.file_path), "--user", "admin", "backup", "-o", str(out / "b.zip"), env=ADMIN)
    assert r.returncode == 1 and f"could not be written to {out} (the disk is full)" in r.stderr
    assert "Traceback" not in r.stderr and list(out.iterdir()) == []
