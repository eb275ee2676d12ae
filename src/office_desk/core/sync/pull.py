"""Pull: what changed on the server since the laptop's cursor, written into the file.

Pages of ``server_seq > cursor`` in ``server_seq`` order; the cursor is the server's
sequence, never a laptop's clock. The whole pull is one SQLite transaction (references
are checked at its end, so a record may arrive before the office it points at), with
the queue triggers silent: what came from the server is not queued back. A pulled
value never overwrites a field that still has an unpushed local edit.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, text
from sqlalchemy.exc import IntegrityError

from .. import search
from ..network_package import codec
from ..services import erasure, erasure_log
from ..store.column_types import utcnow
from . import local
from .triggers import WHOLE_ROW

log = logging.getLogger(__name__)

PAGE = 2000
Progress = Callable[[int], None]


@dataclass
class PullOutcome:
    records: int = 0
    conflicts: int = 0
    #: Records the server sent that this file could not take (listed, not applied).
    skipped: list[str] = field(default_factory=list)
    cursor: int = 0
    #: Tables that were empty when the pull began.
    empty: set[str] = field(default_factory=set)
    #: Rows inserted into such tables, for the search index (no need to read them back).
    fresh: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: Contacts the server has as erased, with their erasure time: erased here too.
    erased: dict[uuid.UUID, datetime] = field(default_factory=dict)
    #: Contacts of the erasure log the pull brought back with data, erased again.
    erased_again: int = 0

    @property
    def erasures(self) -> bool:
        """Whether the pull erased anyone: the caller then empties the ``-wal`` file
        after the commit (:func:`office_desk.core.services.erasure.forget_freed_pages`)."""
        return bool(self.erased or self.erased_again)


def pending_fields(conn: Connection) -> dict[tuple[str, uuid.UUID], set[str]]:
    pending: dict[tuple[str, uuid.UUID], set[str]] = defaultdict(set)
    for t, r, f in conn.execute(text("SELECT tbl, record_id, field FROM sync_queue")):
        pending[(t, uuid.UUID(r))].add(f)
    return pending


def pull(
    server: Connection,
    conn: Connection,
    cursor: int,
    conflict_cursor: int,
    progress: Progress | None = None,
) -> PullOutcome:
    """Apply the server's changes after ``cursor`` inside ``conn``'s transaction."""
    outcome = PullOutcome(cursor=cursor)
    pending = pending_fields(conn)
    touched: dict[str, set[uuid.UUID]] = defaultdict(set)
    # A table empty before the pull holds only what this pull wrote (each record
    # comes once): no need to look up what is there.
    outcome.empty = {
        name
        for name in codec.TABLE_ORDER
        if conn.execute(text(f"SELECT 1 FROM {name} LIMIT 1")).first() is None  # noqa: S608
    }
    while True:
        rows = (
            server.execute(
                text(
                    "SELECT tbl, id, fields, server_seq, updated_by "
                    "FROM office_desk.record WHERE server_seq > :c ORDER BY server_seq LIMIT :n"
                ),
                {"c": outcome.cursor, "n": PAGE},
            )
            .mappings()
            .all()
        )
        if not rows:
            break
        apply_rows(conn, rows, pending, touched, outcome)
        outcome.cursor = int(rows[-1]["server_seq"])
        if progress:
            progress(outcome.records)
        if len(rows) < PAGE:
            break
    outcome.conflicts = pull_conflicts(server, conn, conflict_cursor)
    settle_erasures(conn, outcome, touched)
    reindex(conn, touched)
    index_fresh(conn, outcome.fresh)
    return outcome


def apply_rows(
    conn: Connection,
    rows: Sequence[Any],
    pending: dict[tuple[str, uuid.UUID], set[str]],
    touched: dict[str, set[uuid.UUID]],
    outcome: PullOutcome,
    force: bool = False,
) -> None:
    by_table: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        if row["tbl"] in codec.COLUMNS:  # a newer app's kind: kept on the server only
            by_table[row["tbl"]].append(row)
    for name, group in by_table.items():
        t = local.table(name)
        if name in outcome.empty and not force:
            present: dict[uuid.UUID, dict] = {}
            bases: dict[uuid.UUID, int] = {}
        else:
            bases = local.read_bases(conn, name, (r["id"] for r in group))
            if not force:  # versions this laptop holds already (its own pushes)
                group = [r for r in group if bases.get(r["id"]) != int(r["server_seq"])]
            present = local.read_rows(conn, name, (r["id"] for r in group))
        inserts: list[dict[str, Any]] = []
        versions: list[dict[str, Any]] = []
        for row in group:
            record_id: uuid.UUID = row["id"]
            waiting = set() if force else pending.get((name, record_id), set())
            try:
                values = local.decoded_fields(name, _json(row["fields"]))
            except codec.ValueProblem as exc:
                outcome.skipped.append(f"{name} {record_id}: {exc}")
                continue
            erased = name == "contact" and values.get("erased_at") is not None
            if erased:  # erased wins over local edits of the person's fields
                outcome.erased[record_id] = values["erased_at"]
                if waiting & set(erasure.ERASURE_FIELDS):
                    drop_queued_erasure_fields(conn, record_id)
                    waiting = waiting - set(erasure.ERASURE_FIELDS)
            if WHOLE_ROW in waiting:
                values = (
                    {k: v for k, v in values.items() if k in erasure.ERASURE_FIELDS}
                    if erased
                    else {}
                )
            else:
                for key in waiting:
                    values.pop(key, None)
                if waiting:
                    values.pop("updated_at", None)
            if erased:  # nothing personal stays, whatever the server's copy held
                values.update(erasure.erased_values())
            mine = present.get(record_id)
            if (
                name in codec.UNIQUE_LIVE
                and values
                and settle_clash(
                    conn,
                    name,
                    record_id,
                    {**(mine or local.full_row(name, record_id, {})), **values},
                )
            ):
                # This row loses to a live local one with the same key: it is kept as
                # deleted, and the deletion is queued so the server learns it too.
                values["deleted_at"] = values.get("created_at") or (mine or {}).get("created_at")
                with local.recording(conn, True):
                    _write_one(conn, t, name, record_id, mine, values, outcome)
                touched[name].add(record_id)
                continue
            if mine is None and name in codec.UNIQUE_LIVE:
                if values:  # one at a time: the next row's clash check must see it
                    _write_one(conn, t, name, record_id, None, values, outcome)
            elif mine is None:
                if values:
                    inserts.append(local.full_row(name, record_id, values))
                    outcome.records += 1
                    if name in outcome.empty and not force:
                        outcome.fresh.setdefault(name, []).append(inserts[-1])
                        versions.append(_version(name, record_id, row))
                        continue  # indexed from this row, not re-read
            else:
                differing = {
                    k: v for k, v in values.items() if not codec.same_value(mine.get(k), v)
                }
                if set(differing) - {"updated_at"}:
                    outcome.records += 1
                    touched[name].add(record_id)
                if differing:
                    _update_one(conn, t, record_id, differing, outcome, name)
            if not waiting:  # with local edits waiting, the laptop has not seen it all
                versions.append(_version(name, record_id, row))
            if mine is None:
                touched[name].add(record_id)
        local.remember_versions(conn, versions)
        if inserts:
            try:
                with conn.begin_nested():
                    conn.execute(t.insert(), inserts)
            except IntegrityError:
                for one in inserts:
                    try:
                        with conn.begin_nested():
                            conn.execute(t.insert(), one)
                    except IntegrityError as exc:
                        outcome.skipped.append(f"{name} {one['id']}: {_first_line(exc)}")
                        fresh = outcome.fresh.get(name, [])
                        if any(row is one for row in fresh):
                            fresh[:] = [row for row in fresh if row is not one]


def settle_clash(conn: Connection, name: str, record_id: uuid.UUID, row: dict[str, Any]) -> bool:
    """Two laptops made the same live link, tag or rate offline (different ids, one
    key). The lower id wins on every laptop alike; the loser is deleted at its own
    creation time, so every laptop writes the same value. True when the pulled row
    loses; a losing local row is deleted here (queued)."""
    key = codec.unique_key(name, row)
    if key is None:
        return False
    t = local.table(name)
    query = t.select().where(t.c.deleted_at.is_(None)).where(t.c.id != record_id)
    if name == "tag":
        query = query.where(func.lower(t.c.name) == key[0])
    else:
        for column in codec.UNIQUE_LIVE[name]:
            query = query.where(t.c[column] == row[column])
    rivals = [dict(r) for r in conn.execute(query).mappings()]
    if not rivals:
        return False
    if any(str(r["id"]) < str(record_id) for r in rivals):
        return True
    with local.recording(conn, True):
        for rival in rivals:
            conn.execute(
                t.update().where(t.c.id == rival["id"]).values(deleted_at=rival["created_at"])
            )
    return False


def _write_one(
    conn: Connection,
    t: Any,
    name: str,
    record_id: uuid.UUID,
    mine: dict[str, Any] | None,
    values: dict[str, Any],
    outcome: PullOutcome,
) -> None:
    if mine is None:
        try:
            with conn.begin_nested():
                conn.execute(t.insert(), local.full_row(name, record_id, values))
        except IntegrityError as exc:
            outcome.skipped.append(f"{name} {record_id}: {_first_line(exc)}")
    else:
        _update_one(conn, t, record_id, values, outcome, name)
    outcome.records += 1


def _update_one(
    conn: Connection,
    t: Any,
    record_id: uuid.UUID,
    values: dict[str, Any],
    outcome: PullOutcome,
    name: str,
) -> None:
    try:
        with conn.begin_nested():
            conn.execute(t.update().where(t.c.id == record_id).values(**values))
    except IntegrityError as exc:
        outcome.skipped.append(f"{name} {record_id}: {_first_line(exc)}")


def _first_line(exc: BaseException) -> str:
    return str(getattr(exc, "orig", exc)).splitlines()[0]


def _json(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else json.loads(value)


def _version(name: str, record_id: uuid.UUID, row: Any) -> dict[str, Any]:
    fields = _json(row["fields"])
    return {
        "t": name,
        "r": record_id.hex,
        "s": int(row["server_seq"]),
        "b": row["updated_by"],
        "at": fields.get("updated_at"),
    }


def drop_queued_erasure_fields(conn: Connection, record_id: uuid.UUID) -> None:
    """Forget local edits of an erased contact's personal fields: they are not sent."""
    conn.execute(
        text(
            "DELETE FROM sync_queue WHERE tbl = 'contact' AND record_id = :r AND field IN :f"
        ).bindparams(bindparam("f", expanding=True)),
        {"r": record_id.hex, "f": list(erasure.ERASURE_FIELDS)},
    )


def settle_erasures(
    conn: Connection, outcome: PullOutcome, touched: dict[str, set[uuid.UUID]]
) -> None:
    """After the pulled rows are written: erasures that came from the server are
    finished here (links closed and blanked at the contact's own deletion time, which
    every laptop writes alike and which syncs, as are links made since to anyone erased
    before; conflicts blanked; the search index
    purged; the ids added to the erasure log, so a restored backup erases them again),
    and contacts the erasure log lists that the pull brought back with data are erased
    again, queued, so that the server learns it too."""
    erased = set(outcome.erased)
    pulled = touched.get("contact", set()) | {row["id"] for row in outcome.fresh.get("contact", [])}
    again: set[uuid.UUID] = set()
    if pulled - erased:
        try:
            logged = erasure_log.erased_ids()
        except erasure_log.ErasureLogError as exc:
            log.warning("%s; contacts erased earlier were not checked", exc)
            logged = set()
        again = _holding_data(conn, (pulled - erased) & logged)
    with local.recording(conn, True):
        # Links to anyone erased here, also those a colleague made before the
        # erasure reached them (and those this pull brought).
        erasure.close_links_of_erased(conn)
    if erased:
        search.remove(conn, erased)
        erasure.blank_conflicts(conn, erased)
        try:
            erasure_log.add_to_log(outcome.erased.items())
        except erasure_log.ErasureLogError as exc:
            log.warning("%s; the erasures pulled were not logged", exc)
    if again:
        with local.recording(conn, True):
            erasure.erase_rows(conn, again, utcnow())
        # Re-read for the index, not indexed from the rows as they came.
        fresh = outcome.fresh.get("contact", [])
        fresh[:] = [row for row in fresh if row["id"] not in again]
        touched.setdefault("contact", set()).update(again)
        outcome.erased_again = len(again)
    if erased or again:
        erasure.purge_search_index(conn)


def _holding_data(conn: Connection, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    """Those of the contacts ``ids`` not erased here, or erased but holding data."""
    rows = local.read_rows(conn, "contact", ids)
    return {i for i, row in rows.items() if row["erased_at"] is None or not erasure.is_blank(row)}


def reindex(conn: Connection, touched: dict[str, set[uuid.UUID]]) -> None:
    """The search index follows what the pull wrote."""
    for name, ids in touched.items():
        if name not in codec.KIND_TABLES:
            continue
        rows = local.read_rows(conn, name, ids)
        records = [codec.make_record(name, row) for row in rows.values()]
        search.put(conn, records)


def index_fresh(conn: Connection, fresh: dict[str, list[dict[str, Any]]]) -> None:
    """Index rows inserted into tables that were empty (nothing to remove first)."""
    for name, rows in fresh.items():
        if name not in codec.KIND_TABLES:
            continue
        kind = codec.KIND_TABLES[name].name
        search.add_documents(
            conn,
            (
                (row["id"], kind, search.document(codec.make_record(name, row)))
                for row in rows
                if row.get("deleted_at") is None
            ),
        )


def pull_conflicts(server: Connection, conn: Connection, cursor: int) -> int:
    rows = (
        server.execute(
            text(
                "SELECT id, tbl, record_id, field, reason, kept, kept_by, kept_at, other, "
                "other_by, other_at, resolved, server_seq FROM office_desk.conflict "
                "WHERE server_seq > :c ORDER BY server_seq"
            ),
            {"c": cursor},
        )
        .mappings()
        .all()
    )
    for row in rows:
        local.store_conflict(conn, row, int(row["server_seq"]), bool(row["resolved"]))
    if rows:
        local.set_state(conn, conflict_cursor=int(rows[-1]["server_seq"]))
    return len(rows)


def restore_server_versions(
    server: Connection, conn: Connection, refused: dict[str, set[uuid.UUID]]
) -> None:
    """Undo refused writes on the laptop: the server's version of each record, or, for
    a record the server never had, the record removed here (its values are in the
    conflict list)."""
    touched: dict[str, set[uuid.UUID]] = defaultdict(set)
    outcome = PullOutcome()
    for name, ids in refused.items():
        rows = (
            server.execute(
                text(
                    "SELECT tbl, id, fields, server_seq, updated_by FROM "
                    "office_desk.record WHERE tbl = :t AND id = ANY(CAST(:ids AS uuid[]))"
                ),
                {"t": name, "ids": list(ids)},
            )
            .mappings()
            .all()
        )
        apply_rows(conn, rows, {}, touched, outcome, force=True)
        missing = ids - {r["id"] for r in rows}
        if missing:
            t = local.table(name)
            conn.execute(
                t.delete().where(t.c.id.in_(bindparam("ids", expanding=True))),
                {"ids": list(missing)},
            )
            search.remove(conn, missing)
    reindex(conn, touched)
