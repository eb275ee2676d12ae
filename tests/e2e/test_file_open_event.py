"""macOS hands a double-clicked file to the application object as a QFileOpenEvent.

Sent here to a real OfficeDeskApplication, in a process of its own (the tests' shared
QApplication is pytest-qt's): before the window exists the file waits, after it the
opener gets it at once, and nothing crashes (a receivers() call in the event override
once killed the process)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def test_file_open_events_reach_the_opener_before_and_after_it_is_set() -> None:
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QFileOpenEvent
        from office_desk.ui.application import OfficeDeskApplication

        app = OfficeDeskApplication(["office-desk"])
        QCoreApplication.sendEvent(app, QFileOpenEvent("/tmp/early.officedesk"))
        opened = []
        app.set_file_opener(opened.append)
        QCoreApplication.sendEvent(app, QFileOpenEvent("/tmp/later.officedesk"))
        def broken(path):
            raise RuntimeError("the opener failed")
        app.set_file_opener(broken)
        sys.excepthook = lambda *exc: opened.append("reported: " + str(exc[1]))
        QCoreApplication.sendEvent(app, QFileOpenEvent("/tmp/third.officedesk"))
        print(opened)
    """)
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == (
        "['/tmp/early.officedesk', '/tmp/later.officedesk', 'reported: the opener failed']"
    )
