"""The office map (the dashboard's small map, the office report's map): the line to the
office's counterpart, and a mouse wheel that scrolls the dashboard until the map is
clicked."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlmodel import select

from office_desk.core.map_contents import MapFilters, network_data
from office_desk.core.models import Office, Organization
from office_desk.core.network_map import MapSummary
from office_desk.core.sample_network import sample_id
from office_desk.core.services.records import get, update
from office_desk.core.store.database import Store
from office_desk.render.map_page import page_value
from office_desk.render.map_picture import grab_when_painted
from tests.map.app_window import app_window

DRESDEN = sample_id("office:dresden")
JINAN = sample_id("office:jinan")
PARIS = sample_id("office:paris")


def _office_ids(data: dict[str, Any], context: bool | None = None) -> set[uuid.UUID]:
    return {
        uuid.UUID(o["id"]) for o in data["offices"] if context is None or o["context"] is context
    }


def _where(store: Store, office_id: uuid.UUID) -> list[float]:
    office = get(store, Office, office_id)
    return [office.latitude, office.longitude]


@pytest.mark.parametrize("office, counterpart", [(DRESDEN, JINAN), (JINAN, DRESDEN)])
def test_an_office_map_shows_the_counterpart_and_the_line_to_it(
    sample_store: Store, office: uuid.UUID, counterpart: uuid.UUID
) -> None:
    data = network_data(sample_store, MapFilters(office_id=office))
    assert _office_ids(data, context=False) == {office}
    assert _office_ids(data, context=True) == {counterpart}
    assert [(sorted([link["from"], link["to"]]), link["kind"]) for link in data["links"]] == [
        (sorted([_where(sample_store, office), _where(sample_store, counterpart)]), "counterpart")
    ]
    (south, west), (north, east) = data["bounds"]
    lat, lon = _where(sample_store, counterpart)
    assert south <= lat <= north and west <= lon <= east  # kept in view
    legend = [row["label"] for section in data["legend"] for row in section["items"]]
    assert "Counterpart offices" in legend
    assert MapSummary.of(data).offices == 1  # the office asked for; the counterpart is context
    # Only the office's own organizations, none of the counterpart's.
    with sample_store.session() as session:
        own = session.exec(
            select(Organization.id).where(
                Organization.office_id == office, Organization.latitude.is_not(None)
            )
        ).all()
    assert {uuid.UUID(o["id"]) for o in data["organizations"]} == set(own)


def test_no_counterpart_no_line(sample_store: Store) -> None:
    data = network_data(sample_store, MapFilters(office_id=PARIS))
    assert _office_ids(data) == {PARIS} and data["links"] == []
    update(sample_store, Office, JINAN, latitude=None, longitude=None)
    data = network_data(sample_store, MapFilters(office_id=DRESDEN))
    assert _office_ids(data) == {DRESDEN} and data["links"] == []
    assert data["unplaced"] == 0  # the counterpart is not what was asked for


# --------------------------------------------------------------------------- in the app


@pytest.fixture
def window(qtbot: Any, sample_path: Path) -> Iterator[Any]:
    """The main window at a laptop's 1280x720, on the office page, Dresden selected."""
    with app_window(qtbot, sample_path, (1280, 720)) as win:
        win.show_page("office")
        assert win.list_view("office").select_record(DRESDEN)
        qtbot.waitUntil(lambda: win.extensions.get("office_map") is not None, timeout=10_000)
        qtbot.waitUntil(lambda: win.extensions["office_map"].is_drawn, timeout=30_000)
        yield win


def _dashboard(office_map: QWidget) -> Any:
    from office_desk.ui.office_dashboard import OfficeDashboard

    widget = office_map.parentWidget()
    while not isinstance(widget, OfficeDashboard):
        widget = widget.parentWidget()
    return widget


def _wheel(target: QWidget, steps: int) -> None:
    """A real mouse-wheel turn over the middle of the map (positive: away from the user)."""
    pos = QPointF(target.width() / 2, target.height() / 3)
    event = QWheelEvent(
        pos,
        QPointF(target.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(target, event)


def _stats(office_map: Any) -> Any:
    return page_value(office_map.page, "OfficeDeskMap.stats()")


def _zoom(office_map: Any) -> float:
    return float(page_value(office_map.page, "OfficeDeskMap.map.getZoom()"))


@pytest.mark.slow
def test_the_dashboard_map_draws_the_line_to_the_counterpart(qtbot: Any, window: Any) -> None:
    office_map = window.extensions["office_map"]
    assert (
        page_value(office_map.page, "document.querySelectorAll('path.od-link-counterpart').length")
        == 1
    )
    assert page_value(
        office_map.page,
        f"OfficeDeskMap.map.getBounds().contains("
        f"OfficeDeskMap.markers['office:{JINAN}'].getLatLng())",
    )
    window.list_view("office").select_record(sample_id("office:munich"))  # no counterpart
    qtbot.waitUntil(
        lambda: _stats(office_map)["officeIds"] == [str(sample_id("office:munich"))], timeout=10_000
    )
    window.list_view("office").select_record(JINAN)
    qtbot.waitUntil(
        lambda: sorted(_stats(office_map)["officeIds"]) == sorted([str(JINAN), str(DRESDEN)]),
        timeout=10_000,
    )
    assert _stats(office_map)["counts"]["links"] == 1
    assert page_value(
        office_map.page,
        f"OfficeDeskMap.map.getBounds().contains("
        f"OfficeDeskMap.markers['office:{DRESDEN}'].getLatLng())",
    )


@pytest.mark.slow
def test_the_wheel_scrolls_the_dashboard_until_the_map_is_clicked(qtbot: Any, window: Any) -> None:
    office_map = window.extensions["office_map"]
    dashboard = _dashboard(office_map)
    bar = dashboard.scroll_area.verticalScrollBar()
    dashboard.scroll_area.ensureWidgetVisible(office_map, 0, 0)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=5_000)
    start = bar.value()
    assert 0 < start < bar.maximum()  # the page can still scroll down
    target = office_map.view.focusProxy()
    zoom = _zoom(office_map)
    grab_when_painted(office_map.view)  # the map is on screen, as the user sees it

    _wheel(target, -1)  # towards the user: scroll down
    qtbot.waitUntil(lambda: bar.value() > start, timeout=5_000)
    qtbot.wait(400)  # a zoom would have started by now
    assert _zoom(office_map) == zoom
    stats = _stats(office_map)
    assert stats["wheelZoom"] is False and stats["wheelHints"] == 1
    assert "Click the map to zoom with the wheel" in page_value(
        office_map.page, "document.querySelector('.od-wheel-hint.od-shown').textContent"
    )

    # A click in the map (away from any marker) gives it the wheel.
    QTest.mouseClick(
        target,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(12, target.height() - 12),
    )
    qtbot.waitUntil(lambda: _stats(office_map)["wheelZoom"] is True, timeout=5_000)
    scrolled = bar.value()
    _wheel(target, 1)  # away from the user, soon after the click: zoom in, and only that
    qtbot.waitUntil(lambda: _zoom(office_map) > zoom, timeout=5_000)
    assert bar.value() == scrolled

    # The pointer leaves the map: the wheel is the page's again.
    QApplication.sendEvent(target, QEvent(QEvent.Type.Leave))
    qtbot.waitUntil(lambda: _stats(office_map)["wheelZoom"] is False, timeout=5_000)
    zoomed = _zoom(office_map)
    _wheel(target, -1)
    qtbot.waitUntil(lambda: bar.value() > scrolled or bar.value() == bar.maximum(), timeout=5_000)
    qtbot.wait(400)
    assert _zoom(office_map) == zoomed

    # So does the focus going elsewhere.
    QTest.mouseClick(
        target,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(12, target.height() - 12),
    )
    qtbot.waitUntil(lambda: _stats(office_map)["wheelZoom"] is True, timeout=5_000)
    window.list_view("office").table.setFocus()
    qtbot.waitUntil(lambda: _stats(office_map)["wheelZoom"] is False, timeout=5_000)


@pytest.mark.slow
def test_the_map_page_keeps_the_wheel(qtbot: Any, window: Any) -> None:
    """The full map (Map page) zooms with the wheel at once: it is not inside a page."""
    window.show_page("map")
    map_view = window.views["map"].map
    qtbot.waitUntil(lambda: map_view.is_drawn, timeout=30_000)
    assert _stats(map_view)["wheelZoom"] is True
    assert page_value(map_view.page, "document.querySelector('.od-wheel-hint') === null")
