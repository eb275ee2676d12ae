"""Merging a row into a record it duplicates: fill what is empty, add what is new,
never erase or overwrite.

A field the record already has keeps its value; when the file says something else,
that is reported ("position: keeps 'CTO' (the file says 'CEO')") rather than changed.
E-mails, phones, messaging, languages and tags the record lacks are added after its own.
What the user chose for the whole import (the office) only fills an empty field.
"""

from __future__ import annotations

import re
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..name_folding import name_key

LIST_FIELDS = ("emails", "phones", "messaging", "languages", "tags")
_NAMES = frozenset({"given_name", "family_name", "name_native", "name"})
#: Fields a row carries that are not stored as such (the organization's name).
NOT_STORED = frozenset({"organization"})
_NOT_DIGITS = re.compile(r"[^\d+]")
_LABELS = {
    "name_native": QT_TRANSLATE_NOOP("ImportMerge", "native name"),
    "given_name": QT_TRANSLATE_NOOP("ImportMerge", "given name"),
    "family_name": QT_TRANSLATE_NOOP("ImportMerge", "family name"),
    "last_contacted_on": QT_TRANSLATE_NOOP("ImportMerge", "last contacted"),
    "legal_basis": QT_TRANSLATE_NOOP("ImportMerge", "legal basis"),
    "legal_basis_note": QT_TRANSLATE_NOOP("ImportMerge", "legal basis note"),
    "organization_id": QT_TRANSLATE_NOOP("ImportMerge", "organization"),
    "office_id": QT_TRANSLATE_NOOP("ImportMerge", "office"),
    "title": QT_TRANSLATE_NOOP("ImportMerge", "academic title"),
}
_TITLE_NOISE = re.compile(r"[\s.]+")


def field_label(field: str) -> str:
    """A field's name as the user reads it ("last contacted", "office")."""
    return translate("ImportMerge", _LABELS.get(field, field.replace("_", " ")))


def item_key(field: str, value: str) -> str:
    """How two entries of a list are compared (phones by their digits)."""
    if field == "phones":
        return _NOT_DIGITS.sub("", value) or value.casefold()
    return " ".join(value.split()).casefold()


def _empty(field: str, value: Any) -> bool:
    if value is None or value == "" or value == []:
        return True
    return field == "legal_basis" and value == "unknown"


def _same(field: str, a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        if field in _NAMES:  # Müller = Mueller, 张伟 = Zhang Wei: not a conflict
            return name_key(a) == name_key(b)
        if field == "title":  # "Dr." = "Dr" = "dr.", "Dr.-Ing." = "Dr.-Ing"
            return _TITLE_NOISE.sub("", a).casefold() == _TITLE_NOISE.sub("", b).casefold()
        return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
    return bool(a == b)


def merge_changes(
    existing: dict[str, Any],
    incoming: dict[str, Any],
    names: dict[str, str] | None = None,
    defaults: dict[str, Any] | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """(field → new value, conflicts kept as they are) for merging ``incoming`` (the
    fields a row gives) into ``existing`` (the record's stored fields). ``names`` turns
    ids into readable names for the conflict messages. ``defaults`` (the office chosen
    for the import) fill a field that neither the record nor the row has, and are never
    a conflict."""
    changes: dict[str, Any] = {}
    conflicts: list[str] = []
    names = names or {}
    for field, value in incoming.items():
        if field in NOT_STORED or field == "family_name_first":
            continue
        current = existing.get(field)
        if field in LIST_FIELDS:
            have = [str(v) for v in (current or [])]
            seen = {item_key(field, v) for v in have}
            added = [v for v in value if item_key(field, v) not in seen]
            if added:
                changes[field] = have + added
        elif _empty(field, current):
            if not _empty(field, value):
                changes[field] = value
        elif not _same(field, current, value):
            label = field_label(field)
            shown = names.get(str(current), current)
            said = names.get(str(value), value)
            conflicts.append(
                translate("ImportMerge", "{field}: keeps {kept} (the file says {said})").format(
                    field=label, kept=shown, said=said
                )
            )
    for field, value in (defaults or {}).items():
        if value is not None and field not in incoming and _empty(field, existing.get(field)):
            changes[field] = value
    if ("latitude" in changes) != ("longitude" in changes):
        changes.pop("latitude", None)
        changes.pop("longitude", None)
    if (
        incoming.get("family_name_first")
        and not existing.get("family_name_first")
        and ("name_native" in changes or ("given_name" in changes and "family_name" in changes))
    ):
        changes["family_name_first"] = True
    return changes, conflicts
