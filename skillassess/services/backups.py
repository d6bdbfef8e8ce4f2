"""Backing up, checking and restoring a database: the use cases behind `skillassess backup`,
`restore` and `check` and the application's File and Tools menus. The files themselves are
handled by the skillassess/db/backup package; this module adds the audit chain and who may do what.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from skillassess.core.enums import Role
from skillassess.core.errors import DatabaseDamagedError, DomainError
from skillassess.core.messages import Message, msg
from skillassess.core.safe_write import FileWriteError, write_file
from skillassess.db import integrity
from skillassess.db.backup import places, restoring, writing
from skillassess.db.backup.places import BackupSettings
from skillassess.db.backup.restoring import CheckedArchive, RestoreResult
from skillassess.db.backup.writing import BackupError, BackupResult
from skillassess.db.database import (
    Database,
    checkpoint_path,
    damaged_error,
    display_name,
    no_database_error,
    open_database,
    sqlite_path,
    sqlite_url,
)
from skillassess.db.paths import data_dir, demo_database_path
from skillassess.services.audit_verification import AuditReport, verify
from skillassess.services.context import Actor
from skillassess.services.info import DatabaseInfo, database_info

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]


def require_backup_role(actor: Actor) -> None:
    """Backups hold every candidate's data and the signing key: administrators make and restore them."""
    actor.require(Role.ADMINISTRATOR, action="back up or restore the database")


def _describe(snapshot: Path) -> dict[str, Any]:
    """Counts of the copy itself, for the manifest (the restore confirmation shows them)."""
    engine = create_engine(f"sqlite:///file:{snapshot}?mode=ro&uri=true")
    try:
        with Session(engine) as s:
            info = database_info(s)
    finally:
        engine.dispose()
    return {"summary": {"schema_version": info.schema_version, "counts": info.counts}}


def make_backup(
    db: Database, target: Path | None = None, *, kind: str = "manual", progress: ProgressFn | None = None
) -> BackupResult:
    """Write a backup archive of ``db``; without ``target``, into its backup folder (and the second one).

    Raises DatabaseDamagedError when the database is damaged (no archive is written, and no older
    backup is rotated away).
    """
    url = db.url
    settings = BackupSettings.load()
    managed = target is None
    if target is None:
        folder = places.backup_folder(url)
        folder.mkdir(parents=True, exist_ok=True)
        writing.remove_stale_temporaries(folder)
        target = folder / places.archive_name(url, dt.datetime.now(), kind)
        n = 1
        while target.exists():  # two backups in the same second
            target = folder / places.archive_name(url, dt.datetime.now() + dt.timedelta(seconds=n), kind)
            n += 1
    elif target.is_dir():
        target = target / places.archive_name(url, dt.datetime.now(), kind)
    try:
        writing.write_archive(url, target, kind=kind, describe=_describe, progress=progress)
    except (OSError, FileWriteError) as exc:  # disk full, a read-only folder, a stick pulled out
        raise BackupError(
            msg(
                "The backup could not be written to {folder} ({reason}); nothing was kept of it.",
                folder=str(target.parent),
                reason=_why(exc),
            )
        ) from exc
    result = BackupResult(archive=target, pg_dump=None if db.file_path else writing.pg_dump_command(url))
    if managed:
        result.removed += places.rotate(target.parent, settings.keep)
        _copy_to_second_folder(url, settings, target, result)
    return result


def _copy_to_second_folder(url: str, settings: BackupSettings, archive: Path, result: BackupResult) -> None:
    second = places.second_backup_folder(url, settings)
    if second is None or settings.second_folder is None:
        return
    if not settings.second_folder.is_dir():
        result.warnings.append(places.second_folder_missing(settings.second_folder))
        result.second_folder_missing = settings.second_folder
        return
    try:
        writing.remove_stale_temporaries(second)
        result.copies.append(writing.copy_archive(archive, second))
        result.removed += places.rotate(second, settings.keep)
    except (OSError, FileWriteError) as exc:
        log.warning("Copy of %s to %s failed: %s", archive, second, exc)
        result.warnings.append(
            DomainError(
                msg(
                    "The backup could not be copied to the second folder {folder} ({reason}); it is in the data "
                    "folder only.",
                    folder=str(second),
                    reason=_why(exc),
                )
            )
        )


def _why(exc: OSError | FileWriteError) -> str | Message:
    return exc.reason if isinstance(exc, FileWriteError) else exc.strerror or type(exc).__name__


def daily_backup_wanted(db: Database) -> bool:
    """Whether this start is the first of the day for ``db`` (and daily backups are on)."""
    path = db.file_path
    if path is not None and path == demo_database_path():
        return False  # the demo database is rebuilt at will; its backups would only fill the disk
    return places.daily_backup_due(db.url)


def daily_backup(db: Database, progress: ProgressFn | None = None) -> BackupResult | None:
    """The automatic backup on the first start of the day, keeping the newest N; None when not due."""
    if not daily_backup_wanted(db):
        return None
    return make_backup(db, kind="daily", progress=progress)


@dataclass
class CheckedBackup:
    """An archive that passed every check, extracted and ready to be put in place."""

    files: CheckedArchive
    info: DatabaseInfo | None
    audit: AuditReport | None  # the log, the data against it and its checkpoint

    @property
    def created_at(self) -> str:
        """When the backup was made, as local date and time (YYYY-MM-DD HH:MM)."""
        try:
            return dt.datetime.fromisoformat(self.files.created_at).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return self.files.created_at

    @property
    def source(self) -> str:
        return str(self.files.manifest.get("source", {}).get("database", ""))

    def discard(self) -> None:
        self.files.discard()


def check_backup(
    archive: Path, url: str, progress: ProgressFn | None = None, cancelled: Callable[[], bool] | None = None
) -> CheckedBackup:
    """Check ``archive`` completely before anything is replaced: zip checksums, each member's SHA-256
    against the manifest, SQLite's integrity check on the extracted database, and its audit chain
    (with the archived checkpoint beside it). Raises BackupError naming the first problem."""
    path = sqlite_path(url)
    staging_parent = path.parent if path is not None else data_dir()
    if path is not None and not path.parent.is_dir():
        raise BackupError(msg("The folder {folder} does not exist.", folder=str(path.parent)))
    report = writing.scaled_progress(progress, 0, 800, 1000)
    checked = restoring.check_archive(archive, staging_parent, report, cancelled)
    try:
        info: DatabaseInfo | None = None
        chain: AuditReport | None = None
        if checked.database is not None:
            staged_url = sqlite_url(checked.database)
            if checked.checkpoint is not None:  # where verification looks for it
                write_file(checkpoint_path(staged_url), checked.checkpoint.read_bytes())
            try:
                staged = open_database(staged_url, create=False)  # an older schema is upgraded here, in the copy
            except DomainError as exc:
                raise BackupError(
                    msg(
                        "{archive} cannot be restored: {reason} Nothing was changed.",
                        archive=str(archive),
                        reason=exc.message,
                    )
                ) from exc
            try:
                with staged.session() as s:
                    chain = verify(s)
                    info = database_info(s)
            finally:
                staged.dispose()
            checkpoint_path(staged_url).unlink(missing_ok=True)
            restoring.fold_wal(checked.database)
            if not chain.intact:
                raise BackupError(
                    msg(
                        "{archive} cannot be restored: its audit log is broken ({problem}). Nothing was changed.",
                        archive=str(archive),
                        problem=chain.message,
                    )
                )
        if progress:
            progress(1000, 1000)
        return CheckedBackup(checked, info, chain)
    except BaseException:
        checked.discard()
        raise


def restore_backup(checked: CheckedBackup, url: str) -> RestoreResult:
    """Put a checked backup in place of the database at ``url`` (which must not be open), keeping
    the database, evidence, checkpoint and keys it replaces."""
    try:
        return restoring.install(checked.files, url)
    except OSError as exc:  # a file held open by another program (Windows), a full disk
        raise BackupError(
            msg(
                "The backup could not be put in place ({reason}). Close SkillAssess everywhere "
                "the database is open and try again.",
                reason=exc.strerror or type(exc).__name__,
            )
        ) from exc
    finally:
        checked.discard()


def check_database(
    url: str, progress: ProgressFn | None = None, cancelled: Callable[[], bool] | None = None
) -> integrity.CheckResult:
    """SQLite's whole integrity check of the database file at ``url``, read-only (works on a damaged file)."""
    path = sqlite_path(url)
    if path is None:
        raise DomainError(
            msg(
                "The check is for SQLite database files; for {name}, use the server's own tools (pg_amcheck).",
                name=display_name(url),
            )
        )
    if not path.is_file() or path.stat().st_size == 0:
        raise no_database_error(path, empty=path.is_file())
    with path.open("rb") as f:
        kind = integrity.header_kind(f.read(100))
    if kind == "damaged":
        return integrity.CheckResult(False, ["The file header is not a valid SQLite header."])
    if kind != "sqlite":
        raise DomainError(msg("{path} is not a SkillAssess database (it is not a SQLite file).", path=str(path)))
    existed = integrity.sidecars(path)
    result = integrity.full_check(path, progress, cancelled)
    if result.damaged:
        integrity.tidy_sidecars(path, existed)
    return result


def damaged_sentence(url: str, result: integrity.CheckResult) -> DatabaseDamagedError:
    """The damaged-database error for a failed check (pointing to the newest backup)."""
    path = sqlite_path(url)
    assert path is not None
    return damaged_error(path, result.problems)
