"""Start-up of the frozen application (dist/SkillAssess/) against the same program run from source.

Prints the median over interleaved runs (machine noise hits both alike) and the ratio frozen / source:

- ``--version``: the interpreter and the command-line parser;
- ``info --json`` on the demo database: imports, SQLAlchemy, opening the database;
- the first window (the sign-in window on the demo database), from process start until it is mapped on
  the X display, watched from outside with xdotool; needs DISPLAY (e.g. Xvfb) and xdotool, else skipped.

    make package && .venv/bin/python benchmarks/frozen_startup.py [--runs 7] [--app dist/SkillAssess]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed_command(program: list[str], args: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run([*program, *args], check=True, capture_output=True, env=env, cwd=env["HOME"], timeout=120)
    return time.perf_counter() - t0


def timed_first_window(program: list[str], env: dict[str, str]) -> float:
    """Seconds from start until a visible window titled "Sign in…" exists on the display."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [*program, "--demo"], env=env, cwd=env["HOME"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while time.perf_counter() - t0 < 60:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(proc.pid), "--name", "Sign in"],
                check=False,
                capture_output=True,
                text=True,
            )
            if found.stdout.strip():
                return time.perf_counter() - t0
            time.sleep(0.02)
        raise SystemExit("the sign-in window did not appear within 60 s")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--app", type=Path, default=ROOT / "dist" / "SkillAssess")
    args = ap.parse_args()
    frozen = [str(args.app / ("skillassess-cli.exe" if sys.platform == "win32" else "SkillAssess"))]
    source = [sys.executable, "-m", "skillassess"]
    if not Path(frozen[0]).exists():
        raise SystemExit(f"{frozen[0]} is missing: run `make package` first")
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QT_QPA_PLATFORM")}
        env.update(
            HOME=tmp,
            SKILLASSESS_DATA_DIR=str(Path(tmp) / "data"),
            XDG_CONFIG_HOME=str(Path(tmp) / "config"),
            SKILLASSESS_LANGUAGE="en",
        )
        source_env = dict(env, PYTHONPATH=str(ROOT))
        subprocess.run([*frozen, "demo"], check=True, capture_output=True, env=env, cwd=tmp)
        cases: list[tuple[str, Callable[[list[str], dict[str, str]], float]]] = [
            ("--version", lambda p, e: timed_command(p, ["--version"], e)),
            ("info --json", lambda p, e: timed_command(p, ["--demo", "info", "--json"], e)),
        ]
        if env.get("DISPLAY") and shutil.which("xdotool"):
            cases.append(("first window (sign-in)", timed_first_window))
        else:
            print("first window: skipped (needs DISPLAY, e.g. Xvfb :85, and xdotool)")
        print(
            f"{'what':24} {'source ms':>10} {'frozen ms':>10} {'frozen/source':>14}   ({args.runs} runs each, medians)"
        )
        for name, measure in cases:
            measure(source, source_env)  # warm the file cache for both
            measure(frozen, env)
            src, frz = [], []
            for _ in range(args.runs):
                src.append(measure(source, source_env))
                frz.append(measure(frozen, env))
            s, f = statistics.median(src), statistics.median(frz)
            print(f"{name:24} {s * 1000:10.0f} {f * 1000:10.0f} {f / s:14.2f}")


if __name__ == "__main__":
    main()
