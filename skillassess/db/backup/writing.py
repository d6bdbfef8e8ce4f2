"""Writing a backup archive: the database copied from one read snapshot, the keys, the evidence and the
checkpoint, each listed in the manifest with its SHA-256; also the plain copy made before an upgrade.

An archive is written under a temporary name, synced, then renamed: a crash or a SIGKILL never
leaves a partial archive under the final name. PostgreSQL databases are not copied (the manifest
gives the exact pg_dump command); keys and checkpoint still are.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from skillassess import APP_NAME, __version__
from skillassess.core.errors import DomainError
from skillassess.core.messages import msg
from skillassess.core.safe_write import PARTIAL as PARTIAL
from skillassess.core.safe_write import atomic_write, sync_folder, write_file
from skillassess.db import integrity
from skillassess.db.paths import keys_dir

ARCHIVE_FORMAT = "skillassess-backup"
ARCHIVE_VERSION = 1
MANIFEST = "manifest.json"
ROLES = {"database": "database/", "key": "keys/", "evidence": "evidence/", "checkpoint": "checkpoint/"}
CHUNK = 1024 * 1024
SNAPSHOT = ".snapshot-"

# progress(done, total): called as the work goes on; it may raise to cancel (the GUI's Progress does).
ProgressFn = Callable[[int, int], None]


class BackupError(DomainError):
    """A backup cannot be written, or an archive cannot be restored; the message says why."""


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


def database_module() -> Any:
    from skillassess.db import database  # database.py imports this module lazily, and this one it

    return database


def fsync_dir(folder: Path) -> None:
    sync_folder(folder)


def write_atomically(target: Path, data: bytes, mode: int | None = None) -> None:
    write_file(target, data, mode=0o600 if mode is None else mode, make_folder=True)


def files_under(root: Path) -> list[tuple[str, Path]]:
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
            if p.name.startswith(".") and (PARTIAL in p.name or SNAPSHOT in p.name):
                yield p
    except OSError:
        return


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


def scaled_progress(
    progress: ProgressFn | None, start: int, span: int, total: int
) -> Callable[[int, int], None] | None:
    """``progress`` for one part of a longer job: ``done`` of ``whole`` becomes ``start`` + that share of ``span``."""
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
    d = database_module()
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
            snapshot = target.parent / f".{target.name}{SNAPSHOT}{os.getpid()}"
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
            for rel, p in files_under(d.evidence_path(path)):
                members.append(_Member(f"evidence/{rel}", "evidence", p))
        else:
            schema, extra = None, {}
        for rel, p in files_under(keys_dir()):
            members.append(_Member(f"keys/{rel}", "key", p))
        listed: list[dict[str, Any]] = []
        report = scaled_progress(progress, 300, 700, total)
        written, size_total = 0, sum(m.size for m in members) + (len(checkpoint_bytes or b""))
        # Temporary ".<name>.partial-…", synced, renamed, folder synced; for this account only (it holds the keys).
        with atomic_write(target, mode=0o600) as archive:
            with zipfile.ZipFile(
                archive.file, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1, allowZip64=True
            ) as zf:
                for m in members:
                    h = hashlib.sha256()
                    size = 0
                    info = zipfile.ZipInfo(m.name, date_time=dt.datetime.now().timetuple()[:6])
                    info.compress_type = zipfile.ZIP_DEFLATED
                    with m.source.open("rb") as src, zf.open(info, "w", force_zip64=m.size > 2**31) as out:
                        while chunk := src.read(CHUNK):
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
                    listed.append(
                        {
                            "name": name,
                            "role": "checkpoint",
                            "size": len(checkpoint_bytes),
                            "sha256": hashlib.sha256(checkpoint_bytes).hexdigest(),
                        }
                    )
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
        shutil.copyfileobj(src, out.file, CHUNK)
    return target
