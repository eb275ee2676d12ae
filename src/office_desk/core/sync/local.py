"""The laptop's side of sync: its state, its queue, and reading and writing its rows.

Everything here works on a SQLAlchemy connection to the SQLite file inside a
transaction the caller holds; nothing here talks to the server.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select, text

from ..network_package import codec
from ..network_package.scope import LINK_OWNERS, OWNED, TAG_TARGETS
from .triggers import NOT_QUEUED, WHOLE_ROW


def table(name: str) -> Table:
    return codec.MODELS[name].__table__  # type: ignore[attr-defined,no-any-return]


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


# --------------------------------------------------------------------------- state


def read_state(conn: Connection) -> dict[str, str]:
    return {k: v for k, v in conn.execute(text("SELECT key, value FROM sync_state"))}


def set_state(conn: Connection, **values: str | int | None) -> None:
    for key, value in values.items():
        if value is None:
            conn.execute(text("DELETE FROM sync_state WHERE key = :k"), {"k": key})
        else:
            conn.execute(
                text("INSERT OR REPLACE INTO sync_state (key, value) VALUES (:k, :v)"),
                {"k": key, "v": str(value)},
            )


def set_recording(conn: Connection, on: bool) -> None:
    conn.execute(text("UPDATE sync_control SET recording = :r WHERE id = 1"), {"r": int(on)})


@contextmanager
def recording(conn: Connection, on: bool) -> Iterator[None]:
    """Within ``conn``'s transaction, record (or not) the writes made in the block, and
    return to the opposite afterwards."""
    set_recording(conn, on)
    try:
        yield
    finally:
        set_recording(conn, not on)


def store_conflict(conn: Connection, entry: Mapping[Any, Any], seq: int, resolved: bool) -> None:
    """Keep one conflict (a row of the server's ``conflict`` table, or a refusal made
    like one); a conflict already kept takes the newer sequence and the server's
    values (blanked when the person was erased), and stays resolved."""
    conn.execute(
        text(
            "INSERT INTO sync_conflict (id, tbl, record_id, field, reason, kept_value, "
            "kept_by, kept_at, other_value, other_by, other_at, seq, resolved) VALUES "
            "(:id, :tbl, :rid, :field, :reason, :kept, :kept_by, :kept_at, :other, "
            ":other_by, :other_at, :seq, :resolved) ON CONFLICT (id) DO UPDATE SET "
            "seq = excluded.seq, resolved = max(resolved, excluded.resolved), "
            "kept_value = excluded.kept_value, other_value = excluded.other_value"
        ),
        {
            "id": str(entry["id"]),
            "tbl": entry["tbl"],
            "rid": entry["record_id"].hex,
            "field": entry["field"],
            "reason": entry["reason"],
            "kept": json.dumps(entry["kept"], ensure_ascii=False),
            "kept_by": entry["kept_by"],
            "kept_at": entry["kept_at"].isoformat() if entry["kept_at"] else None,
            "other": json.dumps(entry["other"], ensure_ascii=False),
            "other_by": entry["other_by"],
            "other_at": entry["other_at"].isoformat(),
            "seq": seq,
            "resolved": int(resolved),
        },
    )


def pending_count(conn: Connection) -> int:
    return int(conn.execute(text("SELECT count(*) FROM sync_queue")).scalar() or 0)


def open_conflict_count(conn: Connection) -> int:
    return int(
        conn.execute(text("SELECT count(*) FROM sync_conflict WHERE resolved = 0")).scalar() or 0
    )


# --------------------------------------------------------------------------- the queue


@dataclass(frozen=True)
class Queued:
    change_id: str
    table: str
    record_id: uuid.UUID
    field: str
    changed_at: str


def queued(conn: Connection) -> list[Queued]:
    rows = conn.execute(
        text("SELECT change_id, tbl, record_id, field, changed_at FROM sync_queue ORDER BY rowid")
    )
    return [Queued(c, t, uuid.UUID(r), f, at) for c, t, r, f, at in rows]


def forget_pushed(conn: Connection, change_ids: Iterable[str]) -> None:
    """Drop pushed entries, unless the field was edited again since (a new change id)."""
    params = [{"c": c} for c in change_ids]
    if params:
        conn.execute(text("DELETE FROM sync_queue WHERE change_id = :c"), params)


def enqueue_everything(conn: Connection) -> int:
    """Queue every row of the file as new (the first sync of an existing file), stamped
    with its own last change so that the newer edit wins against the server's."""
    count = 0
    for name in codec.TABLE_ORDER:
        rows = conn.execute(
            text(f"SELECT id, updated_at FROM {name}")  # noqa: S608 - our table names
        ).all()
        if not rows:
            continue
        conn.execute(
            text(
                "INSERT OR REPLACE INTO sync_queue (change_id, tbl, record_id, field, changed_at)"
                " VALUES (lower(hex(randomblob(16))), :t, :r, :f, :at)"
            ),
            [{"t": name, "r": r, "f": WHOLE_ROW, "at": str(at)} for r, at in rows],
        )
        count += len(rows)
    return count


# --------------------------------------------------------------------------- rows


def read_rows(conn: Connection, name: str, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, dict]:
    """Rows of ``name`` by id (tombstones included), as Python values."""
    ids = list(ids)
    found: dict[uuid.UUID, dict] = {}
    t = table(name)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        stmt = select(t).where(t.c.id.in_(bindparam("ids", expanding=True)))
        for row in conn.execute(stmt, {"ids": chunk}).mappings():
            found[row["id"]] = dict(row)
    return found


def encoded(name: str, row: dict) -> dict[str, Any]:
    """The JSON form of a row's synced fields (the package codec's)."""
    values = codec.encode_row(name, row)
    for column in NOT_QUEUED:
        values.pop(column, None)
    return values


class OfficeFinder:
    """The office each row belongs to, for the server's write rights (None: shared);
    the offices of the records links hang from are looked up once each."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.known: dict[tuple[str, uuid.UUID], uuid.UUID | None] = {}

    def owner(self, name: str, row: dict | None) -> uuid.UUID | None:
        if row is None:
            return None
        if name == "office":
            return row["id"]  # type: ignore[no-any-return]
        if name in OWNED:
            return row.get("office_id")
        if name in LINK_OWNERS:
            column, parent = LINK_OWNERS[name]
            return self._office_of(parent, row.get(column))
        if name == "tag_link":
            for column, parent in TAG_TARGETS.items():
                if row.get(column) is not None:
                    return self._office_of(parent, row[column])
        return None

    def _office_of(self, name: str, record_id: uuid.UUID | None) -> uuid.UUID | None:
        if record_id is None:
            return None
        key = (name, record_id)
        if key not in self.known:
            t = table(name)
            column = t.c.id if name == "office" else t.c.office_id
            found = self.conn.execute(select(column).where(t.c.id == record_id)).first()
            self.known[key] = found[0] if found else None
        return self.known[key]


def read_bases(conn: Connection, name: str, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
    """The server sequence of the version of each record this laptop holds."""
    keys = [i.hex for i in ids]
    found: dict[uuid.UUID, int] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        rows = conn.execute(
            text(
                "SELECT record_id, seq FROM sync_record WHERE tbl = :t AND record_id IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            {"t": name, "ids": chunk},
        )
        for record_hex, seq in rows:
            found[uuid.UUID(record_hex)] = int(seq)
    return found


def remember_versions(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Note the server version each record now matches (``tbl``, ``r``, ``s``, ``b``,
    ``at``)."""
    if rows:
        conn.execute(
            text(
                "INSERT OR REPLACE INTO sync_record (tbl, record_id, seq, changed_by, changed_at) "
                "VALUES (:t, :r, :s, :b, :at)"
            ),
            rows,
        )


def assign_office(
    conn: Connection, office_id: uuid.UUID, record_ids: dict[str, set[uuid.UUID]]
) -> int:
    """Give new records without an office to ``office_id`` (the user's office), so a
    contact made on the Dresden laptop syncs as Dresden's. Returns how many."""
    count = 0
    for name, ids in record_ids.items():
        if name not in OWNED or not ids:
            continue
        t = table(name)
        for start in range(0, len(ids), 500):
            chunk = list(ids)[start : start + 500]
            result = conn.execute(
                t.update()
                .where(t.c.id.in_(bindparam("ids", expanding=True)))
                .where(t.c.office_id.is_(None))
                .values(office_id=office_id),
                {"ids": chunk},
            )
            count += int(result.rowcount or 0)
    return count


def decoded_fields(name: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Python values of the fields this app knows (a newer app's fields are skipped;
    the server keeps them)."""
    columns = codec.COLUMNS[name]
    values: dict[str, Any] = {}
    for key, raw in fields.items():
        column = columns.get(key)
        if column is None or key == "id":
            continue
        values[key] = codec.decode(column, raw)
    return values


def full_row(name: str, record_id: uuid.UUID, values: dict[str, Any]) -> dict[str, Any]:
    """A whole new row: ``values`` plus every other column's default."""
    row: dict[str, Any] = {}
    for key, column in codec.COLUMNS[name].items():
        if key == "id":
            row[key] = record_id
        elif key in values:
            row[key] = values[key]
        elif column.nullable:
            row[key] = None
        elif column.default is not None:
            row[key] = column.default() if callable(column.default) else column.default
    return row


def close_dangling_links(conn: Connection) -> int:
    """Links left live to a record deleted on another laptop (a partner added to a
    project while someone else deleted the project) are deleted with it, at the
    record's own deletion time: every laptop reaches the same value, so the change
    syncs without a conflict and ``check`` stays clean. Returns how many."""
    from ..checks import LINK_TABLES, LINK_TARGETS

    count = 0
    for model in LINK_TABLES:
        name = str(model.__tablename__)
        columns = [c for c in codec.COLUMNS[name] if c in LINK_TARGETS]
        for column in columns:
            target = LINK_TARGETS[column]
            result = conn.execute(
                text(
                    f"UPDATE {name} SET deleted_at = (SELECT t.deleted_at FROM {target} t "  # noqa: S608
                    f"WHERE t.id = {name}.{column}) WHERE deleted_at IS NULL AND EXISTS "
                    f"(SELECT 1 FROM {target} t WHERE t.id = {name}.{column} "
                    "AND t.deleted_at IS NOT NULL)"
                )
            )
            count += int(result.rowcount or 0)
    return count


def take_server_times(conn: Connection, rows: Iterable[tuple[str, uuid.UUID, Any]]) -> None:
    """Set ``updated_at`` to the server's for records whose push changed nothing, unless
    they were edited again meanwhile (still queued)."""
    waiting = {
        (t, uuid.UUID(r)) for t, r in conn.execute(text("SELECT tbl, record_id FROM sync_queue"))
    }
    for name, record_id, when in rows:
        if when is None or (name, record_id) in waiting:
            continue
        t = table(name)
        conn.execute(
            t.update()
            .where(t.c.id == record_id)
            .values(updated_at=codec.decode(codec.COLUMNS[name]["updated_at"], when))
        )
