"""What tests share besides fixtures: where things are, and a few helpers (``from helpers import ROOT``).

tests/ is on ``sys.path`` for every test (``pythonpath`` in pyproject.toml), so the modules here
(``helpers``, ``postgres``, ``workbooks``) import the same way from any folder of the suite.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from argon2 import PasswordHasher

from skillassess.core import passwords

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from skillassess.db.database import Database

# Argon2 at the application's cost takes 0.1 s a hash on this machine (0.5 s under load), and the suite
# signs in, adds users and loads the demo hundreds of times: conftest makes the package hash with
# Argon2id's cheapest parameters instead. The production hasher, kept here before the swap, is tested
# in tests/core/test_passwords.py; a hash made with the cheap parameters is renewed at the next
# sign-in with the production ones (in a subprocess of the suite, for instance), as any older hash is.
PRODUCTION_HASHER = passwords._hasher
TEST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the checkout; a git worktree under wt/ finds it one level further up.
SHARED = next(
    (p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()), ROOT.parent / "shared"
)
TESTDATA = SHARED / "testdata"


def behind_the_log(session: Session) -> Session:
    """Mark a test's session as writing rows directly, not through a service, on purpose.

    Services refuse a change to audited tables that writes no audit entry
    (skillassess/services/audit_state.py); tests that build records by hand, or change them behind
    the log, say so with this. ``audit verify`` then reports those rows, as it would any such write.
    """
    from skillassess.services.audit_state import UNTRACKED

    session.info[UNTRACKED] = True
    return session


def copy_demo(template: Path, target: Path) -> Path:
    """Copy the demo database with its checkpoint, and its signing key into the current data folder."""
    from skillassess.db.paths import data_dir

    shutil.copyfile(template, target)
    shutil.copyfile(template.with_name(template.name + ".checkpoint"), target.with_name(target.name + ".checkpoint"))
    keys = data_dir() / "keys"
    keys.mkdir(mode=0o700, parents=True, exist_ok=True)
    for pem in (template.parent / "keys").glob("*-ed25519.pem"):
        if pem.name.startswith("this-computer"):
            continue
        if not (keys / pem.name).exists():
            shutil.copy2(pem, keys / pem.name)
    return target


def sql_behind_the_log(db: Database, statement: Any, **params: Any) -> list[Any]:
    """Run one SQL statement on ``db`` as another program would: straight through its engine, in a
    transaction of its own, with no service, no audit entry and no checkpoint. The same statement runs on
    SQLite and PostgreSQL (named parameters ``:name``; ``statement`` may also be a SQLAlchemy statement,
    e.g. ``text(...).bindparams(...)`` with typed parameters). Returns the rows when it returns any.

    Tests of the data (the audit state, keys, a log cut short) use this, not ``sqlite3.connect``;
    only tests of the SQLite file itself open the file.
    """
    from sqlalchemy import text

    with db.engine.begin() as c:
        result = c.execute(text(statement) if isinstance(statement, str) else statement, params)
        return result.all() if result.returns_rows else []


def _check_db_argument(args: tuple[str, ...]) -> None:
    """``--db None`` is ``str(db.file_path)`` of a PostgreSQL database: the command would quietly use a
    SQLite file named "None" in the working folder, and the test would check that file instead."""
    for option, value in itertools.pairwise(args):
        if option == "--db" and value == "None":
            raise AssertionError("--db None: this database has no file (PostgreSQL); pass db.url")


def check_db_argument(args: tuple[str, ...] | list[str]) -> None:
    """``--db None`` is ``str(db.file_path)`` of a PostgreSQL database: the command would quietly use a
    SQLite file named "None" in the working folder, and the test would check that file instead."""
    for option, value in itertools.pairwise(args):
        if option == "--db" and value == "None":
            raise AssertionError("--db None: this database has no file (PostgreSQL); pass db.url")


def run_cli(
    *args: str, env: dict[str, str] | None = None, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m skillassess ARGS`` in a subprocess, as a user would (about 1 s each: prefer the
    ``cli`` fixture, in-process, unless the process itself is what the test is about)."""
    check_db_argument(args)
    return subprocess.run(
        [sys.executable, "-m", "skillassess", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        input=input,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


def png_bytes(width: int = 8, height: int = 4, color: tuple[int, int, int] = (29, 111, 184)) -> bytes:
    """A real PNG image (logos and signatures are decoded when saved: a few magic bytes are refused)."""
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buf, format="PNG")
    return buf.getvalue()
