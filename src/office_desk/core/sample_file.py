"""The sample network the app offers on first run, kept in the user's data folder.

``office-desk demo`` and File ▸ Open the sample network both open it; it is written
(:func:`office_desk.core.sample_store.create_sample`) the first time only.
"""

from __future__ import annotations

from pathlib import Path

from . import paths


def ensure_sample() -> Path:
    """The sample network in the data folder, created on first use."""
    path = paths.sample_database_path()
    if not path.exists():
        from .sample_store import create_sample  # the builder (SQLModel): only when needed

        create_sample(path)
    return path
