"""The one way to run long work off the GUI thread (after Anki's CollectionOp).

``run_in_background(parent, label, work, on_done)`` runs ``work(progress)`` on a
worker thread; a progress dialog with Cancel appears if it takes longer than a
moment; ``on_done(result)`` runs back on the GUI thread, and an exception becomes
an error dialog (or ``on_error``). ``work`` must not touch widgets: it reports with
``progress.report(done, total)`` and should stop early when ``progress.cancelled``
(:func:`progress_reporter` makes both of a core-style ``progress(done, total)``).

Writes to the database go through :class:`~office_desk.ui.operation.Operation`, which
runs them here (or on the GUI thread) and adds undo and the change notice.

The worker is a plain Python thread that never owns a Qt object, nor anything a Qt
connection points at: it reports through one long-lived dispatcher made on the GUI
thread, by job number. (Releasing such an object last on the worker deadlocked
here: the worker held Qt's connection lock waiting for the GIL while the GUI thread
held the GIL waiting for that lock, in QProgressDialog::closeEvent.)
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..core.write_errors import error_text
from .plain_text import literal, plain_label, shown

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by ``progress.check()`` when the user pressed Cancel."""


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole run; carries results back to it."""

    progress = Signal(int, int, int, str)  # job, done, total, text
    finished = Signal(int, object)  # job, result
    failed = Signal(int, object)  # job, exception


class Progress:
    """Handed to background work: report progress, notice a cancel. Without a
    dispatcher (work run on the GUI thread) reports go nowhere."""

    def __init__(self, dispatcher: _Dispatcher | None = None, job: int = 0) -> None:
        self._dispatcher = dispatcher
        self._job = job
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._dispatcher is not None:
            self._dispatcher.progress.emit(self._job, done, total, text)


def progress_reporter(progress: Progress, text: str) -> Callable[[int, int], None]:
    """A core-style ``progress(done, total)`` that reports and raises on Cancel.

    ``text`` is the translated message, with ``{done}`` and ``{total}`` in it, e.g.
    ``"Writing {done} of {total}…"``."""

    def report(done: int, total: int) -> None:
        progress.check()
        progress.report(done, total, text.format(done=f"{done:,}", total=f"{total:,}"))

    return report


@dataclass
class _Job:
    dialog: QProgressDialog
    shower: QTimer
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    parent: QWidget | None
    label: str


#: One worker for database work, so writes never race each other.
_EXECUTOR = ThreadPoolExecutor(max_workers=1, thread_name_prefix="office-desk-worker")
_FUTURES: set[Future[None]] = set()
_JOBS: dict[int, _Job] = {}
_NUMBERS = itertools.count(1)
_dispatcher: _Dispatcher | None = None


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
        _dispatcher.progress.connect(_on_progress, Qt.ConnectionType.QueuedConnection)
        _dispatcher.finished.connect(_on_finished, Qt.ConnectionType.QueuedConnection)
        _dispatcher.failed.connect(_on_failed, Qt.ConnectionType.QueuedConnection)
    return _dispatcher


def _on_progress(number: int, done: int, total: int, text: str) -> None:
    job = _JOBS.get(number)
    if job is None:
        return
    job.dialog.setMaximum(max(total, 0))
    job.dialog.setValue(min(done, total) if total else 0)
    if text:
        job.dialog.setLabelText(shown(text))


def _close(number: int) -> _Job | None:
    job = _JOBS.pop(number, None)
    if job is not None:
        job.shower.stop()
        job.dialog.close()
        job.dialog.deleteLater()
    return job


def _on_finished(number: int, result: Any) -> None:
    job = _close(number)
    if job is not None and job.on_done is not None:
        job.on_done(result)


def _on_failed(number: int, exc: BaseException) -> None:
    job = _close(number)
    if job is None or isinstance(exc, Cancelled):
        return
    if job.on_error is not None:
        job.on_error(exc)
        return
    log.error("%s failed", job.label, exc_info=exc)
    QMessageBox.critical(
        job.parent,
        QCoreApplication.translate("Background", "Office Desk"),
        literal(
            QCoreApplication.translate("Background", "{label} failed.\n\n{error}").format(
                label=job.label, error=error_text(exc)
            )
        ),
    )


def run_in_background(
    parent: QWidget | None,
    label: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
    show_after_ms: int = 400,
) -> Progress:
    dispatcher = _get_dispatcher()
    number = next(_NUMBERS)
    progress = Progress(dispatcher, number)
    dialog = QProgressDialog(
        label,
        QCoreApplication.translate("Background", "Cancel") if cancellable else "",
        0,
        0,
        parent,
    )
    # The label names files and records ("Opening <file>…"): plain text, set before the
    # text so that Qt never reads it as HTML.
    dialog.setLabel(plain_label(label, dialog))
    dialog.setWindowTitle(QCoreApplication.translate("Background", "Office Desk"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    # A lambda over the threading.Event, never a bound method of ``progress``: PySide
    # disconnects a bound method's slot when its object is collected, and that object
    # may be released last on the worker thread (a GIL/Qt-lock deadlock, seen here).
    cancel_event = progress._cancel
    dialog.canceled.connect(lambda: cancel_event.set())
    dialog.canceled.connect(
        lambda: dialog.setLabelText(
            shown(
                QCoreApplication.translate("Background", "{label}\nStopping…").format(label=label)
            )
        )
    )
    dialog.reset()  # QProgressDialog shows itself on a timer unless reset
    shower = QTimer(dialog, singleShot=True, interval=show_after_ms)
    shower.timeout.connect(dialog.show)
    shower.start()
    _JOBS[number] = _Job(dialog, shower, on_done, on_error, parent, label)

    def run() -> None:
        # Only plain Python here, and the long-lived dispatcher: no Qt object is
        # created or released on this thread.
        try:
            result = work(progress)
        except BaseException as exc:  # reported on the GUI thread
            dispatcher.failed.emit(number, exc)
        else:
            dispatcher.finished.emit(number, result)

    future = _EXECUTOR.submit(run)
    _FUTURES.add(future)
    future.add_done_callback(_FUTURES.discard)
    return progress


def background_busy() -> bool:
    """True while a job runs or its result has not been handed back yet."""
    return bool(_JOBS)


def wait_for_background(timeout_s: float = 30.0) -> bool:
    """Block until background work is done (closing the app, tests)."""
    pending = list(_FUTURES)
    if not pending:
        return True
    _done, not_done = wait(pending, timeout=timeout_s)
    return not not_done
