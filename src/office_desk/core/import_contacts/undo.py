"""Taking an import back, and doing it again (Edit ▸ Undo and Redo of an import).

The :class:`~.apply.ImportResult` of :func:`~.apply.apply_plan` is the receipt:

* :func:`undo_import` tombstones, as a delete does, everything the import created
  (the new contacts or organizations, the organizations made for contacts, new tags,
  every tag link), takes the new records out of the search index, and gives each
  field a merge changed its value from before the import;
* :func:`redo_import` brings exactly those records back (into the index too) and
  sets the merged fields to the import's values again.

Each runs in one write transaction: all of it or nothing. They are meant for the undo
stack, whose order keeps the database as the import (or its undo) left it; if it is
not (a record the import made was deleted, or a field it merged was edited elsewhere
since), they refuse with :class:`ImportUndoError` and change nothing.

The rows are changed with plain statements, 500 ids at a time, and the merged
records through the ORM (validated, re-indexed and stamped like any edit); how long
that takes grows with the number of records, see :data:`UNDO_LIMIT`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select, update

from ..i18n import translate
from ..models import Contact, Organization, Record, Tag, TagLink
from ..search import add_documents, document
from ..store.column_types import utcnow
from ..store.database import Store
from .apply import ImportResult
from .bulk_index import Searchable, contact_document
from .collector import collector_paused
from .plan import ImportPlan

#: The most records (created or changed) an import may write and still be undone from
#: the undo stack: undo and redo run while the window waits, and at this size each
#: takes about a second here (measured with 20,000 new contacts; see the tests). A
#: larger import is taken back by restoring the backup made before it.
UNDO_LIMIT = 20_000
_CHUNK = 500


class ImportUndoError(RuntimeError):
    """The database is not as the import left it; ``str()`` says what to do."""


def can_undo(result: ImportResult) -> bool:
    """Whether the import is small enough to undo from the undo stack."""
    return result.records_written <= UNDO_LIMIT


def records_to_write(plan: ImportPlan) -> int:
    """How many records importing ``plan`` creates or changes (as the dry run has it;
    :attr:`ImportResult.records_written` counts what it did)."""
    return plan.write_count() + len(plan.organizations_to_create()) + len(plan.tags_to_create())


def can_undo_plan(plan: ImportPlan) -> bool:
    """Whether importing ``plan`` will be small enough to undo (say so before)."""
    return records_to_write(plan) <= UNDO_LIMIT


def _model(result: ImportResult) -> type[Record]:
    return Contact if result.target == "contacts" else Organization


def undo_import(store: Store, result: ImportResult) -> None:
    """Take the import back (see the module's notes); one transaction."""
    model = _model(result)
    with collector_paused(), store.write() as session:
        conn = session.connection()
        now = utcnow()
        _set_fields(session, model, result.before, expected=result.after)
        session.flush()
        _set_deleted(conn, TagLink, result.tag_link_ids, now)
        _set_deleted(conn, Tag, result.tag_ids, now)
        _set_deleted(conn, model, result.created_ids, now)
        _set_deleted(conn, Organization, result.organization_ids, now)
        _unindex(conn, [*result.created_ids, *result.organization_ids])


def redo_import(store: Store, result: ImportResult) -> None:
    """Do the import again after :func:`undo_import`; one transaction."""
    model = _model(result)
    with collector_paused(), store.write() as session:
        conn = session.connection()
        now = utcnow()
        _set_deleted(conn, Organization, result.organization_ids, None, now)
        _set_deleted(conn, model, result.created_ids, None, now)
        _set_deleted(conn, Tag, result.tag_ids, None, now)
        _set_deleted(conn, TagLink, result.tag_link_ids, None, now)
        _index(conn, Organization, result.organization_ids)
        _index(conn, model, result.created_ids)
        _set_fields(session, model, result.after, expected=result.before)


def _chunks(ids: list[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _set_deleted(
    conn: Any, model: type[Record], ids: list[uuid.UUID], deleted_at: Any, now: Any = None
) -> None:
    """Tombstone the live rows ``ids`` (``deleted_at`` a time), or bring the tombstoned
    ones back (``deleted_at`` None); every one of them must be in the state expected."""
    table = model.__table__  # type: ignore[attr-defined]
    stamp = now if deleted_at is None else deleted_at
    expected = (
        table.c.deleted_at.is_(None) if deleted_at is not None else table.c.deleted_at.is_not(None)
    )
    for chunk in _chunks(ids):
        done = conn.execute(
            update(table)
            .where(table.c.id.in_(chunk), expected)
            .values(deleted_at=deleted_at, updated_at=stamp)
        ).rowcount
        if done != len(chunk):
            raise ImportUndoError(
                translate(
                    "ImportUndo",
                    "records of the import were deleted or brought back since; "
                    "nothing was changed (File ▸ Restore from Backup has the "
                    "copy made before the import)",
                )
            )


def _unindex(conn: Any, ids: list[uuid.UUID]) -> None:
    """Take the records ``ids`` out of the search index (as ``search.remove`` does, with
    one statement per 500 records: deleting FTS5 rows one statement each took four
    times as long for 100,000 records)."""
    for chunk in _chunks(ids):
        keys = tuple(record_id.hex for record_id in chunk)
        marks = ", ".join("?" * len(keys))
        conn.exec_driver_sql(
            "DELETE FROM search_index WHERE rowid IN"
            f" (SELECT rowid FROM search_key WHERE record_id IN ({marks}))",
            keys,
        )
        conn.exec_driver_sql(f"DELETE FROM search_key WHERE record_id IN ({marks})", keys)


def _index(conn: Any, model: type[Record], ids: list[uuid.UUID]) -> None:
    """Put the records ``ids`` (live again) back into the search index."""
    table = model.__table__  # type: ignore[attr-defined]
    searchable = Searchable()
    for chunk in _chunks(ids):
        rows = conn.execute(select(table).where(table.c.id.in_(chunk))).mappings().all()
        if model is Contact:
            add_documents(
                conn, ((r["id"], "contact", contact_document(r, searchable)) for r in rows)
            )
        else:
            add_documents(
                conn, ((r["id"], "organization", document(Organization(**r))) for r in rows)
            )


def _set_fields(
    session: Any,
    model: type[Record],
    values: dict[uuid.UUID, dict[str, Any]],
    expected: dict[uuid.UUID, dict[str, Any]],
) -> None:
    """Give each record the field values of ``values`` (through the ORM), if each still
    has the ``expected`` ones: a field edited meanwhile (in another window, by a script)
    would otherwise be overwritten with the value from before."""
    ids = list(values)
    for chunk in _chunks(ids):
        found = {
            record.id: record
            for record in session.scalars(
                select(model).where(model.id.in_(chunk))  # type: ignore[attr-defined]
            )
        }
        if len(found) != len(chunk):
            raise ImportUndoError(
                translate(
                    "ImportUndo",
                    "a record the import merged into was deleted since; nothing "
                    "was changed (File ▸ Restore from Backup has the copy made "
                    "before the import)",
                )
            )
        for record_id in chunk:
            record = found[record_id]
            for name, value in expected.get(record_id, {}).items():
                if _same(getattr(record, name), value):
                    continue
                raise ImportUndoError(
                    translate(
                        "ImportUndo",
                        "a record the import merged into was edited since; "
                        "nothing was changed (File ▸ Restore from Backup has the "
                        "copy made before the import)",
                    )
                )
            for name, value in values[record_id].items():
                setattr(record, name, list(value) if isinstance(value, list) else value)


def _same(current: Any, value: Any) -> bool:
    if isinstance(current, (list, tuple)) or isinstance(value, (list, tuple)):
        return list(current or []) == list(value or [])
    return bool(current == value)
