"""Where a database's backups go on this machine, how many are kept, and which archives are there."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from skillassess.core.errors import DomainError
from skillassess.core.messages import msg
from skillassess.db.backup.writing import BackupError, database_module, write_atomically
from skillassess.db.paths import data_dir

log = logging.getLogger(__name__)

SETTINGS_FILE = "backup-settings.json"
DEFAULT_KEEP = 7
MAX_KEEP = 365
ARCHIVE_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>daily|manual)\.zip$")


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
        write_atomically(self.path(), json.dumps(doc, indent=2).encode())


def backup_label(url: str) -> str:
    """The folder name of one database's backups: its name and a hash of its full location."""
    d = database_module()
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
    m = ARCHIVE_NAME.match(path.name)
    if not m:
        return None
    try:
        made = dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return BackupFile(path, made, m["kind"])


def backups_in(folder: Path | None) -> list[BackupFile]:
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
    files = backups_in(backup_folder(url)) + backups_in(second_backup_folder(url, settings))
    return sorted(files, key=lambda b: (b.made_at, b.path.parent == backup_folder(url)), reverse=True)


def newest_backup(url: str, settings: BackupSettings | None = None) -> BackupFile | None:
    backups = list_backups(url, settings)
    return backups[0] if backups else None


def archive_name(url: str, when: dt.datetime, kind: str) -> str:
    stem = backup_label(url).rsplit("-", 1)[0]
    return f"{stem}-{when.strftime('%Y%m%d-%H%M%S')}-{kind}.zip"


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest daily archives in ``folder`` beyond the newest ``keep``; manual ones stay."""
    daily = sorted((b for b in backups_in(folder) if b.kind == "daily"), key=lambda b: b.made_at, reverse=True)
    removed = []
    for b in daily[max(keep, 1) :]:
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
    return not any(b.kind == "daily" and b.made_at.date() == today for b in backups_in(backup_folder(url)))


def second_folder_missing(folder: Path) -> DomainError:
    return DomainError(
        msg(
            "The second backup folder {folder} is not there (is the USB stick plugged in?); the backup is in "
            "the data folder only.",
            folder=str(folder),
        )
    )
