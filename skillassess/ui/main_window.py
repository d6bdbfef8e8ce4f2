"""The main window: navigation between pages, menus, status bar, remembered state."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from skillassess import APP_NAME
from skillassess.db.database import Database, open_database, sqlite_url
from skillassess.services.context import Actor
from skillassess.ui import language_menu
from skillassess.ui.dialogs import about_box
from skillassess.ui.errors import show_error
from skillassess.ui.pages.assessments import AssessmentsPage
from skillassess.ui.pages.base import Page
from skillassess.ui.pages.candidates import CandidatesPage
from skillassess.ui.pages.certificates import CertificatesPage
from skillassess.ui.pages.reports import ReportsPage
from skillassess.ui.pages.standards import StandardsPage
from skillassess.ui.state import AppState

# The pages, in the order of the navigation list. Later features append theirs here.
PAGE_FACTORIES: list[Callable[[AppState, QWidget], Page]] = [
    StandardsPage,
    CandidatesPage,
    AssessmentsPage,
    CertificatesPage,
    ReportsPage,
]



class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = AppState(db, actor, self)
        self.setObjectName("MainWindow")
        self.setMinimumSize(QSize(800, 500))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self._build_pages()
        self._restore_state()

    @property
    def db(self) -> Database:
        return self.state.db

    # Pages ------------------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        current = max(self.nav.currentRow(), 0)
        self.nav.clear()
        while self.stack.count():
            w = self.stack.widget(0)
            self.stack.removeWidget(w)
            w.deleteLater()
        self.pages: list[Page] = [factory(self.state, self) for factory in PAGE_FACTORIES]
        for n, page in enumerate(self.pages):
            self.stack.addWidget(page)
            QListWidgetItem(page.title(), self.nav)
            if n < 9:
                self.page_actions[n].setText(page.title())
                self.page_actions[n].setVisible(True)
        for act in self.page_actions[len(self.pages):]:
            act.setVisible(False)
        self.nav.setCurrentRow(min(current, len(self.pages) - 1))
        # Wide enough for the longest page title in the language shown (French and Arabic run longer).
        widest = max((self.nav.fontMetrics().horizontalAdvance(p.title()) for p in self.pages), default=0)
        self.nav.setFixedWidth(max(180, widest + 48))
        self.setWindowTitle(f"{APP_NAME} — {self.db.name}")
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.db.name))

    def page(self, cls: type[Page]) -> Page:
        """The page of class ``cls`` (for tests and cross-page navigation)."""
        for p in self.pages:
            if isinstance(p, cls):
                return p
        raise LookupError(cls.__name__)

    def show_page(self, cls: type[Page]) -> Page:
        page = self.page(cls)
        self.nav.setCurrentRow(self.pages.index(page))
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
        file_menu.addAction(self.new_db_action)
        file_menu.addAction(self.open_db_action)
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

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About SkillAssess"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.about)
        help_menu.addAction(self.about_action)

    def refresh_current(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.load()

    def about(self) -> None:
        about_box(self.state, self).exec()

    # Language (skillassess/ui/language_menu.py) ----------------------------------------------------
    def choose_language(self, code: str, *, ask: bool = True) -> bool:
        return language_menu.choose_language(self, code, ask=ask)

    def restart(self) -> bool:
        return language_menu.restart(self)

    # Databases --------------------------------------------------------------------------------------
    def _last_folder(self) -> str:
        return str(QSettings().value("paths/last_database_folder", ""))

    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), self._last_folder(), self.tr("SkillAssess database (*.sqlite3 *.sqlite *.db);;All files (*)"))
        if path:
            self.switch_database(sqlite_url(Path(path)))

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New database"), self._last_folder(), self.tr("SkillAssess database (*.sqlite3 *.sqlite *.db);;All files (*)"))
        if not path:
            return
        p = Path(path)
        if p.exists():
            show_error(self, FileExistsError(self.tr("%1 already exists; choose a new file name.").replace("%1", str(p))))
            return
        self.switch_database(sqlite_url(p))

    def switch_database(self, url: str) -> bool:
        """Open the database at ``url`` and show it; on failure keep the current one."""
        try:
            new_db = open_database(url)
        except Exception as exc:  # shown as a plain message; the current database stays open
            show_error(self, exc, self.tr("Cannot open database"))
            return False
        path = new_db.file_path
        if path is not None:
            QSettings().setValue("paths/last_database_folder", str(path.parent))
        old = self.db
        self.state.db = new_db
        self._build_pages()
        old.dispose()
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", new_db.name), 5000)
        return True

    # State ------------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = QSettings()
        geometry = s.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        state = s.value("main_window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        page = s.value("main_window/page", 0)
        try:
            self.nav.setCurrentRow(min(int(page), len(self.pages) - 1))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            self.nav.setCurrentRow(0)

    def closeEvent(self, event: QCloseEvent) -> None:
        s = QSettings()
        s.setValue("main_window/geometry", self.saveGeometry())
        s.setValue("main_window/state", self.saveState())
        s.setValue("main_window/page", self.nav.currentRow())
        super().closeEvent(event)



