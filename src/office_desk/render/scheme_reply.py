"""How the app answers a request of the map page's ``officedesk:`` scheme.

One helper shared by what serves the scheme: the pages and assets
(:mod:`.map_server`) and the street tiles (:mod:`.tile_service`).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob


def reply(job: QWebEngineUrlRequestJob, mime: str, data: bytes) -> None:
    """Answer ``job`` with ``data`` (the buffer lives as long as the job)."""
    buffer = QBuffer(parent=job)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    job.reply(mime.encode("ascii"), buffer)
