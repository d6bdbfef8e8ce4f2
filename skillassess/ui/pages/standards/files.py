"""The Standards page's files: import a standard (Excel, CASE JSON, Moodle CSV), export a qualification,
save the empty template. A part of StandardsPage (its texts are in the page's translation context).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QMessageBox

from skillassess.core.messages import Message
from skillassess.services import standards_io
from skillassess.services.standards import NodeKind, NodeRef, TreeRow
from skillassess.ui import file_dialogs
from skillassess.ui.errors import say, show_error
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
            self.import_file(str(chosen), preview=True)

    def import_file(self, path: str, *, preview: bool = False, unit_level: int | None = None) -> Task:
        """Import in the background behind a progress dialog; the tree shows the result. With ``preview``,
        the file is read first and what it holds, how it maps and what has no place are shown for the user
        to confirm before anything is written."""
        if preview:
            return (
                QueryOp(
                    self,
                    self.db,
                    lambda _s: standards_io.read_standard_file(path, unit_level=unit_level or 1),
                    title=QCoreApplication.translate("StandardsPage", "Import"),
                )
                .success(lambda doc: self._preview(path, doc, unit_level))
                .run_in_background(
                    label=QCoreApplication.translate("StandardsPage", "Reading %1…").replace("%1", Path(path).name)
                )
            )
        actor = self.actor
        assert actor is not None
        # The file is read and checked without the write lock, then written in one short transaction.
        return self._import(
            path, lambda db, progress: standards_io.import_standard(db, actor, path, progress=progress.report)
        )

    def _import(self, path: str, work: Callable[[Any, Any], Any]) -> Task:
        """Run ``work(db, progress)`` (a service that writes a standard) behind a progress dialog naming ``path``."""
        return (
            ChangeOp.of_service(
                self,
                self.db,
                work,
                changes=Changed.STANDARDS,
                title=QCoreApplication.translate("StandardsPage", "Import"),
            )
            .success(self._imported)
            .run_in_background(
                label=QCoreApplication.translate("StandardsPage", "Importing %1…").replace("%1", Path(path).name)
            )
        )

    @staticmethod
    def _report_text(lines: list[Any]) -> str:
        return "\n".join(say(line) if isinstance(line, Message) else str(line) for line in lines)

    def _preview(self, path: str, doc: Any, unit_level: int | None = None) -> None:
        if unit_level is None and doc.levels > 3:
            # A Moodle framework deeper than unit, element and criterion: the user says which level is the unit.
            level = self.ask_unit_level(Path(path).name, doc.levels)
            if level is None:
                return
            if level != 1:
                self.import_file(path, preview=True, unit_level=level)
                return
        c = doc.counts()
        text = (
            QCoreApplication.translate(
                "StandardsPage",
                "%1 holds qualification %2 (%3): %4 unit(s), %5 element(s), %6 performance criteria. Import it?",
            )
            .replace("%1", Path(path).name)
            .replace("%2", doc.code)
            .replace("%3", doc.title)
            .replace("%4", str(c["units"]))
            .replace("%5", str(c["elements"]))
            .replace("%6", str(c["criteria"]))
        )
        if not self.confirm_import(text, self._report_text(doc.mapping)):
            return
        actor = self.actor
        assert actor is not None
        self._import(
            path, lambda db, progress: standards_io.import_read_document(db, actor, doc, progress=progress.report)
        )

    def ask_unit_level(self, name: str, levels: int) -> int | None:
        """Which level of a deep framework becomes the units (None: cancel); tests replace this method."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(QCoreApplication.translate("StandardsPage", "Import a standard"))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, levels)
        dialog.setIntValue(1)
        dialog.setLabelText(
            QCoreApplication.translate(
                "StandardsPage",
                "%1 is a framework of %2 levels. Which level becomes the units? Level 1 is the top; the next "
                "two become elements and performance criteria, deeper ones fold into the criteria's text, "
                "and levels above the units are listed as having no place.",
            )
            .replace("%1", name)
            .replace("%2", str(levels))
        )
        for text in dialog.findChildren(QLabel):  # a long question wraps instead of widening the dialog
            text.setWordWrap(True)
        dialog.resize(460, dialog.sizeHint().height())
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        level = dialog.intValue()
        return level if ok else None

    def confirm_import(self, text: str, report: str) -> bool:
        """Ask before an import writes anything, with the reader's report; tests replace this method."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("StandardsPage", "Import a standard"),
            text,
            parent=self,
        )
        if report:
            box.setInformativeText(report)
        ok = box.addButton(QCoreApplication.translate("StandardsPage", "Import"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

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
        self.last_import_message = text + ("\n\n" + self._report_text(result.mapping) if result.mapping else "")
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
            QCoreApplication.translate(
                "StandardsPage",
                "Excel workbook (*.xlsx);;CASE 1.1 JSON (*.json);;Moodle competency framework CSV (*.csv)",
            ),
            kind="standards",
        )
        if target is not None:
            path = str(target)
            if not Path(path).suffix:
                path += ".json" if "json" in chosen else ".csv" if "csv" in chosen else ".xlsx"
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
