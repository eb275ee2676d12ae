"""The app's settings, declared once with their defaults and types (Picard's options.py).

Read and write them through :func:`get` and :func:`put`; QSettings stores them per
user, in the OS's own place (registry, plist, ini).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from ..core import paths
from ..core.map_defaults import DEFAULT_CAP_BYTES, OPENSTREETMAP_NAME


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    type: type


WINDOW_GEOMETRY = Setting("window/geometry", b"", bytes)
LAST_VIEW = Setting("window/last_view", "office", str)
LAST_FILE = Setting("files/last", "", str)
RECENT_FILES = Setting("files/recent", [], list)
REPORTING_CURRENCY = Setting("money/reporting_currency", "CNY", str)
MAX_RECENT = 8

# --- chosen in Edit > Settings (settings_dialog.py)
#: "" follows the system; else a locale name with a compiled translation ("de", "zh_CN").
#: Read once at start-up, so a change applies after a restart.
LANGUAGE = Setting("ui/language", "", str)
#: The office preselected in Reports and new records: an office id as text, or "".
DEFAULT_OFFICE = Setting("office/default", "", str)
#: The public street map (an xyzservices name) used when no own tile server is set.
TILE_PROVIDER = Setting("map/tile_provider", OPENSTREETMAP_NAME, str)
#: The organisation's own tile server (URL template); when set, the street map and
#: Prepare for travel use it. Same key Prepare for travel has always written.
TILE_SERVER = Setting("map/tile_server", "", str)
MEBIBYTE = 1024 * 1024
#: The most disk space street tiles seen while browsing may take, in MiB.
TILE_CACHE_MB = Setting("map/tile_cache_mb", DEFAULT_CAP_BYTES // MEBIBYTE, int)
#: The name a package made here gives as its maker; "" is the computer's user name.
PACKAGE_PERSON = Setting("exchange/person", "", str)
#: Where rolling backups go; "" is the data folder's backups folder (paths.backup_dir()).
BACKUP_FOLDER = Setting("backup/folder", "", str)
#: How many rolling backups of each database to keep (1-100).
BACKUPS_KEPT = Setting("backup/keep", 10, int)


def _settings() -> QSettings:
    return QSettings()


def get(setting: Setting) -> Any:
    value = _settings().value(setting.key, setting.default)
    if value is None:
        return setting.default
    if setting.type is list:
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value]
    if setting.type is bytes:
        return bytes(value) if value else b""
    try:
        return setting.type(value)
    except (TypeError, ValueError):
        return setting.default


def put(setting: Setting, value: Any) -> None:
    _settings().setValue(setting.key, value)


def get_key(key: str, default: Any = None) -> Any:
    """Per-view state (splitters, column widths) under a computed key."""
    return _settings().value(key, default)


def put_key(key: str, value: Any) -> None:
    _settings().setValue(key, value)


def backup_folder() -> Path:
    """The folder backups go to: the one chosen in Settings, else the default."""
    chosen = get(BACKUP_FOLDER)
    return Path(chosen).expanduser() if chosen else paths.backup_dir()


def tile_cache_bytes() -> int:
    """The tile cache's size cap in bytes (for ``TileCache(cap_bytes=...)``)."""
    return max(1, get(TILE_CACHE_MB)) * MEBIBYTE


def remember_file(path: str) -> None:
    recent = [p for p in get(RECENT_FILES) if p != path]
    put(RECENT_FILES, [path, *recent][:MAX_RECENT])
    put(LAST_FILE, path)
