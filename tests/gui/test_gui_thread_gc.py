"""Python's cyclic GC runs on the GUI thread only (ui/gui_thread_gc.py)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from office_desk.ui.gui_thread_gc import collect_on_gui_thread


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.timer = QTimer()  # a Qt object of the GUI thread, kept alive by a cycle


def test_garbage_made_on_a_worker_is_collected_on_the_gui_thread(
    qtbot: QtBot, qapp: QObject
) -> None:
    collector = collect_on_gui_thread(qapp)
    assert not gc.isenabled()  # no automatic collection, on any thread
    collected_on: list[str] = []

    class Watched(_Cycle):
        def __del__(self) -> None:
            collected_on.append(threading.current_thread().name)

    Watched()  # made here, now garbage in a cycle: only a collection frees it

    kept: list[object] = []

    def churn() -> None:  # a worker allocating a lot, as an import does
        for _ in range(50_000):
            kept.append([{}])  # far past the threshold of automatic collection

    worker = threading.Thread(target=churn, name="worker")
    worker.start()
    worker.join()
    assert collected_on == []  # the worker's allocations did not trigger a collection
    qtbot.waitUntil(lambda: collector.check() >= 0 and bool(collected_on), timeout=5000)
    assert collected_on == [threading.current_thread().name]
    kept.clear()
