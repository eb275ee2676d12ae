"""What the network map shows: offices, the links between them, organizations, projects.

:func:`network_data` reads the offices, their links, and the organizations and
projects that have coordinates, with the same filters as the lists (office, country,
stage, sector, tag: :class:`MapFilters`), into plain JSON-ready data whose every user
text is already escaped (:func:`escape`), with the legend that explains the colours. A
map filtered to one office also shows that office's counterpart and the line between
them. The page that draws this data is made by :mod:`office_desk.core.network_map`.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pycountry
from sqlalchemy import exists
from sqlmodel import col, select

from .countries import country_name
from .i18n import translate
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


# --------------------------------------------------------------------------- what to show


@dataclass(frozen=True)
class MapFilters:
    """The same filters as the lists: empty values mean "all"."""

    office_id: uuid.UUID | None = None
    country: str = ""
    stage: str = ""
    sector: str = ""
    tag_id: uuid.UUID | None = None


#: No filter: the whole network.
NO_FILTERS = MapFilters()


# --------------------------------------------------------------------------- the records


def _with_tag(model: type[Record], kind: str, tag_id: uuid.UUID) -> Any:
    column = getattr(TagLink, f"{kind}_id")
    return exists().where(
        column == model.id,
        TagLink.tag_id == tag_id,  # type: ignore[arg-type]
        col(TagLink.deleted_at).is_(None),
    )


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
    candidates.sort(
        key=lambda o: (
            per_country[o.country],
            o.established_on is None,
            o.established_on or 0,
            o.name,
        )
    )
    return candidates[0]


def _office_item(office: Office, home: bool, names: dict[uuid.UUID, str]) -> dict[str, Any]:
    since = (
        translate("NetworkMap", " · since {year}").format(year=office.established_on.year)
        if office.established_on
        else ""
    )
    counterpart = names.get(office.counterpart_id) if office.counterpart_id else None
    status = translate("NetworkMap", "{status} office").format(
        status=_label(OfficeStatus, office.status)
    )
    lines = [
        _place(office.city, office.country),
        status + since + (translate("NetworkMap", " · home office") if home else ""),
        translate("NetworkMap", "Counterpart: {name}").format(name=counterpart)
        if counterpart
        else "",
        translate("NetworkMap", "Focus: {areas}").format(areas=", ".join(office.focus_areas))
        if office.focus_areas
        else "",
    ]
    return {
        "id": str(office.id),
        "lat": office.latitude,
        "lon": office.longitude,
        "label": escape(office.city or office.name),
        "tooltip": escape(office.name),
        "popup": _popup(office.name, office.name_native, lines),
        "home": home,
        "status": office.status if office.status in OfficeStatus.values() else "active",
    }


def _organization_item(org: Organization, offices: dict[uuid.UUID, str]) -> dict[str, Any]:
    lines = [
        " · ".join(p for p in (_label(OrganizationKind, org.kind), org.sector) if p),
        _place(org.city, org.country),
        translate("NetworkMap", "Looked after by {office}").format(office=offices[org.office_id])
        if org.office_id in offices
        else "",
    ]
    return {
        "id": str(org.id),
        "lat": org.latitude,
        "lon": org.longitude,
        "color": ORGANIZATION_COLORS.get(org.kind, OTHER_COLOR),
        "tooltip": escape(org.name),
        "popup": _popup(org.name, org.name_native, lines),
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
        if project.office_id in offices
        else "",
    ]
    return {
        "id": str(project.id),
        "lat": project.latitude,
        "lon": project.longitude,
        "color": STAGE_COLORS.get(project.stage, OTHER_COLOR),
        "tooltip": escape(project.title),
        "popup": _popup(project.title, project.title_native, lines),
    }


def _links(
    shown: list[Office], home: Office | None, names: dict[uuid.UUID, str]
) -> list[dict[str, Any]]:
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
        elif (
            home is not None
            and home.id in placed
            and office.id != home.id
            and office.counterpart_id is None
            and office.id not in named
        ):
            other = placed[home.id]
            kind, text = "home", f"{office.name} — home office {other.name}"
        else:
            continue
        links.append(
            {
                "from": [office.latitude, office.longitude],
                "to": [other.latitude, other.longitude],
                "kind": kind,
                "tooltip": escape(text),
            }
        )
    return links


def _legend(
    offices: list[dict[str, Any]],
    links: list[dict[str, Any]],
    organizations: list[Organization],
    projects: list[Project],
    unplaced: int,
) -> list[dict[str, Any]]:
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
        rows.append(
            item(translate("NetworkMap", "Counterpart offices"), LINK_COLORS["counterpart"], "line")
        )
    if "home" in kinds:
        rows.append(
            item(translate("NetworkMap", "Tie to the home office"), LINK_COLORS["home"], "dashed")
        )
    if rows:
        sections.append({"title": escape(translate("NetworkMap", "Network")), "items": rows})
    org_kinds = {o.kind for o in organizations}
    if org_kinds:
        sections.append(
            {
                "title": escape(translate("NetworkMap", "Organizations")),
                "items": [
                    item(
                        _label(OrganizationKind, k), ORGANIZATION_COLORS.get(k, OTHER_COLOR), "dot"
                    )
                    for k in [*ORGANIZATION_COLORS, *sorted(org_kinds - set(ORGANIZATION_COLORS))]
                    if k in org_kinds
                ],
            }
        )
    stages = {p.stage for p in projects}
    if stages:
        sections.append(
            {
                "title": escape(translate("NetworkMap", "Projects by stage")),
                "items": [
                    item(_label(ProjectStage, s), STAGE_COLORS.get(s, OTHER_COLOR), "diamond")
                    for s in [*STAGE_COLORS, *sorted(stages - set(STAGE_COLORS))]
                    if s in stages
                ],
            }
        )
    if unplaced:
        title = (
            translate("NetworkMap", "{count} office has no coordinates")
            if unplaced == 1
            else translate("NetworkMap", "{count} offices have no coordinates")
        )
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
        naming = sorted((o for o in offices if o.counterpart_id == office_id), key=lambda o: o.name)
        other = naming[0] if naming else None
    return other if other is not None and other.id != office_id else None


def _numeric_country(code: str) -> str | None:
    country = pycountry.countries.get(alpha_2=code.upper()) if code else None
    return str(country.numeric) if country is not None else None


def network_data(
    store: Store, filters: MapFilters = NO_FILTERS, home_office_id: uuid.UUID | None = None
) -> dict[str, Any]:
    """Everything the page draws, JSON-ready, every user text escaped.

    Keys: ``offices``, ``links``, ``organizations``, ``projects`` (lists of dicts with
    ``id``, ``lat``, ``lon``, ``tooltip``, ``popup``...), ``countries`` (ISO numeric
    codes of the offices' countries, tinted on the base map), ``legend``, ``bounds``
    (``[[south, west], [north, east]]`` or None) and ``unplaced`` (offices left off for
    want of coordinates; organizations and projects without them are simply not drawn).

    Filtered to one office, the map also shows that office's counterpart (marked
    ``"context": True``, not counted by
    :class:`~office_desk.core.network_map.MapSummary`) and the line to it, and the
    bounds take it in.
    """
    with store.session() as session:
        all_offices = list(session.exec(select(Office)).all())
        shown = list(session.exec(select(Office).where(*_office_conditions(filters))).all())
        organizations = list(
            session.exec(select(Organization).where(*_organization_conditions(filters))).all()
        )
        projects = list(session.exec(select(Project).where(*_project_conditions(filters))).all())
    names = {o.id: o.name for o in all_offices}
    home = (
        next((o for o in all_offices if o.id == home_office_id), None)
        if home_office_id
        else home_office(all_offices)
    )
    placed = [o for o in shown if o.latitude is not None and o.longitude is not None]
    unplaced = len(shown) - len(placed)
    context: set[uuid.UUID] = set()
    if filters.office_id is not None and any(o.id == filters.office_id for o in placed):
        other = counterpart_of(filters.office_id, all_offices)
        if (
            other is not None
            and other.latitude is not None
            and other.longitude is not None
            and all(o.id != other.id for o in placed)
        ):
            placed.append(other)
            shown = [*shown, other]
            context.add(other.id)
    office_items = [_office_item(o, home is not None and o.id == home.id, names) for o in placed]
    for item in office_items:
        item["context"] = uuid.UUID(item["id"]) in context
    links = _links(shown, home, names)
    drawn: list[Office | Organization | Project] = [*placed, *organizations, *projects]
    points = [
        (r.latitude, r.longitude)
        for r in drawn
        if r.latitude is not None and r.longitude is not None
    ]
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
