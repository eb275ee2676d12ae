"""What the database already holds, loaded once per dry run, to find duplicates fast.

A row duplicates a contact with the same e-mail address (any case), or with the same
name in the same organization, where names match across spellings and scripts
(张伟 = Zhang Wei = Wei Zhang, Müller = Mueller; see
:func:`~office_desk.core.name_folding.name_key`). An organization duplicates one with
the same name. Everything is read in plain Core queries into dicts, so checking a row
is a few dict look-ups, never a query.

:func:`database_state` is a fingerprint of the tables an import reads; the import
compares it with the dry run's to refuse a plan made on data that changed since.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select

from ..models import Contact, Office, Organization, Tag, TagLink, person_name
from ..name_folding import name_key

_CONTACT = Contact.__table__  # type: ignore[attr-defined]
_ORGANIZATION = Organization.__table__  # type: ignore[attr-defined]
_OFFICE = Office.__table__  # type: ignore[attr-defined]
_TAG = Tag.__table__  # type: ignore[attr-defined]
_TAG_LINK = TagLink.__table__  # type: ignore[attr-defined]


_WORD = re.compile(r"\w+", re.UNICODE)


class NameKeys:
    """:func:`~office_desk.core.name_folding.name_key` with a memory (a file repeats
    names; the key of a Chinese name costs a pinyin look-up), and plain ASCII folded
    directly (the same key: nothing to transliterate)."""

    def __init__(self) -> None:
        self.cache: dict[str, str] = {}

    def _key(self, text: str) -> str:
        if text.isascii():
            return " ".join(sorted(_WORD.findall(text.lower())))
        return name_key(text)

    def __call__(self, text: str) -> str:
        key = self.cache.get(text)
        if key is None:
            key = self.cache[text] = self._key(text) if text else ""
        return key

    def of_person(self, given: str, family: str, native: str) -> set[str]:
        """The keys a person is found under: the Latin name's, the native form itself,
        and the native form's pinyin when there is no Latin name to match (a person
        written in both forms has the pinyin as the Latin name: the pinyin look-up,
        the costly part, is needed only for a name given in Han script alone)."""
        latin = f"{given} {family}".strip()
        keys = {self(latin)} if latin else set()
        if native:
            keys.add("=" + "".join(native.split()).casefold())
            if not latin:
                keys.add(self(native))
        keys.discard("")
        return keys


def organization_key(name: str) -> str:
    """How organization names are compared: any case, spaces collapsed."""
    return " ".join(name.split()).casefold()


def display_name(given: str, family: str, native: str, family_first: bool, title: str = "") -> str:
    """Contact.display_name for plain values."""
    return person_name(given, family, native, family_first, title)


def database_state(conn: Connection) -> tuple[Any, ...]:
    """A fingerprint of offices, organizations and contacts: any record added, edited
    or deleted changes it."""
    state: list[Any] = []
    for table in (_OFFICE, _ORGANIZATION, _CONTACT):
        state.extend(
            conn.execute(
                select(
                    func.count(),
                    func.max(table.c.updated_at),
                    func.count(table.c.deleted_at),
                    func.max(table.c.deleted_at),
                )
            ).one()
        )
    return tuple(state)


@dataclass
class Organizations:
    """Live organizations by name and native name (any case)."""

    by_name: dict[str, uuid.UUID] = field(default_factory=dict)
    names: dict[uuid.UUID, str] = field(default_factory=dict)

    def find(self, name: str) -> uuid.UUID | None:
        return self.by_name.get(organization_key(name))


def load_organizations(conn: Connection) -> Organizations:
    found = Organizations()
    rows = conn.execute(
        select(_ORGANIZATION.c.id, _ORGANIZATION.c.name, _ORGANIZATION.c.name_native)
        .where(_ORGANIZATION.c.deleted_at.is_(None))
        .order_by(_ORGANIZATION.c.created_at)
    ).all()
    for org_id, name, native in rows:
        found.names[org_id] = name
        for text in (name, native):
            if text:
                found.by_name.setdefault(organization_key(text), org_id)
    return found


def load_offices(conn: Connection) -> list[tuple[uuid.UUID, str, str, str]]:
    rows = conn.execute(
        select(_OFFICE.c.id, _OFFICE.c.name, _OFFICE.c.name_native, _OFFICE.c.city).where(
            _OFFICE.c.deleted_at.is_(None)
        )
    ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


@dataclass
class Index:
    """Records (existing ones, or rows of the file) by e-mail and by name key."""

    by_email: dict[str, list[Any]] = field(default_factory=dict)
    by_name: dict[tuple[str, str], list[Any]] = field(default_factory=dict)
    #: What each record is called, as the parts of its name (made into text on demand).
    names: dict[Any, tuple[Any, ...]] = field(default_factory=dict)

    def title(self, ref: Any) -> str:
        parts = self.names.get(ref, ("",))
        return display_name(*parts) if len(parts) == 5 else str(parts[0])

    def add(self, ref: Any, emails: Iterable[str], names: set[str], group: str) -> None:
        for address in emails:
            self.by_email.setdefault(address.casefold(), []).append(ref)
        for key in names:
            self.by_name.setdefault((key, group), []).append(ref)


def load_contacts(conn: Connection, keys: NameKeys) -> Index:
    index = Index()
    c = _CONTACT.c
    rows = conn.execute(
        select(
            c.id,
            c.given_name,
            c.family_name,
            c.name_native,
            c.family_name_first,
            c.title,
            c.organization_id,
            c.emails,
        )
        .where(c.deleted_at.is_(None))
        .order_by(c.created_at)
    ).all()
    for contact_id, given, family, native, family_first, title, org_id, emails in rows:
        index.names[contact_id] = (given, family, native, family_first, title)
        index.add(
            contact_id, emails, keys.of_person(given, family, native), org_id.hex if org_id else ""
        )
    return index


def load_organization_index(conn: Connection, keys: NameKeys) -> Index:
    index = Index()
    g = _ORGANIZATION.c
    rows = conn.execute(
        select(g.id, g.name, g.name_native).where(g.deleted_at.is_(None)).order_by(g.created_at)
    ).all()
    for org_id, name, native in rows:
        index.names[org_id] = (name,)
        index.add(org_id, (), {keys(name), keys(native)} - {""}, "")
    return index


def load_records(conn: Connection, table: Any, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict]:
    """The stored fields of the live records ``ids`` (plain dicts), 500 per query."""
    found: dict[uuid.UUID, dict] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            select(table).where(table.c.id.in_(chunk), table.c.deleted_at.is_(None))
        ).mappings()
        for row in rows:
            found[row["id"]] = dict(row)
    return found


def tag_key(name: str) -> str:
    """How tag names are compared (as the editor does): any case, spaces collapsed."""
    return " ".join(name.split()).casefold()


def load_tag_ids(conn: Connection) -> dict[str, uuid.UUID]:
    """The live tags by :func:`tag_key` of their names."""
    rows = conn.execute(
        select(_TAG.c.id, _TAG.c.name)
        .where(_TAG.c.deleted_at.is_(None))
        .order_by(_TAG.c.created_at)
    ).all()
    found: dict[str, uuid.UUID] = {}
    for tag_id, name in rows:
        found.setdefault(tag_key(name), tag_id)
    return found


def load_tags(conn: Connection, column: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """The names of the live tags on each record of ``ids`` (``column`` is the link's
    "contact_id" or "organization_id"), 500 records per query."""
    found: dict[uuid.UUID, list[str]] = {}
    owner = _TAG_LINK.c[column]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            select(owner, _TAG.c.name)
            .select_from(_TAG_LINK.join(_TAG, _TAG.c.id == _TAG_LINK.c.tag_id))
            .where(owner.in_(chunk), _TAG_LINK.c.deleted_at.is_(None), _TAG.c.deleted_at.is_(None))
            .order_by(func.lower(_TAG.c.name))
        ).all()
        for record_id, name in rows:
            found.setdefault(record_id, []).append(name)
    return found
