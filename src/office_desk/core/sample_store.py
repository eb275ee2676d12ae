"""Create the sample network as a new database file.

The sample's records are data (:mod:`office_desk.core.sample_network`, one module per
kind); this module writes them: :func:`create_sample` makes the file, :func:`populate`
adds the records to a session with their fixed ids, tags and links.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlmodel import Session, SQLModel

from . import kinds
from . import vocabulary as v
from .models import (
    Contact,
    Event,
    EventContact,
    EventOrganization,
    EventProject,
    ExchangeRate,
    Office,
    Organization,
    Project,
    ProjectContact,
    ProjectPartner,
    Tag,
    TagLink,
)
from .sample_network import (
    EXAMPLE_PREFIX,
    EXAMPLE_TAG,
    PRESS_TAG,
    TAGS,
    contacts,
    events,
    exchange_rates,
    offices,
    organizations,
    projects,
    sample_id,
)
from .services.records import count
from .store.database import StoreError, open_store


def create_sample(path: Path) -> dict[str, int]:
    """Write the sample network to the new file ``path``; returns counts per kind.

    All or nothing: if anything fails, the half-made file is removed.
    """
    if path.exists():
        raise StoreError(f"{path}: already exists; the sample is only written to a new file")
    store = open_store(path, create=True)
    try:
        with store.write() as session:
            populate(session)
        return {kind.plural: count(store, kind.model) for kind in kinds.KINDS}
    except BaseException:
        store.close()
        for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        store.close()


_CHOICES: dict[tuple[type[SQLModel], str], type[v._Choice]] = {
    (Office, "status"): v.OfficeStatus,
    (Organization, "kind"): v.OrganizationKind,
    (Contact, "legal_basis"): v.LegalBasis,
    (Project, "kind"): v.ProjectKind,
    (Project, "stage"): v.ProjectStage,
    (Event, "kind"): v.EventKind,
    (ProjectPartner, "role"): v.PartnerRole,
}

_KIND_OF: dict[type[SQLModel], str] = {
    Office: "office",
    Organization: "organization",
    Contact: "contact",
    Project: "project",
    Event: "event",
}


class _Builder:
    """Adds sample rows to a session, with fixed ids.

    Link rows (partners, participants, tag links) are held back in ``links`` until the
    records they point at have been flushed: the models have no ``relationship()``, so
    the unit of work cannot order inserts across tables by itself.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.tag_links: list[tuple[str, str, str]] = []  # (tag, kind, key)
        self.links: list[SQLModel] = []

    def add(self, model: type[SQLModel], key: str, *, later: bool = False, **fields: Any) -> Any:
        for (choice_model, field), choices in _CHOICES.items():
            if choice_model is model and field in fields and fields[field] not in choices.values():
                raise ValueError(f"{model.__name__}.{field}: {fields[field]!r} is not valid")
        record = model(id=sample_id(key), **fields)
        if later:
            self.links.append(record)
        else:
            self.session.add(record)
        return record

    def entity(
        self, model: type[SQLModel], row: dict[str, Any], *, example: bool, **extra: Any
    ) -> Any:
        """Add one office/organization/contact/project/event from its table row."""
        kind = _KIND_OF[model]
        fields = dict(row)
        key = fields.pop("key")
        tags = list(fields.pop("tags", ()))
        for ref in ("office", "organization"):
            if ref in fields:
                target = fields.pop(ref)
                fields[f"{ref}_id"] = sample_id(f"{ref}:{target}") if target else None
        text_field = "description" if model is Project else "notes"
        if example:
            fields[text_field] = EXAMPLE_PREFIX + fields.get(text_field, "")
            tags.insert(0, EXAMPLE_TAG)
        elif PRESS_TAG not in tags:
            tags.insert(0, PRESS_TAG)
        self.tag_links.extend((tag, kind, key) for tag in tags)
        return self.add(model, f"{kind}:{key}", **fields, **extra)

    def project(self, row: dict[str, Any], *, example: bool) -> None:
        fields = dict(row)
        partners = fields.pop("partners", ())
        contacts = fields.pop("contacts", ())
        self.entity(Project, fields, example=example)
        project = fields["key"]
        for org, role in partners:
            self.add(
                ProjectPartner,
                f"project_partner:{project}:{org}:{role}",
                later=True,
                project_id=sample_id(f"project:{project}"),
                organization_id=sample_id(f"organization:{org}"),
                role=role,
            )
        for person, role in contacts:
            self.add(
                ProjectContact,
                f"project_contact:{project}:{person}",
                later=True,
                project_id=sample_id(f"project:{project}"),
                contact_id=sample_id(f"contact:{person}"),
                role=role,
            )

    def event(self, row: dict[str, Any], *, example: bool) -> None:
        fields = dict(row)
        links: dict[str, tuple[type[SQLModel], Iterable[str]]] = {
            "organization": (EventOrganization, fields.pop("organizations", ())),
            "contact": (EventContact, fields.pop("contacts", ())),
            "project": (EventProject, fields.pop("projects", ())),
        }
        self.entity(Event, fields, example=example)
        event = fields["key"]
        for kind, (model, keys) in links.items():
            for target in keys:
                self.add(
                    model,
                    f"event_{kind}:{event}:{target}",
                    later=True,
                    event_id=sample_id(f"event:{event}"),
                    **{f"{kind}_id": sample_id(f"{kind}:{target}")},
                )

    def link_tags(self) -> None:
        for tag, kind, key in self.tag_links:
            self.add(
                TagLink,
                f"tag_link:{tag}:{kind}:{key}",
                later=True,
                tag_id=sample_id(f"tag:{tag}"),
                **{f"{kind}_id": sample_id(f"{kind}:{key}")},
            )


def _add_exchange_rates(b: _Builder) -> None:
    series: list[tuple[date, str, str]] = [
        *((date(year, 1, 1), "EUR", rate) for year, rate in exchange_rates.EUR_CNY.items()),
        *((day, "EUR", rate) for day, rate in exchange_rates.EUR_CNY_MID_YEAR.items()),
        *((date(year, 1, 1), "USD", rate) for year, rate in exchange_rates.USD_CNY.items()),
    ]
    for on, base, rate in series:
        b.add(
            ExchangeRate,
            f"exchange_rate:{base}:CNY:{on.isoformat()}",
            on=on,
            base=base,
            quote="CNY",
            rate=Decimal(rate),
            source=exchange_rates.RATE_SOURCE,
        )


def populate(session: Session) -> None:
    """Add the whole sample network to ``session``; the caller commits.

    The records are flushed in three steps inside the caller's transaction (offices,
    organizations, then the rest) so that every foreign key points at a row already
    written; the Dresden office and its Jinan counterpart point at each other, so the
    Dresden side's ``counterpart_id`` is set after the first flush. Nothing is committed:
    a rollback discards everything.
    """
    b = _Builder(session)
    for name, color in TAGS:
        b.add(Tag, f"tag:{name}", name=name, color=color)

    dresden = b.entity(Office, offices.FACT_OFFICES[0], example=False)
    b.entity(Office, offices.FACT_OFFICES[1], example=False, counterpart_id=dresden.id)
    for row in offices.EXAMPLE_OFFICES:
        b.entity(Office, row, example=True)
    session.flush()
    dresden.counterpart_id = sample_id("office:jinan")

    for row in organizations.FACT_ORGANIZATIONS:
        b.entity(Organization, row, example=False)
    for row in organizations.EXAMPLE_ORGANIZATIONS:
        b.entity(Organization, row, example=True)
    session.flush()

    for row in contacts.CONTACTS:
        b.entity(Contact, row, example=True)
    for row in projects.FACT_PROJECTS:
        b.project(row, example=False)
    for row in projects.EXAMPLE_PROJECTS:
        b.project(row, example=True)
    for row in events.FACT_EVENTS:
        b.event(row, example=False)
    for row in events.EXAMPLE_EVENTS:
        b.event(row, example=True)
    session.flush()

    b.link_tags()
    session.add_all(b.links)
    _add_exchange_rates(b)
