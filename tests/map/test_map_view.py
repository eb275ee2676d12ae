"""The MapView widget: clicks to the Qt side, filters, selection, refresh on changes."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from office_desk.core.models import Organization
from office_desk.core.sample_network import sample_id
from office_desk.core.services.records import add
from office_desk.core.store.database import Store
from office_desk.render.map_page import MapBridge, page_value
from office_desk.ui.app_context import AppContext
from office_desk.ui.map_view import MapView
from tests.map.conftest import flush_deletions

pytestmark = pytest.mark.slow

DRESDEN = sample_id("office:dresden")


def _open(qtbot: Any, context: AppContext, office_id: uuid.UUID | None = None) -> MapView:
    view = MapView(context, office_id=office_id)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(lambda: view.is_drawn, timeout=30_000)
    return view


def _close(view: MapView) -> list[str]:
    errors = list(view.page.console_errors) + list(view.page.alerts)
    view.dispose()
    view.deleteLater()
    flush_deletions()
    return errors


@pytest.fixture
def context(qapp: Any, sample_store: Store) -> AppContext:
    return AppContext(sample_store)


@pytest.fixture
def map_view(qtbot: Any, context: AppContext) -> Iterator[MapView]:
    view = _open(qtbot, context)
    yield view
    assert _close(view) == []


def _stats(view: MapView) -> Any:
    return page_value(view.page, "OfficeDeskMap.stats()")


def _screen_point(view: MapView, kind: str, record_id: uuid.UUID) -> QPoint:
    x, y = page_value(
        view.page,
        f"(function (m) {{ var p = OfficeDeskMap.map."
        f"latLngToContainerPoint(m.getLatLng()); return [p.x, p.y];"
        f" }})(OfficeDeskMap.markers['{kind}:{record_id}'])",
    )
    return QPoint(round(x), round(y))


def test_clicking_an_office_selects_it_on_the_qt_side(qtbot: Any, map_view: MapView) -> None:
    tip = _screen_point(map_view, "office", DRESDEN)
    badge = QPoint(tip.x(), tip.y() - 20)  # the pin's badge stands above its tip
    with qtbot.waitSignal(map_view.record_activated, timeout=10_000) as blocker:
        QTest.mouseClick(
            map_view.view.focusProxy(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            badge,
        )
    assert blocker.args == ["office", DRESDEN]


def test_the_bridge_checks_what_the_page_sends(qtbot: Any, map_view: MapView) -> None:
    with qtbot.assertNotEmitted(map_view.record_activated, wait=800):
        map_view.page.runJavaScript(
            "OfficeDeskMap.bridge.activate('contact', '" + str(DRESDEN) + "');"
            "OfficeDeskMap.bridge.activate('office', 'not-an-id');"
            "OfficeDeskMap.bridge.activate('office', '<img src=x onerror=alert(1)>');"
        )
    bridge = MapBridge()
    seen: list[tuple[str, str]] = []
    bridge.record_activated.connect(lambda kind, record: seen.append((kind, record)))
    bridge.activate("event", str(DRESDEN))
    bridge.activate("office", "x" * 36)
    bridge.activate("office", str(DRESDEN))
    assert seen == [("office", str(DRESDEN))]


def test_filters_redraw_without_reloading(
    qtbot: Any, map_view: MapView, sample_store: Store
) -> None:
    map_view.page.runJavaScript("window.__sameDocument = true;")
    map_view.set_filters(country="FR")
    qtbot.waitUntil(lambda: _stats(map_view)["counts"]["offices"] == 1, timeout=10_000)
    assert _stats(map_view)["officeIds"] == [str(sample_id("office:paris"))]
    map_view.set_filters(stage="completed")
    qtbot.waitUntil(lambda: _stats(map_view)["counts"]["offices"] == 8, timeout=10_000)
    completed = _stats(map_view)["counts"]["projects"]
    assert 0 < completed < 17
    map_view.set_filters()
    qtbot.waitUntil(lambda: _stats(map_view)["counts"]["projects"] == 17, timeout=10_000)
    assert page_value(map_view.page, "window.__sameDocument") is True
    assert _stats(map_view)["updates"] == 4  # the first drawing and three redraws


def test_show_record_centres_and_rings_it(qtbot: Any, map_view: MapView) -> None:
    map_view.show_record("office", DRESDEN)
    qtbot.waitUntil(lambda: page_value(map_view.page, "!!OfficeDeskMap.highlight"), timeout=10_000)
    ring = page_value(map_view.page, "OfficeDeskMap.highlight.getLatLng()")
    centre = page_value(map_view.page, "OfficeDeskMap.map.getCenter()")
    assert (round(ring["lat"], 4), round(ring["lng"], 4)) == (51.0504, 13.7373)
    assert abs(centre["lat"] - 51.0504) < 0.5 and abs(centre["lng"] - 13.7373) < 0.5
    qtbot.waitUntil(
        lambda: (
            "Dresden-Jinan Contact Office"
            in str(
                page_value(
                    map_view.page,
                    "(document.querySelector('.leaflet-popup-content') || {}).textContent",
                )
            )
        ),
        timeout=10_000,
    )


def test_a_saved_change_reaches_the_map(qtbot: Any, map_view: MapView, context: AppContext) -> None:
    before = _stats(map_view)["counts"]["organizations"]
    record = add(
        context.store,
        Organization(
            name="Neue Firma GmbH", city="Leipzig", country="DE", latitude=51.34, longitude=12.37
        ),
    )
    context.announce({"organization"}, {record.id})
    qtbot.waitUntil(
        lambda: _stats(map_view)["counts"]["organizations"] == before + 1, timeout=10_000
    )
    context.announce({"event"})  # not on the map: no redraw
    updates = _stats(map_view)["updates"]
    qtbot.wait(400)
    assert _stats(map_view)["updates"] == updates


def test_placing_a_pin_by_hand(qtbot: Any, map_view: MapView) -> None:
    map_view.pick_location()
    qtbot.wait(100)
    point = QPoint(600, 700)
    expected = page_value(map_view.page, "OfficeDeskMap.map.containerPointToLatLng([600, 700])")
    with qtbot.waitSignal(map_view.location_picked, timeout=10_000) as blocker:
        QTest.mouseClick(
            map_view.view.focusProxy(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            point,
        )
    latitude, longitude = blocker.args
    assert abs(latitude - expected["lat"]) < 0.05 and abs(longitude - expected["lng"]) < 0.05


def test_office_dashboard_map(qtbot: Any, context: AppContext, sample_store: Store) -> None:
    view = _open(qtbot, context, office_id=DRESDEN)
    try:
        stats = _stats(view)
        # the office and its counterpart, at the other end of the line
        assert sorted(stats["officeIds"]) == sorted([str(DRESDEN), str(sample_id("office:jinan"))])
        with sample_store.session() as session:
            from sqlmodel import select

            own = [
                o
                for o in session.exec(select(Organization)).all()
                if o.office_id == DRESDEN and o.latitude is not None
            ]
        assert stats["counts"]["organizations"] == len(own) > 0
        assert page_value(view.page, "document.querySelector('.od-legend') === null")
        assert page_value(view.page, "document.querySelector('.leaflet-control-layers') === null")
        view.set_filters(office_id=sample_id("office:paris"))  # stays on its office
        assert view.filters.office_id == DRESDEN
    finally:
        assert _close(view) == []
