"""A report table as the HTML page shows it: formatted text, alignment and language.

:func:`html_table` turns a typed :class:`~.report_tables.Table` into an
:class:`HtmlTable` of :class:`HtmlCell` (ISO dates, amounts with their currency code,
numbers right-aligned and never wrapped, Chinese text marked ``lang="zh"``). The printed
report may give a cell further lines (:class:`HtmlLine`, e.g. the native title under the
title), see :mod:`.print_layout`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .report_tables import Cell, Table, TextList, format_cell, lang_of

_NUMERIC = {"int", "number", "money", "date"}


@dataclass(frozen=True)
class HtmlLine:
    """A further line of a cell, printed under its text in smaller, grey type."""

    text: str
    lang: str = ""


@dataclass(frozen=True)
class HtmlCell:
    text: str
    align: str  # left | right
    lang: str
    nowrap: bool = False
    lines: tuple[HtmlLine, ...] = ()
    small: bool = False  # printed in smaller type (long secondary text such as partners)
    items: tuple[str, ...] = ()  # a list of texts (TextList): printed one a line


@dataclass(frozen=True)
class HtmlTable:
    key: str
    title: str  # in print: a caption above the table (the section has its own heading)
    headers: list[HtmlCell]
    rows: list[list[HtmlCell]]
    note: str
    total_rows: int
    widths: list[float] = field(default_factory=list)  # % of the table width, for print
    keys: list[str] = field(default_factory=list)  # each column's key (report_tables.Column)


def _cell(value: Cell, kind: str) -> HtmlCell:
    numeric = kind in _NUMERIC or (kind == "mixed" and not isinstance(value, str))
    return HtmlCell(
        format_cell(value),
        "right" if numeric else "left",
        lang_of(value),
        nowrap=numeric and value is not None,
        items=value.items if isinstance(value, TextList) else (),
    )


def html_table(table: Table) -> HtmlTable:
    """The table's HTML columns (``Column.in_html``), each cell formatted."""
    shown = [i for i, c in enumerate(table.columns) if c.in_html]
    columns = [table.columns[i] for i in shown]
    return HtmlTable(
        key=table.key,
        title=table.title,
        headers=[
            HtmlCell(c.header, "right" if c.kind in _NUMERIC else "left", "") for c in columns
        ],
        rows=[[_cell(row[i], table.columns[i].kind) for i in shown] for row in table.rows],
        note=table.note,
        total_rows=table.total_rows,
        keys=[c.key for c in columns],
    )
