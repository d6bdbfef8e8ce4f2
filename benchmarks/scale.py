"""Issue 14: what the user waits for at the size of a national register, against a baseline each.

Every measure runs on a database from benchmarks/scale_data.py (built once under /tmp/scale/ and
reused) and prints its median and p95 beside a baseline run the same way (same process, or
interleaved process pairs), since the machines here are noisy:

- start-up to the shown main window (saying "Opening database…") vs a bare QMainWindow, process pairs;
  then to the candidates page shown once the database is open, without and with the sign-in (dialog +
  Argon2); and the idle memory of both windows;
- one keystroke in the candidate search box of the real window, keystroke to repaint, vs the same
  keystroke into a bare QLineEdit with a table of the same size repainted;
- who can be certified (every enrolment) vs one GROUP BY over the same rows;
- statistics vs the GROUP BY queries it runs, replayed bare through the driver; the statistics
  workbook, with its peak Python memory.

Then the growth table: the same measures at every size asked (10k, 100k, 1M candidates).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/scale.py                  # 100k, growth 10k/100k
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/scale.py --sizes 10000,100000,1000000
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics as stats
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import scale_data  # noqa: E402

# --- Results ---------------------------------------------------------------------------------------


@dataclass
class Measure:
    what: str
    goal: str
    median: float  # ms (or MB for memory)
    p95: float
    baseline: float | None  # the baseline's median, same unit
    met: bool
    note: str = ""
    cpu: float | None = None  # median CPU time of this process (ms): less disturbed by other load
    cpu_baseline: float | None = None

    @property
    def cpu_ratio(self) -> float | None:
        return self.cpu / self.cpu_baseline if self.cpu and self.cpu_baseline else None

    @property
    def ratio(self) -> float | None:
        return self.median / self.baseline if self.baseline else None


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def timed_both(fn: Callable[[], object], wall: list[float], cpu: list[float]) -> None:
    """Append the wall-clock and the CPU milliseconds of one call."""
    c0, t0 = time.process_time(), time.perf_counter()
    fn()
    wall.append((time.perf_counter() - t0) * 1000)
    cpu.append((time.process_time() - c0) * 1000)


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f}, {five:.1f}, {fifteen:.1f} on {os.cpu_count()} CPUs"


# --- Start-up (process pairs) ---------------------------------------------------------------------

RSS = "int(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmRSS')))"

APP_CHILD = f"""
import sys
import argparse
from PySide6.QtCore import QTimer
from skillassess.ui.app import create_application, open_for_gui, show_opening_window
app = create_application()
window = show_opening_window()  # as run_gui: the window first, saying "Opening database..."
QTimer.singleShot(0, lambda: print("shown", flush=True))
db = open_for_gui(argparse.Namespace(db=sys.argv[1], demo=False), window)  # on the task pool
def ready(actor):
    window.set_database(db, actor)
    from skillassess.ui.pages.candidates import CandidatesPage
    window.resize(1366, 768)
    window.show_page(CandidatesPage)  # the page that could read every row
    QTimer.singleShot(0, lambda: print("ready", flush=True))
    QTimer.singleShot(500, lambda: (print({RSS}, flush=True), app.quit()))  # idle memory
if sys.argv[2] == "sign-in":
    from skillassess.ui.sign_in import SignInDialog
    dlg = SignInDialog(db, window, "admin")
    dlg.show()
    dlg.username_edit.setText("admin")
    dlg.password_edit.setText("demo-admin")
    dlg.accepted.connect(lambda: ready(dlg.actor))
    QTimer.singleShot(0, dlg.try_sign_in)
else:
    from skillassess.services.users import actor_by_username
    from skillassess.ui.ops import read
    ready(read(db, lambda s: actor_by_username(s, "admin")))
app.exec()
"""

BARE_CHILD = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.menuBar().addMenu("&File").addAction("&Quit")
w.menuBar().addMenu("&Help").addAction("&About")
w.setCentralWidget(QTableWidget(50, 9))
w.statusBar().showMessage("ready")
w.resize(1366, 768)
w.show()
QTimer.singleShot(0, lambda: print("shown", flush=True))
QTimer.singleShot(500, lambda: (print({RSS}, flush=True), app.quit()))
app.exec()
"""


def _child(code: str, *args: str) -> tuple[float, float, float]:
    """Milliseconds from process start to the window shown and to the page ready (the same for the bare
    window), and the idle resident memory in MB."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), PYTHONPATH=str(ROOT))
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    marks: dict[str, float] = {}
    rss = ""
    for line in proc.stdout:
        word = line.strip()
        if word.isdigit():
            rss = word
            break
        marks[word] = (time.perf_counter() - t0) * 1000
    proc.wait(timeout=120)
    if "shown" not in marks or not rss:
        raise SystemExit(f"start-up child failed (exit {proc.returncode})")
    return marks["shown"], marks.get("ready", marks["shown"]), int(rss) / 1024


def startup(path: Path, runs: int) -> list[Measure]:
    from skillassess.db import integrity

    bare, shown, ready, signed, bare_mem, app_mem = [], [], [], [], [], []
    _child(BARE_CHILD)  # the file cache warm for both
    _child(APP_CHILD, str(path), "no")
    for _ in range(runs):  # interleaved: machine noise hits both alike
        t, _r, m = _child(BARE_CHILD)
        bare.append(t)
        bare_mem.append(m)
        t, r, m = _child(APP_CHILD, str(path), "no")
        shown.append(t)
        ready.append(r)
        app_mem.append(m)
        signed.append(_child(APP_CHILD, str(path), "sign-in")[1])
    check = stats.median(timed(lambda: integrity.quick_check(path)) for _ in range(3))
    b = stats.median(bare)
    a, r, s = stats.median(shown), stats.median(ready), stats.median(signed)
    bm, am = stats.median(bare_mem), stats.median(app_mem)
    return [
        Measure(
            "start-up to main window (no sign-in)",
            "<= 2x bare",
            a,
            p95(shown),
            b,
            a <= 2 * b,
            'the window shows "Opening database..."',
        ),
        Measure(
            "  then the database open, candidates page shown",
            "(reported)",
            r,
            p95(ready),
            b,
            True,
            f"of which the file check on opening {check:.0f} ms (capped at 1.5 s)",
        ),
        Measure(
            "  the same with sign-in dialog + Argon2",
            "(reported)",
            s,
            p95(signed),
            b,
            True,
            f"sign-in adds {s - r:.0f} ms",
        ),
        Measure("idle memory of the window (MB)", "<= 2x bare", am, max(app_mem), bm, am <= 2 * bm),
    ]


# --- Typing in the real window --------------------------------------------------------------------

TERMS = ["mensah", "tigist alemu", "layal", "GEN-2023-00042", "ትዕግስት", "ليال", "kamara efua", "ab"]


def keystrokes(db: Any) -> Measure:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

    from skillassess.services.users import actor_by_username
    from skillassess.ui.main_window import MainWindow
    from skillassess.ui.ops import read
    from skillassess.ui.pages.candidates import CandidatesPage

    app = QApplication.instance()
    assert app is not None
    window = MainWindow(db, read(db, lambda s: actor_by_username(s, "admin")))
    window.resize(1366, 768)
    window.show()
    page = window.show_page(CandidatesPage)
    assert isinstance(page, CandidatesPage)
    app.processEvents()
    # The baseline: a bare line edit above a table of the same size, repainted after each keystroke.
    bare = QWidget()
    bare_edit = QLineEdit()
    table = QTableWidget(200, 9)
    for r in range(200):
        for c in range(9):
            table.setItem(r, c, QTableWidgetItem(f"cell {r} {c}"))
    layout = QVBoxLayout(bare)
    layout.addWidget(bare_edit)
    layout.addWidget(table)
    bare.resize(1366, 768)
    bare.show()
    app.processEvents()

    def press(widget: QWidget, ch: str) -> None:
        """A key press and release typing ``ch`` (any script; QTest.keyClicks knows ASCII only)."""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))

    def type_into_window(ch: str) -> None:
        press(page.search_edit, ch)
        page._debounce.stop()  # what the 150 ms debounce timer fires, at once
        page._run_search()
        page.table.viewport().repaint()

    def type_into_bare(ch: str) -> None:
        press(bare_edit, ch)
        table.viewport().repaint()

    times: list[float] = []
    base: list[float] = []
    cpu: list[float] = []
    cpu_base: list[float] = []
    for round_ in range(2):
        for term in TERMS:
            page.search_edit.clear()
            bare_edit.clear()
            page._debounce.stop()
            page._run_search()
            for ch in term:
                if not round_:  # the first round warms the page cache
                    type_into_window(ch)
                    continue
                timed_both(lambda ch=ch: type_into_window(ch), times, cpu)
                timed_both(lambda ch=ch: type_into_bare(ch), base, cpu_base)
    window.close()
    bare.close()
    m, p = stats.median(times), p95(times)
    return Measure(
        f"keystroke in the candidate search ({len(times)} keys)",
        "median < 10 ms, p95 < 30 ms",
        m,
        p,
        stats.median(base),
        m < 10 and p < 30,
        f"CPU median {stats.median(cpu):.1f} ms, p95 {p95(cpu):.1f} ms",
        stats.median(cpu),
        stats.median(cpu_base),
    )


# --- Eligibility and statistics ---------------------------------------------------------------------


def eligibility(db: Any, runs: int) -> Measure:
    from sqlalchemy import func, select

    from skillassess.core.enums import AssessmentStatus, EnrolmentStatus
    from skillassess.core.models import Assessment, Enrolment
    from skillassess.services.eligibility import ACHIEVING, eligible_candidates
    from skillassess.services.statistics import scanned

    group_by = (
        select(Enrolment.id, func.count())
        .join(Assessment, Assessment.candidate_id == Enrolment.candidate_id)
        .where(  # with the same plan as the service's query: the table read, not the status index
            scanned(Assessment.status) == AssessmentStatus.VERIFIED.value,
            Assessment.outcome.in_(ACHIEVING),
            Enrolment.status != EnrolmentStatus.WITHDRAWN,
        )
        .group_by(Enrolment.id)
    )
    ours: list[float] = []
    base: list[float] = []
    ours_cpu: list[float] = []
    base_cpu: list[float] = []
    found: list[int] = []
    with db.session() as s:
        s.execute(group_by).all()  # warm
        for _ in range(runs):
            timed_both(lambda: s.execute(group_by).all(), base, base_cpu)
            timed_both(lambda: found.append(len(eligible_candidates(s))), ours, ours_cpu)
    rows = found[-1]
    m = stats.median(ours)
    b = stats.median(base)
    return Measure(
        "who can be certified, every enrolment",
        "<= 3x one GROUP BY",
        m,
        p95(ours),
        b,
        m <= 3 * b,
        f"{rows:,} eligible",
        stats.median(ours_cpu),
        stats.median(base_cpu),
    )


def _statistics_sql(db: Any) -> list[tuple[str, Any]]:
    """The statements ``statistics()`` runs, as the driver receives them."""
    from sqlalchemy import event

    from skillassess.services.statistics import statistics

    seen: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        with db.session() as s:
            statistics(s)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    return [(sql, p) for sql, p in seen if "GROUP BY" in sql]


def statistics_measures(db: Any, runs: int, tmp: Path) -> list[Measure]:
    from skillassess.services.exports import export_statistics
    from skillassess.services.statistics import statistics
    from skillassess.services.users import actor_by_username

    queries = _statistics_sql(db)
    ours: list[float] = []
    base: list[float] = []
    book: list[float] = []
    ours_cpu: list[float] = []
    base_cpu: list[float] = []
    book_cpu: list[float] = []
    with db.session() as s:
        actor = actor_by_username(s, "admin")
        raw = s.connection().connection.dbapi_connection
        assert raw is not None

        def bare() -> None:
            cur = raw.cursor()
            for sql, params in queries:
                cur.execute(sql, params)
                cur.fetchall()
            cur.close()

        bare()
        for _ in range(runs):
            timed_both(bare, base, base_cpu)
            timed_both(lambda: statistics(s), ours, ours_cpu)
    # The workbook (an export: one audit entry each), timed; then its peak Python memory in a run of its own
    # (tracing every allocation slows Python down many times: not while timing).
    for n in range(runs):
        target = tmp / f"statistics-{n}.xlsx"
        with db.transaction() as s:
            timed_both(lambda target=target: export_statistics(s, actor, target, database="bench"), book, book_cpu)
    with db.transaction() as s:
        tracemalloc.start()
        export_statistics(s, actor, tmp / "statistics-traced.xlsx", database="bench")
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    b = stats.median(base)
    m = stats.median(ours)
    w = stats.median(book)
    return [
        Measure(
            f"statistics ({len(queries)} GROUP BY queries)",
            "<= 2x its GROUP BY",
            m,
            p95(ours),
            b,
            m <= 2 * b,
            "",
            stats.median(ours_cpu),
            stats.median(base_cpu),
        ),
        Measure(
            "statistics workbook (xlsx, audit entry)",
            "memory flat; <= 2x GROUP BY",
            w,
            p95(book),
            b,
            w <= 2 * b,
            f"peak Python memory {peak:.1f} MB",
            stats.median(book_cpu),
            stats.median(base_cpu),
        ),
    ]


# --- The CLI's JSON list (process pairs) -----------------------------------------------------------

# The baseline: the same rows (the list's columns and each candidate's latest enrolment, ordered by name)
# read with the standard library's sqlite3 and written as one JSON array, in a process of its own.
SQLITE_JSON_CHILD = """
import json, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
cur = con.execute(
    "SELECT c.registration_number, c.family_name, c.given_names, c.name_local, c.sex, c.nationality, "
    "c.national_id, q.code, e.stage FROM candidate c "
    "LEFT JOIN enrolment e ON e.id = (SELECT max(id) FROM enrolment WHERE candidate_id = c.id) "
    "LEFT JOIN qualification q ON q.id = e.qualification_id "
    "WHERE c.search_text LIKE ? ORDER BY c.family_name, c.given_names, c.id", ("%" + sys.argv[2] + "%",))
keys = ("registration_number", "family_name", "given_names", "name_local", "sex", "nationality",
        "national_id", "qualification_code", "stage")
json.dump([dict(zip(keys, r)) for r in cur], sys.stdout, ensure_ascii=False)
sys.stdout.write("\\n")
"""


def _json_child(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall milliseconds of one process writing the JSON, and the rows it wrote."""
    import json

    t0 = time.perf_counter()
    done = subprocess.run(argv, check=False, capture_output=True, env=env, timeout=600)
    elapsed = (time.perf_counter() - t0) * 1000
    if done.returncode:
        raise SystemExit(f"JSON child failed (exit {done.returncode}): {done.stderr.decode()[-500:]}")
    return elapsed, len(json.loads(done.stdout))


def cli_json(path: Path, runs: int, term: str = "a") -> Measure:
    env = dict(os.environ, PYTHONPATH=str(ROOT), SKILLASSESS_PASSWORD="demo-admin")
    ours_argv = [sys.executable, "-m", "skillassess", "--db", str(path), "--user", "admin"]
    ours_argv += ["candidates", "list", "--search", term, "--json"]
    base_argv = [sys.executable, "-c", SQLITE_JSON_CHILD, str(path), term]
    _json_child(ours_argv, env)  # warm: the file cache, and the day's first backup
    _json_child(base_argv, env)
    ours: list[float] = []
    base: list[float] = []
    rows = 0
    for _ in range(runs):  # interleaved pairs
        t, rows = _json_child(ours_argv, env)
        ours.append(t)
        t, base_rows = _json_child(base_argv, env)
        base.append(t)
        if base_rows != rows:
            raise SystemExit(f"the CLI wrote {rows} rows, the baseline {base_rows}")
    m, b = stats.median(ours), stats.median(base)
    return Measure(
        f"candidates list --search {term} --json",
        "<= 2x sqlite3 same JSON",
        m,
        p95(ours),
        b,
        m <= 2 * b,
        f"{rows:,} rows; sign-in (Argon2) included",
    )


# --- One grid cell saved ---------------------------------------------------------------------------


def grid_save(path: Path, tmp: Path, saves: int = 300) -> Measure:
    """``set_judgement`` in its own transaction as the grid saves a cell (WAL, synchronous=FULL, audit
    entry), on a copy of the database, against a one-row INSERT committed alone on the same file."""
    import random
    import shutil

    from sqlalchemy import select, text

    from skillassess.core.enums import AssessmentStatus, Judgement
    from skillassess.core.models import Assessment, CriterionJudgement, User
    from skillassess.db.database import open_database, sqlite_url
    from skillassess.services.recording import judging, reading
    from skillassess.services.users import actor_by_username

    copy = tmp / "grid.sqlite3"
    shutil.copyfile(path, copy)
    if Path(f"{path}.checkpoint").exists():  # the signed audit checkpoint goes with its database
        shutil.copyfile(f"{path}.checkpoint", f"{copy}.checkpoint")
    db = open_database(sqlite_url(copy), create=False)
    rng = random.Random(6)
    try:
        with db.engine.connect() as c:
            c.exec_driver_sql("CREATE TABLE IF NOT EXISTS bench_baseline (id INTEGER PRIMARY KEY, v TEXT)")
            c.commit()
        with db.session() as s:
            assessor = s.execute(
                select(User.username)
                .join(Assessment, Assessment.assessor_id == User.id)
                .where(Assessment.status == AssessmentStatus.DRAFT)
                .limit(1)
            ).scalar_one()
            actor = actor_by_username(s, assessor)
            drafts = s.execute(
                select(Assessment.id, Assessment.unit_id)
                .where(Assessment.assessor_id == actor.user_id, Assessment.status == AssessmentStatus.DRAFT)
                .limit(2000)
            ).all()
            crit = {u: [c.criterion_id for c in reading.unit_criteria(s, u)] for u in {u for _, u in drafts}}
        cycle = [Judgement.SATISFACTORY, Judgement.NOT_YET_SATISFACTORY, None]

        def baseline_once() -> float:
            t = time.perf_counter()
            with db.engine.begin() as c:
                c.execute(text("INSERT INTO bench_baseline (v) VALUES ('x')"))
            return (time.perf_counter() - t) * 1000

        def cell_once(n: int) -> float:
            aid, uid = drafts[rng.randrange(len(drafts))]
            cid = rng.choice(crit[uid])
            with db.session() as s:  # not timed: a value that differs, so that every save writes
                old = s.get(CriterionJudgement, (aid, cid))
            value = cycle[(cycle.index(old.result if old else None) + 1 + n % 2) % 3]
            t = time.perf_counter()
            with db.transaction() as s:
                judging.set_judgement(s, actor, aid, cid, value)
            return (time.perf_counter() - t) * 1000

        for n in range(20):
            baseline_once()
            cell_once(n)
        base: list[float] = []
        cell: list[float] = []
        for n in range(saves):
            base.append(baseline_once())
            cell.append(cell_once(n))
    finally:
        db.dispose()
        for p in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm"), Path(f"{copy}.checkpoint")):
            p.unlink(missing_ok=True)
    m, p = stats.median(cell), p95(cell)
    return Measure(
        f"one grid cell saved ({saves} saves)",
        "median < 5 ms, p95 < 10 ms",
        m,
        p,
        stats.median(base),
        m < 5 and p < 10,
        "WAL, synchronous=FULL, audit entry; baseline a one-row commit",
    )


# --- Running -----------------------------------------------------------------------------------------


def run_size(path: Path, runs: int, startup_runs: int, tmp: Path) -> list[Measure]:
    from skillassess.db.database import open_database, sqlite_url

    out = startup(path, startup_runs) if startup_runs else []
    db = open_database(sqlite_url(path), create=False)
    try:
        out.append(keystrokes(db))
        out.append(eligibility(db, runs))
        out += statistics_measures(db, runs, tmp)
    finally:
        db.dispose()
    out.append(cli_json(path, runs))
    out.append(grid_save(path, tmp))
    return out


def run_postgres(size: int, runs: int, tmp: Path) -> list[Measure]:
    """The in-process measures on PostgreSQL: a throw-away server (tests/postgres.py), built with the generator."""
    sys.path.insert(0, str(ROOT / "tests"))
    import psycopg

    from skillassess.db.database import open_database

    from postgres import postgres_server, unavailable_reason

    reason = unavailable_reason()
    if reason:
        print(f"PostgreSQL skipped: {reason}")
        return []
    with postgres_server(durable=True) as base:
        with psycopg.connect(base.replace("+psycopg", "") + "/postgres", autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench")
        url = f"{base}/bench"
        t0 = time.perf_counter()
        counts = scale_data.build(url, size, key_dir=tmp / "pg-keys")
        print(f"[PostgreSQL: built {counts} in {time.perf_counter() - t0:.0f} s]", flush=True)
        db = open_database(url, create=False)
        try:
            out = [keystrokes(db), eligibility(db, runs)]
            out += statistics_measures(db, runs, tmp)
        finally:
            db.dispose()
    return out


def print_table(measures: list[Measure], size: int, where: str = "SQLite") -> None:
    print(f"\n{where}, {size:,} candidates (medians; baseline measured alongside; {load()}):")
    print(
        f"| {'what the user waits for':44} | {'goal':28} | {'median':>9} | {'p95':>9} | {'baseline':>9} | ratio | "
        "CPU ratio | met |"
    )
    print(f"|{'-' * 46}|{'-' * 30}|{'-' * 11}|{'-' * 11}|{'-' * 11}|-------|-----------|-----|")
    for m in measures:
        unit = " MB" if "(MB)" in m.what else " ms"
        base = f"{m.baseline:.1f}{unit}" if m.baseline is not None else "-"
        ratio = f"{m.ratio:.2f}" if m.ratio is not None else "-"
        cpu_ratio = f"{m.cpu_ratio:.2f}" if m.cpu_ratio is not None else "-"
        print(
            f"| {m.what:44} | {m.goal:28} | {m.median:7.1f}{unit} | {m.p95:7.1f}{unit} | {base:>9} | {ratio:>5} | "
            f"{cpu_ratio:>9} | {'yes' if m.met else 'NO':3} |" + (f" {m.note}" if m.note else "")
        )


def print_growth(results: dict[int, list[Measure]]) -> None:
    sizes = sorted(results)
    print(f"\nGrowth (median wall ms, ratio to the baseline in brackets; CPU ms of this process; {load()}):")
    print("| what | " + " | ".join(f"{s:,}" for s in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    names = [m.what for m in results[sizes[-1]]]
    for name in names:
        cells = []
        for s in sizes:
            found = [m for m in results[s] if m.what.split(" (")[0] == name.split(" (")[0]]
            if not found:
                cells.append("-")
                continue
            m = found[0]
            cell = f"{m.median:.1f}" + (f" ({m.ratio:.2f}x)" if m.ratio is not None else "")
            if m.cpu is not None:
                cell += f"; CPU {m.cpu:.1f}" + (f" ({m.cpu_ratio:.2f}x)" if m.cpu_ratio is not None else "")
            cells.append(cell)
        print(f"| {name.split(' (')[0]} | " + " | ".join(cells) + " |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000", help="candidates, comma-separated (the largest is tabled)")
    ap.add_argument("--runs", type=int, default=3, help="runs of each in-process measure")
    ap.add_argument("--startup-runs", type=int, default=5, help="start-up process pairs (0: skip)")
    ap.add_argument("--postgres", type=int, default=0, help="also on PostgreSQL with this many candidates")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sizes = sorted(int(s) for s in args.sizes.split(",") if s)
    with tempfile.TemporaryDirectory() as tmp:
        # The data folder the databases were built with (their audit checkpoints are signed with its key).
        os.environ["SKILLASSESS_DATA_DIR"] = str(scale_data.scale_dir() / "data")
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")  # no remembered window state
        from skillassess.ui.app import create_application

        create_application()
        results: dict[int, list[Measure]] = {}
        for size in sizes:
            path = scale_data.cached(size)
            t0 = time.perf_counter()
            results[size] = run_size(path, args.runs, args.startup_runs, Path(tmp))
            print(f"[{size:,} candidates measured in {time.perf_counter() - t0:.0f} s; {load()}]", flush=True)
        if results:
            tabled = 100_000 if 100_000 in results else sizes[-1]
            print_table(results[tabled], tabled)
        if len(sizes) > 1:
            print_growth(results)
        if args.postgres:
            pg = run_postgres(args.postgres, args.runs, Path(tmp))
            if pg:
                print_table(pg, args.postgres, "PostgreSQL")
    print(f"\n{dt.datetime.now():%Y-%m-%d %H:%M}, {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
