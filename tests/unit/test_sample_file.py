"""The sample network the GUI and ``office-desk demo`` open: made once, in the data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from office_desk.core import paths
from office_desk.core.sample_file import ensure_sample
from office_desk.core.store.database import open_store


def test_the_sample_is_made_once_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "data"))
    path = ensure_sample()
    assert path == tmp_path / "data" / "sample-network.sqlite" and path.is_file()
    store = open_store(path)
    try:
        with store.session() as session:
            offices = session.connection().exec_driver_sql("SELECT count(*) FROM office")
            assert offices.scalar_one() > 0
    finally:
        store.close()
    made = path.stat()
    assert ensure_sample() == path  # the one already there, not a new one
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == (made.st_ino, made.st_mtime_ns)
