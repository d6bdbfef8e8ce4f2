"""Background work: run a function on a QThreadPool worker behind a cancellable progress dialog.

The function gets a ``Progress`` to report to and to ask whether the user cancelled; it must open
its own Session (never share one across threads): pages do not use Task directly but the operations
of skillassess/ui/ops.py, which do. ``succeeded``/``failed``/``cancelled`` are emitted on the GUI
thread. A started task is held here until it ends, so nobody keeps a list of running tasks.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class Progress:
    """What a task uses to report progress and notice cancellation (thread-safe)."""

    def __init__(self, signals: _Signals | None = None) -> None:
        # Without signals (work run at once on the GUI thread) reports go nowhere; cancel() still works.
        self._signals = signals
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled if the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._signals is not None:
            self._signals.progress.emit(done, total, text)
        self.check()


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.progress = progress

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # noqa: BLE001 - any failure is handed to the GUI thread
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.finished.emit(result)


# Started tasks, held until they end: Qt does not keep the Python object alive, and a task started
# before any window (a restore at start) has no parent to own it.
_running: set[Task] = set()
_keeper: QObject | None = None


def _owner() -> QObject:
    """The QObject that owns every task, so that Qt (deleteLater), not Python, deletes one.

    Not the widget that started it: a callback may close that widget (a dialog signing in), and a
    widget deleted with a task among its children would delete the task while it runs its own slot.
    """
    global _keeper
    if _keeper is None:
        _keeper = QObject()
    return _keeper


def running() -> list[Task]:
    """The tasks started and not yet ended (tests wait for none; a window may ask before closing)."""
    return list(_running)


class Task(QObject):
    """A background job behind an optional progress dialog; held (see ``running``) until it ends.

    ``parent`` is the widget the progress dialog belongs to (it does not own the task).
    """

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        fn: Callable[[Progress], Any],
        *,
        parent: QWidget | None,
        title: str,
        label: str,
        show_progress: bool = True,
        cancellable: bool = True,
    ) -> None:
        super().__init__(_owner())
        self._signals = _Signals()
        self.progress = Progress(self._signals)
        self._dialog: QProgressDialog | None = None
        if show_progress:
            dlg = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
            dlg.setWindowTitle(title)
            dlg.setWindowModality(Qt.WindowModality.WindowModal)
            dlg.setMinimumDuration(300)
            dlg.setAutoClose(False)
            dlg.setAutoReset(False)
            dlg.canceled.connect(self.progress.cancel)
            if not cancellable:  # work that cannot stop half-way (opening a database) offers no Cancel
                dlg.setCancelButton(None)
            self._dialog = dlg
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._job = _Job(fn, self._signals, self.progress)

    def start(self) -> Task:
        _running.add(self)
        QThreadPool.globalInstance().start(self._job)
        return self

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)
            if text:
                self._dialog.setLabelText(text)

    def _close(self) -> None:
        # The dialog's parent (the page or dialog that started the task) may be gone already.
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.close()
            self._dialog.deleteLater()
        self._dialog = None

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        _running.discard(self)
        self._close()
        self.succeeded.emit(result)
        self.deleteLater()

    @Slot(object, str)
    def _on_failed(self, exc: object, _tb: str) -> None:
        _running.discard(self)
        self._close()
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(exc)
        self.deleteLater()


@contextmanager
def wait_cursor() -> Iterator[None]:
    """A busy cursor for short work that must finish before the dialog can go on (e.g. one password hash)."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
