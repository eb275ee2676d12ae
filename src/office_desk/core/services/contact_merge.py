"""Merging two contacts that are one person (the duplicate finder's match, or the same
person entered on two laptops before they synced).

The contact kept takes the other's values where its own are empty, and the union of
both lists (e-mails, phones, messaging handles, languages, in order, without repeats);
the other's links (projects, events, tags) move to the kept contact unless it has the
same link already; then the other is deleted. One transaction: all of it or nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel import select

from ..models import Contact, EventContact, ProjectContact, TagLink
from ..store.column_types import utcnow
from ..store.database import Store
from .records import RecordNotFound

_LISTS = ("emails", "phones", "messaging", "languages")
_NEVER = ("id", "created_at", "updated_at", "deleted_at")


@dataclass(frozen=True)
class MergeResult:
    kept: uuid.UUID
    removed: uuid.UUID
    fields_filled: tuple[str, ...]
    links_moved: int


def merge_contacts(store: Store, keep: uuid.UUID, other: uuid.UUID) -> MergeResult:
    if keep == other:
        raise ValueError("a contact cannot be merged with itself")
    with store.write() as session:
        kept = session.get(Contact, keep)
        gone = session.get(Contact, other)
        if kept is None or kept.deleted_at is not None:
            raise RecordNotFound(Contact, keep)
        if gone is None or gone.deleted_at is not None:
            raise RecordNotFound(Contact, other)
        now = utcnow()
        filled: list[str] = []
        for name in Contact.model_fields:
            if name in _NEVER:
                continue
            mine, theirs = getattr(kept, name), getattr(gone, name)
            if name in _LISTS:
                union = list(dict.fromkeys([*(mine or []), *(theirs or [])]))
                if union != list(mine or []):
                    setattr(kept, name, union)
                    filled.append(name)
            elif mine in (None, "") and theirs not in (None, ""):
                setattr(kept, name, theirs)
                filled.append(name)
        moved = 0
        for model, end in ((ProjectContact, "project_id"), (EventContact, "event_id")):
            have = {
                getattr(link, end)
                for link in session.exec(select(model).where(model.contact_id == keep)).all()
            }
            for link in session.exec(select(model).where(model.contact_id == other)).all():
                if getattr(link, end) in have:
                    link.deleted_at = now
                else:
                    link.contact_id = keep
                    moved += 1
        tags = {t.tag_id for t in session.exec(select(TagLink).where(TagLink.contact_id == keep))}
        for link in session.exec(select(TagLink).where(TagLink.contact_id == other)).all():
            if link.tag_id in tags:
                link.deleted_at = now
            else:
                link.contact_id = keep
                moved += 1
        session.flush()
        gone.deleted_at = now
        session.flush()
    return MergeResult(keep, other, tuple(filled), moved)
