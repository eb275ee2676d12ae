"""The map of the network, built with folium, that works with no network at all.

What the map shows (offices, links, organizations, projects, the legend) is read by
:func:`office_desk.core.map_contents.network_data` into plain JSON-ready data whose
every user text is already escaped. :func:`build_map` makes the folium map: an offline
vector base map (Natural Earth countries, coastlines and borders), a layer per group
(offices, links, organizations and projects, the last two clustered);
``resources/map/office-desk-map.js`` draws the data, the street tile layers, the legend
and the layer control into it, so a filter change only sends new data to the page
(:func:`data_script`).

No user text ever enters a folium or Jinja2 template (folium renders its page twice,
the second time reading the first output as a template): :func:`page_html` renders the
page without any record, then puts the data and options in as one JSON document in a
``<script type="application/json">`` block (:func:`script_json`), which the page reads.

Folium's CDN asset lists are replaced on each instance (never on the class) by the
local files listed by :func:`assets` (pinned PyPI packages and ``resources/map``): the
app serves them on its ``officedesk:`` URL scheme, :func:`standalone_html` inlines
them. An element that still asks for a CDN file makes the build fail loudly.
"""

from __future__ import annotations

import base64
import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium
from branca.element import Element, MacroElement
from folium.plugins import MarkerCluster
from folium.template import Template

from . import paths
from .i18n import QT_TRANSLATE_NOOP, translate
from .map_contents import NO_FILTERS, MapFilters, escape, network_data
from .store.database import Store

SCHEME = "officedesk"
HOST = "map"
ASSET_PREFIX = f"{SCHEME}://{HOST}/assets/"
QWEBCHANNEL_JS = "qrc:///qtwebchannel/qwebchannel.js"

#: Layer names (English; shown through :func:`layer_name` in the current language).
LAYER_NAMES = {
    "offices": QT_TRANSLATE_NOOP("NetworkMap", "Offices"),
    "links": QT_TRANSLATE_NOOP("NetworkMap", "Links between offices"),
    "organizations": QT_TRANSLATE_NOOP("NetworkMap", "Organizations"),
    "projects": QT_TRANSLATE_NOOP("NetworkMap", "Projects"),
}


def layer_name(key: str) -> str:
    return translate("NetworkMap", LAYER_NAMES[key])


@dataclass(frozen=True)
class TileLayerSpec:
    """A raster tile layer drawn over the vector base map (the app serves ``url``)."""

    name: str
    url: str  # with {z}/{x}/{y}
    attribution: str
    max_zoom: int = 19  # the deepest zoom the tiles exist for; deeper, they are enlarged
    show: bool = True


@dataclass(frozen=True)
class MapOptions:
    """How the page is made: for the app or a file, full or compact (office dashboard).

    ``printed``: a picture (PNG, report): no zoom buttons, layer control or other
    controls, the legend open, the scale and the attribution kept.
    """

    compact: bool = False
    for_app: bool = True
    tile_layers: tuple[TileLayerSpec, ...] = ()
    home_office_id: uuid.UUID | None = None
    printed: bool = False


# --------------------------------------------------------------------------- resources


@dataclass(frozen=True)
class MapAsset:
    """One file the map page loads: its URL path under ``assets/`` and its type."""

    name: str
    mime: str
    path: Path


_MIME = {
    ".js": "text/javascript",
    ".css": "text/css",
    ".png": "image/png",
    ".json": "application/json",
}


@lru_cache(maxsize=1)
def assets() -> dict[str, MapAsset]:
    """Every file the page may load, by name; nothing else is ever served."""
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as markercluster

    found: dict[str, Path] = {}
    leaflet_dir = Path(leaflet.BASE_DIR)
    found["leaflet/leaflet.js"] = leaflet_dir / "leaflet.js"
    found["leaflet/leaflet.css"] = leaflet_dir / "leaflet.css"
    for image in sorted((leaflet_dir / "images").glob("*.png")):
        found[f"leaflet/images/{image.name}"] = image
    cluster_dir = Path(markercluster.BASE_DIR)
    found["markercluster/leaflet.markercluster.js"] = cluster_dir / "leaflet.markercluster.js"
    found["markercluster/MarkerCluster.css"] = cluster_dir / "MarkerCluster.css"
    own = paths.resources_dir() / "map"
    found["topojson/topojson-client.min.js"] = own / "topojson-client" / "topojson-client.min.js"
    found["base-map.js"] = own / "world-atlas" / "countries-50m.json"
    found["office-desk-map.js"] = own / "office-desk-map.js"
    found["office-desk-map.css"] = own / "office-desk-map.css"
    return {name: MapAsset(name, _MIME[Path(name).suffix], path) for name, path in found.items()}


def asset_bytes(name: str) -> bytes:
    """The content served for asset ``name`` (KeyError if there is no such asset).

    ``base-map.js`` wraps the Natural Earth TopoJSON into a script, so the page gets it
    with a plain ``<script>`` in the app and in an exported file alike.
    """
    asset = assets()[name]
    data = asset.path.read_bytes()
    if name == "base-map.js":
        return b"window.officeDeskBaseMap=" + data.strip() + b";\n"
    return data


def _asset_url(name: str) -> str:
    return ASSET_PREFIX + name


_MAP_JS = [
    "leaflet/leaflet.js",
    "topojson/topojson-client.min.js",
    "base-map.js",
    "office-desk-map.js",
]
_MAP_CSS = ["leaflet/leaflet.css", "office-desk-map.css"]
_CLUSTER_JS = ["markercluster/leaflet.markercluster.js"]
_CLUSTER_CSS = ["markercluster/MarkerCluster.css"]


def _local(names: list[str]) -> list[tuple[str, str]]:
    return [(name, _asset_url(name)) for name in names]


def _walk(element: Any) -> Iterator[Any]:
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


def check_offline(figure: Any) -> None:
    """Raise ValueError if any element of the figure still asks for a file from outside."""
    for element in _walk(figure):
        for _name, url in [
            *getattr(element, "default_js", []),
            *getattr(element, "default_css", []),
        ]:
            if not (url.startswith(ASSET_PREFIX) or url == QWEBCHANNEL_JS):
                raise ValueError(
                    f"{type(element).__name__} needs {url}, which is not available offline"
                )


def data_script(data: dict[str, Any], fit: bool = True) -> str:
    """The JavaScript that redraws an open map page with new ``data`` (no reload)."""
    return f"OfficeDeskMap.update({json.dumps(data)}, {'true' if fit else 'false'});"


# --------------------------------------------------------------------------- the folium map


class _NetworkLayers(MacroElement):
    """Hands the map and the layers folium made to ``OfficeDeskMap.start``.

    Only names folium generated go into this template; the page reads its data and
    options from the JSON block that :func:`page_html` adds after rendering.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
            OfficeDeskMap.start({{ this._parent.get_name() }}, {
                {%- for key, group in this.groups.items() %}
                {{ key }}: {{ group.get_name() }},
                {%- endfor %}
            });
        {% endmacro %}
    """)

    def __init__(self, groups: dict[str, Any]) -> None:
        super().__init__()
        self._name = "NetworkLayers"
        self.groups = groups


def _cluster(kind: str) -> MarkerCluster:
    cluster = MarkerCluster(
        name=layer_name(f"{kind}s"),
        control=False,
        icon_create_function=f"OfficeDeskMap.clusterIcon('{kind}')",
        maxClusterRadius=45,
        showCoverageOnHover=False,
        disableClusteringAtZoom=15,
    )
    cluster.default_js = _local(_CLUSTER_JS)
    cluster.default_css = _local(_CLUSTER_CSS)
    return cluster


BASE_MAP_ATTRIBUTION = QT_TRANSLATE_NOOP("NetworkMap", "Base map: Natural Earth")
MAX_ZOOM = 18
PAGE_DATA_ID = "od-map-data"

#: Words the page shows itself (translated and escaped by :func:`page_options`).
PAGE_TEXTS = {
    "legend": QT_TRANSLATE_NOOP("NetworkMap", "Legend"),
    "showLegend": QT_TRANSLATE_NOOP("NetworkMap", "Show the legend"),
    "hideLegend": QT_TRANSLATE_NOOP("NetworkMap", "Hide the legend"),
    "wheelHint": QT_TRANSLATE_NOOP("NetworkMap", "Click the map to zoom with the wheel"),
}


def page_options(options: MapOptions) -> dict[str, Any]:
    """What the page script needs to know besides the data (every text escaped).

    ``wheelNeedsClick``: the small map inside a scrolling page (the office dashboard)
    leaves the mouse wheel to the page until the map is clicked.
    """
    interactive = not options.printed
    return {
        "compact": options.compact,
        "printed": options.printed,
        "legend": options.printed or not options.compact,
        "legendToggle": interactive,
        "layerControl": interactive and not options.compact,
        "wheelNeedsClick": interactive and options.compact and options.for_app,
        "fitMaxZoom": 11 if options.compact else 9,
        "attribution": escape(translate("NetworkMap", BASE_MAP_ATTRIBUTION)),
        "layerNames": {key: escape(layer_name(key)) for key in LAYER_NAMES},
        "tileLayers": [
            {
                "name": escape(spec.name),
                "url": spec.url,
                "attribution": escape(spec.attribution or spec.name),
                "maxNativeZoom": min(spec.max_zoom, MAX_ZOOM),
                "show": spec.show,
            }
            for spec in options.tile_layers
        ],
        "text": {key: escape(translate("NetworkMap", text)) for key, text in PAGE_TEXTS.items()},
    }


def script_json(value: Any) -> str:
    """``value`` as JSON that can stand inside an HTML ``<script>`` block: ``<``, ``>``
    and ``&`` (so no ``</script>`` or ``<!--``) and every non-ASCII character, U+2028 and
    U+2029 among them, as ``\\u`` escapes."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def build_map(
    store: Store,
    filters: MapFilters = NO_FILTERS,
    options: MapOptions = MapOptions(),
    data: dict[str, Any] | None = None,
) -> folium.Map:
    """The folium map of the network, without any record (assets on ``officedesk:``).

    ``data`` only places the first view; the records reach the page through
    :func:`page_html`.
    """
    if data is None:
        data = network_data(store, filters, options.home_office_id)
    bounds = data["bounds"]
    centre = (
        [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2]
        if bounds
        else [35.0, 40.0]
    )
    fmap = folium.Map(
        location=centre,
        zoom_start=3 if bounds else 2,
        tiles=None,
        maxZoom=MAX_ZOOM,
        minZoom=1,
        zoomSnap=0.25,
        worldCopyJump=True,
        control_scale=options.printed or not options.compact,
        zoom_control=not options.printed,
    )
    fmap.default_js = _local(_MAP_JS) + (
        [("qwebchannel", QWEBCHANNEL_JS)] if options.for_app else []
    )
    fmap.default_css = _local(_MAP_CSS)
    figure: Any = fmap.get_root()
    figure.header.add_child(
        Element('<meta name="referrer" content="no-referrer">'), name="referrer"
    )
    groups: dict[str, Any] = {
        "links": folium.FeatureGroup(name=layer_name("links"), control=False),
        "organizations": _cluster("organization"),
        "projects": _cluster("project"),
        "offices": folium.FeatureGroup(name=layer_name("offices"), control=False),
    }
    for group in groups.values():
        group.add_to(fmap)
    _NetworkLayers(groups).add_to(fmap)
    check_offline(fmap.get_root())
    return fmap


def _page_parts(
    store: Store, filters: MapFilters, options: MapOptions, data: dict[str, Any] | None
) -> tuple[str, str, str]:
    """folium's page (no record in it) cut where its ``<head>`` ends, and the data block
    that goes in there: one JSON document the page reads (:func:`script_json`)."""
    if data is None:
        data = network_data(store, filters, options.home_office_id)
    html = str(build_map(store, filters, options, data).get_root().render())
    head_end = html.find("</head>")
    if head_end < 0:
        raise ValueError("the map page has no <head>")
    document = script_json({"data": data, "options": page_options(options)})
    block = f'<script type="application/json" id="{PAGE_DATA_ID}">{document}</script>\n'
    return html[:head_end], block, html[head_end:]


def page_html(
    store: Store,
    filters: MapFilters = NO_FILTERS,
    options: MapOptions = MapOptions(),
    data: dict[str, Any] | None = None,
) -> str:
    """The map page for the app's web view (assets on the ``officedesk:`` scheme).

    The records and options go in after folium has rendered, as one JSON document.
    """
    head, block, rest = _page_parts(store, filters, options, data)
    return head + block + rest


# --------------------------------------------------------------------------- one-file export

_SCRIPT_TAG = re.compile(r'<script src="' + re.escape(ASSET_PREFIX) + r'([^"]+)"></script>')
_CSS_TAG = re.compile(r'<link rel="stylesheet" href="' + re.escape(ASSET_PREFIX) + r'([^"]+)"/>')
_CSS_URL = re.compile(r"url\(([^)'\"]+)\)")


def _inline_css(name: str) -> str:
    css = asset_bytes(name).decode("utf-8")
    folder = name.rsplit("/", 1)[0] + "/" if "/" in name else ""

    def data_uri(match: re.Match[str]) -> str:
        target = folder + match.group(1).strip()
        if target not in assets():
            return match.group(0)
        encoded = base64.b64encode(asset_bytes(target)).decode("ascii")
        return f"url(data:{assets()[target].mime};base64,{encoded})"

    return _CSS_URL.sub(data_uri, css)


def standalone_html(store: Store, filters: MapFilters = NO_FILTERS, compact: bool = False) -> str:
    """One self-contained HTML file (every script, style and image inlined, no tiles)
    that opens offline in any browser.

    Only folium's page is searched for assets to inline, never the data block: a name
    that reads like an asset's address or a ``<script>`` tag stays a name.
    """
    head, block, rest = _page_parts(
        store, filters, MapOptions(compact=compact, for_app=False), None
    )

    def script(match: re.Match[str]) -> str:
        code = asset_bytes(match.group(1)).decode("utf-8").replace("</script", "<\\/script")
        return f"<script>{code}</script>"

    def style(match: re.Match[str]) -> str:
        return f"<style>{_inline_css(match.group(1))}</style>"

    def inline(html: str) -> str:
        html = _CSS_TAG.sub(style, _SCRIPT_TAG.sub(script, html))
        if ASSET_PREFIX in html:
            raise ValueError("an asset of the map page could not be inlined")
        return html

    return inline(head) + block + inline(rest)


@dataclass
class MapSummary:
    """Counts of what a map shows (for the CLI's message and tests)."""

    offices: int = 0
    links: int = 0
    organizations: int = 0
    projects: int = 0
    unplaced: int = 0

    @classmethod
    def of(cls, data: dict[str, Any]) -> MapSummary:
        """The counts; a counterpart shown only beside the chosen office is not counted."""
        offices = sum(1 for o in data["offices"] if not o.get("context"))
        return cls(
            offices,
            len(data["links"]),
            len(data["organizations"]),
            len(data["projects"]),
            int(data["unplaced"]),
        )
