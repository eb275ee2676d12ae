"""The erasure log: which people were erased, kept outside every database.

Backups are never written after they are made, so a person erased today is still in
last week's backup. The log lists the ids of erased contacts and when each was erased
(nothing else: no name, no e-mail), so that a restored backup, a package or a pull that
brings one of them back is erased again before anyone uses it (see
:func:`office_desk.core.services.erasure.erase_again`).

It is one small JSON file in the per-user data folder (``erasure-log.json``), written
whole to a temporary file beside it and moved into place, so a crash never leaves half
a log::

    {"format": "office-desk-erasure-log", "version": 1,
     "erased": [{"id": "6613c1e0-5885-52a8-81e0-815808a6b507",
                 "at": "2026-12-03T10:15:00.000000+00:00"}]}
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from .. import paths
from ..file_replace import replaced_on_success
from ..i18n import translate

FILE_NAME = "erasure-log.json"
FORMAT = "office-desk-erasure-log"
VERSION = 1


class ErasureLogError(OSError):
    """The log cannot be read or written; ``str()`` is one line for the user."""


def log_path() -> Path:
    """Where the log is: the per-user data folder (``OFFICE_DESK_DATA_DIR`` in tests)."""
    return paths.data_dir() / FILE_NAME


def read_log(path: Path | None = None) -> dict[uuid.UUID, str]:
    """Every logged erasure: contact id -> when (ISO 8601, UTC). An absent log is empty;
    one that cannot be read is an :class:`ErasureLogError` (never silently empty: that
    would let a restore bring erased people back)."""
    path = path or log_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ErasureLogError(
            translate("PersonalData", "The erasure log {path} cannot be read: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    try:
        data = json.loads(raw)
        entries = data["erased"] if data.get("format") == FORMAT else None
        if not isinstance(entries, list):
            raise ValueError("no list of erasures")
        return {uuid.UUID(str(entry["id"])): str(entry["at"]) for entry in entries}
    except (ValueError, TypeError, KeyError, AttributeError):
        raise ErasureLogError(
            translate(
                "PersonalData",
                "The erasure log {path} is damaged; it lists who was erased, so it is "
                "left as it is: restore it from a copy, or move it away to start a new one",
            ).format(path=path)
        ) from None


def erased_ids(path: Path | None = None) -> set[uuid.UUID]:
    """The ids of every contact the log says was erased."""
    return set(read_log(path))


def add_to_log(erased: Iterable[tuple[uuid.UUID, datetime]], path: Path | None = None) -> int:
    """Add (contact id, erased at) entries not in the log yet; how many were added.

    The whole log is written to a temporary file beside it and moved into place
    (``os.replace``): readers see the old log or the new one, never half of one."""
    path = path or log_path()
    known = read_log(path)
    added = 0
    for contact_id, when in erased:
        if contact_id not in known:
            known[contact_id] = when.isoformat(timespec="microseconds")
            added += 1
    if not added:
        return 0
    document = {
        "format": FORMAT,
        "version": VERSION,
        "erased": [{"id": str(i), "at": at} for i, at in sorted(known.items(), key=_by_time)],
    }
    try:
        with (
            replaced_on_success(path) as temporary,
            temporary.open("w", encoding="utf-8") as out,
        ):
            json.dump(document, out, ensure_ascii=False, indent=2)
            out.write("\n")
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        raise ErasureLogError(
            translate("PersonalData", "The erasure log {path} cannot be written: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    return added


def _by_time(item: tuple[uuid.UUID, str]) -> tuple[str, str]:
    return item[1], str(item[0])
