"""What every page of the main window shares: a title, the app state, loading when first shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from skillassess.db.database import Database
from skillassess.services.context import Actor
from skillassess.ui import ops
from skillassess.ui.ops import Changed
from skillassess.ui.state import AppState


class Page(QWidget):
    """A page of the main window. Subclasses build widgets in __init__ and read data in ``load``."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._loaded = False

    @property
    def db(self) -> Database:
        return self.state.db

    @property
    def actor(self) -> Actor | None:
        """The signed-in user (None only before anyone has signed in)."""
        return self.state.actor

    @classmethod
    def allowed(cls, actor: Actor | None) -> bool:
        """Whether ``actor`` may see this page; pages that are not allowed are not listed.

        Only what the window shows: the services check roles again for every change.
        """
        return True

    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        """Read what the page shows; called when it is first shown and on refresh."""

    def refresh(self) -> None:
        """Read again (after a change elsewhere); pages not yet shown wait until they are."""
        if self._loaded:
            self.load()

    def subscribe(
        self, changes: Changed, callback: Callable[[Changed], object] | None = None, *, ignore_own: bool = False
    ) -> None:
        """After a change of any of ``changes`` (anywhere in the window), ``callback(what)``; by default
        read again (``refresh``). ``ignore_own``: not for changes made on this page or its dialogs."""
        ops.subscribe(self, self.db, changes, callback or (lambda _what: self.refresh()), ignore_own=ignore_own)

    def showEvent(self, event: QShowEvent) -> None:
        # Loading on first show keeps start-up fast: only the visible page reads the database.
        if not self._loaded:
            self._loaded = True
            self.load()
        super().showEvent(event)
