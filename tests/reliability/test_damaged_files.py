"""A damaged database file is said to be damaged, is never written, and the user is pointed to the
newest backup and the restore command (issue 23, item 3).

Before: flipped bytes left `info`, `audit verify` and `assessments judge` exiting 0 (and judge wrote
into the damaged file); a truncated file was called "not a SkillAssess database".
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from skillassess.core.enums import AssessmentStatus
from skillassess.core.errors import DatabaseDamagedError
from skillassess.core.models import Assessment
from skillassess.db import integrity
from skillassess.db.database import open_database, sqlite_url
from skillassess.services.recording import reading

ADMIN = {"SKILLASSESS_PASSWORD": "demo-admin"}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_table(path: Path, table: str) -> None:
    """Overwrite the cell pointers of ``table``'s root page, as a failing disk sector would."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone()
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size + 12)
        f.write(b"\xa5" * 40)


@pytest.fixture
def closed_demo(sqlite_demo_db) -> Path:
    """The demo database file with nothing open on it and its -wal folded in."""
    path = sqlite_demo_db.file_path
    with sqlite_demo_db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    sqlite_demo_db.dispose()
    return path


def _beside(path: Path) -> dict[str, str]:
    """The database file and every file named after it beside it, with their SHA-256."""
    return {
        p.name: digest(p) if p.is_file() else "folder" for p in path.parent.iterdir() if p.name.startswith(path.name)
    }


def _draft(path: Path) -> tuple[int, str, str]:
    db = open_database(sqlite_url(path), create=False)
    try:
        with db.session() as s:
            a = s.execute(select(Assessment).where(Assessment.status == AssessmentStatus.DRAFT)).scalars().first()
            number = reading.unit_criteria(s, a.unit_id)[0].number
            return a.id, a.assessor.username, number
    finally:
        with db.engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()


def test_flipped_bytes_make_info_verify_and_judge_refuse_without_writing(closed_demo: Path, cli) -> None:
    aid, assessor, number = _draft(closed_demo)
    damage_table(closed_demo, "criterion_judgement")
    before = digest(closed_demo)
    # Beside it: its audit checkpoint only (no -wal, -shm or -journal).
    beside = _beside(closed_demo)
    assert sorted(beside) == [closed_demo.name, closed_demo.name + ".checkpoint"]
    runs = [
        cli("--db", str(closed_demo), "info"),
        cli("--db", str(closed_demo), "audit", "verify"),
        cli(
            "--db",
            str(closed_demo),
            "--user",
            assessor,
            "assessments",
            "judge",
            str(aid),
            f"{number}=S",
            env={"SKILLASSESS_PASSWORD": f"demo-{assessor}"},
        ),
    ]
    for r in runs:
        assert r.returncode == 1, r
        assert "is damaged, so SkillAssess will not write to it" in r.stderr
        assert "restore FILE" in r.stderr  # no backup yet: how to restore one from elsewhere
        assert "Traceback" not in r.stderr and "malformed" not in r.stderr and r.stdout == ""
    assert digest(closed_demo) == before
    # A look at a damaged file leaves nothing beside it either, and does not rewrite its checkpoint.
    assert _beside(closed_demo) == beside


def test_the_sentence_names_the_newest_backup_and_the_restore_command(sqlite_demo_db, cli) -> None:
    from skillassess.services.backups import make_backup

    result = make_backup(sqlite_demo_db)
    path = sqlite_demo_db.file_path
    with sqlite_demo_db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    sqlite_demo_db.dispose()
    damage_table(path, "candidate")
    r = cli("--db", str(path), "candidates", "list")
    assert r.returncode == 1
    assert str(result.archive) in r.stderr
    assert f'skillassess --db "{path}" restore "{result.archive}"' in r.stderr
    assert "File > Restore from backup" in r.stderr


@pytest.mark.parametrize("size", [10, 100, 4096, 8192, "half"])
def test_a_truncated_file_is_damaged_not_a_foreign_file(closed_demo: Path, cli, size: int | str) -> None:
    data = closed_demo.read_bytes()
    cut = data[: len(data) // 2 if size == "half" else int(size)]
    closed_demo.write_bytes(cut)
    r = cli("--db", str(closed_demo), "info")
    assert r.returncode == 1
    assert "is damaged" in r.stderr and "not a SkillAssess database" not in r.stderr
    assert closed_demo.read_bytes() == cut


def test_an_overwritten_header_is_damaged(closed_demo: Path, cli) -> None:
    data = bytearray(closed_demo.read_bytes())
    data[:16] = b"\x00" * 16
    closed_demo.write_bytes(bytes(data))
    r = cli("--db", str(closed_demo), "info")
    assert r.returncode == 1 and "is damaged" in r.stderr
    # A file that never was a database is still called so.
    other = closed_demo.with_name("notes.sqlite3")
    other.write_bytes(b"Some notes, not a database.\n" * 10)
    r = cli("--db", str(other), "info")
    assert r.returncode == 1 and "not a SkillAssess database" in r.stderr


def test_damage_met_while_working_gives_the_same_sentence_and_stops_all_writes(
    closed_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the quick check at opening could not reach the damage (time limit), SQLite's own
    "malformed" error becomes the same sentence, and from then on nothing is written."""
    damage_table(closed_demo, "criterion_judgement")
    monkeypatch.setenv("SKILLASSESS_QUICK_CHECK_SECONDS", "0")  # as if the time limit was hit at once
    db = open_database(sqlite_url(closed_demo), create=False)
    try:
        damaged = pytest.raises(DatabaseDamagedError, match="is damaged, so SkillAssess will not write to it")
        with damaged, db.session() as s:
            s.execute(text("SELECT * FROM criterion_judgement")).all()
        before = digest(closed_demo)
        with pytest.raises(DatabaseDamagedError), db.transaction() as s:
            s.execute(text("UPDATE centre SET name = 'Changed behind a damaged page'"))
        with db.session() as s:  # reading what is still sound goes on
            assert s.execute(text("SELECT name FROM centre")).scalar_one().endswith("(demo)")
    finally:
        db.dispose()
    assert digest(closed_demo) == before


def test_quick_check_stops_at_its_time_limit_and_the_file_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "large.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB)")
    conn.executemany("INSERT INTO filler (data) VALUES (randomblob(3000))", [()] * 40_000)  # about 130 MB
    conn.commit()
    conn.close()
    stopped = integrity.quick_check(path, seconds=0.001)
    assert stopped.ok is None and stopped.stopped == "time" and stopped.seconds < 1.0
    complete = integrity.quick_check(path, seconds=None)
    assert complete.ok is True and complete.problems == []


def test_check_command_full_integrity_check(closed_demo: Path, cli) -> None:
    r = cli("--db", str(closed_demo), "check")
    assert r.returncode == 0 and "is sound" in r.stdout
    before = digest(closed_demo)
    damage_table(closed_demo, "assessment")
    damaged = digest(closed_demo)
    r = cli("--db", str(closed_demo), "check", "--json")
    assert r.returncode == 3
    doc = json.loads(r.stdout)
    assert doc["intact"] is False and doc["problems"]
    assert "is damaged" in r.stderr
    assert digest(closed_demo) == damaged != before
    r = cli("--db", str(closed_demo.with_name("typo.sqlite3")), "check")
    assert r.returncode == 1 and "There is no SkillAssess database" in r.stderr
    assert not closed_demo.with_name("typo.sqlite3").exists()


def test_full_check_finds_an_index_that_no_longer_matches_its_table(closed_demo: Path) -> None:
    """Damage the quick check at opening does not look for: index entries that no longer match their rows
    (made here by changing rows while the index is hidden from SQLite, as a torn write could)."""
    index = "ix_candidate_family_given"
    conn = sqlite3.connect(closed_demo)
    conn.execute("PRAGMA writable_schema = ON")
    row = conn.execute(
        "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master WHERE name = ?", (index,)
    ).fetchone()
    conn.execute("DELETE FROM sqlite_master WHERE name = ?", (index,))
    conn.commit()
    conn.close()
    conn = sqlite3.connect(closed_demo)
    conn.execute("UPDATE candidate SET family_name = family_name || 'x' WHERE id % 2 = 0")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES (?, ?, ?, ?, ?)", row)
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert integrity.quick_check(closed_demo, None).ok is True
    progress: list[tuple[int, int]] = []
    result = integrity.full_check(closed_demo, lambda done, total: progress.append((done, total)))
    assert result.ok is False and any(index in p for p in result.problems)
    assert progress and progress[0][0] == 0


def test_full_check_reports_progress_and_can_be_cancelled(closed_demo: Path) -> None:
    seen: list[int] = []
    result = integrity.full_check(closed_demo, lambda done, total: seen.append(done * 100 // total))
    assert result.ok is True and seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)
    with pytest.raises(integrity.CheckCancelled):
        integrity.full_check(closed_demo, None, cancelled=lambda: True)


def test_the_restore_command_in_the_sentence_puts_it_right(sqlite_demo_db, cli) -> None:
    """The user runs what the message says; the damaged file is kept beside the restored one."""
    import shlex

    from skillassess.services.backups import make_backup

    make_backup(sqlite_demo_db)
    path = sqlite_demo_db.file_path
    with sqlite_demo_db.engine.connect() as c:
        judgements = c.exec_driver_sql("SELECT count(*) FROM criterion_judgement").scalar_one()
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    sqlite_demo_db.dispose()
    assert judgements > 0
    damage_table(path, "criterion_judgement")
    damaged = digest(path)
    r = cli("--db", str(path), "info")
    command = r.stderr.split("with: ", 1)[1].split(" (or File", 1)[0]
    argv = shlex.split(command)
    assert argv[:4] == ["skillassess", "--db", str(path), "restore"]
    r = cli(*argv[1:], "--yes")
    assert r.returncode == 0, r
    (kept,) = path.parent.glob(f"{path.stem}-replaced-*.sqlite3")
    assert digest(kept) == damaged
    info = cli("--db", str(path), "info", "--json")
    assert info.returncode == 0 and json.loads(info.stdout)["counts"]["judgements"] == judgements
    assert cli("--db", str(path), "check").returncode == 0


def test_a_long_table_check_moves_the_bar_and_stops_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "long.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT)")
    conn.execute("CREATE INDEX ix_t_a ON t (a)")
    conn.execute("CREATE INDEX ix_t_b ON t (b)")
    conn.executemany("INSERT INTO t (a, b) VALUES (hex(randomblob(8)), hex(randomblob(8)))", [()] * 200_000)
    conn.commit()
    conn.close()
    seen: list[int] = []
    integrity.full_check(path, lambda done, total: seen.append(done))
    inside = [d for d in seen if 100 < d < 1000]  # between the structural pass and the end
    assert len(set(inside)) > 3, seen

    def stop_midway(done: int, total: int) -> None:
        if 200 < done < 1000:
            raise RuntimeError("Cancel pressed")

    with pytest.raises(integrity.CheckCancelled):
        integrity.full_check(path, stop_midway)
