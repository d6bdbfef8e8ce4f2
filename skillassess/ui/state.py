"""What the pages share: the open database and who is signed in. News of changes: skillassess/ui/ops.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from skillassess.services.context import Actor

if TYPE_CHECKING:  # the main window shows before SQLAlchemy is imported (skillassess/ui/app.py)
    from skillassess.db.database import Database


class AppState(QObject):
    """One per main window. Pages read ``db`` and ``actor``; changes are announced by ui/ops.py."""

    actor_changed = Signal()

    def __init__(self, db: Database, actor: Actor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._actor = actor

    @property
    def actor(self) -> Actor | None:
        return self._actor

    @actor.setter
    def actor(self, value: Actor | None) -> None:
        self._actor = value
        self.actor_changed.emit()
