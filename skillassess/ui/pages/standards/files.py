"""The Standards page's files: import a standard (Excel, CASE JSON, Moodle CSV), export a qualification,
save the empty template. A part of StandardsPage (its texts are in the page's translation context).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QMessageBox

from skillassess.services import standards_io
from skillassess.services.standards import NodeKind, NodeRef, TreeRow
from skillassess.ui import file_dialogs
from skillassess.ui.errors import show_error
from skillassess.ui.i18n import number
from skillassess.ui.ops import Changed, ChangeOp, QueryOp
from skillassess.ui.tasks import Task

Index = QModelIndex | QPersistentModelIndex


class StandardsFiles:
    """Import, export and the template, for StandardsPage (which gives db, actor, the tree and the reload)."""

    def import_dialog(self) -> None:
        if not self._editable():
            return
        chosen = file_dialogs.open_file_name(
            self,
            QCoreApplication.translate("StandardsPage", "Import a standard"),
            QCoreApplication.translate(
                "StandardsPage",
                "Standards (*.xlsx *.json *.csv);;Excel workbook (*.xlsx);;CASE JSON (*.json);;Moodle CSV (*.csv)",
            ),
            kind="standards",
        )
        if chosen is not None:
            self.import_file(str(chosen))

    def import_file(self, path: str) -> Task:
        """Import in the background behind a progress dialog; the tree shows the result."""
        actor = self.actor
        assert actor is not None
        # The file is read and checked without the write lock, then written in one short transaction.
        return (
            ChangeOp.of_service(
                self,
                self.db,
                lambda db, progress: standards_io.import_standard(db, actor, path, progress=progress.report),
                changes=Changed.STANDARDS,
                title=QCoreApplication.translate("StandardsPage", "Import"),
            )
            .success(self._imported)
            .run_in_background(
                label=QCoreApplication.translate("StandardsPage", "Importing %1…").replace("%1", Path(path).name)
            )
        )

    def _imported(self, result: standards_io.ImportResult) -> None:
        self._reload_and_select(NodeRef(NodeKind.QUALIFICATION, result.qualification_id))
        c = result.counts
        text = (
            QCoreApplication.translate(
                "StandardsPage", "Imported %1 version %2: %3 unit(s), %4 element(s), %5 performance criteria."
            )
            .replace("%1", result.code)
            .replace("%2", number(result.version))
            .replace("%3", str(c["units"]))
            .replace("%4", str(c["elements"]))
            .replace("%5", str(c["criteria"]))
        )
        self.last_import_message = text + ("\n\n" + "\n".join(result.mapping) if result.mapping else "")
        self.show_message(QCoreApplication.translate("StandardsPage", "Import"), self.last_import_message)

    def show_message(self, title: str, text: str) -> None:
        """Tell the user how an import went; tests replace this method."""
        QMessageBox.information(self, title, text)

    def _qualification_of(self, index: Index) -> TreeRow | None:
        """The qualification the node at ``index`` (a source index) is in, or None."""
        source: Index = index
        while source.isValid():
            row = self.tree_model.tree_row(source)
            if row is not None and row.ref.kind == NodeKind.QUALIFICATION:
                return row
            source = source.parent()
        return None

    def export_dialog(self) -> None:
        q = self._qualification_of(self.tree.source(self.tree.currentIndex()))
        if q is None:
            return
        target, chosen = file_dialogs.save_file_name(
            self,
            QCoreApplication.translate("StandardsPage", "Export a standard"),
            f"{q.code}-v{q.version}.xlsx",
            QCoreApplication.translate("StandardsPage", "Excel workbook (*.xlsx);;CASE 1.1 JSON (*.json)"),
            kind="standards",
        )
        if target is not None:
            path = str(target)
            if not Path(path).suffix:
                path += ".json" if "json" in chosen else ".xlsx"
            self.export_file(q.ref.id, path)

    def export_file(self, qualification_id: int, path: str) -> Task:
        """Write the qualification to ``path`` in the background."""
        return (
            QueryOp(
                self,
                self.db,
                lambda s: standards_io.export_file(s, qualification_id, path),
                title=QCoreApplication.translate("StandardsPage", "Export"),
            )
            .success(lambda _doc: self._exported(path))
            .run_in_background(
                label=QCoreApplication.translate("StandardsPage", "Writing %1…").replace("%1", Path(path).name)
            )
        )

    def _exported(self, path: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                QCoreApplication.translate("StandardsPage", "Wrote %1").replace("%1", path), 8000
            )

    def template_dialog(self) -> None:
        from skillassess.formats.standards_excel import write_template

        target, _ = file_dialogs.save_file_name(
            self,
            QCoreApplication.translate("StandardsPage", "Save the standards template"),
            "standard-template.xlsx",
            QCoreApplication.translate("StandardsPage", "Excel workbook (*.xlsx)"),
            kind="standards",
        )
        if target is None:
            return
        path = str(target)
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            write_template(path)
        except OSError as exc:
            show_error(self, exc)
