"""Map pictures (``map --png``, the maps in office and network reports) are printed maps:
no zoom buttons, no layer control, nothing to click; markers, lines, labels, the legend,
the scale and the attribution stay."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from office_desk.core.map_contents import MapFilters
from office_desk.core.network_map import MapOptions, page_html
from office_desk.core.sample_network import sample_id
from office_desk.core.store.database import Store
from office_desk.render.map_page import load_and_wait, page_value
from tests.map.conftest import WebPage

pytestmark = pytest.mark.slow

CONTROLS = {
    "zoom": ".leaflet-control-zoom",
    "layers": ".leaflet-control-layers",
    "legend toggle": ".od-legend-toggle",
    "wheel hint": ".od-wheel-hint",
    "any button": "button, a[role=button], input",
}


def _load(
    web: WebPage, store: Store, options: MapOptions, filters: MapFilters | None = None
) -> Any:
    url = web.environment.handler.add_page(page_html(store, filters or MapFilters(), options))
    try:
        return load_and_wait(web.page, url)
    finally:
        web.environment.handler.remove_page(url)


def _present(web: WebPage, selector: str) -> bool:
    return bool(page_value(web.page, f"!!document.querySelector({selector!r})"))


@pytest.mark.parametrize("compact", [False, True])
def test_a_printed_map_has_no_controls_but_what_a_reader_needs(
    web_page: WebPage, sample_store: Store, compact: bool
) -> None:
    filters = MapFilters(office_id=sample_id("office:dresden")) if compact else None
    stats = _load(
        web_page, sample_store, MapOptions(compact=compact, for_app=False, printed=True), filters
    )
    assert {name: _present(web_page, s) for name, s in CONTROLS.items()} == dict.fromkeys(
        CONTROLS, False
    )
    assert stats["counts"]["offices"] >= 2 and stats["counts"]["links"] >= 1
    assert page_value(web_page.page, "document.querySelectorAll('path.od-link').length") >= 1
    assert page_value(web_page.page, "document.querySelectorAll('.od-label').length") >= 2
    assert _present(web_page, ".leaflet-control-scale")
    assert "Natural Earth" in page_value(
        web_page.page, "document.querySelector('.leaflet-control-attribution').textContent"
    )
    # The legend shows whole: open, and no scroll bar cutting it off.
    for part in (".od-legend", ".od-legend-body"):
        legend = page_value(
            web_page.page,
            "(function (e) { return {text: e.textContent, "
            "scroll: e.scrollHeight, client: e.clientHeight};"
            f" }})(document.querySelector('{part}'))",
        )
        assert "Counterpart offices" in legend["text"]
        assert legend["scroll"] <= legend["client"] + 1, part


def test_the_app_map_keeps_its_controls(web_page: WebPage, sample_store: Store) -> None:
    _load(web_page, sample_store, MapOptions())
    assert _present(web_page, CONTROLS["zoom"]) and _present(web_page, CONTROLS["layers"])
    assert _present(web_page, CONTROLS["legend toggle"])


def _white_pixels(image: Any, left: int, top: int, width: int, height: int) -> int:
    return sum(
        1
        for x in range(left, left + width)
        for y in range(top, top + height)
        if image.pixel(x, y) & 0xFFFFFF == 0xFFFFFF
    )


@pytest.mark.parametrize("office", [None, "office:dresden"])
def test_map_pictures_show_no_zoom_buttons_or_layer_control(
    qapp: Any, sample_store: Store, tmp_path: Path, office: str | None
) -> None:
    """The picture itself, as ``map --png`` and the reports make it: the zoom buttons
    (white, top left) and the layer control (white, top right) are not in it."""
    from PySide6.QtGui import QImage

    from office_desk.render.map_picture import render_map_png

    filters = MapFilters(office_id=sample_id(office) if office else None)
    path = render_map_png(sample_store, tmp_path / "map.png", filters, size=(1000, 700))
    image = QImage(str(path))
    assert _white_pixels(image, 10, 10, 34, 64) < 20  # where the zoom buttons were
    assert _white_pixels(image, 760, 10, 230, 110) < 60  # where the layer control was
    assert image.pixelColor(0, 0).isValid()
