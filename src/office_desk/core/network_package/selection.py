"""Which rows go into a package: the whole database, or one office's part.

Tombstoned rows are always included, so that deletions travel to the other copy.

One office's part is closed under references, so it imports into an empty database:

* the office, and every office any included row points at (its counterpart, the
  office looking after an included organization...), followed to the end;
* the organizations, contacts, projects and events whose ``office_id`` is the office;
* the organizations its contacts work at, its projects' partners and its events'
  participating organizations;
* the link rows (project partners and contacts, event participants and projects) whose
  two ends are both included; a link to a person or project of another office is left
  out, never cut;
* the tag links on every included record, and the tags they use;
* all exchange rates.

No reference is ever set to null in a package: a row is either there with all its
references resolvable inside the package, or not there.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table, select

from ..models import TagLink
from .codec import KIND_TABLES, MODELS, TABLE_ORDER, Row

_CHUNK = 5000

#: The tables of the kinds an office keeps (their ``office_id`` names it).
OFFICE_RECORDS: tuple[str, ...] = tuple(
    table
    for table, kind in KIND_TABLES.items()
    if any(
        f.value == "record" and f.refers_to == "office" and f.columns == ("office_id",)
        for f in kind.fields
    )
)
#: Per kind's table, the tag links' column that points at its records.
TAG_COLUMNS: dict[str, str] = {
    table: link.column
    for table, kind in KIND_TABLES.items()
    for link in kind.links
    if link.model is TagLink
}


def _table(name: str) -> Table:
    return MODELS[name].__table__  # type: ignore[attr-defined,no-any-return]


def _rows(conn: Connection, table: str, where: Any = None) -> list[Row]:
    t = _table(table)
    statement = select(t) if where is None else select(t).where(where)
    result = conn.execute(statement)
    keys = list(result.keys())
    return [dict(zip(keys, values, strict=True)) for values in result]


def rows_where_in(
    conn: Connection, table: str, column: str | None, values: Iterable[uuid.UUID]
) -> list[Row]:
    """Rows (tombstones too) whose ``column`` is one of ``values`` (every row when
    ``column`` is None)."""
    if column is None:
        return _rows(conn, table)
    wanted = list(set(values))
    t = _table(table)
    found: list[Row] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found += _rows(conn, table, t.c[column].in_(chunk))
    return found


def whole_database(conn: Connection) -> dict[str, list[Row]]:
    return {table: _rows(conn, table) for table in TABLE_ORDER}


def office_part(conn: Connection, office_id: uuid.UUID) -> dict[str, list[Row]]:
    """The rows of one office's part (see the module's rules)."""
    parts: dict[str, dict[uuid.UUID, Row]] = {t: {} for t in TABLE_ORDER}

    def keep(table: str, rows: Iterable[Row]) -> None:
        for row in rows:
            parts[table][row["id"]] = row

    for table in OFFICE_RECORDS:
        keep(table, rows_where_in(conn, table, "office_id", [office_id]))
    projects, events = set(parts["project"]), set(parts["event"])
    contacts = set(parts["contact"])

    partners = rows_where_in(conn, "project_partner", "project_id", projects)
    event_orgs = rows_where_in(conn, "event_organization", "event_id", events)
    org_ids = {r["organization_id"] for r in parts["contact"].values()}
    org_ids |= {r["organization_id"] for r in (*partners, *event_orgs)}
    org_ids.discard(None)
    org_ids -= set(parts["organization"])
    keep("organization", rows_where_in(conn, "organization", "id", org_ids))
    keep("project_partner", partners)
    keep("event_organization", event_orgs)
    keep(
        "project_contact",
        (
            r
            for r in rows_where_in(conn, "project_contact", "project_id", projects)
            if r["contact_id"] in contacts
        ),
    )
    keep(
        "event_contact",
        (
            r
            for r in rows_where_in(conn, "event_contact", "event_id", events)
            if r["contact_id"] in contacts
        ),
    )
    keep(
        "event_project",
        (
            r
            for r in rows_where_in(conn, "event_project", "event_id", events)
            if r["project_id"] in projects
        ),
    )

    _add_offices(conn, parts, office_id)

    for table, column in TAG_COLUMNS.items():
        keep("tag_link", rows_where_in(conn, "tag_link", column, parts[table]))
    keep("tag", rows_where_in(conn, "tag", "id", {r["tag_id"] for r in parts["tag_link"].values()}))
    keep("exchange_rate", _rows(conn, "exchange_rate"))
    return {table: list(rows.values()) for table, rows in parts.items()}


def _add_offices(
    conn: Connection, parts: dict[str, dict[uuid.UUID, Row]], office_id: uuid.UUID
) -> None:
    """The office, and every office an included row points at, followed to the end."""
    wanted = {office_id}
    for table in OFFICE_RECORDS:
        wanted |= {r["office_id"] for r in parts[table].values() if r["office_id"]}
    offices = parts["office"]
    while missing := wanted - set(offices):
        found = rows_where_in(conn, "office", "id", missing)
        if not found:
            raise LookupError(f"no office with id {min(missing)}")
        for row in found:
            offices[row["id"]] = row
        wanted |= {r["counterpart_id"] for r in offices.values() if r["counterpart_id"]}
