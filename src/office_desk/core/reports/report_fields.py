"""The record columns of a report's tables, read from the registry of kinds.

The tables of projects, events, organizations and contacts show their kind's fields
declared for :attr:`~office_desk.core.kinds.Surface.REPORT`, in the registry's order,
headed by their labels (:mod:`office_desk.core.kinds`). Each row carries the typed value
of every such field (:attr:`.content.RecordRow.values`), so a field added to a kind with
the report surface is in the HTML, PDF, XLSX and CSV reports with no change here:

* text as the field reads it in a file (:meth:`FieldSpec.file_value`), lists as a
  :class:`.content.TextList` (the printed page puts one item a line);
* dates stay ``date``, counts ``int``, amounts :class:`.content.Money` with the
  currency of the field's second column;
* a currency code is a spreadsheet column only (the page shows it with each amount).

The report's own columns (an office's short label, a project's partners, its amount in
the reporting currency) are added by :mod:`.report_tables`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .. import kinds
from ..kinds import FieldSpec, Names, Surface
from .content import Cell, Money, TextList

#: How a table column holds each of the registry's cell types.
COLUMN_KINDS = {"text": "text", "date": "date", "integer": "int", "money": "money"}


def report_fields(kind: str) -> tuple[FieldSpec, ...]:
    """The fields of ``kind`` ("project") its report table shows, in order."""
    return kinds.get(kind).on(Surface.REPORT)


def column_kind(field: FieldSpec) -> str:
    """The table column kind (text | date | int | money) of ``field``'s cells."""
    return COLUMN_KINDS[field.file_type]


def on_page(field: FieldSpec) -> bool:
    """Whether the field is a column of the HTML and printed page too (a bare currency
    code is only in spreadsheets: the page writes it after each amount)."""
    return field.value != "currency"


def report_value(field: FieldSpec, values: Any, names: Names) -> Cell:
    """``field``'s value of the record ``values`` as a typed report cell."""
    if field.value == "text_list" and field.cell is None and field.text is None:
        return TextList(str(item) for item in field.raw(values) or ())
    value = field.file_value(values, names)
    if field.file_type == "money":
        currency = getattr(values, field.columns[1]) if len(field.columns) > 1 else None
        return Money(value, str(currency)) if value is not None and currency else None
    return value  # type: ignore[no-any-return]


def report_values(fields: Iterable[FieldSpec], values: Any, names: Names) -> dict[str, Cell]:
    """Every field's typed cell of the record ``values``, by field name."""
    return {f.name: report_value(f, values, names) for f in fields}
