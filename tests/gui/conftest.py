"""GUI fixtures: a main window on a private copy of the sample network."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from office_desk.core.store.database import open_store
from office_desk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def fresh_settings() -> Iterator[None]:
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def window(qtbot: QtBot, sample_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(open_store(sample_path))
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    yield win
    if win.context is not None:
        win.context.close()


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_gui_thread(qapp: Any) -> None:
    """From the first GUI test on, Python's cyclic GC runs on the GUI thread only: a Qt
    object collected on the background worker's thread leaves a dangling timer."""
    from office_desk.ui.gui_thread_gc import collect_on_gui_thread

    collect_on_gui_thread(qapp)
