"""Who is linked to whom: what a record's details panel lists and lets the user open."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import col, select

from .. import kinds
from ..countries import country_name
from ..i18n import translate
from ..locale_format import format_date, format_date_range, sort_key
from ..models import (
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
    person_name,
)
from ..name_folding import german_transliteration, has_cjk, pinyin, strip_accents
from ..record_facts import title_of
from ..store.database import Store
from ..vocabulary import PartnerRole, ProjectStage, label_of


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
        tags = list(
            s.exec(
                select(Tag.name)
                .join(TagLink, col(TagLink.tag_id) == col(Tag.id))
                .where(getattr(TagLink, f"{kind}_id") == record_id)
                .order_by(func.lower(Tag.name))
            ).all()
        )
        record: Record | None = s.get(kinds.get(kind).model, record_id)
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
            groups["Contacts"] = [
                _contact_link(c)
                for c in s.exec(
                    select(Contact)
                    .where(Contact.office_id == record_id)
                    .order_by(func.lower(Contact.family_name))
                )
            ]
            groups["Organizations"] = [
                _org_link(o)
                for o in s.exec(
                    select(Organization)
                    .where(Organization.office_id == record_id)
                    .order_by(func.lower(Organization.name))
                )
            ]
            groups["Projects"] = [
                _project_link(p)
                for p in s.exec(
                    select(Project).where(Project.office_id == record_id).order_by(Project.title)
                )
            ]
            groups["Events"] = [
                _event_link(e)
                for e in s.exec(
                    select(Event)
                    .where(Event.office_id == record_id)
                    .order_by(col(Event.starts_on).desc())
                )
            ]
        elif isinstance(record, Organization):
            groups["People"] = [
                _contact_link(c)
                for c in s.exec(
                    select(Contact)
                    .where(Contact.organization_id == record_id)
                    .order_by(func.lower(Contact.family_name))
                )
            ]
            groups["Projects"] = [
                _project_link(p, _role(pp.role))
                for pp, p in s.exec(
                    select(ProjectPartner, Project)
                    .join(Project, col(Project.id) == col(ProjectPartner.project_id))
                    .where(ProjectPartner.organization_id == record_id)
                    .order_by(Project.title)
                )
            ]
            groups["Events"] = [
                _event_link(e)
                for e in s.exec(
                    select(Event)
                    .join(EventOrganization, col(EventOrganization.event_id) == col(Event.id))
                    .where(EventOrganization.organization_id == record_id)
                    .order_by(col(Event.starts_on).desc())
                )
            ]
        elif isinstance(record, Contact):
            if record.organization_id:
                org = s.get(Organization, record.organization_id)
                if org is not None:
                    groups["Organization"] = [_org_link(org)]
            groups["Projects"] = [
                _project_link(p, pc.role)
                for pc, p in s.exec(
                    select(ProjectContact, Project)
                    .join(Project, col(Project.id) == col(ProjectContact.project_id))
                    .where(ProjectContact.contact_id == record_id)
                    .order_by(Project.title)
                )
            ]
            groups["Events"] = [
                _event_link(e)
                for e in s.exec(
                    select(Event)
                    .join(EventContact, col(EventContact.event_id) == col(Event.id))
                    .where(EventContact.contact_id == record_id)
                    .order_by(col(Event.starts_on).desc())
                )
            ]
        elif isinstance(record, Project):
            groups["Partners"] = [
                _org_link(o, _role(pp.role))
                for pp, o in s.exec(
                    select(ProjectPartner, Organization)
                    .join(Organization, col(Organization.id) == col(ProjectPartner.organization_id))
                    .where(ProjectPartner.project_id == record_id)
                    .order_by(ProjectPartner.role, Organization.name)
                )
            ]
            groups["People"] = [
                _contact_link(c, pc.role)
                for pc, c in s.exec(
                    select(ProjectContact, Contact)
                    .join(Contact, col(Contact.id) == col(ProjectContact.contact_id))
                    .where(ProjectContact.project_id == record_id)
                    .order_by(func.lower(Contact.family_name))
                )
            ]
            groups["Events"] = [
                _event_link(e)
                for e in s.exec(
                    select(Event)
                    .join(EventProject, col(EventProject.event_id) == col(Event.id))
                    .where(EventProject.project_id == record_id)
                    .order_by(col(Event.starts_on).desc())
                )
            ]
        elif isinstance(record, Event):
            groups["Organizations"] = [
                _org_link(o)
                for o in s.exec(
                    select(Organization)
                    .join(
                        EventOrganization,
                        col(EventOrganization.organization_id) == col(Organization.id),
                    )
                    .where(EventOrganization.event_id == record_id)
                    .order_by(Organization.name)
                )
            ]
            groups["People"] = [
                _contact_link(c)
                for c in s.exec(
                    select(Contact)
                    .join(EventContact, col(EventContact.contact_id) == col(Contact.id))
                    .where(EventContact.event_id == record_id)
                    .order_by(func.lower(Contact.family_name))
                )
            ]
            groups["Projects"] = [
                _project_link(p)
                for p in s.exec(
                    select(Project)
                    .join(EventProject, col(EventProject.project_id) == col(Project.id))
                    .where(EventProject.event_id == record_id)
                    .order_by(Project.title)
                )
            ]
    return Related({k: v for k, v in groups.items() if v}, tags)


class Choice(tuple[uuid.UUID, str]):
    """A record in a picker: unpacks as ``(id, name)`` like a pair, and carries
    ``detail``, what tells it apart from namesakes (a contact's organization, office and
    e-mail; an organization's city and country...), and ``label``, the two together."""

    detail: str

    def __new__(cls, record_id: uuid.UUID, name: str, detail: str = "") -> Choice:
        choice = super().__new__(cls, (record_id, name))
        choice.detail = detail
        return choice

    @property
    def id(self) -> uuid.UUID:
        return self[0]

    @property
    def name(self) -> str:
        return self[1]

    @property
    def label(self) -> str:
        """ "Wang Fang (王芳) — Haier Europe · Dresden Office · wang.fang@haier.de"."""
        return f"{self.name} — {self.detail}" if self.detail else self.name


def _joined(*parts: str) -> str:
    return " · ".join(p.strip() for p in parts if p and p.strip())


def _place(city: str, country: str) -> str:
    return ", ".join(p for p in (city.strip(), country_name(country)) if p)


def _details(
    record: Any, offices: dict[uuid.UUID, str], organizations: dict[uuid.UUID, str]
) -> tuple[str, str]:
    """What tells ``record`` apart, as (first look, more when that is not enough): what
    a picker shows beside the name. (The last resort, the day it was added, is worked
    out only for the few records that need it: formatting 100,000 dates is not free.)"""
    if isinstance(record, Organization):
        return (
            _place(record.city, record.country),
            _joined(record.sector, offices.get(record.office_id, "") if record.office_id else ""),
        )
    if isinstance(record, Office):
        return _place(record.city, record.country), record.address
    if isinstance(record, Project):
        return (
            _joined(
                label_of(ProjectStage, record.stage),
                record.destination,
                offices.get(record.office_id, "") if record.office_id else "",
            ),
            _joined(*(format_date(d) for d in (record.signed_on, record.announced_on) if d)),
        )
    if isinstance(record, Event):
        return (
            _joined(
                format_date_range(record.starts_on, record.ends_on),
                _place(record.city, record.country),
            ),
            _joined(record.place, offices.get(record.office_id, "") if record.office_id else ""),
        )
    # A contact row (see _contact_rows): organization, office, first e-mail; then
    # position, place, first phone.
    return (
        _joined(
            organizations.get(record.organization_id, "") if record.organization_id else "",
            offices.get(record.office_id, "") if record.office_id else "",
            record.email or "",
        ),
        _joined(record.position, _place(record.city, record.country), record.phone or ""),
    )


def _added(created_at: Any) -> str:
    return translate("Relations", "added {date}").format(date=format_date(created_at.date()))


def _contact_rows(session: Any) -> list[Any]:
    """The columns of live contacts a picker needs, without building 100,000 ORM
    objects or decoding every e-mail and phone list (the first of each is enough)."""
    table = Contact.__table__  # type: ignore[attr-defined]
    c = table.c
    statement = sa_select(
        c.id,
        c.given_name,
        c.family_name,
        c.name_native,
        c.family_name_first,
        c.title,
        c.organization_id,
        c.office_id,
        c.position,
        c.city,
        c.country,
        c.created_at,
        func.json_extract(c.emails, "$[0]").label("email"),
        func.json_extract(c.phones, "$[0]").label("phone"),
    ).where(c.deleted_at.is_(None))
    return list(session.connection().execute(statement).all())


def choices(store: Store, kind: str) -> list[Choice]:
    """Every live record of a kind, for pickers, sorted by name: each unpacks as
    ``(id, name)`` and carries the ``detail`` that tells namesakes apart (two
    "Wang Fang (王芳)" are shown with their organization, office and e-mail). Where
    that is not enough, more is added (position, place; at last the day it was added).
    People sort by their name, not their title ("Dr. Jürgen Müller" among the M's)."""
    model = kinds.get(kind).model
    with store.session() as s:
        offices = {o.id: o.name for o in s.exec(select(Office))}
        organizations = (
            {o.id: o.name for o in s.exec(select(Organization))} if kind == "contact" else {}
        )
        if kind == "contact":
            rows: list[Any] = _contact_rows(s)
            names = [
                (
                    r.id,
                    person_name(
                        r.given_name, r.family_name, r.name_native, r.family_name_first, r.title
                    ),
                    person_name(r.given_name, r.family_name, r.name_native, r.family_name_first),
                )
                for r in rows
            ]
        else:
            rows = list(s.exec(select(model)).all())
            names = [(r.id, title_of(r), title_of(r)) for r in rows]
    created = {r.id: r.created_at for r in rows}
    found: list[tuple[uuid.UUID, str, tuple[str, ...]]] = [
        (record_id, name, _details(r, offices, organizations))
        for (record_id, name, _sort_name), r in zip(names, rows, strict=True)
    ]
    labels: dict[uuid.UUID, str] = {}
    for depth in (1, 2, 3):
        seen: dict[tuple[str, str], int] = {}
        for record_id, name, details in found:
            detail = _joined(*details[:depth])
            labels[record_id] = detail
            key = (name.casefold(), detail.casefold())
            seen[key] = seen.get(key, 0) + 1
        if all(count == 1 for count in seen.values()):
            break
        # Deepen only the records that still look alike.
        alike = {key for key, count in seen.items() if count > 1}
        found = [
            (
                i,
                n,
                (*d, _added(created[i]))
                if (n.casefold(), labels[i].casefold()) in alike
                else (labels[i],),
            )
            for i, n, d in found
        ]
    sort_names = {record_id: sort_name for record_id, _name, sort_name in names}
    named = [Choice(record_id, name, labels[record_id]) for record_id, name, _ in found]
    return sorted(named, key=lambda c: (sort_key(sort_names[c.id]), sort_key(c.detail)))


def picker_search_key(label: str) -> str:
    """What a picker matches typed text against for ``label``: the label folded
    (case, accents: "Müller" → "muller"), with umlauts spelled out ("mueller") and the
    pinyin of Chinese characters, syllable by syllable and run together ("王芳" →
    "wang fang wangfang")."""
    parts = [
        strip_accents(label.casefold()),
        strip_accents(german_transliteration(label).casefold()),
    ]
    if has_cjk(label):
        syllables = pinyin(label)
        parts += [syllables, syllables.replace(" ", "")]
    return " ".join(parts)


def picker_matches(query: str, key: str) -> bool:
    """Whether every word typed (in any case, with or without accents) is in ``key``
    (from :func:`picker_search_key`): "wang fang", "王芳", "Mueller", "muller"."""
    return all(word in key for word in strip_accents(query.casefold()).split())
