"""Everything kept about one person (``office-desk person export``, "Export everything
about this person…"): the right of access.

:func:`person_file` gathers it as plain JSON-ready data: the contact's every field, the
organization and office it points at, its links (project roles, event participations,
tags: deleted ones too, since the rows are still kept) with what they point at, the
search index's entry, the sync history and conflicts, other records the search finds
by the person's name, and which backups and packages may still hold the person.
:func:`write_person_json` writes it; :mod:`.person_file_html` makes the readable page
the PDF is printed from.
"""

from __future__ import annotations

import json
import os
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, text
from sqlmodel import Session, col, select

from .. import paths, search
from ..file_replace import replaced_on_success
from ..i18n import translate
from ..models import (
    Contact,
    Event,
    EventContact,
    Office,
    Organization,
    Project,
    ProjectContact,
    Record,
    Tag,
    TagLink,
)
from ..store.database import Store
from .person_lookup import load_contact

FORMAT = "office-desk-person-file"
VERSION = 1
#: At most this many other records found by the person's name are listed.
MENTIONS_LIMIT = 50


def person_file(
    store: Store,
    contact_id: uuid.UUID,
    *,
    backup_folder: Path | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Everything the database (and the backups folder) keeps about the contact
    ``contact_id``, deleted or erased ones included; a
    :class:`~.person_lookup.PersonalDataError` for an unknown id or another kind's id.
    ``backup_folder``: where the file's backups are (default: the per-user folder)."""
    now = now or datetime.now(UTC)
    with store.session() as session:
        contact = load_contact(session, contact_id)
        conn = session.connection()
        link_ids: list[uuid.UUID] = []
        projects = _projects(session, contact_id, link_ids)
        events = _events(session, contact_id, link_ids)
        tags = _tags(session, contact_id, link_ids)
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "generated_at": now.isoformat(timespec="seconds"),
            "database": str(store.path) if store.path else store.label,
            "name": contact.display_name,
            "erased": contact.erased_at is not None,
            "deleted": contact.deleted_at is not None,
            "contact": _in_field_order(contact.model_dump(mode="json")),
            "organization": _named(session, Organization, contact.organization_id),
            "office": _named(session, Office, contact.office_id),
            "projects": projects,
            "events": events,
            "tags": tags,
            "search_index": _search_entries(conn, contact_id),
            "sync_history": _sync_history(conn, [contact_id, *link_ids]),
            "sync_pending": _sync_pending(conn, [contact_id, *link_ids]),
            "sync_conflicts": _sync_conflicts(conn, contact_id),
            "found_by_name": _found_by_name(conn, contact),
        }
    data["backups"] = _backups(store, contact.created_at, backup_folder)
    data["packages"] = translate(
        "PersonalData",
        "Packages exported from this database since {date} may hold this person too "
        "(Office Desk keeps no list of the packages it wrote); so may the other offices' "
        "copies of the network.",
    ).format(date=contact.created_at.date().isoformat())
    return data


def _when(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _named(session: Session, model: Any, record_id: uuid.UUID | None) -> dict[str, Any] | None:
    if record_id is None:
        return None
    record = session.exec(
        select(model).where(model.id == record_id).execution_options(include_deleted=True)
    ).first()
    if record is None:
        return {"id": str(record_id), "name": "", "deleted": None}
    return {"id": str(record_id), "name": record.name, "deleted": _when(record.deleted_at)}


def _link(row: Record) -> dict[str, Any]:
    return {
        "link_id": str(row.id),
        "linked_at": _when(row.created_at),
        "deleted_at": _when(row.deleted_at),
    }


def _projects(session: Session, contact_id: uuid.UUID, ids: list[uuid.UUID]) -> list[dict]:
    rows = session.exec(
        select(ProjectContact, Project)
        .join(Project, Project.id == ProjectContact.project_id)  # type: ignore[arg-type]
        .where(ProjectContact.contact_id == contact_id)
        .order_by(col(Project.title), col(ProjectContact.id))
        .execution_options(include_deleted=True)
    ).all()
    ids.extend(link.id for link, _project in rows)
    return [
        {
            **_link(link),
            "project_id": str(project.id),
            "title": project.title,
            "role": link.role,
            "project_deleted": project.deleted_at is not None,
        }
        for link, project in rows
    ]


def _events(session: Session, contact_id: uuid.UUID, ids: list[uuid.UUID]) -> list[dict]:
    rows = session.exec(
        select(EventContact, Event)
        .join(Event, Event.id == EventContact.event_id)  # type: ignore[arg-type]
        .where(EventContact.contact_id == contact_id)
        .order_by(col(Event.starts_on), col(Event.title), col(EventContact.id))
        .execution_options(include_deleted=True)
    ).all()
    ids.extend(link.id for link, _event in rows)
    return [
        {
            **_link(link),
            "event_id": str(event.id),
            "title": event.title,
            "starts_on": event.starts_on.isoformat() if event.starts_on else None,
            "city": event.city,
            "event_deleted": event.deleted_at is not None,
        }
        for link, event in rows
    ]


def _tags(session: Session, contact_id: uuid.UUID, ids: list[uuid.UUID]) -> list[dict]:
    rows = session.exec(
        select(TagLink, Tag)
        .join(Tag, Tag.id == TagLink.tag_id)  # type: ignore[arg-type]
        .where(TagLink.contact_id == contact_id)
        .order_by(col(Tag.name), col(TagLink.id))
        .execution_options(include_deleted=True)
    ).all()
    ids.extend(link.id for link, _tag in rows)
    return [{**_link(link), "tag_id": str(tag.id), "name": tag.name} for link, tag in rows]


def _search_entries(conn: Connection, contact_id: uuid.UUID) -> list[dict[str, Any]]:
    """The index's entry for the person: what a result list shows, and the words it is
    found by (with the other spellings the index adds)."""
    rows = conn.execute(
        text(
            "SELECT k.kind, k.title, k.detail, s.title, s.body FROM search_key AS k "
            "LEFT JOIN search_index AS s ON s.rowid = k.rowid WHERE k.record_id = :r"
        ),
        {"r": contact_id.hex},
    ).all()
    return [
        {"kind": kind, "shown_title": title, "detail": detail, "words": f"{words}\n{body}".strip()}
        for kind, title, detail, words, body in rows
    ]


def _hex_params(ids: list[uuid.UUID]) -> dict[str, Any]:
    return {"ids": [i.hex for i in ids]}


def _sync_history(conn: Connection, ids: list[uuid.UUID]) -> list[dict[str, Any]]:
    """Who last changed the person's records on the team server, and when."""
    rows = conn.execute(
        text(
            "SELECT tbl, record_id, changed_by, changed_at FROM sync_record "
            "WHERE record_id IN :ids ORDER BY changed_at, tbl, record_id"
        ).bindparams(bindparam("ids", expanding=True)),
        _hex_params(ids),
    ).all()
    return [
        {"table": t, "record_id": str(uuid.UUID(r)), "changed_by": by, "changed_at": at}
        for t, r, by, at in rows
    ]


def _sync_pending(conn: Connection, ids: list[uuid.UUID]) -> list[dict[str, Any]]:
    """Changes made here that the team server has not received yet (field names only)."""
    rows = conn.execute(
        text(
            "SELECT tbl, record_id, field, changed_at FROM sync_queue "
            "WHERE record_id IN :ids ORDER BY changed_at, tbl, field"
        ).bindparams(bindparam("ids", expanding=True)),
        _hex_params(ids),
    ).all()
    return [
        {"table": t, "record_id": str(uuid.UUID(r)), "field": f, "changed_at": at}
        for t, r, f, at in rows
    ]


def _sync_conflicts(conn: Connection, contact_id: uuid.UUID) -> list[dict[str, Any]]:
    """Edits of the person's fields that met another edit: both values are kept."""
    rows = conn.execute(
        text(
            "SELECT field, reason, kept_value, kept_by, kept_at, other_value, other_by, "
            "other_at, resolved FROM sync_conflict WHERE tbl = 'contact' AND record_id = :r "
            "ORDER BY other_at, field"
        ),
        {"r": contact_id.hex},
    ).all()
    return [
        {
            "field": field,
            "reason": reason,
            "kept_value": _json_value(kept),
            "kept_by": kept_by,
            "kept_at": kept_at,
            "other_value": _json_value(other),
            "other_by": other_by,
            "other_at": other_at,
            "resolved": bool(resolved),
        }
        for field, reason, kept, kept_by, kept_at, other, other_by, other_at, resolved in rows
    ]


def _json_value(raw: str | None) -> Any:
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _found_by_name(conn: Connection, contact: Contact) -> list[dict[str, Any]]:
    """Other records the search finds by the person's name: notes or descriptions may
    mention them (to look at; not everything found is about them)."""
    if contact.erased_at is not None:
        return []
    queries = [
        " ".join(p for p in (contact.given_name, contact.family_name) if p.strip()),
        contact.name_native,
    ]
    found: dict[uuid.UUID, dict[str, Any]] = {}
    for query in queries:
        if not query.strip():
            continue
        for hit in search.search(conn, query, limit=MENTIONS_LIMIT + 1):
            if hit.id != contact.id and hit.id not in found and len(found) < MENTIONS_LIMIT:
                found[hit.id] = {
                    "kind": hit.kind,
                    "id": str(hit.id),
                    "title": hit.title,
                    "detail": hit.detail,
                }
    return list(found.values())


def _backups(store: Store, since: datetime, folder: Path | None) -> list[dict[str, Any]]:
    """The backups of the database changed after the person was added: they may hold
    them (a backup is never changed after it is made, so an erasure does not reach it;
    a restore erases again whoever the erasure log lists)."""
    if store.path is None:
        return []
    from ..store.backup import list_backups

    folder = folder or paths.backup_dir()
    found = []
    for info in list_backups(folder, store.path):
        try:
            modified = datetime.fromtimestamp(os.stat(info.path).st_mtime, UTC)
        except OSError:
            continue
        if modified >= since:
            found.append(
                {
                    "path": str(info.path),
                    "made": info.made.isoformat(timespec="seconds"),
                    "modified_at": modified.isoformat(timespec="seconds"),
                    "reason": info.reason,
                }
            )
    return found


def person_file_paths(output: Path) -> tuple[Path, Path]:
    """The JSON and the PDF file for the name the user gave: ``x.json`` or ``x.pdf``
    gives both ``x.json`` and ``x.pdf``; any other name gets both endings added
    (``zhang.wei`` gives ``zhang.wei.json`` and ``zhang.wei.pdf``)."""
    base = output.with_suffix("") if output.suffix.lower() in (".json", ".pdf") else output
    return base.with_name(base.name + ".json"), base.with_name(base.name + ".pdf")


def _in_field_order(values: dict[str, Any]) -> dict[str, Any]:
    """The contact's fields in the model's order (id first), as people read a record."""
    return {name: values[name] for name in Contact.model_fields if name in values}


def write_person_json(data: dict[str, Any], path: Path) -> Path:
    """Write ``data`` (from :func:`person_file`) as UTF-8 JSON, indented, in a stable
    order, whole or not at all."""
    with (
        replaced_on_success(path) as temporary,
        temporary.open("w", encoding="utf-8", newline="\n") as out,
    ):
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return path
