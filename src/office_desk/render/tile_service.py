"""Street tiles for the map page: from the cache, from imported maps, or fetched online.

The page asks ``officedesk://map/tiles/<layer>/<z>/<x>/<y>``. A tile already in the
:class:`~office_desk.core.tile_cache.TileCache` (or in an imported ``.mbtiles``
layer) is served from disk. Otherwise, if the user enabled online tiles, the app
fetches it (asynchronously, with a User-Agent naming the app), keeps it in the cache
and serves it; if not, a transparent tile lets the offline base map show through.

A tile server is outside the app's control: an answer that says it is larger than
:data:`~office_desk.core.tile_sources.MAX_TILE_BYTES`, or grows past it while it
arrives, is cut off there (never held whole in memory) and the transparent tile is
served instead. A tile that cannot be read from disk or kept in the cache is logged and
served as best it can be: a request is always answered.
"""

from __future__ import annotations

import base64
import logging
import re

import shiboken6
from PySide6.QtCore import QObject, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob

from ..core import network_map
from ..core.offline_maps import OfflineLayer, read_offline_tile
from ..core.tile_cache import TileCache
from ..core.tile_sources import MAX_TILE_BYTES, USER_AGENT, TileError, TileSource
from .scheme_reply import reply

log = logging.getLogger(__name__)

_TILE_PATH = re.compile(r"^([a-z0-9][a-z0-9-]{0,62})/(\d{1,2})/(\d{1,7})/(\d{1,7})$")
#: A 1x1 transparent PNG: where there is no tile, the vector base map shows through.
EMPTY_TILE = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII="
)
_IMAGE_TYPES = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg", b"RIFF": "image/webp"}


def _mime(data: bytes) -> str:
    for magic, mime in _IMAGE_TYPES.items():
        if data.startswith(magic):
            return mime
    return "application/octet-stream"


def tile_url_template(layer_key: str) -> str:
    """The URL template the page uses for ``layer_key`` (a source or offline layer)."""
    return f"{network_map.SCHEME}://{network_map.HOST}/tiles/{layer_key}/{{z}}/{{x}}/{{y}}"


class TileService(QObject):
    """Answers tile requests of the map page; shared by every map view of the app."""

    def __init__(self, cache: TileCache | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache or TileCache()
        self.online = False
        self.sources: dict[str, TileSource] = {}
        self.offline: dict[str, OfflineLayer] = {}
        self.fetched = 0
        self.served_from_cache = 0
        #: Answers refused for being larger than a tile may be.
        self.refused = 0
        self._network = QNetworkAccessManager(self)

    def add_source(self, source: TileSource) -> None:
        self.sources[source.key] = source

    def add_offline_layer(self, layer: OfflineLayer) -> None:
        self.offline[layer.key] = layer

    def layer_specs(self) -> list[network_map.TileLayerSpec]:
        """The tile layers worth showing now: imported maps, and each source that is
        online or has cached tiles."""
        specs = [
            network_map.TileLayerSpec(
                f"Offline map: {layer.name}",
                tile_url_template(key),
                layer.attribution,
                layer.max_zoom,
            )
            for key, layer in self.offline.items()
        ]
        specs += [
            network_map.TileLayerSpec(
                f"Streets ({source.name})",
                tile_url_template(key),
                source.attribution,
                source.max_zoom,
            )
            for key, source in self.sources.items()
            if self.online or self.cache.has_tiles(source)
        ]
        return specs

    def handle(self, job: QWebEngineUrlRequestJob, path: str) -> bool:
        """Answer the tile request ``path`` (``layer/z/x/y``); False if it names no layer."""
        match = _TILE_PATH.match(path)
        if match is None:
            return False
        key = match.group(1)
        z, x, y = (int(match.group(i)) for i in (2, 3, 4))
        if z > 22 or x >= (1 << z) or y >= (1 << z):
            return False
        if key in self.offline:
            try:
                data = read_offline_tile(self.offline[key], z, x, y)
            except TileError as exc:
                log.warning("%s", exc)
                data = None
            reply(job, _mime(data) if data else "image/png", data or EMPTY_TILE)
            return True
        source = self.sources.get(key)
        if source is None:
            return False
        try:
            cached = self.cache.get(source, z, x, y)
        except TileError as exc:
            log.warning("%s", exc)
            cached = None
        if cached is not None:
            self.served_from_cache += 1
            reply(job, _mime(cached), cached)
        elif self.online:
            self._fetch(job, source, z, x, y)
        else:
            reply(job, "image/png", EMPTY_TILE)
        return True

    def _fetch(
        self, job: QWebEngineUrlRequestJob, source: TileSource, z: int, x: int, y: int
    ) -> None:
        request = QNetworkRequest(QUrl(source.tile_url(z, x, y)))
        request.setHeader(QNetworkRequest.KnownHeaders.UserAgentHeader, USER_AGENT)
        request.setTransferTimeout(15_000)
        answer = self._network.get(request)
        answer.setReadBufferSize(256 * 1024)  # the rest waits in the socket, not in memory
        alive = [True]
        job.destroyed.connect(lambda *_: alive.__setitem__(0, False))
        received = bytearray()
        too_large = [False]

        def refuse() -> None:
            if not too_large[0]:
                too_large[0] = True
                self.refused += 1
                log.warning(
                    "tile %s/%s/%s of %s refused: larger than %s bytes",
                    z,
                    x,
                    y,
                    source.name,
                    MAX_TILE_BYTES,
                )
                answer.abort()

        def headers() -> None:
            size = answer.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
            if isinstance(size, int) and size > MAX_TILE_BYTES:
                refuse()

        def arrived() -> None:
            if not too_large[0]:
                received.extend(answer.read(MAX_TILE_BYTES + 1 - len(received)).data())
                if len(received) > MAX_TILE_BYTES:
                    refuse()

        def finished() -> None:
            data = b""
            if too_large[0]:
                pass
            elif answer.error() == QNetworkReply.NetworkError.NoError:
                arrived()
                kind = str(answer.header(QNetworkRequest.KnownHeaders.ContentTypeHeader) or "")
                if not too_large[0] and kind.startswith("image/") and received:
                    data = bytes(received)
                    self._keep(source, z, x, y, data)
            else:
                log.info(
                    "tile %s/%s/%s of %s not fetched: %s",
                    z,
                    x,
                    y,
                    source.name,
                    answer.errorString(),
                )
            received.clear()
            answer.deleteLater()
            if alive[0] and shiboken6.isValid(job):
                reply(job, _mime(data) if data else "image/png", data or EMPTY_TILE)

        answer.metaDataChanged.connect(headers)
        answer.readyRead.connect(arrived)
        answer.finished.connect(finished)

    def _keep(self, source: TileSource, z: int, x: int, y: int, data: bytes) -> None:
        """Keep a fetched tile in the cache (it is served even if it cannot be kept)."""
        try:
            self.cache.put(source, z, x, y, data)
        except TileError as exc:
            log.warning("%s", exc)
            return
        self.fetched += 1
