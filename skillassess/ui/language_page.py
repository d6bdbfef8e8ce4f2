"""The interface language as the first page of the first-start wizard.

``register()`` (called by ``app.create_application``) adds the page to
``first_start.EXTRA_FIRST_PAGES`` when that wizard exists and SKILLASSESS_LANGUAGE does not force a
language. Choosing another language there installs
it at once; since the wizard's other pages were built in the previous language, a new wizard of the
same kind takes over from its second page, in the new language, and its result becomes this one's.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QWizard, QWizardPage

from skillassess.ui import i18n


class LanguagePage(QWizardPage):
    def __init__(self, wizard: QWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("language_page")
        self.setTitle(self.tr("Language"))
        self.setSubTitle(
            self.tr("The language of SkillAssess on this computer. You can change it later in View → Language.")
        )
        self.combo = i18n.language_combo(self)
        self.combo.setObjectName("language")
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.combo)
        form = QFormLayout(self)
        form.addRow(label, self.combo)

    def validatePage(self) -> bool:
        code = str(self.combo.currentData())
        i18n.save_language(code)
        if code == i18n.current_language():
            return True
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.install_language(app, code)
        return not self._take_over()

    def _take_over(self) -> bool:
        """Rebuild the wizard in the language now installed; True when the new one took over."""
        old = self.wizard()
        db = getattr(old, "db", None)
        if db is None:
            return False
        new: Any = type(old)(db, old.parentWidget())
        ids = new.pageIds()
        for n, page_id in enumerate(ids):
            if isinstance(new.page(page_id), LanguagePage) and n + 1 < len(ids):
                new.setStartId(ids[n + 1])
                break
        old.hide()
        result = new.exec()
        for name in ("actor",):  # what callers read from the wizard after exec()
            if hasattr(new, name):
                setattr(old, name, getattr(new, name))
        old.done(result)
        return True


def register() -> None:
    """Put the language page first in the first-start wizard (when that wizard exists), unless
    SKILLASSESS_LANGUAGE forces the language of this run (as the tests do): then nothing to ask."""
    try:
        first_start = importlib.import_module("skillassess.ui.first_start")
    except ImportError:
        return
    pages = getattr(first_start, "EXTRA_FIRST_PAGES", None)
    if not isinstance(pages, list):
        return
    if os.environ.get(i18n.ENV_LANGUAGE, "") in i18n.LANGUAGES:
        while LanguagePage in pages:
            pages.remove(LanguagePage)
    elif LanguagePage not in pages:
        pages.insert(0, LanguagePage)
