"""Backups: one zip archive with the database, the signing keys, the evidence files and the audit
checkpoint, a manifest with the SHA-256 of each; the daily backup and its rotation; checking an
archive and putting its files back.

Archive layout (format "skillassess-backup", version 1)::

    manifest.json                  what is in it: created_at, kind, application, source database,
                                   and for every member its name, role, size and SHA-256
    database/<name>.sqlite3        a consistent copy (SQLite online backup API, one read snapshot)
    keys/<file>                    every file under data_dir()/keys/
    evidence/<aa>/<sha256>         every file under <database file>.evidence/
    checkpoint/<name>.checkpoint   the signed audit checkpoint, when there is one

An archive is written under a temporary name, synced, then renamed: a crash or a SIGKILL never
leaves a partial archive under the final name. PostgreSQL databases are not copied (the manifest
gives the exact pg_dump command); keys and checkpoint still are.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy.engine import make_url

from skillassess import APP_NAME, __version__
from skillassess.core.errors import DomainError
from skillassess.core.messages import msg
from skillassess.core.safe_write import PARTIAL, atomic_write, sync_folder, write_file
from skillassess.db import integrity, migrate
from skillassess.db.paths import data_dir, keys_dir

log = logging.getLogger(__name__)

ARCHIVE_FORMAT = "skillassess-backup"
ARCHIVE_VERSION = 1
MANIFEST = "manifest.json"
SETTINGS_FILE = "backup-settings.json"
DEFAULT_KEEP = 7
MAX_KEEP = 365
KINDS = ("daily", "manual")
ROLES = {"database": "database/", "key": "keys/", "evidence": "evidence/", "checkpoint": "checkpoint/"}
# Limits checked before anything is extracted: a hostile archive cannot fill the disk or memory.
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 1_000_000
MAX_KEY_BYTES = 1024 * 1024
_CHUNK = 1024 * 1024
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>daily|manual)\.zip$")
_PARTIAL = PARTIAL  # in the names of core.safe_write's temporaries
_SNAPSHOT = ".snapshot-"

# progress(done, total): called as the work goes on; it may raise to cancel (the GUI's Progress does).
ProgressFn = Callable[[int, int], None]


class BackupError(DomainError):
    """A backup cannot be written, or an archive cannot be restored; the message says why."""


# --- Before an upgrade: a plain copy beside the file --------------------------------------------


def backup_sqlite(path: Path, label: str) -> Path:
    """Copy the database at ``path`` beside itself and return the copy's path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{label}-{stamp}-{n}.bak")
        n += 1
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


# --- Settings (this machine's: where its copies go and how many it keeps) -----------------------


@dataclass
class BackupSettings:
    """How many daily backups to keep (0: no daily backup) and the optional second folder.

    They belong to the machine, not to the centre: the second folder is a drive of this laptop and
    the number kept depends on its disk. Stored as JSON in the data folder, so that the command
    line (which does not load Qt) reads the same settings as the application.
    """

    keep: int = DEFAULT_KEEP
    second_folder: Path | None = None

    @staticmethod
    def path() -> Path:
        return data_dir() / SETTINGS_FILE

    @classmethod
    def load(cls) -> BackupSettings:
        path = cls.path()
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("Backup settings %s unreadable (%s); using the defaults", path, exc)
            return cls()
        if not isinstance(doc, dict):
            return cls()
        keep = doc.get("keep", DEFAULT_KEEP)
        folder = doc.get("second_folder")
        return cls(
            keep=min(MAX_KEEP, max(0, keep)) if isinstance(keep, int) and not isinstance(keep, bool) else DEFAULT_KEEP,
            second_folder=Path(folder) if isinstance(folder, str) and folder else None,
        )

    def save(self) -> None:
        if not 0 <= self.keep <= MAX_KEEP:
            raise BackupError(msg("Keep between 0 and {most} daily backups.", most=MAX_KEEP))
        doc = {"keep": self.keep, "second_folder": str(self.second_folder) if self.second_folder else None}
        _write_atomically(self.path(), json.dumps(doc, indent=2).encode())


# --- Where backups go ---------------------------------------------------------------------------


def _urls() -> Any:
    from skillassess.db import database  # database.py imports this module lazily, and this one it

    return database


def backup_label(url: str) -> str:
    """The folder name of one database's backups: its name and a hash of its full location."""
    d = _urls()
    path = d.sqlite_path(url)
    stem = path.stem if path is not None else (make_url(url).database or "database")
    stem = re.sub(r"[^\w.-]", "_", stem)[:60] or "database"
    digest = hashlib.sha256(d.display_name(url).encode()).hexdigest()[:8]
    return f"{stem}-{digest}"


def backup_folder(url: str) -> Path:
    """Where this machine keeps the backups of the database at ``url`` (in the data folder)."""
    return data_dir() / "backups" / backup_label(url)


def second_backup_folder(url: str, settings: BackupSettings) -> Path | None:
    if settings.second_folder is None:
        return None
    return settings.second_folder / "SkillAssess backups" / backup_label(url)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: dt.datetime
    kind: str


def backup_file(path: Path) -> BackupFile | None:
    """The archive at ``path`` with the date and kind its name holds; None for another name."""
    m = _NAME.match(path.name)
    if not m:
        return None
    try:
        made = dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return BackupFile(path, made, m["kind"])


def _backups_in(folder: Path | None) -> list[BackupFile]:
    if folder is None:
        return []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    return [b for b in map(backup_file, entries) if b is not None and b.path.is_file()]


def list_backups(url: str, settings: BackupSettings | None = None) -> list[BackupFile]:
    """The archives of this database in the data folder and the second folder, newest first."""
    settings = settings if settings is not None else BackupSettings.load()
    files = _backups_in(backup_folder(url)) + _backups_in(second_backup_folder(url, settings))
    return sorted(files, key=lambda b: (b.made_at, b.path.parent == backup_folder(url)), reverse=True)


def newest_backup(url: str, settings: BackupSettings | None = None) -> BackupFile | None:
    backups = list_backups(url, settings)
    return backups[0] if backups else None


def archive_name(url: str, when: dt.datetime, kind: str) -> str:
    stem = backup_label(url).rsplit("-", 1)[0]
    return f"{stem}-{when.strftime('%Y%m%d-%H%M%S')}-{kind}.zip"


# --- Files on disk --------------------------------------------------------------------------------


def _fsync_dir(folder: Path) -> None:
    sync_folder(folder)


def _write_atomically(target: Path, data: bytes, mode: int | None = None) -> None:
    write_file(target, data, mode=0o600 if mode is None else mode, make_folder=True)


def _files_under(root: Path) -> list[tuple[str, Path]]:
    """(posix relative path, file) for every regular file under ``root``; links and temporaries skipped."""
    if not root.is_dir():
        return []
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not os.path.islink(os.path.join(dirpath, d)))
        for name in sorted(filenames):
            p = Path(dirpath) / name
            if name.startswith(".") or p.is_symlink() or not p.is_file():
                continue  # .incoming-* files are evidence being copied in, not yet stored
            found.append((p.relative_to(root).as_posix(), p))
    return found


def remove_stale_temporaries(folder: Path, older_than: dt.timedelta = dt.timedelta(hours=6)) -> None:
    """Delete what a killed backup left under temporary names in one of our backup folders."""
    limit = dt.datetime.now().timestamp() - older_than.total_seconds()
    for p in _temporaries_in(folder):
        try:
            if p.stat().st_mtime < limit:
                p.unlink()
        except OSError:
            pass


def _temporaries_in(folder: Path) -> Iterator[Path]:
    try:
        for p in folder.iterdir():
            if p.name.startswith(".") and (_PARTIAL in p.name or _SNAPSHOT in p.name):
                yield p
    except OSError:
        return


# --- Writing an archive -----------------------------------------------------------------------------


@dataclass
class BackupResult:
    """What a backup wrote: the archive, its copy in the second folder, and what to tell the user."""

    archive: Path
    copies: list[Path] = field(default_factory=list)
    warnings: list[DomainError] = field(default_factory=list)
    pg_dump: str | None = None
    removed: list[Path] = field(default_factory=list)
    # The second folder that was set but not there (a USB stick not plugged in).
    second_folder_missing: Path | None = None


def pg_dump_command(url: str) -> str:
    """The pg_dump command for a PostgreSQL URL, with its parts and without the password."""
    u = make_url(url)
    parts = ["pg_dump", "--format=custom"]
    if u.host:
        parts.append(f"--host={u.host}")
    if u.port:
        parts.append(f"--port={u.port}")
    if u.username:
        parts.append(f"--username={u.username}")
    name = u.database or ""
    stamp = dt.datetime.now().strftime("%Y%m%d")
    parts.append(f'--file="{name}-{stamp}.dump"')
    parts.append(name)
    return " ".join(parts)


def _snapshot(path: Path, target: Path, report: Callable[[int, int], None] | None) -> None:
    """A consistent copy of ``path`` while others keep writing: one read snapshot held throughout."""
    src = integrity.connect_read_only(path)
    try:
        dst = sqlite3.connect(target)
        try:
            # An open read transaction on the source pins one snapshot (WAL lets writers go on);
            # without it a write by another connection would restart the copy from the start.
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()

            def step(_status: int, remaining: int, total: int) -> None:
                if report:
                    report(total - remaining, total)

            src.backup(dst, pages=1024, progress=step)
            src.rollback()
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            dst.close()
    finally:
        src.close()


class _Member:
    def __init__(self, name: str, role: str, source: Path) -> None:
        self.name = name
        self.role = role
        self.source = source
        self.size = source.stat().st_size


def scaled_progress(progress: ProgressFn | None, start: int, span: int, total: int) -> Callable[[int, int], None] | None:
    if progress is None:
        return None

    def report(done: int, whole: int) -> None:
        progress(start + (span * done // whole if whole else span), total)

    return report


def write_archive(
    url: str,
    target: Path,
    *,
    kind: str = "manual",
    describe: Callable[[Path], dict[str, Any]] | None = None,
    progress: ProgressFn | None = None,
) -> Path:
    """Write the backup archive of the database at ``url`` to ``target`` (temporary name, then rename).

    ``describe(copy)`` may add entries to the manifest from the copied database (counts, for
    example). Raises DatabaseDamagedError (nothing written) when the copy of the database is damaged.
    """
    d = _urls()
    path = d.sqlite_path(url)
    target = target.expanduser().absolute()
    if not target.parent.is_dir():
        raise BackupError(msg("The folder {folder} does not exist.", folder=str(target.parent)))
    snapshot: Path | None = None
    try:
        # The checkpoint first: read before the snapshot, it never claims more than the copy holds.
        checkpoint = d.checkpoint_path(url)
        checkpoint_bytes = checkpoint.read_bytes() if checkpoint.is_file() else None
        members: list[_Member] = []
        total = 1000
        if path is not None:
            if not path.is_file():
                raise BackupError(msg("There is no database file at {path} to back up.", path=str(path)))
            snapshot = target.parent / f".{target.name}{_SNAPSHOT}{os.getpid()}"
            snapshot.unlink(missing_ok=True)
            _snapshot(path, snapshot, scaled_progress(progress, 0, 300, total))
            check = integrity.quick_check(snapshot, None)
            if check.damaged:
                raise d.damaged_error(path, check.problems)
            c = integrity.connect_read_only(snapshot)
            try:
                schema = c.execute("SELECT version_num FROM alembic_version").fetchone()
            finally:
                c.close()
            extra = describe(snapshot) if describe else {}
            members.append(_Member(f"database/{path.stem}.sqlite3", "database", snapshot))
            for rel, p in _files_under(d.evidence_path(path)):
                members.append(_Member(f"evidence/{rel}", "evidence", p))
        else:
            schema, extra = None, {}
        for rel, p in _files_under(keys_dir()):
            members.append(_Member(f"keys/{rel}", "key", p))
        listed: list[dict[str, Any]] = []
        report = scaled_progress(progress, 300, 700, total)
        written, size_total = 0, sum(m.size for m in members) + (len(checkpoint_bytes or b""))
        # Temporary ".<name>.partial-…", synced, renamed, folder synced; for this account only (it holds the keys).
        with atomic_write(target, mode=0o600) as archive:
            with zipfile.ZipFile(archive.file, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1, allowZip64=True) as zf:
                for m in members:
                    h = hashlib.sha256()
                    size = 0
                    info = zipfile.ZipInfo(m.name, date_time=dt.datetime.now().timetuple()[:6])
                    info.compress_type = zipfile.ZIP_DEFLATED
                    with m.source.open("rb") as src, zf.open(info, "w", force_zip64=m.size > 2**31) as out:
                        while chunk := src.read(_CHUNK):
                            h.update(chunk)
                            out.write(chunk)
                            size += len(chunk)
                            written += len(chunk)
                            if report:
                                report(written, size_total or 1)
                    listed.append({"name": m.name, "role": m.role, "size": size, "sha256": h.hexdigest()})
                if checkpoint_bytes is not None:
                    name = f"checkpoint/{checkpoint.name}"
                    zf.writestr(name, checkpoint_bytes)
                    listed.append({"name": name, "role": "checkpoint", "size": len(checkpoint_bytes),
                                   "sha256": hashlib.sha256(checkpoint_bytes).hexdigest()})
                manifest = {
                    "format": ARCHIVE_FORMAT,
                    "format_version": ARCHIVE_VERSION,
                    "created_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                    "kind": kind,
                    "application": {"name": APP_NAME, "version": __version__},
                    "source": {
                        "database": d.display_name(url),
                        "dialect": make_url(url).get_backend_name(),
                        "schema_version": schema[0] if schema else None,
                        "pg_dump": None if path is not None else pg_dump_command(url),
                    },
                    **extra,
                    "members": listed,
                }
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        if progress:
            progress(total, total)
        return target
    finally:
        if snapshot is not None:
            for p in (snapshot, *(Path(f"{snapshot}{side}") for side in ("-journal", "-wal", "-shm"))):
                p.unlink(missing_ok=True)


def copy_archive(archive: Path, folder: Path) -> Path:
    """Copy ``archive`` into ``folder`` under the same name (temporary name, sync, rename)."""
    target = folder / archive.name
    with atomic_write(target, make_folder=True, mode=0o600) as out, archive.open("rb") as src:
        shutil.copyfileobj(src, out.file, _CHUNK)
    return target


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest daily archives in ``folder`` beyond the newest ``keep``; manual ones stay."""
    daily = sorted((b for b in _backups_in(folder) if b.kind == "daily"), key=lambda b: b.made_at, reverse=True)
    removed = []
    for b in daily[max(keep, 1):]:
        try:
            b.path.unlink()
            removed.append(b.path)
        except OSError as exc:
            log.warning("Could not delete the old backup %s: %s", b.path, exc)
    return removed


def daily_backup_due(url: str, today: dt.date | None = None) -> bool:
    """True when daily backups are on and this database has no daily backup from today in the data folder."""
    if BackupSettings.load().keep <= 0:
        return False
    today = today or dt.date.today()
    return not any(b.kind == "daily" and b.made_at.date() == today for b in _backups_in(backup_folder(url)))


def second_folder_missing(folder: Path) -> DomainError:
    return DomainError(msg(
        "The second backup folder {folder} is not there (is the USB stick plugged in?); the backup is in "
        "the data folder only.", folder=str(folder),
    ))


# --- Checking an archive and putting it back ---------------------------------------------------------


@dataclass
class CheckedArchive:
    """An archive whose every member matched its manifest, extracted into ``staging``."""

    archive: Path
    staging: Path
    manifest: dict[str, Any]
    database: Path | None
    keys: list[tuple[str, Path]]
    evidence: Path | None
    checkpoint: Path | None

    @property
    def created_at(self) -> str:
        return str(self.manifest.get("created_at", ""))

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


def _refuse(archive: Path, reason: Any) -> BackupError:
    return BackupError(msg("{archive} cannot be restored: {reason} Nothing was changed.",
                           archive=str(archive), reason=reason))


def _safe_member(name: str, role: str) -> bool:
    if role not in ROLES or not name.startswith(ROLES[role]) or "\\" in name or "\x00" in name:
        return False
    p = PurePosixPath(name)
    if p.is_absolute() or any(part in ("", ".", "..") for part in name.split("/")):
        return False
    if role == "database":
        return len(p.parts) == 2 and p.suffix == ".sqlite3"
    if role == "checkpoint":
        return len(p.parts) == 2
    return len(p.parts) >= 2


def read_manifest(archive: Path) -> dict[str, Any]:
    """The manifest of ``archive``, checked for shape (raises BackupError for anything else)."""
    try:
        zf = zipfile.ZipFile(archive)
    except FileNotFoundError as exc:
        raise BackupError(msg("There is no file {archive}.", archive=str(archive))) from exc
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _refuse(archive, msg("it is not a SkillAssess backup (not a zip archive).")) from exc
    with zf:
        try:
            info = zf.getinfo(MANIFEST)
        except KeyError as exc:
            raise _refuse(archive, msg("it is not a SkillAssess backup (it has no manifest).")) from exc
        if info.file_size > MAX_MANIFEST_BYTES:
            raise _refuse(archive, msg("its manifest is too large."))
        try:
            doc = json.loads(zf.read(info))
        except (zipfile.BadZipFile, zlib.error, ValueError, OSError) as exc:
            raise _refuse(archive, msg("its manifest is damaged.")) from exc
    if not isinstance(doc, dict) or doc.get("format") != ARCHIVE_FORMAT:
        raise _refuse(archive, msg("it is not a SkillAssess backup."))
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _refuse(archive, msg("its manifest is damaged."))
    if version > ARCHIVE_VERSION:
        raise _refuse(archive, msg("it was made by a newer version of SkillAssess; install that version."))
    members = doc.get("members")
    if not isinstance(members, list) or len(members) > MAX_MEMBERS:
        raise _refuse(archive, msg("its manifest is damaged."))
    for m in members:
        if not (isinstance(m, dict) and isinstance(m.get("name"), str) and isinstance(m.get("role"), str)
                and isinstance(m.get("size"), int) and not isinstance(m.get("size"), bool) and m["size"] >= 0
                and isinstance(m.get("sha256"), str) and re.fullmatch(r"[0-9a-f]{64}", m["sha256"])):
            raise _refuse(archive, msg("its manifest is damaged."))
        if not _safe_member(m["name"], m["role"]):
            raise _refuse(archive, msg("it names a file outside its own folders ({name}).", name=m["name"][:200]))
    return doc


def check_archive(archive: Path, staging_parent: Path, progress: ProgressFn | None = None,
                  cancelled: Callable[[], bool] | None = None) -> CheckedArchive:
    """Check every member of ``archive`` against its manifest while extracting it under a new folder
    in ``staging_parent``, then run SQLite's full integrity check on the extracted database.

    Nothing outside the new staging folder is touched; on any failure it is removed and
    BackupError (or DatabaseDamagedError) says what is wrong.
    """
    manifest = read_manifest(archive)
    members = manifest["members"]
    names = [m["name"] for m in members]
    if len(set(names)) != len(names) or sum(m["role"] == "database" for m in members) > 1 \
            or sum(m["role"] == "checkpoint" for m in members) > 1:
        raise _refuse(archive, msg("its manifest is damaged."))
    for m in members:
        if m["role"] == "key" and m["size"] > MAX_KEY_BYTES:
            raise _refuse(archive, msg("{name} is too large for a key file.", name=m["name"]))
    needed = sum(m["size"] for m in members)
    try:
        free = shutil.disk_usage(staging_parent).free
    except OSError:
        free = needed
    if needed * 1.05 > free:
        raise _refuse(archive, msg("restoring it needs {need} MB free in {folder}, and there are {free} MB.",
                                   need=needed // 2**20 + 1, folder=str(staging_parent), free=free // 2**20))
    staging = Path(tempfile.mkdtemp(dir=staging_parent, prefix=".restore-"))
    try:
        extracted = _extract(archive, manifest, staging, scaled_progress(progress, 0, 500, 1000))
        database = extracted.get("database")
        if database is not None:
            result = integrity.full_check(database[1], scaled_progress(progress, 500, 500, 1000), cancelled)
            if result.damaged:
                raise _refuse(archive, msg("the database in it is damaged (SQLite's integrity check failed)."))
            try:
                state = _schema_state(database[1], archive)
            except DomainError as exc:
                raise _refuse(archive, exc.message) from exc
            if state == "empty":
                raise _refuse(archive, msg("the database in it is empty."))
        elif progress:
            progress(1000, 1000)
        return CheckedArchive(
            archive=archive, staging=staging, manifest=manifest,
            database=database[1] if database else None,
            keys=[(rel, p) for rel, p in extracted_keys(staging)],
            evidence=(staging / "evidence") if (staging / "evidence").is_dir() else None,
            checkpoint=extracted["checkpoint"][1] if "checkpoint" in extracted else None,
        )
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _schema_state(path: Path, archive: Path) -> str:
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with engine.connect() as conn:
            return migrate.schema_state(conn, str(archive))
    finally:
        engine.dispose()


def extracted_keys(staging: Path) -> list[tuple[str, Path]]:
    return _files_under(staging / "keys")


def _extract(archive: Path, manifest: dict[str, Any], staging: Path,
             report: Callable[[int, int], None] | None) -> dict[str, tuple[str, Path]]:
    members = {m["name"]: m for m in manifest["members"]}
    total = sum(m["size"] for m in members.values()) or 1
    done = 0
    single: dict[str, tuple[str, Path]] = {}
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse(archive, msg("it is not a SkillAssess backup (not a zip archive).")) from exc
    with zf:
        infos = zf.infolist()
        in_zip = [i.filename for i in infos]
        if len(set(in_zip)) != len(in_zip):
            raise _refuse(archive, msg("it holds the same file twice."))
        extra = set(in_zip) - set(members) - {MANIFEST}
        if extra:
            raise _refuse(archive, msg("it holds files its manifest does not list ({name}).",
                                       name=min(extra)[:200]))
        missing = set(members) - set(in_zip)
        if missing:
            raise _refuse(archive, msg("files listed in its manifest are missing ({name}).", name=min(missing)))
        for info in infos:
            if info.filename == MANIFEST:
                continue
            m = members[info.filename]
            if m["role"] == "database":
                target = staging / "database" / PurePosixPath(m["name"]).name
            else:
                target = staging.joinpath(*PurePosixPath(m["name"]).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            h = hashlib.sha256()
            size = 0
            try:
                with zf.open(info) as src, target.open("wb") as out:
                    while chunk := src.read(_CHUNK):
                        size += len(chunk)
                        if size > m["size"]:
                            raise _refuse(archive, msg("{name} is larger than its manifest says.", name=m["name"]))
                        h.update(chunk)
                        out.write(chunk)
                        done += len(chunk)
                        if report:
                            report(done, total)
            except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                raise _refuse(archive, msg("{name} in it is damaged (the zip check failed).", name=m["name"])) from exc
            if size != m["size"] or h.hexdigest() != m["sha256"]:
                raise _refuse(archive, msg("{name} in it was changed after the backup was made (its SHA-256 "
                                           "differs from the manifest).", name=m["name"]))
            if m["role"] in ("database", "checkpoint"):
                single[m["role"]] = (m["name"], target)
    return single


@dataclass
class RestoreResult:
    database: Path | None
    kept: Path | None = None
    kept_keys: Path | None = None
    keys_restored: int = 0
    evidence_files: int = 0


def fold_wal(path: Path) -> None:
    """Leave a closed database as one file: its -wal folded in, journal mode DELETE."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        conn.close()


def _quiesce(path: Path) -> None:
    """Fold the -wal into the file and leave it without one, or refuse when another program has it open.

    A damaged file is left exactly as it is (it is moved aside with its -wal, for a technician).
    """
    if integrity.quick_check(path, None).ok is not True:
        return
    try:
        conn = sqlite3.connect(path, timeout=2)
    except sqlite3.DatabaseError:
        return
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupError(msg(
                "{path} is open in SkillAssess or another program: close it there, then restore again. "
                "Nothing was changed.", path=str(path))) from exc
        return  # damaged: it is moved aside as it is, with its -wal
    except sqlite3.DatabaseError:
        return
    finally:
        conn.close()
    if str(mode).lower() != "delete":
        raise BackupError(msg("{path} is open in SkillAssess or another program: close it there, then restore "
                              "again. Nothing was changed.", path=str(path)))


def _move(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(src, dst)
    except OSError:
        shutil.move(str(src), str(dst))


def install(checked: CheckedArchive, url: str) -> RestoreResult:
    """Put the checked archive's files in place for the database at ``url``; keep what they replace.

    The database file goes in last but one step, by one rename; the database it replaces is kept
    beside it as ``<name>-replaced-<date-time>.sqlite3`` with its -wal, evidence folder and
    checkpoint, and a copy of the keys folder as it was (``….keys``).
    """
    d = _urls()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = d.sqlite_path(url)
    result = RestoreResult(database=path)
    if path is not None:
        if checked.database is None:
            raise _refuse(checked.archive, msg("it holds no database (it was made from a PostgreSQL database)."))
        if not path.parent.is_dir():
            raise BackupError(msg("The folder {folder} does not exist.", folder=str(path.parent)))
        staged = path.with_name(f".{path.name}.restoring-{stamp}")
        _move(checked.database, staged)  # a rename: the staging folder is beside the database
        try:
            if path.exists():
                _quiesce(path)
                kept = path.with_name(f"{path.stem}-replaced-{stamp}{path.suffix}")
                try:
                    os.link(path, kept)  # the name keeps pointing at a whole database throughout
                except OSError:
                    os.replace(path, kept)
                for side in ("-wal", "-journal"):
                    s = Path(f"{path}{side}")
                    if s.exists() and s.stat().st_size > 0:
                        os.replace(s, Path(f"{kept}{side}"))
                    s.unlink(missing_ok=True)
                Path(f"{path}-shm").unlink(missing_ok=True)
                result.kept = kept
            os.replace(staged, path)
            _fsync_dir(path.parent)
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        evidence = d.evidence_path(path)
        if evidence.exists():
            _move(evidence, d.evidence_path(result.kept) if result.kept else
                  evidence.with_name(f"{evidence.name}.replaced-{stamp}"))
        if checked.evidence is not None:
            result.evidence_files = len(_files_under(checked.evidence))
            _move(checked.evidence, evidence)
    elif checked.database is not None:
        raise _refuse(checked.archive, msg("it holds a SQLite database; restore it into a file with: "
                                           "skillassess --db FILE restore ARCHIVE."))
    checkpoint = d.checkpoint_path(url)
    if checkpoint.exists():
        _move(checkpoint, d.checkpoint_path(d.sqlite_url(result.kept)) if result.kept else
              checkpoint.with_name(f"{checkpoint.name}.replaced-{stamp}"))
    if checked.checkpoint is not None:
        _move(checked.checkpoint, checkpoint)
    result.kept_keys = _restore_keys(checked, result.kept, stamp)
    result.keys_restored = len(checked.keys)
    return result


def _restore_keys(checked: CheckedArchive, kept: Path | None, stamp: str) -> Path | None:
    """Write the archive's key files into the keys folder; what they replace is kept beside."""
    folder = keys_dir()
    current = {rel: p for rel, p in _files_under(folder)}
    changed = [rel for rel, p in checked.keys if rel in current and current[rel].read_bytes() != p.read_bytes()]
    saved: Path | None = None
    if kept is not None and current:
        saved = kept.with_name(kept.name + ".keys")
        shutil.copytree(folder, saved, symlinks=False)
    elif changed:
        saved = data_dir() / f"keys-replaced-{stamp}"
        for rel in changed:
            (saved / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(current[rel], saved / rel)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    for rel, p in checked.keys:
        _write_atomically(folder.joinpath(*rel.split("/")), p.read_bytes(), mode=0o600)
    return saved
