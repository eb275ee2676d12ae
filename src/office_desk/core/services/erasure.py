"""Erasing a person for good (``office-desk person erase``, "Erase this person…").

Every personal field (:data:`~office_desk.core.personal_fields.PERSONAL_FIELDS`) goes
back to its default; the row keeps only its id, its office (which sync needs for write
rights, and which says nothing about the person), its timestamps, a tombstone and the
``erased_at`` mark. Its family name becomes :data:`ERASED_NAME` (the table requires
some name). The project, event and tag links to the person are tombstoned and their
free text (a project role) blanked; the search index forgets them, and FTS5's
``optimize`` merges its segments so that no old segment keeps their words. The freed
space is overwritten (every connection has ``secure_delete`` on) and, after the
transaction, a ``wal_checkpoint(TRUNCATE)`` writes the pages back and empties the
``-wal`` file, so no old page with the person's data stays in either file.

All of that is one write transaction through the store's session, so the usual
validation runs on the erased row (an erased contact passes it: its name is the dash).

The erasure travels like any edit: the sync queue records the blanked fields and the
mark (see :mod:`office_desk.core.sync`: "erased wins"), and packages carry the mark.
Backups cannot be changed, so each erasure is also written to the erasure log
(:mod:`.erasure_log`); :func:`erase_again` erases anyone in it whom a restored backup,
a package or a pull brought back.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, text
from sqlmodel import Session, select

from .. import kinds, search
from ..i18n import translate
from ..models import Contact, Record
from ..personal_fields import ERASED_NAME, PERSONAL_FIELDS
from ..store.column_types import utcnow
from ..store.database import Store
from . import erasure_log
from .person_lookup import AlreadyErased, PersonalDataError, load_contact

#: The fields an erasure sets, and that "erased wins" protects in sync: the personal
#: fields, the organization the person worked for, the tombstone and the mark.
ERASURE_FIELDS: tuple[str, ...] = (*PERSONAL_FIELDS, "organization_id", "deleted_at", "erased_at")


def _default(model: type[Record], name: str) -> Any:
    field = model.model_fields[name]
    if field.default_factory is not None:
        return field.default_factory()  # type: ignore[call-arg]
    return field.default


def erased_values() -> dict[str, Any]:
    """What an erased contact's personal fields hold: each field's default, the family
    name :data:`ERASED_NAME`, and no organization."""
    values = {name: _default(Contact, name) for name in PERSONAL_FIELDS}
    values["family_name"] = ERASED_NAME
    values["organization_id"] = None
    return values


def is_blank(row: Any) -> bool:
    """Whether a contact (a record or a row mapping) holds nothing personal any more."""
    read = row.get if isinstance(row, dict) else (lambda name: getattr(row, name))
    return all(_same(read(name), value) for name, value in erased_values().items())


def _same(a: Any, b: Any) -> bool:
    if isinstance(b, list):
        return list(a or []) == b
    return bool(a == b)


def _link_tables() -> list[tuple[type[Record], str, tuple[str, ...]]]:
    """(model, column pointing at the contact, its free-text fields) of each link."""
    found = []
    for link in kinds.get("contact").links:
        model = link.model
        free_text = tuple(
            name
            for name, field in model.model_fields.items()
            if field.annotation is str and not name.endswith("_id")
        )
        found.append((model, link.column, free_text))
    return found


@dataclass(frozen=True)
class ErasureResult:
    """What :func:`erase_person` did (no personal data: it outlives the erasure)."""

    contact_id: uuid.UUID
    erased_at: datetime
    #: Link rows (project roles, event participations, tags) closed and blanked.
    links: int
    #: Whether the contact was live before (False: it had been deleted already).
    was_live: bool
    #: The erasure log the id was added to.
    log: Path


class OtherOfficesPerson(PersonalDataError):
    pass


def erase_person(
    store: Store,
    contact_id: uuid.UUID,
    *,
    now: datetime | None = None,
    log: Path | None = None,
) -> ErasureResult:
    """Erase the contact ``contact_id`` for good, in one write transaction (see the
    module's description); :class:`~.person_lookup.PersonalDataError` with one line,
    and nothing changed, for an unknown id, another kind's id or a contact erased
    already. The id goes into the erasure log before the transaction commits: if the
    log cannot be written, nothing is erased."""
    now = now or utcnow()
    log = log or erasure_log.log_path()
    with store.write() as session:
        contact = load_contact(session, contact_id)
        if contact.erased_at is not None:
            raise AlreadyErased(
                translate(
                    "PersonalData",
                    "The contact {id} was erased already on {when}; nothing was changed",
                ).format(id=contact_id, when=contact.erased_at.strftime("%Y-%m-%d %H:%M UTC"))
            )
        _refuse_other_offices_person(session, contact)
        was_live = contact.deleted_at is None
        links = erase_in_session(session, contact, now)
        erasure_log.add_to_log([(contact_id, now)], log)
    forget_freed_pages(store)
    return ErasureResult(contact_id, now, links, was_live, log)


def erase_again(store: Store, *, now: datetime | None = None, log: Path | None = None) -> int:
    """Erase every contact of the erasure log that ``store`` holds with personal data
    again (a restored backup, a merged package); how many. One write transaction."""
    wanted = erasure_log.erased_ids(log)
    if not wanted:
        return 0
    now = now or utcnow()
    count = 0
    with store.write() as session:
        for start in range(0, len(ids := sorted(wanted)), 500):
            chunk = ids[start : start + 500]
            contacts = session.exec(
                select(Contact)
                .where(Contact.id.in_(chunk))  # type: ignore[attr-defined]
                .execution_options(include_deleted=True)
            ).all()
            for contact in contacts:
                if contact.erased_at is None or not is_blank(contact):
                    erase_in_session(session, contact, contact.erased_at or now, purge=False)
                    count += 1
        if count:
            purge_search_index(session.connection())
    if count:
        forget_freed_pages(store)
    return count


def restore_erasing_again(
    backup: Path, target: Path, backup_folder: Path, timeout: float = 5.0
) -> tuple[Path, int]:
    """:func:`~office_desk.core.store.backup.restore_file`, then :func:`erase_again` on
    the restored file before anyone uses it: (the safety copy of the file as it was,
    how many people were erased again). Lives here, not in ``core/store/backup``, which
    the store (and so this module) imports."""
    from ..store.backup import restore_file
    from ..store.database import open_store

    safety = restore_file(backup, target, backup_folder, timeout)
    store = open_store(target, timeout=timeout, backup_folder=backup_folder)
    try:
        return safety, erase_again(store)
    finally:
        store.close()


def erase_in_session(
    session: Session, contact: Contact, now: datetime, *, purge: bool = True
) -> int:
    """Erase ``contact`` inside ``session``'s transaction (flushed, so validation and
    the search index run now); the number of link rows closed. ``purge=False`` leaves
    merging the index's segments (:func:`purge_search_index`) to the caller, who erases
    more than one person."""
    session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
    for name, value in erased_values().items():
        setattr(contact, name, value)
    if contact.deleted_at is None:
        contact.deleted_at = now
    if contact.erased_at is None:
        contact.erased_at = now
    links = 0
    for model, column, free_text in _link_tables():
        rows = session.exec(
            select(model)
            .where(getattr(model, column) == contact.id)
            .execution_options(include_deleted=True)
        ).all()
        for row in rows:
            if row.deleted_at is None:
                row.deleted_at = now
            for name in free_text:
                setattr(row, name, _default(model, name))
            links += 1
    session.flush()
    conn = session.connection()
    search.remove(conn, [contact.id])
    blank_conflicts(conn, [contact.id])
    if purge:
        purge_search_index(conn)
    return links


# --------------------------------------------------------------------------- without the ORM


def erase_rows(conn: Connection, contact_ids: Iterable[uuid.UUID], now: datetime) -> int:
    """Erase contacts with plain statements inside ``conn``'s transaction (the sync pull,
    which writes the same way); how many rows changed. Keeps an erasure time already
    set (the one that came from the server)."""
    from ..network_package import codec

    ids = list(contact_ids)
    if not ids:
        return 0
    conn.exec_driver_sql("PRAGMA secure_delete = ON")
    contact = codec.MODELS["contact"].__table__  # type: ignore[attr-defined]
    changed = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        result = conn.execute(
            contact.update()
            .where(contact.c.id.in_(bindparam("ids", expanding=True)))
            .values(
                **erased_values(),
                deleted_at=_coalesce(contact.c.deleted_at, now),
                erased_at=_coalesce(contact.c.erased_at, now),
            ),
            {"ids": chunk},
        )
        changed += int(result.rowcount or 0)
        for model, column, free_text in _link_tables():
            table = model.__table__  # type: ignore[attr-defined]
            conn.execute(
                table.update()
                .where(table.c[column].in_(bindparam("ids", expanding=True)))
                .values(
                    deleted_at=_coalesce(table.c.deleted_at, now),
                    **{name: _default(model, name) for name in free_text},
                ),
                {"ids": chunk},
            )
    search.remove(conn, ids)
    blank_conflicts(conn, ids)
    purge_search_index(conn)
    return changed


def close_links_of_erased(conn: Connection, contact_ids: Iterable[uuid.UUID] | None = None) -> int:
    """The links to erased contacts (``contact_ids``; None: every contact erased in
    this file) that are still live or hold free text: tombstoned at the contact's own
    deletion time and their free text blanked, so every copy writes the same values
    (and a sync of them is no conflict); the links changed."""
    from sqlalchemy import func, or_
    from sqlalchemy import select as sql_select

    contact = Contact.__table__  # type: ignore[attr-defined]
    if contact_ids is None:
        chunks: list[Any] = [sql_select(contact.c.id).where(contact.c.erased_at.is_not(None))]
    else:
        ids = list(contact_ids)
        chunks = [ids[start : start + 500] for start in range(0, len(ids), 500)]
    changed = 0
    for model, column, free_text in _link_tables():
        table = model.__table__  # type: ignore[attr-defined]
        deleted = (
            sql_select(contact.c.deleted_at)
            .where(contact.c.id == table.c[column])
            .scalar_subquery()
        )
        blank = {name: _default(model, name) for name in free_text}
        needed = or_(
            table.c.deleted_at.is_(None), *(table.c[name] != value for name, value in blank.items())
        )
        for chunk in chunks:
            result = conn.execute(
                table.update()
                .where(table.c[column].in_(chunk))
                .where(needed)
                .values(deleted_at=func.coalesce(table.c.deleted_at, deleted), **blank)
            )
            changed += int(result.rowcount or 0)
    return changed


def _coalesce(column: Any, value: datetime) -> Any:
    from sqlalchemy import func, literal

    return func.coalesce(column, literal(value, type_=column.type))


def blank_conflicts(conn: Connection, contact_ids: Iterable[uuid.UUID]) -> None:
    """The sync conflict list keeps both values of a disputed field: for an erased
    person's fields, and the fields of the links to them, both are blanked and the
    conflict is settled."""
    ids = list(contact_ids)
    params: list[dict[str, Any]] = [
        {"t": "contact", "r": i.hex, "f": field} for i in ids for field in ERASURE_FIELDS
    ]
    for model, column, free_text in _link_tables():
        table = model.__table__  # type: ignore[attr-defined]
        for start in range(0, len(ids), 500):
            links = conn.execute(
                table.select()
                .with_only_columns(table.c.id)
                .where(table.c[column].in_(ids[start : start + 500]))
            ).scalars()
            params += [
                {"t": table.name, "r": link.hex, "f": field}
                for link in links
                for field in (*free_text, "deleted_at")
            ]
    if params:
        conn.execute(
            text(
                "UPDATE sync_conflict SET kept_value = 'null', other_value = 'null', "
                "resolved = 1 WHERE tbl = :t AND record_id = :r AND field = :f"
            ),
            params,
        )


def purge_search_index(conn: Connection) -> None:
    """Merge the full-text index into one segment: a deleted document's words stay in
    older segments (as delete markers) until they are merged away."""
    conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES('optimize')")


def forget_freed_pages(store: Store) -> None:
    """Copy every page of the ``-wal`` file into the database and empty it (outside any
    transaction): the old pages with erased data are gone from both files then."""
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.fetchall()
        cursor.close()
    finally:
        raw.close()


def _refuse_other_offices_person(session: Session, contact: Contact) -> None:
    """A file that syncs with a team server may only change its own office's records
    there (headquarters: every office's). Erasing another office's person here would be
    refused by the server and undone at the next sync: say so instead."""
    rows = session.connection().execute(text("SELECT key, value FROM sync_state"))
    state = {str(key): str(value) for key, value in rows}
    if not state.get("server") or state.get("hq") == "1" or contact.office_id is None:
        return
    mine = state.get("office", "")
    if mine and uuid.UUID(mine) == contact.office_id:
        return
    raise OtherOfficesPerson(
        translate(
            "PersonalData",
            "This person belongs to another office's records on the team server: only "
            "that office or headquarters can erase them for the whole network. Nothing was "
            "changed",
        )
    )
