"""View → Language: the languages as radio actions; a change is remembered and applies after a
restart, which is offered at once (the window closes as on any close and the app starts again on
the same database)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from skillassess.db.paths import demo_database_path
from skillassess.ui import i18n

if TYPE_CHECKING:
    from skillassess.ui.main_window import MainWindow


def add_language_menu(window: MainWindow, parent_menu: QMenu) -> QMenu:
    """Add the Language submenu to ``parent_menu``; sets ``window.language_actions`` (code -> action)."""
    menu = parent_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    group = QActionGroup(window)
    group.setExclusive(True)
    window.language_actions = {}
    current = i18n.current_language()
    for code, name in i18n.LANGUAGES.items():
        act = QAction(name, window)  # each language named in itself, never translated
        act.setCheckable(True)
        act.setChecked(code == current)
        act.setData(code)
        act.triggered.connect(lambda _c=False, code=code: choose_language(window, code))
        group.addAction(act)
        menu.addAction(act)
        window.language_actions[code] = act
    menu.addSeparator()
    digits = QAction(QCoreApplication.translate("MainWindow", "Latin digits (0–9)"), window)
    digits.setCheckable(True)
    digits.setChecked(i18n.latin_digits())
    digits.setToolTip(
        QCoreApplication.translate(
            "MainWindow",
            "Numbers and dates with the digits 0–9 instead of the language's own (applies after a restart)",
        )
    )
    digits.setVisible(i18n.uses_other_digits(current))  # Arabic-Indic digits by default; a choice only there
    digits.toggled.connect(lambda on: choose_digits(window, on))
    menu.addAction(digits)
    window.digits_action = digits
    window.language_menu = menu
    return menu


def choose_digits(window: MainWindow, latin: bool, *, ask: bool = True) -> bool:
    """Remember the digit convention and offer to restart (as for a language). True when a restart began."""
    i18n.save_latin_digits(latin)
    if not ask:
        return False
    from skillassess.ui.dialogs import restart_box  # the registry of dialogs imports them all: not at start-up

    box = restart_box(window.state, window, i18n.LANGUAGES[i18n.current_language()])
    box.exec()
    if box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole:
        return restart(window)
    return False


def choose_language(window: MainWindow, code: str, *, ask: bool = True) -> bool:
    """Remember ``code`` as the interface language and offer to restart. True when a restart began."""
    i18n.save_language(code)
    if code == i18n.current_language() or not ask:
        return False
    from skillassess.ui.dialogs import restart_box  # the registry of dialogs imports them all: not at start-up

    box = restart_box(window.state, window, i18n.LANGUAGES[code])
    box.exec()
    if box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole:
        return restart(window)
    return False


def restart(window: MainWindow) -> bool:
    """Close ``window`` (it may refuse, e.g. over unsaved input) and start the application again
    on the database it shows."""
    if not window.close():
        return False
    path = window.db.file_path
    if path is None:
        database_args = None  # PostgreSQL: the same --db or environment as this start
    elif path == demo_database_path():
        database_args = ["--demo"]
    else:
        database_args = [f"--db={path}"]
    program, arguments = i18n.restart_command(database_args)
    QProcess.startDetached(program, arguments)
    app = QApplication.instance()
    if app is not None:
        app.quit()
    return True
