"""Offline maps: ``.mbtiles`` files the user imports, each shown as a layer of its own.

:func:`import_mbtiles` checks a map file and copies it into the offline maps folder
(the user's data, not cache: :func:`offline_folder`); this is the main route to offline
streets, made with a tool whose data licence allows it. :func:`offline_layers` lists
the imported maps and :func:`read_offline_tile` reads a tile of one.

Map files come from outside, so no tile larger than :data:`MAX_TILE_BYTES` is ever
loaded (:func:`capped`: SQLite refuses the value instead), a file holding one is not
taken, and its metadata is read only up to :data:`MAX_METADATA_CHARS`. The MBTiles
helpers here (:func:`capped`, :data:`CAPPED_TILE`, :func:`tms_row`) serve the tile
cache too, which keeps its tiles in MBTiles files as well.

No Qt here: the app's ``officedesk:`` scheme handler and the CLI both use this module.
"""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .i18n import translate
from .tile_sources import MAX_TILE_BYTES, TileError

log = logging.getLogger(__name__)

#: The longest name, format or attribution an imported map file may give, and the most
#: metadata rows read from it.
MAX_METADATA_CHARS = 2_000
MAX_METADATA_ROWS = 1_000

#: A tile's data if it is not over the cap given (else NULL), and its size.
CAPPED_TILE = (
    "SELECT CASE WHEN length(tile_data) <= ? THEN tile_data END, length(tile_data) "
    "FROM tiles WHERE zoom_level = ? AND tile_column = ?"
)


def capped(conn: sqlite3.Connection) -> sqlite3.Connection:
    """``conn``, refusing to load any value larger than a tile may be: SQLite raises
    "string or blob too big" instead of reading a gigabyte into memory."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_TILE_BYTES + 64 * 1024)
    return conn


def _open_map(path: Path) -> sqlite3.Connection:
    """A map file (.mbtiles) opened read-only, with no value loaded past the tile cap."""
    return capped(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True))


def tms_row(z: int, y: int) -> int:
    """MBTiles stores rows bottom-up (TMS); Leaflet counts them top-down (XYZ)."""
    return (1 << z) - 1 - y


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
_METADATA = (
    "SELECT name, substr(CAST(value AS TEXT), 1, ?), length(CAST(value AS TEXT)) "
    "FROM metadata WHERE name IN ('name', 'format', 'attribution') LIMIT ?"
)


def _read_layer(path: Path) -> OfflineLayer:
    try:
        with closing(_open_map(path)) as conn:
            rows = conn.execute(_METADATA, (MAX_METADATA_CHARS + 1, MAX_METADATA_ROWS)).fetchall()
            zooms = conn.execute(
                "SELECT min(zoom_level), max(zoom_level), count(*) FROM tiles"
            ).fetchone()
    except sqlite3.DataError as exc:  # a value over the cap
        raise TileError(
            translate(
                "TileCache",
                "{path}: the map file holds a value larger than {limit} MB; it is not taken",
            ).format(path=path, limit=MAX_TILE_BYTES // 1048576)
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise TileError(
            translate("TileCache", "{path}: not an MBTiles map file ({reason})").format(
                path=path, reason=exc
            )
        ) from exc
    meta: dict[str, str] = {}
    for name, value, length in rows:
        if length is not None and length > MAX_METADATA_CHARS:
            raise TileError(
                translate(
                    "TileCache",
                    "{path}: the map file's {field} is {length} characters long; "
                    "at most {limit} are read",
                ).format(
                    path=path, field=name, length=f"{length:,}", limit=f"{MAX_METADATA_CHARS:,}"
                )
            )
        meta.setdefault(str(name), "" if value is None else str(value))
    image_format = str(meta.get("format", "png")).lower()
    if image_format not in ("png", "jpg", "jpeg", "webp"):
        raise TileError(
            translate(
                "TileCache",
                "{path}: holds {format} tiles; only image tiles (png, jpg, webp) can be shown",
            ).format(path=path, format=image_format)
        )
    if not zooms or not zooms[2]:
        raise TileError(
            translate("TileCache", "{path}: the map file holds no tiles").format(path=path)
        )
    key = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")[:50] or "map"
    return OfflineLayer(
        f"offline-{key}",
        str(meta.get("name") or path.stem),
        path,
        image_format,
        str(meta.get("attribution", "")),
        int(zooms[0]),
        int(zooms[1]),
    )


def _largest_tile(path: Path) -> int:
    """The size of the largest tile in a map file (its blobs are measured, not read)."""
    try:
        with closing(_open_map(path)) as conn:
            found = conn.execute("SELECT max(length(tile_data)) FROM tiles").fetchone()[0]
    except sqlite3.DataError:  # tiles stored as text too long to count: over the cap
        return MAX_TILE_BYTES + 1
    except sqlite3.DatabaseError as exc:
        raise TileError(
            translate("TileCache", "{path}: not an MBTiles map file ({reason})").format(
                path=path, reason=exc
            )
        ) from exc
    return int(found or 0)


def import_mbtiles(source: Path, folder: Path | None = None) -> OfflineLayer:
    """Check an ``.mbtiles`` file and copy it into the offline maps folder. Refused (a
    TileError, nothing left behind) if a tile is over :data:`MAX_TILE_BYTES`, its
    metadata over :data:`MAX_METADATA_CHARS`, or the disk has no room for it."""
    layer = _read_layer(source)
    largest = _largest_tile(source)
    if largest > MAX_TILE_BYTES:
        raise TileError(
            translate(
                "TileCache",
                "{path}: holds a tile larger than {limit} MB; a map file with such "
                "tiles is not taken",
            ).format(path=source, limit=MAX_TILE_BYTES // (1024 * 1024))
        )
    target_folder = folder or offline_folder()
    target_folder.mkdir(parents=True, exist_ok=True)
    target = target_folder / f"{layer.key.removeprefix('offline-')}.mbtiles"
    if target.exists():
        raise TileError(
            translate(
                "TileCache", "{name}: an offline map of that name is already imported"
            ).format(name=target.name)
        )
    size = source.stat().st_size
    if shutil.disk_usage(target_folder).free < size + 64 * 1024 * 1024:
        raise TileError(
            translate(
                "TileCache",
                "{path}: there is not enough free disk space for this map file ({size} MB)",
            ).format(path=source, size=f"{size / 1048576:,.0f}")
        )
    partial = target.with_name(target.name + ".partial")
    try:
        shutil.copyfile(source, partial)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise TileError(
            translate("TileCache", "{path}: the map file could not be copied ({reason})").format(
                path=source, reason=exc
            )
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
            row = conn.execute(
                CAPPED_TILE + " AND tile_row = ?", (MAX_TILE_BYTES, z, x, tms_row(z, y))
            ).fetchone()
    except sqlite3.Error as exc:
        raise TileError(
            translate("TileCache", "{path}: not an MBTiles map file ({reason})").format(
                path=layer.path, reason=exc
            )
        ) from exc
    if row is not None and row[0] is None and row[1] is not None:
        log.warning("tile %s/%s/%s of %s not shown: %s bytes", z, x, y, layer.name, row[1])
        return None
    return bytes(row[0]) if row is not None and row[0] is not None else None
