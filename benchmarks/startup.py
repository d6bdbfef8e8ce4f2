"""Start-up time: process start to main window shown, on a database of 100,000 candidates.

(benchmarks/scale.py measures the same with and without the sign-in, for ``make bench``.)

Prints the median over several runs for SkillAssess and for a bare QMainWindow (menus, table,
status bar) started the same way, and their ratio. Goal: ratio <= 2 (the database must not be
read in full at start-up).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [--candidates N] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import scale_data  # noqa: E402

SKILLASSESS_CHILD = """
import sys, time
from PySide6.QtCore import QTimer
from skillassess.db.database import open_database, sqlite_url
from skillassess.services.users import actor_by_username
from skillassess.ui.app import create_application
from skillassess.ui.main_window import MainWindow
from pathlib import Path
app = create_application()
db = open_database(sqlite_url(Path(sys.argv[1])))
with db.session() as s:
    actor = actor_by_username(s, "admin")
w = MainWindow(db, actor)
w.nav.setCurrentRow(1)  # the candidates page, the one that could read 100,000 rows
w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

BARE_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.menuBar().addMenu("&File").addAction("&Quit")
w.menuBar().addMenu("&Help").addAction("&About")
w.setCentralWidget(QTableWidget(50, 7))
w.statusBar().showMessage("ready")
w.resize(1200, 760)
w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def time_child(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["PYTHONPATH"] = str(ROOT)
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.wait(timeout=60)
    if line.strip() != "shown":
        raise SystemExit(f"child failed (exit {proc.returncode})")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--candidates", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SKILLASSESS_DATA_DIR"] = str(scale_data.scale_dir() / "data")  # the key of its checkpoint
        os.environ["XDG_CONFIG_HOME"] = tmp
        path = scale_data.cached(args.candidates)  # the benchmarks' one generator, built once and reused
        app_times, bare_times = [], []
        time_child(BARE_CHILD)  # warm the file cache for both
        time_child(SKILLASSESS_CHILD, str(path))
        for _ in range(args.runs):  # interleaved, so machine noise hits both alike
            bare_times.append(time_child(BARE_CHILD))
            app_times.append(time_child(SKILLASSESS_CHILD, str(path)))
    bare, app = statistics.median(bare_times), statistics.median(app_times)
    print(f"bare QMainWindow:        median {bare * 1000:7.0f} ms over {args.runs} runs")
    print(f"SkillAssess main window: median {app * 1000:7.0f} ms over {args.runs} runs")
    print(f"ratio: {app / bare:.2f} (goal <= 2)")


if __name__ == "__main__":
    main()
