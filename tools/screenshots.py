#!/usr/bin/env python3
"""Screenshots of the main pages, the recording grid and the certificate dialogs in each language, as a user
sees them on a 1366×768 laptop: the whole screen, with the window manager's frames and placement.

    Xvfb :62 -screen 0 1366x768x24 &  DISPLAY=:62 openbox &
    DISPLAY=:62 .venv/bin/python tools/screenshots.py [--lang en --lang fr --lang ar] [--out shots]

(``xvfb-run -a -s "-screen 0 1366x768x24"`` works too, without a window manager.) Uses a temporary copy of
the demo data and settings; writes OUT/<lang>_<n>_<Page>.png, OUT/<lang>_grid*.png, OUT/<lang>_issue.png,
OUT/<lang>_preview.png and OUT/<lang>_about.png (--grid-only: the recording window alone).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", action="append", help="a language code (default: en, fr and ar)")
    parser.add_argument("--out", default=str(ROOT / "shots"))
    parser.add_argument("--grid-only", action="store_true", help="only the recording window (quicker)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")  # leave the user's settings alone
    os.environ["SKILLASSESS_DATA_DIR"] = str(tmp / "data")

    from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication, QWidget
    from sqlalchemy import select

    from skillassess.core.models import Candidate, Unit
    from skillassess.db.database import open_database, sqlite_url
    from skillassess.services import certificates as certificate_svc
    from skillassess.services.demo import load_demo
    from skillassess.services.recording import reading, sessions
    from skillassess.services.users import actor_by_username
    from skillassess.ui import i18n
    from skillassess.ui.about_dialog import AboutDialog
    from skillassess.ui.app import create_application
    from skillassess.ui.certificate_dialogs import IssueDialog
    from skillassess.ui.dialogs import certificate_preview
    from skillassess.ui.main_window import MainWindow
    from skillassess.ui.ops import read
    from skillassess.ui.pages.standards import StandardsPage
    from skillassess.ui.recording.dialog import RecordingDialog

    app = create_application()

    def settle() -> None:
        """Let layouts apply, the window manager place windows and background loads (Task) finish."""
        for _ in range(6):
            QThreadPool.globalInstance().waitForDone(10000)
            QCoreApplication.processEvents()
            time.sleep(0.08)
            QCoreApplication.processEvents()

    def shoot(window: QWidget, path: Path) -> None:
        """The whole screen (frames, placement, what is cut off), or the window alone without a desktop."""
        window.raise_()
        window.activateWindow()
        settle()
        screen = QApplication.primaryScreen()
        pixmap = screen.grabWindow(0) if os.environ.get("DISPLAY") else window.grab()
        pixmap.save(str(path))
        print(path)

    db = open_database(sqlite_url(tmp / "demo.sqlite3"), create=True)
    with db.transaction() as s:
        load_demo(s)
    with db.session() as s:
        admin = actor_by_username(s, "admin")
        assessor = actor_by_username(s, "assessor1")
    with db.transaction() as s:  # a session with every candidate who may take ELI-C02: a grid wider than the screen
        unit = s.execute(select(Unit.id).where(Unit.code == "ELI-C02")).scalar_one()
        candidates = [
            cid
            for cid in s.execute(select(Candidate.id).order_by(Candidate.id)).scalars()
            if not reading.attempt_history(s, cid, "ELI-C02")
        ]
        plan = sessions.plan_session(
            s,
            assessor,
            sessions.SessionPlan(dt.date(2026, 11, 20), assessor.user_id, [unit], candidates, venue="Workshop A"),
        )
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for lang in args.lang or ["en", "fr", "ar"]:
        i18n.install_language(app, lang)
        QSettings().clear()  # every language starts as after the first start: nothing remembered
        w = MainWindow(db, admin)
        w.show()
        for row, page in enumerate([] if args.grid_only else w.pages):
            w.nav.setCurrentRow(row)
            QCoreApplication.processEvents()
            if isinstance(page, StandardsPage):  # open the first qualification and its first unit
                body = page.tree_model.index(0, 0)
                page.tree.expand_source(body)
                qualification = page.tree_model.index(0, 0, body)
                page.tree.expand_source(qualification)
                unit_index = page.tree_model.index(0, 0, qualification)
                page.tree.expand_source(unit_index)
                page.tree.setCurrentIndex(page.tree.shown(unit_index))
            shoot(w, out / f"{lang}_{row + 1}_{type(page).__name__}.png")

        # The grid, opened on the last candidate (the criteria must stay), then with the panel folded away.
        grid = RecordingDialog(
            db, assessor, session_id=plan.session_id, assessment_id=plan.assessment_ids[-1], parent=w
        )
        grid.show()
        shoot(grid, out / f"{lang}_grid_last_candidate.png")
        grid.view.horizontalScrollBar().setValue(0)
        grid.panel_button.setChecked(False)
        shoot(grid, out / f"{lang}_grid_panel_hidden.png")
        grid.panel_button.setChecked(True)
        grid.close()
        grid.deleteLater()

        if args.grid_only:
            w.close()
            w.deleteLater()
            continue
        issue = IssueDialog(read(db, certificate_svc.eligible_candidates), w)
        issue.show()
        shoot(issue, out / f"{lang}_issue.png")
        issue.close()
        preview = certificate_preview(w.state, w)
        preview.show()
        shoot(preview, out / f"{lang}_preview.png")
        preview.close()
        box = AboutDialog(w.state, w)
        box.show()
        shoot(box, out / f"{lang}_about.png")
        box.close()
        w.close()
        w.deleteLater()
        QCoreApplication.processEvents()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
