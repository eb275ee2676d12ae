"""The merge rules, applied to one package and one database, without writing anything.

:class:`Planner` works out the final state of every row the merge touches:

1. By id: a row the database lacks is added; a row it has keeps the version with the
   later ``updated_at`` (a tie keeps the local one); the same content is left alone.
   A tombstone is a version like any other, so a newer deletion is carried and a newer
   edit brings a deleted record back.
2. Tags: a new tag whose name (ignoring A-Z case, as the database does) is already
   used by a live local tag is not added; the package's tag links use the local tag.
3. Links come and go with their records, as deleting and restoring in the app do: a
   live link to a record that ends up deleted is tombstoned with that record's
   ``deleted_at``; links tombstoned together with a record that the package brings
   back are restored, unless the package says otherwise.
4. Live-only unique rules (tag names, one rate per day and currency pair, one link
   per pair): where an incoming change would clash with another live row, the
   incoming change is not applied (the local row wins) and the clash is listed.
5. A package from an older Office Desk lacks the columns added since (a contact's
   title): where its rows leave them out, the local values stay.
6. Refused, listed and left out (the rest merges): rows stamped more than a day ahead
   of this computer's clock (a stamp from the future would win every later merge), and
   rows of an office's package outside that office's scope (:mod:`.scope`); then rows
   that need a refused row this database does not have.
7. A local version stamped more than a day ahead of this clock (from before these
   rules, or a clock that was wrong) cannot outvote anything: any other version of the
   row wins over it.
8. Erased wins (:mod:`.erasure`): an erased contact in the package erases the local
   copy, whatever the stamps; a contact erased here stays erased. A package made
   without personal data leaves the local contact details as they are (like 5).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select

from ..i18n import translate
from ..models import STAMP_TOLERANCE
from . import erasure, scope
from .codec import (
    COLUMNS,
    KIND_TABLES,
    TABLE_ORDER,
    UNIQUE_LIVE,
    Row,
    differing_columns,
    unique_key,
)
from .format import Package, PackageError
from .selection import rows_where_in

#: The columns that say when something happened to a row.
STAMPS = ("created_at", "updated_at", "deleted_at")

#: Link tables and, per column, the table the link's end is in.
LINK_ENDS: dict[str, dict[str, str]] = {
    table: {c.name: c.references for c in COLUMNS[table].values() if c.references}
    for table in (
        "project_partner",
        "project_contact",
        "event_organization",
        "event_contact",
        "event_project",
        "tag_link",
    )
}
#: Every reference column of every table (links, counterpart, office, organization).
REFERENCES: dict[str, dict[str, str]] = {
    table: {c.name: c.references for c in COLUMNS[table].values() if c.references}
    for table in TABLE_ORDER
}


def _alive(row: Row | None) -> bool:
    return row is not None and row["deleted_at"] is None


class Planner:
    """Works out the merge; the results are ``final`` (rows to write, by table and id),
    ``skipped`` (incoming rows not applied because of a clash: id -> the row kept),
    ``refused`` (incoming rows left out: id -> (the row, why)), ``tag_map`` and
    ``restored``. ``now`` is this computer's clock (for tests: another time)."""

    def __init__(self, conn: Connection, package: Package, now: datetime | None = None) -> None:
        self.conn = conn
        self.package = package
        self.now = (now or datetime.now(UTC)).astimezone(UTC)
        #: Stamps after this are from the future.
        self.horizon = self.now + STAMP_TOLERANCE
        self.refused: dict[str, dict[uuid.UUID, tuple[Row, str]]] = {t: {} for t in TABLE_ORDER}
        self.incoming: dict[str, dict[uuid.UUID, Row]] = {
            t: {r["id"]: r for r in package.rows(t)} for t in TABLE_ORDER
        }
        self.local: dict[str, dict[uuid.UUID, Row]] = {t: {} for t in TABLE_ORDER}
        self.absent: dict[str, set[uuid.UUID]] = {t: set() for t in TABLE_ORDER}
        self.ids: dict[str, set[uuid.UUID]] = {t: set() for t in TABLE_ORDER}  # all local
        self.final: dict[str, dict[uuid.UUID, Row]] = {t: {} for t in TABLE_ORDER}
        self.skipped: dict[str, dict[uuid.UUID, uuid.UUID]] = {t: {} for t in TABLE_ORDER}
        self.restored: set[uuid.UUID] = set()
        self.tag_map: dict[uuid.UUID, uuid.UUID] = {}
        #: Contacts erased here that the package holds un-erased (they stay erased).
        self.kept_erased: set[uuid.UUID] = set()

    # ------------------------------------------------------------------ state

    def load(self, table: str, ids: Iterable[uuid.UUID]) -> None:
        """Fetch the local rows (tombstones too) for ``ids`` not fetched yet."""
        wanted = set(ids) - self.local[table].keys() - self.absent[table]
        present = wanted & self.ids[table]
        self.absent[table] |= wanted - present
        whole = len(present) > len(self.ids[table]) // 2  # cheaper to read the whole table
        for row in rows_where_in(self.conn, table, None if whole else "id", present):
            if row["id"] in present:
                self.local[table][row["id"]] = row

    def state(self, table: str, row_id: uuid.UUID) -> Row | None:
        """The row as it will be after the merge (None: nowhere)."""
        if row_id in self.final[table]:
            return self.final[table][row_id]
        self.load(table, [row_id])
        return self.local[table].get(row_id)

    # ------------------------------------------------------------------ steps

    def run(self) -> None:
        for table in TABLE_ORDER:
            t = _table(table)
            self.ids[table] = set(self.conn.execute(select(t.c.id)).scalars())
        for table in TABLE_ORDER:
            self.load(table, self.incoming[table])
        self._keep_what_the_package_cannot_know()
        self._erased_wins()
        self._refuse_ids_of_other_kinds()
        self._refuse_rows()
        self._refuse_dangling_references()
        self._decide("tag")
        self._resolve_clashes("tag")
        self._map_tags()
        for table in TABLE_ORDER:
            if table != "tag":
                self._decide(table)
        self._restore_links()
        for table in UNIQUE_LIVE:
            if table != "tag":
                self._resolve_clashes(table)
        self._tombstone_dead_end_links()
        self._close_links_of_the_erased()
        self._refuse_one_sided_counterparts()

    def _keep_what_the_package_cannot_know(self) -> None:
        """A package from an older Office Desk lacks the columns added since (a
        contact's title): its version of a record keeps the local values there, so
        that a newer edit from it never clears them."""
        for table, rows in self.package.left_out.items():
            for row_id, columns in rows.items():
                local, incoming = self.local[table].get(row_id), self.incoming[table].get(row_id)
                if local is not None and incoming is not None:
                    self.incoming[table][row_id] = {**incoming, **{c: local[c] for c in columns}}

    def _erased_wins(self) -> None:
        """An erased contact in the package becomes the erased version to write; one
        erased here is kept as it is (see :mod:`.erasure`)."""
        rows = self.incoming[erasure.TABLE]
        for row_id, row in rows.items():
            local = self.local[erasure.TABLE].get(row_id)
            if erasure.is_erased(local):
                if not erasure.is_erased(row):
                    self.kept_erased.add(row_id)
            elif erasure.is_erased(row):
                rows[row_id] = erasure.erased_version(row, local, self.horizon)

    def _refuse_ids_of_other_kinds(self) -> None:
        for table in TABLE_ORDER:
            new = self.incoming[table].keys() - self.ids[table]
            for other in TABLE_ORDER:
                clash = new & self.ids[other] if other != table else set()
                if clash:
                    raise PackageError(
                        translate(
                            "Package",
                            "{source}: {table} {id} has the id of a local "
                            "{other}; the package does not belong with this "
                            "database",
                        ).format(
                            source=self.package.source, table=table, id=min(clash), other=other
                        )
                    )

    def in_future(self, row: Row) -> bool:
        """Stamped more than a day ahead of this computer's clock."""
        return row["updated_at"] > self.horizon

    def incoming_wins(self, table: str, local: Row, incoming: Row) -> bool:
        """Does ``incoming`` replace ``local`` (which differs)? The later ``updated_at``
        wins, a tie keeps the local one, and a local stamp from the future loses to any
        other (it could otherwise never be outvoted)."""
        if self.in_future(local):
            return not self.in_future(incoming)
        return bool(incoming["updated_at"] > local["updated_at"])

    def would_write(self, table: str, incoming: Row) -> bool:
        local = self.local[table].get(incoming["id"])
        if table == erasure.TABLE and local is not None:
            if erasure.is_erased(local):
                return False  # erased here: nothing brings it back
            if erasure.is_erased(incoming):
                return True  # erased there: erased here too, whatever the stamps
        return local is None or (
            bool(differing_columns(table, local, incoming))
            and self.incoming_wins(table, local, incoming)
        )

    def _refuse_rows(self) -> None:
        """Leave out rows from the future, rows outside the package's office, and rows
        that need a refused row this database lacks; each with why."""
        reasons: dict[str, dict[uuid.UUID, str]] = {t: {} for t in TABLE_ORDER}
        now = self.now.strftime("%Y-%m-%d %H:%M UTC")
        for table in TABLE_ORDER:
            for row_id, row in self.incoming[table].items():
                late = [c for c in STAMPS if row[c] is not None and row[c] > self.horizon]
                local = self.local[table].get(row_id)
                if late and (local is None or differing_columns(table, local, row)):
                    reasons[table][row_id] = translate(
                        "Package",
                        "{column} is {stamp}, more than a day ahead of this "
                        "computer's clock ({now})",
                    ).format(
                        column=late[0], stamp=row[late[0]].strftime("%Y-%m-%d %H:%M UTC"), now=now
                    )
        for table, found in scope.refusals(self).items():
            for row_id, reason in found.items():
                if row_id not in reasons[table] and self.would_write(
                    table, self.incoming[table][row_id]
                ):
                    reasons[table][row_id] = reason
        changed = True
        while changed:  # rows that need a refused row
            changed = False
            for table in TABLE_ORDER:
                for column, target in REFERENCES[table].items():
                    for row_id, row in self.incoming[table].items():
                        ref = row[column]
                        if (
                            ref is None
                            or row_id in reasons[table]
                            or ref not in reasons[target]
                            or ref in self.ids[target]
                        ):
                            continue
                        reasons[table][row_id] = translate(
                            "Package", "needs {table} {id}, which is refused"
                        ).format(table=target, id=ref)
                        changed = True
        for table, found in reasons.items():
            for row_id, reason in found.items():
                self.refused[table][row_id] = (self.incoming[table].pop(row_id), reason)

    def _refuse_dangling_references(self) -> None:
        for table in TABLE_ORDER:
            for column, target in REFERENCES[table].items():
                wanted = {r[column] for r in self.incoming[table].values()} - {None}
                wanted -= self.incoming[target].keys()
                self.load(target, wanted)
                for row in self.incoming[table].values():
                    ref = row[column]
                    if ref not in self.incoming[target] and ref in self.absent[target]:
                        raise PackageError(
                            translate(
                                "Package",
                                "{source}: {table} {id}: {column} {value} "
                                "is neither in the package nor in this "
                                "database",
                            ).format(
                                source=self.package.source,
                                table=table,
                                id=row["id"],
                                column=column,
                                value=row[column],
                            )
                        )

    def _decide(self, table: str) -> None:
        for row_id, incoming in self.incoming[table].items():
            if row_id in self.skipped[table]:
                continue
            if self.would_write(table, incoming):
                self.final[table][row_id] = incoming

    def _map_tags(self) -> None:
        """New tags that clash with a live local tag by name: their links use that tag;
        a link that the local tag already has on the same record is not added twice."""
        for tag_id, kept in self.skipped["tag"].items():
            self.tag_map[tag_id] = kept
        if not self.tag_map:
            return
        mapped = self.incoming["tag_link"]
        for link_id, row in list(mapped.items()):
            if row["tag_id"] in self.tag_map:
                mapped[link_id] = {**row, "tag_id": self.tag_map[row["tag_id"]]}
        targets = ("office_id", "organization_id", "contact_id", "project_id", "event_id")
        existing = {
            (r["tag_id"], *(r[c] for c in targets)): r["id"]
            for r in rows_where_in(self.conn, "tag_link", "tag_id", set(self.tag_map.values()))
            if r["deleted_at"] is None
        }
        for link_id, row in mapped.items():
            key = (row["tag_id"], *(row[c] for c in targets))
            if link_id not in self.local["tag_link"] and _alive(row) and key in existing:
                # Already tagged so here: the link is not added twice.
                self.skipped["tag_link"][link_id] = existing[key]
                self.load("tag_link", [existing[key]])

    def _restore_links(self) -> None:
        """Links deleted with a record the package brings back come back with it."""
        for table in (*KIND_TABLES, "tag"):
            revived = {
                i: r
                for i, r in self.final[table].items()
                if _alive(r) and i in self.local[table] and not _alive(self.local[table][i])
            }
            if not revived:
                continue
            for link_table, ends in LINK_ENDS.items():
                for column, target in ends.items():
                    if target != table:
                        continue
                    for link in rows_where_in(self.conn, link_table, column, revived):
                        self.local[link_table].setdefault(link["id"], link)
                        owner = self.local[table][link[column]]
                        if (
                            link["id"] in self.final[link_table]
                            or _alive(link)
                            or link["deleted_at"] != owner["deleted_at"]
                        ):
                            continue
                        if not self._ends_alive(link_table, link):
                            continue
                        incoming = self.incoming[link_table].get(link["id"])
                        if incoming is not None and _alive(incoming):
                            back = incoming
                        else:
                            when = max(link["updated_at"], revived[link[column]]["updated_at"])
                            back = {**link, "deleted_at": None, "updated_at": when}
                        self.final[link_table][link["id"]] = back
                        self.restored.add(link["id"])

    def _ends_alive(self, link_table: str, row: Row) -> bool:
        return all(
            _alive(self.state(target, row[column]))
            for column, target in LINK_ENDS[link_table].items()
            if row[column] is not None
        )

    def _resolve_clashes(self, table: str) -> None:
        """Undo incoming changes that would give two live rows the same unique key."""
        columns = ("id", "deleted_at", *UNIQUE_LIVE[table])
        if not self.final[table]:
            return
        t = _table(table)
        local_live = [
            dict(r._mapping)
            for r in self.conn.execute(
                select(*(t.c[c] for c in columns)).where(t.c.deleted_at.is_(None))
            )
        ]
        while True:
            owners: dict[tuple[Any, ...], list[uuid.UUID]] = {}
            rows = [(r["id"], r) for r in local_live if r["id"] not in self.final[table]]
            for row_id, row in [*rows, *self.final[table].items()]:
                key = unique_key(table, row)
                if key is not None:
                    owners.setdefault(key, []).append(row_id)
            clashes = [ids for ids in owners.values() if len(ids) > 1]
            if not clashes:
                return
            for ids in clashes:
                ranked = sorted(ids, key=lambda i: (self._rank(table, i), str(i)))
                kept = ranked[0]
                for row_id in ranked[1:]:
                    del self.final[table][row_id]
                    self.restored.discard(row_id)
                    self.skipped[table][row_id] = kept
                    self.load(table, [kept])

    def _rank(self, table: str, row_id: uuid.UUID) -> int:
        if row_id not in self.final[table]:
            return 0  # the local row, unchanged
        return 2 if row_id in self.restored else 1

    def _tombstone_dead_end_links(self) -> None:
        """No live link may point at a deleted record: such links are tombstoned with
        the record's ``deleted_at``."""
        for link_table, ends in LINK_ENDS.items():
            candidates = {i: r for i, r in self.final[link_table].items() if _alive(r)}
            for column, target in ends.items():
                dying = [
                    i
                    for i, r in self.final[target].items()
                    if not _alive(r) and _alive(self.local[target].get(i))
                ]
                for link in rows_where_in(self.conn, link_table, column, dying):
                    self.local[link_table].setdefault(link["id"], link)
                    if link["id"] not in self.final[link_table] and _alive(link):
                        candidates[link["id"]] = link
            for row in candidates.values():
                for column, target in ends.items():
                    end = self.state(target, row[column]) if row[column] is not None else None
                    if row[column] is None or _alive(end):
                        continue
                    assert end is not None
                    self._set_final(
                        link_table,
                        {
                            **row,
                            "deleted_at": end["deleted_at"],
                            "updated_at": max(row["updated_at"], end["updated_at"]),
                        },
                    )
                    break

    def _close_links_of_the_erased(self) -> None:
        """Links to a contact the merge erases are tombstoned and their free text
        blanked, here and as the package has them."""
        erased = {
            i: r
            for i, r in self.final[erasure.TABLE].items()
            if erasure.is_erased(r) and not erasure.is_erased(self.local[erasure.TABLE].get(i))
        }
        if not erased:
            return
        for table, column, _free_text in erasure.LINKS:
            for link in rows_where_in(self.conn, table, column, erased):
                self.local[table].setdefault(link["id"], link)
            links = {i: r for i, r in self.local[table].items() if r[column] in erased}
            links.update({i: r for i, r in self.final[table].items() if r[column] in erased})
            for link in links.values():
                self._set_final(table, erasure.closed_link(link, table, erased[link[column]]))

    def _refuse_one_sided_counterparts(self) -> None:
        """After the merge, a live office's live counterpart must name it back (as
        ``office-desk check`` requires); a package, or newer versions winning on one
        side only, could leave them pointing past each other."""
        changed = set(self.final["office"])
        if not changed:
            return
        pointing = rows_where_in(self.conn, "office", "counterpart_id", changed)
        for row in pointing:
            self.local["office"].setdefault(row["id"], row)
        involved = changed | {row["id"] for row in pointing}
        involved |= {self.final["office"][i]["counterpart_id"] for i in changed} - {None}
        for office_id in sorted(involved, key=str):
            office = self.state("office", office_id)
            if office is None or not _alive(office) or office["counterpart_id"] is None:
                continue
            twin = self.state("office", office["counterpart_id"])
            if twin is not None and _alive(twin) and twin["counterpart_id"] != office_id:
                raise PackageError(
                    translate(
                        "Package",
                        "{source}: after the merge, office {name} would name {twin} "
                        "as its counterpart, but not the other way round; make the two "
                        "offices name each other in both copies, then import again",
                    ).format(
                        source=self.package.source,
                        name=repr(office["name"]),
                        twin=repr(twin["name"]),
                    )
                )

    def _set_final(self, table: str, row: Row) -> None:
        local = self.local[table].get(row["id"])
        if local is not None and not differing_columns(table, local, row):
            self.final[table].pop(row["id"], None)
        else:
            self.final[table][row["id"]] = row


def _table(name: str) -> Any:
    from .codec import MODELS

    return MODELS[name].__table__  # type: ignore[attr-defined]
