"""The map of the network in a web view: offices, links, organizations and projects.

Import this module lazily (when the map is first shown): it loads QtWebEngine, which
the app does not need at start-up. The ``officedesk:`` scheme must have been
registered before the QApplication was created
(:func:`office_desk.render.map_scheme.register_map_scheme`).

* Clicking a marker emits :attr:`MapView.record_activated` with ``(kind, uuid)``.
* :meth:`MapView.show_record` centres on a record and rings it.
* :meth:`MapView.set_filters` redraws with new filters; no page reload.
* After a write (``context.changed``) the map redraws what it shows, keeping the view.
* ``MapView(context, office_id=...)`` is the compact map of one office's organizations
  and projects (and the line to its counterpart), for the office dashboard. It lives
  inside a scrolling page, so the mouse wheel scrolls that page until the map is
  clicked (the page script decides; :class:`MapWebView` keeps a wheel the map used
  from also scrolling the page).
"""

from __future__ import annotations

import json
import logging
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, QUrl, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.map_contents import MapFilters, network_data
from ..core.network_map import MapOptions, data_script, page_html
from ..core.offline_maps import OfflineLayer, import_mbtiles
from ..core.tile_sources import TileSource
from ..render.map_page import MapBridge, MapEnvironment, MapPage, map_environment
from .app_context import AppContext, Changes

log = logging.getLogger(__name__)

#: Writes to these kinds of record change what the map shows.
MAP_KINDS = ("office", "organization", "project", "tag")


class MapWebView(QWebEngineView):
    """The web view of a map. QtWebEngine hands a wheel event the page did not cancel
    back to this widget, and from here it would scroll the page around the map; Chromium
    does not let the page cancel a wheel that continues a scroll begun over the page, so
    while the map has the wheel (``holds_wheel``) such a wheel stops here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.holds_wheel = False

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        if self.holds_wheel:
            event.accept()
        else:
            super().wheelEvent(event)


class MapView(QWidget):
    """The network map; with ``office_id``, the compact map of that office."""

    #: A marker was clicked: (kind, record id), kind one of office, organization, project.
    record_activated = Signal(str, object)
    #: The user placed a pin after :meth:`pick_location`: (latitude, longitude).
    location_picked = Signal(float, float)
    #: The page finished drawing the map after (re)loading.
    map_drawn = Signal()

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, office_id: uuid.UUID | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.office_id = office_id
        self._filters = MapFilters(office_id=office_id)
        self._drawn = False
        self._pending: list[str] = []
        self._page_url: list[QUrl] = []  # the page registered with the scheme handler
        self.page: MapPage | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        try:
            self.environment: MapEnvironment | None = map_environment()
        except RuntimeError as exc:
            log.error("the map cannot be shown: %s", exc)
            self.environment = None
            layout.addWidget(
                QLabel(self.tr("The map cannot be shown here.\n{error}").format(error=exc))
            )
            return
        from . import settings
        from .prepare_travel_dialog import street_map_source

        self.environment.tiles.cache.cap_bytes = settings.tile_cache_bytes()
        if not self.environment.tiles.sources:
            self.environment.tiles.add_source(street_map_source())
        self.view = MapWebView(self)
        self.page = self.environment.new_page(self.view)
        self.view.setPage(self.page)
        self.bridge = MapBridge(self)
        self.bridge.record_activated.connect(self._on_activated)
        self.bridge.location_picked.connect(self.location_picked)
        self.bridge.page_drawn.connect(self._on_drawn)
        self.bridge.wheel_taken.connect(self._on_wheel_taken)
        self.channel = QWebChannel(self.page)
        self.channel.registerObject("officeDeskMap", self.bridge)
        self.page.setWebChannel(self.channel)
        layout.addWidget(self.view)
        self._refresh_timer = QTimer(self, singleShot=True, interval=150)
        self._refresh_timer.timeout.connect(self._send_data)
        context.changed.connect(self._on_changed)
        # Qt deletes objects left for deletion right after aboutToQuit: the page goes
        # then, before the application (and the profile with it) is torn down.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.dispose)
        handler, registered = self.environment.handler, self._page_url

        def forget(*_: object) -> None:  # no method: self is gone by then
            for url in registered:
                handler.remove_page(url)

        self.destroyed.connect(forget)
        self.reload()

    # ------------------------------------------------------------------ public

    @property
    def filters(self) -> MapFilters:
        return self._filters

    @property
    def is_drawn(self) -> bool:
        return self._drawn

    def set_filters(
        self,
        *,
        office_id: uuid.UUID | None = None,
        country: str = "",
        stage: str = "",
        sector: str = "",
        tag_id: uuid.UUID | None = None,
    ) -> None:
        """Show only what matches, like the lists (a compact map stays on its office)."""
        self._filters = MapFilters(
            office_id=self.office_id if self.office_id is not None else office_id,
            country=country,
            stage=stage,
            sector=sector,
            tag_id=tag_id,
        )
        self._send_data(fit=True)

    def show_record(self, kind: str, record_id: uuid.UUID) -> None:
        """Centre the map on a record and ring it (if the map shows it)."""
        if kind not in ("office", "organization", "project") or self.environment is None:
            return
        self._run(f"OfficeDeskMap.showRecord({json.dumps(kind)}, {json.dumps(str(record_id))})")

    def pick_location(self, on: bool = True) -> None:
        """Let the user place a pin: the next click on the map emits ``location_picked``."""
        self._run(f"OfficeDeskMap.pickLocation({'true' if on else 'false'})")

    def set_online_tiles(self, enabled: bool, source: TileSource | None = None) -> None:
        """Show street tiles fetched online (kept in the tile cache), or only cached ones."""
        if self.environment is None:
            return
        tiles = self.environment.tiles
        if source is not None and source.key not in tiles.sources:
            tiles.sources.clear()
            tiles.add_source(source)
        tiles.online = enabled
        self.reload()

    def import_offline_map(self, path: Path) -> OfflineLayer:
        """Add an ``.mbtiles`` file as an offline layer (kept in the data folder) and show it.

        Raises :class:`~office_desk.core.tile_sources.TileError` with a message for the user.
        """
        layer = import_mbtiles(path)
        if self.environment is not None:
            self.environment.tiles.add_offline_layer(layer)
            self.reload()
        return layer

    def reload(self) -> None:
        """Build the page again (tile layers changed); filters and data are kept."""
        if self.environment is None or self.page is None:
            return
        self._forget_page()
        self._drawn = False
        self._pending.clear()
        self.view.holds_wheel = False
        options = MapOptions(
            compact=self.office_id is not None,
            tile_layers=tuple(self.environment.tiles.layer_specs()),
        )
        url = self.environment.handler.add_page(
            page_html(self.context.store, self._filters, options)
        )
        self._page_url.append(url)
        self.page.load(url)

    def dispose(self) -> None:
        """Let go of the page before the profile goes (done by itself when the app quits)."""
        if self.environment is None or self.page is None:
            return
        self._forget_page()
        self.view.setPage(None)  # type: ignore[arg-type]  # Qt takes no page
        self.page.deleteLater()
        self.page = None

    # ------------------------------------------------------------------ inside

    def _run(self, script: str) -> None:
        if self.page is None:
            return
        if self._drawn:
            self.page.runJavaScript(script)
        else:
            self._pending.append(script)

    def _data(self) -> dict[str, Any]:
        return network_data(self.context.store, self._filters)

    def _send_data(self, fit: bool = False) -> None:
        if self.environment is None:
            return
        self._run(data_script(self._data(), fit=fit))

    def _on_activated(self, kind: str, record_id: str) -> None:
        self.record_activated.emit(kind, uuid.UUID(record_id))

    def _on_drawn(self) -> None:
        self._drawn = True
        pending, self._pending = self._pending, []
        for script in pending:
            self._run(script)
        self.map_drawn.emit()

    def _on_wheel_taken(self, on: bool) -> None:
        self.view.holds_wheel = on

    def _on_changed(self, changes: Changes) -> None:
        if any(changes.touches(kind) for kind in MAP_KINDS):
            self._refresh_timer.start()

    def _forget_page(self) -> None:
        if self.environment is not None:
            while self._page_url:
                self.environment.handler.remove_page(self._page_url.pop())
