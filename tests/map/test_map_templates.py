"""User text never becomes part of a folium / Jinja2 template.

folium renders a page twice and reads the first output as a template the second time:
a name with ``{{ }}`` was evaluated ("Werk {{7*7}}" drawn as "Werk 49") and a name with
``{#`` stopped the map from being built at all. The records now reach the page as one
JSON document after rendering.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from sqlmodel import select

from office_desk.core import map_contents
from office_desk.core.models import Office, Organization, Project
from office_desk.core.network_map import MapOptions, TileLayerSpec, page_html, script_json
from office_desk.core.services.records import add_all
from office_desk.core.store.database import Store
from office_desk.render.map_page import load_and_wait, page_value, wait_until
from tests.map.conftest import WebPage

JINJA_NAME = "Werk {{7*7}} {{ cycler.__init__.__globals__.os.getcwd() }}"
JINJA_OPEN = "Bau {# offen {% if %} {{"
SCRIPT_END = "</script><script>window.__pwned=1</script>\u2028\u2029"


@pytest.fixture
def jinja_store(sample_store: Store) -> Store:
    add_all(
        sample_store,
        [
            Organization(
                name=JINJA_NAME,
                name_native=JINJA_OPEN,
                city="Dresden",
                country="DE",
                latitude=51.05,
                longitude=13.74,
                sector=JINJA_OPEN,
            ),
            Project(title=JINJA_OPEN, title_native=SCRIPT_END, latitude=48.2, longitude=16.3),
            Office(name=SCRIPT_END, city=JINJA_NAME, country="ES", latitude=40.4, longitude=-3.7),
        ],
    )
    return sample_store


def _page_data(html: str) -> Any:
    match = re.search(
        r'<script type="application/json" id="od-map-data">(.*?)</script>', html, re.S
    )
    assert match is not None
    return json.loads(match.group(1))


def test_template_syntax_in_names_is_kept_as_text(jinja_store: Store) -> None:
    html = page_html(jinja_store)  # raised TemplateSyntaxError on "{#" before
    assert "Werk 49" not in html
    data = _page_data(html)["data"]
    tooltips = {
        item["tooltip"] for item in data["organizations"] + data["projects"] + data["offices"]
    }
    assert map_contents.escape(JINJA_NAME) in tooltips
    assert map_contents.escape(JINJA_OPEN) in tooltips
    assert map_contents.escape(SCRIPT_END) in tooltips
    # Nothing the user typed reaches the page outside the one JSON block.
    outside = html.replace(re.search(r'id="od-map-data">.*?</script>', html, re.S).group(0), "")
    assert "Werk" not in outside and "offen" not in outside and "__pwned" not in outside


def test_tile_layer_names_from_an_imported_file_are_not_templates(sample_store: Store) -> None:
    spec = TileLayerSpec(
        f"Offline map: {JINJA_OPEN}", "officedesk://map/tiles/x/{z}/{x}/{y}", JINJA_NAME
    )
    html = page_html(sample_store, options=MapOptions(tile_layers=(spec,)))
    options = _page_data(html)["options"]
    assert options["tileLayers"][0]["name"] == map_contents.escape(spec.name)
    assert options["tileLayers"][0]["attribution"] == map_contents.escape(JINJA_NAME)
    assert "Werk 49" not in html


def test_json_for_a_script_block_cannot_end_it() -> None:
    text = script_json({"a": SCRIPT_END, "b": "<!-- & -->"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"a": SCRIPT_END, "b": "<!-- & -->"}


@pytest.mark.slow
def test_the_page_shows_template_syntax_literally(web_page: WebPage, jinja_store: Store) -> None:
    spec = TileLayerSpec(
        f"Offline map: {JINJA_OPEN}", "officedesk://map/tiles/x/{z}/{x}/{y}", JINJA_NAME
    )
    url = web_page.environment.handler.add_page(
        page_html(jinja_store, options=MapOptions(tile_layers=(spec,)))
    )
    try:
        load_and_wait(web_page.page, url)
    finally:
        web_page.environment.handler.remove_page(url)
    page = web_page.page
    with jinja_store.session() as session:
        org = session.exec(select(Organization).where(Organization.name == JINJA_NAME)).one()
        office = session.exec(select(Office).where(Office.name == SCRIPT_END)).one()
    key = f"organization:{org.id}"
    page.runJavaScript(f"OfficeDeskMap.showRecord('organization', '{org.id}')")
    assert wait_until(
        lambda: bool(page_value(page, f"!!OfficeDeskMap.markers['{key}'].getElement()")), 10
    )
    tooltip = page_value(
        page,
        f"(function (m) {{ m.openTooltip(); return m.getTooltip()"
        f".getElement().textContent; }})(OfficeDeskMap.markers['{key}'])",
    )
    assert tooltip == JINJA_NAME
    label = page_value(
        page,
        f"document.querySelector('[data-record=\"office:{office.id}\"] .od-label').textContent",
    )
    assert label == JINJA_NAME
    layers = page_value(page, "document.querySelector('.leaflet-control-layers').textContent")
    assert f"Offline map: {JINJA_OPEN}" in layers
    attribution = page_value(
        page, "document.querySelector('.leaflet-control-attribution').textContent"
    )
    assert JINJA_NAME in attribution
    wait_until(lambda: False, 0.3)
    assert page_value(page, "typeof window.__pwned") == "undefined"
