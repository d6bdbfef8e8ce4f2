"""The editor's forms, one per kind of node, filled from the service's detail records; each knows the
use case that saves it. Also the dialog that asks for a new item's code and title."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from skillassess.core.enums import PackagingRule, SectionKind, UnitCategory
from skillassess.services import standards as svc
from skillassess.services.context import Actor
from skillassess.ui.countries import CountryCombo
from skillassess.ui.i18n import number
from skillassess.ui.labels import label
from skillassess.ui.ops import Session
from skillassess.ui.widgets import dialog_buttons

LTR = Qt.LayoutDirection.LeftToRight

# What saving a form does: the service use case, given the session of its transaction.
Change = Callable[[Session], object]


def _code_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setLayoutDirection(LTR)  # codes read left to right in every language
    edit.setMaxLength(40)
    return edit


def _text_edit(lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class _Form(QWidget):
    """A form for one kind of node: fields, Save and Revert; ``change`` gives the use case that saves it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Re&vert"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra, 1)
        layout.addLayout(buttons)

    def set_editable(self, editable: bool) -> None:
        for w in self.findChildren(QWidget):
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.setReadOnly(not editable)
            elif isinstance(w, (QComboBox, QSpinBox)):
                w.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.revert_button.setEnabled(editable)

    def change(self, actor: Actor, ref: svc.NodeRef) -> Change:
        raise NotImplementedError


class BodyForm(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = _code_edit()
        self.code.setEnabled(False)
        self.name = QLineEdit()
        self.country = CountryCombo()
        self.level_scale = QLineEdit()
        self.form.addRow(self.tr("Code"), self.code)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("Co&untry"), self.country)
        self.form.addRow(self.tr("&Level scale"), self.level_scale)
        self.extra.addStretch(1)

    def show_detail(self, b: svc.BodyDetail) -> None:
        self.heading.setText(b.name)
        self.code.setText(b.code)
        self.name.setText(b.name)
        self.country.set_code(b.country)
        self.level_scale.setText(b.level_scale)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "country": self.country.code(), "level_scale": self.level_scale.text()}

    def change(self, actor: Actor, ref: svc.NodeRef) -> Change:
        values = self.values()
        return lambda s: svc.update_awarding_body(s, actor, ref.id, **values)


class QualificationForm(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = _code_edit()
        self.code.setEnabled(False)
        self.version = QLabel()
        self.title_edit = QLineEdit()
        self.level = QLineEdit()
        self.sector = QLineEdit()
        self.description = _text_edit(3)
        self.description.setMaximumHeight(self.description.fontMetrics().lineSpacing() * 9 + 12)
        self.rule = QComboBox()
        # As wide as the form, not as its longest rule: a long translation (Swahili) took the tree's width.
        self.rule.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rule.setMinimumContentsLength(16)
        for rule in PackagingRule:
            self.rule.addItem(label(rule), rule.value)
        self.electives = QSpinBox()
        self.electives.setRange(0, 999)
        self.credits = QSpinBox()
        self.credits.setRange(0, 99999)
        self.rule.currentIndexChanged.connect(self._rule_changed)
        self.form.addRow(self.tr("Code"), self.code)
        self.form.addRow(self.tr("Version"), self.version)
        self.form.addRow(self.tr("&Title"), self.title_edit)
        self.form.addRow(self.tr("&Level"), self.level)
        self.form.addRow(self.tr("Sec&tor"), self.sector)
        self.form.addRow(self.tr("&Description"), self.description)
        self.form.addRow(self.tr("&Packaging rules"), self.rule)
        self.form.addRow(self.tr("&Electives required"), self.electives)
        self.form.addRow(self.tr("C&redits required"), self.credits)
        self.extra.addStretch(1)

    def _rule_changed(self) -> None:
        by_credits = self.rule.currentData() == PackagingRule.MIN_CREDITS.value
        self.electives.setVisible(not by_credits)
        self.form.labelForField(self.electives).setVisible(not by_credits)
        self.credits.setVisible(by_credits)
        self.form.labelForField(self.credits).setVisible(by_credits)

    def show_detail(self, q: svc.QualificationDetail) -> None:
        self.heading.setText(f"{q.code} {q.title}")
        self.code.setText(q.code)
        self.version.setText(self.tr("%1 (%2)").replace("%1", number(q.version)).replace("%2", label(q.status)))
        self.title_edit.setText(q.title)
        self.level.setText(q.level)
        self.sector.setText(q.sector)
        self.description.setPlainText(q.description)
        self.rule.setCurrentIndex(max(0, self.rule.findData(q.packaging_rule.value)))
        self.electives.setValue(q.electives_required)
        self.credits.setValue(q.credits_required)
        self._rule_changed()

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "level": self.level.text(),
            "sector": self.sector.text(),
            "description": self.description.toPlainText(),
            "packaging_rule": self.rule.currentData(),
            "electives_required": self.electives.value(),
            "credits_required": self.credits.value(),
        }

    def change(self, actor: Actor, ref: svc.NodeRef) -> Change:
        values = self.values()
        return lambda s: svc.update_qualification(s, actor, ref.id, **values)


class UnitForm(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = _code_edit()
        self.version = QLabel()
        self.title_edit = QLineEdit()
        self.category = QComboBox()
        for cat in UnitCategory:
            self.category.addItem(label(cat), cat.value)
        self.credits = QSpinBox()
        self.credits.setRange(0, 9999)
        self.hours = QSpinBox()
        self.hours.setRange(0, 99999)
        self.form.addRow(self.tr("&Code"), self.code)
        self.form.addRow(self.tr("Version"), self.version)
        self.form.addRow(self.tr("&Title"), self.title_edit)
        self.form.addRow(self.tr("C&ategory"), self.category)
        self.form.addRow(self.tr("C&redits"), self.credits)
        self.form.addRow(self.tr("&Nominal hours"), self.hours)
        self.tabs = QTabWidget()
        self.sections: dict[SectionKind, QPlainTextEdit] = {}
        for kind in SectionKind:
            edit = _text_edit(4)
            self.sections[kind] = edit
            self.tabs.addTab(edit, label(kind))
        self.extra.addWidget(self.tabs)

    def show_detail(self, u: svc.UnitDetail) -> None:
        self.heading.setText(f"{u.code} {u.title}")
        self.code.setText(u.code)
        self.version.setText(self.tr("%1 (%2)").replace("%1", number(u.version)).replace("%2", label(u.status)))
        self.title_edit.setText(u.title)
        self.category.setCurrentIndex(max(0, self.category.findData(u.category.value if u.category else "core")))
        self.category.setVisible(u.category is not None)
        self.form.labelForField(self.category).setVisible(u.category is not None)
        self.credits.setValue(u.credits)
        self.hours.setValue(u.nominal_hours)
        for kind, edit in self.sections.items():
            edit.setPlainText(u.sections.get(kind, ""))

    def set_editable(self, editable: bool, category_editable: bool | None = None) -> None:
        super().set_editable(editable)
        self.category.setEnabled(editable if category_editable is None else category_editable)
        self.save_button.setEnabled(editable or bool(category_editable))
        self.revert_button.setEnabled(self.save_button.isEnabled())

    def edit(self) -> svc.UnitEdit:
        """What the form holds, to save at once (svc.save_unit)."""
        return svc.UnitEdit(
            code=self.code.text(),
            title=self.title_edit.text(),
            credits=self.credits.value(),
            nominal_hours=self.hours.value(),
            sections={kind: e.toPlainText() for kind, e in self.sections.items()},
            category=self.category.currentData(),
        )

    def change(self, actor: Actor, ref: svc.NodeRef) -> Change:
        edit = self.edit()
        return lambda s: svc.save_unit(s, actor, ref.id, edit, ref.qualification_id)


class TextForm(_Form):
    """An element (its title) or a performance criterion (its text)."""

    def __init__(self, field_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = _text_edit(4)
        self.form.addRow(field_label, self.text)
        self.extra.addStretch(1)

    def show_text(self, heading: str, text: str) -> None:
        self.heading.setText(heading)
        self.text.setPlainText(text)

    def values(self) -> dict[str, Any]:
        return {"text": self.text.toPlainText()}

    def change(self, actor: Actor, ref: svc.NodeRef) -> Change:
        text = self.text.toPlainText()
        if ref.kind == svc.NodeKind.ELEMENT:
            return lambda s: svc.update_element(s, actor, ref.id, text)
        return lambda s: svc.update_criterion(s, actor, ref.id, text)


class NewItemDialog(QDialog):
    """Code and title (and category for a unit) of a new qualification, unit or awarding body."""

    def __init__(self, title: str, with_category: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.code = _code_edit()
        self.title_edit = QLineEdit()
        self.category = QComboBox()
        for cat in UnitCategory:
            self.category.addItem(label(cat), cat.value)
        self.setMinimumWidth(440)
        outer = QVBoxLayout(self)
        if with_category:
            hint = QLabel(self.tr("To add a unit that exists already, give its code; the title is then not needed."))
            hint.setWordWrap(True)
            outer.addWidget(hint)
        form = QFormLayout()
        outer.addLayout(form)
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Title"), self.title_edit)
        if with_category:
            form.addRow(self.tr("C&ategory"), self.category)
        else:
            self.category.hide()
        buttons = dialog_buttons(self)
        outer.addWidget(buttons)
