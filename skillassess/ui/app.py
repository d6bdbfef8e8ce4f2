"""Starting the GUI: the application object, language, database, main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from skillassess import APP_ID, APP_NAME, ORGANIZATION, __version__
from skillassess.core.errors import DatabaseDamagedError
from skillassess.db.paths import default_database_path
from skillassess.resources import icons_dir
from skillassess.ui.i18n import chosen_language, install_language

# The main window shows first, then the database opens on the task pool: SQLAlchemy, the models and the
# services are imported there (``_in_task_pool``) while the window shows "Opening database…".
if TYPE_CHECKING:
    from skillassess.db.database import Database
    from skillassess.ui.main_window import MainWindow


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

    # The language as the first page of the first-start wizard: now if the wizard's module is imported,
    # else when the wizard is first needed (ui/sign_in.py): it imports the database and the services.
    if "skillassess.ui.first_start" in sys.modules:
        language_page.register()
    return app


def application_icon() -> QIcon:
    """The application's icon in each size it is drawn in (skillassess/resources/icons): every window's."""
    icon = QIcon()
    for png in sorted(icons_dir().glob("skillassess-*.png")):
        icon.addFile(str(png))
    return icon


def show_opening_window() -> MainWindow:
    """The main window, shown at once with "Opening database…" (``MainWindow.set_database`` ends that)."""
    from skillassess.ui.main_window import MainWindow

    window = MainWindow(None)
    window.show()
    return window


def _preload() -> None:
    """What opening, signing in and the first page need, imported off the GUI thread (the services bring the
    models and SQLAlchemy)."""
    import skillassess.db.database
    import skillassess.services.users
    import skillassess.ui.errors
    import skillassess.ui.ops  # noqa: F401


def open_for_gui(args: argparse.Namespace, parent: QWidget | None = None) -> Database | None:
    """The database to show, or None when the user gave up (a damaged file not restored).

    Only the first start creates a database (the centre's, in the data folder, or the demo); a
    --db that names no database is said so. A damaged file is said to be damaged, with the offer
    to restore its newest backup; a missing centre database that has backups offers them too.
    ``parent``: the window shown meanwhile (the start's main window).
    """
    _in_task_pool(_preload, parent, show_progress=False)
    from skillassess.db.database import resolve_url, sqlite_path, sqlite_url

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
            db = open_in_task_pool(url, create=create, parent=parent)
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


def open_in_task_pool(url: str, *, create: bool = False, parent: QWidget | None = None) -> Database:
    """``open_database`` on the task pool behind a progress dialog; its errors are raised here.

    Opening checks the file (up to 1.5 s on a large one), and may back it up and upgrade it: long work,
    while the window (``parent``) shows "Opening database…" and can be moved, resized and repainted.
    """
    from skillassess.db.database import Database, display_name, open_database

    db = _in_task_pool(
        lambda: open_database(url, create=create),
        parent,
        label=QCoreApplication.translate("App", "Opening %1…").replace("%1", display_name(url)),
    )
    assert isinstance(db, Database)
    return db


def _in_task_pool(
    work: Callable[[], Any], parent: QWidget | None, *, label: str = "", show_progress: bool = True
) -> Any:
    """``work()`` on the task pool while the GUI thread goes on painting; its result, or its error raised here."""
    from PySide6.QtCore import QEventLoop, QTimer

    from skillassess.ui.tasks import Task

    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def finished(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    task = Task(
        lambda _progress: work(),
        parent=parent,
        title=APP_NAME,
        label=label,
        cancellable=False,
        show_progress=show_progress,
    )
    task.succeeded.connect(lambda result: finished("result", result))
    task.failed.connect(lambda exc: finished("error", exc))
    # Started from the loop: what is already waiting (the window's first paint) goes first, before the
    # task's imports compete for Python's lock.
    QTimer.singleShot(0, task.start)
    loop.exec()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    return outcome.get("result")


def _missing_database_choice(url: str) -> Path | bool | None:
    """The centre's database is missing: its newest backup to restore, False for a new one, None to quit."""
    from PySide6.QtWidgets import QMessageBox

    from skillassess.db.backup.places import newest_backup
    from skillassess.db.database import display_name
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
    """The main window at once; then the database opens (checked, backed up and upgraded as needed) on the
    task pool while the window says so; then the first-start wizard or the sign-in; then the pages."""
    app = create_application()
    # The main window hides while nobody is signed in (Sign out): quit when it closes, not when
    # the last visible window does.
    app.setQuitOnLastWindowClosed(False)
    window = show_opening_window()
    try:
        opened = open_for_gui(args, window)
    except Exception as exc:  # noqa: BLE001 - the edge: any failure to open is shown as one plain message
        from skillassess.ui.errors import show_error

        show_error(window, exc, QCoreApplication.translate("App", "Cannot open database"))
        window.close()
        return 1
    from skillassess.ui.errors import install_excepthook

    install_excepthook()
    if opened is None:
        window.close()
        return 1
    db = opened
    from skillassess.ui.audit_texts import warn_if_entries_lost
    from skillassess.ui.sign_in import sign_in

    warn_if_entries_lost(window, db)  # a -wal file lost after a crash: said before anyone works on
    window.show_waiting_for_sign_in()
    actor = sign_in(db, window)
    if actor is None:
        window.close()
        db.dispose()
        return 0
    window.set_database(db, actor)
    window.closed.connect(app.quit)
    window.start_daily_backup()
    code = app.exec()
    window.db.dispose()
    return int(code)
