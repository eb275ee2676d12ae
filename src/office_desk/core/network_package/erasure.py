"""Erased people in a merge: erased wins.

A contact erased at the person's request (``erased_at`` set, every personal field
reset) stays erased in every copy:

* a package holding an erased contact erases the receiving side's copy, whichever
  version is newer: every field of :data:`~office_desk.core.personal_fields.PERSONAL_FIELDS`
  back to its default, the family name :data:`~office_desk.core.personal_fields.ERASED_NAME`,
  the row tombstoned and marked erased;
* a contact erased here is never brought back by a package, whatever its copy says
  and however new it is.

The erased version written is built here from the package's row, so a package that
marks a contact erased but still carries details cannot bring those in. As
``office-desk person erase`` does, the erased contact keeps no organization, and the
links to it are tombstoned with their free text (a project role) blanked.
"""

from __future__ import annotations

from datetime import datetime

from ..personal_fields import ERASED_NAME, PERSONAL_FIELDS
from .codec import COLUMNS, Row

#: The only table whose rows are people.
TABLE = "contact"


#: Link tables pointing at contacts: (table, column, free-text columns blanked).
LINKS: tuple[tuple[str, str, tuple[str, ...]], ...] = tuple(
    (
        table,
        column.name,
        tuple(c for c, col in columns.items() if col.kind == "text" and not c.endswith("_id")),
    )
    for table, columns in COLUMNS.items()
    if table != TABLE
    for column in columns.values()
    if column.references == TABLE
)


def is_erased(row: Row | None) -> bool:
    return row is not None and row.get("erased_at") is not None


def _default(name: str) -> object:
    default = COLUMNS[TABLE][name].default
    return default() if callable(default) else default


def erased_version(incoming: Row, local: Row | None, horizon: datetime) -> Row:
    """``incoming`` (an erased row) as it is written: personal fields reset, tombstoned,
    and stamped no earlier than the local version it replaces (unless that one's stamp
    is from the future, beyond ``horizon``), so it is the newest version anywhere."""
    row = dict(incoming)
    for name in PERSONAL_FIELDS:
        row[name] = _default(name)
    row["family_name"] = ERASED_NAME
    row["organization_id"] = None
    row["deleted_at"] = (
        incoming["deleted_at"] or (local["deleted_at"] if local else None) or incoming["erased_at"]
    )
    if local is not None and local["updated_at"] <= horizon:
        row["updated_at"] = max(incoming["updated_at"], local["updated_at"])
    return row


def closed_link(link: Row, table: str, contact: Row) -> Row:
    """``link`` to the erased ``contact``, tombstoned, its free text blanked."""
    free_text = next(text for name, _column, text in LINKS if name == table)
    row = {**link, **{name: COLUMNS[table][name].default for name in free_text}}
    row["deleted_at"] = link["deleted_at"] or contact["deleted_at"]
    row["updated_at"] = max(link["updated_at"], contact["updated_at"])
    return row
