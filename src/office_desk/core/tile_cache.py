"""Street tiles for the map, kept on disk so that places seen once work offline.

* :class:`TileCache` keeps every tile fetched while browsing in one MBTiles file (SQLite)
  per tile source, in the per-user cache folder, under a size cap (least recently used
  tiles go first).
* :func:`import_mbtiles` adds an existing ``.mbtiles`` file as an offline layer (the
  main route to offline streets: made with a tool whose data licence allows it).
* "Prepare for travel" (:func:`estimate`, :class:`TravelDownload`) fetches the tiles
  of an area for a zoom range, with an estimate first, a cap, a polite rate limit and a
  User-Agent naming the app. OpenStreetMap's tile usage policy forbids bulk downloads
  from its public servers, so this is refused for them and offered only for an
  organisation's own tile server configured by URL (:func:`own_tile_server`).

Tiles come from servers and files the app does not control, so no tile larger than
:data:`MAX_TILE_BYTES` is fetched, stored or served on any path (the download stops at
the cap; a stored one that is larger is never loaded), an imported map's metadata is
read only up to :data:`MAX_METADATA_CHARS`, and a tile that cannot be stored leaves the
cache as it was (:class:`TileError`, never a crash).

No Qt here: the app's ``officedesk:`` scheme handler and the CLI both use this module.
"""

from __future__ import annotations

import hashlib
import http.client
import logging
import math
import os
import re
import shutil
import sqlite3
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs

from .. import __version__
from . import paths
from .i18n import translate

log = logging.getLogger(__name__)

USER_AGENT = f"OfficeDesk/{__version__} (desktop app for an overseas contact-office network)"
DEFAULT_CAP_BYTES = 400 * 1024 * 1024
MAX_TRAVEL_TILES = 20_000
MAX_TILE_BYTES = 2 * 1024 * 1024
#: The longest name, format or attribution an imported map file may give, and the most
#: metadata rows read from it.
MAX_METADATA_CHARS = 2_000
MAX_METADATA_ROWS = 1_000
TYPICAL_TILE_BYTES = 20_000
_KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")

#: Public OpenStreetMap tile servers (and mirrors with the same policy): no bulk download.
PUBLIC_OSM_DOMAINS = ("openstreetmap.org", "osm.org", "openstreetmap.de", "openstreetmap.fr")


class TileError(Exception):
    """A tile or tile file that cannot be used; ``str()`` is a message for the user."""


class BulkDownloadRefused(TileError):
    pass


# --------------------------------------------------------------------------- sources


@dataclass(frozen=True)
class TileSource:
    """Where street tiles come from: a URL template with ``{z}``, ``{x}``, ``{y}``."""

    key: str
    name: str
    url_template: str
    attribution: str
    max_zoom: int = 19
    own_server: bool = False

    def __post_init__(self) -> None:
        if not _KEY.match(self.key):
            raise TileError(translate("TileCache", "{key} is not a valid tile source key").format(
                key=repr(self.key)))

    @property
    def host(self) -> str:
        return (urlsplit(self.url_template.replace("{s}", "a")).hostname or "").lower()

    def tile_url(self, z: int, x: int, y: int) -> str:
        return (self.url_template.replace("{s}", "abc"[(x + y) % 3]).replace("{r}", "")
                .replace("{z}", str(z)).replace("{x}", str(x)).replace("{y}", str(y)))


def provider(name: str = "OpenStreetMap.Mapnik") -> TileSource:
    """A public tile provider known to xyzservices (browsing and its cache only)."""
    import xyzservices.providers as providers

    found = providers.query_name(name)
    key = re.sub(r"[^a-z0-9]+", "-", found.name.lower()).strip("-")
    return TileSource(key, found.name, found.build_url(), found.get("attribution", ""),
                      int(found.get("max_zoom", 19)))


OPENSTREETMAP_NAME = "OpenStreetMap.Mapnik"


def own_tile_server(url_template: str, name: str = "Our tile server",
                    attribution: str = "", max_zoom: int = 19) -> TileSource:
    """An organisation's own tile server, which may also be used to prepare for travel."""
    parts = urlsplit(url_template)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TileError(translate(
            "TileCache", "{url}: a tile server URL starts with https:// or http://")
                        .format(url=url_template))
    if not all(p in url_template for p in ("{z}", "{x}", "{y}")):
        raise TileError(translate("TileCache", "{url}: the URL needs {{z}}, {{x}} and {{y}} in it")
                        .format(url=url_template))
    digest = hashlib.sha1(url_template.encode("utf-8")).hexdigest()[:12]
    return TileSource(f"own-{digest}", name, url_template, attribution, max_zoom,
                      own_server=True)


def is_public_osm(host: str) -> bool:
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in PUBLIC_OSM_DOMAINS)


def check_bulk_download_allowed(source: TileSource) -> None:
    """Raise :class:`BulkDownloadRefused` unless ``source`` may be fetched in bulk."""
    if is_public_osm(source.host):
        raise BulkDownloadRefused(translate(
            "TileCache",
            "OpenStreetMap's tile usage policy forbids downloading its tiles in bulk for "
            "offline use. Import an .mbtiles file instead, or configure your organisation's "
            "own tile server."
        ))
    if not source.own_server:
        raise BulkDownloadRefused(
            translate("TileCache",
                      "{source}: preparing for travel is only offered for your organisation's "
                      "own tile server; import an .mbtiles file for other maps."
                      ).format(source=source.name)
        )


def tile_too_large(source: TileSource | str, z: int, x: int, y: int) -> TileError:
    """The error for a tile over :data:`MAX_TILE_BYTES`."""
    return TileError(translate(
        "TileCache", "{source}: tile {z}/{x}/{y} is larger than {limit} MB; it was not "
                     "taken").format(source=getattr(source, "name", source), z=z, x=x, y=y,
                                     limit=MAX_TILE_BYTES // (1024 * 1024)))


def declared_size(value: str | None) -> int | None:
    """A Content-Length header as a number (None if missing or not a number)."""
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def fetch_tile(source: TileSource, z: int, x: int, y: int, timeout: float = 15.0) -> bytes:
    """One tile from ``source`` over the network (raises TileError on any failure). Never
    more than :data:`MAX_TILE_BYTES` is read: a larger tile is refused."""
    request = urllib.request.Request(source.tile_url(z, x, y),
                                     headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            kind = response.headers.get("Content-Type", "")
            size = declared_size(response.headers.get("Content-Length"))
            if size is not None and size > MAX_TILE_BYTES:
                raise tile_too_large(source, z, x, y)
            data = response.read(MAX_TILE_BYTES + 1)
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
        raise TileError(translate(
            "TileCache", "{source}: tile {z}/{x}/{y} could not be fetched ({reason})")
                        .format(source=source.name, z=z, x=x, y=y, reason=exc)) from exc
    if len(data) > MAX_TILE_BYTES:
        raise tile_too_large(source, z, x, y)
    if not kind.startswith("image/") or not data:
        raise TileError(translate("TileCache", "{source}: tile {z}/{x}/{y} is not an image")
                        .format(source=source.name, z=z, x=x, y=y))
    return data


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


#: A tile's data if it is not over the cap given (else NULL), and its size.
_CAPPED_TILE = ("SELECT CASE WHEN length(tile_data) <= ? THEN tile_data END, length(tile_data) "
                "FROM tiles WHERE zoom_level = ? AND tile_column = ?")


def _capped(conn: sqlite3.Connection) -> sqlite3.Connection:
    """``conn``, refusing to load any value larger than a tile may be: SQLite raises
    "string or blob too big" instead of reading a gigabyte into memory."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_TILE_BYTES + 64 * 1024)
    return conn


def _open_map(path: Path) -> sqlite3.Connection:
    """A map file (.mbtiles) opened read-only, with no value loaded past the tile cap."""
    return _capped(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True))


def _cache_error(path: Path, exc: BaseException) -> TileError:
    return TileError(translate("TileCache", "{path}: the map tiles kept on this computer cannot "
                                            "be used ({reason})").format(path=path, reason=exc))


def _tms_row(z: int, y: int) -> int:
    """MBTiles stores rows bottom-up (TMS); Leaflet counts them top-down (XYZ)."""
    return (1 << z) - 1 - y


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
            return _capped(sqlite3.connect(path, timeout=10))
        self.folder.mkdir(parents=True, exist_ok=True)
        conn = _capped(sqlite3.connect(path, timeout=10))
        conn.execute("PRAGMA journal_mode = WAL")
        for statement in _SCHEMA:
            conn.execute(statement)
        conn.executemany(
            "INSERT OR IGNORE INTO metadata VALUES (?, ?)",
            [("name", source.name), ("format", "png"), ("type", "baselayer"),
             ("attribution", source.attribution), ("version", "1"),
             ("description", f"Office Desk tile cache of {source.url_template}")],
        )
        conn.commit()
        self._ready.add(path)
        return conn

    def get(self, source: TileSource, z: int, x: int, y: int) -> bytes | None:
        """The cached tile, or None. A tile over :data:`MAX_TILE_BYTES` (stored before
        the cap) is dropped, never loaded; TileError if the cache cannot be read."""
        if not self.file_for(source).exists():
            return None
        key = (z, x, _tms_row(z, y))
        try:
            with closing(self._connect(source)) as conn, conn:
                row = conn.execute(_CAPPED_TILE + " AND tile_row = ?",
                                   (MAX_TILE_BYTES, *key)).fetchone()
                if row is not None and row[0] is None:
                    log.warning("dropped cached tile %s/%s/%s of %s: %s bytes", z, x, y,
                                source.name, row[1])
                    conn.execute("DELETE FROM tiles WHERE zoom_level = ? AND tile_column = ? "
                                 "AND tile_row = ?", key)
                    return None
                if row is not None:
                    conn.execute("UPDATE tiles SET used_at = ? WHERE zoom_level = ? AND "
                                 "tile_column = ? AND tile_row = ?", (time.time(), *key))
        except sqlite3.Error as exc:
            raise _cache_error(self.file_for(source), exc) from exc
        return bytes(row[0]) if row is not None else None

    def put(self, source: TileSource, z: int, x: int, y: int, data: bytes) -> None:
        """Keep a tile; TileError (and the cache as it was) if it is empty, larger than
        :data:`MAX_TILE_BYTES` or cannot be written."""
        if len(data) > MAX_TILE_BYTES:
            raise tile_too_large(source, z, x, y)
        if not data:
            raise TileError(translate("TileCache", "{source}: tile {z}/{x}/{y} is not an image")
                            .format(source=source.name, z=z, x=x, y=y))
        try:
            with closing(self._connect(source)) as conn, conn:
                conn.execute("INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?, ?, ?)",
                             (z, x, _tms_row(z, y), sqlite3.Binary(data), len(data),
                              time.time()))
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
                total += int(conn.execute("SELECT coalesce(sum(size), 0) FROM tiles")
                             .fetchone()[0])
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
                candidates += [(used, path, z, x, r, size) for z, x, r, size, used in conn.execute(
                    "SELECT zoom_level, tile_column, tile_row, size, used_at FROM tiles")]
        candidates.sort()
        doomed: dict[Path, list[tuple[int, int, int]]] = {}
        for _used, path, z, x, r, size in candidates:
            if excess <= 0:
                break
            doomed.setdefault(path, []).append((z, x, r))
            excess -= size
        for path, keys in doomed.items():
            with closing(sqlite3.connect(path, timeout=10)) as conn, conn:
                conn.executemany("DELETE FROM tiles WHERE zoom_level = ? AND tile_column = ? "
                                 "AND tile_row = ?", keys)
        return sum(len(keys) for keys in doomed.values())

    def count_cached(self, source: TileSource, area: TravelArea) -> int:
        if not self.file_for(source).exists():
            return 0
        total = 0
        with closing(self._connect(source)) as conn:
            for z, (x0, x1, y0, y1) in area.ranges():
                total += int(conn.execute(
                    "SELECT count(*) FROM tiles WHERE zoom_level = ? AND tile_column BETWEEN "
                    "? AND ? AND tile_row BETWEEN ? AND ?",
                    (z, x0, x1, _tms_row(z, y1), _tms_row(z, y0))).fetchone()[0])
        return total

    def clear(self) -> None:
        self._ready.clear()
        for path in self._files():
            for leftover in (path, path.with_name(path.name + "-wal"),
                             path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)


# --------------------------------------------------------------------------- offline layers


@dataclass(frozen=True)
class OfflineLayer:
    """An imported ``.mbtiles`` file shown as a layer of its own."""

    key: str
    name: str
    path: Path
    image_format: str
    attribution: str
    min_zoom: int
    max_zoom: int


def offline_folder() -> Path:
    """Imported map files are the user's data, not cache: they live in the data folder."""
    return paths.data_dir() / "offline-maps"


#: The metadata an offline layer uses, each value cut at the cap (with its full length).
_METADATA = ("SELECT name, substr(CAST(value AS TEXT), 1, ?), length(CAST(value AS TEXT)) "
             "FROM metadata WHERE name IN ('name', 'format', 'attribution') LIMIT ?")


def _read_layer(path: Path) -> OfflineLayer:
    try:
        with closing(_open_map(path)) as conn:
            rows = conn.execute(_METADATA, (MAX_METADATA_CHARS + 1,
                                            MAX_METADATA_ROWS)).fetchall()
            zooms = conn.execute("SELECT min(zoom_level), max(zoom_level), count(*) "
                                 "FROM tiles").fetchone()
    except sqlite3.DataError as exc:  # a value over the cap
        raise TileError(translate(
            "TileCache", "{path}: the map file holds a value larger than {limit} MB; it is "
                         "not taken").format(path=path, limit=MAX_TILE_BYTES // 1048576)
                        ) from exc
    except sqlite3.DatabaseError as exc:
        raise TileError(translate("TileCache", "{path}: not an MBTiles map file ({reason})")
                        .format(path=path, reason=exc)) from exc
    meta: dict[str, str] = {}
    for name, value, length in rows:
        if length is not None and length > MAX_METADATA_CHARS:
            raise TileError(translate(
                "TileCache", "{path}: the map file's {field} is {length} characters long; "
                             "at most {limit} are read").format(
                path=path, field=name, length=f"{length:,}", limit=f"{MAX_METADATA_CHARS:,}"))
        meta.setdefault(str(name), "" if value is None else str(value))
    image_format = str(meta.get("format", "png")).lower()
    if image_format not in ("png", "jpg", "jpeg", "webp"):
        raise TileError(translate("TileCache", "{path}: holds {format} tiles; only image tiles "
                                  "(png, jpg, webp) can be shown"
                                  ).format(path=path, format=image_format))
    if not zooms or not zooms[2]:
        raise TileError(translate(
            "TileCache", "{path}: the map file holds no tiles").format(path=path))
    key = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")[:50] or "map"
    return OfflineLayer(f"offline-{key}", str(meta.get("name") or path.stem), path,
                        image_format, str(meta.get("attribution", "")),
                        int(zooms[0]), int(zooms[1]))


def _largest_tile(path: Path) -> int:
    """The size of the largest tile in a map file (its blobs are measured, not read)."""
    try:
        with closing(_open_map(path)) as conn:
            found = conn.execute("SELECT max(length(tile_data)) FROM tiles").fetchone()[0]
    except sqlite3.DataError:  # tiles stored as text too long to count: over the cap
        return MAX_TILE_BYTES + 1
    except sqlite3.DatabaseError as exc:
        raise TileError(translate("TileCache", "{path}: not an MBTiles map file ({reason})")
                        .format(path=path, reason=exc)) from exc
    return int(found or 0)


def import_mbtiles(source: Path, folder: Path | None = None) -> OfflineLayer:
    """Check an ``.mbtiles`` file and copy it into the offline maps folder. Refused (a
    TileError, nothing left behind) if a tile is over :data:`MAX_TILE_BYTES`, its
    metadata over :data:`MAX_METADATA_CHARS`, or the disk has no room for it."""
    layer = _read_layer(source)
    largest = _largest_tile(source)
    if largest > MAX_TILE_BYTES:
        raise TileError(translate(
            "TileCache", "{path}: holds a tile larger than {limit} MB; a map file with such "
                         "tiles is not taken").format(path=source,
                                                      limit=MAX_TILE_BYTES // (1024 * 1024)))
    target_folder = folder or offline_folder()
    target_folder.mkdir(parents=True, exist_ok=True)
    target = target_folder / f"{layer.key.removeprefix('offline-')}.mbtiles"
    if target.exists():
        raise TileError(translate(
            "TileCache", "{name}: an offline map of that name is already imported")
                        .format(name=target.name))
    size = source.stat().st_size
    if shutil.disk_usage(target_folder).free < size + 64 * 1024 * 1024:
        raise TileError(translate(
            "TileCache", "{path}: there is not enough free disk space for this map file "
                         "({size} MB)").format(path=source, size=f"{size / 1048576:,.0f}"))
    partial = target.with_name(target.name + ".partial")
    try:
        shutil.copyfile(source, partial)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise TileError(translate("TileCache", "{path}: the map file could not be copied "
                                               "({reason})").format(path=source, reason=exc)
                        ) from exc
    return _read_layer(target)


def offline_layers(folder: Path | None = None) -> list[OfflineLayer]:
    found = []
    for path in sorted((folder or offline_folder()).glob("*.mbtiles")):
        try:
            found.append(_read_layer(path))
        except TileError:
            continue
    return found


def read_offline_tile(layer: OfflineLayer, z: int, x: int, y: int) -> bytes | None:
    """A tile of an imported map, or None (also for one over :data:`MAX_TILE_BYTES`,
    which is never loaded); TileError if the file cannot be read."""
    try:
        with closing(_open_map(layer.path)) as conn:
            row = conn.execute(_CAPPED_TILE + " AND tile_row = ?",
                               (MAX_TILE_BYTES, z, x, _tms_row(z, y))).fetchone()
    except sqlite3.Error as exc:
        raise TileError(translate("TileCache", "{path}: not an MBTiles map file ({reason})")
                        .format(path=layer.path, reason=exc)) from exc
    if row is not None and row[0] is None and row[1] is not None:
        log.warning("tile %s/%s/%s of %s not shown: %s bytes", z, x, y, layer.name, row[1])
        return None
    return bytes(row[0]) if row is not None and row[0] is not None else None


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
    def around(cls, lat: float, lon: float, radius_km: float, min_zoom: int = 5,
               max_zoom: int = 14) -> TravelArea:
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
        text = translate("TileCache", "{tiles} tiles, {cached} already on this computer; "
                                      "about {megabytes} MB to download").format(
            tiles=f"{self.tiles:,}", cached=f"{self.cached:,}", megabytes=f"{megabytes:,.1f}")
        if self.over_cap:
            text += translate("TileCache", " (more than {limit} tiles: choose a smaller area or "
                                           "zoom range)").format(limit=f"{MAX_TRAVEL_TILES:,}")
        return text


def estimate(source: TileSource, area: TravelArea, cache: TileCache) -> TravelEstimate:
    """Count and size of what preparing ``area`` would download (refuses public OSM)."""
    check_bulk_download_allowed(source)
    count = area.tile_count()
    cached = cache.count_cached(source, area) if count <= MAX_TRAVEL_TILES else 0
    return TravelEstimate(count, cached, (count - cached) * cache.average_tile_bytes(source),
                          count > MAX_TRAVEL_TILES)


@dataclass
class TravelResult:
    fetched: int = 0
    already_cached: int = 0
    failed: int = 0
    cancelled: bool = False


class TravelDownload:
    """Fetch the tiles of an area into the cache, one request at a time, politely."""

    def __init__(self, source: TileSource, area: TravelArea, cache: TileCache, *,
                 requests_per_second: float = 2.0,
                 fetch: Callable[[TileSource, int, int, int], bytes] = fetch_tile,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        check_bulk_download_allowed(source)
        if area.tile_count() > MAX_TRAVEL_TILES:
            raise TileError(translate(
                "TileCache", "{tiles} tiles is more than the {limit} allowed at "
                                      "once: choose a smaller area or zoom range").format(
                tiles=f"{area.tile_count():,}", limit=f"{MAX_TRAVEL_TILES:,}"))
        self.source, self.area, self.cache = source, area, cache
        self.interval = 1.0 / max(min(requests_per_second, 4.0), 0.1)
        self._fetch, self._sleep, self._clock = fetch, sleep, clock

    def run(self, progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> TravelResult:
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
