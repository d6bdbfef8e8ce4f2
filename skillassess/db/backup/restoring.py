"""Restoring a backup: every member of an archive checked against its manifest while it is extracted aside,
then its files put in place of the database's, keeping what they replace."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from skillassess.core.errors import DomainError
from skillassess.core.messages import msg
from skillassess.db import integrity, migrate
from skillassess.db.backup.writing import (
    ARCHIVE_FORMAT,
    ARCHIVE_VERSION,
    CHUNK,
    MANIFEST,
    ROLES,
    BackupError,
    ProgressFn,
    database_module,
    files_under,
    fsync_dir,
    scaled_progress,
    write_atomically,
)
from skillassess.db.paths import data_dir, keys_dir

# Limits checked before anything is extracted: a hostile archive cannot fill the disk or memory.
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 1_000_000
MAX_KEY_BYTES = 1024 * 1024


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
    return BackupError(
        msg("{archive} cannot be restored: {reason} Nothing was changed.", archive=str(archive), reason=reason)
    )


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
        if not (
            isinstance(m, dict)
            and isinstance(m.get("name"), str)
            and isinstance(m.get("role"), str)
            and isinstance(m.get("size"), int)
            and not isinstance(m.get("size"), bool)
            and m["size"] >= 0
            and isinstance(m.get("sha256"), str)
            and re.fullmatch(r"[0-9a-f]{64}", m["sha256"])
        ):
            raise _refuse(archive, msg("its manifest is damaged."))
        if not _safe_member(m["name"], m["role"]):
            raise _refuse(archive, msg("it names a file outside its own folders ({name}).", name=m["name"][:200]))
    return doc


def check_archive(
    archive: Path, staging_parent: Path, progress: ProgressFn | None = None, cancelled: Callable[[], bool] | None = None
) -> CheckedArchive:
    """Check every member of ``archive`` against its manifest while extracting it under a new folder
    in ``staging_parent``, then run SQLite's full integrity check on the extracted database.

    Nothing outside the new staging folder is touched; on any failure it is removed and
    BackupError (or DatabaseDamagedError) says what is wrong.
    """
    manifest = read_manifest(archive)
    members = manifest["members"]
    names = [m["name"] for m in members]
    if (
        len(set(names)) != len(names)
        or sum(m["role"] == "database" for m in members) > 1
        or sum(m["role"] == "checkpoint" for m in members) > 1
    ):
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
        raise _refuse(
            archive,
            msg(
                "restoring it needs {need} MB free in {folder}, and there are {free} MB.",
                need=needed // 2**20 + 1,
                folder=str(staging_parent),
                free=free // 2**20,
            ),
        )
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
            archive=archive,
            staging=staging,
            manifest=manifest,
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
    return files_under(staging / "keys")


def _extract(
    archive: Path, manifest: dict[str, Any], staging: Path, report: Callable[[int, int], None] | None
) -> dict[str, tuple[str, Path]]:
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
            raise _refuse(archive, msg("it holds files its manifest does not list ({name}).", name=min(extra)[:200]))
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
                    while chunk := src.read(CHUNK):
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
                raise _refuse(
                    archive,
                    msg(
                        "{name} in it was changed after the backup was made (its SHA-256 differs from the manifest).",
                        name=m["name"],
                    ),
                )
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
            raise BackupError(
                msg(
                    "{path} is open in SkillAssess or another program: close it there, then restore again. "
                    "Nothing was changed.",
                    path=str(path),
                )
            ) from exc
        return  # damaged: it is moved aside as it is, with its -wal
    except sqlite3.DatabaseError:
        return
    finally:
        conn.close()
    if str(mode).lower() != "delete":
        raise BackupError(
            msg(
                "{path} is open in SkillAssess or another program: close it there, then restore "
                "again. Nothing was changed.",
                path=str(path),
            )
        )


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
    d = database_module()
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
            fsync_dir(path.parent)
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        evidence = d.evidence_path(path)
        if evidence.exists():
            _move(
                evidence,
                d.evidence_path(result.kept)
                if result.kept
                else evidence.with_name(f"{evidence.name}.replaced-{stamp}"),
            )
        if checked.evidence is not None:
            result.evidence_files = len(files_under(checked.evidence))
            _move(checked.evidence, evidence)
    elif checked.database is not None:
        raise _refuse(
            checked.archive,
            msg("it holds a SQLite database; restore it into a file with: skillassess --db FILE restore ARCHIVE."),
        )
    checkpoint = d.checkpoint_path(url)
    if checkpoint.exists():
        _move(
            checkpoint,
            d.checkpoint_path(d.sqlite_url(result.kept))
            if result.kept
            else checkpoint.with_name(f"{checkpoint.name}.replaced-{stamp}"),
        )
    if checked.checkpoint is not None:
        _move(checked.checkpoint, checkpoint)
    result.kept_keys = _restore_keys(checked, result.kept, stamp)
    result.keys_restored = len(checked.keys)
    return result


def _restore_keys(checked: CheckedArchive, kept: Path | None, stamp: str) -> Path | None:
    """Write the archive's key files into the keys folder; what they replace is kept beside."""
    folder = keys_dir()
    current = dict(files_under(folder))
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
        write_atomically(folder.joinpath(*rel.split("/")), p.read_bytes(), mode=0o600)
    return saved
