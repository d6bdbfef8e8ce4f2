"""The main window and its pages, offscreen, showing the demo content."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPersistentModelIndex, QSettings, Qt

from skillassess.core.enums import SectionKind
from skillassess.ui.app import create_application
from skillassess.ui.main_window import MainWindow
from skillassess.ui.pages.assessments import AssessmentsPage
from skillassess.ui.pages.candidates import CandidatesPage
from skillassess.ui.pages.certificates import CertificatesPage
from skillassess.ui.pages.reports import ReportsPage
from skillassess.ui.pages.standards import StandardsPage


@pytest.fixture
def window(qtbot, demo_db):
    create_application()
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_navigation_lists_the_pages(window) -> None:
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:6] == ["Home", "Standards", "Candidates", "Assessments", "Certificates", "Reports"]
    assert "demo.sqlite3" in window.db_label.text()


def test_standards_tree_goes_down_to_criteria(window, qtbot) -> None:
    page = window.show_page(StandardsPage)
    model = page.tree_model
    body = model.index(0, 0)
    assert body.data() == "NTVA"
    qual = _child(page, body, "ELI-L2")
    assert model.rowCount(qual) == 0 and model.hasChildren(qual)  # its units are read when it opens
    page.tree.expand(page.filter_model.mapFromSource(qual))
    # The view fetches when it lays the expanded row out (at once when the window is shown; later under load).
    qtbot.waitUntil(lambda: model.rowCount(qual) == 8, timeout=10_000)
    unit = model.index(0, 0, qual)
    assert unit.data() == "ELI-C01" and "Core" in unit.siblingAtColumn(2).data()
    element = _child(page, _child(page, qual, "ELI-C01"), "1")
    assert _child(page, element, "1.1").isValid()
    _select(page, unit)
    assert page.detail.currentWidget() is page.unit_form
    assert page.unit_form.tabs.tabText(0) == "Range statement"
    assert page.unit_form.sections[SectionKind.RANGE_STATEMENT].toPlainText()


def test_standards_filter(window) -> None:
    page = window.show_page(StandardsPage)
    page.filter_edit.setText("ELI-E02")
    shown = page.filter_model
    qual = shown.index(0, 0, shown.index(0, 0))
    assert qual.data() == "ELI-L2" and page.tree.isExpanded(qual)  # opened: it holds what was found
    assert [shown.index(i, 0, qual).data() for i in range(shown.rowCount(qual))] == ["ELI-E02"]
    page.filter_edit.setText("")
    assert shown.rowCount(qual) == 8


def test_candidates_page_lists_and_searches_in_any_script(window, qtbot) -> None:
    page = window.show_page(CandidatesPage)
    assert page.model.total == 37
    assert "37" in page.count_label.text()
    page.search_edit.setText("ACC-2026-00007")
    qtbot.waitUntil(lambda: page.model.total == 1)
    ethiopic = [page.model.row(0)]
    assert ethiopic[0].registration_number == "ACC-2026-00007"
    with window.db.session() as s:
        from sqlalchemy import select

        from skillassess.core.models import Candidate

        local = s.execute(select(Candidate.name_local).where(Candidate.name_local.like("%ب%"))).scalars().first()
    word = local.split()[0]
    page.search_edit.setText(word)
    qtbot.waitUntil(lambda: page.model.total >= 1 and word in page.model.row(0).name_local)


def test_assessments_page_filters_by_status(window, qtbot) -> None:
    page = window.show_page(AssessmentsPage)
    total = page.model.total
    assert total > 40
    idx = page.status_combo.findText("Returned")
    page.status_combo.setCurrentIndex(idx)
    assert 0 < page.model.total < total
    assert page.model.data(page.model.index(0, 6), Qt.ItemDataRole.DisplayRole) == "Returned"


def test_certificates_and_reports_pages_open(window, qtbot) -> None:
    window.show_page(CertificatesPage)
    reports = window.show_page(ReportsPage)
    # Registered: the demo's 30 electrical and 7 garment-making candidates, 21 of them women.
    qtbot.waitUntil(lambda: reports.cells[0][2].text() == "37", timeout=10000)
    assert reports.cells[0][0].text() == "21"


def test_window_state_is_remembered(qtbot, demo_db) -> None:
    create_application()
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    w.resize(1000, 650)
    w.nav.setCurrentRow(2)
    w.close()
    assert QSettings().value("main_window/page") in (2, "2")
    w2 = MainWindow(demo_db)
    qtbot.addWidget(w2)
    assert w2.nav.currentRow() == 2


# --- Standards editor ---------------------------------------------------------------------------


@pytest.fixture
def admin_window(qtbot, demo_db):
    from skillassess.services.users import actor_by_username

    create_application()
    with demo_db.session() as s:
        actor = actor_by_username(s, "admin")
    w = MainWindow(demo_db, actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _child(page, parent, code):
    """The child of ``parent`` (a tree model index) whose code is ``code``, ``parent`` opened in the view."""
    model = page.tree_model
    if parent.isValid():
        page.tree.expand(page.filter_model.mapFromSource(parent))
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for i in range(model.rowCount(parent)):
        if model.index(i, 0, parent).data() == code:
            return model.index(i, 0, parent)
    raise AssertionError(f"{code} not under {parent.data()}")


def _select(page, index) -> None:
    page.tree.setCurrentIndex(page.filter_model.mapFromSource(index))


def _current(page):
    return page.filter_model.mapToSource(page.tree.currentIndex())


def test_locked_unit_is_read_only_and_says_why(admin_window) -> None:
    page = admin_window.show_page(StandardsPage)
    unit = _child(page, _child(page, page.tree_model.index(0, 0), "ELI-L2"), "ELI-C01")
    _select(page, unit)
    assert not page.banner.isHidden()
    assert "cannot be edited in place" in page.banner.text()
    assert page.unit_form.title_edit.isReadOnly() and not page.unit_form.save_button.isEnabled()
    assert page.version_button.isEnabled() and not page.publish_button.isEnabled()
    assert not page.remove_button.isEnabled()  # the qualification is in use too


def test_non_administrator_cannot_edit(window) -> None:
    page = window.show_page(StandardsPage)
    _select(page, _child(page, page.tree_model.index(0, 0), "ELI-L2"))
    assert "Only an administrator" in page.banner.text()
    assert not page.add_button.isEnabled() and not page.import_button.isEnabled()
    assert not page.qualification_form.save_button.isEnabled()


def test_new_version_edit_move_and_publish_a_unit(admin_window, demo_db, qtbot) -> None:
    from skillassess.services import standards as svc

    page = admin_window.show_page(StandardsPage)
    qual = _child(page, page.tree_model.index(0, 0), "ELI-L2")
    _select(page, _child(page, qual, "ELI-E01"))
    page.new_version()
    # The new draft is selected and editable.
    with demo_db.session() as s:
        draft = svc.find_unit(s, "ELI-E01", 2)
        assert page.current_ref().id == draft.id
    assert page.banner.isHidden() and page.unit_form.save_button.isEnabled()
    assert page.publish_button.isEnabled()
    page.unit_form.title_edit.setText("Install solar PV stand-alone and hybrid systems")
    page.unit_form.sections[SectionKind.EVIDENCE_GUIDE].setPlainText("Two installations observed.")
    page.save_current()
    assert page.current_row().title == "Install solar PV stand-alone and hybrid systems"
    assert _current(page).siblingAtColumn(1).data() == "Install solar PV stand-alone and hybrid systems"
    # Add an element (the dialog answered by the test), then a criterion, then move the element up.
    page.ask_new = lambda kind: {"title": f"A new {kind}"}
    page.add_child()
    element = page.current_ref()
    assert page.current_row().title == "A new element"
    page.add_child()
    assert page.current_row().code.endswith(".1")
    page.select(element)
    last = page.current_row().code
    page.move_current(-1)
    assert page.current_row().title == "A new element"
    assert int(page.current_row().code) == int(last) - 1
    _select(page, _current(page).parent())
    page.publish()
    with demo_db.session() as s:
        u = svc.find_unit(s, "ELI-E01")
        assert (u.version, u.status.value, u.title) == (2, "current", "Install solar PV stand-alone and hybrid systems")
        assert svc.unit_sections(s, u.id)[SectionKind.EVIDENCE_GUIDE] == "Two installations observed."
        assert svc.find_unit(s, "ELI-E01", 1).status.value == "superseded"


def test_import_runs_in_the_background_and_shows_the_mapping(admin_window, qtbot, tmp_path) -> None:
    from skillassess.formats.case_json_writer import write_case
    from skillassess.formats.standard_doc import CriterionDoc, ElementDoc, QualificationDoc, UnitDoc

    doc = QualificationDoc(
        code="PLB-L1",
        title="Plumbing",
        awarding_body_code="NTVA",
        units=[
            UnitDoc(
                code="PLB-C01",
                title="Install pipes",
                elements=[ElementDoc("Plan", [CriterionDoc("Drawings are read")])],
            )
        ],
    )
    path = tmp_path / "plb.json"
    write_case(doc, path)
    page = admin_window.show_page(StandardsPage)
    messages: list[str] = []
    page.show_message = lambda title, text: messages.append(text)
    page.import_file(str(path))
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    assert "Imported PLB-L1 version 1: 1 unit(s), 1 element(s), 1 performance criteria." in messages[0]
    assert "Mapped by item type" in messages[0]
    assert page.current_row().code == "PLB-L1"


def test_add_a_qualification_with_a_new_and_an_existing_unit(admin_window, demo_db) -> None:
    from skillassess.services import standards as svc

    page = admin_window.show_page(StandardsPage)
    answers = iter(
        [
            {"code": "SOL-L3", "title": "Solar PV installation"},
            {"code": "SOL-C01", "title": "Size PV systems", "category": "core"},
            {"code": "ELI-E01", "title": "", "category": "elective"},
        ]
    )
    page.ask_new = lambda kind: next(answers)
    _select(page, page.tree_model.index(0, 0))
    page.add_child()
    qual = QPersistentModelIndex(_current(page))
    assert qual.data() == "SOL-L3"
    page.add_child()
    _select(page, qual)
    page.add_child()
    model = page.tree_model
    assert [model.index(i, 0, qual).data() for i in range(model.rowCount(qual))] == ["SOL-C01", "ELI-E01"]
    with demo_db.session() as s:
        q = svc.find_qualification(s, "SOL-L3")
        assert [(u.code, c.value) for u, c in svc.units_of(s, q.id)] == [("SOL-C01", "core"), ("ELI-E01", "elective")]
    # Taking the existing unit out again leaves the unit itself alone.
    _select(page, model.index(1, 0, qual))
    page.confirm = lambda text: True
    page.remove_current()
    with demo_db.session() as s:
        assert [u.code for u, _ in svc.units_of(s, svc.find_qualification(s, "SOL-L3").id)] == ["SOL-C01"]
        assert svc.find_unit(s, "ELI-E01").version == 1


def test_export_runs_in_the_background(admin_window, qtbot, tmp_path) -> None:
    import json

    page = admin_window.show_page(StandardsPage)
    qual = _child(page, page.tree_model.index(0, 0), "ELI-L2")
    path = tmp_path / "eli.json"
    page.export_file(page.tree_model.ref(qual).id, str(path))
    qtbot.waitUntil(lambda: "Wrote" in admin_window.statusBar().currentMessage(), timeout=10000)
    assert len(json.loads(path.read_text(encoding="utf-8"))["CFItems"]) == 8 + 31 + 109


def test_keyboard_moves_and_saves(admin_window, demo_db, qtbot) -> None:
    from skillassess.core.models import Element
    from skillassess.services import standards as svc

    page = admin_window.show_page(StandardsPage)
    page.ask_new = lambda kind: (
        {"code": "KB-L1", "title": "Keyboard"}
        if kind == "qualification"
        else ({"code": "KB-C01", "title": "Keys", "category": "core"} if kind == "unit" else {"title": f"{kind} text"})
    )
    _select(page, page.tree_model.index(0, 0))
    page.add_child()  # qualification
    page.add_child()  # unit
    unit = page.current_ref()
    page.add_child()  # element 1
    page.select(unit)
    page.add_child()  # element 2
    page.select(unit)
    first = page.tree_model.index(0, 0, _current(page))
    first_id = page.tree_model.ref(first).id
    _select(page, first)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    with demo_db.session() as s:
        assert [e.id for e in svc.elements_of(s, unit.id)][1] == first_id
    page.element_form.text.setPlainText("Element edited from the keyboard")
    qtbot.keyClick(page.element_form.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with demo_db.session() as s:
        assert s.get(Element, first_id).title == "Element edited from the keyboard"
