"""Issuing asks first: how many, for whom, in which languages, with the first certificate shown; cancelling
takes no serial number and issues nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from skillassess.core.models import Certificate, SerialCounter
from skillassess.ui.app import create_application
from skillassess.ui.certificate_dialogs import IssueConfirmDialog, IssueDialog
from skillassess.ui.main_window import MainWindow
from skillassess.ui.pages.certificates import CertificatesPage

CHOSEN = ["ACC-2026-00002", "ACC-2026-00003"]


def _counts(db) -> tuple[int, int]:
    """(certificates in the register, serial numbers taken)."""
    with db.session() as s:
        return (
            s.execute(select(func.count(Certificate.id))).scalar_one(),
            int(s.execute(select(func.coalesce(func.sum(SerialCounter.last_number), 0))).scalar_one()),
        )


@pytest.fixture
def page(qtbot, demo_db, demo_actor, monkeypatch):
    create_application()
    w = MainWindow(demo_db, demo_actor("registrar"))
    qtbot.addWidget(w)
    p = w.show_page(CertificatesPage)
    assert isinstance(p, CertificatesPage)

    def choose(dlg: IssueDialog) -> int:  # the registrar picks two candidates and Amharic, as in the issue
        for n, row in enumerate(dlg.rows):
            if row.registration_number in CHOSEN and row.qualification == "ELI-L2":
                dlg.table.selectRow(n) if not dlg.table.selectionModel().selectedRows() else None
                dlg.table.selectionModel().select(
                    dlg.table.model().index(n, 0),
                    dlg.table.selectionModel().SelectionFlag.Select | dlg.table.selectionModel().SelectionFlag.Rows,
                )
        dlg.first_language.setCurrentIndex(dlg.first_language.findData("am"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(IssueDialog, "exec", choose)
    monkeypatch.setattr("skillassess.ui.ops.show_error", lambda _w, exc, *a: p.shown.append(str(exc)))
    p.shown = []
    return p


def test_cancelling_the_confirmation_takes_no_serial(page, demo_db, monkeypatch, qtbot) -> None:
    before = _counts(demo_db)
    asked: list[IssueConfirmDialog] = []

    def cancel(dlg: IssueConfirmDialog) -> int:
        asked.append(dlg)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(IssueConfirmDialog, "exec", cancel)
    page.issue()  # the eligible are found on the task pool; the dialogs open when that is done
    qtbot.waitUntil(lambda: bool(asked or page.shown), timeout=20_000)
    assert page.shown == []
    assert len(asked) == 1
    dlg = asked[0]
    assert (
        dlg.summary.text() == f"2 certificates will be issued in አማርኛ (am), dated {dlg.preview.issued_on.isoformat()}."
    )
    names = [dlg.table.item(r, 1).text() for r in range(dlg.table.rowCount())]
    assert [line.registration_number for line in dlg.preview.lines] == CHOSEN
    assert len(names) == 2 and all(names)
    assert dlg.preview.first.preview and dlg.preview.first.languages == ("am",)
    pixmap = dlg.page_label.pixmap()
    assert pixmap is not None and pixmap.width() > pixmap.height() > 100  # the first page, A4 landscape
    assert dlg.issue_button.text() == "Issue 2 certificates"  # the English catalogue gives the plural
    assert not dlg.issue_button.isDefault()  # Enter cancels; issuing is a deliberate click
    assert _counts(demo_db) == before  # no certificate, no serial number taken


def test_confirming_issues_them(page, demo_db, monkeypatch, qtbot) -> None:
    before = _counts(demo_db)
    monkeypatch.setattr(IssueConfirmDialog, "exec", lambda dlg: QDialog.DialogCode.Accepted)
    shown: list[list[str]] = []
    monkeypatch.setattr(page, "_show_originals", lambda pdf, serials: shown.append(serials))
    page.issue()  # the eligible are found on the task pool; issuing follows when that is done
    qtbot.waitUntil(lambda: bool(shown or page.shown), timeout=20_000)
    assert page.shown == []
    assert _counts(demo_db) == (before[0] + 2, before[1] + 2)
    assert len(shown) == 1 and len(shown[0]) == 2


def test_a_problem_is_named_before_asking(page, demo_db, monkeypatch) -> None:
    shown = page.shown
    monkeypatch.setattr(
        IssueConfirmDialog, "exec", lambda dlg: pytest.fail("asked for a request that cannot be issued")
    )
    before = _counts(demo_db)
    assert page.issue_confirmation([("ACC-2026-00030", "ELI-L2")], "en") is None
    assert shown and "ACC-2026-00030" in shown[0] and shown[0].startswith("No certificate was issued:")
    assert _counts(demo_db) == before
