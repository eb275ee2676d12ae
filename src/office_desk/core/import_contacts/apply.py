"""The import itself: write what the dry run planned, all of it or nothing.

:func:`apply_plan` runs in one write transaction. It first checks that the plan still
fits the database (a record it merges into deleted, or any contact, organization or
office added, edited or deleted since the dry run: :class:`StalePlan`), and refuses a
plan with errors unless ``plan.skip_errors`` is set (:class:`PlanHasErrors`). New
records are written with bulk inserts (Core's statement, the column types binding the
values: UUIDs, UTC timestamps, JSON lists; see :mod:`.bulk_insert`) and indexed for
search in bulk; merges go through the
ORM, so they are validated and indexed like any edit. A failure, or the progress
callback raising (Cancel), rolls everything back.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ..database import Store
from ..i18n import translate
from ..models import Contact, Organization
from ..search import add_documents, document
from ..types import utcnow
from ..validation import validate
from .bulk_index import Searchable, contact_document
from .bulk_insert import insert_rows
from .collector import collector_paused
from .matching import database_state
from .merging import merge_changes
from .plan import CHOICES, ImportPlan, PlannedRow, incoming_fields

Progress = Callable[[int, int], None]
CHUNK = 5000
CACHE_KIB = 64 * 1024
CONTACT_DEFAULTS: dict[str, Any] = {
    "given_name": "", "family_name": "", "name_native": "", "family_name_first": False,
    "position": "", "organization_id": None, "office_id": None, "city": "", "country": "",
    "emails": [], "phones": [], "messaging": [], "languages": [], "last_contacted_on": None,
    "legal_basis": "unknown", "legal_basis_note": "", "notes": "",
}
ORGANIZATION_DEFAULTS: dict[str, Any] = {
    "name": "", "name_native": "", "kind": "company", "sector": "", "country": "", "city": "",
    "latitude": None, "longitude": None, "website": "", "notes": "", "office_id": None,
}


class ImportRefused(Exception):
    """The plan cannot be imported as it is; ``str()`` says why and what to do."""


class StalePlan(ImportRefused):
    """The database changed since the dry run: check the file again."""


class PlanHasErrors(ImportRefused):
    """Rows have errors and the plan does not say to leave them out."""


@dataclass
class ImportResult:
    """What an import wrote: counts, and the ids of new and updated records."""

    target: str
    created: int = 0
    updated: int = 0
    merged_rows: int = 0
    skipped: int = 0
    left_out: int = 0
    organizations_created: int = 0
    created_ids: list[uuid.UUID] = field(default_factory=list)
    updated_ids: list[uuid.UUID] = field(default_factory=list)

    def summary(self) -> str:
        """One sentence for the user: what was written."""
        new = (translate("ImportContacts", "{count} new contacts") if self.target == "contacts"
               else translate("ImportContacts", "{count} new organizations"))
        parts = [new.format(count=f"{self.created:,}")]
        if self.merged_rows:
            parts.append(_count(self.merged_rows,
                                translate("ImportContacts", "{count} row merged into others"),
                                translate("ImportContacts", "{count} rows merged into others"))
                         + _count(self.updated,
                                  translate("ImportContacts", " ({count} existing record updated)"),
                                  translate("ImportContacts",
                                            " ({count} existing records updated)")))
        parts.append(_count(self.skipped, translate("ImportContacts", "{count} row skipped"),
                            translate("ImportContacts", "{count} rows skipped")))
        if self.left_out:
            parts.append(_count(self.left_out,
                                translate("ImportContacts", "{count} row with errors left out"),
                                translate("ImportContacts", "{count} rows with errors left out")))
        if self.organizations_created:
            parts.append(_count(self.organizations_created,
                                translate("ImportContacts", "{count} new organization"),
                                translate("ImportContacts", "{count} new organizations")))
        return translate("ImportContacts", "Imported: {parts}.").format(
            parts=", ".join(parts))


def _count(number: int, one: str, many: str) -> str:
    """``one`` or ``many`` (English plural logic), ``{count}`` filled in."""
    return (one if number == 1 else many).format(count=f"{number:,}")


def _no_progress(_done: int, _total: int) -> None:
    pass


def new_ids(count: int) -> list[uuid.UUID]:
    """``count`` random (version 4) UUIDs, as ``uuid.uuid4()`` makes them, from one read
    of the system's random source instead of one per id."""
    data = os.urandom(16 * count)
    return [uuid.UUID(bytes=data[i : i + 16], version=4) for i in range(0, 16 * count, 16)]


def _check(plan: ImportPlan) -> None:
    if plan.applied:
        raise StalePlan("this dry run has been imported already; check the file again")
    bad = [r for r in plan.rows if r.choice not in CHOICES]
    if bad:
        raise ValueError(f"line {bad[0].line}: {bad[0].choice!r} is not one of "
                         f"{', '.join(CHOICES)}")
    failed = plan.error_rows()
    if failed and not plan.skip_errors:
        raise PlanHasErrors(
            f"{len(failed):,} rows have errors (the first: {failed[0].errors[0]}); fix "
            "them, or choose to leave them out")


def _check_fresh(conn: Any, plan: ImportPlan, table: Any) -> None:
    merging = [r for r in plan.rows if r.action == "update" and r.merge_into is not None]
    wanted = list({r.merge_into for r in merging})
    live: set[uuid.UUID] = set()
    for start in range(0, len(wanted), 500):
        live.update(conn.execute(select(table.c.id).where(
            table.c.id.in_(wanted[start : start + 500]), table.c.deleted_at.is_(None))
        ).scalars())
    for row in merging:
        if row.merge_into not in live:
            title = next((m.title for m in row.duplicate_of if m.record_id == row.merge_into),
                         "")
            raise StalePlan(f"line {row.line}: the record {title!r} it merges into was "
                            "deleted since the dry run; check the file again")
    if database_state(conn) != plan.database_state:
        raise StalePlan("the database changed since the dry run (records were added, edited "
                        "or deleted meanwhile); check the file again")


@dataclass
class _Work:
    """The rows resolved: records to insert, and merges into stored records."""

    created: list[dict[str, Any]] = field(default_factory=list)
    merges: dict[uuid.UUID, list[PlannedRow]] = field(default_factory=dict)
    result: ImportResult = field(default_factory=lambda: ImportResult("contacts"))


def _resolve(plan: ImportPlan, now: Any) -> _Work:
    defaults = CONTACT_DEFAULTS if plan.target == "contacts" else ORGANIZATION_DEFAULTS
    work = _Work(result=ImportResult(plan.target))
    result = work.result
    # Where each row's data went: a new record's values, or an existing record's id.
    went: list[dict[str, Any] | uuid.UUID | None] = [None] * len(plan.rows)
    ids = iter(new_ids(sum(1 for row in plan.rows if row.action == "create")))
    for number, row in enumerate(plan.rows):
        action = row.action
        if action == "error":
            result.left_out += 1
            continue
        if action == "create":
            values = defaults.copy()
            values.update(row.fields)
            values.pop("organization", None)
            if row.organization_ref is not None:
                values["organization_id"] = row.organization_ref
            values.update(id=next(ids), created_at=now, updated_at=now, deleted_at=None)
            work.created.append(values)
            went[number] = values
            continue
        if row.merge_into is not None:
            went[number] = row.merge_into
        elif row.merge_into_row is not None:
            went[number] = went[row.merge_into_row]
        if action == "skip":
            result.skipped += 1
            continue
        result.merged_rows += 1
        into = went[number]
        if isinstance(into, uuid.UUID):
            work.merges.setdefault(into, []).append(row)
        elif into is not None:
            changes, _ = merge_changes(into, incoming_fields(row))
            into.update(changes)
    return work


def _create_organizations(conn: Any, plan: ImportPlan, work: _Work, rows_merging: list[Any],
                          now: Any) -> dict[str, uuid.UUID]:
    """Add the organizations that new contacts or merges refer to by name."""
    wanted: dict[str, None] = {}
    for values in work.created:
        ref = values.get("organization_id")
        if isinstance(ref, str):
            wanted.setdefault(ref)
    for changes in rows_merging:
        ref = changes.get("organization_id")
        if isinstance(ref, str):
            wanted.setdefault(ref)
    made: dict[str, uuid.UUID] = {}
    records = []
    for ref in wanted:
        name = plan.organization_names[ref.removeprefix("new:")]
        values = {**ORGANIZATION_DEFAULTS, "name": name, "id": uuid.uuid4(),
                  "created_at": now, "updated_at": now, "deleted_at": None}
        made[ref] = values["id"]
        records.append(values)
    _insert(conn, Organization, records)
    work.result.organizations_created = len(records)
    return made


def _insert(conn: Any, model: type[Contact] | type[Organization],
            records: list[dict[str, Any]]) -> None:
    if not records:
        return
    insert_rows(conn, model.__table__, records)  # type: ignore[union-attr]
    if model is Contact:
        searchable = Searchable()
        docs = ((r["id"], "contact", contact_document(r, searchable)) for r in records)
    else:
        docs = ((r["id"], "organization", document(Organization(**r))) for r in records)
    add_documents(conn, docs)


def apply_plan(store: Store, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """Import what ``plan`` says, in one transaction (see the module's notes).

    Raises :class:`PlanHasErrors` or :class:`StalePlan` (nothing written), or whatever
    stopped it (a ValueError naming the line of a merge that cannot be saved, the
    progress callback's exception); in every case the database is left as it was."""
    _check(plan)
    model = Contact if plan.target == "contacts" else Organization
    with collector_paused(), store.write() as session:
        conn = session.connection()
        with _bigger_page_cache(conn):
            result = _write(session, conn, plan, model, progress or _no_progress)
    plan.applied = True
    return result


@contextmanager
def _bigger_page_cache(conn: Any) -> Iterator[None]:
    """SQLite's page cache raised to 64 MB on the import's connection while it writes
    (with the default 2 MB, the index inserts of a big import keep going to the file),
    and set back before the connection goes back to the pool."""
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    conn.exec_driver_sql(f"PRAGMA cache_size = {min(before, -CACHE_KIB)}")
    try:
        yield
    finally:
        with suppress(Exception):  # a broken connection is thrown away anyway
            conn.exec_driver_sql(f"PRAGMA cache_size = {before}")


def _write(session: Any, conn: Any, plan: ImportPlan, model: Any,
           report: Progress) -> ImportResult:
    """The writing part of :func:`apply_plan`, inside its transaction."""
    _check_fresh(conn, plan, model.__table__)
    now = utcnow()
    work = _resolve(plan, now)
    result = work.result
    total = len(work.created) + sum(len(rows) for rows in work.merges.values()) + 1
    report(0, total)
    stored = _load(session, model, list(work.merges))
    merged = {record_id: _merged(stored[record_id], rows)
              for record_id, rows in work.merges.items()}
    made = (_create_organizations(conn, plan, work, [c for c, _ in merged.values()], now)
            if plan.target == "contacts" else {})
    report(0, total)
    for values in work.created:
        ref = values.get("organization_id")
        if isinstance(ref, str):
            values["organization_id"] = made[ref]
    done = 0
    for start in range(0, len(work.created), CHUNK):
        chunk = work.created[start : start + CHUNK]
        _insert(conn, model, chunk)
        done += len(chunk)
        report(done, total)
    for record_id, (changes, rows) in merged.items():
        _change(stored[record_id], changes, rows, made)
    session.flush()  # validates and indexes the merged records
    result.created = len(work.created)
    result.created_ids = [values["id"] for values in work.created]
    result.updated_ids = [k for k, (changes, _rows) in merged.items() if changes]
    result.updated = len(result.updated_ids)
    report(total, total)
    return result


def _change(record: Any, changes: dict[str, Any], rows: list[PlannedRow],
            made: dict[str, uuid.UUID]) -> None:
    """Merge ``changes`` into a stored record; a ValueError naming the rows' lines if the
    result could not be saved."""
    for name, value in changes.items():
        if name == "organization_id" and isinstance(value, str):
            value = made[value]
        setattr(record, name, value)
    problems = validate(record)
    if problems:
        lines = ", ".join(str(r.line) for r in rows)
        raise ValueError(f"line {lines}: merging gives a record that cannot be saved: "
                         + "; ".join(str(p) for p in problems))


def _load(session: Any, model: Any, ids: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    found: dict[uuid.UUID, Any] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for record in session.scalars(select(model).where(model.id.in_(chunk))):
            found[record.id] = record
    return found


def _merged(record: Any, rows: list[PlannedRow]) -> tuple[dict[str, Any], list[PlannedRow]]:
    """All the changes the ``rows`` make to ``record``, one after the other."""
    values = {name: getattr(record, name) for name in type(record).model_fields}
    changes: dict[str, Any] = {}
    for row in rows:
        more, _ = merge_changes(values, incoming_fields(row))
        values.update(more)
        changes.update(more)
    return changes, rows
