"""Countries as users see them: names in the interface language (CLDR, through core.countries);
the database keeps the two-letter code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from skillassess.core.countries import countries, country_name
from skillassess.ui.i18n import current_language


def country_label(code: str) -> str:
    """The name of the country ``code`` in the interface language (the code itself if unknown)."""
    return country_name(code, current_language()) if code else ""


class CountryCombo(QComboBox):
    """Every country by name in the interface language; type to find one (any part of the name), or
    type a name in another language or a two- or three-letter code: the service reads those too."""

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem(empty_text, "")
        for code, name in countries(current_language()):
            self.addItem(name, code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMaxVisibleItems(20)
        # Not as wide as the longest country name: forms keep their width (the list pops up wider).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)

    def set_code(self, code: str) -> None:
        index = self.findData((code or "").upper())
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code or "")

    def code(self) -> str:
        """The chosen country's code, or what was typed when it names none of the list."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index) or "")
        return text
