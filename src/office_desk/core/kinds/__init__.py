"""The record kinds the user keeps, and their fields: one home for each.

Each kind has one module here declaring its :class:`~.spec.RecordKind`: the model,
the fields in the order a reader meets them (each with its label, value type,
formatter and the surfaces it appears on), the link tables and references a delete
touches, the kinds whose lists show its names, and what the app says about it in
whole sentences. Lists, details, editors, exports, reports, the search index, backup
counts, packages and the delete question all read from here::

    from office_desk.core import kinds

    for kind in kinds.KINDS: ...
    kinds.get("project").on(kinds.Surface.LIST)

A new field is declared in its kind's module (and added to the model, with a
migration); a new kind is a new module listed in :data:`KINDS`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlmodel import Session, select

from . import contact, event, office, organization, project
from .spec import (
    NO_NAMES,
    FieldSpec,
    LinkTable,
    NameBook,
    Names,
    Phrases,
    RecordKind,
    Reference,
    Surface,
)

#: Every kind, in the order the app lists them (sidebar, menus, counts).
KINDS: tuple[RecordKind, ...] = (
    office.KIND,
    organization.KIND,
    contact.KIND,
    project.KIND,
    event.KIND,
)
#: The kinds by name ("office"...).
BY_NAME: dict[str, RecordKind] = {k.name: k for k in KINDS}
#: The kinds by the CLI's plural ("offices"...).
BY_PLURAL: dict[str, RecordKind] = {k.plural: k for k in KINDS}
#: The kinds by model class.
BY_MODEL: dict[type[Any], RecordKind] = {k.model: k for k in KINDS}
#: The kind names, in order.
NAMES: tuple[str, ...] = tuple(BY_NAME)


class UnknownKind(KeyError):
    """A kind name the app does not know."""


def get(name: str) -> RecordKind:
    """The kind called ``name`` ("office"), or :class:`UnknownKind`."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise UnknownKind(name) from None


def of(record: object) -> RecordKind:
    """The kind of ``record`` (an instance of one of the kinds' models)."""
    return BY_MODEL[type(record)]


def dependent_kinds(name: str) -> set[str]:
    """The kinds whose lists change when a record of kind ``name`` changes (they show
    its name), itself included."""
    return {name, *get(name).shown_by}


_CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


def names_for(session: Session, fields: Iterable[FieldSpec], records: Iterable[Any]) -> NameBook:
    """The names of the records that ``fields`` of ``records`` refer to ("record"
    fields: a contact's organization, a project's office), looked up in bulk: one
    query per kind referred to, whatever the number of records. Deleted records are
    not found: a reference to one reads as empty."""
    references = [f for f in fields if f.value == "record"]
    wanted: dict[str, set[uuid.UUID]] = {}
    for values in records:
        for f in references:
            record_id = getattr(values, f.columns[0])
            if record_id is not None:
                wanted.setdefault(f.refers_to, set()).add(record_id)
    names: dict[str, dict[uuid.UUID, str]] = {}
    for name, ids in wanted.items():
        kind = get(name)
        model = kind.model
        found = names.setdefault(name, {})
        ordered = sorted(ids)
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start : start + _CHUNK]
            for record in session.exec(select(model).where(model.id.in_(chunk))):
                found[record.id] = kind.title_of(record)
    return NameBook(names)


__all__ = [
    "BY_MODEL",
    "BY_NAME",
    "BY_PLURAL",
    "KINDS",
    "NAMES",
    "NO_NAMES",
    "FieldSpec",
    "LinkTable",
    "NameBook",
    "Names",
    "Phrases",
    "RecordKind",
    "Reference",
    "Surface",
    "UnknownKind",
    "dependent_kinds",
    "get",
    "names_for",
    "of",
]
