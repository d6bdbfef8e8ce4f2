"""Issue 23.2/23.3: removing the newest audit entries, all of them, or losing the -wal file is seen.

The chain alone cannot show a log cut at its end: what is left is still a valid chain. The signed
checkpoint kept beside the database (services/checkpoint.py) records how far the log went. Each
case ends in one plain sentence, writing is refused until an administrator restores a backup or
records the loss, and no record is lost or changed by the check itself.
"""

from __future__ import annotations

import datetime as dt
import json
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import bindparam, text

from skillassess.core.models import AuditEntry
from skillassess.db.database import Database, checkpoint_path

from helpers import ROOT, sql_behind_the_log

ADMIN = {"SKILLASSESS_PASSWORD": "demo-admin"}
NEW = {"SKILLASSESS_NEW_PASSWORD": "long enough"}


@pytest.fixture
def centre(demo_db, cli) -> Database:
    """The demo (its audit history built through the services) with three more changes made from the
    command line (each writes the checkpoint and one audit entry: the newest three)."""
    demo_db.dispose()
    demo_entries = _count(demo_db)
    assert demo_entries > 2
    for name in ("kofi", "ama", "yaw"):
        r = cli(
            "--db", demo_db.url, "--user", "admin", "users", "add", name, "--role", "assessor", env={**ADMIN, **NEW}
        )
        assert r.returncode == 0, r.stderr
    r = cli("--db", demo_db.url, "audit", "verify")
    assert r.returncode == 0, r.stdout
    assert _count(demo_db) == demo_entries + 3
    return demo_db


def _count(db: Database, table: str = "audit_entry") -> int:
    return int(sql_behind_the_log(db, f"SELECT count(*) FROM {table}")[0][0])


def _snapshot(db: Database) -> list[tuple[object, ...]]:
    return [tuple(row) for row in sql_behind_the_log(db, "SELECT id, username, active FROM app_user ORDER BY id")]


def test_checkpoint_is_written_signed_and_atomic(centre: Database) -> None:
    from skillassess.services import checkpoint

    cp_path = checkpoint_path(centre.url)
    cp = checkpoint.parse(cp_path.read_bytes())
    n = _count(centre)
    assert cp.entries == n and cp.head_id == n and cp.signer == "centre"
    doc = json.loads(cp_path.read_text())
    assert sorted(doc) == [
        "at",
        "database",
        "entries",
        "first_hash",
        "format",
        "head_hash",
        "head_id",
        "key_id",
        "signature",
        "signer",
        "version",
    ]
    # No temporary file is left behind.
    assert [p.name for p in cp_path.parent.iterdir() if ".checkpoint." in p.name] == []


def test_newest_entries_removed_are_reported_and_writing_is_refused(centre: Database, cli) -> None:
    url = centre.url
    before = _snapshot(centre)
    n = _count(centre)
    demo = n - 3  # the demo's entries; the three users' entries are removed
    sql_behind_the_log(centre, f"DELETE FROM audit_entry WHERE id > {demo}")
    r = cli("--db", url, "audit", "verify")
    assert r.returncode == 1
    assert f"records {n} audit entries, but the database holds {demo}" in r.stdout
    # The users whose entries were removed are named too: the log no longer covers them.
    assert "app_user" in r.stdout and "no audit entry records this record" in r.stdout
    # Any command says it on opening (a read too: listing users needs an administrator's sign-in).
    r = cli("--db", url, "--user", "admin", "users", "list", env=ADMIN)
    assert r.returncode == 0 and "the newest changes are missing" in r.stderr and "kofi" in r.stdout
    # Writing would hide the loss: refused, with the way out, and nothing is written.
    r = cli("--db", url, "--user", "admin", "users", "add", "esi", "--role", "assessor", env={**ADMIN, **NEW})
    assert r.returncode == 1 and "nothing can be saved" in r.stderr and "Traceback" not in r.stderr
    assert _count(centre) == demo and _snapshot(centre) == before
    # An assessor may not record the loss; an administrator may, and work goes on.
    r = cli("--db", url, "--user", "assessor1", "audit", "accept-loss", env={"SKILLASSESS_PASSWORD": "demo-assessor1"})
    assert r.returncode == 1 and "administrator" in r.stderr
    r = cli("--db", url, "--user", "admin", "audit", "accept-loss", env=ADMIN)
    assert r.returncode == 0, r.stderr
    r = cli("--db", url, "audit", "verify")
    assert r.returncode == 0, r.stdout
    r = cli("--db", url, "--user", "admin", "audit", "list", "--json", "--entity-type", "audit_checkpoint", env=ADMIN)
    (entry,) = json.loads(r.stdout)
    assert entry["before"]["entries"] == n and entry["after"]["entries"] == demo and entry["username"] == "admin"
    assert entry["after"]["records_recorded_as_found"] == 6  # three users and their roles
    r = cli("--db", url, "--user", "admin", "users", "add", "esi", "--role", "assessor", env={**ADMIN, **NEW})
    assert r.returncode == 0, r.stderr
    assert _snapshot(centre)[:-1] == before


def test_all_entries_removed_are_reported(centre: Database, cli) -> None:
    n = _count(centre)
    sql_behind_the_log(centre, "DELETE FROM audit_entry")
    r = cli("--db", centre.url, "audit", "verify", "--json")
    doc = json.loads(r.stdout)
    assert r.returncode == 1 and doc["intact"] is False
    assert doc["checked"] == 0  # what is left (nothing) is a valid chain: only the checkpoint and the data tell
    assert doc["checkpoint"]["status"] == "entries missing" and doc["checkpoint"]["entries"] == n
    assert any(f"records {n} audit entries, but the database holds 0" in m for m in doc["messages"])
    assert doc["data"]["difference_count"] > 1000


def test_a_rewritten_log_is_reported(centre: Database, cli) -> None:
    """The newest entries replaced by others (ids reused): the checkpoint's head no longer matches."""
    from skillassess.core.audit_state import entry_hash

    n = _count(centre)  # the checkpoint's head: entry n
    keep = n - 2  # the demo's entries and the first user's
    sql_behind_the_log(centre, f"DELETE FROM audit_entry WHERE id > {keep}")
    # Another program (not SkillAssess, so not checking the checkpoint) appends well-formed entries after the cut.
    ((prev,),) = sql_behind_the_log(centre, "SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1")
    insert = text(
        "INSERT INTO audit_entry (id, at, username, action, entity_type, entity_id, prev_hash, hash) "
        "VALUES (:id, :at, 'system', 'update', 'note', :entity_id, :prev, :hash)"
    ).bindparams(bindparam("at", type_=AuditEntry.__table__.c.at.type))
    for k, i in enumerate(range(keep + 1, keep + 4)):  # one more than was removed: the count alone looks fine
        at = dt.datetime(2026, 11, 21, 9, 0, k, tzinfo=dt.UTC)
        h = entry_hash(i, prev, at, None, "system", "update", "note", str(i), None, None)
        sql_behind_the_log(centre, insert, id=i, at=at, entity_id=str(i), prev=prev, hash=h)
        prev = h
    r = cli("--db", centre.url, "audit", "verify")
    assert (
        r.returncode == 1
        and "no longer holds the entries its checkpoint" in r.stdout
        and f"entry {n} differs" in r.stdout
    )
    # What the other program appended is a well-formed chain (its head is printed): the checkpoint shows the rewrite.
    assert "Head hash: " + prev in r.stdout


def test_a_forged_checkpoint_is_not_believed(centre: Database, cli) -> None:
    cp_path = checkpoint_path(centre.url)
    doc = json.loads(cp_path.read_text())
    doc["entries"] = 2  # as if the log had always stopped at entry 2
    cp_path.write_text(json.dumps(doc))
    sql_behind_the_log(centre, "DELETE FROM audit_entry WHERE id > 2")
    r = cli("--db", centre.url, "audit", "verify")
    assert r.returncode == 1 and "does not match its signature" in r.stdout


def test_a_lost_wal_after_a_crash_is_reported(sqlite_demo_db, cli) -> None:
    """The change is committed into the -wal file, the checkpoint written, then the process is killed
    and the -wal file lost (a copy of the .sqlite3 alone, a cleaning tool): the change is gone, and said.

    SQLite only by nature (sqlite_demo_db): PostgreSQL has no -wal file beside the database to lose; its
    log cut short is the tests above, on both engines."""
    path = sqlite_demo_db.file_path
    demo = _count(sqlite_demo_db)  # the demo's audit entries
    sqlite_demo_db.dispose()
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from skillassess.db.database import open_database, sqlite_url
        from skillassess.services import users
        db = open_database(sqlite_url(Path({str(path)!r})))
        with db.transaction() as s:
            users.add_user(s, users.actor_by_username(s, "admin"), "lost", "long enough", ["assessor"])
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    p = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, check=False, capture_output=True, text=True, timeout=120
    )
    assert p.returncode == -signal.SIGKILL, p.stderr
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    wal.unlink()
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    r = cli("--db", str(path), "info")
    assert "the newest changes are missing" in r.stderr and "-wal file lost after a crash" in r.stderr
    r = cli("--db", str(path), "audit", "verify")
    assert r.returncode == 1 and f"records {demo + 1} audit entries, but the database holds {demo}" in r.stdout
    # Everything from before the crash is there, untouched, and the demo's data still matches its log.
    assert "differ" not in r.stdout
    with sqlite3.connect(path) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("SELECT count(*) FROM app_user WHERE username = 'lost'").fetchone()[0] == 0
