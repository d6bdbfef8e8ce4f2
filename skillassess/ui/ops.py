"""UI operations: the one way the interface reads and changes data.

Modelled on Anki's ``aqt.operations`` (``CollectionOp``, ``QueryOp``). No other module of
skillassess/ui opens a session or a transaction (tests/test_layering.py checks it).

``ChangeOp(parent, db, op, changes=Changed.CANDIDATES)``
    ``op(session)`` calls one use case of a service. It runs in one transaction through
    ``Database.write``, which runs it again from the start if it lost a race with another writer
    (skillassess/db/concurrency.py), so it may change the database only through its session.
    ``.run()`` runs it at once on the GUI thread behind a busy cursor: for short changes (one
    record). ``.run_in_background(label=...)`` runs it on the task pool (ui/tasks.py) behind a
    cancellable progress dialog: for long work. Once committed, ``success(result)`` is called on the
    GUI thread, then ``changes`` is announced. An error goes to ``failure``; by default to the one
    error dialog (ui/errors.py), which shows a domain error's message, words database errors and
    never shows a traceback. ``.run_or_raise()`` is for the few callers that show the error in
    place (a grid cell, a field): it returns the result or raises.
    ``ChangeOp.reporting(...)`` hands ``op`` a ``Progress`` too; ``ChangeOp.of_service(...)`` is for a
    use case that manages its own transactions (an import that reads its file first): ``op(db, progress)``.

``QueryOp(parent, db, op)``
    ``op(session)`` reads in a session of its own; the same ``success``/``failure``/``run``/
    ``run_in_background``. ``read(db, op)`` is the short form for a read whose errors the caller
    lets through (table models fetching a page of rows, a dialog filling its form).

``Changed``
    What a change touched, announced for its database. A page subscribes to what it shows:
    ``subscribe(page, db, Changed.CERTIFICATES | Changed.ASSESSMENTS, callback)`` (``Page.subscribe``
    for short), and the subscription ends with the page. While ``announcements_held(db)`` is open
    (the recording window: a change per typed cell), changes are announced once, at its end.

A page runs a change and refreshes itself in ``success``::

    ChangeOp(self, self.db, lambda s: svc.revoke_certificate(s, actor, serial, reason),
             changes=Changed.CERTIFICATES).success(lambda _r: self.load()).run()
"""

from __future__ import annotations

import enum
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, Self, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from skillassess.db.database import Database
from skillassess.ui.errors import show_error
from skillassess.ui.tasks import Progress, Task, wait_cursor

T = TypeVar("T")

__all__ = [
    "ChangeOp",
    "Changed",
    "QueryOp",
    "Session",
    "announce",
    "announcements_held",
    "read",
    "subscribe",
    "unsubscribe",
]
# Session is named here for the annotations of ``op`` functions: no other ui module imports SQLAlchemy.


class Changed(enum.Flag):
    """What a change touched. Every change also writes the audit log: the audit page listens to all."""

    NOTHING = 0
    STANDARDS = 1  # awarding bodies, qualifications, units, elements, criteria
    CANDIDATES = 2  # the register of candidates
    ENROLMENTS = 4  # enrolments, RPL steps, self-assessments
    EVIDENCE = 8  # portfolios of evidence
    ASSESSMENTS = 16  # sessions, assessments, judgements, appeals
    CERTIFICATES = 32  # issued, reprinted, revoked certificates
    USERS = 64  # users, roles, passwords
    KEYS = 128  # signing keys
    AUDIT = 256  # the audit log itself: an export recorded, a loss accepted
    CENTRE = 512  # the centre's own record and settings
    EVERYTHING = 1023


# --- Announcements ----------------------------------------------------------------------------------


class _Announcer(QObject):
    """Carries what changed in one database to its subscribers (on the GUI thread)."""

    changed = Signal(object, object)  # Changed, the initiator (the widget that ran the change) or None

    def __init__(self) -> None:
        super().__init__()
        self.held = 0
        self.pending = Changed.NOTHING
        self.pending_initiator: object = None


# One announcer per open database: two windows on two databases do not hear each other.
_announcers: weakref.WeakKeyDictionary[Database, _Announcer] = weakref.WeakKeyDictionary()


def _announcer(db: Database) -> _Announcer:
    announcer = _announcers.get(db)
    if announcer is None:
        announcer = _announcers[db] = _Announcer()
    return announcer


def announce(db: Database, changes: Changed, initiator: object = None) -> None:
    """Tell the subscribers of ``db`` that ``changes`` happened (ChangeOp does it after each commit)."""
    if not changes:
        return
    announcer = _announcer(db)
    if announcer.held:
        announcer.pending |= changes
        return
    announcer.changed.emit(changes, initiator)


@contextmanager
def announcements_held(db: Database, initiator: object = None) -> Iterator[None]:
    """Changes made meanwhile are announced once, at the end (as coming from ``initiator``)."""
    announcer = _announcer(db)
    announcer.held += 1
    try:
        yield
    finally:
        announcer.held -= 1
        if not announcer.held and announcer.pending:
            changes, announcer.pending = announcer.pending, Changed.NOTHING
            announcer.changed.emit(changes, initiator)


def _within(obj: object, ancestor: QObject | None) -> bool:
    """Whether ``obj`` is ``ancestor`` or one of its children (a dialog opened by a page, say)."""
    while isinstance(obj, QObject) and shiboken6.isValid(obj):
        if obj is ancestor:
            return True
        obj = obj.parent()
    return False


class _Subscription(QObject):
    """A child of the subscriber: the connection ends when the subscriber is destroyed."""

    def __init__(
        self,
        receiver: QObject,
        announcer: _Announcer,
        changes: Changed,
        callback: Callable[[Changed], object],
        ignore_own: bool,
    ) -> None:
        super().__init__(receiver)
        self._announcer = announcer
        self._changes = changes
        self._callback = callback
        self._ignore_own = ignore_own
        announcer.changed.connect(self.deliver)

    def end(self) -> None:
        """Hear nothing more, now (the subscriber is being replaced and deleted later)."""
        self._announcer.changed.disconnect(self.deliver)
        self._callback = _ignore

    @Slot(object, object)
    def deliver(self, changes: Changed, initiator: object) -> None:
        wanted = changes & self._changes
        if not wanted or (self._ignore_own and _within(initiator, self.parent())):
            return
        self._callback(wanted)


def subscribe(
    receiver: QObject,
    db: Database,
    changes: Changed,
    callback: Callable[[Changed], object],
    *,
    ignore_own: bool = False,
) -> None:
    """Call ``callback(what)`` after each change of ``db`` that touched any of ``changes``, for as long as
    ``receiver`` lives. ``ignore_own``: not for changes run by ``receiver`` or its children (it
    refreshed itself already)."""
    _Subscription(receiver, _announcer(db), changes, callback, ignore_own)


def unsubscribe(receiver: QObject) -> None:
    """End every subscription of ``receiver`` and its children at once, not when Qt deletes them: a page
    replaced (File > Switch user) hears no change between its deleteLater() and its deletion."""
    for subscription in receiver.findChildren(_Subscription):
        subscription.end()


def _ignore(_what: Changed) -> None:
    """The callback of an ended subscription."""


# --- Operations ------------------------------------------------------------------------------------


def read(db: Database, op: Callable[[Session], T]) -> T:
    """``op(session)`` in a session of its own, now; errors go to the caller."""
    with db.session() as session:
        return op(session)


class _Op(Generic[T]):
    """What changes and queries share: the callbacks, the error dialog, running now or on the pool."""

    def __init__(self, parent: QWidget | None, work: Callable[[Progress], T], title: str | None) -> None:
        self._parent = parent
        self._work = work
        self._title = title
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[Exception], object] | None = None
        self._on_cancelled: Callable[[], object] | None = None
        self._on_end: Callable[[], object] | None = None

    def success(self, fn: Callable[[T], object]) -> Self:
        """Call ``fn(result)`` on the GUI thread once the work is done (a change: committed)."""
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[Exception], object]) -> Self:
        """Call ``fn(error)`` instead of showing the error dialog."""
        self._on_failure = fn
        return self

    def cancelled(self, fn: Callable[[], object]) -> Self:
        """Call ``fn()`` when the user cancelled background work (nothing was changed)."""
        self._on_cancelled = fn
        return self

    def always(self, fn: Callable[[], object]) -> Self:
        """Call ``fn()`` when the work has ended, whichever way (after the other callbacks): tidying up."""
        self._on_end = fn
        return self

    def run(self) -> bool:
        """Do the work now, on the GUI thread (short work only); True when it succeeded."""
        try:
            with wait_cursor():
                result = self._work(Progress())
        except Exception as exc:  # noqa: BLE001 - shown to the user (or handed to failure), never a traceback
            self._failed(exc)
            return False
        self._succeeded(result)
        return True

    def run_in_background(self, *, label: str = "", title: str | None = None, show_progress: bool = True) -> Task:
        """Do the work on the task pool, behind a cancellable progress dialog (unless ``show_progress`` is
        false); the callbacks run on the GUI thread when it ends. Returns the started task."""
        return self.task(label=label, title=title, show_progress=show_progress).start()

    def task(self, *, label: str = "", title: str | None = None, show_progress: bool = True) -> Task:
        """The task ``run_in_background`` starts, not yet started (to cancel it first, in a test)."""
        task = Task(
            self._work, parent=self._parent, title=title or self._title or "", label=label, show_progress=show_progress
        )
        # Lambdas: the connections hold this operation until the task ends.
        task.succeeded.connect(lambda result: self._succeeded(result))  # noqa: PLW0108 - see above
        task.failed.connect(lambda exc: self._failed(exc))  # noqa: PLW0108 - see above
        task.cancelled.connect(self._was_cancelled)
        return task

    def _parent_gone(self) -> bool:
        """Whether the widget that ran the work was closed and deleted meanwhile (background work)."""
        return self._parent is not None and not shiboken6.isValid(self._parent)

    def _succeeded(self, result: T) -> None:
        try:
            if self._on_success is not None and not self._parent_gone():
                self._on_success(result)
        finally:
            self._done()
            self._ended()

    def _done(self) -> None:
        """After the work succeeded and ``success`` ran (a change announces itself here)."""

    def _failed(self, error: Exception) -> None:
        try:
            if self._parent_gone():
                show_error(None, error, self._title)  # still said: the work did not happen
            elif self._on_failure is not None:
                self._on_failure(error)
            else:
                show_error(self._parent, error, self._title)
        finally:
            self._ended()

    def _was_cancelled(self) -> None:
        try:
            if self._on_cancelled is not None and not self._parent_gone():
                self._on_cancelled()
        finally:
            self._ended()

    def _ended(self) -> None:
        if self._on_end is not None:
            self._on_end()


class ChangeOp(_Op[T]):
    """One use case that changes data, in one transaction; announces ``changes`` once committed."""

    def __init__(
        self,
        parent: QWidget | None,
        db: Database,
        op: Callable[[Session], T],
        *,
        changes: Changed,
        title: str | None = None,
        initiator: QObject | None = None,
    ) -> None:
        self._setup(parent, db, lambda _progress: db.write(op), changes, title, initiator)

    def _setup(
        self,
        parent: QWidget | None,
        db: Database,
        work: Callable[[Progress], T],
        changes: Changed,
        title: str | None,
        initiator: QObject | None,
    ) -> None:
        super().__init__(parent, work, title)
        self._db = db
        self._changes = changes
        self._initiator = initiator if initiator is not None else parent

    @classmethod
    def reporting(
        cls,
        parent: QWidget | None,
        db: Database,
        op: Callable[[Session, Progress], T],
        *,
        changes: Changed,
        title: str | None = None,
        initiator: QObject | None = None,
    ) -> ChangeOp[T]:
        """A change whose ``op(session, progress)`` reports progress and notices Cancel (which rolls it back)."""
        change: ChangeOp[T] = cls.__new__(cls)
        change._setup(
            parent, db, lambda progress: db.write(lambda session: op(session, progress)), changes, title, initiator
        )
        return change

    @classmethod
    def of_service(
        cls,
        parent: QWidget | None,
        db: Database,
        op: Callable[[Database, Progress], T],
        *,
        changes: Changed,
        title: str | None = None,
        initiator: QObject | None = None,
    ) -> ChangeOp[T]:
        """A use case that opens its own transactions (it reads a file first, then writes briefly)."""
        change: ChangeOp[T] = cls.__new__(cls)
        change._setup(parent, db, lambda progress: op(db, progress), changes, title, initiator)
        return change

    def run_or_raise(self) -> T:
        """Do the change now and return its result; an error is raised for the caller to show in place."""
        with wait_cursor():
            result = self._work(Progress())
        self._succeeded(result)
        return result

    def _done(self) -> None:
        announce(self._db, self._changes, self._initiator)


class QueryOp(_Op[T]):
    """A read in a session of its own; nothing is announced."""

    def __init__(
        self, parent: QWidget | None, db: Database, op: Callable[[Session], T], *, title: str | None = None
    ) -> None:
        super().__init__(parent, lambda _progress: read(db, op), title)

    @classmethod
    def reporting(
        cls, parent: QWidget | None, db: Database, op: Callable[[Session, Progress], T], *, title: str | None = None
    ) -> QueryOp[T]:
        """A read whose ``op(session, progress)`` reports progress and notices Cancel."""
        query: QueryOp[T] = cls.__new__(cls)
        _Op.__init__(query, parent, lambda progress: read(db, lambda session: op(session, progress)), title)
        return query
