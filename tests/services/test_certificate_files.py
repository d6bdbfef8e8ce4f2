"""Reprinting to a file (the one use case behind the CLI's 'certificates print' and the GUI's Save)."""

from __future__ import annotations

import errno
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from skillassess.core import safe_write
from skillassess.core.errors import DomainError, ValidationError
from skillassess.core.models import Certificate
from skillassess.core.safe_write import FileWriteError
from skillassess.services import certificates as svc
from skillassess.services.certificate_files import issue_to_file, reprint_to_file


def _issue(demo_db, demo_actor, regno: str) -> str:
    with demo_db.transaction() as s:
        return svc.issue_certificate(s, demo_actor("registrar"), regno, "ELI-L2", "en").serial


def _folder(tmp_path: Path) -> Path:
    """An empty folder of its own (the demo database is in tmp_path)."""
    out = tmp_path / "out"
    out.mkdir()
    return out


def _reprints(demo_db) -> int:
    """Reprints counted this year (the demo reprinted one of last year's certificates)."""
    with demo_db.session() as s:
        return int(
            s.scalar(
                select(func.coalesce(func.sum(Certificate.reprint_count), 0)).where(
                    Certificate.serial.like("GH-ACC-2026-%")
                )
            )
            or 0
        )


def test_reprint_into_a_pdf_and_a_zip_counts_each_and_reports_progress(demo_db, demo_actor, tmp_path: Path) -> None:
    tmp_path = _folder(tmp_path)
    serials = [_issue(demo_db, demo_actor, "ACC-2026-00002"), _issue(demo_db, demo_actor, "ACC-2026-00005")]
    seen: list[tuple[int, int]] = []
    docs = reprint_to_file(
        demo_db,
        demo_actor("registrar"),
        serials,
        tmp_path / "both.pdf",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert [d.serial for d in docs] == serials and all(d.reprint for d in docs)
    assert (tmp_path / "both.pdf").read_bytes().startswith(b"%PDF")
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    reprint_to_file(demo_db, demo_actor("registrar"), serials, tmp_path / "each.ZIP", orientation="portrait")
    with zipfile.ZipFile(tmp_path / "each.ZIP") as z:
        assert sorted(z.namelist()) == sorted(f"{s}.pdf" for s in serials)
    assert _reprints(demo_db) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["both.pdf", "each.ZIP"]  # no temporary left


def test_a_file_that_cannot_be_written_counts_no_reprint(
    demo_db,
    demo_actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tmp_path = _folder(tmp_path)
    serial = _issue(demo_db, demo_actor, "ACC-2026-00002")
    target = tmp_path / "c.pdf"
    target.write_bytes(b"the previous file")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_write.os, "fsync", full)
    with pytest.raises(FileWriteError) as caught:
        reprint_to_file(demo_db, demo_actor("registrar"), [serial], target)
    assert str(caught.value) == f"Cannot write {target}: the disk is full. No certificate was reprinted."
    assert _reprints(demo_db) == 0
    assert target.read_bytes() == b"the previous file" and [p.name for p in tmp_path.iterdir()] == ["c.pdf"]


def test_cancelling_counts_nothing_and_writes_nothing(demo_db, demo_actor, tmp_path: Path) -> None:
    tmp_path = _folder(tmp_path)
    serial = _issue(demo_db, demo_actor, "ACC-2026-00002")

    class Cancelled(Exception):
        pass

    def cancel_after_rendering(done: int, total: int) -> None:
        if done == total:
            raise Cancelled

    with pytest.raises(Cancelled):
        reprint_to_file(demo_db, demo_actor("registrar"), [serial], tmp_path / "c.pdf", progress=cancel_after_rendering)
    assert _reprints(demo_db) == 0 and list(tmp_path.iterdir()) == []


def test_a_wrong_extension_or_folder_is_refused_before_anything_is_counted(demo_db, demo_actor, tmp_path: Path) -> None:
    tmp_path = _folder(tmp_path)
    serial = _issue(demo_db, demo_actor, "ACC-2026-00002")
    with pytest.raises(ValidationError, match=r"must end in \.pdf .* or \.zip"):
        reprint_to_file(demo_db, demo_actor("registrar"), [serial], tmp_path / "c.docx")
    with pytest.raises(FileWriteError, match=r"the folder .*missing does not exist"):
        reprint_to_file(demo_db, demo_actor("registrar"), [serial], tmp_path / "missing" / "c.pdf")
    assert _reprints(demo_db) == 0


def test_issue_to_file_writes_the_pdf_only_when_the_certificate_is_issued(demo_db, demo_actor, tmp_path: Path) -> None:
    tmp_path = _folder(tmp_path)
    actor = demo_actor("registrar")

    def issue(regno: str):
        def work(s):
            cert = svc.issue_certificate(s, actor, regno, "ELI-L2", "en")
            return svc.certificate_document(s, cert.serial), cert.serial

        return work

    serial = issue_to_file(demo_db, tmp_path / "ok.pdf", issue("ACC-2026-00002"))
    assert serial.startswith("GH-") and (tmp_path / "ok.pdf").read_bytes().startswith(b"%PDF")
    with pytest.raises(DomainError, match="already holds"):  # nothing issued, no file
        issue_to_file(demo_db, tmp_path / "again.pdf", issue("ACC-2026-00002"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.pdf"]
