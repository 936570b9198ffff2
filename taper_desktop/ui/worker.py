"""Long work off the GUI thread: writing the report, imports and exports.

`Task` runs one function on Qt's thread pool and reports back on the GUI thread through
its signals; the window never freezes. The function never touches a widget. When it
needs the database it gets a `Store` of its own (a SQLite connection belongs to its
thread), opened on the worker and closed after. `run_with_progress` adds a progress
dialog that appears only when the work lasts more than about half a second.

Cancelling: `Task.cancel()` asks the function to stop. The task's own connection then
stops at SQLite's next step and commits nothing more (`Store.stop_when`), so a
transaction under way is rolled back, never committed. Work that writes in one
transaction (every import does) thus leaves the store as it was when it is cancelled.
Work that had already committed when the cancel came is reported as done, as it is.

Usage (an export, say)::

    task = Task(lambda work: export(work.store, path), store=window.store)
    task.succeeded.connect(lambda count: ...)
    task.failed.connect(lambda exc: ...)
    run_with_progress(window, tr("Exporting..."), task)
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QProgressDialog

from taper_desktop.store import Store
from taper_desktop.ui import translations

SHOW_AFTER_MS = 500  # shorter work finishes without a dialog flashing up
# Room in a title bar besides the title: the icon, the buttons and the frame's padding.
TITLE_BAR_EXTRA = 160


def tr(text: str) -> str:
    return translations.tr(text)


class Cancelled(Exception):
    """The work was stopped on request; nothing it had not committed was kept."""


class Flow(QObject):
    """One thing the person started (an import: check, ask, write), possibly several
    tasks in a row; ended(ok) once it is over, whichever way. Tests wait on it."""

    ended = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.ok: bool | None = None  # None while running

    def end(self, ok: bool) -> None:
        if self.ok is None:
            self.ok = ok
            self.ended.emit(ok)


class Work:
    """What the function receives: its own store (or None), progress and cancel checks."""

    def __init__(self, task: Task, store: Store | None):
        self._task, self.store = task, store

    def progress(self, done: int, total: int) -> None:
        """Report progress (shown in the dialog); raises Cancelled once cancel was asked."""
        self.check()
        with contextlib.suppress(RuntimeError):  # the window that asked is gone
            self._task._progress.emit(done, total)

    def check(self) -> None:
        if self._task.is_cancelled():
            raise Cancelled()


class Task(QObject):
    """One piece of work for the thread pool. Exactly one of succeeded, failed and
    cancelled is emitted, then finished; all arrive on the GUI thread."""

    progress = Signal(int, int)  # done, total
    succeeded = Signal(object)  # what the function returned
    failed = Signal(object)  # the exception it raised
    cancelled = Signal()
    finished = Signal()
    # emitted on the worker thread; queued to this object's (the GUI) thread, where the
    # public signals above are emitted, so whatever is connected to them runs there
    _progress = Signal(int, int)
    _outcome = Signal(object, object)

    def __init__(
        self, fn: Callable[[Work], Any], store: Store | None = None, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._fn, self._store = fn, store
        self._cancel = threading.Event()
        self.running = False
        self.done = False
        self.dialog: QProgressDialog | None = None  # its progress dialog, once started
        self._progress.connect(self._relay_progress, Qt.ConnectionType.QueuedConnection)
        self._outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self, pool: QThreadPool | None = None) -> Task:
        self.running = True
        self._runner = _Runner(self)  # kept: the pool must not outlive the Python object
        self._runner.setAutoDelete(False)
        (pool or QThreadPool.globalInstance()).start(self._runner)
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # ---- on the worker thread ---------------------------------------------------------
    def _run(self) -> None:
        store = None
        outcome: tuple[Any, BaseException | None]
        try:
            if self._store is not None:
                store = self._store.open_another()
                store.stop_when(self._cancel.is_set)
            result = self._fn(Work(self, store))
        except BaseException as exc:
            outcome = (None, exc)
        else:
            outcome = (result, None)
        finally:
            if store is not None:
                store.close()
        with contextlib.suppress(RuntimeError):  # the window that asked is gone
            self._outcome.emit(*outcome)

    # ---- back on the GUI thread ---------------------------------------------------------
    def _relay_progress(self, done: int, total: int) -> None:
        if not self.done:
            self.progress.emit(done, total)

    def _deliver(self, result, error: BaseException | None) -> None:
        self.running, self.done = False, True
        if error is not None and (self.is_cancelled() or isinstance(error, Cancelled)):
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task._run()


def title_width(dialog: QProgressDialog, label: str) -> int:
    """A width at which the title bar shows the whole title (label and the app's name, in
    the bold type window managers use) and the label shows whole, within the screen."""
    bold = QFont(dialog.font())
    bold.setBold(True)
    name = QGuiApplication.applicationDisplayName()
    title = f"{label} \u2014 {name}" if name else label
    needed = QFontMetrics(bold).horizontalAdvance(title) + TITLE_BAR_EXTRA
    needed = max(needed, dialog.fontMetrics().horizontalAdvance(label) + 80, 360)
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    return min(needed, screen.availableGeometry().width() - 40)


def run_with_progress(
    parent, label: str, task: Task, cancellable: bool = False, show_after_ms: int = SHOW_AFTER_MS
) -> QProgressDialog:
    """Start task with a progress dialog over parent, shown only if the work is still
    running after show_after_ms; Cancel (when cancellable) asks the task to stop."""
    # no text: no Cancel button (PySide6's stub asks for a str; None is what Qt reads so)
    cancel = tr("Cancel") if cancellable else None
    dialog = QProgressDialog(label, cancel, 0, 0, parent)  # type: ignore[arg-type]
    dialog.setWindowTitle(label)
    dialog.setAccessibleName(label)
    dialog.setMinimumWidth(title_width(dialog, label))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(2**31 - 1)  # shown by the timer below, not by Qt's guess
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.cancel)
    dialog.canceled.connect(lambda: dialog.setLabelText(tr("Stopping...")))

    def step(done: int, total: int) -> None:
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))

    def show() -> None:
        if not task.done:
            dialog.show()

    task.progress.connect(step)
    task.finished.connect(dialog.close)
    task.finished.connect(dialog.deleteLater)
    task.setParent(dialog if parent is None else parent)
    task.finished.connect(task.deleteLater)
    task.dialog = dialog
    QTimer.singleShot(show_after_ms, dialog, show)
    task.start()
    return dialog
