"""The one way to run long work off the GUI thread (after Anki's CollectionOp).

``run_in_background(parent, label, work, on_done)`` runs ``work(progress)`` on a
worker thread; a progress dialog with Cancel appears if it takes longer than a
moment; ``on_done(result)`` runs back on the GUI thread, and an exception becomes
an error dialog (or ``on_error``). ``work`` must not touch widgets: it reports with
``progress.report(done, total)`` and should return early when ``progress.cancelled``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by ``progress.check()`` when the user pressed Cancel."""


class Progress:
    """Handed to background work: report progress, notice a cancel."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
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
        self._signals.progress.emit(done, total, text)


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals,
                 progress: Progress) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.progress = progress

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # reported on the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


#: One worker for database writes, so writes never race each other.
_POOL = QThreadPool()
_POOL.setMaxThreadCount(1)
_RUNNING: set[_Signals] = set()


def run_in_background(
    parent: QWidget | None,
    label: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
    show_after_ms: int = 400,
) -> Progress:
    signals = _Signals()
    progress = Progress(signals)
    dialog = QProgressDialog(label, "Cancel" if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle("Office Desk")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(progress.cancel)
    dialog.canceled.connect(lambda: dialog.setLabelText(f"{label}\nStopping…"))
    dialog.reset()
    shower = QTimer(dialog, singleShot=True, interval=show_after_ms)
    shower.timeout.connect(dialog.show)
    shower.start()

    def on_progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def finish() -> None:
        shower.stop()
        dialog.close()
        dialog.deleteLater()
        _RUNNING.discard(signals)

    def on_finished(result: Any) -> None:
        finish()
        if on_done is not None:
            on_done(result)

    def on_failed(exc: BaseException) -> None:
        finish()
        if isinstance(exc, Cancelled):
            return
        if on_error is not None:
            on_error(exc)
            return
        log.error("%s failed", label, exc_info=exc)
        QMessageBox.critical(parent, "Office Desk", f"{label} failed.\n\n{exc}")

    signals.progress.connect(on_progress)
    signals.finished.connect(on_finished)
    signals.failed.connect(on_failed)
    _RUNNING.add(signals)
    _POOL.start(_Job(work, signals, progress))
    return progress


def wait_for_background(timeout_ms: int = 30000) -> bool:
    """Block until background work is done (tests, and closing the app)."""
    return _POOL.waitForDone(timeout_ms)
