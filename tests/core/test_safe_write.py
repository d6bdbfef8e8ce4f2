"""The one safe write: a file appears whole or not at all, the old one stays until then, no temporary is left."""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest

from skillassess.core import safe_write as sw
from skillassess.core.safe_write import FileWriteError, atomic_write, write_file


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if sw.PARTIAL in p.name)


def test_write_file_creates_and_replaces_with_no_temporary_left(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    write_file(target, b"first")
    write_file(target, b"second")
    assert target.read_bytes() == b"second"
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_new_files_follow_the_umask_and_keys_keep_their_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_file(tmp_path / "a.pdf", b"x")
        write_file(tmp_path / "k.pem", b"x", mode=0o600)
    finally:
        os.umask(old)
    assert (tmp_path / "a.pdf").stat().st_mode & 0o777 == 0o644  # readable by others, like any saved file
    assert (tmp_path / "k.pem").stat().st_mode & 0o777 == 0o600


def test_a_failure_mid_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "results.xlsx"
    target.write_bytes(b"old content")
    with pytest.raises(RuntimeError), atomic_write(target) as out:
        out.file.write(b"half of the new")
        raise RuntimeError("the export failed half-way")
    assert target.read_bytes() == b"old content"
    assert _leftovers(tmp_path) == []


def test_a_full_disk_is_one_sentence_naming_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "record.pdf"
    target.write_bytes(b"old")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sw.os, "fsync", full)  # the disk fills up as the data is forced out
    with pytest.raises(FileWriteError) as caught:
        write_file(target, b"new")
    assert str(caught.value) == f"Cannot write {target}: the disk is full."
    assert caught.value.path == target
    assert target.read_bytes() == b"old" and _leftovers(tmp_path) == []


def test_a_missing_folder_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "x.json"
    with pytest.raises(FileWriteError, match=r"the folder .*gone does not exist"):
        write_file(target, b"{}")
    write_file(target, b"{}", make_folder=True)  # settings and keys make their folder
    assert target.read_bytes() == b"{}"


def test_a_failing_rename_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "c.pdf"
    target.write_bytes(b"old")

    def locked(src: object, dst: object) -> None:  # Windows: the PDF is open in a viewer
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(sw.os, "replace", locked)
    with pytest.raises(FileWriteError, match="permission denied; choose another folder"):
        write_file(target, b"new")
    assert target.read_bytes() == b"old" and _leftovers(tmp_path) == []


def test_written_now_published_after_the_commit(tmp_path: Path) -> None:
    """The certificate's case: content written (and synced) inside the transaction, renamed after it."""
    target = tmp_path / "cert.pdf"
    with atomic_write(target) as out:
        out.write(b"first try")  # the transaction lost a race and ran again:
        out.write(b"second try")  # the content is replaced, not appended
        assert not target.exists()  # not before the commit
    assert target.read_bytes() == b"second try"

    failed = tmp_path / "failed.pdf"
    with pytest.raises(LookupError), atomic_write(failed) as out:
        out.write(b"%PDF for a serial the register will not hold")
        raise LookupError("the transaction was rolled back")
    assert not failed.exists() and _leftovers(tmp_path) == []


def test_before_publish_failing_publishes_nothing_and_discard_too(tmp_path: Path) -> None:
    def audit() -> None:
        raise PermissionError("the audit entry could not be written")  # not about the file: raised as it is

    with pytest.raises(PermissionError), atomic_write(tmp_path / "a.xlsx", before_publish=audit) as out:
        out.write(b"x")
    with atomic_write(tmp_path / "b.xlsx") as out:
        out.write(b"x")
        out.discard()
    assert list(tmp_path.iterdir()) == []


def test_exclusive_never_replaces_a_file(tmp_path: Path) -> None:
    key = tmp_path / "key.pem"
    write_file(key, b"one", exclusive=True)
    with pytest.raises(FileExistsError):  # as it is: a process that lost the race to make a key reads the other's
        write_file(key, b"two", exclusive=True)
    assert key.read_bytes() == b"one" and _leftovers(tmp_path) == []


def test_writers_that_take_a_path_or_a_stream(tmp_path: Path) -> None:
    with atomic_write(tmp_path / "a.zip") as out, zipfile.ZipFile(out.file, "w") as z:
        z.writestr("x.txt", "streamed")
    with atomic_write(tmp_path / "b.zip") as out, zipfile.ZipFile(out.temp, "w") as z:  # opens the file itself
        z.writestr("x.txt", "by path")
    assert zipfile.ZipFile(tmp_path / "a.zip").read("x.txt") == b"streamed"
    assert zipfile.ZipFile(tmp_path / "b.zip").read("x.txt") == b"by path"
    assert _leftovers(tmp_path) == []


def test_an_error_reading_another_file_is_not_called_a_write_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError), atomic_write(tmp_path / "copy.zip") as out:
        out.write((tmp_path / "missing-source").read_bytes())
    assert _leftovers(tmp_path) == []


def test_temporaries_of_killed_writers_are_removed_a_day_later(tmp_path: Path) -> None:
    target = tmp_path / "r.xlsx"
    stale = tmp_path / f".r.xlsx{sw.PARTIAL}dead"
    fresh = tmp_path / f".r.xlsx{sw.PARTIAL}busy"  # maybe another export of the same file, now
    other = tmp_path / f".s.xlsx{sw.PARTIAL}dead"
    for p in (stale, fresh, other):
        p.write_bytes(b"x")
    day_ago = time.time() - sw.STALE_AFTER - 60
    os.utime(stale, (day_ago, day_ago))
    os.utime(other, (day_ago, day_ago))
    write_file(target, b"new")
    assert _leftovers(tmp_path) == sorted([fresh.name, other.name])


_WRITER = textwrap.dedent(
    """
    import sys, time
    from skillassess.core.safe_write import atomic_write
    target, chunks = sys.argv[1], int(sys.argv[2])
    block = bytes(range(256)) * 4096  # 1 MiB
    with atomic_write(target) as out:
        for n in range(chunks):
            out.file.write(block)
            out.file.flush()
            if n == 0:
                print("writing", flush=True)
            time.sleep(0.002)
    print("done", flush=True)
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("delay", [0.0, 0.05, 0.15, 0.3])
def test_sigkill_mid_write_leaves_the_old_or_the_new_file_never_half(tmp_path: Path, delay: float) -> None:
    """Killed at some point of a 40 MiB write: the target holds the old bytes or all the new ones."""
    chunks = 40
    target = tmp_path / "backup.zip"
    old = b"the previous file, whole" * 1000
    target.write_bytes(old)
    new_hash = hashlib.sha256((bytes(range(256)) * 4096) * chunks).hexdigest()
    with subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(target), str(chunks)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    ) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "writing"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    data = target.read_bytes()
    assert data == old or hashlib.sha256(data).hexdigest() == new_hash, f"half a file: {len(data)} bytes"
    if delay == 0.0:  # killed while writing indeed: the old file, and the temporary it could not remove
        assert data == old and _leftovers(tmp_path)
