"""The map page in QtWebEngine, with every request outside the app blocked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from office_desk.core.map_contents import MapFilters
from office_desk.core.models import Office, Organization, Project
from office_desk.core.network_map import MapOptions, page_html, standalone_html
from office_desk.core.store.database import Store
from office_desk.render.map_page import load_and_wait, page_value, wait_until
from tests.map.conftest import (
    TEMPLATE_NAME,
    XSS_NAME,
    WebPage,
    close_page,
    flush_deletions,
    open_page,
)

pytestmark = pytest.mark.slow


def load_map(web: WebPage, store: Store, filters: MapFilters | None = None) -> Any:
    options = MapOptions(tile_layers=tuple(web.environment.tiles.layer_specs()))
    url = web.environment.handler.add_page(page_html(store, filters or MapFilters(), options))
    try:
        return load_and_wait(web.page, url)
    finally:
        web.environment.handler.remove_page(url)


def _placed(store: Store, model: type) -> list[Any]:
    with store.session() as session:
        return [r for r in session.exec(select(model)).all() if r.latitude is not None]


def test_sample_map_draws_offline_from_the_app_alone(
    web_page: WebPage, sample_store: Store
) -> None:
    stats = load_map(web_page, sample_store)
    page = web_page.page
    assert page_value(page, "window.L && L.version") == "1.9.3"
    assert page_value(page, "typeof L.markerClusterGroup") == "function"
    assert stats["baseMapDrawn"] is True
    assert stats["basePaths"] >= 200  # one path per country, plus coastlines and borders
    tinted = page_value(
        page,
        "Array.prototype.filter.call(document.querySelectorAll("
        "'.leaflet-odBase-pane path'), function (p) {"
        " return p.getAttribute('fill') === '#f3e3bf'; }).length",
    )
    assert tinted == 6  # the offices' countries: DE, AT, FR, IT, HU, CN
    assert sorted(stats["officeIds"]) == sorted(str(o.id) for o in _placed(sample_store, Office))
    assert page_value(page, "document.querySelectorAll('path.od-link').length") == 7
    assert stats["counts"]["organizations"] == len(_placed(sample_store, Organization))
    assert stats["counts"]["projects"] == len(_placed(sample_store, Project))
    loaded = page_value(
        page,
        "[].concat("
        "Array.prototype.map.call(document.scripts, function (s) {"
        " return s.src; }),"
        "Array.prototype.map.call(document.styleSheets, function (s) {"
        " return s.href; }),"
        "performance.getEntriesByType('resource').map(function (e) {"
        " return e.name; })).filter(function (u) { return u; })",
    )
    assert any(u.endswith("leaflet/leaflet.js") for u in loaded)
    assert any(u.endswith("MarkerCluster.css") for u in loaded)
    assert all(u.startswith(("officedesk://map/", "qrc:")) for u in loaded), loaded
    guard = web_page.environment.guard
    assert any(u.endswith("base-map.js") for u in guard.seen)  # the guard saw the requests
    assert guard.outside_requests() == [] and list(guard.blocked) == []


def test_requests_to_other_hosts_are_blocked(
    map_environment: Any, sample_store: Store, tile_server: Any
) -> None:
    web = open_page(map_environment)
    try:
        load_map(web, sample_store)
        target = tile_server.url_template.format(z=1, x=0, y=0)
        web.page.runJavaScript(
            f"var i = new Image(); i.src = '{target}'; document.body.appendChild(i);"
            f"fetch('{target}?fetch').catch(function () {{}});"
        )
        assert wait_until(lambda: len(map_environment.guard.blocked) >= 2, 10)
        wait_until(lambda: False, 0.3)
        assert tile_server.requests == []  # nothing reached the server
    finally:
        close_page(web)


def test_hostile_names_show_literally_and_run_nothing(
    web_page: WebPage, hostile_store: Store
) -> None:
    load_map(web_page, hostile_store)
    page = web_page.page
    with hostile_store.session() as session:
        org = session.exec(select(Organization).where(Organization.name == XSS_NAME)).one()
        project = session.exec(select(Project).where(Project.title == TEMPLATE_NAME)).one()
        office = session.exec(select(Office).where(Office.name == TEMPLATE_NAME)).one()

    def tooltip_text(kind: str, record_id: object) -> str:
        """Bring the marker into view (out of its cluster) and read its tooltip."""
        key = f"{kind}:{record_id}"
        page.runJavaScript(f"OfficeDeskMap.showRecord('{kind}', '{record_id}')")
        assert wait_until(
            lambda: bool(page_value(page, f"!!OfficeDeskMap.markers['{key}'].getElement()")), 10
        )
        return str(
            page_value(
                page,
                f"(function (m) {{ m.openTooltip(); return "
                f"m.getTooltip().getElement().textContent; }})"
                f"(OfficeDeskMap.markers['{key}'])",
            )
        )

    assert tooltip_text("organization", org.id) == XSS_NAME
    assert tooltip_text("project", project.id) == TEMPLATE_NAME
    assert tooltip_text("office", office.id) == TEMPLATE_NAME
    label = page_value(
        page,
        f"document.querySelector('[data-record=\"office:{office.id}\"] .od-label').textContent",
    )
    assert label == XSS_NAME
    page.runJavaScript(f"OfficeDeskMap.showRecord('organization', '{org.id}')")
    assert wait_until(
        lambda: bool(page_value(page, "!!document.querySelector('.leaflet-popup-content')")), 10
    )
    popup = page_value(page, "document.querySelector('.leaflet-popup-content').textContent")
    assert XSS_NAME in popup and TEMPLATE_NAME in popup
    wait_until(lambda: False, 0.3)  # give any injected handler the time to run
    assert page_value(page, "document.querySelectorAll('img').length") == 0
    assert page_value(page, "typeof window.__pwned") == "undefined"
    assert web_page.page.alerts == []


def test_exported_file_opens_offline(qapp: Any, sample_store: Store, tmp_path: Path) -> None:
    from PySide6.QtCore import QUrl

    from office_desk.render.map_page import MapEnvironment

    path = tmp_path / "network.html"
    path.write_text(standalone_html(sample_store), encoding="utf-8")
    # A browser opening a file: file: and inline data only, nothing from any server.
    environment = MapEnvironment(parent=qapp, allowed_schemes={"file", "data", "about", "blob"})
    web = open_page(environment)
    try:
        stats = load_and_wait(web.page, QUrl.fromLocalFile(str(path)))
        assert stats["baseMapDrawn"] and stats["basePaths"] >= 200
        assert sorted(stats["officeIds"]) == sorted(
            str(o.id) for o in _placed(sample_store, Office)
        )
        assert environment.guard.outside_requests() == []
        assert [u for u in environment.guard.seen if not u.startswith("file:")] == []
        assert web.page.console_errors == []
    finally:
        close_page(web)
        environment.deleteLater()
        flush_deletions()


def _colour_count(image: Any, rgb: tuple[int, int, int]) -> int:
    from PySide6.QtGui import QImage

    data = bytes(image.convertToFormat(QImage.Format.Format_RGB32).constBits())
    r, g, b = rgb
    return data.count(bytes((b, g, r, 255)))


def test_png_picture_of_the_map(qapp: Any, sample_store: Store, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from office_desk.render.map_picture import render_map_png

    path = render_map_png(sample_store, tmp_path / "map.png", size=(1000, 700))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1000, 700)
    pixels = 1000 * 700
    assert _colour_count(image, (0xC6, 0xDC, 0xEC)) > pixels * 0.15  # the sea
    assert _colour_count(image, (0xF3, 0xE3, 0xBF)) > pixels * 0.05  # the offices' countries
    assert _colour_count(image, (0xC6, 0x28, 0x28)) > 100  # the home office and its line
    assert _colour_count(image, (0x1F, 0x3A, 0x5F)) > 6 * 150  # seven navy office pins
