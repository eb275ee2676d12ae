"""The tile cache, imported offline maps and "prepare for travel" (no Qt)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from office_desk.core import tile_cache
from office_desk.core.offline_maps import import_mbtiles, offline_layers, read_offline_tile
from office_desk.core.tile_cache import TileCache, TravelArea, TravelDownload, estimate
from office_desk.core.tile_sources import (
    BulkDownloadRefused,
    TileError,
    fetch_tile,
    own_tile_server,
    provider,
)
from tests.map.conftest import TileServer, png_bytes

SOURCE = own_tile_server("https://tiles.example.org/{z}/{x}/{y}.png", "Our tiles")


def test_cache_lives_in_the_data_folder_under_tests() -> None:
    folder = tile_cache.cache_folder()
    assert folder.is_relative_to(Path(os.environ["OFFICE_DESK_DATA_DIR"]))


def test_a_tile_put_is_got_back_and_stored_as_mbtiles(tmp_path: Path) -> None:
    cache = TileCache(tmp_path)
    assert cache.get(SOURCE, 3, 4, 2) is None
    cache.put(SOURCE, 3, 4, 2, b"\x89PNG tile")
    assert cache.get(SOURCE, 3, 4, 2) == b"\x89PNG tile"
    assert cache.get(SOURCE, 3, 4, 3) is None
    with sqlite3.connect(cache.file_for(SOURCE)) as conn:  # MBTiles rows count bottom-up
        assert conn.execute("SELECT tile_row FROM tiles").fetchone() == (8 - 1 - 2,)
        meta = dict(conn.execute("SELECT name, value FROM metadata"))
    assert meta["name"] == "Our tiles" and meta["format"] == "png"
    assert cache.has_tiles(SOURCE) and cache.size_bytes() == len(b"\x89PNG tile")


def test_size_cap_drops_the_least_recently_used(tmp_path: Path) -> None:
    cache = TileCache(tmp_path, cap_bytes=10_000)
    for x in range(8):
        cache.put(SOURCE, 5, x, 0, bytes(1_000))
    cache.get(SOURCE, 5, 0, 0)  # used again: kept
    for x in range(8, 14):
        cache.put(SOURCE, 5, x, 0, bytes(1_000))
    cache.trim()
    assert cache.size_bytes() <= 10_000
    assert cache.get(SOURCE, 5, 0, 0) is not None
    assert cache.get(SOURCE, 5, 1, 0) is None
    assert cache.get(SOURCE, 5, 13, 0) is not None


def test_public_openstreetmap_is_never_bulk_downloaded(tmp_path: Path) -> None:
    osm = provider("OpenStreetMap.Mapnik")
    area = TravelArea.around(51.05, 13.74, 10, 10, 12)
    with pytest.raises(BulkDownloadRefused, match="usage policy"):
        estimate(osm, area, TileCache(tmp_path))
    with pytest.raises(BulkDownloadRefused):
        TravelDownload(osm, area, TileCache(tmp_path))
    disguised = own_tile_server("https://a.tile.openstreetmap.org/{z}/{x}/{y}.png")
    with pytest.raises(BulkDownloadRefused, match="usage policy"):
        TravelDownload(disguised, area, TileCache(tmp_path))


def test_estimate_counts_tiles_and_what_is_cached(tmp_path: Path) -> None:
    cache = TileCache(tmp_path)
    area = TravelArea.around(51.05, 13.74, 15, 8, 11)
    count = area.tile_count()
    assert count == len(list(area.tiles())) and 4 <= count < 200
    z, x, y = next(area.tiles())
    cache.put(SOURCE, z, x, y, bytes(30_000))
    found = estimate(SOURCE, area, cache)
    assert (found.tiles, found.cached) == (count, 1)
    assert found.bytes_to_fetch == (count - 1) * 30_000
    assert "already on this computer" in found.describe()
    huge = estimate(SOURCE, TravelArea(35, -10, 60, 30, 5, 14), cache)
    assert huge.over_cap and "smaller area" in huge.describe()
    with pytest.raises(TileError, match="smaller area"):
        TravelDownload(SOURCE, TravelArea(35, -10, 60, 30, 5, 14), cache)


def test_travel_download_is_polite_and_can_be_cancelled(tmp_path: Path) -> None:
    cache = TileCache(tmp_path)
    area = TravelArea.around(51.05, 13.74, 15, 8, 10)
    now = [0.0]
    slept: list[float] = []
    fetched: list[tuple[int, int, int]] = []

    def fake_fetch(source: object, z: int, x: int, y: int) -> bytes:
        fetched.append((z, x, y))
        now[0] += 0.05  # each request takes 50 ms
        return b"tile"

    def fake_sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    download = TravelDownload(
        SOURCE,
        area,
        cache,
        requests_per_second=2,
        fetch=fake_fetch,
        sleep=fake_sleep,
        clock=lambda: now[0],
    )
    progress: list[tuple[int, int]] = []
    result = download.run(progress=lambda done, total: progress.append((done, total)))
    assert result.fetched == area.tile_count() == len(fetched)
    assert now[0] >= (len(fetched) - 1) * 0.5  # never more than 2 requests a second
    assert progress[-1] == (area.tile_count(), area.tile_count())
    again = TravelDownload(
        SOURCE, area, cache, fetch=fake_fetch, sleep=fake_sleep, clock=lambda: now[0]
    ).run()
    assert again.already_cached == area.tile_count() and again.fetched == 0
    stopped = TravelDownload(
        SOURCE,
        TravelArea.around(48.1, 11.6, 15, 8, 10),
        cache,
        fetch=fake_fetch,
        sleep=fake_sleep,
        clock=lambda: now[0],
    )
    calls = iter(range(100))
    result = stopped.run(cancelled=lambda: next(calls) >= 2)
    assert result.cancelled and result.fetched == 2


def test_fetch_names_the_app_in_the_user_agent(tile_server: TileServer) -> None:
    source = own_tile_server(tile_server.url_template)
    data = fetch_tile(source, 3, 4, 2)
    assert data.startswith(b"\x89PNG")
    assert tile_server.requests[0]["path"] == "/3/4/2.png"
    assert tile_server.requests[0]["user_agent"].startswith("OfficeDesk/")
    tile_server.stop()
    with pytest.raises(TileError, match="could not be fetched"):
        fetch_tile(source, 3, 4, 2, timeout=2)


def _mbtiles(path: Path, image_format: str = "png") -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        conn.execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
            "tile_row INTEGER, tile_data BLOB)"
        )
        conn.executemany(
            "INSERT INTO metadata VALUES (?, ?)",
            [("name", "Dresden streets"), ("format", image_format), ("attribution", "© someone")],
        )
        conn.execute("INSERT INTO tiles VALUES (1, 1, 0, ?)", (png_bytes(4, 4, (0, 0, 255, 255)),))
    conn.close()
    return path


def test_import_mbtiles_as_offline_layer(tmp_path: Path) -> None:
    folder = tmp_path / "offline"
    layer = import_mbtiles(_mbtiles(tmp_path / "Dresden Streets.mbtiles"), folder)
    assert layer.name == "Dresden streets" and layer.key == "offline-dresden-streets"
    assert (layer.min_zoom, layer.max_zoom) == (1, 1)
    assert read_offline_tile(layer, 1, 1, 1).startswith(b"\x89PNG")  # TMS row 0 = XYZ y 1
    assert read_offline_tile(layer, 1, 1, 0) is None
    assert [found.key for found in offline_layers(folder)] == [layer.key]
    with pytest.raises(TileError, match="already imported"):
        import_mbtiles(tmp_path / "Dresden Streets.mbtiles", folder)


def test_import_refuses_what_it_cannot_show(tmp_path: Path) -> None:
    with pytest.raises(TileError, match="only image tiles"):
        import_mbtiles(_mbtiles(tmp_path / "vector.mbtiles", "pbf"), tmp_path / "o")
    junk = tmp_path / "junk.mbtiles"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(TileError, match="not an MBTiles"):
        import_mbtiles(junk, tmp_path / "o")


def test_own_tile_server_url_is_checked() -> None:
    with pytest.raises(TileError, match="https://"):
        own_tile_server("ftp://tiles.example.org/{z}/{x}/{y}.png")
    with pytest.raises(TileError, match="needs"):
        own_tile_server("https://tiles.example.org/tiles.png")
    assert own_tile_server("https://t.example.org/{z}/{x}/{y}.png").own_server
