"""The main window's frame as the last run left it, painted at start-up before the
record kinds, SQLModel and the icons are imported (most of a start's time).

When the window has built its work area, :func:`keep_frame` notes what its frame
showed: the sidebar's page names, the menu titles (in the language they were shown in)
and the toolbar's height. At the next start :func:`paint_frame` gives the new window
the same frame (names without icons, but with room for them; the menu titles; an empty
toolbar of the same height), so nothing moves when the real pages, menus and toolbar
take their place a moment later. This is a picture of the last run, never a source of
commands: the placeholders do nothing and are all replaced by
:meth:`MainWindow.build_work_area <office_desk.ui.main_window.MainWindow.build_work_area>`.

Nothing kept (a first start), another language, or an entry that does not read as
expected: the frame is the bare window, with its sidebar empty.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMainWindow, QToolBar

from ..core.i18n import current_language
from . import settings

log = logging.getLogger(__name__)

#: Where the frame is kept between runs.
KEY = "window/frame"
#: What is read back at most: the stored text's length, entries, characters of a name,
#: and the toolbar's height in pixels.
MAX_STORED = 20_000
MAX_ENTRIES = 32
MAX_NAME = 80
MAX_TOOLBAR = 200
#: The object name of the placeholder toolbar (the real one is "main_toolbar").
PLACEHOLDER_TOOLBAR = "frame_toolbar"


@dataclass(frozen=True)
class KeptFrame:
    """What the frame of the last run showed."""

    pages: tuple[tuple[str, str], ...]  # (page, its name) in sidebar order
    menus: tuple[str, ...]  # the menu bar's titles
    toolbar_height: int  # 0: no toolbar


def keep_frame(window: QMainWindow, sidebar: QListWidget, toolbar: QToolBar | None) -> None:
    """Note the frame ``window`` shows now (its work area built) for the next start."""
    pages = [
        [str(sidebar.item(row).data(Qt.ItemDataRole.UserRole)), sidebar.item(row).text()]
        for row in range(sidebar.count())
    ]
    menus = [action.text() for action in window.menuBar().actions() if action.text()]
    height = toolbar.sizeHint().height() if toolbar is not None else 0
    kept = {
        "language": current_language(),
        "pages": pages,
        "menus": menus,
        "toolbar": height,
    }
    settings.put_key(KEY, json.dumps(kept, ensure_ascii=False))


def _strings(value: Any) -> list[str] | None:
    """``value`` as a list of strings (cut to the limits), or None."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return [v[:MAX_NAME] for v in value[:MAX_ENTRIES]]


def read_frame() -> KeptFrame | None:
    """The frame the last run kept, if it reads as expected and is in this language."""
    stored = settings.get_key(KEY)
    if not isinstance(stored, str) or len(stored) > MAX_STORED:
        return None
    try:
        kept = json.loads(stored)
    except (ValueError, RecursionError):  # not JSON; nested deeper than Python reads
        return None
    if not isinstance(kept, dict) or kept.get("language") != current_language():
        return None
    entries = kept.get("pages")
    pages = None
    if isinstance(entries, list) and all(isinstance(e, list) and len(e) == 2 for e in entries):
        pairs = [_strings(e) for e in entries[:MAX_ENTRIES]]
        if all(pair is not None for pair in pairs):
            pages = [(pair[0], pair[1]) for pair in pairs if pair is not None]
    menus = _strings(kept.get("menus"))
    height = kept.get("toolbar")
    if pages is None or menus is None or type(height) is not int:
        return None
    return KeptFrame(tuple(pages), tuple(menus), max(0, min(height, MAX_TOOLBAR)))


def paint_frame(
    window: QMainWindow, sidebar: QListWidget, selected: str | None, pages: bool = True
) -> None:
    """Give ``window`` the frame the last run kept: ``sidebar``'s page names (the page
    ``selected`` marked, as it will be once shown; none unless ``pages``), the menu
    titles, an empty toolbar of the same height. Nothing kept: nothing changes."""
    try:
        kept = read_frame()
    except Exception:  # the frame is a picture: never a reason not to start
        log.warning("the kept window frame could not be read", exc_info=True)
        return
    if kept is None:
        return
    blank = QPixmap(sidebar.iconSize())
    blank.fill(Qt.GlobalColor.transparent)
    room = QIcon(blank)  # the icons come with the work area; the names stay put
    for page, name in kept.pages if pages else ():
        item = QListWidgetItem(room, name)
        item.setSizeHint(QSize(0, 34))
        sidebar.addItem(item)
        if page == selected:
            sidebar.setCurrentItem(item)
    for title in kept.menus:
        window.menuBar().addMenu(title)
    if kept.toolbar_height and pages:  # the welcome screen has no toolbar
        toolbar = QToolBar(window)
        toolbar.setObjectName(PLACEHOLDER_TOOLBAR)
        toolbar.setMovable(False)
        toolbar.setFixedHeight(kept.toolbar_height)
        window.addToolBar(toolbar)


def clear_frame(window: QMainWindow, sidebar: QListWidget) -> None:
    """Take away what :func:`paint_frame` put in (before the real ones go in)."""
    sidebar.clear()
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None:
            menu.deleteLater()
    window.menuBar().clear()
    for toolbar in window.findChildren(QToolBar, PLACEHOLDER_TOOLBAR):
        window.removeToolBar(toolbar)
        toolbar.deleteLater()
