"""How the printed (PDF) report fits its tables on A4 or Letter paper, portrait.

Qt's rich-text engine, which lays out the PDF, breaks a word anywhere once its column is
narrower than the word ("Complete d", "Jo bs"). So every printed column gets at least the
width of its longest word (of its whole text where the text must not wrap: amounts,
dates, e-mail addresses), measured with the character widths of a wide sans-serif face,
and the room left goes to the columns with the most text. A table whose columns cannot
all fit is restructured first (:data:`PRINT_LAYOUTS`): the projects table shows the
native title under the title, the stage under the kind, the amount in the reporting
currency under the amount and the partners one a line in smaller type; the offices table
is printed as two tables (projects by stage; investment and network).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .report_html import HtmlCell, HtmlTable

#: Width of the printed text block in layout pixels (96 per inch): A4 less the 16 mm
#: side margins (US Letter is a little wider, so what fits A4 fits Letter).
PRINT_WIDTH = 670.0
CELL_PADDING = 3  # the cellpadding of every printed table
TEXT_PT = 7.5  # table text
HEADER_PT = 7.0  # column headers (bold)
SMALL_PT = 7.0  # further lines of a cell and "small" columns (partners)
#: Share of the width one unbreakable word may claim; a longer one (a web address) wraps.
MAX_WORD_SHARE = 0.34

# Character widths in em, from DejaVu Sans (wider than Noto Sans, Segoe UI or Helvetica,
# so a column wide enough with it is wide enough with the face the reader's system picks).
_EM_NARROW = 0.30  # i j l I . , ; : ' ! |
_EM_SEMI = 0.42  # f t r ( ) - / space
_EM_WIDE = 0.97  # m w M W @ %
_EM_DIGIT = 0.64
_EM_UPPER = 0.74
_EM_LOWER = 0.63
_EM_CJK = 1.0
_BOLD = 1.12
_NARROW = set("ijlI.,;:'!|`")
_SEMI = set("ftr()[]-/ ")
_WIDE = set("mwMW@%")
_CJK = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_BREAKABLE = re.compile(r"\s+|(?<=[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef])")


def _em(char: str) -> float:
    if char in _NARROW:
        return _EM_NARROW
    if char in _SEMI:
        return _EM_SEMI
    if char in _WIDE:
        return _EM_WIDE
    if char.isdigit():
        return _EM_DIGIT
    if _CJK.match(char):
        return _EM_CJK
    if char.isupper():
        return _EM_UPPER
    return _EM_LOWER


def text_width(text: str, points: float, bold: bool = False) -> float:
    """Estimated width of ``text`` on one line, in layout pixels (96 dpi)."""
    em = sum(_em(c) for c in text)
    return em * points * 96 / 72 * (_BOLD if bold else 1.0)


def _longest_word(text: str, points: float, bold: bool = False) -> float:
    words = [w for w in _BREAKABLE.split(text) if w]
    return max((text_width(w, points, bold) for w in words), default=0.0)


@dataclass
class _Need:
    least: float = 0.0  # the longest word (or unbreakable text)
    most: float = 0.0  # the longest text on one line

    def add(self, text: str, points: float, bold: bool = False, nowrap: bool = False) -> None:
        whole = text_width(text, points, bold)
        self.least = max(self.least, whole if nowrap else _longest_word(text, points, bold))
        self.most = max(self.most, whole)


def _cell_needs(cell: HtmlCell, need: _Need, points: float, bold: bool = False) -> None:
    need.add(cell.text, SMALL_PT if cell.small else points, bold, cell.nowrap)
    for line in cell.lines:
        need.add(line.text, SMALL_PT, False, cell.nowrap)


def column_widths(table: HtmlTable, width: float = PRINT_WIDTH) -> list[float]:
    """Each column's share of the table width in % (one decimal), as described above."""
    pad = 2 * CELL_PADDING + 3  # padding, the hairline and a little slack
    needs = [_Need() for _ in table.headers]
    for need, header in zip(needs, table.headers, strict=True):
        _cell_needs(header, need, HEADER_PT, bold=True)
    for number, row in enumerate(table.rows):
        total = number >= len(table.rows) - table.total_rows
        for need, cell in zip(needs, row, strict=False):
            _cell_needs(cell, need, TEXT_PT, bold=total)
    least = [min(n.least, MAX_WORD_SHARE * width) + pad for n in needs]
    most = [max(lo, n.most + pad) for lo, n in zip(least, needs, strict=True)]
    if sum(most) <= width:  # everything on one line: share the rest by length
        pixels = [m * width / sum(most) for m in most]
    elif sum(least) <= width:  # whole words: the room left goes to the longer texts
        spare = width - sum(least)
        extra = [m - lo for lo, m in zip(least, most, strict=True)]
        pixels = [lo + spare * e / sum(extra) for lo, e in zip(least, extra, strict=True)]
    else:  # too many columns: words will wrap, but in proportion
        pixels = [lo * width / sum(least) for lo in least]
    return [round(100 * p / width, 1) for p in pixels]


# --------------------------------------------------------------------------- restructuring


@dataclass(frozen=True)
class PrintColumn:
    """One printed column made of source columns (by header): the first gives the cell's
    text, the others further lines under it (left out where empty or the same text)."""

    header: str
    sources: tuple[str, ...]
    header_lines: tuple[str, ...] = ()
    split: str = ""  # the text is a list joined with this: one item a line
    small: bool = False  # smaller type (long secondary text)
    nowrap: bool = False  # never wrapped (e-mail addresses, phone numbers)


@dataclass(frozen=True)
class PrintPart:
    """A printed table made of some columns of a report table (caption above it)."""

    caption: str
    columns: tuple[PrintColumn, ...] = ()
    first: str = ""  # or: from the column headed ``first`` ...
    last: str = ""  # ... to the one headed ``last`` (empty: to the end)
    lead: str = ""  # with the column headed ``lead`` in front (the office)


@dataclass(frozen=True)
class PrintLayout:
    parts: tuple[PrintPart, ...] = field(default_factory=tuple)


def _projects_layout(currency: str) -> PrintLayout:
    return PrintLayout((PrintPart("", (
        PrintColumn("Office", ("Office",)),
        PrintColumn("Title", ("Title", "Native title"), ("native title",)),
        PrintColumn("Kind", ("Kind", "Stage"), ("stage",)),
        PrintColumn("Partners", ("Partners",), split="; ", small=True),
        PrintColumn("Amount", ("Amount", f"Amount in {currency}"), (f"in {currency}",)),
        PrintColumn("Signed on", ("Signed on",)),
        PrintColumn("Jobs", ("Jobs",)),
    )),))


_ORGANIZATIONS = PrintLayout((PrintPart("", (
    PrintColumn("Name", ("Name", "Native name"), ("native name",)),
    PrintColumn("Kind", ("Kind",)),
    PrintColumn("Sector", ("Sector",)),
    PrintColumn("City", ("City",)),
)),))

_CONTACTS = PrintLayout((PrintPart("", (
    PrintColumn("Name", ("Name",)),
    PrintColumn("Position", ("Position",)),
    PrintColumn("Organization", ("Organization",)),
    PrintColumn("Email", ("Email",), split="; ", nowrap=True),
    PrintColumn("Phone", ("Phone",), split="; ", nowrap=True),
)),))

_OFFICES = PrintLayout((
    PrintPart("Projects by stage", first="Office", last="Projects"),
    PrintPart("Investment and network", lead="Office", first="Projects"),
))


def print_layout(key: str, currency: str) -> PrintLayout | None:
    """How the table ``key`` is printed (None: column for column, as it is)."""
    return {
        "projects": _projects_layout(currency),
        "organizations": _ORGANIZATIONS,
        "contacts": _CONTACTS,
        "offices": _OFFICES,
    }.get(key)


def _merge(cells: Sequence[HtmlCell], column: PrintColumn) -> HtmlCell:
    from .report_html import HtmlLine

    first, *others = cells
    items = first.text.split(column.split) if column.split and first.text else [first.text]
    lines = [HtmlLine(t, first.lang) for t in items[1:]]
    for cell in others:
        if cell.text and cell.text != first.text:
            lines.append(HtmlLine(cell.text, cell.lang))
    return replace(first, text=items[0], lines=tuple(lines), small=column.small,
                   nowrap=first.nowrap or column.nowrap)


def _header(cell: HtmlCell, column: PrintColumn) -> HtmlCell:
    from .report_html import HtmlLine

    return replace(cell, text=column.header,
                   lines=tuple(HtmlLine(t, "") for t in column.header_lines))


def _part(table: HtmlTable, part: PrintPart) -> HtmlTable:
    names = [h.text for h in table.headers]
    if part.columns:
        columns = [c for c in part.columns if c.sources[0] in names]
        index = [[names.index(s) for s in c.sources if s in names] for c in columns]
    else:
        start = names.index(part.first) if part.first in names else 0
        end = names.index(part.last) + 1 if part.last in names else len(names)
        picked = ([names.index(part.lead)] if part.lead in names else []) + list(
            range(start, end))
        columns = [PrintColumn(names[i], (names[i],)) for i in picked]
        index = [[i] for i in picked]
    headers = [_header(table.headers[ix[0]], c) for ix, c in zip(index, columns, strict=True)]
    rows = [[_merge([row[i] for i in ix], c) for ix, c in zip(index, columns, strict=True)]
            for row in table.rows]
    printed = replace(table, title=part.caption, headers=headers, rows=rows, widths=[])
    return replace(printed, widths=column_widths(printed))


def print_tables(table: HtmlTable, currency: str) -> list[HtmlTable]:
    """``table`` as printed: restructured where :func:`print_layout` says, every column
    with its :func:`column_widths`. Several tables where it is printed in parts."""
    layout = print_layout(table.key, currency)
    if layout is None:
        return [replace(table, widths=column_widths(table))]
    return [_part(table, part) for part in layout.parts]
