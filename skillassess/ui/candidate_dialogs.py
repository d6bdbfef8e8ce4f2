"""Dialogs for a candidate: the registration form, enrolment, and recording an RPL step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import Disability, EligibilityDecision, IdType, Pathway, RplStage, Sex
from skillassess.core.errors import DomainError
from skillassess.db.database import Database
from skillassess.services import candidates as svc
from skillassess.services import enrolment as enr
from skillassess.services.candidates import CandidateData, CandidateValidationError, FieldProblem
from skillassess.services.context import Actor
from skillassess.ui.countries import CountryCombo
from skillassess.ui.dates import DateField
from skillassess.ui.errors import show_error
from skillassess.ui.file_dialogs import open_file_name
from skillassess.ui.labels import label
from skillassess.ui.ops import Changed, ChangeOp, read
from skillassess.ui.screen_fit import fit_to_screen
from skillassess.ui.widgets import Button, add_checkable, dialog_buttons

PHOTO_SIDE = 120


def _to_date(edit: DateField) -> dt.date | None:
    return edit.value()


def _date_edit(optional: bool, *, years_back: int = 0) -> DateField:
    """A date up to today (ui/dates.py: typed or picked; an optional one shows "Not given" while empty)."""
    return DateField(optional=optional, years_back=years_back, maximum=dt.date.today())


def _enum_combo(values: list, current=None) -> QComboBox:  # type: ignore[no-untyped-def, type-arg]
    combo = QComboBox()
    for v in values:
        combo.addItem(label(v) if v is not None else "", v)
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def scaled_photo(data: bytes) -> bytes | None:
    """The picture as a PNG no larger than 480 px (a passport photo needs no more); None if unreadable."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = QImage.fromData(data)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > 480:
        image = image.scaled(480, 480, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    buf = QByteArray()
    device = QBuffer(buf)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(device, "PNG")
    return bytes(buf.data())


class CandidateDialog(QDialog):
    """The candidate form: every field, the photo, checks shown at the field they concern."""

    saved = Signal(int)
    open_other = Signal(str)  # registration number of a possible duplicate to show

    def __init__(
        self, db: Database, actor: Actor | None, candidate_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.candidate_id = candidate_id
        self.photo: bytes | None = None
        self._acknowledged: set[str] = set()  # warnings the user has seen and saves anyway
        self.setWindowTitle(self.tr("New candidate") if candidate_id is None else self.tr("Candidate"))
        self.setMinimumWidth(620)

        self.registration_number = QLineEdit()
        self.registration_number.setPlaceholderText(self.tr("Given when saved"))
        self.registration_number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.family_name = QLineEdit()
        self.given_names = QLineEdit()
        self.name_local = QLineEdit()
        self.name_local.setToolTip(
            self.tr("The full name in Amharic, Arabic or another script, as the candidate writes it")
        )
        self.sex = _enum_combo([None, Sex.FEMALE, Sex.MALE])
        self.sex.setItemText(0, self.tr("Choose…"))
        # The calendar opens some twenty-five years back: where most candidates' birthdays are.
        self.date_of_birth = _date_edit(optional=True, years_back=25)
        self.id_type = _enum_combo(list(IdType), IdType.NATIONAL_ID)
        self.national_id = QLineEdit()
        self.national_id.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.nationality = CountryCombo(empty_text=self.tr("Not given"))
        self.disability = _enum_combo(list(Disability), Disability.NOT_STATED)
        self.disability_details = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.email = QLineEdit()
        self.email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(52)
        self.education = QLineEdit()
        self.occupation = QLineEdit()
        self.years_experience = QSpinBox()
        self.years_experience.setRange(-1, 80)
        self.years_experience.setSpecialValueText(self.tr("Not given"))
        self.years_experience.setValue(-1)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(52)

        self.photo_label = QLabel()
        self.photo_label.setFixedSize(PHOTO_SIDE, PHOTO_SIDE)
        self.photo_label.setFrameShape(QLabel.Shape.Box)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(self.tr("Choose photo…"))
        choose.clicked.connect(self.choose_photo)
        remove = QPushButton(self.tr("Remove photo"))
        remove.clicked.connect(lambda: self.set_photo(None))
        photo_box = QVBoxLayout()
        photo_box.addWidget(self.photo_label)
        photo_box.addWidget(choose)
        photo_box.addWidget(remove)
        photo_box.addStretch(1)

        self.field_widgets: dict[str, QWidget] = {
            "registration_number": self.registration_number,
            "family_name": self.family_name,
            "given_names": self.given_names,
            "name_local": self.name_local,
            "sex": self.sex,
            "date_of_birth": self.date_of_birth,
            "id_type": self.id_type,
            "national_id": self.national_id,
            "nationality": self.nationality,
            "disability": self.disability,
            "disability_details": self.disability_details,
            "phone": self.phone,
            "email": self.email,
            "address": self.address,
            "education": self.education,
            "occupation": self.occupation,
            "years_experience": self.years_experience,
            "notes": self.notes,
        }
        captions = {
            "registration_number": self.tr("Registration no."),
            "family_name": self.tr("Family name *"),
            "given_names": self.tr("Given names *"),
            "name_local": self.tr("Name in local script"),
            "sex": self.tr("Sex *"),
            "date_of_birth": self.tr("Date of birth"),
            "id_type": self.tr("ID document"),
            "national_id": self.tr("ID number"),
            "nationality": self.tr("Nationality"),
            "disability": self.tr("Disability"),
            "disability_details": self.tr("Disability details"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "address": self.tr("Address"),
            "education": self.tr("Education"),
            "occupation": self.tr("Occupation"),
            "years_experience": self.tr("Years of experience"),
            "notes": self.tr("Notes"),
        }
        self.messages: dict[str, QLabel] = {}
        self.other_buttons: dict[str, QPushButton] = {}
        form = QFormLayout()
        for key, widget in self.field_widgets.items():
            message = QLabel()
            message.setWordWrap(True)
            message.setObjectName(f"message_{key}")
            message.hide()
            self.messages[key] = message
            box = QVBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            row = QHBoxLayout()
            row.addWidget(message, 1)
            if key == "national_id":
                btn = QPushButton()
                btn.hide()
                btn.clicked.connect(self._open_other)
                self.other_buttons[key] = btn
                row.addWidget(btn)
            box.addLayout(row)
            holder = QWidget()
            holder.setLayout(box)
            form.addRow(captions[key], holder)
        self.photo_message = QLabel()
        self.photo_message.setWordWrap(True)
        self.photo_message.hide()
        photo_box.insertWidget(3, self.photo_message)
        self.messages["photo"] = self.photo_message

        inner = QWidget()
        h = QHBoxLayout(inner)
        h.addLayout(form, 1)
        h.addLayout(photo_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = dialog_buttons(self, self.save, Button.Save | Button.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 760, 720)
        if candidate_id is not None:
            self._load()
        self.set_photo(self.photo)

    # Reading and writing the form -------------------------------------------------------------------
    def _load(self) -> None:
        candidate_id = self.candidate_id
        assert candidate_id is not None
        data = read(self.db, lambda s: CandidateData.from_candidate(svc.get_candidate(s, candidate_id)))
        self.set_data(data)
        self.setWindowTitle(self.tr("Candidate %1").replace("%1", data.registration_number))

    def set_data(self, d: CandidateData) -> None:
        self.registration_number.setText(d.registration_number)
        self.family_name.setText(d.family_name)
        self.given_names.setText(d.given_names)
        self.name_local.setText(d.name_local)
        self.sex.setCurrentIndex(max(self.sex.findData(d.sex), 0))
        self.date_of_birth.setValue(d.date_of_birth)
        self.id_type.setCurrentIndex(max(self.id_type.findData(d.id_type), 0))
        self.national_id.setText(d.national_id or "")
        self.nationality.set_code(d.nationality)
        self.disability.setCurrentIndex(max(self.disability.findData(d.disability), 0))
        self.disability_details.setText(d.disability_details)
        self.phone.setText(d.phone)
        self.email.setText(d.email)
        self.address.setPlainText(d.address)
        self.education.setText(d.education)
        self.occupation.setText(d.occupation)
        self.years_experience.setValue(-1 if d.years_experience is None else d.years_experience)
        self.notes.setPlainText(d.notes)
        self.photo = d.photo

    def data(self) -> CandidateData:
        years = self.years_experience.value()
        return CandidateData(
            registration_number=self.registration_number.text(),
            family_name=self.family_name.text(),
            given_names=self.given_names.text(),
            name_local=self.name_local.text(),
            sex=self.sex.currentData(),
            date_of_birth=_to_date(self.date_of_birth),
            id_type=self.id_type.currentData(),
            national_id=self.national_id.text() or None,
            nationality=self.nationality.code(),
            disability=self.disability.currentData(),
            disability_details=self.disability_details.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            photo=self.photo,
            education=self.education.text(),
            occupation=self.occupation.text(),
            years_experience=None if years < 0 else years,
            notes=self.notes.toPlainText(),
        )

    # Photo --------------------------------------------------------------------------------------------
    def choose_photo(self) -> None:
        path = open_file_name(
            self, self.tr("Choose photo"), self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"), kind="photo"
        )
        if path is not None:
            self.load_photo_file(path)

    def load_photo_file(self, path: Path) -> bool:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            show_error(
                self,
                DomainError(self.tr("Cannot read %1: %2").replace("%1", str(path)).replace("%2", str(exc.strerror))),
            )
            return False
        data = scaled_photo(raw)
        if data is None:
            self._show_message(
                "photo", self.tr("%1 is not a picture this application can read.").replace("%1", path.name), True
            )
            return False
        self.set_photo(data)
        return True

    def set_photo(self, data: bytes | None) -> None:
        self.photo = data
        if data:
            pix = QPixmap()
            pix.loadFromData(data)
            self.photo_label.setPixmap(
                pix.scaled(
                    PHOTO_SIDE,
                    PHOTO_SIDE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("No photo"))

    # Checks at the fields -----------------------------------------------------------------------------
    def _show_message(self, key: str, text: str, error: bool) -> None:
        msg = self.messages[key]
        msg.setText(text[:1].upper() + text[1:])
        msg.setStyleSheet("color: #b00020;" if error else "color: #8a5a00;")
        msg.show()

    def _clear_messages(self) -> None:
        for msg in self.messages.values():
            msg.hide()
            msg.clear()
        for btn in self.other_buttons.values():
            btn.hide()
        self.summary.hide()

    def show_problems(self, problems: list[FieldProblem], warnings: list[FieldProblem]) -> None:
        self._clear_messages()
        for w in warnings:
            self._show_message(w.field, w.message, False)
            if w.other_registration_number and w.field in self.other_buttons:
                btn = self.other_buttons[w.field]
                btn.setText(self.tr("Open %1").replace("%1", w.other_registration_number))
                btn.setProperty("registration_number", w.other_registration_number)
                btn.show()
        for p in problems:
            self._show_message(p.field, p.message, True)
        if problems:
            self.summary.setText(self.tr("Not saved: correct the fields marked in red."))
            self.summary.setStyleSheet("color: #b00020;")
            self.summary.show()
            widget = self.field_widgets.get(problems[0].field)
            if widget is not None:
                widget.setFocus()
        elif warnings:
            self.summary.setText(self.tr("Check the warning above; press Save again to save anyway."))
            self.summary.setStyleSheet("color: #8a5a00;")
            self.summary.show()

    def _open_other(self) -> None:
        btn = self.sender()
        regno = btn.property("registration_number") if btn is not None else None
        if regno:
            self.open_other.emit(str(regno))

    def save(self) -> bool:
        """Check, show problems at the fields, then save; True when saved."""
        if self.actor is None:
            show_error(self, DomainError(self.tr("Sign in to register candidates.")))
            return False
        data = self.data()
        problems, warnings = read(self.db, lambda s: svc.check_candidate(s, data, self.candidate_id))
        typed = self.date_of_birth.problem()  # a date typed that is not one is said, not dropped
        if typed is not None:
            problems = [FieldProblem("date_of_birth", typed), *problems]
        new_warnings = [w for w in warnings if w.message not in self._acknowledged]
        if problems or new_warnings:
            self.show_problems(problems, warnings)
            self._acknowledged.update(w.message for w in warnings)  # seen: the next Save may go ahead
            return False
        actor, candidate_id = self.actor, self.candidate_id

        def change(s: Any) -> svc.SaveResult:
            if candidate_id is None:
                return svc.create_candidate(s, actor, data)
            return svc.update_candidate(s, actor, candidate_id, data)

        def failed(exc: Exception) -> None:
            if isinstance(exc, CandidateValidationError):
                self.show_problems(exc.field_problems, [])  # at the fields, not in a dialog
            else:
                show_error(self, exc)

        saved: list[svc.SaveResult] = []
        if not ChangeOp(self, self.db, change, changes=Changed.CANDIDATES).success(saved.append).failure(failed).run():
            return False
        result = saved[0]
        self.candidate_id = result.candidate_id
        self.registration_number.setText(result.registration_number)
        self.saved.emit(result.candidate_id)
        self.accept()
        return True


def _name_and_number(candidate: Any) -> str:
    return f"{candidate.display_name} \u2066{candidate.registration_number}\u2069"


class EnrolmentDialog(QDialog):
    """Enrol a candidate in a qualification, or in chosen units of it, by RPL or training."""

    def __init__(self, db: Database, actor: Actor | None, candidate_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.candidate_id = candidate_id
        self.enrolment_id: int | None = None
        self.setWindowTitle(self.tr("Enrol candidate"))
        self.setMinimumWidth(620)
        heading, choices = read(
            db, lambda s: (_name_and_number(svc.get_candidate(s, candidate_id)), enr.qualification_choices(s))
        )
        self.heading = QLabel(heading)
        self.qualification = QComboBox()
        for q in choices:
            self.qualification.addItem(f"{q.code} v{q.version} — {q.title}", q.id)
        self.pathway = _enum_combo(list(Pathway), Pathway.RPL)
        self.enrolled_on = _date_edit(optional=False)
        self.whole = QRadioButton(self.tr("The whole qualification"))
        self.some = QRadioButton(self.tr("Chosen units only"))
        self.whole.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.some)
        self.units = QListWidget()
        self.units.setEnabled(False)
        self.some.toggled.connect(self.units.setEnabled)
        self.qualification.currentIndexChanged.connect(self._load_units)
        form = QFormLayout()
        form.addRow(self.tr("Candidate"), self.heading)
        form.addRow(self.tr("Qualification"), self.qualification)
        form.addRow(self.tr("Pathway"), self.pathway)
        form.addRow(self.tr("Enrolled on"), self.enrolled_on)
        form.addRow(self.whole)
        form.addRow(self.some)
        form.addRow(self.units)
        buttons = dialog_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._load_units()

    def _load_units(self) -> None:
        self.units.clear()
        qid = self.qualification.currentData()
        if qid is None:
            return
        for u in read(self.db, lambda s: enr.qualification_units(s, qid)):
            add_checkable(self.units, f"\u2066{u.code}\u2069  {u.title} ({label(u.category)})", u.id)

    def chosen_unit_ids(self) -> list[int]:
        if not self.some.isChecked():
            return []
        return [
            self.units.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.units.count())
            if self.units.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> bool:
        if self.actor is None or self.qualification.currentData() is None:
            show_error(self, DomainError(self.tr("Choose a qualification (and sign in) to enrol.")))
            return False
        if self.some.isChecked() and not self.chosen_unit_ids():
            show_error(self, DomainError(self.tr("Tick at least one unit, or choose the whole qualification.")))
            return False
        actor, candidate_id, qualification_id = self.actor, self.candidate_id, self.qualification.currentData()
        pathway, unit_ids, enrolled_on = self.pathway.currentData(), self.chosen_unit_ids(), _to_date(self.enrolled_on)

        def enrolled(enrolment_id: int) -> None:
            self.enrolment_id = enrolment_id
            self.accept()

        return (
            ChangeOp(
                self,
                self.db,
                lambda s: enr.enrol(s, actor, candidate_id, qualification_id, pathway, unit_ids, enrolled_on),
                changes=Changed.ENROLMENTS,
            )
            .success(enrolled)
            .run()
        )


class RplStepDialog(QDialog):
    """Record a dated RPL step of an enrolment (with the eligibility decision and its reason)."""

    def __init__(self, db: Database, actor: Actor | None, candidate_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.setWindowTitle(self.tr("Record RPL step"))
        details = read(db, lambda s: svc.candidate_details(s, candidate_id))
        self.enrolment = QComboBox()
        for e in details.enrolments:
            self.enrolment.addItem(f"{e.qualification_code} — {label(e.pathway)} — {label(e.stage)}", e.id)
        self.stage = _enum_combo(list(RplStage))
        self.on_date = _date_edit(optional=False)
        self.decision = _enum_combo([None, *EligibilityDecision])
        self.decision.setItemText(0, self.tr("Not decided"))
        self.notes = QPlainTextEdit()
        self.notes_caption = QLabel(self.tr("Notes"))
        self.stage.currentIndexChanged.connect(self._stage_changed)
        form = QFormLayout()
        form.addRow(
            self.tr("Candidate"),
            QLabel(f"{details.given_names} {details.family_name} \u2066{details.registration_number}\u2069"),
        )
        form.addRow(self.tr("Enrolment"), self.enrolment)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Date"), self.on_date)
        form.addRow(self.tr("Eligibility decision"), self.decision)
        form.addRow(self.notes_caption, self.notes)
        buttons = dialog_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if details.enrolments:
            latest = details.enrolments[-1]
            self.enrolment.setCurrentIndex(self.enrolment.count() - 1)
            order = list(RplStage)
            nxt = order[min(order.index(latest.stage) + (1 if latest.steps else 0), len(order) - 1)]
            self.stage.setCurrentIndex(self.stage.findData(nxt))
        self._stage_changed()

    def _stage_changed(self) -> None:
        eligibility = self.stage.currentData() == RplStage.ELIGIBILITY
        self.decision.setEnabled(eligibility)
        if not eligibility:
            self.decision.setCurrentIndex(0)
        self.notes_caption.setText(self.tr("Reason *") if eligibility else self.tr("Notes"))

    def save(self) -> bool:
        if self.actor is None or self.enrolment.currentData() is None:
            show_error(self, DomainError(self.tr("Enrol the candidate first.")))
            return False
        actor, enrolment_id, stage = self.actor, self.enrolment.currentData(), self.stage.currentData()
        on, notes, decision = (
            _to_date(self.on_date) or dt.date.today(),
            self.notes.toPlainText(),
            self.decision.currentData(),
        )
        return (
            ChangeOp(
                self,
                self.db,
                lambda s: enr.record_step(s, actor, enrolment_id, stage, on, notes, decision),
                changes=Changed.ENROLMENTS,
            )
            .success(lambda _r: self.accept())
            .run()
        )
