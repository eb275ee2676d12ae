"""The folium map built from the store: what it shows, filters, escaping, offline assets."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from html.parser import HTMLParser
from typing import Any

import folium
import pytest
from folium.plugins import MarkerCluster

from office_desk.core import map_contents, network_map, paths
from office_desk.core.map_contents import MapFilters, network_data
from office_desk.core.models import Office, Organization, Project, Tag, TagLink
from office_desk.core.network_map import MapOptions
from office_desk.core.sample_network import sample_id
from office_desk.core.services.records import get, update
from office_desk.core.store.database import Store
from tests.map.conftest import XSS_NAME

EUROPEAN_OFFICES = ("dresden", "frankfurt", "munich", "vienna", "paris", "milan", "budapest")


def _ids(items: Iterable[dict[str, Any]]) -> set[str]:
    return {item["id"] for item in items}


def _live(store: Store, model: type, **where: Any) -> list[Any]:
    from sqlmodel import select

    with store.session() as session:
        rows = list(session.exec(select(model)).all())
    return [r for r in rows if all(getattr(r, k) == v for k, v in where.items())]


def test_sample_map_shows_every_office_and_the_lines_to_jinan(sample_store: Store) -> None:
    data = network_data(sample_store)
    jinan = str(sample_id("office:jinan"))
    assert _ids(data["offices"]) == {str(o.id) for o in _live(sample_store, Office)}
    assert [o["id"] for o in data["offices"] if o["home"]] == [jinan]
    ends = {(tuple(link["from"]), tuple(link["to"]), link["kind"]) for link in data["links"]}
    assert len(data["links"]) == 7  # every European office joined to Jinan, once each
    jinan_office = get(sample_store, Office, sample_id("office:jinan"))
    for key in EUROPEAN_OFFICES:
        office = get(sample_store, Office, sample_id(f"office:{key}"))
        kind = "counterpart" if key == "dresden" else "home"
        assert (
            (office.latitude, office.longitude),
            (jinan_office.latitude, jinan_office.longitude),
            kind,
        ) in ends


def test_organizations_and_projects_with_coordinates_are_drawn(sample_store: Store) -> None:
    data = network_data(sample_store)
    placed_orgs = [o for o in _live(sample_store, Organization) if o.latitude is not None]
    placed_projects = [p for p in _live(sample_store, Project) if p.latitude is not None]
    assert _ids(data["organizations"]) == {str(o.id) for o in placed_orgs}
    assert _ids(data["projects"]) == {str(p.id) for p in placed_projects}
    assert len(placed_projects) < len(_live(sample_store, Project))  # one has no place
    colours = {p["color"] for p in data["projects"]}
    assert colours <= set(map_contents.STAGE_COLORS.values())
    assert len(colours) >= 2  # coloured by stage


def test_country_filter(sample_store: Store) -> None:
    data = network_data(sample_store, MapFilters(country="FR"))
    assert _ids(data["offices"]) == {str(sample_id("office:paris"))}
    assert _ids(data["organizations"]) == {
        str(o.id) for o in _live(sample_store, Organization, country="FR") if o.latitude
    }
    assert data["links"] == []  # Jinan is not shown, so no line to it


def test_stage_sector_tag_and_office_filters(sample_store: Store) -> None:
    completed = network_data(sample_store, MapFilters(stage="completed"))
    assert completed["projects"]
    assert _ids(completed["projects"]) == {
        str(p.id) for p in _live(sample_store, Project, stage="completed") if p.latitude
    }
    automotive = network_data(sample_store, MapFilters(sector="AUTOMOTIVE"))
    expected = {
        str(o.id)
        for o in _live(sample_store, Organization)
        if "automotive" in o.sector.lower() and o.latitude
    }
    assert expected and _ids(automotive["organizations"]) == expected
    tag = next(t for t in _live(sample_store, Tag) if t.name == "automotive")
    tagged = network_data(sample_store, MapFilters(tag_id=tag.id))
    links = _live(sample_store, TagLink, tag_id=tag.id)
    tagged_orgs = {link.organization_id for link in links if link.organization_id}
    assert sample_id("organization:bosch") in tagged_orgs
    assert _ids(tagged["organizations"]) == {
        str(o.id) for o in _live(sample_store, Organization) if o.id in tagged_orgs
    }
    assert _ids(tagged["projects"]) == {
        str(p.id)
        for p in _live(sample_store, Project)
        if p.latitude and p.id in {link.project_id for link in links}
    }
    dresden = sample_id("office:dresden")
    own = network_data(sample_store, MapFilters(office_id=dresden))
    assert _ids(o for o in own["offices"] if not o["context"]) == {str(dresden)}
    assert _ids(own["organizations"]) == {
        str(o.id) for o in _live(sample_store, Organization, office_id=dresden) if o.latitude
    }


def test_office_without_coordinates_is_counted_not_drawn(sample_store: Store) -> None:
    update(sample_store, Office, sample_id("office:milan"), latitude=None, longitude=None)
    data = network_data(sample_store)
    assert str(sample_id("office:milan")) not in _ids(data["offices"])
    assert data["unplaced"] == 1
    assert "1 office has no coordinates" in json.dumps(data["legend"])


def test_user_text_is_escaped_everywhere(hostile_store: Store) -> None:
    data = network_data(hostile_store)
    text = json.dumps(data)
    assert XSS_NAME not in text and "<img" not in text
    assert "${" not in text and "`" not in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text
    html = network_map.page_html(hostile_store)
    assert "<img src=x" not in html and "${window.__pwned" not in html


def _asset_urls(html: str) -> list[str]:
    class Collector(HTMLParser):
        urls: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            for name, value in attrs:
                if name in ("src", "href") and value:
                    self.urls.append(value)

    collector = Collector()
    collector.urls = []
    collector.feed(html)
    return collector.urls + re.findall(r"url\(\s*['\"]?([^)'\"]+)", html)


def test_app_page_loads_only_from_the_app(sample_store: Store) -> None:
    html = network_map.page_html(sample_store)
    urls = _asset_urls(html)
    assert any(u.endswith("leaflet/leaflet.js") for u in urls)
    assert all(
        u.startswith(network_map.ASSET_PREFIX) or u == network_map.QWEBCHANNEL_JS for u in urls
    ), urls


def test_exported_html_has_no_web_asset_urls(sample_store: Store) -> None:
    html = network_map.standalone_html(sample_store)
    urls = _asset_urls(html)
    assert any(u.startswith("data:image/png;base64,") for u in urls)  # leaflet's images
    assert all(u.startswith(("data:", "#")) for u in urls), urls
    # Links (Leaflet's own "leafletjs.com" credit, switched off) are not assets: sources,
    # style sheets, imports and CSS urls are.
    assert not re.search(r"""src\s*=\s*["']?https?://""", html)
    assert not re.search(r"""<link[^>]*href\s*=\s*["']?https?://""", html)
    assert "@import" not in html
    assert not re.search(r"url\(\s*['\"]?https?://", html)
    assert "officedesk://" not in html and "qrc:" not in html
    assert "window.officeDeskBaseMap=" in html and "L.markerClusterGroup" in html
    assert len(html) < 2_500_000


def test_folium_class_asset_lists_are_left_alone(sample_store: Store) -> None:
    before_map, before_cluster = list(folium.Map.default_js), list(MarkerCluster.default_js)
    network_map.build_map(sample_store)
    assert folium.Map.default_js == before_map
    assert MarkerCluster.default_js == before_cluster
    assert any("cdn" in url for _name, url in folium.Map.default_js)  # still folium's own


def test_an_element_needing_a_cdn_file_is_refused(sample_store: Store) -> None:
    fmap = network_map.build_map(sample_store)
    folium.Marker([51, 13], icon=folium.Icon(color="red")).add_to(fmap)
    fmap.default_js = [*fmap.default_js, ("awesome", "https://cdn.example/awesome.js")]
    with pytest.raises(ValueError, match="not available offline"):
        network_map.check_offline(fmap.get_root())


def test_every_asset_is_present(sample_store: Store) -> None:
    for name, asset in network_map.assets().items():
        assert asset.path.is_file(), name
        assert network_map.asset_bytes(name)
    base = network_map.asset_bytes("base-map.js")
    topology = json.loads(base[len(b"window.officeDeskBaseMap=") :].rstrip(b";\n"))
    assert {"countries", "land"} <= set(topology["objects"])
    license_files = [p for p in (paths.resources_dir() / "map").rglob("LICENSE")]
    assert len(license_files) >= 2


def test_tile_layers_are_added_with_escaped_names(sample_store: Store) -> None:
    spec = network_map.TileLayerSpec(
        "<b>Ours</b>", "officedesk://map/tiles/own/{z}/{x}/{y}", "© <script>x</script>"
    )
    html = network_map.page_html(sample_store, options=MapOptions(tile_layers=(spec,)))
    assert "officedesk://map/tiles/own/{z}/{x}/{y}" in html
    assert "<b>Ours</b>" not in html and "<script>x</script>" not in html
