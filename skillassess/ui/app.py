"""Starting the GUI: the application object, language, database, main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from skillassess import APP_ID, APP_NAME, ORGANIZATION, __version__
from skillassess.db.database import Database, open_database, resolve_url
from skillassess.ui.i18n import chosen_language, install_language


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names set (QSettings uses them) and the chosen language installed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setDesktopFileName(APP_ID)
    install_language(app, chosen_language())
    from skillassess.ui import language_page

    language_page.register()  # the language as the first page of the first-start wizard
    return app


def open_for_gui(args: argparse.Namespace) -> Database:
    """The database to show; the demo database gets its demo data on first use."""
    db = open_database(resolve_url(args.db, demo=args.demo))
    if args.demo:
        from skillassess.services.demo import load_demo

        with db.transaction() as session:
            load_demo(session)
    return db


def run_gui(args: argparse.Namespace) -> int:
    """Open the database; first-start wizard or sign-in; then the main window until it closes."""
    app = create_application()
    # The main window hides while nobody is signed in (Sign out): quit when it closes, not when
    # the last visible window does.
    app.setQuitOnLastWindowClosed(False)
    try:
        db = open_for_gui(args)
    except Exception as exc:
        from skillassess.ui.errors import show_error

        show_error(None, exc, QCoreApplication.translate("App", "Cannot open database"))
        return 1
    from skillassess.ui.audit_texts import warn_if_entries_lost
    from skillassess.ui.main_window import MainWindow
    from skillassess.ui.sign_in import sign_in

    warn_if_entries_lost(None, db)  # a -wal file lost after a crash: said before anyone works on
    actor = sign_in(db, None)
    if actor is None:
        db.dispose()
        return 0
    window = MainWindow(db, actor)
    window.closed.connect(app.quit)
    window.show()
    code = app.exec()
    window.db.dispose()
    return int(code)
