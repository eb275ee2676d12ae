"""User text is data, never part of a template: the map page and the HTML reports.

folium/branca render a page twice and read the first output as a Jinja2 template, so
an organization named ``Werk {{7*7}} SSTI`` came out as "Werk 49 SSTI" on the map and
``{#`` stopped it. These properties run every text field of every table (and a
report's title, and the name and attribution of a tile layer) through the pages with
strings of template, HTML and JavaScript syntax and Chinese (:mod:`.user_text`):

* the map page (:func:`page_html`, and :func:`standalone_html`, the file
  ``office-desk map -o`` writes): the page around the one JSON block is the same
  whatever the records say, and the block, decoded, holds each string exactly where
  a marker stood in its place;
* the HTML reports (office and network, for the browser and for print): the page
  read by ``html.parser`` is, text node for text node and attribute for attribute,
  the page made with markers, each marker replaced by its string; the print page's
  running header (a CSS string) too.

The QtWebEngine part (popups and tooltips as drawn) is in
``tests/map/test_user_text_is_data.py``. Profiles: see :mod:`.user_text`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given

from office_desk.core import network_map
from office_desk.core.map_contents import MapFilters
from office_desk.core.network_map import (
    MapOptions,
    TileLayerSpec,
    page_html,
    standalone_html,
)
from office_desk.core.reports import (
    NETWORK_SECTIONS,
    OFFICE_SECTIONS,
    ReportRequest,
    build_network_report,
    build_office_report,
    report_html,
)
from office_desk.core.reports.print_page import css_string
from office_desk.core.safe_html import escape
from office_desk.core.store.database import Store
from tests.unit.user_text import (
    CODED,
    FIELDS,
    IDS,
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

TODAY = date(2026, 1, 15)
GENERATED = datetime(2026, 1, 15, 9, 30, tzinfo=UTC)
TILES_URL = "officedesk://map/tiles/own-0/{z}/{x}/{y}"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path / "user-text.sqlite") as made:
        yield made


def test_every_text_field_is_covered() -> None:
    """The fields come from the models; only codes (validated to a list or a format)
    are left out, and the kinds the brief names are all there."""
    models = {key.model for key in FIELDS}
    assert {"Office", "Organization", "Contact", "Project", "Event", "Tag"} <= models
    assert FieldKey("Organization", "name") in FIELDS
    assert FieldKey("Office", "focus_areas", list=True) in FIELDS
    assert FieldKey("Tag", "name") in FIELDS
    coded = {str(key) for key in CODED}
    assert {"Office.country", "Project.stage", "Contact.emails", "Tag.color"} <= coded
    assert "Organization.name" not in coded and "Contact.title" not in coded


# --------------------------------------------------------------------------- the map

_BLOCK = re.compile(r'<script type="application/json" id="od-map-data">(.*?)</script>\n?', re.S)
#: folium names its elements with random ids (map_0f3a..., feature_group_...).
_FOLIUM_ID = re.compile(r"_[0-9a-f]{32}\b")


def split_page(html: str) -> tuple[str, Any]:
    """The page without its data block (folium's random ids made the same), and the
    block decoded (None unless the page has exactly one)."""
    blocks = _BLOCK.findall(html)
    outside = _FOLIUM_ID.sub("_ID", _BLOCK.sub("", html))
    return outside, json.loads(blocks[0]) if len(blocks) == 1 else None


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    return []


def _options(world: World, printed: bool) -> MapOptions:
    """The app's map (``printed``: the picture in an office report), with a tile layer
    named as an imported ``.mbtiles`` file may name it."""
    spec = TileLayerSpec(
        world.text("TileLayer", "name"), TILES_URL, world.text("TileLayer", "attribution"), 17
    )
    options = MapOptions(for_app=not printed, tile_layers=(spec,))
    return replace(options, printed=True) if printed else options


#: The network in the app, and one office as a report's map picture shows it (with its
#: counterpart); ``office-desk map -o`` writes both as files.
MAP_VIEWS = {
    "network": (MapFilters(), False),
    "office": (MapFilters(office_id=IDS["office"]), True),
}


@profile_timeout()
def test_map_page_holds_user_text_only_as_data(world: World) -> None:
    """(a) The map page, in the app and as the exported file: no user text outside the
    one data block, the page around it the same whatever the records say, and the
    block, decoded, holds each string exactly where its marker was; nothing raises."""
    store = world.store
    file_pages = {
        view: split_page(standalone_html(store, filters, compact=printed))[0]
        for view, (filters, printed) in MAP_VIEWS.items()
    }
    shown_on_map: set[FieldKey] = set()

    @profile_settings()
    @given(field_texts())
    @example(brief_texts())
    def check(texts: dict[FieldKey, str]) -> None:
        markers = markers_for(texts)
        escaped = {markers[key]: escape(text) for key, text in texts.items()}
        for view, (filters, printed) in MAP_VIEWS.items():
            world.write(markers)
            marked_outside, marked = split_page(page_html(store, filters, _options(world, printed)))
            world.write(texts)
            outside, document = split_page(page_html(store, filters, _options(world, printed)))
            assert not [m for m in markers.values() if m in marked_outside], (
                "user text outside the data block"
            )
            assert outside == marked_outside
            assert document is not None and marked is not None, "no data block"
            assert document == replace_all(marked, escaped)
            file_outside, file_document = split_page(
                standalone_html(store, filters, compact=printed)
            )
            assert file_outside == file_pages[view]
            assert file_document is not None and file_document["data"] == document["data"]
            # Each string shows literally wherever its field shows.
            page_texts = [shown_text(s) for s in _strings(document)]
            for key, text in texts.items():
                if any(markers[key] in s for s in _strings(marked)):
                    shown_on_map.add(key)
                    assert any(text in t for t in page_texts), (view, key, text)

    check()
    names = {str(key) for key in shown_on_map}
    assert {
        "Office.name",
        "Office.city",
        "Organization.name",
        "Organization.sector",
        "Project.title",
        "Project.title_native",
        "TileLayer.name",
        "TileLayer.attribution",
    } <= names


def test_an_asset_address_in_a_name_does_not_stop_the_exported_map(world: World) -> None:
    """The exported file inlines the page's assets and then checks that none is left
    to load; a name that looks like an asset's address is data, not a missing asset."""
    name = (
        f'{network_map.ASSET_PREFIX}leaflet/leaflet.js <script src="'
        f'{network_map.ASSET_PREFIX}office-desk-map.js"></script>'
    )
    world.write(
        {
            FieldKey("Organization", "name"): name,
            FieldKey("Office", "name"): network_map.ASSET_PREFIX,
        }
    )
    html = standalone_html(world.store)  # raised ValueError before
    _, document = split_page(html)
    tooltips = {
        shown_text(item["tooltip"])
        for kind in ("organizations", "offices")
        for item in document["data"][kind]
    }
    assert {name, network_map.ASSET_PREFIX} <= tooltips


# --------------------------------------------------------------------------- reports


class _Page(HTMLParser):
    """A page as a list of what a reader meets: tags with their attributes (print
    widths left out: they follow the length of the text), text, and style sheets."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[str, Any]] = []
        self._style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._style = tag == "style"
        self.items.append(("tag", (tag, tuple((k, v) for k, v in attrs if k != "width"))))

    def handle_endtag(self, tag: str) -> None:
        self._style = False
        self.items.append(("end", tag))

    def handle_data(self, data: str) -> None:
        self.items.append(("style" if self._style else "text", data))


def page_items(html: str) -> list[tuple[str, Any]]:
    parser = _Page()
    parser.feed(html)
    parser.close()
    return parser.items


def expected_items(items: list[tuple[str, Any]], texts: dict[str, str]) -> list[tuple[str, Any]]:
    """``items`` of the page made with markers, each marker replaced by its text (in a
    style sheet, by the text written as a CSS string, as the running header has it)."""
    in_css = {marker: css_string(text)[1:-1] for marker, text in texts.items()}
    out: list[tuple[str, Any]] = []
    for kind, value in items:
        if kind == "tag":
            tag, attrs = value
            out.append((kind, (tag, tuple((k, replace_all(v, texts)) for k, v in attrs))))
        elif kind in ("text", "style"):
            out.append((kind, replace_all(value, in_css if kind == "style" else texts)))
        else:
            out.append((kind, value))
    return out


def _reports(store: Store, title: str) -> dict[str, Any]:
    office = ReportRequest(
        IDS["office"], sections=set(OFFICE_SECTIONS) - {"map"}, include_contacts=True
    )
    network = ReportRequest(None, sections=set(NETWORK_SECTIONS) - {"map"}, title=title)
    return {
        "office": build_office_report(store, office, TODAY),
        "network": build_network_report(store, network, TODAY),
    }


def report_pages(store: Store, title: str) -> dict[str, str]:
    """The office report (generated title) and the network report (``title``), each for
    the browser and for print; charts as their tables (pictures need Qt)."""
    pages = {}
    for kind, report in _reports(store, title).items():
        report = replace(report, generated_at=GENERATED)
        pages[kind] = report_html(report)
        pages[f"{kind}-print"] = report_html(report, for_print=True)
    return pages


_CSS_ESCAPE = re.compile(r"\\([0-9a-f]{6}) ")


def _css_text(css: str) -> str:
    return _CSS_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), css)


@profile_timeout()
def test_reports_show_user_text_as_typed(world: World) -> None:
    """(c) The HTML reports are, read by html.parser, the reports made with markers with
    each marker replaced by its string: every string shows as typed, where its field
    shows, and changes nothing else (a printed page's header too)."""
    store = world.store
    shown_in_report: set[FieldKey] = set()

    @profile_settings()
    @given(field_texts())
    @example(brief_texts())
    def check(texts: dict[FieldKey, str]) -> None:
        markers = markers_for(texts)
        world.write(markers)
        before = {
            kind: page_items(html)
            for kind, html in report_pages(
                store, markers[FieldKey("ReportRequest", "title")]
            ).items()
        }
        world.write(texts)
        pages = report_pages(store, texts[FieldKey("ReportRequest", "title")])
        replacements = {markers[key]: text for key, text in texts.items()}
        for kind, html in pages.items():
            items = page_items(html)
            assert items == expected_items(before[kind], replacements), kind
            shown = [value for what, value in items if what == "text"]
            for key, text in texts.items():
                if any(markers[key] in v for what, v in before[kind] if what == "text"):
                    shown_in_report.add(key)
                    assert any(text in value for value in shown), (kind, key, text)
            if kind == "network-print":  # the running header (a CSS string) says the title
                css = "".join(v for what, v in items if what == "style")
                assert texts[FieldKey("ReportRequest", "title")] in _css_text(css)

    check()
    names = {str(key) for key in shown_in_report}
    assert {
        "Office.name",
        "Office.name_native",
        "Office.address",
        "Organization.name",
        "Contact.family_name",
        "Contact.title",
        "Project.title",
        "Event.title",
        "ExchangeRate.source",
        "ReportRequest.title",
    } <= names


def test_a_report_title_cannot_end_the_header_style(world: World) -> None:
    """The running header's CSS string keeps ``</style>``, quotes and backslashes."""
    title = '</style><script>alert(1)</script> "{{7*7}}" \\ 济南'
    page = report_pages(world.store, title)["network-print"]
    assert "<script>" not in page
    css = "".join(v for what, v in page_items(page) if what == "style")
    assert title in _css_text(css)


def test_markers_are_unique() -> None:
    markers = markers_for({key: "" for key in FIELDS})
    assert len(set(markers.values())) == len(FIELDS)
    assert all(a == b or a not in b for a in markers.values() for b in markers.values())


def test_a_semicolon_in_a_name_or_number_is_printed_as_typed(world: World) -> None:
    """Partners, e-mail addresses and phone numbers are printed one a line; a partner
    called "Meyer; Söhne" or a number "0351 123; ext. 5" stays one line, as typed
    (the printed page split the joined text at every "; " before)."""
    partner, phone = "Meyer; Söhne &amp; Co", "0351 123; ext. 5"
    world.write(
        {FieldKey("Organization", "name"): partner, FieldKey("Contact", "phones", list=True): phone}
    )
    pages = report_pages(world.store, "Report")
    for kind in ("office-print", "network-print"):
        texts = [value for what, value in page_items(pages[kind]) if what == "text"]
        assert partner in texts, kind
        assert "Meyer" not in texts and "Söhne &amp; Co" not in texts
    office = [value for what, value in page_items(pages["office-print"]) if what == "text"]
    assert phone in office and "0351 123" not in office
