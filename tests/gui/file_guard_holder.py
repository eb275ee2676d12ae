"""Another Office Desk instance holding a database file, for tests/gui/test_file_guard.py.

    python file_guard_holder.py guard DB   # claims DB with a FileGuard, answers activation
    python file_guard_holder.py lock DB    # takes only the lock file: an instance that
                                           # does not answer (another user's, say)

Prints ``ready <claim>`` once it holds the file, then ``activated`` for every activation
request. Quits when its standard input is closed, or after a minute at the latest.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer, Signal

from office_desk.ui.file_guard import FileGuard, lock_path_for


class StdinWatcher(QObject):
    closed = Signal()

    def start(self) -> None:
        threading.Thread(target=self._wait, daemon=True).start()

    def _wait(self) -> None:
        sys.stdin.read()
        self.closed.emit()  # queued to the main thread


def main(argv: list[str]) -> int:
    mode, db = argv[1], Path(argv[2])
    app = QCoreApplication(argv[:1])
    guard = lock = None
    if mode == "guard":
        guard = FileGuard()
        guard.activation_requested.connect(lambda: print("activated", flush=True))
        claim, _holder = guard.claim(db)
        print(f"ready {claim.name}", flush=True)
    elif mode == "lock":
        lock = QLockFile(str(lock_path_for(db)))
        lock.setStaleLockTime(0)
        print(f"ready {'LOCKED' if lock.tryLock(0) else 'NOT_LOCKED'}", flush=True)
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    watcher = StdinWatcher()
    watcher.closed.connect(app.quit)
    watcher.start()
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    if guard is not None:
        guard.release()
    if lock is not None:
        lock.unlock()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
