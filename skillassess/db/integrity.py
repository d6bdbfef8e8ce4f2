"""Is a SQLite file damaged? The quick check on opening (bounded in time) and the full check.

SQLite runs the b-tree part of a check inside one virtual-machine instruction, so a progress
handler cannot stop it in time; a watcher thread calls ``Connection.interrupt()`` instead when the
time limit passes or the user cancels (on a 1 GB file it stops within the watcher's 20 ms tick).

- ``quick_check``: ``PRAGMA quick_check`` (page structure, every b-tree, free list; not the
  contents of indexes), about 1.1-2 s per GB from the page cache. Opening runs it with a time
  limit (1.5 s): when the limit is hit the file opens normally (the part checked was sound), a
  log line says so (visible with --debug), and damage is still caught: every SQLite "malformed"
  error met later is turned into the same sentence (database.py), and the daily backup checks
  its copy of the whole file without a limit, in the background.
- ``full_check``: ``quick_check`` over the whole file, then ``integrity_check(TABLE)`` table by
  table (indexes against their rows, UNIQUE, NOT NULL): together what ``PRAGMA integrity_check``
  does, but in steps that give a real progress figure (8-18 s per GB here, by number of indexes).
"""

from __future__ import annotations

import functools
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# Bytes 21-23 of every SQLite header (payload fractions 64, 32, 32): still there when the first
# bytes of a database were overwritten.
_HEADER_FRACTIONS = b"\x40\x20\x20"
# SQLite's primary result codes for a damaged file.
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26

# The time the quick check on opening may take; SKILLASSESS_QUICK_CHECK_SECONDS overrides it (0: off).
QUICK_CHECK_SECONDS = 1.5
# Most problems listed for one check: the first ones say enough, a wrecked file has thousands.
MAX_PROBLEMS = 100
# Share of the full check's progress bar given to the structural pass (it takes about a tenth).
_STRUCTURE_SHARE = 10


@dataclass(frozen=True)
class CheckResult:
    """The outcome of a check: ``ok`` is True (sound), False (damaged) or None (not finished)."""

    ok: bool | None
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # Why a check did not finish: "time" (the limit was reached) or "cancelled".
    stopped: str = ""

    @property
    def damaged(self) -> bool:
        return self.ok is False


class CheckCancelled(Exception):
    """The user cancelled the full check."""


def is_corruption(exc: BaseException | None) -> bool:
    """Whether a DB-API error says the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text = str(exc).lower()
    return "malformed" in text or "file is not a database" in text


def header_kind(head: bytes) -> str:
    """What the first bytes of a non-empty file say: "sqlite", "damaged" (a SQLite file whose start
    is overwritten or cut short) or "other"."""
    if head[: len(SQLITE_HEADER)] == SQLITE_HEADER:
        return "sqlite"
    if len(head) < len(SQLITE_HEADER) and SQLITE_HEADER.startswith(head):
        return "damaged"  # cut inside the magic string itself
    if len(head) >= 24 and head[21:24] == _HEADER_FRACTIONS and head[:6] != SQLITE_HEADER[:6]:
        return "damaged"
    return "other"


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to ``path`` (and does not create it)."""
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def sidecars(path: Path) -> set[str]:
    """Which of the -wal and -shm files are beside ``path`` now."""
    return {side for side in ("-wal", "-shm") if Path(f"{path}{side}").exists()}


def tidy_sidecars(path: Path, existed: set[str]) -> None:
    """Remove the empty -wal and the -shm a read-only look at a damaged file created beside it."""
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    try:
        if "-wal" not in existed and wal.exists() and wal.stat().st_size == 0:
            wal.unlink()
            if "-shm" not in existed:
                shm.unlink(missing_ok=True)
    except OSError:
        pass


@contextmanager
def _watch(
    conn: sqlite3.Connection, deadline: float | None, cancelled: Callable[[], bool] | None
) -> Iterator[dict[str, str]]:
    """Interrupt ``conn`` when ``deadline`` (perf_counter) passes or ``cancelled()`` turns true."""
    why: dict[str, str] = {}
    if deadline is None and cancelled is None:
        yield why
        return
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.02):
            if cancelled is not None and cancelled():
                why["stopped"] = "cancelled"
            elif deadline is not None and time.perf_counter() >= deadline:
                why["stopped"] = "time"
            else:
                continue
            conn.interrupt()
            return

    thread = threading.Thread(target=watch, name="sqlite-check-watch", daemon=True)
    thread.start()
    try:
        yield why
    finally:
        done.set()
        thread.join()


def _problems(rows: list[tuple[object, ...]]) -> list[str]:
    lines: list[str] = []
    for (text,) in rows:
        lines.extend(line for line in str(text).splitlines() if line and not line.startswith("*** in database"))
    return [] if lines == ["ok"] else lines[:MAX_PROBLEMS]


def _run(
    conn: sqlite3.Connection, sql: str, deadline: float | None, cancelled: Callable[[], bool] | None
) -> tuple[list[str] | None, str]:
    """Problems found by one check statement (None when stopped), and why it stopped."""
    with _watch(conn, deadline, cancelled) as why:
        try:
            rows = conn.execute(sql).fetchall()
        except sqlite3.OperationalError as exc:
            if why.get("stopped") or "interrupt" in str(exc).lower():
                return None, why.get("stopped", "cancelled")
            if is_corruption(exc):
                return [str(exc)], ""
            raise
        except sqlite3.DatabaseError as exc:  # malformed, not a database: the file is damaged
            return [str(exc)], ""
    return _problems(rows), ""


def quick_check(path: Path, seconds: float | None = QUICK_CHECK_SECONDS) -> CheckResult:
    """``PRAGMA quick_check`` on ``path`` read-only, stopped after ``seconds`` (None: no limit)."""
    start = time.perf_counter()
    try:
        conn = connect_read_only(path)
    except sqlite3.DatabaseError as exc:
        return CheckResult(False if is_corruption(exc) else None, [str(exc)])
    try:
        deadline = None if seconds is None else start + seconds
        found, stopped = _run(conn, "PRAGMA quick_check", deadline, None)
    finally:
        conn.close()
    elapsed = time.perf_counter() - start
    if found is None:
        log.info(
            "Quick check of %s stopped after %.1f s (time limit); the part checked was sound. "
            "Run `skillassess check` for the full check.",
            path,
            elapsed,
        )
        return CheckResult(None, [], elapsed, stopped)
    return CheckResult(not found, found, elapsed)


# Progress-handler calls (one per 1,000 virtual-machine steps) per unit of table weight, measured
# on large tables (0.0009-0.001): lets the bar move while one big table is checked.
_CALLS_PER_WEIGHT = 0.001


def _report_within(
    conn: sqlite3.Connection,
    progress: Callable[[int, int], None],
    position: Callable[[float], int],
    total: int,
    weight: int,
) -> None:
    """Move the bar while one table is checked, up to 95% of its share (the estimate is rough)."""
    expected = max(1.0, weight * _CALLS_PER_WEIGHT)
    calls = [0]

    def tick() -> int:
        calls[0] += 1
        if calls[0] % 64:
            return 0
        try:
            progress(position(min(0.95, calls[0] / expected)), total)
        except Exception:  # noqa: BLE001 - the caller's way to cancel: stop SQLite
            return 1
        return 0

    conn.set_progress_handler(tick, 1000)


def _within(at: Callable[[float], int], done: int, weight: int, fraction: float) -> int:
    return at(done + weight * fraction)


def _check_cancel(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise CheckCancelled()


def _tables(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every stored table (not virtual ones) with a weight: its estimated rows times its b-trees."""
    names = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 ORDER BY name")
    ]
    indexes: dict[str, int] = {}
    for (table,) in conn.execute("SELECT tbl_name FROM sqlite_master WHERE type = 'index'"):
        indexes[table] = indexes.get(table, 0) + 1
    page_count, page_size = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "page_size"))
    most_rows = page_count * max(1, page_size // 8)  # more rows than could fit in the file
    weighted = []
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        try:
            # max(rowid) costs one b-tree descent; rowids far beyond what fits (FTS5 segment ids)
            # are counted instead.
            rows = int(conn.execute(f"SELECT max(rowid) FROM {quoted}").fetchone()[0] or 0)
            if rows > most_rows:
                rows = int(conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
        except sqlite3.DatabaseError:  # WITHOUT ROWID, or a damaged root page: weigh it as small
            rows = 0
        weighted.append((name, (rows + 1) * (1 + indexes.get(name, 0))))
    return weighted


def full_check(
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CheckResult:
    """The whole integrity check of ``path``, read-only; raises CheckCancelled when cancelled.

    ``progress(done, total)`` is called between steps (it may raise to cancel as well).
    """
    start = time.perf_counter()
    try:
        conn = connect_read_only(path)
    except sqlite3.DatabaseError as exc:
        if is_corruption(exc):
            return CheckResult(False, [str(exc)], time.perf_counter() - start)
        raise
    try:
        total = 1000
        if progress:
            progress(0, total)
        _check_cancel(cancelled)
        found, stopped = _run(conn, "PRAGMA quick_check", None, cancelled)
        if stopped:
            raise CheckCancelled()
        assert found is not None
        if found:  # the structure is damaged: the table checks would only repeat it
            return CheckResult(False, found, time.perf_counter() - start)
        try:
            tables = _tables(conn)
        except sqlite3.DatabaseError as exc:
            return CheckResult(False, [str(exc)], time.perf_counter() - start)
        weight = sum(w for _n, w in tables) or 1
        done = 0
        if progress:
            progress(total * _STRUCTURE_SHARE // 100, total)
        problems: list[str] = []

        def at(weight_done: float) -> int:
            return min(total, int(total * (_STRUCTURE_SHARE + (100 - _STRUCTURE_SHARE) * weight_done / weight) / 100))

        for name, w in tables:
            _check_cancel(cancelled)
            quoted = '"' + name.replace('"', '""') + '"'
            if progress:
                _report_within(conn, progress, functools.partial(_within, at, done, w), total, w)
            found, stopped = _run(conn, f"PRAGMA integrity_check({quoted})", None, cancelled)
            conn.set_progress_handler(None, 0)
            if stopped:
                raise CheckCancelled()
            problems.extend(found or [])
            done += w
            if progress:
                progress(at(done), total)
            if len(problems) >= MAX_PROBLEMS:
                break
    finally:
        conn.close()
    return CheckResult(not problems, problems[:MAX_PROBLEMS], time.perf_counter() - start)
