"""The main window: navigation between pages, menus, status bar, remembered state."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from skillassess import APP_NAME
from skillassess.core.enums import Role
from skillassess.core.errors import DatabaseDamagedError, DomainError
from skillassess.services.context import Actor
from skillassess.ui import file_dialogs, language_menu
from skillassess.ui.icons import NAMES as ICON_NAMES
from skillassess.ui.icons import icon
from skillassess.ui.labels import label
from skillassess.ui.screen_fit import fit_to_screen, keep_on_screen
from skillassess.ui.state import AppState

# Start-up shows this window before the database is open (skillassess/ui/app.py): what needs SQLAlchemy
# (the database, the pages, the sign-in, the error dialogs) is imported when first used, on the task pool
# while the window shows "Opening database…".
if TYPE_CHECKING:
    from skillassess.db.database import Database
    from skillassess.ui.pages.base import Page
    from skillassess.ui.pages.reports import ReportsPage


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    from skillassess.ui.errors import show_error as show

    show(parent, error, title)


def sign_in(db: Database, parent: QWidget | None) -> Actor | None:
    from skillassess.ui.sign_in import sign_in as ask

    return ask(db, parent)


def sqlite_url(path: Path) -> str:
    from skillassess.db.database import sqlite_url as url

    return url(path)


def open_database(url: str, *, create: bool = True) -> Database:
    from skillassess.db.database import open_database as open_

    return open_(url, create=create)


def mark_damaged(db: Database) -> None:
    from skillassess.db.database import mark_damaged as mark

    mark(db)


def _page_base() -> type[Page]:
    from skillassess.ui.pages.base import Page

    return Page


class LazyPage:
    """A page of the navigation whose module is imported, and the page built, when it is first shown.

    Start-up imports no page module (each pulls in its services, formats and dialogs): only the page
    shown builds. ``roles``: the roles any of which may see the page (None: everybody); the page
    class says the same in ``Page.allowed`` (tests/ui/test_lazy_pages.py holds them together).
    """

    def __init__(
        self,
        module: str,
        name: str,
        title: Callable[[], str] | None,
        roles: tuple[Role, ...] | None = None,
        cls: type[Page] | None = None,
    ) -> None:
        self.module = module
        self.name = name
        self.title = title  # None: the page is built at once to say its title (a page class given as is)
        self.roles = roles
        self._cls = cls

    @classmethod
    def of(cls, entry: LazyPage | type[Page]) -> LazyPage:
        """``entry`` as a LazyPage: a page class appended as before is built with the window, as before."""
        if isinstance(entry, LazyPage):
            return entry
        return cls(entry.__module__, entry.__name__, None, cls=entry)

    def page_class(self) -> type[Page]:
        if self._cls is not None:
            return self._cls
        cls = getattr(importlib.import_module(self.module), self.name)
        assert isinstance(cls, type) and issubclass(cls, _page_base())
        return cls

    def is_for(self, cls: type) -> bool:
        return cls.__module__ == self.module and cls.__name__ == self.name

    def allowed(self, actor: Actor | None) -> bool:
        if self._cls is not None:
            return self._cls.allowed(actor)
        return self.roles is None or (actor is not None and actor.has(*self.roles))

    def __call__(self, state: AppState, parent: QWidget) -> Page:
        return self.page_class()(state, parent)


def _backup_dialogs() -> ModuleType:
    """skillassess/ui/backup_dialogs.py, imported when first needed (it imports the backup and audit services)."""
    from skillassess.ui import backup_dialogs

    return backup_dialogs


# The pages, in the order of the navigation list. Later features append theirs here.
PAGE_FACTORIES: list[LazyPage | type[Page]] = [
    LazyPage("skillassess.ui.pages.home", "HomePage", lambda: QCoreApplication.translate("HomePage", "Home")),
    LazyPage(
        "skillassess.ui.pages.standards.page",
        "StandardsPage",
        lambda: QCoreApplication.translate("StandardsPage", "Standards"),
    ),
    LazyPage(
        "skillassess.ui.pages.candidates",
        "CandidatesPage",
        lambda: QCoreApplication.translate("CandidatesPage", "Candidates"),
    ),
    LazyPage(
        "skillassess.ui.pages.assessments",
        "AssessmentsPage",
        lambda: QCoreApplication.translate("AssessmentsPage", "Assessments"),
    ),
    LazyPage(
        "skillassess.ui.pages.certificates",
        "CertificatesPage",
        lambda: QCoreApplication.translate("CertificatesPage", "Certificates"),
    ),
    LazyPage(
        "skillassess.ui.pages.reports", "ReportsPage", lambda: QCoreApplication.translate("ReportsPage", "Reports")
    ),
    LazyPage(
        "skillassess.ui.pages.users",
        "UsersPage",
        lambda: QCoreApplication.translate("UsersPage", "Users"),
        (Role.ADMINISTRATOR,),
    ),
    LazyPage(
        "skillassess.ui.pages.audit",
        "AuditPage",
        lambda: QCoreApplication.translate("AuditPage", "Audit log"),
        (Role.ADMINISTRATOR, Role.VERIFIER),
    ),
]


def page_icon(factory: LazyPage | type[Page]) -> QIcon:
    """The navigation icon of a page (by the name of its class: HomePage -> "home")."""
    name = LazyPage.of(factory).name.removesuffix("Page").lower()
    return icon(name) if name in ICON_NAMES else QIcon()


def nav_row_height(nav: QWidget, text: str) -> int:
    """A navigation row tall enough for its text in any script: Arabic and Ethiopic glyphs, drawn in fallback
    fonts, stand taller than Latin ones; two lines of the font's height leave room for them and the icon."""
    metrics = nav.fontMetrics()
    return max(36, metrics.height() * 2, metrics.boundingRect(text).height() + 16)


def page_allowed(factory: LazyPage | type[Page], actor: Actor | None) -> bool:
    """Whether the actor may see the page (pages say so with ``Page.allowed``; the services enforce it)."""
    return LazyPage.of(factory).allowed(actor)


class MainWindow(QMainWindow):
    # Emitted when the window has closed (the application quits on it, not on the last window
    # closing, because the window is hidden while nobody is signed in).
    closed = Signal()

    def __init__(self, db: Database | None, actor: Actor | None = None, parent: QWidget | None = None) -> None:
        """``db`` None: the window of the start, shown while the database opens (``set_database`` ends it)."""
        super().__init__(parent)
        self.state = AppState(db, actor, self)  # type: ignore[arg-type] - set by set_database before any page
        self.setObjectName("MainWindow")
        self.setMinimumSize(QSize(800, 500))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_row)
        self.user_label = QLabel()
        self.user_label.setObjectName("signed_in_user")
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.state.actor_changed.connect(self._build_pages)
        self._build_menus()
        self.opening = db is None
        if self.opening:
            self._show_opening()
        else:
            self._build_pages()
        self._restore_state()

    @property
    def db(self) -> Database:
        return self.state.db

    # Opening ----------------------------------------------------------------------------------------
    def _show_opening(self) -> None:
        """The navigation (greyed) and, where the pages go, "Opening database…" with a busy bar; nothing can
        be changed, or even read, until ``set_database``."""
        self._factories = [LazyPage.of(entry) for entry in PAGE_FACTORIES if page_allowed(entry, None)]
        self._built = {}
        for factory in self._factories:
            title = factory.title() if factory.title is not None else factory.name
            item = QListWidgetItem(page_icon(factory), title, self.nav)
            item.setSizeHint(QSize(0, nav_row_height(self.nav, title)))
        self.nav.setEnabled(False)
        holder = QWidget()
        holder.setObjectName("opening")
        column = QVBoxLayout(holder)
        self.opening_label = QLabel(self.tr("Opening database…"))
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening_bar = bar = QProgressBar()
        bar.setRange(0, 0)  # busy: opening checks the file, and may back it up and upgrade it
        bar.setFixedWidth(300)
        column.addStretch(1)
        column.addWidget(self.opening_label)
        column.addWidget(bar, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        self.stack.addWidget(holder)
        self.menuBar().setEnabled(False)
        self.user_label.setText(self.tr("Not signed in"))
        self.setWindowTitle(APP_NAME)

    def show_waiting_for_sign_in(self) -> None:
        """The database is open: the busy bar stops while the window waits for the user to sign in."""
        if self.opening:
            self.opening_label.setText(self.tr("Waiting for sign-in…"))
            self.opening_bar.hide()

    def set_database(self, db: Database, actor: Actor | None) -> None:
        """The database is open (and checked, and upgraded) and ``actor`` signed in: the pages replace the
        opening message."""
        self.opening = False
        self.state.db = db
        self.state._actor = actor  # the pages are built once, below, not on the announcement
        self.nav.setEnabled(True)
        self.menuBar().setEnabled(True)
        self._build_pages()

    # Pages ------------------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        current = max(self.nav.currentRow(), 0)
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        from skillassess.ui.ops import unsubscribe

        while self.stack.count():
            w = self.stack.widget(0)
            self.stack.removeWidget(w)
            unsubscribe(w)  # deaf from now on, not only once Qt deletes it
            w.deleteLater()
        actor = self.state.actor
        self._factories = [LazyPage.of(entry) for entry in PAGE_FACTORIES if page_allowed(entry, actor)]
        self._built: dict[int, Page] = {}
        titles: list[str] = []
        for n, factory in enumerate(self._factories):
            self.stack.addWidget(QWidget())  # a place holder until the page is first shown
            titles.append(factory.title() if factory.title is not None else self._page_at(n).title())
            item = QListWidgetItem(page_icon(factory), titles[n], self.nav)
            item.setSizeHint(QSize(0, nav_row_height(self.nav, titles[n])))
            if n < 9:
                self.page_actions[n].setText(titles[n])
                self.page_actions[n].setVisible(True)
        for act in self.page_actions[len(self._factories) :]:
            act.setVisible(False)
        self.nav.setCurrentRow(min(current, len(self._factories) - 1))
        # Wide enough for the longest page title in the language shown (French and Arabic run longer).
        widest = max((self.nav.fontMetrics().horizontalAdvance(t) for t in titles), default=0)
        self.nav.setFixedWidth(max(180, widest + 48 + self.nav.iconSize().width()))
        self.setWindowTitle(f"{APP_NAME} — {self.db.name}")
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.db.name))
        from skillassess.services.export_rights import may_export

        for act in (self.export_results_action, self.export_register_action, self.export_statistics_action):
            act.setEnabled(may_export(actor))  # exports of personal data: roles that may export only
        self._show_actor()

    def _show_row(self, row: int) -> None:
        if self.opening:
            return
        if 0 <= row < len(self._factories) and self.isVisible():  # hidden: built when the window shows
            self._page_at(row)
        self.stack.setCurrentIndex(row)

    def showEvent(self, event: QShowEvent) -> None:
        row = self.nav.currentRow()
        if 0 <= row < len(self._factories) and not self.opening:
            self._page_at(row)  # only the page shown (the one remembered from last time) is built
        super().showEvent(event)

    def _page_at(self, row: int) -> Page:
        """The page at ``row`` of the navigation, built (and put in the stack) when first asked for."""
        page = self._built.get(row)
        if page is None:
            page = self._built[row] = self._factories[row](self.state, self)
            holder = self.stack.widget(row)
            showing = self.stack.currentIndex() == row
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(holder)
            holder.deleteLater()
            if showing:
                self.stack.setCurrentIndex(row)
        return page

    @property
    def pages(self) -> list[Page]:
        """Every page of the navigation (built now if not yet shown; for tests and cross-page work)."""
        return [self._page_at(n) for n in range(len(self._factories))]

    def _show_actor(self) -> None:
        actor = self.state.actor
        signed_in = actor is not None
        for act in (self.sign_out_action, self.switch_user_action, self.change_password_action, self.check_db_action):
            act.setEnabled(signed_in)
        # Backups hold every candidate's data and the signing keys: administrators handle them.
        admin = actor is not None and actor.has(Role.ADMINISTRATOR)
        for act in (self.backup_action, self.restore_action, self.backup_settings_action, self.centre_settings_action):
            act.setEnabled(admin)
        if actor is None:
            self.user_label.setText(self.tr("Not signed in"))
            self.user_label.setToolTip("")
            return
        who = f"{actor.full_name} ({actor.username})" if actor.full_name else actor.username
        self.user_label.setText(self.tr("Signed in: %1").replace("%1", who))
        self.user_label.setToolTip(", ".join(label(r) for r in sorted(actor.roles)))

    def page(self, cls: type[Page]) -> Page:
        """The page of class ``cls`` (for tests and cross-page navigation)."""
        for n, factory in enumerate(self._factories):
            if factory.is_for(cls):
                return self._page_at(n)
        raise LookupError(cls.__name__)

    def show_page(self, cls: type[Page]) -> Page:
        page = self.page(cls)
        self.nav.setCurrentRow(self.stack.indexOf(page))
        return page

    def reports_page(self) -> ReportsPage:
        from skillassess.ui.pages.reports import ReportsPage

        page = self.show_page(ReportsPage)
        assert isinstance(page, ReportsPage)
        return page

    # Menus ------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_db_action = QAction(self.tr("&New database…"), self)
        self.new_db_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_db_action.triggered.connect(self.new_database)
        self.open_db_action = QAction(self.tr("&Open database…"), self)
        self.open_db_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_db_action.triggered.connect(self.open_database_dialog)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.change_password_action = QAction(self.tr("&Change my password…"), self)
        self.change_password_action.triggered.connect(self.change_password)
        self.switch_user_action = QAction(self.tr("S&witch user…"), self)
        self.switch_user_action.triggered.connect(self.switch_user)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.backup_action = QAction(self.tr("&Back up now…"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.restore_action.triggered.connect(self.restore_from_backup)
        file_menu.addAction(self.new_db_action)
        file_menu.addAction(self.open_db_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.change_password_action)
        file_menu.addAction(self.switch_user_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        export_menu = file_menu.addMenu(self.tr("&Export"))
        self.export_results_action = export_menu.addAction(self.tr("&Results…"))
        self.export_results_action.triggered.connect(lambda: self.reports_page().export_results())
        self.export_register_action = export_menu.addAction(self.tr("Certificate &register…"))
        self.export_register_action.triggered.connect(lambda: self.reports_page().export_register())
        self.export_statistics_action = export_menu.addAction(self.tr("&Statistics…"))
        self.export_statistics_action.triggered.connect(lambda: self.reports_page().export_statistics())
        self.exchange_action = file_menu.addAction(self.tr("E&xchange bundles…"))
        self.exchange_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.exchange_action.triggered.connect(self.exchange_bundles)
        self.export_verifier_action = export_menu.addAction(self.tr("&Verification site…"))
        self.export_verifier_action.triggered.connect(self.export_verifier_site)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        for n in range(9):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            act.triggered.connect(lambda _c=False, n=n: self.nav.setCurrentRow(n))
            act.setVisible(False)
            self.view_menu.addAction(act)
            self.page_actions.append(act)
        self.view_menu.addSeparator()
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh_current)
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        language_menu.add_language_menu(self, self.view_menu)

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.check_db_action = QAction(self.tr("&Check database…"), self)
        self.check_db_action.triggered.connect(self.check_database)
        self.backup_settings_action = QAction(self.tr("&Backup settings…"), self)
        self.backup_settings_action.triggered.connect(self.backup_settings)
        self.centre_settings_action = QAction(self.tr("C&entre settings…"), self)
        self.centre_settings_action.triggered.connect(self.centre_settings)
        tools_menu.addAction(self.check_db_action)
        tools_menu.addAction(self.backup_settings_action)
        tools_menu.addAction(self.centre_settings_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About SkillAssess"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.about)
        help_menu.addAction(self.about_action)

    # Who is signed in -------------------------------------------------------------------------------
    def switch_user(self) -> bool:
        """Let another user sign in; the current one stays signed in if the dialog is cancelled."""
        actor = sign_in(self.db, self)
        if actor is None:
            return False
        self.state.actor = actor
        self.statusBar().showMessage(self.tr("Signed in as %1").replace("%1", actor.username), 5000)
        return True

    def sign_out(self) -> None:
        """Hide everything until somebody signs in; cancelling the sign-in closes the application."""
        self.hide()
        actor = sign_in(self.db, None)
        if actor is None:
            self.close()
            return
        self.state.actor = actor
        self.show()

    def change_password(self) -> None:
        from skillassess.ui.pages.users import ChangePasswordDialog

        if self.state.actor is not None:
            ChangePasswordDialog(self.db, self.state.actor, self).exec()

    def centre_settings(self) -> None:
        from skillassess.ui.centre_dialog import CentreSettingsDialog

        CentreSettingsDialog(self.state, self).exec()

    def export_verifier_site(self) -> None:
        from skillassess.ui.verifier_export import export_verifier_site

        export_verifier_site(self, self.db)

    def refresh_current(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, _page_base()):
            page.load()

    def about(self) -> None:
        from skillassess.ui.about_dialog import AboutDialog

        AboutDialog(self.state, self).exec()

    # Language (skillassess/ui/language_menu.py) ----------------------------------------------------
    def choose_language(self, code: str, *, ask: bool = True) -> bool:
        return language_menu.choose_language(self, code, ask=ask)

    def restart(self) -> bool:
        return language_menu.restart(self)

    # Databases --------------------------------------------------------------------------------------
    def open_database_dialog(self) -> None:
        path = file_dialogs.open_file_name(
            self,
            self.tr("Open database"),
            self.tr("SkillAssess database (*.sqlite3 *.sqlite *.db);;All files (*)"),
            kind="database",
        )
        if path is not None:
            self.switch_database(sqlite_url(path))

    def new_database(self) -> None:
        p, _ = file_dialogs.save_file_name(
            self,
            self.tr("New database"),
            "",
            self.tr("SkillAssess database (*.sqlite3 *.sqlite *.db);;All files (*)"),
            kind="database",
        )
        if p is None:
            return
        if p.exists():
            show_error(
                self, FileExistsError(self.tr("%1 already exists; choose a new file name.").replace("%1", str(p)))
            )
            return
        self.switch_database(sqlite_url(p), create=True)

    def switch_database(self, url: str, *, create: bool = False) -> bool:
        """Open the database at ``url``, have somebody sign in to it, show it; else keep the current one.

        Only File > New database creates one (``create``); a damaged file is said to be damaged,
        with the offer to restore its newest backup.
        """
        try:
            new_db = open_database(url, create=create)
        except DatabaseDamagedError as exc:
            if not _backup_dialogs().offer_restore_for_damaged(exc, url, self):
                return False
            return self.switch_database(url)
        except Exception as exc:  # noqa: BLE001 - shown as a plain message; the current database stays open
            show_error(self, exc, self.tr("Cannot open database"))
            return False
        return self._use_database(new_db)

    def _use_database(self, new_db: Database) -> bool:
        """Have somebody sign in to ``new_db`` and show it; False (and ``new_db`` closed) if nobody does."""
        from skillassess.ui.audit_texts import warn_if_entries_lost

        warn_if_entries_lost(self, new_db)
        # Users belong to a database: being signed in to one says nothing about another.
        actor = sign_in(new_db, self)
        if actor is None:
            new_db.dispose()
            return False
        path = new_db.file_path
        if path is not None:
            QSettings().setValue("paths/last_database_folder", str(path.parent))
        old = self.db
        self.state.db = new_db
        self.state.actor = actor  # rebuilds the pages for the new database and user
        old.dispose()
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", new_db.name), 5000)
        return True

    # Backups (skillassess/ui/backup_dialogs.py) ------------------------------------------------------
    def back_up_now(self) -> None:
        _backup_dialogs().back_up_now(self, self.db)

    def restore_from_backup(self, archive: Path | None = None) -> None:
        """File > Restore from backup…: check the archive, confirm, close the database, replace it, reopen."""
        url = self.db.url
        archive = archive or _backup_dialogs().choose_archive(self, url)
        if archive is None:
            return

        def after(restored: bool) -> None:
            if restored:
                self._reopen_after_restore(url)

        # Closing the engine lets the restore move the file; the same object reconnects if it fails.
        task = _backup_dialogs().check_then_restore(self, url, archive, self.db.dispose, after)
        task.start()  # held by ui/tasks.py until it ends

    def _reopen_after_restore(self, url: str) -> None:
        try:
            new_db = open_database(url, create=False)
        except (DomainError, OSError) as exc:
            show_error(self, exc, self.tr("Cannot open database"))
            return
        if not self._use_database(new_db):
            # The database shown before is gone; nobody signed in to the restored one.
            self.close()

    def check_database(self) -> None:
        _backup_dialogs().check_database(self, self.db, self.database_damaged)

    def database_damaged(self, error: DatabaseDamagedError) -> None:
        """A check found the open database damaged: refuse every write from now on, offer the restore."""
        mark_damaged(self.db)
        self.statusBar().showMessage(self.tr("The database file is damaged: changes are refused."))
        box = _backup_dialogs().DamagedDatabaseBox(error, self)
        box.exec()
        if box.choice == "newest" and error.newest_backup:
            self.restore_from_backup(Path(str(error.newest_backup)))
        elif box.choice == "file":
            self.restore_from_backup()

    def exchange_bundles(self) -> None:
        from skillassess.ui.exchange_dialog import ExchangeDialog

        ExchangeDialog(self.state, self).exec()

    def backup_settings(self) -> None:
        _backup_dialogs().BackupSettingsDialog(self.state, self).exec()

    def start_daily_backup(self) -> None:
        """The first start of the day backs the database up in the background."""
        _backup_dialogs().start_daily_backup(
            self, self.db, self.database_damaged, lambda text: self.statusBar().showMessage(text, 15000)
        )

    # State ------------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = QSettings()
        geometry = s.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            keep_on_screen(self)  # remembered from a larger screen, or with a taskbar added since
        else:
            fit_to_screen(self, 1200, 760)  # the first start: the status bar shows on a 1366×768 laptop
        state = s.value("main_window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        page = s.value("main_window/page", 0)
        try:
            self.nav.setCurrentRow(min(int(page), len(self._factories) - 1))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            self.nav.setCurrentRow(0)

    def closeEvent(self, event: QCloseEvent) -> None:
        s = QSettings()
        s.setValue("main_window/geometry", self.saveGeometry())
        s.setValue("main_window/state", self.saveState())
        s.setValue("main_window/page", self.nav.currentRow())
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
