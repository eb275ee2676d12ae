"""The import itself: write what the dry run planned, all of it or nothing.

:func:`apply_plan` runs in one write transaction. It first checks that the plan still
fits the database (a record it merges into deleted, or any contact, organization or
office added, edited or deleted since the dry run: :class:`StalePlan`), and refuses a
plan with errors unless ``plan.skip_errors`` is set (:class:`PlanHasErrors`). New
records are written with bulk inserts (Core's statement, the column types binding the
values: UUIDs, UTC timestamps, JSON lists; see :mod:`.bulk_insert`) and indexed for
search in bulk, with their tags (new tags made once per name, matched in any case);
merges go through the ORM, so they are validated and indexed like any edit. A failure,
or the progress callback raising (Cancel), rolls everything back.

The :class:`ImportResult` names everything the import wrote (new records, tags and
tag links, and each merged field's value before and after), which is what undoing the
import needs (see :mod:`.undo`).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ..i18n import translate
from ..models import Contact, Organization, Tag, TagLink
from ..search import add_documents, document
from ..store.column_types import utcnow
from ..store.database import Store
from ..validation import length_limits, too_long, validate
from . import summary_text as words
from .bulk_index import Searchable, contact_document
from .bulk_insert import insert_rows
from .collector import collector_paused
from .matching import database_state, load_tag_ids, load_tags, tag_key
from .merging import merge_changes
from .plan import CHOICES, ImportPlan, PlannedRow, incoming_fields

Progress = Callable[[int, int], None]
CHUNK = 5000
CACHE_KIB = 64 * 1024
CONTACT_DEFAULTS: dict[str, Any] = {
    "given_name": "",
    "family_name": "",
    "name_native": "",
    "family_name_first": False,
    "title": "",
    "position": "",
    "organization_id": None,
    "office_id": None,
    "city": "",
    "country": "",
    "emails": [],
    "phones": [],
    "messaging": [],
    "languages": [],
    "last_contacted_on": None,
    "legal_basis": "unknown",
    "legal_basis_note": "",
    "notes": "",
    "erased_at": None,
}
ORGANIZATION_DEFAULTS: dict[str, Any] = {
    "name": "",
    "name_native": "",
    "kind": "company",
    "sector": "",
    "country": "",
    "city": "",
    "latitude": None,
    "longitude": None,
    "website": "",
    "notes": "",
    "office_id": None,
}


class ImportRefused(Exception):
    """The plan cannot be imported as it is; ``str()`` says why and what to do."""


class StalePlan(ImportRefused):
    """The database changed since the dry run: check the file again."""


class PlanHasErrors(ImportRefused):
    """Rows have errors and the plan does not say to leave them out."""


@dataclass
class ImportResult:
    """What an import wrote: counts, and the ids of new and updated records.

    The rest is the receipt :mod:`.undo` takes back or writes again: the organizations
    made for contacts, the new tags, every tag link made, and for each updated record
    the fields the merge changed, as they were (``before``) and became (``after``)."""

    target: str
    created: int = 0
    updated: int = 0
    merged_rows: int = 0
    skipped: int = 0
    left_out: int = 0
    organizations_created: int = 0
    tags_created: int = 0
    created_ids: list[uuid.UUID] = field(default_factory=list)
    updated_ids: list[uuid.UUID] = field(default_factory=list)
    organization_ids: list[uuid.UUID] = field(default_factory=list)
    tag_ids: list[uuid.UUID] = field(default_factory=list)
    tag_link_ids: list[uuid.UUID] = field(default_factory=list)
    before: dict[uuid.UUID, dict[str, Any]] = field(default_factory=dict)
    after: dict[uuid.UUID, dict[str, Any]] = field(default_factory=dict)

    @property
    def records_written(self) -> int:
        """How many records the import created or changed (what undoing it touches)."""
        return (
            len(self.created_ids)
            + len(self.organization_ids)
            + len(self.updated_ids)
            + len(self.tag_ids)
        )

    def summary(self) -> str:
        """One sentence for the user: what was written."""
        parts = [words.counted(words.NEW_RECORDS[self.target], self.created)]
        if self.merged_rows:
            parts.append(
                words.counted(words.MERGED_ROWS, self.merged_rows)
                + words.counted(words.RECORDS_UPDATED, self.updated)
            )
        parts.append(words.counted(words.ROWS_SKIPPED, self.skipped))
        if self.left_out:
            parts.append(words.counted(words.ROWS_LEFT_OUT, self.left_out))
        if self.organizations_created:
            parts.append(
                words.counted(words.NEW_RECORDS["organizations"], self.organizations_created)
            )
        if self.tags_created:
            parts.append(words.counted(words.NEW_TAGS, self.tags_created))
        return translate("ImportContacts", words.IMPORTED).format(parts=words.listed(parts))


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
        raise ValueError(
            f"line {bad[0].line}: {bad[0].choice!r} is not one of {', '.join(CHOICES)}"
        )
    failed = plan.error_rows()
    if failed and not plan.skip_errors:
        raise PlanHasErrors(
            f"{len(failed):,} rows have errors (the first: {failed[0].errors[0]}); fix "
            "them, or choose to leave them out"
        )


def _check_fresh(conn: Any, plan: ImportPlan, table: Any) -> None:
    merging = [r for r in plan.rows if r.action == "update" and r.merge_into is not None]
    wanted = list({r.merge_into for r in merging})
    live: set[uuid.UUID] = set()
    for start in range(0, len(wanted), 500):
        live.update(
            conn.execute(
                select(table.c.id).where(
                    table.c.id.in_(wanted[start : start + 500]), table.c.deleted_at.is_(None)
                )
            ).scalars()
        )
    for row in merging:
        if row.merge_into not in live:
            title = next((m.title for m in row.duplicate_of if m.record_id == row.merge_into), "")
            raise StalePlan(
                f"line {row.line}: the record {title!r} it merges into was "
                "deleted since the dry run; check the file again"
            )
    if database_state(conn) != plan.database_state:
        raise StalePlan(
            "the database changed since the dry run (records were added, edited "
            "or deleted meanwhile); check the file again"
        )


@dataclass
class _Work:
    """The rows resolved: records to insert, and merges into stored records."""

    created: list[dict[str, Any]] = field(default_factory=list)
    merges: dict[uuid.UUID, list[PlannedRow]] = field(default_factory=dict)
    result: ImportResult = field(default_factory=lambda: ImportResult("contacts"))


def _resolve(plan: ImportPlan, now: Any) -> _Work:
    defaults = CONTACT_DEFAULTS if plan.target == "contacts" else ORGANIZATION_DEFAULTS
    chosen = plan.defaults()
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
            for name, value in chosen.items():
                if values.get(name) is None:
                    values[name] = value
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


def _create_organizations(
    conn: Any, plan: ImportPlan, work: _Work, rows_merging: list[Any], now: Any
) -> dict[str, uuid.UUID]:
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
        values = {
            **ORGANIZATION_DEFAULTS,
            "name": name,
            "id": uuid.uuid4(),
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
        }
        made[ref] = values["id"]
        records.append(values)
    _insert(conn, Organization, records)
    work.result.organizations_created = len(records)
    work.result.organization_ids = list(made.values())
    return made


def _tag_records(
    conn: Any, target: str, wanted: dict[uuid.UUID, list[str]], now: Any, result: ImportResult
) -> None:
    """Tag the records: ``wanted`` maps a record's id to the names of the tags to add
    (none it has already). A name that matches a live tag (any case) gets that tag; the
    others become new tags, one per name."""
    if not wanted:
        return
    existing = load_tag_ids(conn)
    column = "contact_id" if target == "contacts" else "organization_id"
    tags: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    blank = {
        "office_id": None,
        "organization_id": None,
        "contact_id": None,
        "project_id": None,
        "event_id": None,
        "created_at": now,
        "updated_at": now,
        "deleted_at": None,
    }
    for record_id, names in wanted.items():
        seen: set[str] = set()
        for name in names:
            key = tag_key(name)
            if not key or key in seen:
                continue
            seen.add(key)
            tag_id = existing.get(key)
            if tag_id is None:
                tag_id = existing[key] = uuid.uuid4()
                tags.append(
                    {
                        "id": tag_id,
                        "name": " ".join(name.split()),
                        "color": "",
                        "created_at": now,
                        "updated_at": now,
                        "deleted_at": None,
                    }
                )
            links.append({**blank, "tag_id": tag_id, column: record_id})
    for link, link_id in zip(links, new_ids(len(links)), strict=True):
        link["id"] = link_id
    if tags:
        check_lengths(Tag, tags)
        insert_rows(conn, Tag.__table__, tags)  # type: ignore[attr-defined]
    if links:
        insert_rows(conn, TagLink.__table__, links)  # type: ignore[attr-defined]
    result.tags_created = len(tags)
    result.tag_ids = [t["id"] for t in tags]
    result.tag_link_ids = [link["id"] for link in links]


def check_lengths(model: Any, records: list[dict[str, Any]]) -> None:
    """Raise ValueError if a text of ``records`` (new records of ``model``, written in
    bulk without :func:`validate`) is longer than its field's declared length. The dry
    run makes such rows errors, so this only guards against a mistake."""
    limits = list(length_limits(model).items())
    if not any(_longest(records, name) > limit for name, limit in limits):
        return
    for values in records:
        for name, limit in limits:
            value = values.get(name)
            if isinstance(value, str) and len(value) > limit:
                raise ValueError(
                    translate(
                        "ImportContacts",
                        "a new record cannot be saved ({problem}); nothing was imported",
                    ).format(problem=too_long(model, name, len(value)))
                )


def _longest(records: list[dict[str, Any]], name: str) -> int:
    """The length of the longest text the ``records`` have for ``name``."""
    texts = [v for v in (values.get(name) for values in records) if isinstance(v, str)]
    return max(map(len, texts), default=0)


def _insert(
    conn: Any,
    model: type[Contact] | type[Organization],
    records: list[dict[str, Any]],
    searchable: Searchable | None = None,
) -> None:
    if not records:
        return
    check_lengths(model, records)
    insert_rows(conn, model.__table__, records)  # type: ignore[union-attr]
    if model is Contact:
        found = searchable or Searchable()
        docs = ((r["id"], "contact", contact_document(r, found)) for r in records)
    else:
        docs = ((r["id"], "organization", document(Organization(**r))) for r in records)
    add_documents(conn, docs)


def _insert_chunks(
    conn: Any,
    model: type[Contact] | type[Organization],
    records: list[dict[str, Any]],
    report: Callable[[int], None],
) -> None:
    """Write ``records`` a chunk at a time, calling ``report`` with the count written.

    (Preparing the next chunk in a thread while SQLite writes one was tried: with the
    GIL handed back after every row's step, it made the import 6-30% slower.)"""
    chunks = [records[start : start + CHUNK] for start in range(0, len(records), CHUNK)]
    searchable = Searchable()  # one for the whole import: names repeat across chunks
    done = 0
    for chunk in chunks:
        _insert(conn, model, chunk, searchable)
        done += len(chunk)
        report(done)


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


def _write(session: Any, conn: Any, plan: ImportPlan, model: Any, report: Progress) -> ImportResult:
    """The writing part of :func:`apply_plan`, inside its transaction."""
    _check_fresh(conn, plan, model.__table__)
    now = utcnow()
    work = _resolve(plan, now)
    result = work.result
    total = len(work.created) + sum(len(rows) for rows in work.merges.values()) + 1
    report(0, total)
    stored = _load(session, model, list(work.merges))
    column = "contact_id" if plan.target == "contacts" else "organization_id"
    tagged = load_tags(conn, column, list(work.merges))
    merged = {
        record_id: _merged(stored[record_id], rows, tagged.get(record_id, []), plan.defaults())
        for record_id, rows in work.merges.items()
    }
    made = (
        _create_organizations(conn, plan, work, [c for c, _, _ in merged.values()], now)
        if plan.target == "contacts"
        else {}
    )
    report(0, total)
    tags: dict[uuid.UUID, list[str]] = {}
    for values in work.created:
        ref = values.get("organization_id")
        if isinstance(ref, str):
            values["organization_id"] = made[ref]
        names = values.pop("tags", None)
        if names:
            tags[values["id"]] = names
    _insert_chunks(conn, model, work.created, lambda done: report(done, total))
    for record_id, (changes, added_tags, rows) in merged.items():
        if changes:
            record = stored[record_id]
            result.before[record_id] = {name: _copy(getattr(record, name)) for name in changes}
            _change(record, changes, rows, made)
            result.after[record_id] = {name: _copy(getattr(record, name)) for name in changes}
        if added_tags:
            tags[record_id] = added_tags
    session.flush()  # validates and indexes the merged records
    _tag_records(conn, plan.target, tags, now, result)
    result.created = len(work.created)
    result.created_ids = [values["id"] for values in work.created]
    result.updated_ids = [
        k for k, (changes, added_tags, _rows) in merged.items() if changes or added_tags
    ]
    result.updated = len(result.updated_ids)
    report(total, total)
    return result


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _change(
    record: Any, changes: dict[str, Any], rows: list[PlannedRow], made: dict[str, uuid.UUID]
) -> None:
    """Merge ``changes`` into a stored record; a ValueError naming the rows' lines if the
    result could not be saved."""
    for name, value in changes.items():
        if name == "organization_id" and isinstance(value, str):
            value = made[value]
        setattr(record, name, value)
    problems = validate(record)
    if problems:
        lines = ", ".join(str(r.line) for r in rows)
        raise ValueError(
            f"line {lines}: merging gives a record that cannot be saved: "
            + "; ".join(str(p) for p in problems)
        )


def _load(session: Any, model: Any, ids: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    found: dict[uuid.UUID, Any] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for record in session.scalars(select(model).where(model.id.in_(chunk))):
            found[record.id] = record
    return found


def _merged(
    record: Any, rows: list[PlannedRow], tags: list[str], defaults: dict[str, Any]
) -> tuple[dict[str, Any], list[str], list[PlannedRow]]:
    """All the changes the ``rows`` make to ``record`` (whose tags are ``tags``), one
    after the other: (field changes, names of the tags to add, the rows)."""
    values = {name: getattr(record, name) for name in type(record).model_fields}
    values["tags"] = list(tags)
    changes: dict[str, Any] = {}
    for row in rows:
        more, _ = merge_changes(values, incoming_fields(row), None, defaults)
        values.update(more)
        changes.update(more)
    added = changes.pop("tags", [])[len(tags) :]
    return changes, added, rows
