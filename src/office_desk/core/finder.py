"""Find anything: the global search box and ``office-desk search`` both call :func:`find`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from . import search
from .countries import country_name
from .database import Store
from .models import ENTITY_TABLES, Contact, Event, Office, Organization, Project, Record
from .services.records import get_many


@dataclass(frozen=True)
class Found:
    kind: str
    id: uuid.UUID
    title: str
    detail: str


def _detail(record: Record) -> str:
    if isinstance(record, Office):
        return ", ".join(p for p in (record.city, country_name(record.country)) if p)
    if isinstance(record, Organization):
        return ", ".join(p for p in (record.name_native, record.city) if p)
    if isinstance(record, Contact):
        return ", ".join(p for p in (record.position, record.city) if p)
    if isinstance(record, Project):
        return record.stage.replace("_", " ")
    if isinstance(record, Event):
        return ", ".join(p for p in (record.starts_on.isoformat(), record.city) if p)
    return ""


def _title(record: Record) -> str:
    if isinstance(record, Contact):
        return record.display_name
    if isinstance(record, (Project, Event)):
        return record.title
    return str(getattr(record, "name", ""))


def find(store: Store, text: str, limit: int = 50) -> list[Found]:
    """Records of every kind matching ``text``, best first."""
    with store.session() as session:
        hits = search.search(session.connection(), text, limit)
    by_kind: dict[str, list[uuid.UUID]] = {}
    for hit in hits:
        by_kind.setdefault(hit.kind, []).append(hit.id)
    loaded: dict[uuid.UUID, Record] = {}
    for kind, ids in by_kind.items():
        loaded.update(get_many(store, ENTITY_TABLES[kind], ids))
    return [
        Found(hit.kind, hit.id, _title(loaded[hit.id]), _detail(loaded[hit.id]))
        for hit in hits
        if hit.id in loaded
    ]
