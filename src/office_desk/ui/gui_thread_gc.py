"""Python's cyclic garbage collector runs on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is
passed: the background worker (ui/background.py) among them. If the garbage it finds
holds a Qt object of the GUI thread (a timer, a dialog in a reference cycle), that
object is destroyed on the worker thread, which Qt does not allow: its timer stays in
the GUI thread's timer list, and the next timer event goes to freed memory. Test runs
crashed so, at random, in QTimerInfoList::activateTimers -> notifyInternal2 (seen
with gdb), and so could the app during an import.

So automatic collection is switched off, and a timer on the GUI thread collects when
the same thresholds are passed (the recipe long used by PyQt apps such as calibre):
the same amount of collecting, always on this thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks whether a collection is due.
INTERVAL_MS = 500


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Collect the generations whose thresholds are passed; objects found."""
        counts = gc.get_count()
        generation = -1
        for level in range(3):
            if counts[level] > self.thresholds[level]:
                generation = level
        return gc.collect(generation) if generation >= 0 else 0

    def stop(self) -> None:
        """Give collection back to Python (at exit, or when the app ends)."""
        self.timer.stop()
        gc.enable()


_collector: GuiThreadGarbageCollector | None = None


def collect_on_gui_thread(app: QObject) -> GuiThreadGarbageCollector:
    """Switch to GUI-thread collection for ``app`` (once; later calls return it)."""
    global _collector
    if _collector is None:
        _collector = GuiThreadGarbageCollector(app)
    return _collector
