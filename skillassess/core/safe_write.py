"""Every file SkillAssess writes is written whole or not at all.

The bytes go to a temporary file in the target's own folder (``.<name>.partial-<random>``, hidden, and
the same file system, so the rename is atomic), are flushed and fsynced, and the temporary is renamed
over the target; on POSIX the folder is fsynced too, so the rename itself survives a power cut. Until
the rename, a reader (or a crash) sees the old file or no file, never a half-written one; on any
failure the temporary is removed. An OSError becomes a FileWriteError with one plain sentence that
names the file ("Cannot write D:\\results.xlsx: the disk is full.").

One file, written now::

    write_file(path, data)

A library that writes the file itself, or a stream::

    with atomic_write(path) as out:
        workbook.save(out.temp)          # a writer that takes a path
        # or: zipfile.ZipFile(out.file, "w") ...   a writer that takes a file object

Written now, published after the commit (a certificate PDF: a file only for a committed change, and
a file that cannot be written changes nothing)::

    with atomic_write(path) as out:
        db.write(lambda s: out.write(render(issue(s))))   # written and synced inside the transaction
    # renamed into place here, after the commit; if db.write raised, nothing appears

``out.write`` sets the whole content (a transaction run again writes it again, not twice).
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import secrets
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from skillassess.core.errors import DomainError, ValidationError
from skillassess.core.messages import Message, msg

PARTIAL = ".partial-"  # in the name of every temporary: ``.<name>.partial-<random>``
STALE_AFTER = 24 * 3600  # seconds: a temporary this old was left by a writer that was killed


class FileWriteError(ValidationError):
    """A file could not be written (nothing of it was left behind); ``reason`` says why."""

    def __init__(self, message: str | Message, path: Path, reason: str | Message = "") -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason


def _reason(exc: OSError) -> str | Message:
    """Why a write failed, in words a user can act on (the system's own words for the rare cases)."""
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", None):
        return msg("the disk is full")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return msg("permission denied; choose another folder")
    if exc.errno == errno.EROFS:
        return msg("the disk is read-only")
    if exc.errno == errno.ENAMETOOLONG:
        return msg("the name is too long")
    return exc.strerror or type(exc).__name__


def write_error(path: Path, exc: OSError) -> FileWriteError:
    """The FileWriteError for ``exc`` raised while writing ``path``."""
    reason = _reason(exc)
    return FileWriteError(msg("Cannot write {path}: {reason}.", path=str(path), reason=reason), path, reason)


def make_folder(folder: Path) -> None:
    """``folder`` (and its parents) made when missing, or one sentence saying why it cannot be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DomainError(
            msg("The folder {folder} cannot be made: {reason}", folder=str(folder), reason=exc.strerror)
        ) from exc


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows journals renames itself, and some file systems
    cannot open a folder: then the rename is done but not forced to disk)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class AtomicFile:
    """A file being written beside ``path`` under a temporary name; see ``atomic_write``.

    Fill it one way: ``write(data)`` (the whole content, synced at once), ``file`` (an open binary
    stream), or ``temp`` (the path, for a library that opens the file itself).
    """

    def __init__(self, path: Path, temp: Path, file: BinaryIO) -> None:
        self.path = path
        self.temp = temp
        self.file = file
        self.discarded = False

    def write(self, data: bytes) -> None:
        """Make ``data`` the whole content and sync it to disk now (a second call replaces the first)."""
        try:
            self.file.seek(0)
            self.file.truncate()
            self.file.write(data)
            self.file.flush()
            os.fsync(self.file.fileno())
        except OSError as exc:
            raise write_error(self.path, exc) from exc

    def discard(self) -> None:
        """Publish nothing: the temporary is removed at the end of the ``with`` block."""
        self.discarded = True


def _create_temp(path: Path, mode: int) -> tuple[Path, BinaryIO]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = path.with_name(f".{path.name}{PARTIAL}{secrets.token_hex(4)}")
        try:
            fd = os.open(temp, flags, mode)
        except FileExistsError:
            continue
        return temp, os.fdopen(fd, "w+b")
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path))


def _remove_stale(path: Path) -> None:
    """Remove temporaries of ``path`` left by a writer that was killed (a day old: none is still being written)."""
    limit = time.time() - STALE_AFTER
    with contextlib.suppress(OSError):
        for old in path.parent.glob(f".{glob.escape(path.name)}{PARTIAL}*"):
            with contextlib.suppress(OSError):
                if old.stat().st_mtime < limit:
                    old.unlink()


def _publish(out: AtomicFile, mode: int | None, exclusive: bool, folder_sync: bool) -> None:
    out.file.flush()
    os.fsync(out.file.fileno())  # also what a library wrote through a handle of its own: same file
    out.file.close()
    if mode is not None:
        os.chmod(out.temp, mode)
    if exclusive:
        try:
            os.link(out.temp, out.path)  # fails if the name exists; never replaces a file
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links (FAT)
            if out.path.exists():
                raise FileExistsError(errno.EEXIST, "File exists", str(out.path)) from None
            os.replace(out.temp, out.path)
        else:
            out.temp.unlink()
    else:
        os.replace(out.temp, out.path)
    if folder_sync:
        sync_folder(out.path.parent)


def _about_target(exc: OSError, out: AtomicFile) -> bool:
    """Whether an OSError raised by the caller's own writing concerns this file (not a file it read)."""
    return exc.filename is None or Path(exc.filename) in (out.temp, out.path)


@contextlib.contextmanager
def atomic_write(
    path: Path | str,
    *,
    mode: int | None = None,
    exclusive: bool = False,
    make_folder: bool = False,
    folder_sync: bool = True,
    before_publish: Callable[[], None] | None = None,
) -> Iterator[AtomicFile]:
    """Write ``path`` whole or not at all: it appears (or is replaced) when the ``with`` block ends normally.

    ``mode``: the file's permissions (default: as a new file, by the umask). ``exclusive``: never replace
    an existing file (FileExistsError, as it is, if there is one). ``make_folder``: create a missing folder
    instead of refusing. ``folder_sync=False`` skips the folder's fsync (a file rewritten after every change, where
    a power cut may keep the previous version). ``before_publish`` runs when the content is complete, just
    before the rename (to record the export in the audit log, say); if it raises, nothing appears.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if make_folder:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise write_error(path, exc) from exc
    elif not folder.is_dir():
        raise FileWriteError(
            msg(
                "Cannot write {path}: the folder {folder} does not exist; choose another folder.",
                path=str(path),
                folder=str(folder),
            ),
            path,
            msg("the folder does not exist"),
        )
    try:
        temp, file = _create_temp(path, 0o666 if mode is None else mode)
    except OSError as exc:
        raise write_error(path, exc) from exc
    out = AtomicFile(path, temp, file)
    try:
        _remove_stale(path)
        try:
            yield out
        except OSError as exc:
            if not _about_target(exc, out):
                raise
            raise write_error(path, exc) from exc
        if out.discarded:
            return
        if before_publish is not None:
            before_publish()
        try:
            _publish(out, mode, exclusive, folder_sync)
        except OSError as exc:
            if exclusive and isinstance(exc, FileExistsError):
                raise  # the caller decides (another process made the same key first, say)
            raise write_error(path, exc) from exc
    finally:
        out.file.close()
        with contextlib.suppress(OSError):
            out.temp.unlink(missing_ok=True)


def write_file(
    path: Path | str,
    data: bytes,
    *,
    mode: int | None = None,
    exclusive: bool = False,
    make_folder: bool = False,
    folder_sync: bool = True,
) -> None:
    """Write ``data`` to ``path`` whole or not at all (the options as for ``atomic_write``)."""
    with atomic_write(path, mode=mode, exclusive=exclusive, make_folder=make_folder, folder_sync=folder_sync) as out:
        out.write(data)
