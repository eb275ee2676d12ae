"""A person with words found nowhere else, linked to a project, an event, a tag and an
organization of the sample network: what the people's-rights tests look for as bytes
in the database file after an erasure (Qt-free: used by tests/unit, gui and sync)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from office_desk.core.models import (
    Contact,
    Event,
    EventContact,
    Office,
    Organization,
    Project,
    ProjectContact,
    Tag,
    TagLink,
)
from office_desk.core.store.database import Store

GIVEN = "Quirinus"
FAMILY = "Xylandersson"
NATIVE = "席兰德森"
EMAIL = "q.xylandersson@example.net"
PHONE = "+49 30 98765432"
WECHAT = "WeChat: xylandersson_qq"
NOTE = "Prefers meetings on Thursdays, knows Zwiebelkuchen"
ROLE = "Chief Zwiebel advisor"
#: What must be gone from the file after the erasure, as the file stores it.
SECRETS: tuple[str, ...] = (GIVEN, FAMILY, NATIVE, EMAIL, PHONE, WECHAT, NOTE, ROLE)
#: Their words as the search index keeps them (lower case, one token each): an index
#: segment that was not merged away after the erasure still holds them.
TOKENS: tuple[str, ...] = ("xylandersson", "quirinus", "zwiebelkuchen", "98765432")


@dataclass(frozen=True)
class Person:
    id: uuid.UUID
    project_link: uuid.UUID
    event_link: uuid.UUID
    tag_link: uuid.UUID
    organization_id: uuid.UUID
    office_id: uuid.UUID


def add_person(store: Store, office_fragment: str = "Dresden") -> Person:
    """The person, in one write, with a project role, an event, a tag and an employer."""
    with store.write() as session:
        office = next(o for o in session.exec(select(Office)).all() if office_fragment in o.name)
        organization = session.exec(select(Organization).order_by(Organization.name)).first()
        project = session.exec(select(Project).order_by(Project.title)).first()
        event = session.exec(select(Event).order_by(Event.starts_on)).first()
        tag = session.exec(select(Tag).order_by(Tag.name)).first()
        assert organization and project and event and tag
        contact = Contact(
            given_name=GIVEN,
            family_name=FAMILY,
            name_native=NATIVE,
            title="Dr.",
            position="Director of Zwiebel research",
            organization_id=organization.id,
            office_id=office.id,
            city="Cottbus",
            country="DE",
            emails=[EMAIL],
            phones=[PHONE],
            messaging=[WECHAT],
            languages=["de", "zh"],
            last_contacted_on=date(2026, 1, 5),
            legal_basis="consent",
            legal_basis_note="consent by e-mail, 2025-03-01",
            notes=NOTE,
        )
        session.add(contact)
        session.flush()
        role = ProjectContact(project_id=project.id, contact_id=contact.id, role=ROLE)
        attends = EventContact(event_id=event.id, contact_id=contact.id)
        tagged = TagLink(tag_id=tag.id, contact_id=contact.id)
        session.add_all([role, attends, tagged])
        person = Person(contact.id, role.id, attends.id, tagged.id, organization.id, office.id)
    return person


def file_bytes(store: Store) -> bytes:
    """The database file and its ``-wal`` file, as bytes on the disk."""
    assert store.path is not None
    data = store.path.read_bytes()
    wal = store.path.with_name(store.path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return data


def secrets_in(data: bytes) -> list[str]:
    """The person's words found in ``data``: whole values, and the index's tokens."""
    return [s for s in (*SECRETS, *TOKENS) if s.encode("utf-8") in data]
