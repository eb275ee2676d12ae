"""Set-up for the map tests: web pages that fail on console errors, a local tile
server, and sample stores with hostile names.

QtWebEngine wants its custom schemes and shared OpenGL contexts declared before the
QApplication exists: tests/qt_plugin.py does that for every run that uses Qt.
"""

from __future__ import annotations

import struct
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

XSS_NAME = "<img src=x onerror=alert(1)>"
TEMPLATE_NAME = "${window.__pwned=1}`${alert(2)}`\\u0041"


def png_bytes(width: int, height: int, rgba: tuple[int, int, int, int]) -> bytes:
    """A PNG of one colour, made without Qt (for the tile server)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    row = b"\x00" + bytes(rgba) * width
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


@dataclass
class TileServer:
    """A tile server on 127.0.0.1 that answers every /z/x/y.png with one red tile."""

    url_template: str
    requests: list[dict[str, str]] = field(default_factory=list)
    server: Any = None

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None


@pytest.fixture
def tile_server() -> Iterator[TileServer]:
    tile = png_bytes(256, 256, (200, 30, 30, 255))
    seen: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            seen.append({"path": self.path, "user_agent": self.headers.get("User-Agent", "")})
            if not self.path.endswith(".png"):
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(tile)))
            self.end_headers()
            self.wfile.write(tile)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    running = TileServer(
        f"http://127.0.0.1:{server.server_address[1]}/{{z}}/{{x}}/{{y}}.png", seen, server
    )
    yield running
    running.stop()
    thread.join(timeout=5)


@pytest.fixture
def hostile_store(sample_store: Any) -> Any:
    """The sample network plus records whose names try to run code in the page."""
    from office_desk.core.models import Contact, Office, Organization, Project
    from office_desk.core.services.records import add_all

    add_all(
        sample_store,
        [
            Organization(
                name=XSS_NAME,
                name_native=TEMPLATE_NAME,
                city="Dresden",
                country="DE",
                latitude=51.06,
                longitude=13.70,
                sector=XSS_NAME,
            ),
            Project(
                title=TEMPLATE_NAME,
                title_native=XSS_NAME,
                latitude=48.2,
                longitude=16.3,
                destination=XSS_NAME,
            ),
            Office(
                name=TEMPLATE_NAME,
                city=XSS_NAME,
                country="ES",
                latitude=40.4,
                longitude=-3.7,
                notes=XSS_NAME,
            ),
            Contact(given_name=XSS_NAME, family_name=TEMPLATE_NAME),
        ],
    )
    return sample_store


@dataclass
class WebPage:
    """An offscreen view with a map page in the app's map environment."""

    page: Any
    view: Any
    environment: Any


@pytest.fixture
def map_environment(qapp: Any) -> Any:
    from office_desk.render.map_page import map_environment as environment

    env = environment()
    env.guard.seen.clear()
    env.guard.blocked.clear()
    env.tiles.online = False
    return env


def open_page(environment: Any, size: tuple[int, int] = (1200, 800)) -> WebPage:
    from PySide6.QtWebEngineWidgets import QWebEngineView

    view = QWebEngineView()
    page = environment.new_page(view)
    view.setPage(page)
    view.resize(*size)
    view.show()
    return WebPage(page, view, environment)


def flush_deletions() -> None:
    """Carry out pending deleteLater() calls now (pages must go before their profile)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def close_page(web: WebPage) -> None:
    """Page before view before profile: QtWebEngine warns or crashes otherwise."""
    web.view.setPage(None)
    web.page.deleteLater()
    web.view.deleteLater()
    flush_deletions()


@pytest.fixture
def web_page(map_environment: Any) -> Iterator[WebPage]:
    """A map page that fails the test if the page logs a console error or an alert."""
    web = open_page(map_environment)
    yield web
    errors, alerts = list(web.page.console_errors), list(web.page.alerts)
    close_page(web)
    assert errors == [], f"console errors on the map page: {errors}"
    assert alerts == [], f"the map page showed alerts: {alerts}"


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_gui_thread(qapp: Any) -> None:
    """From the first GUI test on, Python's cyclic GC runs on the GUI thread only: a Qt
    object collected on the background worker's thread leaves a dangling timer."""
    from office_desk.ui.gui_thread_gc import collect_on_gui_thread

    collect_on_gui_thread(qapp)
