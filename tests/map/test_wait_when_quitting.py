"""Waiting for a page stops when the application quits, instead of spinning."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def test_waiting_stops_at_once_when_the_application_quits() -> None:
    script = textwrap.dedent("""
        import time
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from office_desk.render.map_page import AppQuitting, wait_until

        app = QApplication(["x"])
        calls = []
        def waiting():
            started = time.monotonic()
            try:
                wait_until(lambda: calls.append(1) and False, 30)
                print("finished")
            except AppQuitting:
                print(f"stopped after {time.monotonic() - started:.1f} s, "
                      f"{len(calls)} checks")
        def quit_then_wait():
            app.quit()
            waiting()
        QTimer.singleShot(0, quit_then_wait)
        app.exec()
    """)
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("stopped after 0.")
    checks = int(done.stdout.split(",")[1].split()[0])
    assert checks < 10, done.stdout  # not tens of thousands of spins
