"""The app's settings, declared once with their defaults and types (Picard's options.py).

Read and write them through :func:`get` and :func:`put`; QSettings stores them per
user, in the OS's own place (registry, plist, ini).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    type: type


WINDOW_GEOMETRY = Setting("window/geometry", b"", bytes)
WINDOW_STATE = Setting("window/state", b"", bytes)
LAST_VIEW = Setting("window/last_view", "office", str)
LAST_FILE = Setting("files/last", "", str)
RECENT_FILES = Setting("files/recent", [], list)
REPORTING_CURRENCY = Setting("money/reporting_currency", "CNY", str)
MAX_RECENT = 8


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


def remember_file(path: str) -> None:
    recent = [p for p in get(RECENT_FILES) if p != path]
    put(RECENT_FILES, [path, *recent][:MAX_RECENT])
    put(LAST_FILE, path)
