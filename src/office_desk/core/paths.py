"""Where Office Desk keeps its files on each OS (per-user folders from platformdirs).

``OFFICE_DESK_DATA_DIR`` moves the whole data folder (portable installs, tests);
``OFFICE_DESK_DB`` names the database file to open when ``--db`` is not given.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Office Desk"
DATA_DIR_ENV = "OFFICE_DESK_DATA_DIR"
DB_ENV = "OFFICE_DESK_DB"


def data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/Office Desk, %LOCALAPPDATA%\\Office Desk)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    """The database opened when no other is named."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return data_dir() / "office-desk.sqlite"


def sample_database_path() -> Path:
    """Where the GUI keeps the sample network it offers on first run."""
    return data_dir() / "sample-network.sqlite"


def backup_dir() -> Path:
    """Where safety copies go (before schema upgrades, and later rolling backups)."""
    return data_dir() / "backups"


def log_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser() / "logs"
    return platformdirs.user_log_path(APP_NAME, appauthor=False)
