"""Start-up paints the window's frame before it opens the file: the call made after
the first paint (``app.after_first_paint``), and the frame the main window shows while
its file is being opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from office_desk.app import after_first_paint
from office_desk.ui.main_window import MainWindow


def test_the_call_comes_once_after_the_first_paint(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    painted: list[bool] = []
    calls: list[bool] = []

    class Probe(QWidget):
        def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
            painted.append(True)

    probe = Probe(widget)
    probe.resize(50, 50)
    after_first_paint(probe, lambda: calls.append(bool(painted)), fallback_ms=3000)
    qtbot.wait(50)
    assert calls == []  # nothing painted yet: nothing called
    widget.show()
    qtbot.waitUntil(lambda: calls != [], timeout=2000)
    assert calls == [True]  # called after the paint, not before
    probe.update()
    qtbot.wait(3200)  # another paint, and the fallback's time: no second call
    assert calls == [True]


def test_a_window_never_painted_still_gets_the_call(qtbot: QtBot) -> None:
    hidden = QWidget()
    qtbot.addWidget(hidden)
    calls: list[int] = []
    after_first_paint(hidden, lambda: calls.append(1), fallback_ms=100)
    qtbot.waitUntil(lambda: calls == [1], timeout=2000)
    qtbot.wait(200)
    assert calls == [1]


def test_the_frame_shows_while_the_file_opens(qtbot: QtBot, tmp_path: Path) -> None:
    """No welcome screen flashes before the file: the sidebar and the file's name."""
    window = MainWindow(None, opening=tmp_path / "network.sqlite")
    qtbot.addWidget(window)
    assert window.outer.currentWidget() is window.splitter
    assert window.sidebar.count() > 0
    assert not hasattr(window, "welcome")
    assert "network.sqlite" in window.file_label.text()
    assert window.context is None
    window.show_page("contact")  # nothing to show before the file is open
    assert window.views == {}
