"""What a merge plan says to the user: the counts, the rows refused, the records
deleted here and the conflicting edits, each a line (:mod:`.merge` makes the plan)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, translate, translate_count
from . import codec
from .codec import TABLE_ORDER

#: What happened to incoming rows, in the order the summary shows them.
COUNT_NAMES: dict[str, str] = {
    "added": QT_TRANSLATE_NOOP("NetworkMerge", "added"),
    "deletions_recorded": QT_TRANSLATE_NOOP("NetworkMerge", "added as already deleted"),
    "updated": QT_TRANSLATE_NOOP("NetworkMerge", "updated"),
    "deleted": QT_TRANSLATE_NOOP("NetworkMerge", "deleted"),
    "unchanged": QT_TRANSLATE_NOOP("NetworkMerge", "unchanged"),
    "erased": QT_TRANSLATE_NOOP("NetworkMerge", "erased at the person's request"),
    "kept_local": QT_TRANSLATE_NOOP("NetworkMerge", "kept local version"),
    "kept_erased": QT_TRANSLATE_NOOP("NetworkMerge", "kept erased"),
    "skipped": QT_TRANSLATE_NOOP("NetworkMerge", "not added (clash)"),
    "refused": QT_TRANSLATE_NOOP("NetworkMerge", "refused"),
}


@dataclass(frozen=True)
class Refusal:
    """A package row that is left out of the merge, and why."""

    kind: str
    id: uuid.UUID
    title: str
    reason: str

    def describe(self) -> str:
        return f"{self.kind} {self.title!r} ({self.id}): {self.reason}"


@dataclass(frozen=True)
class Deletion:
    """A live record here that the merge deletes. ``office`` is the name of the office
    it belongs to ("" for none, or a shared tag or rate); ``other_office`` says that a
    package of one office deletes a record that is not that office's (another office's,
    or one of no office)."""

    kind: str
    id: uuid.UUID
    title: str
    office: str
    other_office: bool

    def describe(self) -> str:
        where = ""
        if self.office:
            where = translate("NetworkMerge", " (office {office})").format(office=repr(self.office))
        if self.other_office:
            where += translate("NetworkMerge", ", not of the package's office")
        return f"{self.kind} {self.title!r}{where}"


@dataclass(frozen=True)
class Conflict:
    """A record whose local and incoming versions differ: what the losing side had.

    ``fields`` lists (field, local value, incoming value) for each differing field,
    timestamps aside; ``winner`` says which version the database keeps.
    """

    kind: str
    id: uuid.UUID
    title: str
    winner: str
    fields: list[tuple[str, Any, Any]]
    reason: str = ""

    def describe(self) -> str:
        kept = (
            translate("NetworkMerge", "kept the local version")
            if self.winner == "local"
            else translate("NetworkMerge", "took the package's")
        )
        diffs = "; ".join(
            translate("NetworkMerge", "{field}: here {mine}, package {theirs}").format(
                field=name, mine=_shown(mine), theirs=_shown(theirs)
            )
            for name, mine, theirs in self.fields
        )
        why = f" ({self.reason})" if self.reason else ""
        return f"{self.kind} {self.title!r}: {kept}{why}: {diffs}"


def _shown(value: Any) -> str:
    if value is None:
        return translate("NetworkMerge", "(none)")
    text = str(codec.encode(_kind_of(value), value))
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _kind_of(value: Any) -> str:
    from datetime import date, datetime
    from decimal import Decimal

    for cls, kind in (
        (uuid.UUID, "uuid"),
        (datetime, "datetime"),
        (date, "date"),
        (Decimal, "decimal"),
    ):
        if isinstance(value, cls):
            return kind
    return "text"


def _empty_counts() -> dict[str, dict[str, int]]:
    return {table: dict.fromkeys(COUNT_NAMES, 0) for table in TABLE_ORDER}


def _listed(lines: list[str], items: list[Any], limit: int) -> None:
    lines += [f"  {item.describe()}" for item in items[:limit]]
    if len(items) > limit:
        lines.append(
            translate("NetworkMerge", "  ... and {count} more").format(count=len(items) - limit)
        )


def _summary(
    source: str,
    counts: dict[str, dict[str, int]],
    conflicts: list[Conflict],
    limit: int,
    provenance: str = "",
    refused: list[Refusal] | None = None,
    deletions: list[Deletion] | None = None,
    details: bool = True,
    notes: tuple[str, ...] = (),
) -> list[str]:
    lines = [source]
    if provenance and details:
        lines.append(f"  {provenance}")
    if details:
        lines += [f"  {note}" for note in notes]
    heading = len(lines)
    for table in TABLE_ORDER:
        parts = [
            f"{n} {translate('NetworkMerge', COUNT_NAMES[name])}"
            for name, n in counts[table].items()
            if n
        ]
        if parts:
            lines.append(f"  {table}: {', '.join(parts)}")
    if len(lines) == heading:
        lines.append(translate("NetworkMerge", "  nothing in the package"))
    if not details:
        return lines
    if refused:
        lines.append(
            translate_count(
                "NetworkMerge",
                QT_TRANSLATE_NOOP(
                    "NetworkMerge", "{count} row of the package is refused and left out:"
                ),
                QT_TRANSLATE_NOOP(
                    "NetworkMerge", "{count} rows of the package are refused and left out:"
                ),
                len(refused),
            )
        )
        _listed(lines, refused, limit)
    if deletions:
        lines.append(
            translate_count(
                "NetworkMerge",
                QT_TRANSLATE_NOOP("NetworkMerge", "The merge deletes {count} record here:"),
                QT_TRANSLATE_NOOP("NetworkMerge", "The merge deletes {count} records here:"),
                len(deletions),
            )
        )
        _listed(lines, deletions, limit)
    if conflicts:
        lines.append(
            translate(
                "NetworkMerge", "{count} records differ between this database and the package:"
            ).format(count=len(conflicts))
        )
        lines += [f"  {c.describe()}" for c in conflicts[:limit]]
        if len(conflicts) > limit:
            lines.append(
                translate("NetworkMerge", "  ... and {count} more").format(
                    count=len(conflicts) - limit
                )
            )
    return lines
