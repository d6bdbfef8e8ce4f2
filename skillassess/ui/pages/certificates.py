"""Certificates page: the register with search and filters; issue, preview, print, save badges, revoke, reissue,
verify."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import CertificateKind, CertificateStatus, Role
from skillassess.core.errors import DomainError
from skillassess.core.safe_write import write_file
from skillassess.db.database import Database
from skillassess.services import certificate_register
from skillassess.services import certificates as svc
from skillassess.services.badges import write_badges
from skillassess.services.certificate_files import reprint_to_file
from skillassess.services.certificate_register import CertificateQuery, CertificateRow
from skillassess.ui.certificate_dialogs import (
    IssueConfirmDialog,
    IssueDialog,
    PreviewDialog,
    ReasonDialog,
    VerifyDialog,
)
from skillassess.ui.dates import date_text
from skillassess.ui.errors import show_error
from skillassess.ui.file_dialogs import confirm_saved, save_file_name
from skillassess.ui.icons import icon
from skillassess.ui.labels import label
from skillassess.ui.ops import Changed, ChangeOp, QueryOp, Session, read
from skillassess.ui.pages.base import Page
from skillassess.ui.state import AppState
from skillassess.ui.table_models import Column, PagedTableModel, record_table
from skillassess.ui.tasks import Progress, Task

if TYPE_CHECKING:
    from skillassess.formats.certificate_pdf import CertificateDoc


class CertificateTableModel(PagedTableModel[CertificateRow]):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self.db = db
        self.query = CertificateQuery()
        locale = QLocale()
        columns = [
            Column[CertificateRow](self.tr("Serial"), lambda r: r.serial, left_to_right=True),
            Column[CertificateRow](self.tr("Type"), lambda r: label(r.kind)),
            Column[CertificateRow](self.tr("Registration no."), lambda r: r.registration_number, left_to_right=True),
            Column[CertificateRow](self.tr("Candidate"), lambda r: r.candidate_name),
            Column[CertificateRow](self.tr("Qualification"), lambda r: r.qualification_code, left_to_right=True),
            Column[CertificateRow](self.tr("Issued"), lambda r: date_text(r.issued_on)),
            Column[CertificateRow](self.tr("Status"), lambda r: label(r.status)),
            Column[CertificateRow](self.tr("Reprints"), lambda r: locale.toString(r.reprint_count), align_right=True),
        ]
        super().__init__(columns, self._count_rows, self._page_rows, parent)

    def _count_rows(self) -> int:
        return read(self.db, lambda s: certificate_register.count_certificates(s, self.query))

    def _page_rows(self, offset: int, limit: int) -> list[CertificateRow]:
        return read(self.db, lambda s: certificate_register.certificate_page(s, offset, limit, self.query))


class CertificatesPage(Page):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.model = CertificateTableModel(state.db, self)
        self.table = record_table(self.model, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(lambda _i: self.preview_selected())
        self.count_label = QLabel()

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by serial, registration number or name"))
        self.search_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Any status"), None)
        for st in CertificateStatus:
            self.status_combo.addItem(label(st), st)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Any type"), None)
        for k in CertificateKind:
            self.kind_combo.addItem(label(k), k)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1999, 2200)
        self.year_spin.setSpecialValueText(self.tr("Any year"))
        self.year_spin.setValue(1999)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.load)
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.year_spin.valueChanged.connect(lambda _v: self._debounce.start())
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.year_spin)

        self.issue_button = QPushButton(self.tr("Issue…"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.print_button = QPushButton(self.tr("Reprint…"))
        self.save_button = QPushButton(self.tr("Reprint to PDF or ZIP…"))
        self.badge_button = QPushButton(self.tr("Save badge…"))
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.reissue_button = QPushButton(self.tr("Reissue…"))
        self.verify_button = QPushButton(self.tr("Verify…"))
        for button, name in (
            (self.issue_button, "certificates"),
            (self.preview_button, "preview"),
            (self.print_button, "print"),
            (self.save_button, "pdf"),
            (self.badge_button, "export"),
            (self.revoke_button, "close"),
            (self.reissue_button, "refresh"),
            (self.verify_button, "check"),
        ):
            button.setIcon(icon(name))
        self.issue_button.clicked.connect(self.issue)
        self.preview_button.clicked.connect(self.preview_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.badge_button.clicked.connect(self.save_badges_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.reissue_button.clicked.connect(self.reissue_selected)
        self.verify_button.clicked.connect(self.verify)
        actions = QHBoxLayout()
        for b in (
            self.issue_button,
            self.preview_button,
            self.print_button,
            self.save_button,
            self.badge_button,
            self.revoke_button,
            self.reissue_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        # Verify… needs no selection: beside the filters, so that the row of actions fits in every language.
        filters.addWidget(self.verify_button)

        self.orientation = "landscape"
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        state.actor_changed.connect(self._update_buttons)
        # Every change that shows in the register, this page's own too (it reloads on the announcement).
        self.subscribe(Changed.CERTIFICATES | Changed.ASSESSMENTS | Changed.CANDIDATES)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Certificates")

    # Reading ----------------------------------------------------------------------------------------
    def current_query(self) -> CertificateQuery:
        year = self.year_spin.value()
        return CertificateQuery(
            text=self.search_edit.text(),
            status=self.status_combo.currentData(),
            kind=self.kind_combo.currentData(),
            year=None if year == self.year_spin.minimum() else year,
        )

    def load(self) -> None:
        self.model.query = self.current_query()
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("%n certificate(s) in the register", "", self.model.total))

    def selected_rows(self) -> list[CertificateRow]:
        return [
            self.model.row(i.row()) for i in sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        ]

    def _is_registrar(self) -> bool:
        return self.actor is not None and self.actor.has(Role.REGISTRAR)

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        registrar = self._is_registrar()
        issued = [r for r in rows if r.status == CertificateStatus.ISSUED]
        self.issue_button.setEnabled(registrar)
        self.preview_button.setEnabled(len(rows) == 1)
        self.print_button.setEnabled(registrar and bool(issued) and len(issued) == len(rows))
        self.save_button.setEnabled(registrar and bool(issued) and len(issued) == len(rows))
        self.badge_button.setEnabled(registrar and bool(issued) and len(issued) == len(rows))
        self.revoke_button.setEnabled(registrar and len(issued) == 1 and len(rows) == 1)
        self.reissue_button.setEnabled(registrar and len(issued) == 1 and len(rows) == 1)
        tip = "" if registrar else self.tr("Issuing, printing and revoking need the registrar role.")
        for b in (self.issue_button, self.revoke_button, self.reissue_button):
            b.setToolTip(tip)
        reprint_tip = self.tr('Printed again, marked "Reprint" and counted in the register.')
        self.print_button.setToolTip(tip or reprint_tip)
        self.save_button.setToolTip(tip or reprint_tip)
        self.badge_button.setToolTip(
            tip
            or self.tr(
                "An Open Badge (.jwt) per certificate, signed with the centre's key: the candidate imports it into a "
                "digital wallet, and employers' software checks it."
            )
        )

    # Actions ----------------------------------------------------------------------------------------
    def issue(self) -> None:
        if self.actor is None:
            return
        # Every enrolment is read: on the task pool at a national register's size, the window stays live.
        QueryOp.reporting(
            self, self.db, lambda s, progress: svc.eligible_candidates(s, progress.report), title=self.tr("Issue")
        ).success(self._issue_from).run_in_background(label=self.tr("Finding the candidates who can be certified…"))

    def _issue_from(self, rows: list[svc.EligibleRow]) -> None:
        from skillassess.formats.certificate_pdf import render_certificates

        dlg = IssueDialog(rows, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.orientation = dlg.orientation_value()
        requests = [(row.registration_number, row.qualification) for row in dlg.selected()]
        if not self.confirm_issue(requests, dlg.languages()):
            return
        docs = self.issue_rows(requests, dlg.languages())
        if docs:
            buf = io.BytesIO()
            render_certificates(docs, buf, orientation=self.orientation)
            self._show_originals(buf.getvalue(), [d.serial for d in docs])

    def issue_confirmation(self, requests: list[tuple[str, str]], languages: str) -> IssueConfirmDialog | None:
        """The confirmation for issuing ``requests`` (read only: no serial is taken), or None after saying
        why they cannot be issued."""
        from skillassess.formats.certificate_pdf import render_certificate

        if self.actor is None:
            return None
        actor, orientation = self.actor, self.orientation
        found: list[tuple[svc.IssuePreview, bytes]] = []

        def work(s: Session) -> tuple[svc.IssuePreview, bytes]:
            preview = svc.issue_preview(s, actor, requests, languages)
            return preview, render_certificate(preview.first, orientation)

        QueryOp(self, self.db, work).success(found.append).run()
        if not found:
            return None
        return IssueConfirmDialog(found[0][0], found[0][1], self)

    def confirm_issue(self, requests: list[tuple[str, str]], languages: str) -> bool:
        """Ask before issuing: how many, for whom, in which languages, with the first certificate shown."""
        dlg = self.issue_confirmation(requests, languages)
        return dlg is not None and dlg.exec() == QDialog.DialogCode.Accepted

    def issue_rows(self, requests: list[tuple[str, str]], languages: str) -> list[CertificateDoc]:
        """Issue the chosen certificates, all or none: a problem with one is named and nothing is issued."""
        if self.actor is None:
            return []
        actor = self.actor
        docs: list[CertificateDoc] = []
        ChangeOp(
            self,
            self.db,
            lambda s: [
                svc.certificate_document(s, c.serial) for c in svc.issue_certificates(s, actor, requests, languages)
            ],
            changes=Changed.CERTIFICATES,
        ).success(docs.extend).run()
        return docs

    def _show_originals(self, pdf: bytes, serials: list[str]) -> None:
        """Preview freshly issued certificates with Print and Save (the original, not a reprint)."""
        dlg = PreviewDialog(self.tr("Issued: %1").replace("%1", ", ".join(serials)), pdf, self)
        box = dlg.findChild(QDialogButtonBox)
        print_b = box.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        save_b = box.addButton(self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        badge_b = box.addButton(self.tr("Save badge…"), QDialogButtonBox.ButtonRole.ActionRole)
        badge_b.setObjectName("save_badge")
        badge_b.clicked.connect(lambda: self.save_badges(serials, dlg))
        print_b.clicked.connect(lambda: self._print_bytes(pdf, dlg))
        save_b.clicked.connect(lambda: self._save_bytes(pdf, serials[0] if len(serials) == 1 else "certificates", dlg))
        dlg.exec()

    def _save_bytes(self, pdf: bytes, stem: str, parent: QWidget) -> None:
        path, _ = save_file_name(parent, self.tr("Save certificates"), f"{stem}.pdf", self.tr("PDF (*.pdf)"))
        if path is not None:
            try:
                write_file(path, pdf)
            except DomainError as exc:
                show_error(parent, exc)
                return
            confirm_saved(parent, path)

    def _print_bytes(self, pdf: bytes, parent: QWidget) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from skillassess.ui.pdf_pages import print_pdf

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dlg = QPrintDialog(printer, parent)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(printer, pdf)
        except OSError as exc:
            show_error(parent, DomainError(str(exc)))

    def preview_selected(self) -> None:
        from skillassess.formats.certificate_pdf import render_certificate

        rows = self.selected_rows()
        if len(rows) != 1:
            return
        serial, orientation = rows[0].serial, self.orientation
        QueryOp(self, self.db, lambda s: render_certificate(svc.certificate_document(s, serial), orientation)).success(
            lambda pdf: PreviewDialog(self.tr("Certificate %1").replace("%1", serial), pdf, self).exec()
        ).run()

    def save_selected(self) -> None:
        rows = self.selected_rows()
        if not rows or self.actor is None:
            return
        stem = rows[0].serial if len(rows) == 1 else "certificates"
        path, chosen = save_file_name(
            self,
            self.tr("Save certificates"),
            f"{stem}.pdf",
            self.tr("One PDF (*.pdf);;ZIP of one PDF per certificate (*.zip)"),
        )
        if path is None:
            return
        if path.suffix.lower() not in (".pdf", ".zip"):
            path = path.with_suffix(".zip" if "zip" in chosen.lower() else ".pdf")
        self.start_batch([r.serial for r in rows], path, confirm=True)

    def save_badges_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.save_badges([r.serial for r in rows], self)

    def save_badges(self, serials: list[str], parent: QWidget) -> None:
        """Ask where, then write the Open Badges of ``serials``: one .jwt, or a ZIP of one .jwt each."""
        if self.actor is None or not serials:
            return
        one = len(serials) == 1
        jwt_filter = self.tr("Open Badge (*.jwt)")
        zip_filter = self.tr("ZIP of one badge per certificate (*.zip)")
        path, chosen = save_file_name(
            parent,
            self.tr("Save badges"),
            f"{serials[0]}.jwt" if one else "badges.zip",
            f"{jwt_filter};;{zip_filter}" if one else zip_filter,
        )
        if path is None:
            return
        if path.suffix.lower() not in (".jwt", ".zip"):
            path = path.with_suffix(".jwt" if one and chosen == jwt_filter else ".zip")
        self.start_badges(serials, path, parent=parent)

    def start_badges(
        self, serials: list[str], path: Path, *, parent: QWidget | None = None, confirm: bool = True
    ) -> Task:
        """Write the badges of ``serials`` into ``path`` on a worker (the export is recorded in the audit log)."""
        actor = self.actor
        assert actor is not None
        where = parent or self

        def written(n: int) -> None:
            self.count_label.setText(self.tr("%n badge(s) saved", "", int(n)))
            if confirm:
                confirm_saved(where, path)

        return (
            ChangeOp.reporting(
                where,
                self.db,
                lambda s, p: len(write_badges(s, actor, serials, path, progress=p.report).serials),
                changes=Changed.AUDIT,  # the export is recorded
                title=self.tr("Save badges"),
            )
            .success(written)
            .run_in_background(label=self.tr("Signing %n badge(s)…", "", len(serials)))
        )

    def start_batch(self, serials: list[str], path: Path, *, start: bool = True, confirm: bool = False) -> Task:
        """Reprint ``serials`` into ``path`` on a worker with a cancellable progress dialog."""
        actor, orientation = self.actor, self.orientation
        assert actor is not None

        def counted(n: int) -> None:
            self.count_label.setText(self.tr("%n certificate(s) saved", "", int(n)))
            if confirm:
                confirm_saved(self, path)

        task = (
            ChangeOp.of_service(
                self,
                self.db,
                lambda db, p: len(
                    reprint_to_file(db, actor, serials, path, orientation=orientation, progress=p.report)
                ),
                changes=Changed.CERTIFICATES,
                title=self.tr("Certificates"),
            )
            .success(counted)
            .task(label=self.tr("Preparing %n certificate(s)…", "", len(serials)))
        )
        return task.start() if start else task

    def print_selected(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from skillassess.formats.certificate_pdf import render_certificates

        rows = self.selected_rows()
        if not rows or self.actor is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        actor, orientation = self.actor, self.orientation
        serials = [r.serial for r in rows]
        printed: list[int] = []

        def work(s: Session, progress: Progress) -> int:
            from skillassess.ui.pdf_pages import print_pdf

            docs = svc.print_certificates(s, actor, serials)
            buf = io.BytesIO()
            render_certificates(docs, buf, orientation=orientation)
            progress.check()
            # Counted as reprints only if the pages reached the printer; if the counting has to be
            # run again (another writer), the pages are not printed twice.
            if not printed:
                printed.append(print_pdf(printer, buf.getvalue(), progress.report))
            return printed[0]

        ChangeOp.reporting(self, self.db, work, changes=Changed.CERTIFICATES, title=self.tr("Print")).run_in_background(
            label=self.tr("Printing %n certificate(s)…", "", len(serials))
        )

    def revoke_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or self.actor is None:
            return
        serial = rows[0].serial
        dlg = ReasonDialog(
            self.tr("Revoke certificate"),
            self.tr("Why is certificate %1 revoked? It stays in the register, marked revoked.").replace("%1", serial),
            self,
        )
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        actor, reason = self.actor, dlg.reason()
        ChangeOp(
            self, self.db, lambda s: svc.revoke_certificate(s, actor, serial, reason), changes=Changed.CERTIFICATES
        ).run()

    def reissue_selected(self) -> None:
        from skillassess.formats.certificate_pdf import render_certificate

        rows = self.selected_rows()
        if len(rows) != 1 or self.actor is None:
            return
        serial = rows[0].serial
        dlg = ReasonDialog(
            self.tr("Reissue certificate"),
            self.tr("What was corrected? Certificate %1 will be revoked and a new serial issued in its place.").replace(
                "%1", serial
            ),
            self,
        )
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        actor, reason = self.actor, dlg.reason()
        ChangeOp(
            self,
            self.db,
            lambda s: svc.certificate_document(s, svc.reissue_certificate(s, actor, serial, reason).serial),
            changes=Changed.CERTIFICATES,
        ).success(lambda doc: self._show_originals(render_certificate(doc, self.orientation), [doc.serial])).run()

    def verify(self) -> None:
        VerifyDialog(self.db, self).exec()
