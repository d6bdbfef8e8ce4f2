"""First start, signing in, the Users and Audit pages, driven as a user drives them (offscreen)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget, QWizard
from sqlalchemy import select

from skillassess.core.enums import Role
from skillassess.core.models import AuditEntry, Centre, User
from skillassess.services import users as svc
from skillassess.ui.app import create_application
from skillassess.ui.first_start import FirstStartWizard
from skillassess.ui.main_window import MainWindow
from skillassess.ui.pages.audit import AuditPage
from skillassess.ui.pages.users import ResetPasswordDialog, UserDialog, UsersPage
from skillassess.ui.sign_in import SignInDialog


@pytest.fixture(autouse=True)
def _app() -> None:
    create_application()


def _png(tmp_path: Path) -> Path:
    img = QImage(120, 60, QImage.Format.Format_RGB32)
    img.fill(QColor("#1d6fb8"))
    path = tmp_path / "logo.png"
    assert img.save(str(path))
    return path


REFUSED = (
    "Wrong user name or password, or the account is locked after 5 wrong passwords. A locked account opens "
    "again after 15 minutes; an administrator can unlock it sooner by resetting the password."
)


def _visible_error(w: QWidget) -> str:
    lab = w.findChild(QLabel, "error")
    return lab.text() if lab is not None and lab.isVisibleTo(w) else ""


def test_first_start_wizard_creates_centre_and_administrator(qtbot, db, tmp_path) -> None:
    wizard = FirstStartWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.centre_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(page.name_edit, "Bamenda Vocational Centre")
    qtbot.keyClicks(page.code_edit, "bvc 1")
    page.country_combo.setCurrentIndex(page.country_combo.findData("GH"))
    page.set_logo_file(_png(tmp_path))
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page and "centre code" in _visible_error(page)
    page.code_edit.clear()
    qtbot.keyClicks(page.code_edit, "bvc")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    qtbot.keyClicks(admin.username_edit, "Ngozi")
    qtbot.keyClicks(admin.full_name_edit, "Ngozi Eze")
    qtbot.keyClicks(admin.password_edit, "Palm-Wine-2026")
    qtbot.keyClicks(admin.password_again_edit, "Palm-Wine-2062")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert "differ" in _visible_error(admin)
    with db.session() as s:
        assert not svc.has_users(s)
    qtbot.keyClicks(admin.password_again_edit, "Palm-Wine-2026")
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.actor is not None and wizard.actor.username == "ngozi"
    with db.session() as s:
        centre = s.execute(select(Centre)).scalar_one()
        assert (centre.name, centre.code, centre.country) == ("Bamenda Vocational Centre", "BVC", "GH")
        assert centre.logo == (tmp_path / "logo.png").read_bytes()
        user = s.execute(select(User)).scalar_one()
        assert user.full_name == "Ngozi Eze" and user.role_set == {Role.ADMINISTRATOR}
        assert "Palm-Wine" not in user.password_hash
    with db.transaction() as s:
        assert svc.authenticate(s, "ngozi", "Palm-Wine-2026").username == "ngozi"


def test_wizard_shows_a_short_password_and_stays(qtbot, db) -> None:
    wizard = FirstStartWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.centre_page.name_edit, "Centre")
    qtbot.keyClicks(wizard.centre_page.code_edit, "C1")
    wizard.centre_page.country_combo.setCurrentIndex(wizard.centre_page.country_combo.findData("SN"))
    wizard.next()
    for edit in (wizard.admin_page.username_edit,):
        qtbot.keyClicks(edit, "awa")
    qtbot.keyClicks(wizard.admin_page.password_edit, "short")
    qtbot.keyClicks(wizard.admin_page.password_again_edit, "short")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert "at least 8 characters" in _visible_error(wizard.admin_page)
    assert wizard.isVisible() and wizard.actor is None


def _submit(qtbot, dialog: SignInDialog, key: bool = False) -> None:
    """Press Sign in (or Return) and wait for the password check, which runs off the GUI thread."""
    if key:
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    else:
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10000)


def test_sign_in_dialog_on_the_demo(qtbot, demo_db) -> None:
    dialog = SignInDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username_edit.text() == "admin"  # pre-filled on the demo, password still typed
    hint = dialog.findChild(QLabel, "demo_hint")
    assert hint is not None and "demo-admin" in hint.text() and "assessor1" in hint.text()
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    _submit(qtbot, dialog)
    assert _visible_error(dialog) == REFUSED
    assert dialog.password_edit.text() == "" and dialog.result() != QDialog.DialogCode.Accepted
    dialog.username_edit.clear()
    qtbot.keyClicks(dialog.username_edit, "Assessor1")
    qtbot.keyClicks(dialog.password_edit, "demo-assessor1")
    _submit(qtbot, dialog, key=True)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "assessor1"


def test_sign_in_dialog_says_locked_and_deactivated(qtbot, demo_db, demo_actor) -> None:
    with demo_db.transaction() as s:
        svc.deactivate_user(s, demo_actor("admin"), "registrar")
    dialog = SignInDialog(demo_db, username="registrar")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username_edit.text() == "registrar"
    qtbot.keyClicks(dialog.password_edit, "demo-registrar")
    _submit(qtbot, dialog)
    assert "deactivated" in _visible_error(dialog)
    dialog.username_edit.clear()
    qtbot.keyClicks(dialog.username_edit, "verifier")
    for n in range(5):
        qtbot.keyClicks(dialog.password_edit, f"wrong-{n}")
        _submit(qtbot, dialog)
    # Locked now, and said as a wrong password or an unknown name is: nobody learns which names exist.
    assert _visible_error(dialog) == REFUSED
    qtbot.keyClicks(dialog.password_edit, "demo-verifier")
    _submit(qtbot, dialog)
    assert _visible_error(dialog) == REFUSED and dialog.actor is None
    dialog.username_edit.clear()
    qtbot.keyClicks(dialog.username_edit, "nobody")
    qtbot.keyClicks(dialog.password_edit, "demo-verifier")
    _submit(qtbot, dialog)
    assert _visible_error(dialog) == REFUSED


def _window(qtbot, db, actor) -> MainWindow:
    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _titles(w: MainWindow) -> list[str]:
    return [w.nav.item(i).text() for i in range(w.nav.count())]


def test_pages_follow_the_roles_and_the_status_bar_names_the_user(qtbot, demo_db, demo_actor) -> None:
    w = _window(qtbot, demo_db, demo_actor("admin"))
    assert "Users" in _titles(w) and "Audit log" in _titles(w)
    assert w.user_label.text() == "Signed in: Adwoa Asante (admin)"
    w.state.actor = demo_actor("assessor1")
    assert "Users" not in _titles(w) and "Audit log" not in _titles(w)
    assert "assessor1" in w.user_label.text()
    w.state.actor = demo_actor("verifier")
    assert "Users" not in _titles(w) and "Audit log" in _titles(w)


def _when_modal(qtbot, action: Callable[[QWidget], None]) -> None:
    """Run ``action`` on the next modal dialog once it is open (exec() blocks the test)."""

    def act() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, act)
            return
        action(widget)

    QTimer.singleShot(0, act)


def _sign_in_as(username: str, password: str) -> Callable[[QWidget], None]:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        dialog.username_edit.setText(username)
        dialog.password_edit.setText(password)
        dialog.sign_in_button.click()

    return fill


def test_switch_user_and_sign_out(qtbot, demo_db, demo_actor) -> None:
    w = _window(qtbot, demo_db, demo_actor("admin"))
    _when_modal(qtbot, _sign_in_as("assessor2", "demo-assessor2"))
    assert w.switch_user()
    assert w.state.actor.username == "assessor2" and "Users" not in _titles(w)
    _when_modal(qtbot, lambda d: d.reject())
    assert not w.switch_user()
    assert w.state.actor.username == "assessor2"  # cancelled: still signed in
    _when_modal(qtbot, _sign_in_as("admin", "demo-admin"))
    w.sign_out_action.trigger()
    assert w.isVisible() and w.state.actor.username == "admin" and "Users" in _titles(w)
    closed: list[bool] = []
    w.closed.connect(lambda: closed.append(True))
    _when_modal(qtbot, lambda d: d.reject())
    w.sign_out()
    assert closed == [True] and not w.isVisible()


def test_opening_another_database_needs_a_sign_in_to_it(qtbot, demo_db, demo_actor, tmp_path) -> None:
    from skillassess.db.database import sqlite_url

    w = _window(qtbot, demo_db, demo_actor("admin"))
    other = tmp_path / "other.sqlite3"
    _when_modal(qtbot, lambda d: d.reject())  # a new database (File > New): the first-start wizard, cancelled
    assert not w.switch_database(sqlite_url(other), create=True)
    assert w.db is demo_db and w.state.actor.username == "admin"

    def first_start(wizard: QWidget) -> None:
        assert isinstance(wizard, FirstStartWizard)
        wizard.centre_page.name_edit.setText("Zanzibar Skills")
        wizard.centre_page.code_edit.setText("ZNZ")
        wizard.centre_page.country_combo.setCurrentIndex(wizard.centre_page.country_combo.findData("TZ"))
        wizard.next()
        wizard.admin_page.username_edit.setText("juma")
        wizard.admin_page.password_edit.setText("Spice-Island-1")
        wizard.admin_page.password_again_edit.setText("Spice-Island-1")
        wizard.button(QWizard.WizardButton.FinishButton).click()

    _when_modal(qtbot, first_start)
    assert w.switch_database(sqlite_url(other), create=True)
    assert w.db.name.endswith("other.sqlite3") and w.state.actor.username == "juma"
    assert "Users" in _titles(w)


def _demo_audit_entries(db, **where: str) -> list[int]:
    """The ids of the demo's audit entries (it is recorded through the services, entry by entry), those
    with the given column values only when ``where`` names some."""
    with db.session() as s:
        query = select(AuditEntry.id).filter_by(**where).order_by(AuditEntry.id)
        return list(s.execute(query).scalars())


def test_users_page_adds_changes_deactivates_and_resets(qtbot, demo_db, demo_actor) -> None:
    admin = demo_actor("admin")
    demo_entries = _demo_audit_entries(demo_db)
    w = _window(qtbot, demo_db, admin)
    page = w.show_page(UsersPage)
    assert page.model.total == 5
    dialog = UserDialog(demo_db, admin, None, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username_edit, "halima")
    qtbot.keyClicks(dialog.full_name_edit, "Halima Mwinyi")
    dialog.role_checks[Role.ASSESSOR].setChecked(True)
    qtbot.keyClicks(dialog.registration_edit, "TZ-ASR-31")
    dialog.expires_check.setChecked(True)
    qtbot.keyClicks(dialog.passwords.first, "Kilimanjaro-5895")
    qtbot.keyClicks(dialog.passwords.second, "Kilimanjaro-5895")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, _visible_error(dialog)
    page.load()
    assert page.model.total == 6
    with demo_db.session() as s:
        row = svc.get_user(s, "halima")
    assert row.roles == (Role.ASSESSOR,) and row.assessor_registration_number == "TZ-ASR-31"
    assert row.registration_expires_on is not None
    page.select("halima")
    page.active_button.click()
    with demo_db.session() as s:
        assert not svc.get_user(s, "halima").active
    assert page.active_button.text().replace("&", "") == "Activate"
    reset = ResetPasswordDialog(demo_db, admin, "halima", page)
    qtbot.addWidget(reset)
    reset.passwords.first.setText("Serengeti-2026")
    reset.passwords.second.setText("Serengeti-2026")
    reset.save()
    assert reset.result() == QDialog.DialogCode.Accepted
    with demo_db.session() as s:  # after the demo's own
        entries = (
            s.execute(select(AuditEntry).where(AuditEntry.id > demo_entries[-1]).order_by(AuditEntry.id))
            .scalars()
            .all()
        )
    assert [(e.username, e.entity_id) for e in entries] == [("admin", "halima")] * 3


def test_audit_page_lists_filters_and_checks_the_chain(qtbot, demo_db, demo_actor) -> None:
    admin = demo_actor("admin")
    demo = len(_demo_audit_entries(demo_db))
    demo_users_by_admin = len(_demo_audit_entries(demo_db, entity_type="user", username="admin"))
    with demo_db.transaction() as s:
        svc.add_user(s, admin, "baraka", "long enough", [Role.ASSESSOR])
    with demo_db.transaction() as s:
        svc.deactivate_user(s, admin, "baraka")
    w = _window(qtbot, demo_db, demo_actor("verifier"))
    page = w.show_page(AuditPage)
    assert page.model.total == demo + 2  # the demo's entries, then ours
    page.table.selectRow(0)
    # In words first (issue 13.8); the stored values one click away.
    plain = str.maketrans("", "", "\u2066\u2067\u2068\u2069")  # without the isolates around names and values
    assert page.model.index(0, 3).data().translate(plain) == "User baraka: active: yes → no"
    assert "User baraka: active: yes → no, by admin" in page.detail.toPlainText().translate(plain)
    assert '"active": false' not in page.detail.toPlainText()
    page.technical_button.click()
    assert '"active": false' in page.detail.toPlainText() and "baraka" in page.detail.toPlainText()
    page.entity_combo.setCurrentIndex(page.entity_combo.findData("user"))
    page.user_combo.setCurrentIndex(page.user_combo.findData("admin"))
    assert page.model.total == demo_users_by_admin + 2  # the demo's users, then baraka twice
    page.user_combo.setCurrentIndex(0)
    page.since_check.setChecked(True)
    page.since_edit.setDate(page.since_edit.date().addDays(1))
    assert page.model.total == 0
    page.since_check.setChecked(False)
    assert page.model.total == demo_users_by_admin + 2  # still the users' entries only
    page.verify_button.click()
    qtbot.waitUntil(lambda: "intact" in page.verify_label.text(), timeout=5000)
    assert (
        f"intact: {demo + 2} entr" in page.verify_label.text() and "every record matches it" in page.verify_label.text()
    )
    assert not page.accept_button.isVisible()
    with demo_db.engine.begin() as c:
        c.exec_driver_sql("UPDATE audit_entry SET username = 'registrar' WHERE id = 1")
    page.verify_button.click()
    qtbot.waitUntil(lambda: "broken at entry 1" in page.verify_label.text(), timeout=5000)


def test_run_gui_signs_in_shows_the_window_and_quits_when_it_closes(qtbot, demo_db) -> None:
    import argparse

    from skillassess.ui.app import run_gui

    app = QApplication.instance()
    args = argparse.Namespace(db=str(demo_db.file_path), demo=False)
    seen: dict[str, str] = {}

    def close_main() -> None:
        for w in QApplication.topLevelWidgets():
            # The window shows from the start, saying "Opening database…" until the sign-in is done.
            if isinstance(w, MainWindow) and w.isVisible() and not w.opening:
                seen["user"] = w.user_label.text()
                seen["pages"] = ",".join(_titles(w))
                w.close()
                return
        QTimer.singleShot(20, close_main)

    def fill(dialog: QWidget) -> None:
        _sign_in_as("assessor1", "demo-assessor1")(dialog)
        QTimer.singleShot(0, close_main)

    _when_modal(qtbot, fill)
    safety = QTimer(singleShot=True, interval=30000)  # a broken flow fails instead of hanging
    safety.timeout.connect(app.quit)
    safety.start()
    try:
        assert run_gui(args) == 0
        assert seen["user"] == "Signed in: Kwame Boateng (assessor1)" and "Users" not in seen["pages"]
        _when_modal(qtbot, lambda d: d.reject())
        assert run_gui(args) == 0  # cancelling the sign-in ends the application
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    finally:
        safety.stop()
        app.setQuitOnLastWindowClosed(True)
