"""A record's editable state, fields and links together, captured and applied whole.

An editor shows a :class:`RecordState`, the user changes it, and the undo command
applies the new state (redo) or the old one (undo) in one transaction. Links are
the rows that hang off the record: a project's partners and contacts, an event's
organizations, contacts and projects, any record's tags.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

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
)
from ..store.database import Store
from .records import RecordNotFound

_SYSTEM_FIELDS = frozenset({"id", "created_at", "updated_at", "deleted_at"})

KIND_OF_MODEL: dict[type[Record], str] = {
    Office: "office",
    Organization: "organization",
    Contact: "contact",
    Project: "project",
    Event: "event",
}


@dataclass
class RecordState:
    """Everything an editor changes about one record."""

    fields: dict[str, Any]
    tags: list[str] = field(default_factory=list)
    #: Project: [(organization_id, role)]
    partners: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    #: Project or event: [contact_id] (project: with role "" for now)
    contacts: list[uuid.UUID] = field(default_factory=list)
    #: Event: [organization_id]
    organizations: list[uuid.UUID] = field(default_factory=list)
    #: Event: [project_id]
    projects: list[uuid.UUID] = field(default_factory=list)


def editable_fields(model: type[Record]) -> list[str]:
    return [name for name in model.model_fields if name not in _SYSTEM_FIELDS]


def fields_of(record: Record) -> dict[str, Any]:
    return {name: _copy(getattr(record, name, None)) for name in editable_fields(type(record))}


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def capture(store: Store, model: type[Record], record_id: uuid.UUID) -> RecordState:
    """The current state of a live record."""
    with store.session() as session:
        record = session.get(model, record_id)
        if record is None:
            raise RecordNotFound(model, record_id)
        state = RecordState(fields_of(record))
        kind = KIND_OF_MODEL.get(model)
        if kind is not None:
            state.tags = list(
                session.exec(
                    select(Tag.name)
                    .join(TagLink, col(TagLink.tag_id) == col(Tag.id))
                    .where(getattr(TagLink, f"{kind}_id") == record_id)
                    .order_by(func.lower(Tag.name))
                ).all()
            )
        if model is Project:
            state.partners = [
                (p.organization_id, p.role)
                for p in session.exec(
                    select(ProjectPartner)
                    .where(ProjectPartner.project_id == record_id)
                    .order_by(col(ProjectPartner.created_at))
                )
            ]
            state.contacts = list(
                session.exec(
                    select(ProjectContact.contact_id)
                    .where(ProjectContact.project_id == record_id)
                    .order_by(col(ProjectContact.created_at))
                ).all()
            )
        elif model is Event:
            state.organizations = list(
                session.exec(
                    select(EventOrganization.organization_id)
                    .where(EventOrganization.event_id == record_id)
                    .order_by(col(EventOrganization.created_at))
                ).all()
            )
            state.contacts = list(
                session.exec(
                    select(EventContact.contact_id)
                    .where(EventContact.event_id == record_id)
                    .order_by(col(EventContact.created_at))
                ).all()
            )
            state.projects = list(
                session.exec(
                    select(EventProject.project_id)
                    .where(EventProject.event_id == record_id)
                    .order_by(col(EventProject.created_at))
                ).all()
            )
        return state


def apply(
    store: Store,
    model: type[Record],
    record_id: uuid.UUID,
    state: RecordState,
    create: bool = False,
) -> Record:
    """Make the record look like ``state`` (creating it with ``record_id`` if ``create``).

    One transaction: the fields, the tags and the links change together or not at all.
    Links that go away are tombstoned; links that stay keep their ids.
    """
    with store.write() as session:
        record = session.get(model, record_id)
        if record is None:
            if not create:
                raise RecordNotFound(model, record_id)
            record = model(id=record_id, **state.fields)
            session.add(record)
        else:
            for name, value in state.fields.items():
                if name in _SYSTEM_FIELDS:
                    raise ValueError(f"{name} cannot be changed")
                setattr(record, name, _copy(value))
        kind = KIND_OF_MODEL.get(model)
        if kind is not None:
            _apply_tags(session, kind, record_id, state.tags)
        if model is Project:
            _sync(
                session,
                ProjectPartner,
                "project_id",
                record_id,
                [{"organization_id": o, "role": r} for o, r in state.partners],
            )
            _sync(
                session,
                ProjectContact,
                "project_id",
                record_id,
                [{"contact_id": c} for c in state.contacts],
            )
        elif model is Event:
            _sync(
                session,
                EventOrganization,
                "event_id",
                record_id,
                [{"organization_id": o} for o in state.organizations],
            )
            _sync(
                session,
                EventContact,
                "event_id",
                record_id,
                [{"contact_id": c} for c in state.contacts],
            )
            _sync(
                session,
                EventProject,
                "event_id",
                record_id,
                [{"project_id": p} for p in state.projects],
            )
        session.flush()
        return record


def _sync(
    session: Session,
    link_model: type[Record],
    owner_column: str,
    owner_id: uuid.UUID,
    wanted: list[dict[str, Any]],
) -> None:
    """Tombstone links not wanted any more, add the new ones, keep the rest."""
    from ..store.column_types import utcnow

    existing = session.exec(
        select(link_model).where(getattr(link_model, owner_column) == owner_id)
    ).all()
    wanted_keys = [tuple(sorted(w.items())) for w in wanted]
    kept: set[tuple[Any, ...]] = set()
    now = utcnow()
    for link in existing:
        key = tuple(sorted((k, getattr(link, k)) for k in (wanted[0] if wanted else {})))
        if wanted and key in wanted_keys and key not in kept:
            kept.add(key)
        else:
            link.deleted_at = now
    session.flush()  # free the unique slots before re-adding
    for values, key in zip(wanted, wanted_keys, strict=True):
        if key in kept:
            continue
        kept.add(key)
        session.add(link_model(**{owner_column: owner_id, **values}))


def _apply_tags(session: Session, kind: str, record_id: uuid.UUID, names: list[str]) -> None:
    from ..store.column_types import utcnow

    column = getattr(TagLink, f"{kind}_id")
    wanted: dict[str, str] = {}
    for name in names:
        clean = " ".join(name.split())
        if clean:
            wanted.setdefault(clean.casefold(), clean)
    links = session.exec(select(TagLink).where(column == record_id)).all()
    tags = {
        t.id: t
        for t in session.exec(
            select(Tag).where(col(Tag.id).in_([link.tag_id for link in links]))
        ).all()
    }
    now = utcnow()
    present: set[str] = set()
    for link in links:
        tag = tags.get(link.tag_id)
        folded = tag.name.casefold() if tag else ""
        if folded in wanted and folded not in present:
            present.add(folded)
        else:
            link.deleted_at = now
    for folded, name in wanted.items():
        if folded in present:
            continue
        tag = next(
            (t for t in session.exec(select(Tag)).all() if t.name.casefold() == folded), None
        )
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
        target: dict[str, Any] = {f"{kind}_id": record_id}  # the one record it tags
        session.add(TagLink(tag_id=tag.id, **target))


def all_tag_names(store: Store) -> list[str]:
    with store.session() as session:
        return list(session.exec(select(Tag.name).order_by(func.lower(Tag.name))).all())


#: The link lists of a state, each compared and merged as one value.
_LINKS = ("tags", "partners", "contacts", "organizations", "projects")


def _parts(state: RecordState) -> dict[str, Any]:
    return {**state.fields, **{f"@{name}": getattr(state, name) for name in _LINKS}}


def merge_edits(
    stored_then: RecordState, shown_then: RecordState, edited: RecordState, stored_now: RecordState
) -> tuple[RecordState, list[str]]:
    """Put an editor's changes on top of a record that changed since it was opened.

    ``stored_then`` is the record as the editor loaded it and ``shown_then`` the same
    as the form showed it (text trimmed...), ``edited`` is what the user made of it and
    ``stored_now`` the record as it is now (another window or program saved it in the
    meantime). The user's changes (``edited`` against ``shown_then``) win; what the
    other writer changed elsewhere is kept. Returns the merged state and the names of
    the fields both changed to different values (``"@tags"`` etc. for the links):
    saving those would overwrite the other writer's work, which the user must agree to.
    """
    base, shown, mine, theirs = (_parts(s) for s in (stored_then, shown_then, edited, stored_now))
    merged: dict[str, Any] = {}
    conflicts: list[str] = []
    for name in mine:
        mine_changed = mine[name] != shown.get(name)
        theirs_changed = theirs.get(name) != base.get(name)
        merged[name] = mine[name] if mine_changed or name not in theirs else theirs[name]
        if mine_changed and theirs_changed and mine[name] != theirs.get(name):
            conflicts.append(name)
    state = RecordState({k: v for k, v in merged.items() if not k.startswith("@")})
    for name in _LINKS:
        setattr(state, name, _copy(merged[f"@{name}"]))
    return state, conflicts
