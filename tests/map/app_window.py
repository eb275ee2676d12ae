"""The real main window with its maps, for the map tests (the map scheme is registered by
``tests/map/conftest.py``): made at a given size, its maps' pages let go before the
shared web profile, console errors on any of them fail the test."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from office_desk.core.store.database import open_store
from tests.map.conftest import flush_deletions


@contextmanager
def app_window(qtbot: Any, sample_path: Path, size: tuple[int, int]) -> Iterator[Any]:
    from office_desk.ui.main_window import MainWindow
    from office_desk.ui.map_view import MapView

    QSettings().clear()
    win = MainWindow(open_store(sample_path))
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    try:
        yield win
    finally:
        if win.context is not None:
            win.context.close()
        errors: list[str] = []
        for map_view in win.findChildren(MapView):  # pages go before the profile
            if map_view.page is not None:
                errors += map_view.page.console_errors
            map_view.dispose()
        flush_deletions()
        QSettings().clear()
    assert errors == [], f"console errors on a map page: {errors}"
