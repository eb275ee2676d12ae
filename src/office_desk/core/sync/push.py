"""Push: the laptop's queued field changes into the server, in one server transaction.

The pushing transaction takes a transaction-level advisory lock first, so pushes
happen one at a time and the ``server_seq`` numbers they take follow commit order.
Each queued change carries an id; ids already applied (a retry after the connection
dropped between the server's commit and the laptop hearing of it) are skipped.

Per field (see docs/server.md, "Conflicts"):

* an edit made after pulling the version it replaces wins (the server's stamp of the
  field is no newer than the laptop's base for the record, or is this device's own);
* two concurrent edits of one field with different values: the later one wins, on the
  server's clock (each laptop's stamps are corrected by its clock's measured offset,
  and never lie in the server's future), and the other is kept as a conflict;
* edits of different fields of one record are all kept;
* a write to a record of an office the user may not write is refused, listed, and
  undone on the laptop by the next pull;
* erased wins: a contact's erasure (its ``erased_at`` set) takes the person's fields
  whatever their stamps say, with no conflict kept (it would keep the data), and blanks
  both values of the conflicts already listed for them; edits of those fields pushed
  for a contact the server has as erased are not applied (the next pull erases the
  laptop's copy too).
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, text

from ..services.erasure import ERASURE_FIELDS
from . import local
from .triggers import REMOVED, WHOLE_ROW

PUSH_LOCK = "hashtext('office_desk.push')"
#: The link tables that point at contacts (their rows describe the person too).
CONTACT_LINKS = ("project_contact", "event_contact", "tag_link")


@dataclass(frozen=True)
class Account:
    login: str
    office_id: uuid.UUID | None
    office_name: str
    hq: bool
    device: str

    def may_write(self, office: uuid.UUID | None) -> bool:
        return office is None or self.hq or office == self.office_id


@dataclass
class Change:
    """One record's queued changes, read from the laptop."""

    table: str
    record_id: uuid.UUID
    base: int
    office: uuid.UUID | None
    #: field -> (JSON value, changed at on the server's clock)
    fields: dict[str, tuple[Any, datetime]] = field(default_factory=dict)
    #: The laptop's own time of the record's last write (None: removed outright).
    updated_at: str | None = None
    change_ids: list[str] = field(default_factory=list)
    #: The person a link to a contact (a project role, event, tag) points at.
    contact_id: uuid.UUID | None = None


@dataclass
class PushOutcome:
    pushed: int = 0
    records: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    refused: list[dict[str, Any]] = field(default_factory=list)
    #: change ids the server now holds (applied now or before): drop from the queue.
    done: list[str] = field(default_factory=list)
    #: (table, id, server_seq, login, updated_at) of records the laptop now holds exactly
    #: as the server does: their base moves on, and the pull skips them.
    adopted: list[tuple[str, uuid.UUID, int, str, Any]] = field(default_factory=list)
    #: (table, id, the server's updated_at) of records the push left as they were.
    unchanged: list[tuple[str, uuid.UUID, Any]] = field(default_factory=list)


def collect(conn: Connection, offset: timedelta, server_now: datetime) -> list[Change]:
    """The queue as per-record changes with their values read now (the value a field
    has at push time is the one that travels)."""
    entries = local.queued(conn)
    by_record: dict[tuple[str, uuid.UUID], list[local.Queued]] = defaultdict(list)
    for entry in entries:
        by_record[(entry.table, entry.record_id)].append(entry)
    ids_by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for table_name, record_id in by_record:
        ids_by_table[table_name].append(record_id)
    bases = {
        (name, record_id): seq
        for name, ids in ids_by_table.items()
        for record_id, seq in local.read_bases(conn, name, ids).items()
    }
    rows = {name: local.read_rows(conn, name, ids) for name, ids in ids_by_table.items()}
    offices = local.OfficeFinder(conn)
    changes: list[Change] = []
    order = {name: i for i, name in enumerate(local.codec.TABLE_ORDER)}
    for (table_name, record_id), group in sorted(
        by_record.items(), key=lambda item: order.get(item[0][0], 99)
    ):
        row = rows[table_name].get(record_id)
        change = Change(
            table=table_name,
            record_id=record_id,
            base=bases.get((table_name, record_id), 0),
            office=offices.owner(table_name, row),
            contact_id=(row or {}).get("contact_id") if table_name in CONTACT_LINKS else None,
        )
        change.change_ids = [e.change_id for e in group]
        if row is None:  # removed outright: a tombstone
            when = max(_server_time(e.changed_at, offset, server_now) for e in group)
            change.fields["deleted_at"] = (when.isoformat(timespec="microseconds"), when)
        else:
            values = local.encoded(table_name, row)
            change.updated_at = local.codec.encode("datetime", row["updated_at"])
            for entry in sorted(group, key=lambda e: e.field != WHOLE_ROW):
                when = _server_time(entry.changed_at, offset, server_now)
                if entry.field == WHOLE_ROW:
                    for name, value in values.items():
                        change.fields[name] = (value, when)
                elif entry.field == REMOVED or entry.field not in values:
                    continue
                else:
                    change.fields[entry.field] = (values[entry.field], when)
        changes.append(change)
    return changes


def _server_time(changed_at: str, offset: timedelta, server_now: datetime) -> datetime:
    stamp = local.parse_time(changed_at)
    assert stamp is not None
    return min(stamp + offset, server_now)


def push(server: Connection, account: Account, changes: list[Change]) -> PushOutcome:
    """Write ``changes`` into the server inside ``server``'s open transaction."""
    outcome = PushOutcome()
    if not changes:
        return outcome
    server.execute(text(f"SELECT pg_advisory_xact_lock({PUSH_LOCK})"))
    all_ids = [c for change in changes for c in change.change_ids]
    fresh = set(
        server.execute(
            text(
                "INSERT INTO office_desk.applied_change (change_id) "
                "SELECT unnest(CAST(:ids AS uuid[])) ON CONFLICT DO NOTHING RETURNING change_id"
            ),
            {"ids": all_ids},
        ).scalars()
    )
    fresh_hex = {u.hex for u in fresh}
    outcome.done = list(all_ids)
    todo = [c for c in changes if any(i in fresh_hex for i in c.change_ids)]
    existing = _server_rows(server, todo)
    writes: list[dict[str, Any]] = []
    erasures: list[uuid.UUID] = []
    erased_links: list[uuid.UUID] = []
    erased_people = _erased_people(server, todo)
    for change in todo:
        current = existing.get((change.table, change.record_id))
        record_office = current["office_id"] if current else change.office
        allowed = account.may_write(record_office) and account.may_write(change.office)
        fields = dict(current["fields"]) if current else {}
        stamps = dict(current["stamps"]) if current else {}
        changed = False
        refused: list[dict[str, Any]] = []
        erasing = _erasing(change)
        kept_erased = change.table == "contact" and bool(fields.get("erased_at")) and not erasing
        if erasing and allowed:
            erasures.append(change.record_id)
        erased_link = change.contact_id is not None and change.contact_id in erased_people
        if erased_link and allowed:
            erased_links.append(change.record_id)
        if erased_link and not allowed:
            # Closing another office's link to an erased person: that office's own
            # laptops (or headquarters') do it as they receive the erasure; a refusal
            # would only copy the link's text into the conflict list.
            continue
        for name, (value, when) in change.fields.items():
            if kept_erased and name in ERASURE_FIELDS:
                continue  # the server keeps the person erased
            stamp: Any = stamps.get(name)
            if allowed and (erased_link or (erasing and name in ERASURE_FIELDS)):
                stamp = None  # erased wins: no conflict, which would keep the data
            concurrent = stamp is not None and stamp[0] > change.base and stamp[3] != account.device
            if concurrent and fields.get(name) == value:
                continue
            if concurrent:
                theirs = local.parse_time(stamp[1])
                assert theirs is not None
                mine_wins = (when, account.device) > (theirs, stamp[3])
                if not allowed and not mine_wins:
                    continue  # the server's newer value stays: nothing to refuse
                loser = _conflict(change, name, "concurrent", current, value, when, account)
                if not mine_wins:
                    outcome.conflicts.append(loser)
                    continue
                if allowed:
                    outcome.conflicts.append(_swapped(loser))
            if name not in fields or fields[name] != value or stamp is None:
                if not allowed:
                    # Only what would have changed is refused: a file's first sync
                    # offers every record, and equal values of another office's
                    # records are no refusal.
                    entry = _conflict(change, name, "refused", current, value, when, account)
                    if erasing and name in ERASURE_FIELDS:
                        entry["kept"] = None  # no copy of the person's data in the list
                    refused.append(entry)
                    continue
                fields[name] = value
                stamps[name] = [
                    0,
                    when.isoformat(timespec="microseconds"),
                    account.login,
                    account.device,
                ]
                changed = True
        if not allowed:
            outcome.refused.extend(refused)
            if not refused and current is not None:
                outcome.unchanged.append((change.table, change.record_id, fields.get("updated_at")))
            continue
        if not changed and current is not None:
            # Nothing new for the server (an edit undone before the sync): the laptop
            # takes the server's time of the last change back.
            outcome.unchanged.append((change.table, change.record_id, fields.get("updated_at")))
            continue
        # The record's time of last change is the writer's own (so the pushing laptop
        # already holds the server's value); a tombstone of a removed row, its stamp.
        if change.updated_at is not None:
            fields["updated_at"] = change.updated_at
        else:
            times = [t for s in stamps.values() if (t := local.parse_time(s[1])) is not None]
            latest = max(times, default=None)
            if latest is not None:
                fields["updated_at"] = latest.isoformat(timespec="microseconds")
        # The laptop holds exactly this version when no field changed on the server
        # since its base: it need not pull it back.
        whole = change.updated_at is not None and all(
            st[0] == 0 or st[0] <= change.base for st in stamps.values()
        )
        office = change.office if change.table != "office" else change.record_id
        writes.append(
            {
                "tbl": change.table,
                "id": change.record_id,
                "office": office if current is None or office is not None else record_office,
                "fields": fields,
                "stamps": stamps,
                "deleted": fields.get("deleted_at") is not None,
                "by": account.login,
                "whole": whole,
            }
        )
    for write, seq in zip(writes, _next_numbers(server, len(writes)), strict=True):
        for stamp in write["stamps"].values():
            if stamp[0] == 0:
                stamp[0] = seq
        write["seq"] = seq
        if write.pop("whole"):
            outcome.adopted.append(
                (write["tbl"], write["id"], seq, account.login, write["fields"].get("updated_at"))
            )
        write["fields"] = json.dumps(write["fields"], ensure_ascii=False)
        write["stamps"] = json.dumps(write["stamps"], ensure_ascii=False)
    if writes:
        server.execute(
            text(
                "INSERT INTO office_desk.record "
                "(tbl, id, office_id, fields, stamps, deleted, server_seq, updated_by) "
                "VALUES (:tbl, :id, :office, CAST(:fields AS jsonb), CAST(:stamps AS jsonb), "
                ":deleted, :seq, :by) "
                "ON CONFLICT (tbl, id) DO UPDATE SET office_id = EXCLUDED.office_id, "
                "fields = EXCLUDED.fields, stamps = EXCLUDED.stamps, deleted = EXCLUDED.deleted, "
                "server_seq = EXCLUDED.server_seq, updated_by = EXCLUDED.updated_by"
            ),
            writes,
        )
    if erasures or erased_links:
        blank_conflicts(server, erasures, erased_links)
    listed = [c for c in outcome.conflicts + outcome.refused if c["reason"] != "refused"]
    if listed:
        for conflict, seq in zip(listed, _next_numbers(server, len(listed)), strict=True):
            conflict["seq"] = seq
        server.execute(
            text(
                "INSERT INTO office_desk.conflict (id, tbl, record_id, field, reason, kept, "
                "kept_by, kept_at, other, other_by, other_at, server_seq) VALUES (:id, :tbl, "
                ":record_id, :field, :reason, CAST(:kept AS jsonb), :kept_by, :kept_at, "
                "CAST(:other AS jsonb), :other_by, :other_at, :seq)"
            ),
            [_as_params(c) for c in listed],
        )
    outcome.records = len(writes)
    outcome.pushed = sum(len(c.fields) for c in todo)
    return outcome


def _erased_people(server: Connection, changes: list[Change]) -> set[uuid.UUID]:
    """The contacts erased by this push, or on the server already, among those the
    pushed links point at."""
    erasing = {c.record_id for c in changes if _erasing(c)}
    wanted = {c.contact_id for c in changes if c.contact_id is not None} - erasing
    if not wanted:
        return erasing
    found = server.execute(
        text(
            "SELECT id FROM office_desk.record WHERE tbl = 'contact' "
            "AND id = ANY(CAST(:ids AS uuid[])) AND fields->>'erased_at' IS NOT NULL"
        ),
        {"ids": list(wanted)},
    ).scalars()
    return erasing | set(found)


def _erasing(change: Change) -> bool:
    """Whether ``change`` erases a contact (sets its erased mark)."""
    if change.table != "contact":
        return False
    mark = change.fields.get("erased_at")
    return mark is not None and mark[0] is not None


def blank_conflicts(
    server: Connection, contact_ids: list[uuid.UUID], link_ids: list[uuid.UUID]
) -> None:
    """The conflicts listed for erased contacts' fields and for their links lose both
    values and are settled; a new sequence number each, so every laptop pulls them."""
    server.execute(
        text(
            "UPDATE office_desk.conflict SET kept = NULL, other = NULL, resolved = true, "
            "resolved_by = session_user, server_seq = nextval('office_desk.change_seq') "
            "WHERE ((tbl = 'contact' AND record_id = ANY(CAST(:ids AS uuid[])) "
            "AND field = ANY(CAST(:fields AS text[]))) OR (tbl = ANY(CAST(:links AS text[])) "
            "AND record_id = ANY(CAST(:link_ids AS uuid[])))) "
            "AND (kept IS NOT NULL OR other IS NOT NULL OR NOT resolved)"
        ),
        {
            "ids": contact_ids,
            "fields": list(ERASURE_FIELDS),
            "links": list(CONTACT_LINKS),
            "link_ids": link_ids,
        },
    )


def _next_numbers(server: Connection, count: int) -> list[int]:
    """``count`` new server sequence numbers, ascending (the push lock is held)."""
    if not count:
        return []
    return list(
        server.execute(
            text("SELECT nextval('office_desk.change_seq') FROM generate_series(1, :n) ORDER BY 1"),
            {"n": count},
        ).scalars()
    )


def _server_rows(
    server: Connection, changes: list[Change]
) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
    # No row locks: the advisory lock already serialises pushes, and SELECT ... FOR
    # UPDATE would hide the rows row-level security does not let this user update.
    found: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    for start in range(0, len(changes), 2000):
        chunk = changes[start : start + 2000]
        rows = server.execute(
            text(
                "SELECT r.tbl, r.id, r.office_id, r.fields, r.stamps, r.updated_by "
                "FROM office_desk.record r JOIN unnest(CAST(:t AS text[]), CAST(:i AS uuid[])) "
                "AS w(tbl, id) ON r.tbl = w.tbl AND r.id = w.id"
            ),
            {"t": [c.table for c in chunk], "i": [c.record_id for c in chunk]},
        ).mappings()
        for row in rows:
            found[(row["tbl"], row["id"])] = dict(row)
    return found


def _conflict(
    change: Change,
    name: str,
    reason: str,
    current: dict[str, Any] | None,
    mine: Any,
    when: datetime,
    account: Account,
) -> dict[str, Any]:
    """The server's value is kept, the laptop's is the other (swap if mine wins)."""
    stamp = (current or {}).get("stamps", {}).get(name) or [0, when.isoformat(), "", ""]
    return {
        "id": uuid.uuid4(),
        "tbl": change.table,
        "record_id": change.record_id,
        "field": name,
        "reason": reason,
        "kept": (current or {}).get("fields", {}).get(name),
        "kept_by": stamp[2] or (current or {}).get("updated_by", ""),
        "kept_at": local.parse_time(stamp[1]),
        "other": mine,
        "other_by": account.login,
        "other_at": when,
    }


def _swapped(conflict: dict[str, Any]) -> dict[str, Any]:
    swapped = dict(conflict)
    for a, b in (("kept", "other"), ("kept_by", "other_by"), ("kept_at", "other_at")):
        swapped[a], swapped[b] = conflict[b], conflict[a]
    return swapped


def _as_params(conflict: dict[str, Any]) -> dict[str, Any]:
    params = dict(conflict)
    params["kept"] = json.dumps(conflict["kept"], ensure_ascii=False)
    params["other"] = json.dumps(conflict["other"], ensure_ascii=False)
    return params


def push_resolutions(server: Connection, resolved: list[str]) -> None:
    if not resolved:
        return
    server.execute(text(f"SELECT pg_advisory_xact_lock({PUSH_LOCK})"))
    server.execute(
        text(
            "UPDATE office_desk.conflict SET resolved = true, resolved_by = session_user, "
            "server_seq = nextval('office_desk.change_seq') "
            "WHERE id = ANY(CAST(:ids AS uuid[])) AND NOT resolved"
        ),
        {"ids": resolved},
    )
