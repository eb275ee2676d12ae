"""The frame a start paints before the record kinds are imported
(:mod:`office_desk.ui.window_frame`): kept from the last window, replaced by the real
pages, menus and toolbar, and read defensively (settings are a file anyone can edit)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from office_desk.ui import settings, window_frame
from office_desk.ui.file_guard import Claim, FileGuard
from office_desk.ui.main_window import MainWindow
from office_desk.ui.pages import PAGES, page_title


def _frame(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = MainWindow(None, opening=tmp_path / "network.sqlite", frame_only=True)
    qtbot.addWidget(window)
    return window


def _names(window: MainWindow) -> list[str]:
    return [window.sidebar.item(r).text() for r in range(window.sidebar.count())]


def _menus(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_the_frame_is_the_last_windows_and_the_work_area_replaces_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first = _frame(qtbot, tmp_path)
    assert first.sidebar.count() == 0 and _menus(first) == []  # nothing kept yet
    assert first.context is None and first.pages == ()
    first.build_work_area()  # the welcome screen: keeps the frame for the next start
    real_names, real_menus = _names(first), _menus(first)
    assert real_names == [page_title(p) for p in PAGES]
    real_height = first.toolbar.sizeHint().height()

    settings.put(settings.LAST_VIEW, "project")
    frame = _frame(qtbot, tmp_path)
    assert _names(frame) == real_names
    assert frame.sidebar.currentItem().text() == page_title("project")
    assert _menus(frame) == real_menus
    assert all(not a.menu().actions() for a in frame.menuBar().actions())  # no commands
    placeholder = frame.findChild(QToolBar, window_frame.PLACEHOLDER_TOOLBAR)
    assert placeholder is not None and placeholder.height() == real_height
    assert "network.sqlite" in frame.file_label.text()

    frame.build_work_area()
    assert _names(frame) == real_names
    assert [frame.sidebar.item(r).data(Qt.ItemDataRole.UserRole) for r in range(7)] == list(PAGES)
    assert all(not frame.sidebar.item(r).icon().isNull() for r in range(7))
    assert _menus(frame) == real_menus
    assert all(a.menu().actions() for a in frame.menuBar().actions())
    qtbot.waitUntil(lambda: frame.findChild(QToolBar, window_frame.PLACEHOLDER_TOOLBAR) is None)
    assert [t.objectName() for t in frame.findChildren(QToolBar)] == ["main_toolbar"]


@pytest.mark.parametrize(
    "kept",
    [
        "not json {",
        json.dumps([1, 2, 3]),
        json.dumps({"language": "xx", "pages": [["office", "Büros"]], "menus": [], "toolbar": 0}),
        json.dumps({"language": "", "pages": [["office"]], "menus": [], "toolbar": 30}),
        json.dumps({"language": "", "pages": [["office", 5]], "menus": [], "toolbar": 30}),
        json.dumps({"language": "", "pages": "Offices", "menus": [], "toolbar": 30}),
        json.dumps({"language": "", "pages": [], "menus": [7], "toolbar": 30}),
        json.dumps({"language": "", "pages": [], "menus": [], "toolbar": "30"}),
        json.dumps({"language": "", "pages": [], "menus": [], "toolbar": True}),
        # A frame that would read well, but longer than any the app keeps.
        json.dumps({"language": "", "pages": [], "menus": [], "toolbar": 30, "x": "y" * 30_000}),
        "[" * 15_000,  # nested deeper than Python's JSON reader goes (RecursionError)
    ],
)
def test_a_kept_frame_that_does_not_read_as_expected_leaves_the_bare_frame(
    qtbot: QtBot, tmp_path: Path, kept: str
) -> None:
    settings.put_key(window_frame.KEY, kept)
    frame = _frame(qtbot, tmp_path)
    assert frame.sidebar.count() == 0
    assert _menus(frame) == []
    assert frame.findChild(QToolBar, window_frame.PLACEHOLDER_TOOLBAR) is None
    frame.build_work_area()
    assert _names(frame) == [page_title(p) for p in PAGES]


def test_kept_names_are_plain_text_and_capped(qtbot: QtBot, tmp_path: Path) -> None:
    hostile = "<b>bold</b> <img src=x>" + "x" * 150
    kept = {
        "language": "",
        "pages": [["office", hostile]] * 40,
        "menus": [hostile] * 40,
        "toolbar": 10**9,
    }
    settings.put_key(window_frame.KEY, json.dumps(kept))
    frame = _frame(qtbot, tmp_path)
    assert frame.sidebar.count() == window_frame.MAX_ENTRIES
    assert frame.sidebar.item(0).text() == hostile[: window_frame.MAX_NAME]  # as written
    assert len(_menus(frame)) == window_frame.MAX_ENTRIES
    placeholder = frame.findChild(QToolBar, window_frame.PLACEHOLDER_TOOLBAR)
    assert placeholder.height() == window_frame.MAX_TOOLBAR


def test_a_name_that_is_not_valid_text_paints_without_harm(qtbot: QtBot, tmp_path: Path) -> None:
    kept = {"language": "", "pages": [["office", "\ud800 Büros"]], "menus": [], "toolbar": 3}
    settings.put_key(window_frame.KEY, json.dumps(kept))
    frame = _frame(qtbot, tmp_path)
    assert frame.sidebar.count() == 1
    frame.build_work_area()
    assert _names(frame) == [page_title(p) for p in PAGES]


def test_a_frame_closed_before_its_work_area_lets_go_of_the_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """SIGTERM in the moment between the frame's paint and its work area: the window
    closes (as the SIGTERM handler closes it) and the claim start-up made is released."""
    target = tmp_path / "network.sqlite"
    target.write_bytes(b"")
    guard = FileGuard()
    assert guard.claim(target)[0] is Claim.OWNED
    frame = MainWindow(None, guard, opening=target, frame_only=True)
    qtbot.addWidget(frame)
    frame.show()
    assert frame.close()
    assert not frame.isVisible()
    assert frame.context is None and not frame.read_only
    other = FileGuard()
    try:
        assert other.claim(target)[0] is Claim.OWNED  # nobody holds it any more
    finally:
        other.release()


def test_files_dropped_on_the_frame_are_refused(qtbot: QtBot, tmp_path: Path) -> None:
    frame = _frame(qtbot, tmp_path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "other.sqlite"))])
    event = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.ignore()
    frame.dragEnterEvent(event)
    assert not event.isAccepted()
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop.ignore()
    frame.dropEvent(drop)  # no file to open it with yet: nothing happens
    assert not drop.isAccepted()
    frame.build_work_area()
    frame.dragEnterEvent(event)
    assert event.isAccepted()  # the real window takes files


def test_the_frame_before_the_welcome_screen_has_no_pages(qtbot: QtBot, tmp_path: Path) -> None:
    """No file to open (the welcome screen comes next, without a sidebar): the kept
    menus, no page names that would show for a moment and go."""
    _frame(qtbot, tmp_path).build_work_area()  # keeps the frame
    frame = MainWindow(None, frame_only=True)
    qtbot.addWidget(frame)
    assert frame.sidebar.count() == 0
    assert _menus(frame) != []
    frame.build_work_area()
    assert frame.outer.currentWidget() is frame.welcome
