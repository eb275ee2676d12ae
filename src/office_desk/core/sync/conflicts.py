"""The conflict list: two concurrent edits of one field, or a write the server refused.

The value that won is in the record; the other is kept here with who made it and
when, shown side by side, and one click takes it (a new local edit, which syncs like
any other). Deciding a conflict marks it resolved on every laptop at the next sync.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, text

from ..i18n import translate
from ..network_package import codec
from ..store.database import Store
from . import local


@dataclass(frozen=True)
class Conflict:
    id: str
    table: str
    record_id: uuid.UUID
    record_title: str
    kind_label: str
    field: str
    field_label: str
    kept_value: str
    kept_by: str
    kept_at: datetime | None
    other_value: str
    other_by: str
    other_at: datetime | None
    reason: str  # "concurrent" | "refused"
    resolved: bool = False

    def describe(self) -> str:
        """One line for the command line."""
        if self.reason == "refused":
            return translate(
                "Sync",
                "{kind} “{title}”, {field}: the server refused your change ({other}); it "
                "keeps {kept}",
            ).format(
                kind=self.kind_label,
                title=self.record_title,
                field=self.field_label,
                other=self.other_value,
                kept=self.kept_value,
            )
        return translate(
            "Sync",
            "{kind} “{title}”, {field}: kept {kept} ({kept_by}), the other value was "
            "{other} ({other_by})",
        ).format(
            kind=self.kind_label,
            title=self.record_title,
            field=self.field_label,
            kept=self.kept_value,
            kept_by=self.kept_by or "?",
            other=self.other_value,
            other_by=self.other_by or "?",
        )


_COLUMNS = (
    "id, tbl, record_id, field, reason, kept_value, kept_by, kept_at, other_value, "
    "other_by, other_at, resolved"
)


def describe_conflicts(conn: Connection, ids: Iterable[Any]) -> list[Conflict]:
    wanted = [str(i) for i in ids]
    if not wanted:
        return []
    rows = conn.execute(
        text(f"SELECT {_COLUMNS} FROM sync_conflict WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": wanted},
    ).all()
    return [_conflict(conn, row) for row in rows]


def open_conflicts(store: Store) -> list[Conflict]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            text(f"SELECT {_COLUMNS} FROM sync_conflict WHERE resolved = 0 ORDER BY seq, rowid")
        ).all()
        return [_conflict(conn, row) for row in rows]


def _conflict(conn: Connection, row: Any) -> Conflict:
    (
        cid,
        name,
        record_hex,
        field,
        reason,
        kept,
        kept_by,
        kept_at,
        other,
        other_by,
        other_at,
        resolved,
    ) = row
    record_id = uuid.UUID(record_hex)
    return Conflict(
        id=cid,
        table=name,
        record_id=record_id,
        record_title=_title(conn, name, record_id),
        kind_label=_kind_label(name),
        field=field,
        field_label=field_label(name, field),
        kept_value=value_text(conn, name, field, _loads(kept)),
        kept_by=kept_by,
        kept_at=local.parse_time(kept_at),
        other_value=value_text(conn, name, field, _loads(other)),
        other_by=other_by,
        other_at=local.parse_time(other_at),
        reason=reason,
        resolved=bool(resolved),
    )


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _kind_label(name: str) -> str:
    kind = codec.KIND_TABLES.get(name)
    return kind.phrases("label") if kind else name.replace("_", " ")


def field_label(name: str, column: str) -> str:
    kind = codec.KIND_TABLES.get(name)
    if column == "deleted_at":
        return translate("Sync", "deleted")
    if kind is not None:
        for spec in kind.fields:
            if column in (spec.columns or (spec.name,)):
                return spec.shown_label
    return column.replace("_", " ")


def _title(conn: Connection, name: str, record_id: uuid.UUID) -> str:
    kind = codec.KIND_TABLES.get(name)
    row = local.read_rows(conn, name, [record_id]).get(record_id)
    if row is None:
        return str(record_id)[:8]
    if kind is None:
        return str(row.get("name") or str(record_id)[:8])
    try:
        return kind.title_of(codec.make_record(name, row)) or str(record_id)[:8]
    except Exception:  # a half-filled row: the id still says which
        return str(record_id)[:8]


def value_text(conn: Connection, name: str, column: str, value: Any) -> str:
    """A value as the user reads it: a reference as the record's title."""
    if value is None or value == "" or value == []:
        return translate("Sync", "(empty)")
    if column == "deleted_at":
        return translate("Sync", "deleted on {when}").format(when=str(value)[:10])
    spec = codec.COLUMNS.get(name, {}).get(column)
    if spec is not None and spec.references and isinstance(value, str):
        try:
            return _title(conn, spec.references, uuid.UUID(value))
        except ValueError:
            return value
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _resolve(conn: Connection, conflict_id: str) -> Any:
    row = conn.execute(
        text(f"SELECT {_COLUMNS} FROM sync_conflict WHERE id = :i"), {"i": conflict_id}
    ).first()
    if row is None:
        raise KeyError(conflict_id)
    conn.execute(
        text("UPDATE sync_conflict SET resolved = 1, resolution_pushed = 0 WHERE id = :i"),
        {"i": conflict_id},
    )
    return row


def keep_value(store: Store, conflict_id: str) -> None:
    """Keep what the record holds now; the conflict is closed everywhere at next sync."""
    with store.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        _resolve(conn, conflict_id)


def take_other_value(store: Store, conflict_id: str) -> None:
    """Write the other value into the record (a local edit that syncs) and close the
    conflict. A record deleted since stays deleted unless the other value is the
    deletion's undoing."""
    with store.write() as session:
        conn = session.connection()
        row = _resolve(conn, conflict_id)
        name, record_hex, column, other = row[1], row[2], row[3], _loads(row[8])
        model = codec.MODELS[name]
        record = session.get(
            model, uuid.UUID(record_hex), execution_options={"include_deleted": True}
        )
        if record is None or column not in codec.COLUMNS[name]:
            return
        setattr(record, column, codec.decode(codec.COLUMNS[name][column], other))
        session.flush()


def last_changed_by(
    store: Store, table: str, record_id: uuid.UUID
) -> tuple[str, datetime | None] | None:
    """Who changed a record last on the team server, and when (None: not synced yet)."""
    with store.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT changed_by, changed_at FROM sync_record WHERE tbl = :t AND record_id = :r"
            ),
            {"t": table, "r": record_id.hex},
        ).first()
    if row is None or not row[0]:
        return None
    return row[0], local.parse_time(row[1])
