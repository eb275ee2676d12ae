"""Where the map's street tiles come from: public providers, or the organisation's own server.

A :class:`TileSource` is a URL template with ``{z}``, ``{x}``, ``{y}``: a public
provider known to xyzservices (:func:`provider`, for browsing and its cache only) or the
organisation's own tile server (:func:`own_tile_server`), the only kind that may also be
fetched in bulk to prepare for travel: OpenStreetMap's tile usage policy forbids bulk
downloads from its public servers (:func:`check_bulk_download_allowed`).
:func:`fetch_tile` fetches one tile with a User-Agent naming the app and never reads
more than :data:`MAX_TILE_BYTES`.

No Qt here: the app's ``officedesk:`` scheme handler and the CLI both use this module.
"""

from __future__ import annotations

import hashlib
import http.client
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from .. import __version__
from . import map_defaults
from .i18n import translate

USER_AGENT = f"OfficeDesk/{__version__} (desktop app for an overseas contact-office network)"
#: The largest tile fetched, stored or served on any path.
MAX_TILE_BYTES = 2 * 1024 * 1024
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
            raise TileError(
                translate("TileCache", "{key} is not a valid tile source key").format(
                    key=repr(self.key)
                )
            )

    @property
    def host(self) -> str:
        return (urlsplit(self.url_template.replace("{s}", "a")).hostname or "").lower()

    def tile_url(self, z: int, x: int, y: int) -> str:
        return (
            self.url_template.replace("{s}", "abc"[(x + y) % 3])
            .replace("{r}", "")
            .replace("{z}", str(z))
            .replace("{x}", str(x))
            .replace("{y}", str(y))
        )


def provider(name: str = "OpenStreetMap.Mapnik") -> TileSource:
    """A public tile provider known to xyzservices (browsing and its cache only)."""
    import xyzservices.providers as providers

    found = providers.query_name(name)
    key = re.sub(r"[^a-z0-9]+", "-", found.name.lower()).strip("-")
    return TileSource(
        key,
        found.name,
        found.build_url(),
        found.get("attribution", ""),
        int(found.get("max_zoom", 19)),
    )


OPENSTREETMAP_NAME = map_defaults.OPENSTREETMAP_NAME


def own_tile_server(
    url_template: str, name: str = "Our tile server", attribution: str = "", max_zoom: int = 19
) -> TileSource:
    """An organisation's own tile server, which may also be used to prepare for travel."""
    parts = urlsplit(url_template)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TileError(
            translate(
                "TileCache", "{url}: a tile server URL starts with https:// or http://"
            ).format(url=url_template)
        )
    if not all(p in url_template for p in ("{z}", "{x}", "{y}")):
        raise TileError(
            translate("TileCache", "{url}: the URL needs {{z}}, {{x}} and {{y}} in it").format(
                url=url_template
            )
        )
    digest = hashlib.sha1(url_template.encode("utf-8")).hexdigest()[:12]
    return TileSource(f"own-{digest}", name, url_template, attribution, max_zoom, own_server=True)


def is_public_osm(host: str) -> bool:
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in PUBLIC_OSM_DOMAINS)


def check_bulk_download_allowed(source: TileSource) -> None:
    """Raise :class:`BulkDownloadRefused` unless ``source`` may be fetched in bulk."""
    if is_public_osm(source.host):
        raise BulkDownloadRefused(
            translate(
                "TileCache",
                "OpenStreetMap's tile usage policy forbids downloading its tiles in bulk for "
                "offline use. Import an .mbtiles file instead, or configure your organisation's "
                "own tile server.",
            )
        )
    if not source.own_server:
        raise BulkDownloadRefused(
            translate(
                "TileCache",
                "{source}: preparing for travel is only offered for your organisation's "
                "own tile server; import an .mbtiles file for other maps.",
            ).format(source=source.name)
        )


def tile_too_large(source: TileSource | str, z: int, x: int, y: int) -> TileError:
    """The error for a tile over :data:`MAX_TILE_BYTES`."""
    return TileError(
        translate(
            "TileCache", "{source}: tile {z}/{x}/{y} is larger than {limit} MB; it was not taken"
        ).format(
            source=getattr(source, "name", source),
            z=z,
            x=x,
            y=y,
            limit=MAX_TILE_BYTES // (1024 * 1024),
        )
    )


def declared_size(value: str | None) -> int | None:
    """A Content-Length header as a number (None if missing or not a number)."""
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def fetch_tile(source: TileSource, z: int, x: int, y: int, timeout: float = 15.0) -> bytes:
    """One tile from ``source`` over the network (raises TileError on any failure). Never
    more than :data:`MAX_TILE_BYTES` is read: a larger tile is refused."""
    request = urllib.request.Request(source.tile_url(z, x, y), headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            kind = response.headers.get("Content-Type", "")
            size = declared_size(response.headers.get("Content-Length"))
            if size is not None and size > MAX_TILE_BYTES:
                raise tile_too_large(source, z, x, y)
            data = response.read(MAX_TILE_BYTES + 1)
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
        raise TileError(
            translate(
                "TileCache", "{source}: tile {z}/{x}/{y} could not be fetched ({reason})"
            ).format(source=source.name, z=z, x=x, y=y, reason=exc)
        ) from exc
    if len(data) > MAX_TILE_BYTES:
        raise tile_too_large(source, z, x, y)
    if not kind.startswith("image/") or not data:
        raise TileError(
            translate("TileCache", "{source}: tile {z}/{x}/{y} is not an image").format(
                source=source.name, z=z, x=x, y=y
            )
        )
    return data
