"""Street tiles in the page: fetched once through the app's cache, then served offline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from office_desk.core.network_map import MapOptions, page_html
from office_desk.core.store.database import Store
from office_desk.core.tile_cache import TileCache
from office_desk.core.tile_sources import own_tile_server
from office_desk.render.map_page import MapEnvironment, load_and_wait, page_value, wait_until
from tests.map.conftest import TileServer, close_page, flush_deletions, open_page

pytestmark = pytest.mark.slow

LOADED_TILES = (
    "Array.prototype.map.call(document.querySelectorAll('img.leaflet-tile-loaded'),"
    " function (img) { return img.naturalWidth; })"
)


def _show_map(
    environment: MapEnvironment, store: Store, opened: list[Any]
) -> tuple[Any, list[int]]:
    web = open_page(environment)
    opened.append(web)
    options = MapOptions(tile_layers=tuple(environment.tiles.layer_specs()))
    url = environment.handler.add_page(page_html(store, options=options))
    load_and_wait(web.page, url)
    widths: list[int] = []

    def tiles_loaded() -> bool:
        widths[:] = page_value(web.page, LOADED_TILES) or []
        return len(widths) >= 4

    assert wait_until(tiles_loaded, 20), "the tile layer did not load"
    return web, widths


def test_a_tile_seen_online_is_there_offline(
    qapp: Any, sample_store: Store, tile_server: TileServer, tmp_path: Path
) -> None:
    cache = TileCache(tmp_path / "tiles")
    environment = MapEnvironment(cache=cache, parent=qapp)
    source = own_tile_server(tile_server.url_template, "Test streets", "© test")
    environment.tiles.add_source(source)
    opened: list[Any] = []
    try:
        assert environment.tiles.layer_specs() == []  # offline, nothing cached: no layer
        environment.tiles.online = True
        web, widths = _show_map(environment, sample_store, opened)
        assert set(widths) == {256}  # real tiles from the server
        fetched = len(tile_server.requests)
        assert fetched >= 4 and environment.tiles.fetched == fetched
        assert all(r["user_agent"].startswith("OfficeDesk/") for r in tile_server.requests)
        assert cache.tile_count(source) == fetched
        # The page itself only ever asked the app: the app fetched, not the page.
        assert environment.guard.outside_requests() == []
        assert web.page.console_errors == []

        tile_server.stop()  # the network is gone
        environment.tiles.online = False
        assert [s.name for s in environment.tiles.layer_specs()] == ["Streets (Test streets)"]
        web, widths = _show_map(environment, sample_store, opened)
        assert 256 in widths  # the same tiles, from the cache
        assert environment.tiles.served_from_cache >= 4
        assert len(tile_server.requests) == fetched
        assert environment.guard.outside_requests() == []
        assert web.page.console_errors == []
    finally:
        for web in opened:
            close_page(web)
        environment.deleteLater()
        flush_deletions()


def test_no_tile_and_no_network_leaves_the_base_map(
    qapp: Any, sample_store: Store, tile_server: TileServer, tmp_path: Path
) -> None:
    cache = TileCache(tmp_path / "tiles")
    source = own_tile_server(tile_server.url_template, "Test streets")
    cache.put(source, 0, 0, 0, b"\x89PNG not used")  # something cached: the layer shows
    environment = MapEnvironment(cache=cache, parent=qapp)
    environment.tiles.add_source(source)
    opened: list[Any] = []
    try:
        web, widths = _show_map(environment, sample_store, opened)
        assert 1 in widths  # transparent stand-ins where nothing is cached
        assert tile_server.requests == []  # offline: never asked the server
        assert web.page.console_errors == []
    finally:
        for web in opened:
            close_page(web)
        environment.deleteLater()
        flush_deletions()


def test_an_imported_map_is_shown_offline(
    qtbot: Any, qapp: Any, sample_store: Store, tmp_path: Path
) -> None:
    import sqlite3

    from office_desk.core.offline_maps import offline_folder
    from office_desk.ui.app_context import AppContext
    from office_desk.ui.map_view import MapView
    from tests.map.conftest import png_bytes

    source = tmp_path / "Europe streets.mbtiles"
    with sqlite3.connect(source) as conn:  # one zoom-1 tile: the north-east quarter
        conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        conn.execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
            "tile_row INTEGER, tile_data BLOB)"
        )
        conn.executemany(
            "INSERT INTO metadata VALUES (?, ?)", [("name", "Europe streets"), ("format", "png")]
        )
        conn.execute("INSERT INTO tiles VALUES (1, 1, 1, ?)", (png_bytes(8, 8, (0, 120, 0, 255)),))
    conn.close()
    view = MapView(AppContext(sample_store))
    view.resize(1200, 800)
    view.show()
    try:
        layer = view.import_offline_map(source)
        assert layer.path.parent == offline_folder()
        qtbot.waitUntil(lambda: view.is_drawn, timeout=30_000)
        qtbot.waitUntil(
            lambda: 8 in (page_value(view.page, LOADED_TILES) or []), timeout=20_000
        )  # the imported tile, enlarged to the map's zoom
        assert view.environment is not None
        assert view.environment.guard.outside_requests() == []
        assert view.page.console_errors == []
    finally:
        view.dispose()
        view.deleteLater()
        if view.environment is not None:
            view.environment.tiles.offline.pop("offline-europe-streets", None)
        flush_deletions()
        (offline_folder() / "europe-streets.mbtiles").unlink(missing_ok=True)
