"""Who is linked to whom: what a record's details panel lists and lets the user open."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import select

from ..database import Store
from ..locale_format import sort_key
from ..models import (
    ENTITY_TABLES,
    Contact,
    Event,
    EventContact,
    EventOrganization,
    EventProject,
    Office,
    Organization,
    Project,
    ProjectContact,
    ProjectPartner,
    Record,
    Tag,
    TagLink,
)
from ..vocabulary import PartnerRole


@dataclass(frozen=True)
class Link:
    """A linked record as a line in the details panel."""

    kind: str
    id: uuid.UUID
    title: str
    note: str = ""


@dataclass
class Related:
    """Everything linked to one record, grouped under headings."""

    groups: dict[str, list[Link]]
    tags: list[str]


def _contact_link(c: Contact, note: str = "") -> Link:
    return Link("contact", c.id, c.display_name, note or c.position)


def _project_link(p: Project, note: str = "") -> Link:
    return Link("project", p.id, p.title, note or p.stage.replace("_", " "))


def _event_link(e: Event) -> Link:
    return Link("event", e.id, e.title, e.starts_on.isoformat())


def _org_link(o: Organization, note: str = "") -> Link:
    return Link("organization", o.id, o.name, note or o.city)


def _office_link(o: Office, note: str = "") -> Link:
    return Link("office", o.id, o.name, note or o.city)


def _role(value: str) -> str:
    try:
        return PartnerRole(value).label
    except ValueError:
        return value


def related(store: Store, kind: str, record_id: uuid.UUID) -> Related:
    """The linked records of one record, for its details panel."""
    groups: dict[str, list[Link]] = {}
    with store.session() as s:
        tags = list(s.exec(
            select(Tag.name).join(TagLink, TagLink.tag_id == Tag.id)
            .where(getattr(TagLink, f"{kind}_id") == record_id)
            .order_by(func.lower(Tag.name))
        ).all())
        record: Record | None = s.get(ENTITY_TABLES[kind], record_id)
        if record is None:
            return Related({}, [])
        office_id = getattr(record, "office_id", None)
        if office_id is not None:
            office = s.get(Office, office_id)
            if office is not None:
                groups["Office"] = [_office_link(office)]
        if isinstance(record, Office):
            if record.counterpart_id:
                twin = s.get(Office, record.counterpart_id)
                if twin is not None:
                    groups["Counterpart office"] = [_office_link(twin)]
            groups["Contacts"] = [_contact_link(c) for c in s.exec(
                select(Contact).where(Contact.office_id == record_id)
                .order_by(func.lower(Contact.family_name)))]
            groups["Organizations"] = [_org_link(o) for o in s.exec(
                select(Organization).where(Organization.office_id == record_id)
                .order_by(func.lower(Organization.name)))]
            groups["Projects"] = [_project_link(p) for p in s.exec(
                select(Project).where(Project.office_id == record_id).order_by(Project.title))]
            groups["Events"] = [_event_link(e) for e in s.exec(
                select(Event).where(Event.office_id == record_id)
                .order_by(Event.starts_on.desc()))]  # type: ignore[attr-defined]
        elif isinstance(record, Organization):
            groups["People"] = [_contact_link(c) for c in s.exec(
                select(Contact).where(Contact.organization_id == record_id)
                .order_by(func.lower(Contact.family_name)))]
            groups["Projects"] = [_project_link(p, _role(pp.role)) for pp, p in s.exec(
                select(ProjectPartner, Project)
                .join(Project, Project.id == ProjectPartner.project_id)
                .where(ProjectPartner.organization_id == record_id).order_by(Project.title))]
            groups["Events"] = [_event_link(e) for e in s.exec(
                select(Event).join(EventOrganization, EventOrganization.event_id == Event.id)
                .where(EventOrganization.organization_id == record_id)
                .order_by(Event.starts_on.desc()))]  # type: ignore[attr-defined]
        elif isinstance(record, Contact):
            if record.organization_id:
                org = s.get(Organization, record.organization_id)
                if org is not None:
                    groups["Organization"] = [_org_link(org)]
            groups["Projects"] = [_project_link(p, pc.role) for pc, p in s.exec(
                select(ProjectContact, Project)
                .join(Project, Project.id == ProjectContact.project_id)
                .where(ProjectContact.contact_id == record_id).order_by(Project.title))]
            groups["Events"] = [_event_link(e) for e in s.exec(
                select(Event).join(EventContact, EventContact.event_id == Event.id)
                .where(EventContact.contact_id == record_id)
                .order_by(Event.starts_on.desc()))]  # type: ignore[attr-defined]
        elif isinstance(record, Project):
            groups["Partners"] = [_org_link(o, _role(pp.role)) for pp, o in s.exec(
                select(ProjectPartner, Organization)
                .join(Organization, Organization.id == ProjectPartner.organization_id)
                .where(ProjectPartner.project_id == record_id)
                .order_by(ProjectPartner.role, Organization.name))]
            groups["People"] = [_contact_link(c, pc.role) for pc, c in s.exec(
                select(ProjectContact, Contact)
                .join(Contact, Contact.id == ProjectContact.contact_id)
                .where(ProjectContact.project_id == record_id)
                .order_by(func.lower(Contact.family_name)))]
            groups["Events"] = [_event_link(e) for e in s.exec(
                select(Event).join(EventProject, EventProject.event_id == Event.id)
                .where(EventProject.project_id == record_id)
                .order_by(Event.starts_on.desc()))]  # type: ignore[attr-defined]
        elif isinstance(record, Event):
            groups["Organizations"] = [_org_link(o) for o in s.exec(
                select(Organization)
                .join(EventOrganization, EventOrganization.organization_id == Organization.id)
                .where(EventOrganization.event_id == record_id).order_by(Organization.name))]
            groups["People"] = [_contact_link(c) for c in s.exec(
                select(Contact).join(EventContact, EventContact.contact_id == Contact.id)
                .where(EventContact.event_id == record_id)
                .order_by(func.lower(Contact.family_name)))]
            groups["Projects"] = [_project_link(p) for p in s.exec(
                select(Project).join(EventProject, EventProject.project_id == Project.id)
                .where(EventProject.event_id == record_id).order_by(Project.title))]
    return Related({k: v for k, v in groups.items() if v}, tags)


def choices(store: Store, kind: str) -> list[tuple[uuid.UUID, str]]:
    """(id, name) of every live record of a kind, for pickers, sorted by name."""
    model = ENTITY_TABLES[kind]
    with store.session() as s:
        rows = s.exec(select(model)).all()
    named: list[tuple[uuid.UUID, str]] = []
    for r in rows:
        if isinstance(r, Contact):
            named.append((r.id, r.display_name))
        elif isinstance(r, (Project, Event)):
            named.append((r.id, r.title))
        else:
            named.append((r.id, str(getattr(r, "name", ""))))
    return sorted(named, key=lambda pair: sort_key(pair[1]))
