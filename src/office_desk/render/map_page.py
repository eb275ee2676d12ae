"""The web page that shows the map, the profile it runs in, and the bridge to the app.

One :class:`MapEnvironment` per application holds the off-the-record profile with the
``officedesk:`` scheme handler, the request guard and the tile service; every map
view, picture and test page uses it. A :class:`MapPage` sends the page's console
messages to Python logging, never blocks on ``alert()``, opens no windows and
navigates nowhere but the app's own scheme. :class:`MapBridge` is the QWebChannel
object the page calls when a marker is clicked; it checks what it is given.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
)

from ..core import network_map
from ..core.tile_cache import TileCache
from .map_scheme import SCHEME, is_map_scheme_registered
from .map_server import ALLOWED_SCHEMES, MapRequestGuard, MapSchemeHandler
from .tile_service import TileService

log = logging.getLogger(__name__)

RECORD_KINDS = frozenset({"office", "organization", "project"})


class MapPage(QWebEnginePage):
    """A map page: console to logging, no alerts, no windows, no navigation away."""

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        self.console_errors: list[str] = []
        self.alerts: list[str] = []
        settings = self.settings()
        for attribute, on in (
            (QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False),
            (QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, False),
            (QWebEngineSettings.WebAttribute.PluginsEnabled, False),
            (QWebEngineSettings.WebAttribute.ErrorPageEnabled, False),
            (QWebEngineSettings.WebAttribute.LocalStorageEnabled, False),
        ):
            settings.setAttribute(attribute, on)

    def javaScriptConsoleMessage(  # noqa: N802 (Qt's name)
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        text = f"{message} ({source}:{line})"
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            self.console_errors.append(text)
            log.error("map page: %s", text)
        elif level == QWebEnginePage.JavaScriptConsoleMessageLevel.WarningMessageLevel:
            log.warning("map page: %s", text)
        else:
            log.debug("map page: %s", text)

    def javaScriptAlert(self, origin: QUrl | str, message: str) -> None:  # noqa: N802
        self.alerts.append(message)
        log.warning("the map page tried to show an alert (ignored): %s", message)

    def javaScriptConfirm(self, origin: QUrl | str, message: str) -> bool:  # noqa: N802
        self.alerts.append(message)
        return False

    def javaScriptPrompt(
        self,
        origin: QUrl | str,
        message: str,  # noqa: N802
        default: str,
    ) -> tuple[bool, str]:
        self.alerts.append(message)
        return False, ""

    def acceptNavigationRequest(
        self,
        url: QUrl | str,  # noqa: N802
        kind: QWebEnginePage.NavigationType,
        is_main_frame: bool,
    ) -> bool:
        scheme = QUrl(url).scheme()
        if scheme in (network_map.SCHEME, "about", "file"):
            return True
        log.warning("the map page tried to open %s (refused)", QUrl(url).toString())
        return False

    def createWindow(  # type: ignore[override]  # noqa: N802
        self,
        kind: QWebEnginePage.WebWindowType,
    ) -> QWebEnginePage | None:
        return None  # no pop-up windows


class MapBridge(QObject):
    """What the page may call: ``activate(kind, id)`` on a marker click, ``drawn()``
    when the map is on screen, ``locationPicked(lat, lon)`` when the user placed a pin,
    ``wheelTaken(on)`` when a map inside a scrolling page takes or gives back the wheel."""

    # Only plain types: QWebChannel shows these signals to the page too, and crashes
    # on a Python-object argument.
    record_activated = Signal(str, str)
    page_drawn = Signal()
    location_picked = Signal(float, float)
    wheel_taken = Signal(bool)

    @Slot(str, str)
    def activate(self, kind: str, record_id: str) -> None:
        if kind not in RECORD_KINDS:
            log.warning("map bridge: ignored a click on an unknown kind %r", kind[:40])
            return
        try:
            parsed = uuid.UUID(record_id)
        except (ValueError, TypeError):
            log.warning("map bridge: ignored a click with a malformed id %r", record_id[:60])
            return
        self.record_activated.emit(kind, str(parsed))

    # Slot names are what the page calls. (Slot(name=...) crashed QWebChannel here.)
    @Slot()
    def drawn(self) -> None:
        self.page_drawn.emit()

    @Slot(bool)
    def wheelTaken(self, on: bool) -> None:  # noqa: N802
        self.wheel_taken.emit(bool(on))

    @Slot(float, float)
    def locationPicked(self, latitude: float, longitude: float) -> None:  # noqa: N802
        if -90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0:
            self.location_picked.emit(latitude, longitude)
        else:
            log.warning("map bridge: ignored a pin outside the world (%r, %r)", latitude, longitude)


class MapEnvironment(QObject):
    """The profile, scheme handler, request guard and tile service shared by all maps."""

    def __init__(
        self,
        cache: TileCache | None = None,
        parent: QObject | None = None,
        allowed_schemes: Iterable[str] = ALLOWED_SCHEMES,
    ) -> None:
        super().__init__(parent)
        if not is_map_scheme_registered():
            raise RuntimeError(
                "the officedesk: scheme is not registered: call "
                "office_desk.render.map_scheme.register_map_scheme() before "
                "the QApplication is created"
            )
        self.profile = QWebEngineProfile(self)  # off the record: nothing written to disk
        self.tiles = TileService(cache, self)
        self.handler = MapSchemeHandler(self.tiles, self)
        self.guard = MapRequestGuard(self, allowed_schemes)
        self.profile.installUrlSchemeHandler(SCHEME, self.handler)
        self.profile.setUrlRequestInterceptor(self.guard)

    def new_page(self, parent: QObject | None = None) -> MapPage:
        return MapPage(self.profile, parent)


_environment: list[MapEnvironment] = []


def map_environment() -> MapEnvironment:
    """The application's map environment, made on first use (needs the QApplication)."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the map needs a QApplication")
    if not _environment:
        from ..core.offline_maps import offline_layers

        environment = MapEnvironment(parent=app)
        for layer in offline_layers():  # maps the user imported earlier
            environment.tiles.add_offline_layer(layer)
        environment.destroyed.connect(lambda *_: _environment.clear())
        _environment.append(environment)
    return _environment[0]


# --------------------------------------------------------------------------- waiting


def evaluate(page: QWebEnginePage, script: str, timeout: float = 10.0) -> Any:
    """Run ``script`` in the page and return its value (waits, with an event loop)."""
    loop = QEventLoop()
    result: dict[str, Any] = {}

    def done(value: Any) -> None:
        result["value"] = value
        loop.quit()

    page.runJavaScript(script, 0, done)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    if "value" not in result:
        loop.exec()
    if "value" not in result:
        raise TimeoutError(f"the map page did not answer within {timeout:.0f} s")
    return result["value"]


class AppQuitting(RuntimeError):
    """The application was told to quit while something waited for a page."""


def wait_until(condition: Callable[[], bool], timeout: float, interval_ms: int = 25) -> bool:
    """Process events until ``condition()`` is true or ``timeout`` seconds pass.

    Raises :class:`AppQuitting` when the application is quitting meanwhile: after
    ``quit()`` every new event loop returns at once, and waiting on would spin the
    processor for the whole timeout while the window is already gone."""
    import time

    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > deadline:
            return False
        ticked: list[bool] = []
        QTimer.singleShot(interval_ms, lambda t=ticked: (t.append(True), loop.quit()))
        loop.exec()
        if not ticked and not condition():
            raise AppQuitting("the application is quitting")
    return True


def load_and_wait(page: QWebEnginePage, url: QUrl, timeout: float = 30.0) -> Any:
    """Load ``url`` and wait until the map is drawn; returns ``OfficeDeskMap.stats()``."""
    finished: list[bool] = []
    page.loadFinished.connect(finished.append)
    page.load(url)
    if not wait_until(lambda: bool(finished), timeout):
        raise TimeoutError(f"the map page did not load within {timeout:.0f} s")
    if not finished[0]:
        raise RuntimeError(f"the map page failed to load ({url.toString()})")
    return wait_until_drawn(page, timeout)


def wait_until_drawn(page: QWebEnginePage, timeout: float = 30.0) -> Any:
    """Wait until the page's map has drawn; returns ``OfficeDeskMap.stats()``."""
    state = {"drawn": False, "asking": False}

    def answer(value: Any) -> None:
        state["asking"] = False
        state["drawn"] = bool(value)

    def check() -> bool:
        if not state["drawn"] and not state["asking"]:
            state["asking"] = True
            page.runJavaScript("!!(window.OfficeDeskMap && OfficeDeskMap.drawn)", 0, answer)
        return state["drawn"]

    if not wait_until(check, timeout, interval_ms=20):
        raise TimeoutError(f"the map was not drawn within {timeout:.0f} s")
    return page_value(page, "OfficeDeskMap.stats()")


def page_value(page: QWebEnginePage, expression: str, timeout: float = 10.0) -> Any:
    """The value of a JavaScript expression, passed through JSON (nested objects and
    arrays arrive whole, which a plain ``runJavaScript`` result does not promise)."""
    text = evaluate(page, f"JSON.stringify({expression})", timeout)
    return json.loads(text) if isinstance(text, str) else None
