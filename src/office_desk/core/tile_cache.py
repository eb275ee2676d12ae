"""Street tiles for the map, kept on disk so that places seen once work offline.

* :class:`TileCache` keeps every tile fetched while browsing in one MBTiles file (SQLite)
  per tile source, in the per-user cache folder, under a size cap (least recently used
  tiles go first).
* "Prepare for travel" (:func:`estimate`, :class:`TravelDownload`) fetches the tiles
  of an area for a zoom range into the cache, with an estimate first, a cap, a polite
  rate limit and a User-Agent naming the app. OpenStreetMap's tile usage policy forbids
  bulk downloads from its public servers, so this is refused for them and offered only
  for an organisation's own tile server configured by URL.

Where tiles come from (providers, the organisation's own server, fetching one tile) is
:mod:`office_desk.core.tile_sources`; imported ``.mbtiles`` maps, the main route to
offline streets, are :mod:`office_desk.core.offline_maps`.

Tiles come from servers and files the app does not control, so no tile larger than
:data:`MAX_TILE_BYTES` is fetched, stored or served on any path (the download stops at
the cap; a stored one that is larger is never loaded), and a tile that cannot be stored
leaves the cache as it was (:class:`TileError`, never a crash).

No Qt here: the app's ``officedesk:`` scheme handler and the CLI both use this module.
"""

from __future__ import annotations

import logging
import math
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from . import map_defaults, paths
from .i18n import translate
from .offline_maps import CAPPED_TILE, capped, tms_row
from .tile_sources import (
    MAX_TILE_BYTES,
    TileError,
    TileSource,
    check_bulk_download_allowed,
    fetch_tile,
    tile_too_large,
)

log = logging.getLogger(__name__)

DEFAULT_CAP_BYTES = map_defaults.DEFAULT_CAP_BYTES
MAX_TRAVEL_TILES = 20_000
TYPICAL_TILE_BYTES = 20_000


# --------------------------------------------------------------------------- the cache


def cache_folder() -> Path:
    """Where cached tiles live: the per-user cache folder (under OFFICE_DESK_DATA_DIR if set)."""
    override = os.environ.get(paths.DATA_DIR_ENV)
    if override:
        return Path(override).expanduser() / "cache" / "tiles"
    return platformdirs.user_cache_path(paths.APP_NAME, appauthor=False) / "tiles"


_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS metadata (name TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER, tile_column INTEGER,"
    " tile_row INTEGER, tile_data BLOB, size INTEGER, used_at REAL,"
    " PRIMARY KEY (zoom_level, tile_column, tile_row))",
    "CREATE INDEX IF NOT EXISTS tiles_used ON tiles (used_at)",
)


def _cache_error(path: Path, exc: BaseException) -> TileError:
    return TileError(
        translate(
            "TileCache", "{path}: the map tiles kept on this computer cannot be used ({reason})"
        ).format(path=path, reason=exc)
    )


class TileCache:
    """Tiles fetched while browsing, one MBTiles file per source, under a size cap."""

    def __init__(self, folder: Path | None = None, cap_bytes: int = DEFAULT_CAP_BYTES) -> None:
        self.folder = folder or cache_folder()
        self.cap_bytes = cap_bytes
        self._written_since_trim = 0
        self._ready: set[Path] = set()

    def file_for(self, source: TileSource) -> Path:
        return self.folder / f"{source.key}.mbtiles"

    def _connect(self, source: TileSource) -> sqlite3.Connection:
        path = self.file_for(source)
        if path in self._ready and path.exists():
            return capped(sqlite3.connect(path, timeout=10))
        self.folder.mkdir(parents=True, exist_ok=True)
        conn = capped(sqlite3.connect(path, timeout=10))
        conn.execute("PRAGMA journal_mode = WAL")
        for statement in _SCHEMA:
            conn.execute(statement)
        conn.executemany(
            "INSERT OR IGNORE INTO metadata VALUES (?, ?)",
            [
                ("name", source.name),
                ("format", "png"),
                ("type", "baselayer"),
                ("attribution", source.attribution),
                ("version", "1"),
                ("description", f"Office Desk tile cache of {source.url_template}"),
            ],
        )
        conn.commit()
        self._ready.add(path)
        return conn

    def get(self, source: TileSource, z: int, x: int, y: int) -> bytes | None:
        """The cached tile, or None. A tile over :data:`MAX_TILE_BYTES` (stored before
        the cap) is dropped, never loaded; TileError if the cache cannot be read."""
        if not self.file_for(source).exists():
            return None
        key = (z, x, tms_row(z, y))
        try:
            with closing(self._connect(source)) as conn, conn:
                row = conn.execute(
                    CAPPED_TILE + " AND tile_row = ?", (MAX_TILE_BYTES, *key)
                ).fetchone()
                if row is not None and row[0] is None:
                    log.warning(
                        "dropped cached tile %s/%s/%s of %s: %s bytes", z, x, y, source.name, row[1]
                    )
                    conn.execute(
                        "DELETE FROM tiles WHERE zoom_level = ? AND tile_column = ? "
                        "AND tile_row = ?",
                        key,
                    )
                    return None
                if row is not None:
                    conn.execute(
                        "UPDATE tiles SET used_at = ? WHERE zoom_level = ? AND "
                        "tile_column = ? AND tile_row = ?",
                        (time.time(), *key),
                    )
        except sqlite3.Error as exc:
            raise _cache_error(self.file_for(source), exc) from exc
        return bytes(row[0]) if row is not None else None

    def put(self, source: TileSource, z: int, x: int, y: int, data: bytes) -> None:
        """Keep a tile; TileError (and the cache as it was) if it is empty, larger than
        :data:`MAX_TILE_BYTES` or cannot be written."""
        if len(data) > MAX_TILE_BYTES:
            raise tile_too_large(source, z, x, y)
        if not data:
            raise TileError(
                translate("TileCache", "{source}: tile {z}/{x}/{y} is not an image").format(
                    source=source.name, z=z, x=x, y=y
                )
            )
        try:
            with closing(self._connect(source)) as conn, conn:
                conn.execute(
                    "INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?, ?, ?)",
                    (z, x, tms_row(z, y), sqlite3.Binary(data), len(data), time.time()),
                )
        except sqlite3.Error as exc:
            raise _cache_error(self.file_for(source), exc) from exc
        self._written_since_trim += len(data)
        if self._written_since_trim > max(self.cap_bytes // 20, 1):
            self.trim()

    def has_tiles(self, source: TileSource) -> bool:
        return self.tile_count(source) > 0

    def tile_count(self, source: TileSource) -> int:
        if not self.file_for(source).exists():
            return 0
        with closing(self._connect(source)) as conn:
            return int(conn.execute("SELECT count(*) FROM tiles").fetchone()[0])

    def _files(self) -> list[Path]:
        return sorted(self.folder.glob("*.mbtiles")) if self.folder.is_dir() else []

    def size_bytes(self) -> int:
        total = 0
        for path in self._files():
            with closing(sqlite3.connect(path, timeout=10)) as conn:
                total += int(conn.execute("SELECT coalesce(sum(size), 0) FROM tiles").fetchone()[0])
        return total

    def average_tile_bytes(self, source: TileSource) -> int:
        if not self.file_for(source).exists():
            return TYPICAL_TILE_BYTES
        with closing(self._connect(source)) as conn:
            value = conn.execute("SELECT avg(size) FROM tiles").fetchone()[0]
        return int(value) if value else TYPICAL_TILE_BYTES

    def trim(self) -> int:
        """Drop the least recently used tiles until the cache is under 90% of its cap."""
        self._written_since_trim = 0
        excess = self.size_bytes() - self.cap_bytes
        if excess <= 0:
            return 0
        excess += self.cap_bytes // 10
        candidates: list[tuple[float, Path, int, int, int, int]] = []
        for path in self._files():
            with closing(sqlite3.connect(path, timeout=10)) as conn:
                candidates += [
                    (used, path, z, x, r, size)
                    for z, x, r, size, used in conn.execute(
                        "SELECT zoom_level, tile_column, tile_row, size, used_at FROM tiles"
                    )
                ]
        candidates.sort()
        doomed: dict[Path, list[tuple[int, int, int]]] = {}
        for _used, path, z, x, r, size in candidates:
            if excess <= 0:
                break
            doomed.setdefault(path, []).append((z, x, r))
            excess -= size
        for path, keys in doomed.items():
            with closing(sqlite3.connect(path, timeout=10)) as conn, conn:
                conn.executemany(
                    "DELETE FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
                    keys,
                )
        return sum(len(keys) for keys in doomed.values())

    def count_cached(self, source: TileSource, area: TravelArea) -> int:
        if not self.file_for(source).exists():
            return 0
        total = 0
        with closing(self._connect(source)) as conn:
            for z, (x0, x1, y0, y1) in area.ranges():
                total += int(
                    conn.execute(
                        "SELECT count(*) FROM tiles WHERE zoom_level = ? AND tile_column BETWEEN "
                        "? AND ? AND tile_row BETWEEN ? AND ?",
                        (z, x0, x1, tms_row(z, y1), tms_row(z, y0)),
                    ).fetchone()[0]
                )
        return total

    def clear(self) -> None:
        self._ready.clear()
        for path in self._files():
            for leftover in (
                path,
                path.with_name(path.name + "-wal"),
                path.with_name(path.name + "-shm"),
            ):
                leftover.unlink(missing_ok=True)


# --------------------------------------------------------------------------- prepare for travel


def tile_xy(lat: float, lon: float, z: int) -> tuple[int, int]:
    """The XYZ tile holding a point at zoom ``z`` (Web Mercator)."""
    lat = max(min(lat, 85.0511), -85.0511)
    n = 1 << z
    x = int((lon + 180.0) / 360.0 * n)
    y = int((1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n)
    return min(max(x, 0), n - 1), min(max(y, 0), n - 1)


@dataclass(frozen=True)
class TravelArea:
    """A box (degrees) and a zoom range to make available offline."""

    south: float
    west: float
    north: float
    east: float
    min_zoom: int
    max_zoom: int

    @classmethod
    def around(
        cls, lat: float, lon: float, radius_km: float, min_zoom: int = 5, max_zoom: int = 14
    ) -> TravelArea:
        d_lat = radius_km / 111.32
        d_lon = radius_km / (111.32 * max(math.cos(math.radians(lat)), 0.01))
        return cls(lat - d_lat, lon - d_lon, lat + d_lat, lon + d_lon, min_zoom, max_zoom)

    def ranges(self) -> Iterator[tuple[int, tuple[int, int, int, int]]]:
        """(zoom, (x_min, x_max, y_min, y_max)) for each zoom level."""
        for z in range(self.min_zoom, self.max_zoom + 1):
            x0, y0 = tile_xy(self.north, self.west, z)
            x1, y1 = tile_xy(self.south, self.east, z)
            yield z, (x0, x1, y0, y1)

    def tiles(self) -> Iterator[tuple[int, int, int]]:
        for z, (x0, x1, y0, y1) in self.ranges():
            for x in range(x0, x1 + 1):
                for y in range(y0, y1 + 1):
                    yield z, x, y

    def tile_count(self) -> int:
        return sum((x1 - x0 + 1) * (y1 - y0 + 1) for _z, (x0, x1, y0, y1) in self.ranges())


@dataclass(frozen=True)
class TravelEstimate:
    tiles: int
    cached: int
    bytes_to_fetch: int
    over_cap: bool

    @property
    def to_fetch(self) -> int:
        return self.tiles - self.cached

    def describe(self) -> str:
        megabytes = self.bytes_to_fetch / 1_000_000
        text = translate(
            "TileCache",
            "{tiles} tiles, {cached} already on this computer; about {megabytes} MB to download",
        ).format(tiles=f"{self.tiles:,}", cached=f"{self.cached:,}", megabytes=f"{megabytes:,.1f}")
        if self.over_cap:
            text += translate(
                "TileCache", " (more than {limit} tiles: choose a smaller area or zoom range)"
            ).format(limit=f"{MAX_TRAVEL_TILES:,}")
        return text


def estimate(source: TileSource, area: TravelArea, cache: TileCache) -> TravelEstimate:
    """Count and size of what preparing ``area`` would download (refuses public OSM)."""
    check_bulk_download_allowed(source)
    count = area.tile_count()
    cached = cache.count_cached(source, area) if count <= MAX_TRAVEL_TILES else 0
    return TravelEstimate(
        count, cached, (count - cached) * cache.average_tile_bytes(source), count > MAX_TRAVEL_TILES
    )


@dataclass
class TravelResult:
    fetched: int = 0
    already_cached: int = 0
    failed: int = 0
    cancelled: bool = False


class TravelDownload:
    """Fetch the tiles of an area into the cache, one request at a time, politely."""

    def __init__(
        self,
        source: TileSource,
        area: TravelArea,
        cache: TileCache,
        *,
        requests_per_second: float = 2.0,
        fetch: Callable[[TileSource, int, int, int], bytes] = fetch_tile,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        check_bulk_download_allowed(source)
        if area.tile_count() > MAX_TRAVEL_TILES:
            raise TileError(
                translate(
                    "TileCache",
                    "{tiles} tiles is more than the {limit} allowed at "
                    "once: choose a smaller area or zoom range",
                ).format(tiles=f"{area.tile_count():,}", limit=f"{MAX_TRAVEL_TILES:,}")
            )
        self.source, self.area, self.cache = source, area, cache
        self.interval = 1.0 / max(min(requests_per_second, 4.0), 0.1)
        self._fetch, self._sleep, self._clock = fetch, sleep, clock

    def run(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> TravelResult:
        result = TravelResult()
        total = self.area.tile_count()
        last_request = -math.inf
        for done, (z, x, y) in enumerate(self.area.tiles(), start=1):
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            try:
                cached = self.cache.get(self.source, z, x, y) is not None
            except TileError:  # the cache cannot be read: the tile is fetched again
                cached = False
            if cached:
                result.already_cached += 1
            else:
                wait = last_request + self.interval - self._clock()
                if wait > 0:
                    self._sleep(wait)
                last_request = self._clock()
                try:
                    self.cache.put(self.source, z, x, y, self._fetch(self.source, z, x, y))
                    result.fetched += 1
                except TileError:
                    result.failed += 1
            if progress is not None:
                progress(done, total)
        return result
