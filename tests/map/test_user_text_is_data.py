"""User text is data on the map as QtWebEngine draws it: popups, tooltips, labels.

The real page (``page_html``) is loaded offscreen in the app's map profile (network
blocked, console errors and alerts fail the test); each office, organization and
project is brought into view, its tooltip and popup are opened through the page's
own script, and what they show (``textContent``) is read back. It must be, exactly,
what the same page made with markers shows, each marker replaced by its string (see
``tests/unit/user_text.py``): ``{{7*7}}`` stays ``{{7*7}}``, ``<b>`` is no tag,
``${...}`` runs nothing. The tile layer's name and attribution (from ``.mbtiles``
metadata) are read from the layer control and the attribution line.

Slow (a page load per example): a tenth of the profile's examples.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given

from office_desk.core.map_contents import network_data
from office_desk.core.network_map import (
    MapOptions,
    TileLayerSpec,
    page_html,
)
from office_desk.render.map_page import load_and_wait, page_value, wait_until
from tests.map.conftest import WebPage
from tests.unit.user_text import (
    FieldKey,
    World,
    brief_texts,
    field_texts,
    markers_for,
    open_world,
    profile_settings,
    profile_timeout,
    replace_all,
    shown_text,
)

TILES_URL = "officedesk://map/tiles/own-0/{z}/{x}/{y}"

#: Brings one marker into view, opens its tooltip and popup, and reads them back.
_READ_MARKER = """(function (kind, id) {
  var marker = OfficeDeskMap.markers[kind + ":" + id];
  if (!marker || !marker.getElement()) return null;
  marker.openTooltip();
  var tooltip = marker.getTooltip().getElement().textContent;
  marker.closeTooltip();
  marker.openPopup();
  var popup = marker.getPopup().getElement()
    .querySelector(".leaflet-popup-content").textContent;
  marker.closePopup();
  var label = marker.getElement().querySelector(".od-label");
  return {tooltip: tooltip, popup: popup, label: label ? label.textContent : null};
})(%r, %r)"""

#: Opens each line's tooltip (they follow the pointer: opened at the line's middle).
_READ_LINKS = """OfficeDeskMap.groups.links.getLayers().map(function (line) {
  var points = line.getLatLngs();
  line.openTooltip(points[Math.floor(points.length / 2)]);
  var text = line.getTooltip().getElement().textContent;
  line.closeTooltip();
  return text;
})"""


def _options(world: World) -> MapOptions:
    spec = TileLayerSpec(
        world.text("TileLayer", "name"), TILES_URL, world.text("TileLayer", "attribution"), 17
    )
    return MapOptions(tile_layers=(spec,))


def _read_marker(page: Any, kind: str, record_id: str) -> dict[str, Any]:
    page.runJavaScript(f"OfficeDeskMap.showRecord({kind!r}, {record_id!r})")
    shown = wait_until(
        lambda: bool(
            page_value(
                page,
                f"!!(OfficeDeskMap.markers['{kind}:{record_id}'] || {{getElement: "
                f"function () {{ return null; }}}}).getElement()",
            )
        ),
        10,
    )
    assert shown, f"the {kind} {record_id} did not come into view"
    found = page_value(page, _READ_MARKER % (kind, record_id))
    assert found is not None
    return dict(found)


@pytest.mark.slow
@profile_timeout(share=0.15)
def test_popups_and_tooltips_show_user_text_as_typed(web_page: WebPage, tmp_path: Path) -> None:
    """(b) Every tooltip, popup, office label and link tooltip on the drawn page shows
    what the marker page shows, markers replaced by the strings; the tile layer's name
    and attribution show as typed."""
    page = web_page.page
    handler = web_page.environment.handler
    with open_world(tmp_path / "user-text.sqlite") as world:

        @profile_settings(share=0.15)
        @given(field_texts())
        @example(brief_texts())
        def check(texts: dict[FieldKey, str]) -> None:
            markers = markers_for(texts)
            world.write(markers)
            before = network_data(world.store)
            replacements = {markers[key]: text for key, text in texts.items()}
            world.write(texts)
            url = handler.add_page(page_html(world.store, options=_options(world)))
            try:
                load_and_wait(page, url)
            finally:
                handler.remove_page(url)
            for kind, items in (
                ("office", before["offices"]),
                ("organization", before["organizations"]),
                ("project", before["projects"]),
            ):
                assert items, f"no {kind} on the map"
                for item in items:
                    drawn = _read_marker(page, kind, item["id"])
                    assert drawn["tooltip"] == replace_all(
                        shown_text(item["tooltip"]), replacements
                    )
                    assert drawn["popup"] == replace_all(shown_text(item["popup"]), replacements)
                    if kind == "office":
                        assert drawn["label"] == replace_all(
                            shown_text(item["label"]), replacements
                        )
            links = page_value(page, _READ_LINKS)
            assert (
                links
                == [
                    replace_all(shown_text(link["tooltip"]), replacements)
                    for link in before["links"]
                ]
                and links
            )
            layers = page_value(
                page, "document.querySelector('.leaflet-control-layers').textContent"
            )
            assert texts[FieldKey("TileLayer", "name")] in layers
            attribution = page_value(
                page, "document.querySelector('.leaflet-control-attribution').textContent"
            )
            assert texts[FieldKey("TileLayer", "attribution")] in attribution
            assert page.console_errors == [] and page.alerts == []

        check()


@dataclass
class _Series:
    label: str
    values: list[float]


@dataclass
class _Chart:
    categories: list[str]
    name: str = "per-office"
    title: str = "Projects per office"
    unit: str = ""
    series: list[_Series] = field(default_factory=lambda: [_Series("Projects", [3.0])])


@pytest.mark.parametrize(
    "typed, as_markup",
    [
        ("Werk &amp; Co", "Werk & Co"),  # an entity, decoded as markup
        ("Jinan<!-- Büro -->", "Jinan"),  # a comment, hidden as markup
        ("Dresden <i></i>Mitte", "Dresden Mitte"),  # a tag, drawn as nothing as markup
    ],
)
def test_chart_pictures_show_office_names_as_typed(qapp: Any, typed: str, as_markup: str) -> None:
    """A report's chart labels its bars with the offices' cities or names. Qt Charts
    reads every label as rich text: "Werk &amp; Co" was drawn as "Werk & Co" and
    "<!-- -->" vanished. Drawn as typed, the two pictures differ."""
    from office_desk.render.report_charts import chart_image

    assert chart_image(_Chart([typed])) != chart_image(_Chart([as_markup]))
