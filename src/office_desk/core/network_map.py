"""The map of the network, built with folium, that works with no network at all.

:func:`network_data` reads the offices, their links, and the organizations and
projects that have coordinates, with the same filters as the lists (office, country,
stage, sector, tag), into plain JSON-ready data whose every user text is already
escaped (:mod:`office_desk.core.safe_html`). A map filtered to one office also shows
that office's counterpart and the line between them. :func:`build_map` makes the folium
map: an offline vector base map (Natural Earth countries, coastlines and borders), a
layer per group (offices, links, organizations and projects, the last two clustered);
``resources/map/office-desk-map.js`` draws the data, the street tile layers, the legend
and the layer control into it, so a filter change only sends new data to the page.

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
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium
import pycountry
from branca.element import Element, MacroElement
from folium.plugins import MarkerCluster
from folium.template import Template
from sqlalchemy import exists
from sqlmodel import select

from .countries import country_name
from .i18n import QT_TRANSLATE_NOOP, translate
from .listing import money_text
from .models import Office, Organization, Project, Record, TagLink
from .safe_html import escape as _escape_html
from .store.database import Store
from .text_safety import visible_text
from .vocabulary import OfficeStatus, OrganizationKind, ProjectKind, ProjectStage


def escape(text: object) -> str:
    """User text for the page: hidden direction marks shown (⟨RLO⟩: a name cannot
    disguise itself on the map either), then escaped to show literally."""
    return _escape_html(None if text is None else visible_text(str(text)))


SCHEME = "officedesk"
HOST = "map"
ASSET_PREFIX = f"{SCHEME}://{HOST}/assets/"
QWEBCHANNEL_JS = "qrc:///qtwebchannel/qwebchannel.js"

OFFICE_COLOR = "#1f3a5f"
HOME_OFFICE_COLOR = "#c62828"
LINK_COLORS = {"counterpart": "#c62828", "home": "#5c6f82"}
OTHER_COLOR = "#607d8b"

#: Organizations are coloured by kind...
ORGANIZATION_COLORS: dict[str, str] = {
    "company": "#1565c0",
    "university": "#6a1b9a",
    "research_institute": "#00838f",
    "government": "#2e7d32",
    "association": "#8d6e63",
    "cultural": "#ad1457",
    "other": OTHER_COLOR,
}
#: ...and projects by stage, from a lead (grey) to completed (green).
STAGE_COLORS: dict[str, str] = {
    "lead": "#90a4ae",
    "in_talks": "#f9a825",
    "signed": "#1e88e5",
    "in_progress": "#ef6c00",
    "completed": "#43a047",
    "on_hold": "#8e24aa",
    "dropped": "#616161",
}

#: Layer names (English; shown through :func:`layer_name` in the current language).
LAYER_NAMES = {
    "offices": QT_TRANSLATE_NOOP("NetworkMap", "Offices"),
    "links": QT_TRANSLATE_NOOP("NetworkMap", "Links between offices"),
    "organizations": QT_TRANSLATE_NOOP("NetworkMap", "Organizations"),
    "projects": QT_TRANSLATE_NOOP("NetworkMap", "Projects"),
}


def layer_name(key: str) -> str:
    return translate("NetworkMap", LAYER_NAMES[key])


# --------------------------------------------------------------------------- what to show


@dataclass(frozen=True)
class MapFilters:
    """The same filters as the lists: empty values mean "all"."""

    office_id: uuid.UUID | None = None
    country: str = ""
    stage: str = ""
    sector: str = ""
    tag_id: uuid.UUID | None = None


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


def resources_dir() -> Path:
    """The ``resources`` folder: inside the installed package, or at the repository root."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "resources", package.parent.parent / "resources"):
        if (candidate / "map").is_dir():
            return candidate
    raise FileNotFoundError(f"the map resources are missing (looked beside {package})")


@dataclass(frozen=True)
class MapAsset:
    """One file the map page loads: its URL path under ``assets/`` and its type."""

    name: str
    mime: str
    path: Path


_MIME = {".js": "text/javascript", ".css": "text/css", ".png": "image/png",
         ".json": "application/json"}


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
    own = resources_dir() / "map"
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


_MAP_JS = ["leaflet/leaflet.js", "topojson/topojson-client.min.js", "base-map.js",
           "office-desk-map.js"]
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
        for _name, url in [*getattr(element, "default_js", []),
                           *getattr(element, "default_css", [])]:
            if not (url.startswith(ASSET_PREFIX) or url == QWEBCHANNEL_JS):
                raise ValueError(
                    f"{type(element).__name__} needs {url}, which is not available offline"
                )


# --------------------------------------------------------------------------- data


def _with_tag(model: type[Record], kind: str, tag_id: uuid.UUID) -> Any:
    column = getattr(TagLink, f"{kind}_id")
    return exists().where(column == model.id,
                          TagLink.tag_id == tag_id,  # type: ignore[arg-type]
                          TagLink.deleted_at.is_(None))  # type: ignore[union-attr]


def _office_conditions(filters: MapFilters) -> list[Any]:
    conditions: list[Any] = []
    if filters.office_id is not None:
        conditions.append(Office.id == filters.office_id)
    if filters.country:
        conditions.append(Office.country == filters.country)
    if filters.tag_id is not None:
        conditions.append(_with_tag(Office, "office", filters.tag_id))
    return conditions


def _organization_conditions(filters: MapFilters) -> list[Any]:
    conditions: list[Any] = [Organization.latitude.is_not(None)]  # type: ignore[union-attr]
    if filters.office_id is not None:
        conditions.append(Organization.office_id == filters.office_id)
    if filters.country:
        conditions.append(Organization.country == filters.country)
    if filters.sector.strip():
        conditions.append(Organization.sector.ilike(f"%{filters.sector.strip()}%"))  # type: ignore[attr-defined]
    if filters.tag_id is not None:
        conditions.append(_with_tag(Organization, "organization", filters.tag_id))
    return conditions


def _project_conditions(filters: MapFilters) -> list[Any]:
    """Projects: the country filter is the investor's (source) country."""
    conditions: list[Any] = [Project.latitude.is_not(None)]  # type: ignore[union-attr]
    if filters.office_id is not None:
        conditions.append(Project.office_id == filters.office_id)
    if filters.country:
        conditions.append(Project.source_country == filters.country)
    if filters.stage:
        conditions.append(Project.stage == filters.stage)
    if filters.sector.strip():
        conditions.append(Project.sector.ilike(f"%{filters.sector.strip()}%"))  # type: ignore[attr-defined]
    if filters.tag_id is not None:
        conditions.append(_with_tag(Project, "project", filters.tag_id))
    return conditions


def _label(choices: Any, value: str) -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return value.replace("_", " ").capitalize() if value else ""


def _place(city: str, country: str) -> str:
    return ", ".join(p for p in (city, country_name(country)) if p)


def _popup(title: str, native: str, lines: Iterable[str]) -> str:
    """Popup HTML: every argument is plain user text, escaped here."""
    parts = [f'<div class="od-popup-title">{escape(title)}</div>']
    if native and native != title:
        parts.append(f'<div class="od-popup-native">{escape(native)}</div>')
    parts += [f'<div class="od-popup-line">{escape(line)}</div>' for line in lines if line]
    return "".join(parts)


def home_office(offices: list[Office]) -> Office | None:
    """The network's home office: the one others name as counterpart.

    Among offices named as a counterpart, the one in the country with the fewest
    offices of the network (the home city's side faces many offices abroad); ties go to
    the earliest established. None when no office names a counterpart.
    """
    by_id = {o.id: o for o in offices}
    targets = {o.counterpart_id for o in offices if o.counterpart_id in by_id}
    if not targets:
        return None
    per_country = Counter(o.country for o in offices)
    candidates = [by_id[t] for t in targets if t is not None]
    candidates.sort(key=lambda o: (per_country[o.country], o.established_on is None,
                                   o.established_on or 0, o.name))
    return candidates[0]


def _office_item(office: Office, home: bool, names: dict[uuid.UUID, str]) -> dict[str, Any]:
    since = (translate("NetworkMap", " · since {year}").format(year=office.established_on.year)
             if office.established_on else "")
    counterpart = names.get(office.counterpart_id) if office.counterpart_id else None
    status = translate("NetworkMap", "{status} office").format(
        status=_label(OfficeStatus, office.status))
    lines = [
        _place(office.city, office.country),
        status + since + (translate("NetworkMap", " · home office") if home else ""),
        translate("NetworkMap", "Counterpart: {name}").format(name=counterpart)
        if counterpart else "",
        translate("NetworkMap", "Focus: {areas}").format(areas=", ".join(office.focus_areas))
        if office.focus_areas else "",
    ]
    return {
        "id": str(office.id), "lat": office.latitude, "lon": office.longitude,
        "label": escape(office.city or office.name), "tooltip": escape(office.name),
        "popup": _popup(office.name, office.name_native, lines),
        "home": home, "status": office.status if office.status in OfficeStatus.values()
        else "active",
    }


def _organization_item(org: Organization, offices: dict[uuid.UUID, str]) -> dict[str, Any]:
    lines = [
        " · ".join(p for p in (_label(OrganizationKind, org.kind), org.sector) if p),
        _place(org.city, org.country),
        translate("NetworkMap", "Looked after by {office}").format(office=offices[org.office_id])
        if org.office_id in offices else "",
    ]
    return {
        "id": str(org.id), "lat": org.latitude, "lon": org.longitude,
        "color": ORGANIZATION_COLORS.get(org.kind, OTHER_COLOR),
        "tooltip": escape(org.name), "popup": _popup(org.name, org.name_native, lines),
    }


def _project_item(project: Project, offices: dict[uuid.UUID, str]) -> dict[str, Any]:
    jobs = ""
    if project.jobs_created is not None:
        jobs = translate("NetworkMap", "{count} jobs").format(count=f"{project.jobs_created:,}")
        if project.jobs_estimated:
            jobs += translate("NetworkMap", " (estimated)")
    lines = [
        f"{_label(ProjectKind, project.kind)} · {_label(ProjectStage, project.stage)}",
        project.sector,
        project.destination,
        " · ".join(p for p in (money_text(project.amount, project.currency), jobs) if p),
        translate("NetworkMap", "Office: {office}").format(office=offices[project.office_id])
        if project.office_id in offices else "",
    ]
    return {
        "id": str(project.id), "lat": project.latitude, "lon": project.longitude,
        "color": STAGE_COLORS.get(project.stage, OTHER_COLOR),
        "tooltip": escape(project.title),
        "popup": _popup(project.title, project.title_native, lines),
    }


def _links(shown: list[Office], home: Office | None,
           names: dict[uuid.UUID, str]) -> list[dict[str, Any]]:
    placed = {o.id: o for o in shown if o.latitude is not None}
    links: list[dict[str, Any]] = []
    paired: set[frozenset[uuid.UUID]] = set()
    named = {o.counterpart_id for o in shown}
    for office in placed.values():
        other = placed.get(office.counterpart_id) if office.counterpart_id else None
        if other is not None:
            pair = frozenset((office.id, other.id))
            if pair in paired:
                continue
            paired.add(pair)
            kind, text = "counterpart", f"{office.name} ⇄ {other.name}"
        elif (home is not None and home.id in placed and office.id != home.id
              and office.counterpart_id is None and office.id not in named):
            other = placed[home.id]
            kind, text = "home", f"{office.name} — home office {other.name}"
        else:
            continue
        links.append({
            "from": [office.latitude, office.longitude], "to": [other.latitude, other.longitude],
            "kind": kind, "tooltip": escape(text),
        })
    return links


def _legend(offices: list[dict[str, Any]], links: list[dict[str, Any]],
            organizations: list[Organization], projects: list[Project],
            unplaced: int) -> list[dict[str, Any]]:
    def item(label: str, color: str, shape: str) -> dict[str, str]:
        return {"label": escape(label), "color": color, "shape": shape}

    sections: list[dict[str, Any]] = []
    rows = []
    if any(not o["home"] for o in offices):
        rows.append(item(translate("NetworkMap", "Office"), OFFICE_COLOR, "office"))
    if any(o["home"] for o in offices):
        rows.append(item(translate("NetworkMap", "Home office"), HOME_OFFICE_COLOR, "office"))
    kinds = {link["kind"] for link in links}
    if "counterpart" in kinds:
        rows.append(item(translate("NetworkMap", "Counterpart offices"),
                         LINK_COLORS["counterpart"], "line"))
    if "home" in kinds:
        rows.append(item(translate("NetworkMap", "Tie to the home office"), LINK_COLORS["home"],
                         "dashed"))
    if rows:
        sections.append({"title": escape(translate("NetworkMap", "Network")), "items": rows})
    org_kinds = {o.kind for o in organizations}
    if org_kinds:
        sections.append({"title": escape(translate("NetworkMap", "Organizations")), "items": [
            item(_label(OrganizationKind, k), ORGANIZATION_COLORS.get(k, OTHER_COLOR), "dot")
            for k in [*ORGANIZATION_COLORS, *sorted(org_kinds - set(ORGANIZATION_COLORS))]
            if k in org_kinds
        ]})
    stages = {p.stage for p in projects}
    if stages:
        sections.append({"title": escape(translate("NetworkMap", "Projects by stage")),
                         "items": [
            item(_label(ProjectStage, s), STAGE_COLORS.get(s, OTHER_COLOR), "diamond")
            for s in [*STAGE_COLORS, *sorted(stages - set(STAGE_COLORS))] if s in stages
        ]})
    if unplaced:
        title = (translate("NetworkMap", "{count} office has no coordinates") if unplaced == 1
                 else translate("NetworkMap", "{count} offices have no coordinates"))
        sections.append({"title": escape(title.format(count=unplaced)), "items": []})
    return sections


def counterpart_of(office_id: uuid.UUID, offices: list[Office]) -> Office | None:
    """The office's counterpart: the one it names, else one that names it (None if none)."""
    by_id = {o.id: o for o in offices}
    office = by_id.get(office_id)
    if office is None:
        return None
    other = by_id.get(office.counterpart_id) if office.counterpart_id else None
    if other is None:
        naming = sorted((o for o in offices if o.counterpart_id == office_id),
                        key=lambda o: o.name)
        other = naming[0] if naming else None
    return other if other is not None and other.id != office_id else None


def _numeric_country(code: str) -> str | None:
    country = pycountry.countries.get(alpha_2=code.upper()) if code else None
    return str(country.numeric) if country is not None else None


def network_data(store: Store, filters: MapFilters = MapFilters(),
                 home_office_id: uuid.UUID | None = None) -> dict[str, Any]:
    """Everything the page draws, JSON-ready, every user text escaped.

    Keys: ``offices``, ``links``, ``organizations``, ``projects`` (lists of dicts with
    ``id``, ``lat``, ``lon``, ``tooltip``, ``popup``...), ``countries`` (ISO numeric
    codes of the offices' countries, tinted on the base map), ``legend``, ``bounds``
    (``[[south, west], [north, east]]`` or None) and ``unplaced`` (offices left off for
    want of coordinates; organizations and projects without them are simply not drawn).

    Filtered to one office, the map also shows that office's counterpart (marked
    ``"context": True``, not counted by :class:`MapSummary`) and the line to it, and the
    bounds take it in.
    """
    with store.session() as session:
        all_offices = list(session.exec(select(Office)).all())
        shown = list(session.exec(select(Office).where(*_office_conditions(filters))).all())
        organizations = list(session.exec(
            select(Organization).where(*_organization_conditions(filters))).all())
        projects = list(session.exec(select(Project).where(*_project_conditions(filters))).all())
    names = {o.id: o.name for o in all_offices}
    home = next((o for o in all_offices if o.id == home_office_id), None) \
        if home_office_id else home_office(all_offices)
    placed = [o for o in shown if o.latitude is not None and o.longitude is not None]
    unplaced = len(shown) - len(placed)
    context: set[uuid.UUID] = set()
    if filters.office_id is not None and any(o.id == filters.office_id for o in placed):
        other = counterpart_of(filters.office_id, all_offices)
        if (other is not None and other.latitude is not None and other.longitude is not None
                and all(o.id != other.id for o in placed)):
            placed.append(other)
            shown = [*shown, other]
            context.add(other.id)
    office_items = [_office_item(o, home is not None and o.id == home.id, names) for o in placed]
    for item in office_items:
        item["context"] = uuid.UUID(item["id"]) in context
    links = _links(shown, home, names)
    drawn: list[Office | Organization | Project] = [*placed, *organizations, *projects]
    points = [(r.latitude, r.longitude) for r in drawn
              if r.latitude is not None and r.longitude is not None]
    bounds = None
    if points:
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        bounds = [[min(lats), min(lons)], [max(lats), max(lons)]]
    countries = sorted({n for n in (_numeric_country(o.country) for o in placed) if n})
    return {
        "offices": office_items,
        "links": links,
        "organizations": [_organization_item(o, names) for o in organizations],
        "projects": [_project_item(p, names) for p in projects],
        "countries": countries,
        "legend": _legend(office_items, links, organizations, projects, unplaced),
        "bounds": bounds,
        "unplaced": unplaced,
    }


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
        name=layer_name(f"{kind}s"), control=False,
        icon_create_function=f"OfficeDeskMap.clusterIcon('{kind}')",
        maxClusterRadius=45, showCoverageOnHover=False, disableClusteringAtZoom=15,
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
        "tileLayers": [{
            "name": escape(spec.name), "url": spec.url,
            "attribution": escape(spec.attribution or spec.name),
            "maxNativeZoom": min(spec.max_zoom, MAX_ZOOM), "show": spec.show,
        } for spec in options.tile_layers],
        "text": {key: escape(translate("NetworkMap", text)) for key, text in PAGE_TEXTS.items()},
    }


def script_json(value: Any) -> str:
    """``value`` as JSON that can stand inside an HTML ``<script>`` block: ``<``, ``>``
    and ``&`` (so no ``</script>`` or ``<!--``) and every non-ASCII character, U+2028 and
    U+2029 among them, as ``\\u`` escapes."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def build_map(store: Store, filters: MapFilters = MapFilters(),
              options: MapOptions = MapOptions(),
              data: dict[str, Any] | None = None) -> folium.Map:
    """The folium map of the network, without any record (assets on ``officedesk:``).

    ``data`` only places the first view; the records reach the page through
    :func:`page_html`.
    """
    if data is None:
        data = network_data(store, filters, options.home_office_id)
    bounds = data["bounds"]
    centre = [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2] \
        if bounds else [35.0, 40.0]
    fmap = folium.Map(location=centre, zoom_start=3 if bounds else 2, tiles=None,
                      maxZoom=MAX_ZOOM, minZoom=1, zoomSnap=0.25, worldCopyJump=True,
                      control_scale=options.printed or not options.compact,
                      zoom_control=not options.printed)
    fmap.default_js = _local(_MAP_JS) + ([("qwebchannel", QWEBCHANNEL_JS)]
                                         if options.for_app else [])
    fmap.default_css = _local(_MAP_CSS)
    figure: Any = fmap.get_root()
    figure.header.add_child(Element('<meta name="referrer" content="no-referrer">'),
                            name="referrer")
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


def _page_parts(store: Store, filters: MapFilters, options: MapOptions,
                data: dict[str, Any] | None) -> tuple[str, str, str]:
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


def page_html(store: Store, filters: MapFilters = MapFilters(),
              options: MapOptions = MapOptions(),
              data: dict[str, Any] | None = None) -> str:
    """The map page for the app's web view (assets on the ``officedesk:`` scheme).

    The records and options go in after folium has rendered, as one JSON document.
    """
    head, block, rest = _page_parts(store, filters, options, data)
    return head + block + rest


# --------------------------------------------------------------------------- one-file export

_SCRIPT_TAG = re.compile(r'<script src="' + re.escape(ASSET_PREFIX) + r'([^"]+)"></script>')
_CSS_TAG = re.compile(r'<link rel="stylesheet" href="' + re.escape(ASSET_PREFIX)
                      + r'([^"]+)"/>')
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


def standalone_html(store: Store, filters: MapFilters = MapFilters(),
                    compact: bool = False) -> str:
    """One self-contained HTML file (every script, style and image inlined, no tiles)
    that opens offline in any browser.

    Only folium's page is searched for assets to inline, never the data block: a name
    that reads like an asset's address or a ``<script>`` tag stays a name.
    """
    head, block, rest = _page_parts(store, filters,
                                    MapOptions(compact=compact, for_app=False), None)

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
        return cls(offices, len(data["links"]), len(data["organizations"]),
                   len(data["projects"]), int(data["unplaced"]))
