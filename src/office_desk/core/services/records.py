"""Create, read, update, soft-delete and restore records of any kind.

Every function opens its own short session on the store and returns plain, detached
objects: a view or the CLI never holds a session. Deleting leaves a tombstone on the
record and on every link row that points at it (same timestamp), so a restore brings
exactly those links back, and a later sync can carry the deletion to other copies.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import func, or_
from sqlmodel import select

from ..i18n import QT_TRANSLATE_NOOP, translate
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
from ..store.column_types import utcnow
from ..store.database import Store

R = TypeVar("R", bound=Record)


class RecordNotFound(LookupError):
    def __init__(self, model: type[Record], record_id: uuid.UUID) -> None:
        super().__init__(translate("Records", "no {kind} with id {id}").format(
            kind=model.__name__.lower(), id=record_id))


def model_for(kind: str) -> type[Record]:
    try:
        return ENTITY_TABLES[kind]
    except KeyError:
        raise ValueError(translate("Records", "unknown kind {kind}; one of {kinds}").format(
            kind=repr(kind), kinds=", ".join(ENTITY_TABLES))) from None


def get(store: Store, model: type[R], record_id: uuid.UUID, include_deleted: bool = False) -> R:
    with store.session() as session:
        statement = select(model).where(model.id == record_id)
        if include_deleted:
            statement = statement.execution_options(include_deleted=True)
        found = session.exec(statement).first()
        if found is None:
            raise RecordNotFound(model, record_id)
        return found


def get_many(store: Store, model: type[R], ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, R]:
    """Live records by id (missing or deleted ids are left out)."""
    wanted = list(set(ids))
    found: dict[uuid.UUID, R] = {}
    with store.session() as session:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for row in session.exec(select(model).where(model.id.in_(chunk))):  # type: ignore[attr-defined]
                found[row.id] = row
    return found


def count(store: Store, model: type[Record]) -> int:
    with store.session() as session:
        return int(session.exec(select(func.count()).select_from(model)).one())


def add(store: Store, record: R) -> R:
    """Save a new record (validated before it is written)."""
    with store.write() as session:
        session.add(record)
    return record


def add_all(store: Store, records: Sequence[Record]) -> None:
    """Save several new records in one transaction: all or none."""
    with store.write() as session:
        session.add_all(records)


def update(store: Store, model: type[R], record_id: uuid.UUID, **changes: Any) -> R:
    """Change some fields of a live record; validation failure changes nothing."""
    with store.write() as session:
        record = session.get(model, record_id)
        if record is None or record.deleted_at is not None:
            raise RecordNotFound(model, record_id)
        for name, value in changes.items():
            if name in ("id", "created_at", "updated_at", "deleted_at"):
                raise ValueError(f"{name} cannot be changed")
            if name not in model.model_fields:
                raise ValueError(f"{model.__name__} has no field {name!r}")
            setattr(record, name, value)
    return record


# --------------------------------------------------------------------------- deletion

#: Link tables and the columns through which they point at each kind of record.
_LINKS: dict[type[Record], list[tuple[type[Record], str]]] = {
    Office: [(TagLink, "office_id")],
    Organization: [(ProjectPartner, "organization_id"), (EventOrganization, "organization_id"),
                   (TagLink, "organization_id")],
    Contact: [(ProjectContact, "contact_id"), (EventContact, "contact_id"),
              (TagLink, "contact_id")],
    Project: [(ProjectPartner, "project_id"), (ProjectContact, "project_id"),
              (EventProject, "project_id"), (TagLink, "project_id")],
    Event: [(EventOrganization, "event_id"), (EventContact, "event_id"),
            (EventProject, "event_id"), (TagLink, "event_id")],
    Tag: [(TagLink, "tag_id")],
}

#: Records that keep pointing at a deleted record (their reference shows as empty).
_REFERENCES: dict[type[Record], list[tuple[type[Record], str, str]]] = {
    Office: [(Office, "counterpart_id", "office names it as counterpart"),
             (Organization, "office_id", "organization is looked after by it"),
             (Contact, "office_id", "contact belongs to it"),
             (Project, "office_id", "project was facilitated by it"),
             (Event, "office_id", "event belongs to it")],
    Organization: [(Contact, "organization_id", "contact works there")],
}

_LINK_LABELS: dict[type[Record], str] = {
    ProjectPartner: "project partnership",
    ProjectContact: "project contact",
    EventOrganization: "event participant (organization)",
    EventContact: "event participant (person)",
    EventProject: "event-project link",
    TagLink: "tag",
}


#: Records tombstoned per step of a delete (progress is reported between steps).
DELETE_CHUNK = 500


@dataclass
class DeleteEffects:
    """What else a delete touches, for the "are you sure" question."""

    record: Record
    links_removed: dict[str, int] = field(default_factory=dict)
    references_cleared: dict[str, int] = field(default_factory=dict)

    def describe(self) -> list[str]:
        """One line per kind of link or reference affected, in the current language."""
        lines = []
        for label, n in [*self.links_removed.items(), *self.references_cleared.items()]:
            if n:
                one, many = _EFFECT_TEXTS[label]
                lines.append(translate("DeleteEffects", one if n == 1 else many)
                             .format(count=n))
        return lines


#: Whole sentences (one, many) for each effect, so translations can agree in number.
_EFFECT_TEXTS: dict[str, tuple[str, str]] = {
    "project partnership": (
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} project partnership removed"),
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} project partnerships removed")),
    "project contact": (
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} project contact removed"),
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} project contacts removed")),
    "event participant (organization)": (
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} event participant (organization) removed"),
        QT_TRANSLATE_NOOP("DeleteEffects",
                          "{count} event participants (organizations) removed")),
    "event participant (person)": (
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} event participant (person) removed"),
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} event participants (people) removed")),
    "event-project link": (
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} event-project link removed"),
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} event-project links removed")),
    "tag": (QT_TRANSLATE_NOOP("DeleteEffects", "{count} tag removed"),
            QT_TRANSLATE_NOOP("DeleteEffects", "{count} tags removed")),
    "office names it as counterpart": (
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} office names it as counterpart"),
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} offices name it as counterpart")),
    "organization is looked after by it": (
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} organization is looked after by it"),
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} organizations are looked after by it")),
    "contact belongs to it": (
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} contact belongs to it"),
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} contacts belong to it")),
    "project was facilitated by it": (
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} project was facilitated by it"),
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} projects were facilitated by it")),
    "event belongs to it": (
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} event belongs to it"),
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} events belong to it")),
    "contact works there": (
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} contact works there"),
        QT_TRANSLATE_NOOP("DeleteEffects", "{count} contacts work there")),
}


def delete_effects(store: Store, model: type[Record], record_id: uuid.UUID) -> DeleteEffects:
    record = get(store, model, record_id)
    effects = DeleteEffects(record)
    with store.session() as session:
        for link_model, column in _LINKS.get(model, []):
            n = session.exec(
                select(func.count()).select_from(link_model)
                .where(getattr(link_model, column) == record_id)
            ).one()
            label = _LINK_LABELS[link_model]
            effects.links_removed[label] = effects.links_removed.get(label, 0) + int(n)
        for ref_model, column, label in _REFERENCES.get(model, []):
            n = session.exec(
                select(func.count()).select_from(ref_model)
                .where(getattr(ref_model, column) == record_id)
            ).one()
            effects.references_cleared[label] = int(n)
    return effects


def delete(store: Store, model: type[Record], record_ids: Iterable[uuid.UUID],
           progress: Callable[[int, int], None] | None = None) -> datetime:
    """Tombstone records and the links to them, in one transaction.

    ``progress(done, total)`` is called after each chunk; if it raises (the user
    cancelled), the whole delete is rolled back. Returns the deletion timestamp,
    which :func:`restore` uses to bring back exactly the links this delete removed.
    """
    ids = list(record_ids)
    now = utcnow()
    with store.write() as session:
        for start in range(0, len(ids), DELETE_CHUNK):
            if progress is not None:
                progress(start, len(ids))
            chunk = ids[start : start + DELETE_CHUNK]
            records = session.exec(select(model).where(model.id.in_(chunk))).all()  # type: ignore[attr-defined]
            if len(records) != len(set(chunk)):
                missing = set(chunk) - {r.id for r in records}
                raise RecordNotFound(model, next(iter(missing)))
            for record in records:
                record.deleted_at = now
            for link_model, column in _LINKS.get(model, []):
                links = session.exec(
                    select(link_model).where(getattr(link_model, column).in_(chunk))
                ).all()
                for link in links:
                    link.deleted_at = now
    return now


def restore(store: Store, model: type[Record], record_ids: Iterable[uuid.UUID]) -> None:
    """Undo a delete: the records and the links tombstoned with them come back."""
    ids = list(record_ids)
    with store.write() as session:
        records = session.exec(
            select(model).where(model.id.in_(ids)).execution_options(include_deleted=True)  # type: ignore[attr-defined]
        ).all()
        for record in records:
            when = record.deleted_at
            if when is None:
                continue
            record.deleted_at = None
            for link_model, column in _LINKS.get(model, []):
                links = session.exec(
                    select(link_model)
                    .where(getattr(link_model, column) == record.id)
                    .where(link_model.deleted_at == when)
                    .execution_options(include_deleted=True)
                ).all()
                for link in links:
                    if _other_ends_live(session, link):
                        link.deleted_at = None


def _other_ends_live(session: Any, link: Record) -> bool:
    """A link comes back only if every record it joins is live again."""
    for name, target in (("project_id", Project), ("organization_id", Organization),
                         ("contact_id", Contact), ("event_id", Event), ("office_id", Office),
                         ("tag_id", Tag)):
        target_id = getattr(link, name, None)
        if target_id is None:
            continue
        deleted_at = session.exec(
            select(target.deleted_at).where(target.id == target_id)
            .execution_options(include_deleted=True)
        ).first()
        if deleted_at is not None:
            return False
    return True


def text_filter(model: type[Record], needle: str) -> Any:
    """A case-insensitive substring condition over a kind's main text columns."""
    columns = {
        Office: ("name", "name_native", "city"),
        Organization: ("name", "name_native", "city", "sector"),
        Contact: ("given_name", "family_name", "name_native", "title", "position", "city"),
        Project: ("title", "title_native", "sector", "destination"),
        Event: ("title", "place", "city"),
    }[model]
    # SQLite's LIKE ignores case for ASCII letters; other scripts and accents are
    # matched by the full-text index that list filters combine with this.
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    return or_(*(getattr(model, c).like(pattern, escape="\\") for c in columns))
