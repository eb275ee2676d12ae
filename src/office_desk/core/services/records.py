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

from .. import kinds
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..kinds import LinkTable, Reference
from ..models import (
    Contact,
    Event,
    Office,
    Organization,
    Project,
    Record,
    Tag,
    TagLink,
)
from ..store.column_types import utcnow
from ..store.database import Store

R = TypeVar("R", bound=Record)


class RecordNotFound(LookupError):
    def __init__(self, model: type[Record], record_id: uuid.UUID) -> None:
        super().__init__(
            translate("Records", "no {kind} with id {id}").format(
                kind=model.__name__.lower(), id=record_id
            )
        )


def model_for(kind: str) -> type[Record]:
    try:
        return kinds.get(kind).model  # type: ignore[no-any-return]
    except kinds.UnknownKind:
        raise ValueError(
            translate("Records", "unknown kind {kind}; one of {kinds}").format(
                kind=repr(kind), kinds=", ".join(kinds.NAMES)
            )
        ) from None


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

#: A tag's links to the records it is on (a kind's links and references, which the
#: delete question counts, are declared with the kind: core/kinds).
_TAG_LINKS = LinkTable(
    TagLink,
    "tag_id",
    QT_TRANSLATE_NOOP("Kinds", "{count} tag"),
    QT_TRANSLATE_NOOP("Kinds", "{count} tags"),
)


def _links(model: type[Record]) -> tuple[LinkTable, ...]:
    """The link tables that point at records of ``model`` (a kind's, or a tag's)."""
    if model is Tag:
        return (_TAG_LINKS,)
    kind = kinds.BY_MODEL.get(model)
    return kind.links if kind is not None else ()


def _references(model: type[Record]) -> tuple[Reference, ...]:
    """Records that keep pointing at a deleted record of ``model`` (shown as empty)."""
    kind = kinds.BY_MODEL.get(model)
    return kind.references if kind is not None else ()


#: Records tombstoned per step of a delete (progress is reported between steps).
DELETE_CHUNK = 500


@dataclass
class DeleteEffects:
    """What else a delete touches, for the "are you sure" question: how many links of
    each of the kind's link tables go with the record, and how many records of other
    kinds keep pointing at nothing (both in the kind's order, zeros included)."""

    record: Record
    links: list[tuple[LinkTable, int]] = field(default_factory=list)
    references: list[tuple[Reference, int]] = field(default_factory=list)

    @property
    def links_removed(self) -> dict[str, int]:
        """Links removed by link table ("project_partner": 2)."""
        return {link.model.__tablename__: n for link, n in self.links}

    @property
    def references_cleared(self) -> dict[str, int]:
        """References left pointing at nothing, by table and column
        ("contact.organization_id": 3)."""
        return {f"{ref.model.__tablename__}.{ref.column}": n for ref, n in self.references}

    def removed(self) -> list[str]:
        """The links that go with the record, one line per link table ("2 project
        partnerships"), in the current language; a delete's undo brings them back."""
        return [link.phrase(n) for link, n in self.links if n]

    def left_pointing(self) -> list[str]:
        """The records that keep pointing at it, one whole sentence per kind of
        reference ("3 contacts work there"), in the current language."""
        return [reference.phrase(n) for reference, n in self.references if n]

    def describe(self) -> list[str]:
        """:meth:`removed` and then :meth:`left_pointing`."""
        return [*self.removed(), *self.left_pointing()]


def delete_effects(store: Store, model: type[Record], record_id: uuid.UUID) -> DeleteEffects:
    record = get(store, model, record_id)
    effects = DeleteEffects(record)
    with store.session() as session:
        for link in _links(model):
            n = session.exec(
                select(func.count())
                .select_from(link.model)
                .where(getattr(link.model, link.column) == record_id)
            ).one()
            effects.links.append((link, int(n)))
        for reference in _references(model):
            n = session.exec(
                select(func.count())
                .select_from(reference.model)
                .where(getattr(reference.model, reference.column) == record_id)
            ).one()
            effects.references.append((reference, int(n)))
    return effects


def delete(
    store: Store,
    model: type[Record],
    record_ids: Iterable[uuid.UUID],
    progress: Callable[[int, int], None] | None = None,
) -> datetime:
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
            for link in _links(model):
                links = session.exec(
                    select(link.model).where(getattr(link.model, link.column).in_(chunk))
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
            for link in _links(model):
                rows = session.exec(
                    select(link.model)
                    .where(getattr(link.model, link.column) == record.id)
                    .where(link.model.deleted_at == when)
                    .execution_options(include_deleted=True)
                ).all()
                for row in rows:
                    if _other_ends_live(session, row):
                        row.deleted_at = None


def _link_ends() -> dict[str, type[Record]]:
    """The columns of link tables and the model each points at ("project_id": Project)."""
    ends: dict[str, type[Record]] = {_TAG_LINKS.column: Tag}
    for kind in kinds.KINDS:
        for link in kind.links:
            ends[link.column] = kind.model
    return ends


_LINK_ENDS = _link_ends()


def _other_ends_live(session: Any, link: Record) -> bool:
    """A link comes back only if every record it joins is live again."""
    for name, target in _LINK_ENDS.items():
        target_id = getattr(link, name, None)
        if target_id is None:
            continue
        deleted_at = session.exec(
            select(target.deleted_at)
            .where(target.id == target_id)  # type: ignore[attr-defined]
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
