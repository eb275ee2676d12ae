"""Prepare for travel from the GUI: estimate first, polite download, public OSM refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from office_desk.core.store.database import Store
from office_desk.core.tile_cache import TileCache
from office_desk.core.tile_sources import own_tile_server
from office_desk.ui.app_context import AppContext
from office_desk.ui.prepare_travel_dialog import PrepareTravelDialog


@pytest.fixture
def dialog(qtbot: QtBot, sample_store: Store, tmp_path: Path) -> PrepareTravelDialog:
    context = AppContext(sample_store)
    window = PrepareTravelDialog(context, cache=TileCache(tmp_path / "tiles"))
    qtbot.addWidget(window)
    window.office.setCurrentIndex(window.office.findText("Dresden-Jinan Contact Office"))
    window.radius.setValue(3)
    window.min_zoom.setValue(10)
    window.max_zoom.setValue(11)
    return window


def test_public_openstreetmap_is_refused(dialog: PrepareTravelDialog) -> None:
    dialog.server.setText("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    assert "forbids downloading its tiles in bulk" in dialog.estimate_label.text()
    assert not dialog.start_button.isEnabled()


def test_estimate_then_download_from_own_server(
    qtbot: QtBot, dialog: PrepareTravelDialog, tile_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog.server.setText(tile_server.url_template)
    text = dialog.estimate_label.text()
    assert "tiles, 0 already on this computer" in text and "MB to download" in text
    assert dialog.start_button.isEnabled()
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.result_text), timeout=60000)
    source = own_tile_server(tile_server.url_template)
    _source, area = dialog.plan()
    assert dialog.cache.tile_count(source) == area.tile_count() > 0
    assert dialog.result_text.startswith(f"{area.tile_count():,} tiles downloaded")
    assert all(r["user_agent"].startswith("OfficeDesk/") for r in tile_server.requests)
    # Nothing left to fetch the second time.
    dialog.update_estimate()
    assert f"{area.tile_count():,} already on this computer" in dialog.estimate_label.text()


@pytest.mark.slow
def test_place_a_pin_by_clicking_the_map(qtbot: QtBot, sample_store: Store) -> None:
    from office_desk.ui.pick_location_dialog import PickLocationDialog

    dialog = PickLocationDialog(AppContext(sample_store))
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.buttons()[0]
    qtbot.waitUntil(lambda: dialog.map.is_drawn, timeout=60000)
    assert dialog.latitude is None
    dialog.map.location_picked.emit(50.8276, 12.9209)  # what the page sends on a click
    assert (dialog.latitude, dialog.longitude) == (50.8276, 12.9209)
    assert "50.82760, 12.92090" in dialog.hint.text() and ok.isEnabled()
    dialog.map.location_picked.emit(123.0, 12.0)  # impossible: ignored
    assert dialog.latitude == 50.8276
    dialog.accept()
