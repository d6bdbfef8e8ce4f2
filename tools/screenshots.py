#!/usr/bin/env python3
"""Screenshots of every page (and the About box) in each language, for looking at layouts.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py [--lang fr --lang ar] [--out shots]

Uses a temporary copy of the demo data; writes OUT/<lang>_<n>_<Page>.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", action="append")
    parser.add_argument("--out", default=str(ROOT / "shots"))
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")  # leave the user's settings alone

    from PySide6.QtCore import QCoreApplication, QThreadPool

    from skillassess.db.database import open_database, sqlite_url
    from skillassess.services.demo import load_demo
    from skillassess.services.users import actor_by_username
    from skillassess.ui import i18n
    from skillassess.ui.about_dialog import AboutDialog
    from skillassess.ui.app import create_application
    from skillassess.ui.main_window import MainWindow
    from skillassess.ui.pages.standards import StandardsPage

    app = create_application()

    def settle() -> None:
        """Let layouts apply and background loads (Task) finish and report."""
        for _ in range(5):
            QThreadPool.globalInstance().waitForDone(10000)
            QCoreApplication.processEvents()
            time.sleep(0.05)
            QCoreApplication.processEvents()

    db = open_database(sqlite_url(tmp / "demo.sqlite3"))
    with db.transaction() as s:
        load_demo(s)
    with db.session() as s:
        actor = actor_by_username(s, "admin")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for lang in args.lang or [c for c in i18n.LANGUAGES if c != "en"]:
        i18n.install_language(app, lang)
        w = MainWindow(db, actor)
        w.resize(1200, 760)
        w.show()
        for row, page in enumerate(w.pages):
            w.nav.setCurrentRow(row)
            QCoreApplication.processEvents()
            if isinstance(page, StandardsPage):  # open the first qualification and its first unit
                body = page.tree_model.index(0, 0)
                page.tree.expand_source(body)
                qualification = page.tree_model.index(0, 0, body)
                page.tree.expand_source(qualification)
                unit = page.tree_model.index(0, 0, qualification)
                page.tree.expand_source(unit)
                page.tree.setCurrentIndex(page.tree.shown(unit))
            settle()
            path = out / f"{lang}_{row + 1}_{type(page).__name__}.png"
            w.grab().save(str(path))
            print(path)
        box = AboutDialog(w.state, w)
        box.show()
        QCoreApplication.processEvents()
        box.grab().save(str(out / f"{lang}_about.png"))
        box.close()
        w.close()
        w.deleteLater()
        QCoreApplication.processEvents()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
