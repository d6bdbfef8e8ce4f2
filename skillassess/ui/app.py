"""Starting the GUI: the application object, language, database, main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from skillassess import APP_ID, APP_NAME, ORGANIZATION, __version__
from skillassess.core.errors import DatabaseDamagedError
from skillassess.db.database import Database, display_name, open_database, resolve_url, sqlite_path, sqlite_url
from skillassess.db.paths import default_database_path
from skillassess.resources import icons_dir
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
    if app.windowIcon().isNull():
        app.setWindowIcon(application_icon())  # every window's, the dialogs' too
    install_language(app, chosen_language())
    from skillassess.ui import language_page
    from skillassess.ui.style import apply_look

    apply_look(app)  # read-only fields that look read-only (ui/style.py)

    language_page.register()  # the language as the first page of the first-start wizard
    return app


def application_icon() -> QIcon:
    """The application's icon in each size it is drawn in (skillassess/resources/icons): every window's."""
    icon = QIcon()
    for png in sorted(icons_dir().glob("skillassess-*.png")):
        icon.addFile(str(png))
    return icon


def open_for_gui(args: argparse.Namespace) -> Database | None:
    """The database to show, or None when the user gave up (a damaged file not restored).

    Only the first start creates a database (the centre's, in the data folder, or the demo); a
    --db that names no database is said so. A damaged file is said to be damaged, with the offer
    to restore its newest backup; a missing centre database that has backups offers them too.
    """
    url = resolve_url(args.db, demo=args.demo)
    create = bool(args.demo) or url == sqlite_url(default_database_path())
    path = sqlite_path(url)
    if create and not args.demo and path is not None and not path.exists():
        choice = _missing_database_choice(url)
        if choice is None:
            return None
        if isinstance(choice, Path):
            from skillassess.ui.backup_dialogs import restore_interactively

            if not restore_interactively(None, url, choice):
                return None
    while True:
        try:
            db = open_in_task_pool(url, create=create)
            break
        except DatabaseDamagedError as exc:
            from skillassess.ui.backup_dialogs import offer_restore_for_damaged

            if not offer_restore_for_damaged(exc, url, None):
                return None
    if args.demo:
        from skillassess.services.demo import load_demo
        from skillassess.ui.ops import Changed, ChangeOp

        ChangeOp(None, db, load_demo, changes=Changed.EVERYTHING).run_or_raise()
    return db


def open_in_task_pool(url: str, *, create: bool = False) -> Database:
    """``open_database`` on the task pool behind a progress dialog; its errors are raised here.

    Opening checks the file (up to 1.5 s on a large one), and may back it up and upgrade it: long work.
    Meanwhile the GUI thread imports the main window and the sign-in dialog it will show next: the
    file check runs in SQLite without Python's lock, so the two overlap on two cores.
    """
    from PySide6.QtCore import QEventLoop

    from skillassess.ui.tasks import Task

    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def finished(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    task = Task(
        lambda _progress: open_database(url, create=create),
        parent=None,
        title=APP_NAME,
        label=QCoreApplication.translate("App", "Opening %1…").replace("%1", display_name(url)),
        cancellable=False,
    )
    task.succeeded.connect(lambda db: finished("db", db))
    task.failed.connect(lambda exc: finished("error", exc))
    task.start()
    import skillassess.ui.main_window
    import skillassess.ui.sign_in  # noqa: F401 - imported while the file is checked

    if not outcome:
        loop.exec()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    db = outcome["db"]
    assert isinstance(db, Database)
    return db


def _missing_database_choice(url: str) -> Path | bool | None:
    """The centre's database is missing: its newest backup to restore, False for a new one, None to quit."""
    from PySide6.QtWidgets import QMessageBox

    from skillassess.db.backup.places import newest_backup
    from skillassess.ui.i18n import ltr

    newest = newest_backup(url)
    if newest is None:
        return False  # the first start: the wizard records the centre in a new database
    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("App", "Database missing"),
        translate("App", "The centre's database %1 is missing, but there is a backup of it made %2.")
        .replace("%1", ltr(display_name(url)))
        .replace("%2", ltr(newest.made_at.strftime("%Y-%m-%d %H:%M"))),
    )
    box.setInformativeText(translate("App", "Restore the backup, or start a new, empty database?"))
    restore = box.addButton(translate("App", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton(translate("App", "Start a new database"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is restore:
        return newest.path
    if box.clickedButton() is new:
        return False
    return None


def run_gui(args: argparse.Namespace) -> int:
    """Open the database; first-start wizard or sign-in; then the main window until it closes."""
    app = create_application()
    # The main window hides while nobody is signed in (Sign out): quit when it closes, not when
    # the last visible window does.
    app.setQuitOnLastWindowClosed(False)
    from skillassess.ui.errors import install_excepthook

    install_excepthook()
    try:
        opened = open_for_gui(args)
    except Exception as exc:  # noqa: BLE001 - the edge: any failure to open is shown as one plain message
        from skillassess.ui.errors import show_error

        show_error(None, exc, QCoreApplication.translate("App", "Cannot open database"))
        return 1
    if opened is None:
        return 1
    db = opened
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
    window.start_daily_backup()
    code = app.exec()
    window.db.dispose()
    return int(code)
