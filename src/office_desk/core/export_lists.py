"""Save any list the user is looking at, with its filter and order, as a CSV or XLSX file.

The file holds exactly the rows the list shows, in the same order, with richer columns
than the screen: full names, every e-mail, amounts as real numbers with their currency
in a separate column, dates as real dates, and the record's id last. Spreadsheet
formulas hidden in user text are neutralised: in CSV by a leading quote (see
:mod:`office_desk.core.cell_safety`), in XLSX by storing the cell as text, so that a
phone number reads "+49 351 ..." and not "'+49 351 ...".

* CSV: UTF-8 with a byte-order mark (Excel on Windows then reads Chinese correctly),
  ``\\r\\n`` line ends, comma-separated; ``delimiter=";"`` for German Excel, which also
  writes numbers with a decimal comma.
* XLSX: one sheet named after the kind ("Contacts"), a bold frozen header row, an auto
  filter over the data, dates formatted ``yyyy-mm-dd``, amounts ``#,##0.00``, streamed
  (openpyxl write-only), so 100,000 rows take bounded memory.

Every exporter here and in :mod:`.export_vcard` / :mod:`.export_calendar` writes to a
hidden temporary file next to the target and moves it into place only when complete:
a failure or a cancel (the progress callback raising) leaves no partial file behind.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import chain
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import String, and_, type_coerce
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Connection

from .cell_safety import FORMULA_TRIGGERS, safe_cell
from .countries import country_name
from .file_replace import replaced_on_success
from .i18n import QT_TRANSLATE_NOOP, translate
from .listing import ListQuery, id_keys
from .models import Contact, Event, Office, Organization, Project, person_name
from .store.database import Store
from .text_safety import BIDI_CHARACTER_CLASS, export_text
from .vocabulary import (
    EventKind,
    OfficeStatus,
    OrganizationKind,
    ProjectKind,
    ProjectStage,
    label_of,
)

Progress = Callable[[int, int], None]
ColumnType = Literal["text", "date", "number", "money", "integer"]
CHUNK = 1000
#: Excel refuses longer cell text; longer notes are cut there (CSV keeps them whole).
XLSX_MAX_TEXT = 32_767

SHEET_TITLES: dict[str, str] = {
    "office": QT_TRANSLATE_NOOP("ExportLists", "Offices"),
    "organization": QT_TRANSLATE_NOOP("ExportLists", "Organizations"),
    "contact": QT_TRANSLATE_NOOP("ExportLists", "Contacts"),
    "project": QT_TRANSLATE_NOOP("ExportLists", "Projects"),
    "event": QT_TRANSLATE_NOOP("ExportLists", "Events"),
}


@dataclass(frozen=True)
class ExportColumn:
    """One column of an exported list: its key, English header and value type."""

    key: str
    header: str
    type: ColumnType = "text"


def _cols(*specs: tuple[str, str] | tuple[str, str, ColumnType]) -> list[ExportColumn]:
    return [ExportColumn(*spec) for spec in specs] + [ExportColumn("id", "id")]


EXPORT_COLUMNS: dict[str, list[ExportColumn]] = {
    "office": _cols(
        ("name", QT_TRANSLATE_NOOP("ExportLists", "Name")),
        ("name_native", QT_TRANSLATE_NOOP("ExportLists", "Native name")),
        ("city", QT_TRANSLATE_NOOP("ExportLists", "City")),
        ("country", QT_TRANSLATE_NOOP("ExportLists", "Country")),
        ("status", QT_TRANSLATE_NOOP("ExportLists", "Status")),
        ("established", QT_TRANSLATE_NOOP("ExportLists", "Established"), "date"),
        ("counterpart", QT_TRANSLATE_NOOP("ExportLists", "Counterpart")),
        ("address", QT_TRANSLATE_NOOP("ExportLists", "Address")),
        ("phone", QT_TRANSLATE_NOOP("ExportLists", "Phone")),
        ("email", QT_TRANSLATE_NOOP("ExportLists", "E-mail")),
        ("website", QT_TRANSLATE_NOOP("ExportLists", "Website")),
        ("notes", QT_TRANSLATE_NOOP("ExportLists", "Notes")),
    ),
    "organization": _cols(
        ("name", QT_TRANSLATE_NOOP("ExportLists", "Name")),
        ("name_native", QT_TRANSLATE_NOOP("ExportLists", "Native name")),
        ("kind", QT_TRANSLATE_NOOP("ExportLists", "Kind")),
        ("sector", QT_TRANSLATE_NOOP("ExportLists", "Sector")),
        ("city", QT_TRANSLATE_NOOP("ExportLists", "City")),
        ("country", QT_TRANSLATE_NOOP("ExportLists", "Country")),
        ("website", QT_TRANSLATE_NOOP("ExportLists", "Website")),
        ("office", QT_TRANSLATE_NOOP("ExportLists", "Office")),
        ("notes", QT_TRANSLATE_NOOP("ExportLists", "Notes")),
    ),
    "contact": _cols(
        ("name", QT_TRANSLATE_NOOP("ExportLists", "Name")),
        ("title", QT_TRANSLATE_NOOP("ExportLists", "Academic title")),
        ("given_name", QT_TRANSLATE_NOOP("ExportLists", "Given name")),
        ("family_name", QT_TRANSLATE_NOOP("ExportLists", "Family name")),
        ("name_native", QT_TRANSLATE_NOOP("ExportLists", "Native name")),
        ("position", QT_TRANSLATE_NOOP("ExportLists", "Position")),
        ("organization", QT_TRANSLATE_NOOP("ExportLists", "Organization")),
        ("office", QT_TRANSLATE_NOOP("ExportLists", "Office")),
        ("city", QT_TRANSLATE_NOOP("ExportLists", "City")),
        ("country", QT_TRANSLATE_NOOP("ExportLists", "Country")),
        ("emails", QT_TRANSLATE_NOOP("ExportLists", "E-mails")),
        ("phones", QT_TRANSLATE_NOOP("ExportLists", "Phones")),
        ("messaging", QT_TRANSLATE_NOOP("ExportLists", "Messaging")),
        ("languages", QT_TRANSLATE_NOOP("ExportLists", "Languages")),
        ("last_contacted", QT_TRANSLATE_NOOP("ExportLists", "Last contacted"), "date"),
        ("notes", QT_TRANSLATE_NOOP("ExportLists", "Notes")),
    ),
    "project": _cols(
        ("title", QT_TRANSLATE_NOOP("ExportLists", "Title")),
        ("title_native", QT_TRANSLATE_NOOP("ExportLists", "Native title")),
        ("kind", QT_TRANSLATE_NOOP("ExportLists", "Kind")),
        ("stage", QT_TRANSLATE_NOOP("ExportLists", "Stage")),
        ("office", QT_TRANSLATE_NOOP("ExportLists", "Office")),
        ("sector", QT_TRANSLATE_NOOP("ExportLists", "Sector")),
        ("destination", QT_TRANSLATE_NOOP("ExportLists", "Destination")),
        ("amount", QT_TRANSLATE_NOOP("ExportLists", "Amount"), "money"),
        ("currency", QT_TRANSLATE_NOOP("ExportLists", "Currency")),
        ("jobs", QT_TRANSLATE_NOOP("ExportLists", "Jobs created"), "integer"),
        ("signed", QT_TRANSLATE_NOOP("ExportLists", "Signed"), "date"),
        ("start", QT_TRANSLATE_NOOP("ExportLists", "Start"), "date"),
        ("end", QT_TRANSLATE_NOOP("ExportLists", "End"), "date"),
        ("description", QT_TRANSLATE_NOOP("ExportLists", "Description")),
    ),
    "event": _cols(
        ("start", QT_TRANSLATE_NOOP("ExportLists", "Start"), "date"),
        ("end", QT_TRANSLATE_NOOP("ExportLists", "End"), "date"),
        ("title", QT_TRANSLATE_NOOP("ExportLists", "Title")),
        ("kind", QT_TRANSLATE_NOOP("ExportLists", "Kind")),
        ("place", QT_TRANSLATE_NOOP("ExportLists", "Place")),
        ("city", QT_TRANSLATE_NOOP("ExportLists", "City")),
        ("country", QT_TRANSLATE_NOOP("ExportLists", "Country")),
        ("office", QT_TRANSLATE_NOOP("ExportLists", "Office")),
        ("notes", QT_TRANSLATE_NOOP("ExportLists", "Notes")),
    ),
}
"""The exported columns of each kind, shared by CSV and XLSX (the id is always last)."""


def column_header(column: ExportColumn) -> str:
    """The header written into the file, in the current language (the id stays "id")."""
    return column.header if column.key == "id" else translate("ExportLists", column.header)


# --------------------------------------------------------------------------- files




def _joined(stored: str | None) -> str:
    """A list column (JSON text, read raw: much faster than the ORM type) as
    "a; b"; read the way :class:`office_desk.core.store.column_types.StringList` reads it."""
    if not stored or stored == "[]":
        return ""
    try:
        items = json.loads(stored)
    except ValueError:
        return stored
    if isinstance(items, list):
        return "; ".join(str(item) for item in items)
    return str(items)


def _hex(column: Any) -> Any:
    """An id column read (and compared) as its stored 32-digit hex text."""
    return type_coerce(column, String)


def _raw(column: Any) -> Any:
    """A column read as the text stored, labelled with its own name."""
    return type_coerce(column, String).label(column.name)


def _id_text(key: str) -> str:
    """The usual 8-4-4-4-12 form of a 32-digit hex id, as ``str(uuid)`` writes it."""
    return f"{key[:8]}-{key[8:12]}-{key[12:16]}-{key[16:20]}-{key[20:]}"


# --------------------------------------------------------------------------- rows

_Fetch = Callable[[Connection, list[str]], dict[str, tuple[Any, ...]]]


def _live_join(alias: Any, reference: Any) -> Any:
    return and_(alias.c.id == reference, alias.c.deleted_at.is_(None))


def _fetch_offices(conn: Connection, keys: list[str]) -> dict[str, tuple[Any, ...]]:
    o = Office.__table__  # type: ignore[attr-defined]
    twin = o.alias("twin")
    statement = (
        sa_select(_hex(o.c.id).label("key"), o.c.name, o.c.name_native, o.c.city, o.c.country,
                  o.c.status, o.c.established_on, twin.c.name.label("counterpart"),
                  o.c.address, o.c.phone, o.c.email, o.c.website, o.c.notes)
        .select_from(o.outerjoin(twin, _live_join(twin, o.c.counterpart_id)))
        .where(_hex(o.c.id).in_(keys), o.c.deleted_at.is_(None))
    )
    return {r.key: (r.name, r.name_native, r.city, country_name(r.country),
                    label_of(OfficeStatus, r.status), r.established_on, r.counterpart or "",
                    r.address, r.phone, r.email, r.website, r.notes, _id_text(r.key))
            for r in conn.execute(statement).all()}


def _fetch_organizations(conn: Connection, keys: list[str]) -> dict[str, tuple[Any, ...]]:
    g = Organization.__table__  # type: ignore[attr-defined]
    office = Office.__table__.alias("office_")  # type: ignore[attr-defined]
    statement = (
        sa_select(_hex(g.c.id).label("key"), g.c.name, g.c.name_native, g.c.kind, g.c.sector,
                  g.c.city, g.c.country, g.c.website, office.c.name.label("office"), g.c.notes)
        .select_from(g.outerjoin(office, _live_join(office, g.c.office_id)))
        .where(_hex(g.c.id).in_(keys), g.c.deleted_at.is_(None))
    )
    return {r.key: (r.name, r.name_native, label_of(OrganizationKind, r.kind), r.sector,
                    r.city, country_name(r.country), r.website, r.office or "", r.notes,
                    _id_text(r.key))
            for r in conn.execute(statement).all()}


def _fetch_contacts(conn: Connection, keys: list[str]) -> dict[str, tuple[Any, ...]]:
    c = Contact.__table__  # type: ignore[attr-defined]
    org = Organization.__table__.alias("org")  # type: ignore[attr-defined]
    office = Office.__table__.alias("office_")  # type: ignore[attr-defined]
    statement = (
        sa_select(_hex(c.c.id).label("key"), c.c.title, c.c.given_name, c.c.family_name,
                  c.c.name_native, c.c.family_name_first, c.c.position,
                  org.c.name.label("organization"), office.c.name.label("office"), c.c.city,
                  c.c.country, _raw(c.c.emails), _raw(c.c.phones), _raw(c.c.messaging),
                  _raw(c.c.languages), c.c.last_contacted_on, c.c.notes)
        .select_from(c.outerjoin(org, _live_join(org, c.c.organization_id))
                     .outerjoin(office, _live_join(office, c.c.office_id)))
        .where(_hex(c.c.id).in_(keys), c.c.deleted_at.is_(None))
    )
    found = {}
    # Plain tuples: 100,000 contacts is the big case, and Row attribute access costs.
    for (key, title, given, family, native, family_first, position, organization,
         office_name, city, country, emails, phones, messaging, languages, last_contacted,
         notes) in conn.execute(statement).all():
        # The list's rule (Contact.display_name), applied to plain values.
        found[key] = (person_name(given, family, native, family_first, title), title, given,
                      family, native, position, organization or "", office_name or "", city,
                      country_name(country), _joined(emails), _joined(phones),
                      _joined(messaging), _joined(languages), last_contacted, notes,
                      _id_text(key))
    return found


def _fetch_projects(conn: Connection, keys: list[str]) -> dict[str, tuple[Any, ...]]:
    p = Project.__table__  # type: ignore[attr-defined]
    office = Office.__table__.alias("office_")  # type: ignore[attr-defined]
    statement = (
        sa_select(_hex(p.c.id).label("key"), p.c.title, p.c.title_native, p.c.kind, p.c.stage,
                  office.c.name.label("office"), p.c.sector, p.c.destination, p.c.amount,
                  p.c.currency, p.c.jobs_created, p.c.signed_on, p.c.start_on, p.c.end_on,
                  p.c.description)
        .select_from(p.outerjoin(office, _live_join(office, p.c.office_id)))
        .where(_hex(p.c.id).in_(keys), p.c.deleted_at.is_(None))
    )
    return {r.key: (r.title, r.title_native, label_of(ProjectKind, r.kind),
                    label_of(ProjectStage, r.stage), r.office or "", r.sector, r.destination,
                    r.amount, r.currency or "", r.jobs_created, r.signed_on, r.start_on,
                    r.end_on, r.description, _id_text(r.key))
            for r in conn.execute(statement).all()}


def _fetch_events(conn: Connection, keys: list[str]) -> dict[str, tuple[Any, ...]]:
    e = Event.__table__  # type: ignore[attr-defined]
    office = Office.__table__.alias("office_")  # type: ignore[attr-defined]
    statement = (
        sa_select(_hex(e.c.id).label("key"), e.c.starts_on, e.c.ends_on, e.c.title, e.c.kind,
                  e.c.place, e.c.city, e.c.country, office.c.name.label("office"), e.c.notes)
        .select_from(e.outerjoin(office, _live_join(office, e.c.office_id)))
        .where(_hex(e.c.id).in_(keys), e.c.deleted_at.is_(None))
    )
    # A one-day event ends the day it starts.
    return {r.key: (r.starts_on, r.ends_on or r.starts_on, r.title,
                    label_of(EventKind, r.kind), r.place, r.city, country_name(r.country),
                    r.office or "", r.notes, _id_text(r.key))
            for r in conn.execute(statement).all()}


_FETCH: dict[str, _Fetch] = {
    "office": _fetch_offices, "organization": _fetch_organizations,
    "contact": _fetch_contacts, "project": _fetch_projects, "event": _fetch_events,
}


def export_chunks(store: Store, query: ListQuery, chunk: int = CHUNK,
                  keys: list[str] | None = None) -> Iterator[list[tuple[Any, ...]]]:
    """The export rows of the list ``query`` (values in :data:`EXPORT_COLUMNS` order,
    typed: ``str``, ``date``, ``Decimal``, ``int`` or ``None``), a chunk at a time, in
    the list's order. ``keys`` are the list's id keys if already known."""
    fetch = _FETCH[query.kind]
    if keys is None:
        keys = id_keys(store, query)
    with store.engine.connect() as conn:
        for start in range(0, len(keys), chunk):
            wanted = keys[start : start + chunk]
            found = fetch(conn, wanted)
            yield [found[k] for k in wanted if k in found]


# --------------------------------------------------------------------------- CSV


def _csv_number(value: Any, decimal_comma: bool) -> str:
    if isinstance(value, Decimal):
        # Cents always shown, more places kept exactly when there are any.
        text = f"{value:.2f}" if value.as_tuple().exponent >= -2 else format(value, "f")  # type: ignore[operator]
    else:
        text = str(value)
    return text.replace(".", ",") if decimal_comma else text


def _csv_converter(kind: ColumnType, decimal_comma: bool) -> Callable[[Any], Any]:
    if kind == "text":
        return safe_cell
    if kind == "date":
        return date.isoformat
    return lambda value: _csv_number(value, decimal_comma)


def _write_csv(target: Path, columns: list[ExportColumn], chunks: Iterator[list[tuple[Any, ...]]],
               total: int, progress: Progress | None, delimiter: str,
               decimal_comma: bool) -> int:
    converters = [_csv_converter(c.type, decimal_comma) for c in columns]
    written = 0
    with open(target, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([column_header(c) for c in columns])
        for rows in chunks:
            writer.writerows(
                ["" if value is None else convert(value)
                 for convert, value in zip(converters, row, strict=True)]
                for row in rows
            )
            written += len(rows)
            if progress is not None:
                progress(written, total)
    return written


# --------------------------------------------------------------------------- XLSX

_NUMBER_FORMATS: dict[str, str] = {
    "date": "yyyy-mm-dd", "money": "#,##0.00", "integer": "#,##0", "number": "General",
}


def _text_width(text: str) -> int:
    # Chinese and other wide characters take two columns.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _widths(columns: list[ExportColumn], sample: list[tuple[Any, ...]]) -> list[float]:
    widths = []
    for index, column in enumerate(columns):
        longest = _text_width(column_header(column)) + 3  # room for the filter button
        for row in sample[:200]:
            value = row[index]
            if value is None:
                continue
            if column.type == "date":
                longest = max(longest, 10)
            elif column.type in ("money", "integer", "number"):
                longest = max(longest, len(f"{value:,.2f}"))
            else:
                first_line = str(value).split("\n", 1)[0]
                longest = max(longest, _text_width(first_line[:80]))
        widths.append(min(max(longest + 2, 8), 60))
    return widths


def _xlsx_text(value: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # Control characters other than tab/newline/return cannot be stored in XLSX at all;
    # bidi controls would disguise the text (see office_desk.core.text_safety).
    return ILLEGAL_CHARACTERS_RE.sub("", export_text(value))[:XLSX_MAX_TEXT]


def _write_xlsx(target: Path, kind: str, columns: list[ExportColumn],
                chunks: Iterator[list[tuple[Any, ...]]], total: int,
                progress: Progress | None) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(translate("ExportLists", SHEET_TITLES[kind]))
    first = next(chunks, [])
    for index, width in enumerate(_widths(columns, first), 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{total + 1}"

    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column_header(column))
        cell.font = bold
        header.append(cell)
    try:
        sheet.append(header)
        written = _append_rows(sheet, columns, chain([first], chunks), total, progress)
    except BaseException:
        _discard(sheet)
        raise
    workbook.save(target)
    return written


def _discard(sheet: Any) -> None:
    """Close a write-only sheet given up half-way and remove its temporary file (openpyxl
    would only remove it at exit). Best effort: the original error is what counts."""
    writer = getattr(sheet, "_writer", None)
    if writer is None:
        return
    with suppress(Exception):
        rows = getattr(sheet, "_rows", None)
        if rows is not None:
            rows.close()
        writer.close()
        writer.cleanup()


def _append_rows(sheet: Any, columns: list[ExportColumn],
                 chunks: Iterator[list[tuple[Any, ...]]], total: int,
                 progress: Progress | None) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE

    # Cells are made only where a plain value would not do: a number format for
    # amounts and counts (one reusable cell per column: a write-only sheet serialises a
    # row as it is appended). Text goes in as it is, without the CSV's safety quote (in
    # a workbook it would show: "'+49 351 ..."): a cell of data type "s" is text to
    # Excel and LibreOffice, never run. openpyxl gives a plain value that type unless it
    # starts with "=" (a formula) or is an error code ("#N/A"); text starting with
    # = + - @, a tab or a carriage return gets a reusable cell of data type "s" set by
    # hand, with Excel's hidden quote prefix (shown in neither the cell nor the value),
    # so that editing it in Excel does not turn it into a formula either. Dates go in
    # plain and get "yyyy-mm-dd". (A cell object for every value costs openpyxl twice
    # the time.)
    formatted: list[Any] = []
    for column in columns:
        cell = None
        if column.type in ("money", "integer", "number"):
            cell = WriteOnlyCell(sheet)
            cell.number_format = _NUMBER_FORMATS[column.type]
        elif column.type == "text":
            cell = WriteOnlyCell(sheet)
            cell.quotePrefix = True
        formatted.append(cell)
    slots = [(column.type == "text", cell) for column, cell in
             zip(columns, formatted, strict=True)]
    # One scan finds what must go: characters XLSX cannot hold, and bidi controls
    # (removed before the formula check below: "\u202e=1" starts with "=" without it).
    illegal = re.compile(f"{ILLEGAL_CHARACTERS_RE.pattern}|{BIDI_CHARACTER_CLASS}").search

    written = 0
    for rows in chunks:
        for row in rows:
            out: list[Any] = []
            for (is_text, cell), value in zip(slots, row, strict=True):
                if value is None or value == "":
                    out.append(None)
                elif is_text:
                    if len(value) > XLSX_MAX_TEXT or illegal(value):
                        value = _xlsx_text(value)
                    if value.startswith(FORMULA_TRIGGERS):
                        cell.value = value
                        cell.data_type = "s"  # after the value, which would make it "f"
                        out.append(cell)
                    elif value in ERROR_CODES:
                        text = WriteOnlyCell(sheet, value=value)
                        text.data_type = "s"
                        out.append(text)
                    else:
                        out.append(value)
                elif cell is None:
                    out.append(value)
                else:
                    cell.value = value
                    out.append(cell)
            sheet.append(out)
        written += len(rows)
        if progress is not None:
            progress(written, total)
    return written


# --------------------------------------------------------------------------- entry point


def export_format(path: Path, fmt: str | None = None) -> Literal["csv", "xlsx"]:
    """``fmt`` checked, or the format the file name's suffix asks for."""
    chosen = (fmt or Path(path).suffix.lstrip(".")).lower()
    if chosen not in ("csv", "xlsx"):
        raise ValueError(f"cannot export a list as {chosen or 'a file without a suffix'!r}: "
                         "choose csv or xlsx")
    return chosen  # type: ignore[return-value]


def export_list(store: Store, query: ListQuery, path: Path,
                fmt: Literal["csv", "xlsx"] | None = None,
                progress: Progress | None = None, *, delimiter: str = ",",
                decimal_comma: bool | None = None) -> int:
    """Save the rows of the list ``query`` (its filter and order) to ``path`` as CSV or
    XLSX (``fmt``, by default from the suffix); returns the number of rows written.

    ``progress(done, total)`` is called before the first row and after each chunk; if it
    raises, the export stops, the exception propagates and no file is left at ``path``.
    For CSV, ``delimiter=";"`` suits German Excel; ``decimal_comma`` (default: on with a
    semicolon) writes amounts as ``1234,50``.
    """
    if query.kind not in EXPORT_COLUMNS:
        raise ValueError(f"unknown list kind {query.kind!r}")
    chosen = export_format(path, fmt)
    columns = EXPORT_COLUMNS[query.kind]
    keys = id_keys(store, query)
    total = len(keys)
    if progress is not None:
        progress(0, total)
    chunks = export_chunks(store, query, keys=keys)
    with replaced_on_success(Path(path)) as target:
        if chosen == "csv":
            if decimal_comma is None:
                decimal_comma = delimiter == ";"
            return _write_csv(target, columns, chunks, total, progress, delimiter,
                              decimal_comma)
        return _write_xlsx(target, query.kind, columns, chunks, total, progress)
