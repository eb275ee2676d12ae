"""Windows that fit the laptop's screen.

Users work on 1366×768 and 1280×800 screens, and on 1920×1080 laptops at Windows'
default 150% scaling (1280×720 in Qt's logical pixels). A window that comes up larger
than its screen hides its status bar and half the map, so a main window is sized to
the screen's free area (without the taskbar) and kept inside it when shown, moved to
another screen, or restored from a size saved on a larger monitor.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

#: The size a main window opens at when the screen has room for it.
PREFERRED = QSize(1280, 800)


def fitted(window: QRect, frame_extra: QSize, available: QRect) -> QRect:
    """``window`` (the client area's geometry) made to fit with its frame in
    ``available``: no larger, and moved inside it."""
    width = min(window.width(), available.width() - frame_extra.width())
    height = min(window.height(), available.height() - frame_extra.height())
    outer_w, outer_h = width + frame_extra.width(), height + frame_extra.height()
    left = min(max(window.x(), available.left()), available.left() + available.width() - outer_w)
    top = min(max(window.y(), available.top()), available.top() + available.height() - outer_h)
    return QRect(left, top, max(width, 1), max(height, 1))


def preferred_size(window: QWidget) -> QSize:
    """:data:`PREFERRED`, or less on a screen without room for it."""
    screen = window.screen()
    if screen is None:
        return PREFERRED
    available = screen.availableGeometry()
    return PREFERRED.boundedTo(QSize(available.width(), available.height()))


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so that it, frame included, lies on its screen's free
    area. Maximized and full-screen windows are the window manager's to place."""
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    frame, inner = window.frameGeometry(), window.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    # The frame's own size, top-left at the frame's corner.
    target = fitted(QRect(frame.topLeft(), inner.size()), extra, screen.availableGeometry())
    if target.size() != inner.size():
        window.resize(target.size())
    if target.topLeft() != frame.topLeft():
        window.move(target.topLeft())
