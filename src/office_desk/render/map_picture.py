"""A picture (PNG) of the map, drawn by QtWebEngine in a window nobody sees.

Used by ``office-desk map --png`` and by reports, so it is drawn as a printed map
(no controls: :attr:`office_desk.core.network_map.MapOptions.printed`). Works without
a display: on Linux with neither X11 nor Wayland, Qt's offscreen platform is chosen
before Qt starts.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.map_contents import MapFilters
from ..core.network_map import MapOptions, page_html
from ..core.store.database import Store

if TYPE_CHECKING:
    from PySide6.QtGui import QImage, QPixmap
    from PySide6.QtWebEngineWidgets import QWebEngineView

DEFAULT_SIZE = (1400, 900)


def needs_offscreen() -> bool:
    """True on a Linux machine with no display (and no platform chosen by the user)."""
    return (
        sys.platform.startswith("linux")
        and "QT_QPA_PLATFORM" not in os.environ
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def ensure_application() -> object:
    """The running QApplication, or a new one set up for QtWebEngine (scheme, GL, display)."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from .map_scheme import is_map_scheme_registered, register_map_scheme

    app = QApplication.instance()
    if app is not None:
        if not is_map_scheme_registered():
            raise RuntimeError(
                "the QApplication was created before the officedesk: scheme was registered"
            )
        return app
    if needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    extra = []
    if (
        os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen")
        and "--disable-gpu" not in flags
    ):
        extra.append("--disable-gpu")
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--no-sandbox" not in flags:
        extra.append("--no-sandbox")  # Chromium's sandbox refuses to run as root
    if extra:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join([flags, *extra]).strip()
    register_map_scheme()
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    return QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "office-desk"])


def _looks_painted(image: QImage) -> bool:
    """True once the picture shows more than one colour (a map is never blank)."""
    width, height = image.width(), image.height()
    colours = {
        image.pixel(width * i // 8, height * j // 8) for i in range(1, 8) for j in range(1, 8)
    }
    return len(colours) > 2


def grab_when_painted(view: QWebEngineView, timeout: float = 10.0) -> QPixmap:
    """``view.grab()`` once the web view's frame has reached the widget.

    The page reports "drawn" after two animation frames, but the compositor can hand the
    frame to the widget a little later; until then a grab is blank.
    """
    from .map_page import wait_until

    found: list[QPixmap] = []

    def painted() -> bool:
        picture = view.grab()
        if _looks_painted(picture.toImage()):
            found.append(picture)
        return bool(found)

    if not wait_until(painted, timeout, interval_ms=100):
        raise TimeoutError("the map did not reach the screen in time")
    wait_until(lambda: False, 0.2)  # one more frame for late labels
    return view.grab()


def render_map_png(
    store: Store,
    path: Path,
    filters: MapFilters | None = None,
    size: tuple[int, int] = DEFAULT_SIZE,
    compact: bool = False,
    timeout: float = 60.0,
) -> Path:
    """Draw the map of ``store`` (with ``filters``) and save it as a PNG at ``path``.

    A picture is printed, not used: no zoom buttons, layer control or other controls;
    markers, lines, labels, the legend, the scale and the attribution stay.
    """
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from .map_page import load_and_wait, map_environment

    ensure_application()
    environment = map_environment()
    view = QWebEngineView()
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    page = environment.new_page(view)
    view.setPage(page)
    view.resize(*size)
    view.show()
    html = page_html(
        store,
        filters or MapFilters(),
        MapOptions(
            compact=compact,
            for_app=False,
            printed=True,
            tile_layers=tuple(environment.tiles.layer_specs()),
        ),
    )
    url = environment.handler.add_page(html)
    try:
        load_and_wait(page, url, timeout)
        picture = grab_when_painted(view, timeout)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not picture.save(str(path), "PNG"):
            raise OSError(f"{path}: the picture could not be written")
        return path
    finally:
        environment.handler.remove_page(url)
        view.setPage(None)  # type: ignore[arg-type]  # Qt takes no page
        page.deleteLater()
        view.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
