"""What answers the map page's requests, and the guard that blocks everything else.

* :class:`MapSchemeHandler` answers ``officedesk://map/...``: ``page/<token>`` (a page
  the app registered with :meth:`~MapSchemeHandler.add_page`), ``assets/<name>`` (only
  the files listed by :func:`office_desk.core.network_map.assets`) and
  ``tiles/<layer>/<z>/<x>/<y>`` (street tiles, through
  :class:`office_desk.render.tile_service.TileService`). ``setHtml`` is never used: it
  fails silently over about 2 MB.
* :class:`MapRequestGuard` blocks every request that the app does not serve itself.
  Online street tiles need no exception: the page asks ``officedesk:`` for them and the
  app fetches them through its tile cache, so the page never reaches another host,
  online or not.
"""

from __future__ import annotations

import logging
import secrets
from collections import deque
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlSchemeHandler,
)

from ..core import network_map
from .scheme_reply import reply

if TYPE_CHECKING:
    from .tile_service import TileService

log = logging.getLogger(__name__)

#: What the page may load: the app's scheme, Qt's resources (qwebchannel.js) and
#: inline data. Anything else is blocked.
ALLOWED_SCHEMES = frozenset({network_map.SCHEME, "qrc", "data", "blob", "about"})


class MapSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves the pages, assets and tiles of ``officedesk://map/``."""

    def __init__(self, tiles: TileService | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tiles = tiles
        self._pages: dict[str, bytes] = {}
        self._assets: dict[str, bytes] = {}

    def add_page(self, html: str) -> QUrl:
        """Serve ``html`` under a new unguessable URL, which is returned."""
        token = secrets.token_hex(12)
        self._pages[token] = html.encode("utf-8")
        return QUrl(f"{network_map.SCHEME}://{network_map.HOST}/page/{token}")

    def remove_page(self, url: QUrl) -> None:
        self._pages.pop(url.path().rsplit("/", 1)[-1], None)

    def _asset(self, name: str) -> bytes:
        if name not in self._assets:
            self._assets[name] = network_map.asset_bytes(name)
        return self._assets[name]

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt's name)
        url = job.requestUrl()
        if url.host() != network_map.HOST or bytes(job.requestMethod().data()) != b"GET":
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        section, _, rest = url.path().lstrip("/").partition("/")
        if section == "page" and rest in self._pages:
            reply(job, "text/html; charset=utf-8", self._pages[rest])
        elif section == "assets" and rest in network_map.assets():
            reply(job, network_map.assets()[rest].mime, self._asset(rest))
        elif section == "tiles" and self.tiles is not None and self.tiles.handle(job, rest):
            return
        else:
            log.warning("the map page asked for %s, which the app does not serve", url.toString())
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)


class MapRequestGuard(QWebEngineUrlRequestInterceptor):
    """Blocks every request the app does not serve itself, and remembers what it saw."""

    def __init__(
        self, parent: QObject | None = None, allowed_schemes: Iterable[str] = ALLOWED_SCHEMES
    ) -> None:
        super().__init__(parent)
        self.allowed_schemes = frozenset(allowed_schemes)
        self.seen: deque[str] = deque(maxlen=5000)
        self.blocked: deque[str] = deque(maxlen=1000)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802
        url = info.requestUrl()
        text = url.toString()
        self.seen.append(text)
        if url.scheme() not in self.allowed_schemes:
            self.blocked.append(text)
            log.warning("blocked a request of the map page to %s", text)
            info.block(True)

    def outside_requests(self) -> list[str]:
        """Every request seen for anything but the allowed schemes (blocked or not)."""
        return [u for u in self.seen if QUrl(u).scheme() not in self.allowed_schemes]
