"""Save any list the user is looking at, with its filter and order, as a CSV or XLSX file.

The file holds exactly the rows the list shows, in the same order, with richer columns
than the screen: full names, every e-mail, amounts as real numbers with their currency
in a separate column, dates as real dates, and the record's id last. The columns are the
kind's fields declared for :attr:`~office_desk.core.kinds.Surface.EXPORT`, in the
registry's order, headed by their labels, each cell what
:meth:`~office_desk.core.kinds.FieldSpec.file_value` gives (:func:`export_columns`). Spreadsheet
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
import uuid
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import String, type_coerce
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Connection

from . import kinds
from .cell_safety import FORMULA_TRIGGERS, safe_cell
from .countries import country_name
from .file_replace import replaced_on_success
from .i18n import translate
from .kinds import FieldSpec, RecordKind, Surface
from .kinds.spec import LABELS, coordinates_text
from .listing import ListQuery, id_keys
from .store.database import Store
from .text_safety import BIDI_CHARACTER_CLASS, export_text
from .vocabulary import label_of

Progress = Callable[[int, int], None]
ColumnType = Literal["text", "date", "number", "money", "integer"]
CHUNK = 1000
#: Excel refuses longer cell text; longer notes are cut there (CSV keeps them whole).
XLSX_MAX_TEXT = 32_767


@dataclass(frozen=True)
class ExportColumn:
    """One column of an exported list: its key (the field's name, or "id"), English
    header (the field's label) and how its cells are typed."""

    key: str
    header: str
    type: ColumnType = "text"


def export_fields(kind: str) -> tuple[FieldSpec, ...]:
    """The fields of ``kind`` a list export holds, in the registry's order."""
    return kinds.get(kind).on(Surface.EXPORT)


def export_columns(kind: str) -> list[ExportColumn]:
    """The exported columns of ``kind``: its export fields, then the record's id."""
    return [ExportColumn(f.name, f.label, f.file_type) for f in export_fields(kind)] + [
        ExportColumn("id", "id")
    ]


EXPORT_COLUMNS: dict[str, list[ExportColumn]] = {
    k.name: export_columns(k.name) for k in kinds.KINDS
}
"""The exported columns of each kind, shared by CSV and XLSX (the id is always last),
read from the registry (:mod:`office_desk.core.kinds`): a field declared for the
export surface is a column here with no change in this module."""


def column_header(column: ExportColumn) -> str:
    """The header written into the file, in the current language (the id stays "id")."""
    return column.header if column.key == "id" else translate(LABELS, column.header)


def sheet_title(kind: str) -> str:
    """The XLSX sheet's name: the kind's title ("Contacts"), in the current language."""
    return kinds.get(kind).phrases("title")


# --------------------------------------------------------------------------- rows


def _joined(stored: str | None) -> str:
    """A list column (JSON text, read raw: much faster than the ORM type) as
    "a; b"; read the way :class:`office_desk.core.store.column_types.StringList` reads it,
    so the cell is what :meth:`FieldSpec.file_value` gives for the list."""
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


def _id_text(key: str) -> str:
    """The usual 8-4-4-4-12 form of a 32-digit hex id, as ``str(uuid)`` writes it."""
    return f"{key[:8]}-{key[8:12]}-{key[12:16]}-{key[16:20]}-{key[20:]}"


class _LiveNames:
    """The names of live records of the kinds an export refers to ("record" fields: a
    contact's organization and office), each kind read once, keyed by hex id. Also a
    :class:`~office_desk.core.kinds.Names` for fields with their own formatter."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._names: dict[str, dict[str, str]] = {}

    def of_kind(self, kind: str) -> dict[str, str]:
        """Hex id -> name (the kind's ``title_of``) of every live record of ``kind``."""
        found = self._names.get(kind)
        if found is None:
            spec = kinds.get(kind)
            table = spec.model.__table__  # type: ignore[attr-defined]
            statement = sa_select(_hex(table.c.id).label("hex_key_"), table).where(
                table.c.deleted_at.is_(None)
            )
            found = {r.hex_key_: spec.title_of(r) for r in self._conn.execute(statement)}
            self._names[kind] = found
        return found

    def name_of(self, kind: str, record_id: uuid.UUID | str | None) -> str:
        if record_id is None:
            return ""
        key = record_id.hex if isinstance(record_id, uuid.UUID) else str(record_id)
        return self.of_kind(kind).get(key.replace("-", "").lower(), "")


Reader = Callable[[Any], Any]


class _Columns:
    """The columns one select reads: typed (as the model reads them, named as in the
    model, so a field's own formatter can read them as attributes) or raw (the stored
    text: ids as hex, lists as JSON), each at its position in the row."""

    def __init__(self, table: Any) -> None:
        self.table = table
        self.selected: list[Any] = [_hex(table.c.id).label("hex_key_")]
        self.positions: dict[tuple[str, bool], int] = {}

    def at(self, name: str, raw: bool = False) -> int:
        key = (name, raw)
        if key not in self.positions:
            column = self.table.c[name]
            self.positions[key] = len(self.selected)
            self.selected.append(_hex(column).label(f"{name}__raw") if raw else column)
        return self.positions[key]


def _memo(function: Callable[[str], str]) -> Reader:
    """``function`` of a stored code ("" for none), each code worked out once."""
    seen: dict[Any, str] = {}

    def read(value: Any) -> str:
        text = seen.get(value)
        if text is None:
            text = seen[value] = function(value) if value else ""
        return text

    return read


def _reader(field: FieldSpec, columns: _Columns, names: _LiveNames) -> Reader:
    """How ``field``'s cell is made from a row: the value :meth:`FieldSpec.file_value`
    gives, worked out without its per-cell dispatch for the common value types (100,000
    contacts is the big case); a field with its own ``cell`` or ``text`` formatter, or a
    computed one, is asked itself."""
    value = field.value
    if field.cell is None and field.text is None and field.columns:
        first = field.columns[0]
        if value in ("text", "long_text", "website", "currency"):
            i = columns.at(first)
            if columns.table.c[first].nullable:
                return lambda r: r[i] or ""
            return itemgetter(i)  # never NULL: the text as stored (no call into Python)
        if value in ("date", "integer"):
            return itemgetter(columns.at(first))
        if value == "money":
            i = columns.at(first)
            return lambda r: (
                r[i] if r[i] is None or isinstance(r[i], Decimal) else Decimal(str(r[i]))
            )
        if value == "text_list":
            i = columns.at(first, raw=True)
            return lambda r: _joined(r[i])
        if value == "choice" and field.choices is not None:
            i, choices = columns.at(first), field.choices
            label = _memo(lambda v: label_of(choices, v))
            return lambda r: label(r[i])
        if value == "country":
            i, country = columns.at(first), _memo(country_name)
            return lambda r: country(r[i])
        if value == "record":
            i, book = columns.at(first, raw=True), names.of_kind(field.refers_to)
            return lambda r: book.get(r[i], "") if r[i] else ""
        if value == "boolean":
            i, yes = columns.at(first), translate(LABELS, "yes")
            return lambda r: yes if r[i] else ""
        if value == "coordinates" and len(field.columns) == 2:
            i, j = columns.at(first), columns.at(field.columns[1])
            return lambda r: coordinates_text(r[i], r[j])
    for name in field.columns:
        columns.at(name)
    if value == "record":
        names.of_kind(field.refers_to)
    return lambda r: field.file_value(r, names)


@dataclass(frozen=True)
class _Plan:
    """One kind's export rows: the select (by id keys) and a reader per field."""

    columns: _Columns
    readers: tuple[Reader, ...]

    def fetch(self, conn: Connection, keys: list[str]) -> dict[str, tuple[Any, ...]]:
        table = self.columns.table
        statement = sa_select(*self.columns.selected).where(
            _hex(table.c.id).in_(keys), table.c.deleted_at.is_(None)
        )
        readers = self.readers
        return {
            r[0]: (*[read(r) for read in readers], _id_text(r[0]))
            for r in conn.execute(statement).all()
        }


def _plan(kind: RecordKind, names: _LiveNames) -> _Plan:
    columns = _Columns(kind.model.__table__)  # type: ignore[attr-defined]
    readers = tuple(_reader(f, columns, names) for f in kind.on(Surface.EXPORT))
    return _Plan(columns, readers)


def export_chunks(
    store: Store, query: ListQuery, chunk: int = CHUNK, keys: list[str] | None = None
) -> Iterator[list[tuple[Any, ...]]]:
    """The export rows of the list ``query`` (values in :func:`export_columns` order,
    typed as :meth:`FieldSpec.file_value` gives them: ``str``, ``date``, ``Decimal``,
    ``int`` or ``None``; the id last), a chunk at a time, in the list's order. ``keys``
    are the list's id keys if already known."""
    kind = kinds.get(query.kind)
    if keys is None:
        keys = id_keys(store, query)
    with store.engine.connect() as conn:
        plan = _plan(kind, _LiveNames(conn))
        for start in range(0, len(keys), chunk):
            wanted = keys[start : start + chunk]
            found = plan.fetch(conn, wanted)
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


def _write_csv(
    target: Path,
    columns: list[ExportColumn],
    chunks: Iterator[list[tuple[Any, ...]]],
    total: int,
    progress: Progress | None,
    delimiter: str,
    decimal_comma: bool,
) -> int:
    converters = [_csv_converter(c.type, decimal_comma) for c in columns]
    written = 0
    with open(target, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([column_header(c) for c in columns])
        for rows in chunks:
            writer.writerows(
                [
                    "" if value is None else convert(value)
                    for convert, value in zip(converters, row, strict=True)
                ]
                for row in rows
            )
            written += len(rows)
            if progress is not None:
                progress(written, total)
    return written


# --------------------------------------------------------------------------- XLSX

_NUMBER_FORMATS: dict[str, str] = {
    "date": "yyyy-mm-dd",
    "money": "#,##0.00",
    "integer": "#,##0",
    "number": "General",
}


def _text_width(text: str) -> int:
    # Chinese and other wide characters take two columns.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _widths(columns: list[ExportColumn], sample: list[tuple[Any, ...]]) -> list[float]:
    widths: list[float] = []
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


def _write_xlsx(
    target: Path,
    kind: str,
    columns: list[ExportColumn],
    chunks: Iterator[list[tuple[Any, ...]]],
    total: int,
    progress: Progress | None,
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title(kind))
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


def _append_rows(
    sheet: Any,
    columns: list[ExportColumn],
    chunks: Iterator[list[tuple[Any, ...]]],
    total: int,
    progress: Progress | None,
) -> int:
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
    slots = [(column.type == "text", cell) for column, cell in zip(columns, formatted, strict=True)]
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
        raise ValueError(
            f"cannot export a list as {chosen or 'a file without a suffix'!r}: choose csv or xlsx"
        )
    return chosen  # type: ignore[return-value]


def export_list(
    store: Store,
    query: ListQuery,
    path: Path,
    fmt: Literal["csv", "xlsx"] | None = None,
    progress: Progress | None = None,
    *,
    delimiter: str = ",",
    decimal_comma: bool | None = None,
) -> int:
    """Save the rows of the list ``query`` (its filter and order) to ``path`` as CSV or
    XLSX (``fmt``, by default from the suffix); returns the number of rows written.

    ``progress(done, total)`` is called before the first row and after each chunk; if it
    raises, the export stops, the exception propagates and no file is left at ``path``.
    For CSV, ``delimiter=";"`` suits German Excel; ``decimal_comma`` (default: on with a
    semicolon) writes amounts as ``1234,50``.
    """
    if query.kind not in kinds.BY_NAME:
        raise ValueError(f"unknown list kind {query.kind!r}")
    chosen = export_format(path, fmt)
    columns = export_columns(query.kind)
    keys = id_keys(store, query)
    total = len(keys)
    if progress is not None:
        progress(0, total)
    chunks = export_chunks(store, query, keys=keys)
    with replaced_on_success(Path(path)) as target:
        if chosen == "csv":
            if decimal_comma is None:
                decimal_comma = delimiter == ";"
            return _write_csv(target, columns, chunks, total, progress, delimiter, decimal_comma)
        return _write_xlsx(target, query.kind, columns, chunks, total, progress)
