"""Importing a package from another office: see what will change, then merge it.

:func:`plan_merge` reads the database and says, table by table, what the package would
add, update, delete, leave alone or lose to a newer local version, and lists every
record whose two versions differ (the conflicts), with both sides' values, so nothing
is overwritten or dropped without the user seeing it. :func:`apply_merge` then writes
exactly that plan in one transaction, or nothing at all. The rules are in
:mod:`.planner` and, for users and other developers, in ``docs/package-format.md``.

A sealed package's signature is checked against the keys this database trusts
(:func:`.sealing.trust_status`) when the merge is planned and again when it is
written: a key seen for the first time is only written with ``trust_new_key=True``
(and is then trusted, in the same transaction); a changed key is refused.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from .. import search
from ..i18n import QT_TRANSLATE_NOOP, translate, translate_count
from ..store.database import Store
from ..validation import ValidationError
from . import codec, erasure, sealing
from .codec import COLUMNS, KIND_TABLES, TABLE_ORDER, Row, differing_columns
from .format import MadeBy, Package, PackageError, read_package
from .merge_report import COUNT_NAMES, Conflict, Deletion, Refusal, _empty_counts, _summary
from .planner import LINK_ENDS, Planner

__all__ = [
    "COUNT_NAMES",
    "Conflict",
    "Deletion",
    "DeletionsNotConfirmed",
    "MergePlan",
    "MergeResult",
    "Refusal",
    "StalePlan",
    "apply_merge",
    "import_package",
    "plan_merge",
]

Progress = Callable[[int, int], None]

_WRITE_CHUNK = 500
_SHOWN_CONFLICTS = 20
#: A merge deleting more records than this needs the user's explicit word.
MAX_UNCONFIRMED_DELETIONS = 5
#: The tables whose rows a user counts as records (links follow their records).
RECORD_TABLES = (*KIND_TABLES, "tag", "exchange_rate")


class StalePlan(PackageError):
    """The database changed between planning a merge and applying it."""


class DeletionsNotConfirmed(PackageError):
    """The plan deletes many records, or records of another office, and the caller did
    not pass ``allow_deletions=True``; nothing was written."""


@dataclass
class MergePlan:
    """What merging a package would do; apply it with :func:`apply_merge`."""

    source: str
    fingerprint: tuple[Any, ...]
    writes: dict[str, list[tuple[str, Row]]] = field(default_factory=dict)
    counts: dict[str, dict[str, int]] = field(default_factory=_empty_counts)
    conflicts: list[Conflict] = field(default_factory=list)
    #: Package rows left out: from the future, outside the package's office, or needing
    #: one of those.
    refused: list[Refusal] = field(default_factory=list)
    #: Live records here that the merge deletes.
    deletions: list[Deletion] = field(default_factory=list)
    #: Who made the package (None: not recorded), when, and the line saying so.
    made_by: MadeBy | None = None
    exported_at: datetime | None = None
    provenance: str = ""
    #: Who sealed and signed the package (None: a plain package), and whether this
    #: database trusts the key (:data:`.sealing.TRUSTED` or :data:`.sealing.FIRST_USE`;
    #: "" for a plain package).
    seal: sealing.Seal | None = None
    seal_status: str = ""
    #: False: made without personal data (the contact details here stay as they are).
    personal_data: bool = True

    @property
    def write_count(self) -> int:
        return sum(len(rows) for rows in self.writes.values())

    @property
    def needs_confirmation(self) -> bool:
        """Deletes more than a few records, or any record of another office: the user
        must say so (``apply_merge(..., allow_deletions=True)``)."""
        return len(self.deletions) > MAX_UNCONFIRMED_DELETIONS or any(
            d.other_office for d in self.deletions
        )

    def summary_lines(self, limit: int = _SHOWN_CONFLICTS, details: bool = True) -> list[str]:
        """The plan for the user; ``details=False`` gives the counts only (not who made
        the package, nor the refused rows, deletions and conflicts), for a window that
        shows those otherwise."""
        head = translate("NetworkMerge", "{source}: merge plan").format(source=self.source)
        return _summary(
            head,
            self.counts,
            self.conflicts,
            limit,
            self.provenance,
            self.refused,
            self.deletions,
            details,
            (self.seal_line,) + (() if self.personal_data else (self.personal_data_line,)),
        )

    @property
    def seal_line(self) -> str:
        """Who vouches for the package, in one line: its signature, checked against the
        keys this database trusts, or a warning that nothing does."""
        seal = self.seal
        if seal is None:
            return translate(
                "NetworkMerge",
                "Warning: not sealed or signed, so nothing vouches for who made it (the line "
                "above is only its own claim) or that it was not changed on the way",
            )
        if seal.from_here:
            return translate(
                "NetworkMerge", "Sealed and signed with this computer's own key ({fingerprint})"
            ).format(fingerprint=seal.fingerprint)
        if self.seal_status == sealing.TRUSTED:
            return translate(
                "NetworkMerge",
                "Sealed and signed by office {office} with the key trusted here for it "
                "({fingerprint})",
            ).format(office=seal.office_label, fingerprint=seal.fingerprint)
        return translate(
            "NetworkMerge",
            "Signed by office {office} with a key not seen here before, fingerprint "
            "{fingerprint}: compare it with the office (by phone, say) before you trust it",
        ).format(office=seal.office_label, fingerprint=seal.fingerprint)

    @property
    def personal_data_line(self) -> str:
        return translate(
            "NetworkMerge",
            "Made without personal data: the contact details here stay as they are",
        )


@dataclass
class MergeResult:
    """What a merge wrote (the counts and conflicts of the plan it applied)."""

    source: str
    counts: dict[str, dict[str, int]]
    conflicts: list[Conflict]
    rows_written: int
    refused: list[Refusal] = field(default_factory=list)
    deletions: list[Deletion] = field(default_factory=list)

    def summary_lines(self, limit: int = _SHOWN_CONFLICTS) -> list[str]:
        return _summary(
            translate("NetworkMerge", "{source}: merged ({rows} rows written)").format(
                source=self.source, rows=self.rows_written
            ),
            self.counts,
            self.conflicts,
            limit,
            refused=self.refused,
            deletions=self.deletions,
        )


# --------------------------------------------------------------------------- planning


def fingerprint(conn: Connection) -> tuple[Any, ...]:
    """Changes whenever a row is added, edited or deleted (row counts and the latest
    ``updated_at`` per table)."""
    result = []
    for table in TABLE_ORDER:
        t = codec.MODELS[table].__table__  # type: ignore[attr-defined]
        result.append(
            tuple(
                conn.execute(
                    select(func.count(), func.max(t.c.updated_at), func.max(t.c.created_at))
                ).one()
            )
        )
    return tuple(result)


def plan_merge(store: Store, package: Package, now: datetime | None = None) -> MergePlan:
    """What merging ``package`` into ``store`` would do (nothing is written). ``now`` is
    the clock that stamps from the future are judged by (default: this computer's)."""
    with store.engine.connect() as conn, conn.begin():
        status = ""
        if package.seal is not None:
            status = sealing.trust_status(conn, package.seal, package.source)
        planner = Planner(conn, package, now)
        planner.run()
        plan = MergePlan(
            f"{package.source} ({package.scope})",
            fingerprint(conn),
            made_by=package.made_by,
            exported_at=package.exported_at,
            provenance=package.provenance,
            seal=package.seal,
            seal_status=status,
            personal_data=package.personal_data,
        )
        _count_and_list(planner, plan)
        _list_refused_and_deleted(planner, plan)
    for table in TABLE_ORDER:
        adds_and_updates = [
            ("update" if i in planner.local[table] else "add", row)
            for i, row in sorted(planner.final[table].items(), key=lambda item: str(item[0]))
        ]
        if adds_and_updates:
            plan.writes[table] = adds_and_updates
    return plan


def _count_and_list(planner: Planner, plan: MergePlan) -> None:
    for table in TABLE_ORDER:
        counts = plan.counts[table]
        local, final = planner.local[table], planner.final[table]
        for row_id, incoming in sorted(
            planner.incoming[table].items(), key=lambda item: str(item[0])
        ):
            mine = local.get(row_id)
            if row_id in planner.skipped[table] and row_id not in final:
                kept = planner.state(table, planner.skipped[table][row_id])
                assert kept is not None
                other = mine or kept
                diff = [c for c in differing_columns(table, other, incoming) if c != "id"]
                counts["kept_local" if mine else ("skipped" if diff else "unchanged")] += 1
                if diff:
                    reason = translate(
                        "NetworkMerge", "another live {table} here, {title}, has the same {columns}"
                    ).format(
                        table=table,
                        title=repr(_title(planner, table, kept)),
                        columns=", ".join(codec.UNIQUE_LIVE[table]),
                    )
                    plan.conflicts.append(
                        _conflict(planner, table, other, incoming, "local", diff, reason)
                    )
            elif row_id in final:
                row = final[row_id]
                if mine is None:
                    counts["added" if row["deleted_at"] is None else "deletions_recorded"] += 1
                    continue
                if table == erasure.TABLE and erasure.is_erased(row):
                    counts["erased"] += 1  # listed with the deletions if it was live
                    continue
                gone = mine["deleted_at"] is None and row["deleted_at"] is not None
                counts["deleted" if gone else "updated"] += 1
                diff = differing_columns(table, mine, row)
                why = ""
                if planner.in_future(mine):
                    why = translate(
                        "NetworkMerge",
                        "the version here is stamped {stamp}, more "
                        "than a day ahead of this computer's clock",
                    ).format(stamp=mine["updated_at"].strftime("%Y-%m-%d %H:%M UTC"))
                if diff and (why or not (gone and diff == ["deleted_at"])):
                    plan.conflicts.append(
                        _conflict(planner, table, mine, row, "incoming", diff, why)
                    )
            else:
                assert mine is not None
                if table == erasure.TABLE and erasure.is_erased(mine):
                    counts["kept_erased" if row_id in planner.kept_erased else "unchanged"] += 1
                    continue  # the package's copy is not shown: the person asked
                diff = differing_columns(table, mine, incoming)
                counts["kept_local" if diff else "unchanged"] += 1
                if diff:
                    if mine["updated_at"] > incoming["updated_at"]:
                        why = translate("NetworkMerge", "newer here")
                    elif mine["updated_at"] == incoming["updated_at"]:
                        why = translate("NetworkMerge", "same time on both sides")
                    else:
                        why = translate("NetworkMerge", "its record was deleted")
                    plan.conflicts.append(
                        _conflict(planner, table, mine, incoming, "local", diff, why)
                    )
        # Rows the package does not have, changed because records they link were.
        for row_id, row in final.items():
            if row_id not in planner.incoming[table]:
                was_live = local[row_id]["deleted_at"] is None
                counts["deleted" if was_live and row["deleted_at"] else "updated"] += 1


def _list_refused_and_deleted(planner: Planner, plan: MergePlan) -> None:
    for table in TABLE_ORDER:
        for row_id, (row, reason) in sorted(
            planner.refused[table].items(), key=lambda item: str(item[0])
        ):
            plan.counts[table]["refused"] += 1
            plan.refused.append(Refusal(table, row_id, _title(planner, table, row), reason))
    office_id = planner.package.office_id
    for table in RECORD_TABLES:
        for row_id, row in sorted(planner.final[table].items(), key=lambda item: str(item[0])):
            here = planner.local[table].get(row_id)
            if here is None or here["deleted_at"] is not None or row["deleted_at"] is None:
                continue
            owner = row_id if table == "office" else here.get("office_id")
            office = planner.state("office", owner) if owner is not None else None
            other = (
                office_id is not None
                and table not in ("tag", "exchange_rate")
                and owner != office_id
            )
            plan.deletions.append(
                Deletion(
                    table,
                    row_id,
                    _title(planner, table, here),
                    office["name"] if office else "",
                    other,
                )
            )


def _conflict(
    planner: Planner,
    table: str,
    mine: Row,
    theirs: Row,
    winner: str,
    columns: list[str],
    reason: str = "",
) -> Conflict:
    shown = theirs if winner == "incoming" else mine
    return Conflict(
        table,
        mine["id"],
        _title(planner, table, shown),
        winner,
        [(c, mine[c], theirs[c]) for c in columns],
        reason,
    )


def _title(planner: Planner, table: str, row: Row) -> str:
    """A name for a row that a user recognises."""
    kind = KIND_TABLES.get(table)
    if kind is not None:
        return str(kind.title_of(codec.make_record(table, row)))
    if table == "tag":
        return str(row["name"])
    if table == "exchange_rate":
        return f"1 {row['base']} = {row['rate']} {row['quote']} on {row['on']}"
    ends = []
    for column, target in LINK_ENDS.get(table, {}).items():
        if row[column] is not None:
            end = planner.state(target, row[column])
            ends.append(_title(planner, target, end) if end else str(row[column]))
    return " / ".join(ends)


# --------------------------------------------------------------------------- applying


def apply_merge(
    store: Store,
    plan: MergePlan,
    progress: Progress | None = None,
    *,
    allow_deletions: bool = False,
    trust_new_key: bool = False,
) -> MergeResult:
    """Write ``plan`` in one transaction: everything, or nothing (an error, or
    ``progress`` raising, rolls it all back). Raises :class:`StalePlan` if the database
    changed since the plan was made, :class:`PackageError` if the merge fails, and
    :class:`DeletionsNotConfirmed` (writing nothing) if the plan
    :attr:`~MergePlan.needs_confirmation` and ``allow_deletions`` is not given.

    A package signed with a key not seen before is merged only with ``trust_new_key``
    (else :class:`.sealing.KeyNotTrusted`, nothing written), and its key is then
    trusted for its office in the same transaction; a changed key is refused
    (:class:`.sealing.KeyChanged`)."""
    seal = plan.seal
    if seal is not None and plan.seal_status != sealing.TRUSTED and not trust_new_key:
        raise sealing.KeyNotTrusted(
            translate(
                "NetworkMerge",
                "{source}: signed by office {office} with a key not seen here before "
                "(fingerprint {fingerprint}); nothing was imported until that key is trusted",
            ).format(source=plan.source, office=seal.office_label, fingerprint=seal.fingerprint)
        )
    if plan.needs_confirmation and not allow_deletions:
        raise DeletionsNotConfirmed(
            translate_count(
                "NetworkMerge",
                QT_TRANSLATE_NOOP(
                    "NetworkMerge",
                    "{source}: the merge would delete {count} record "
                    "({others} not of the package's office); "
                    "nothing was imported until that is confirmed",
                ),
                QT_TRANSLATE_NOOP(
                    "NetworkMerge",
                    "{source}: the merge would delete {count} "
                    "records ({others} not of the package's office); "
                    "nothing was imported until that is confirmed",
                ),
                len(plan.deletions),
                source=plan.source,
                others=sum(1 for d in plan.deletions if d.other_office),
            )
        )
    total = plan.write_count
    try:
        with store.write() as session:
            session.info["keep_timestamps"] = True  # Core writes below keep them anyway
            conn = session.connection()
            if fingerprint(conn) != plan.fingerprint:
                raise StalePlan(
                    f"{plan.source}: the database changed since the merge was "
                    "planned; nothing was imported (plan it again)"
                )
            if seal is not None:  # trusted since the plan, or another key meanwhile
                sealing.trust_first_use(conn, seal, plan.source)
            erased = _erased(plan)
            if erased:  # freed pages with the person's data are overwritten
                conn.exec_driver_sql("PRAGMA secure_delete = ON")
            done = 0
            for table in TABLE_ORDER:
                writes = _write_order(plan.writes.get(table, []))
                for start in range(0, len(writes), _WRITE_CHUNK):
                    if progress is not None:
                        progress(done, total)
                    chunk = writes[start : start + _WRITE_CHUNK]
                    try:
                        _write(conn, table, chunk)
                    except (SQLAlchemyError, ValidationError, ValueError, TypeError) as exc:
                        raise _failed(plan, exc) from exc
                    done += len(chunk)
            if erased:  # the index's older segments forget the erased words
                conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES('optimize')")
            if progress is not None:
                progress(total, total)
    except SQLAlchemyError as exc:  # at COMMIT: e.g. a reference check
        raise _failed(plan, exc) from exc
    _log_erasures(erased)
    # A package holding someone erased here earlier (in the erasure log) with their
    # data: erased again at once, before anything else reads the file.
    from ..services.erasure import erase_again

    erase_again(store)
    return MergeResult(
        plan.source, plan.counts, plan.conflicts, total, plan.refused, plan.deletions
    )


def _erased(plan: MergePlan) -> list[tuple[uuid.UUID, datetime]]:
    """The contacts the plan writes erased, with when they were erased."""
    return [
        (row["id"], row["erased_at"])
        for _action, row in plan.writes.get(erasure.TABLE, [])
        if erasure.is_erased(row)
    ]


def _log_erasures(erased: list[tuple[uuid.UUID, datetime]]) -> None:
    """Add the people a package erased to the erasure log, so a backup restored later
    erases them again; the merge stands if the log cannot be written (said in the
    app's log, which holds ids only)."""
    if not erased:
        return
    from ..services import erasure_log

    try:
        erasure_log.add_to_log(erased)
    except OSError as exc:  # ErasureLogError included
        logging.getLogger(__name__).warning("erasure log not updated after a merge: %s", exc)


def _failed(plan: MergePlan, exc: BaseException) -> PackageError:
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return PackageError(f"{plan.source}: the merge failed and nothing was imported ({first})")


def _write_order(writes: list[tuple[str, Row]]) -> list[tuple[str, Row]]:
    """Deletions first, then other updates, then additions: a new row may take the
    name or key that a deleted or renamed row frees."""

    def rank(item: tuple[str, Row]) -> int:
        action, row = item
        if action == "add":
            return 2
        return 0 if row["deleted_at"] is not None else 1

    return sorted(writes, key=rank)


def _write(conn: Connection, table: str, chunk: list[tuple[str, Row]]) -> None:
    t = codec.MODELS[table].__table__  # type: ignore[attr-defined]
    adds = [row for action, row in chunk if action == "add"]
    updates = [row for action, row in chunk if action == "update"]
    if updates:
        names = [c for c in COLUMNS[table] if c != "id"]
        statement = (
            update(t)
            .where(t.c.id == bindparam("row_id", type_=t.c.id.type))
            .values({name: bindparam(f"new_{name}", type_=t.c[name].type) for name in names})
        )
        conn.execute(
            statement,
            [
                {"row_id": row["id"], **{f"new_{name}": row[name] for name in names}}
                for row in updates
            ],
        )
    if adds:
        conn.execute(insert(t), adds)
    if table in KIND_TABLES:
        search.put(conn, [codec.make_record(table, row) for _, row in chunk])


def import_package(
    store: Store,
    path: Path | str,
    progress: Progress | None = None,
    *,
    allow_deletions: bool = False,
    trust_new_key: bool = False,
) -> MergeResult:
    """Read, plan and merge the package at ``path`` into ``store`` (see
    :func:`apply_merge` for ``allow_deletions`` and ``trust_new_key``)."""
    package = read_package(path)
    return apply_merge(
        store,
        plan_merge(store, package),
        progress,
        allow_deletions=allow_deletions,
        trust_new_key=trust_new_key,
    )
