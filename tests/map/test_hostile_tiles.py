"""Street tiles from servers and files the app does not control: a tile server that
answers with far more than a tile (with or without saying so in its headers), a cache
file with a giant tile in it, an .mbtiles file with giant tiles or metadata.

Each is capped where it arrives: the download stops at the cap (the server sees the
connection closed long before it has sent its answer), nothing over the cap is stored
or loaded, the page gets the transparent stand-in, and the cache stays usable.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from office_desk.core.network_map import MapOptions, page_html
from office_desk.core.offline_maps import MAX_METADATA_CHARS, import_mbtiles, read_offline_tile
from office_desk.core.store.database import Store
from office_desk.core.tile_cache import TileCache
from office_desk.core.tile_sources import MAX_TILE_BYTES, TileError, fetch_tile, own_tile_server
from office_desk.render.map_page import MapEnvironment, load_and_wait, page_value, wait_until
from tests.map.conftest import close_page, flush_deletions, open_page, png_bytes

pytestmark = pytest.mark.slow

#: What the hostile server sends for every tile: far more than a tile may be.
HUGE = 64 * 1024 * 1024
CHUNK = 1024 * 1024
LOADED_TILES = (
    "Array.prototype.map.call(document.querySelectorAll('img.leaflet-tile-loaded'),"
    " function (img) { return img.naturalWidth; })"
)


@dataclass
class HugeTileServer:
    """Answers every tile with :data:`HUGE` bytes (a PNG signature, then zeros), with a
    Content-Length or without one; counts what it managed to send before the client
    closed the connection."""

    url_template: str
    sent: list[int] = field(default_factory=list)
    server: Any = None

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None


def _huge_server(say_length: bool) -> tuple[HugeTileServer, threading.Thread]:
    sent: list[int] = []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            if say_length:
                self.send_header("Content-Length", str(HUGE))
            self.end_headers()
            written = 0
            chunk = b"\x89PNG\r\n\x1a\n" + bytes(CHUNK - 8)
            try:
                while written < HUGE:
                    self.wfile.write(chunk)
                    written += len(chunk)
                    chunk = bytes(CHUNK)
                self.wfile.flush()
            except OSError:
                pass  # the client hung up: what the test wants
            with lock:
                sent.append(written)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_address[1]
    return HugeTileServer(f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png", sent, server), thread


@pytest.fixture(params=[False, True], ids=["no-length", "says-its-length"])
def huge_server(request: pytest.FixtureRequest) -> Iterator[HugeTileServer]:
    running, thread = _huge_server(say_length=request.param)
    yield running
    running.stop()
    thread.join(timeout=5)


def test_a_huge_online_tile_is_cut_off_at_the_cap(
    qapp: Any, sample_store: Store, huge_server: HugeTileServer, tmp_path: Path
) -> None:
    cache = TileCache(tmp_path / "tiles")
    environment = MapEnvironment(cache=cache, parent=qapp)
    source = own_tile_server(huge_server.url_template, "Hostile streets")
    environment.tiles.add_source(source)
    environment.tiles.online = True
    web = open_page(environment)
    try:
        options = MapOptions(tile_layers=tuple(environment.tiles.layer_specs()))
        load_and_wait(
            web.page, environment.handler.add_page(page_html(sample_store, options=options))
        )
        widths: list[int] = []

        def answered() -> bool:
            widths[:] = page_value(web.page, LOADED_TILES) or []
            return len(widths) >= 4 and len(huge_server.sent) >= 4

        assert wait_until(answered, 60), "the page's tiles were not answered"
        # The transparent stand-in where the tile was refused, and nothing kept.
        assert set(widths) == {1}
        assert environment.tiles.refused >= 4 and environment.tiles.fetched == 0
        assert cache.tile_count(source) == 0 and cache.size_bytes() == 0
        # The app hung up long before the server had sent its 64 MB: a tile's cap plus
        # what the sockets and Qt's network thread buffer on the way (more when the
        # machine is busy, never the whole answer).
        sent = sorted(huge_server.sent)
        assert sent[-1] < HUGE * 3 // 4 and sent[len(sent) // 2] < HUGE // 4, sent
        assert web.page.console_errors == []
    finally:
        close_page(web)
        environment.deleteLater()
        flush_deletions()


def test_fetching_for_travel_stops_at_the_cap(huge_server: HugeTileServer, tmp_path: Path) -> None:
    source = own_tile_server(huge_server.url_template, "Hostile streets")
    with pytest.raises(TileError, match="larger than 2 MB"):
        fetch_tile(source, 3, 4, 2)


# --------------------------------------------------------------------------- the cache


SOURCE = own_tile_server("https://tiles.example.org/{z}/{x}/{y}.png", "Our tiles")


def test_the_cache_refuses_a_tile_over_the_cap_and_stays_usable(tmp_path: Path) -> None:
    cache = TileCache(tmp_path)
    cache.put(SOURCE, 3, 4, 2, b"\x89PNG small")
    with pytest.raises(TileError, match="larger than 2 MB"):
        cache.put(SOURCE, 3, 4, 3, b"\x89PNG" + bytes(MAX_TILE_BYTES))
    with pytest.raises(TileError, match="not an image"):
        cache.put(SOURCE, 3, 4, 3, b"")
    assert cache.tile_count(SOURCE) == 1 and cache.get(SOURCE, 3, 4, 3) is None
    assert cache.get(SOURCE, 3, 4, 2) == b"\x89PNG small"
    cache.put(SOURCE, 3, 4, 3, b"\x89PNG fine")  # and it keeps working
    assert cache.get(SOURCE, 3, 4, 3) == b"\x89PNG fine"


def test_a_giant_tile_already_in_the_cache_is_dropped_unread(tmp_path: Path) -> None:
    cache = TileCache(tmp_path)
    cache.put(SOURCE, 3, 4, 2, b"\x89PNG small")
    giant = 200 * 1024 * 1024  # written as a zeroblob: the test never holds it
    with sqlite3.connect(cache.file_for(SOURCE)) as conn:
        conn.execute("INSERT INTO tiles VALUES (3, 4, 4, zeroblob(?), ?, 0)", (giant, giant))
    conn.close()
    assert cache.get(SOURCE, 3, 4, 3) is None  # TMS row 4 = XYZ y 3
    assert cache.tile_count(SOURCE) == 1  # the giant is gone, the small one kept
    assert cache.get(SOURCE, 3, 4, 2) == b"\x89PNG small"


# --------------------------------------------------------------------------- .mbtiles


def _mbtiles(path: Path, tile_bytes: int = 0, name: str = "Streets") -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        conn.execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
            "tile_row INTEGER, tile_data BLOB)"
        )
        conn.executemany("INSERT INTO metadata VALUES (?, ?)", [("name", name), ("format", "png")])
        conn.execute("INSERT INTO tiles VALUES (1, 1, 0, ?)", (png_bytes(4, 4, (0, 0, 255, 255)),))
        if tile_bytes:
            conn.execute("INSERT INTO tiles VALUES (1, 0, 0, zeroblob(?))", (tile_bytes,))
    conn.close()
    return path


def test_an_mbtiles_file_with_a_giant_tile_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "offline"
    source = _mbtiles(tmp_path / "giant.mbtiles", tile_bytes=300 * 1024 * 1024)
    with pytest.raises(TileError, match="larger than 2 MB"):
        import_mbtiles(source, folder)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_an_mbtiles_file_with_giant_metadata_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "offline"
    long_name = _mbtiles(tmp_path / "long.mbtiles", name="N" * (MAX_METADATA_CHARS + 1))
    with pytest.raises(TileError, match="name is 2,001 characters long"):
        import_mbtiles(long_name, folder)
    huge_name = tmp_path / "huge.mbtiles"
    _mbtiles(huge_name)
    with sqlite3.connect(huge_name) as conn:
        conn.execute(
            "UPDATE metadata SET value = CAST(zeroblob(?) AS TEXT) WHERE name = 'name'",
            (100 * 1024 * 1024,),
        )
    conn.close()
    with pytest.raises(TileError, match="larger than 2 MB"):
        import_mbtiles(huge_name, folder)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_a_giant_tile_in_an_imported_map_is_never_loaded(tmp_path: Path) -> None:
    folder = tmp_path / "offline"
    layer = import_mbtiles(_mbtiles(tmp_path / "streets.mbtiles"), folder)
    with sqlite3.connect(layer.path) as conn:  # changed after the import
        conn.execute("INSERT INTO tiles VALUES (1, 0, 0, zeroblob(?))", (300 * 1024 * 1024,))
    conn.close()
    assert read_offline_tile(layer, 1, 0, 1) is None
    assert read_offline_tile(layer, 1, 1, 1).startswith(b"\x89PNG")
