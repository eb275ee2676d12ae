"""``export --format json``: the whole database, or one office's part, as a package file.

What the user gets: one file another office can import (merging by record id), and
that reproduces this database exactly when imported into an empty one. The same data
always gives the same bytes (rows sorted by id, keys sorted, one row per line), apart
from the ``exported_at`` stamp.

Without personal data (``personal_data=False``), every contact's details
(:data:`~office_desk.core.personal_fields.CONTACT_DETAILS`) are left out and the header
says ``"personal_data": false``. Sealed (``seal_to``), the file is encrypted to those
offices' keys, and headquarters' when it is known, and signed with this
installation's key (:mod:`.sealing`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ... import __version__
from ..personal_fields import CONTACT_DETAILS
from ..store.database import Store
from ..store.schema import REVISIONS
from . import codec, selection
from .codec import TABLE_ORDER
from .file_writing import package_bytes, package_text, write_bytes
from .format import FORMAT_NAME, FORMAT_VERSION, MadeBy, PackageError, default_person

Progress = Callable[[int, int], None]
_PROGRESS_STEP = 5000


@dataclass
class PackageSummary:
    """What an export wrote."""

    path: Path
    office_name: str | None
    rows: dict[str, int] = field(default_factory=dict)
    deleted_rows: dict[str, int] = field(default_factory=dict)
    size: int = 0
    made_by: MadeBy | None = None
    personal_data: bool = True
    #: The offices it is sealed to (headquarters' recovery key included), or empty.
    sealed_to: list[str] = field(default_factory=list)
    #: Headquarters' name when its recovery key was added; when headquarters is set but
    #: its key is not known, ``recovery_missing`` names it.
    recovery: str | None = None
    recovery_missing: str | None = None
    #: The fingerprint of the key that signed it (sealed packages).
    fingerprint: str = ""

    @property
    def row_count(self) -> int:
        return sum(self.rows.values())

    def summary_lines(self) -> list[str]:
        scope = f"office {self.office_name}" if self.office_name else "the whole database"
        lines = [f"{self.path}: {scope}, {self.row_count} rows, {self.size:,} bytes"]
        if self.made_by is not None:
            maker = self.made_by.person or "(no name)"
            if self.made_by.office_name:
                maker += f", {self.made_by.office_name}"
            lines.append(f"  made by {maker}")
        if not self.personal_data:
            lines.append("  without personal data (no contact details)")
        if self.sealed_to:
            lines.append(
                f"  sealed to {', '.join(self.sealed_to)}; signed with key {self.fingerprint}"
            )
            if self.recovery:
                lines.append(f"  headquarters ({self.recovery}) can open it with its recovery key")
        if self.recovery_missing:
            lines.append(
                f"  warning: headquarters' key ({self.recovery_missing}) is not known here, "
                "so headquarters cannot open this package"
            )
        for table in TABLE_ORDER:
            if self.rows.get(table):
                gone = self.deleted_rows.get(table, 0)
                extra = f" ({gone} deleted)" if gone else ""
                lines.append(f"  {table}: {self.rows[table]}{extra}")
        return lines


def export_package(
    store: Store,
    path: Path | str,
    office_id: uuid.UUID | None = None,
    progress: Progress | None = None,
    *,
    exported_at: datetime | None = None,
    made_by: MadeBy | None = None,
    personal_data: bool = True,
    seal_to: Sequence[uuid.UUID] = (),
) -> PackageSummary:
    """Write the package of ``store`` (or of the office ``office_id``) to ``path``.

    ``.zip`` writes a zip holding ``office-desk-package.json``; any other name plain
    JSON. The file appears only when complete: a cancel (``progress`` raising) or an
    error leaves whatever was at ``path`` before. ``exported_at`` defaults to now;
    ``made_by`` to the OS user name and the exported office (none for the whole
    database). ``personal_data=False`` leaves the contacts' details out; ``seal_to``
    (office ids) seals the file to those offices, whatever its name (see the module).
    """
    path = Path(path)
    stamp = (exported_at or datetime.now(UTC)).astimezone(UTC)
    sealing = None
    if seal_to:
        from .sealing import plan_sealing

        sealing = plan_sealing(store, seal_to)  # before the work: a missing key says so
    with store.engine.connect() as conn, conn.begin():  # one consistent snapshot
        office_name = None
        if office_id is not None:
            found = selection.rows_where_in(conn, "office", "id", [office_id])
            if not found:
                raise PackageError(f"no office with id {office_id} to export")
            office_name = found[0]["name"]
            tables = selection.office_part(conn, office_id)
        else:
            tables = selection.whole_database(conn)
    made_by = made_by or MadeBy(default_person(), office_id, office_name)
    summary = PackageSummary(path, office_name, made_by=made_by, personal_data=personal_data)
    total = sum(len(rows) for rows in tables.values())
    done = 0
    encoded: dict[str, Iterable[dict[str, Any]]] = {}
    out: list[dict[str, Any]]
    for table in TABLE_ORDER:
        rows = sorted(tables[table], key=lambda r: str(r["id"]))
        encoded[table] = out = []
        for start in range(0, len(rows), _PROGRESS_STEP):
            if progress is not None:
                progress(done, total)
            out += [codec.encode_row(table, row) for row in rows[start : start + _PROGRESS_STEP]]
        if table == "contact" and not personal_data:
            for encoded_row in out:
                for column in CONTACT_DETAILS:
                    del encoded_row[column]
            done += len(rows[start : start + _PROGRESS_STEP])
        summary.rows[table] = len(rows)
        summary.deleted_rows[table] = sum(1 for r in rows if r["deleted_at"] is not None)
    header = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": codec.encode("datetime", stamp),
        "app_version": __version__,
        "schema_revision": REVISIONS[-1],
        "scope": {"office_id": codec.encode("uuid", office_id), "office_name": office_name},
        "made_by": made_by.to_json(),
        "personal_data": personal_data,
    }
    text = package_text(header, encoded)
    if progress is not None:
        progress(total, total)
    try:
        if sealing is None:
            data = package_bytes(text, stamp, path.suffix.lower() == ".zip")
        else:
            from .sealing import seal

            data = seal(package_bytes(text, stamp, zipped=True), sealing, stamp)
            summary.sealed_to = sealing.recipient_names
            summary.recovery = sealing.recovery
            summary.recovery_missing = sealing.recovery_missing
            summary.fingerprint = sealing.sender.fingerprint
        summary.size = write_bytes(path, data)
    except OSError as exc:
        raise PackageError(f"{path}: cannot write the package ({exc.strerror or exc})") from exc
    return summary
