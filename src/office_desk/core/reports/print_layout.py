"""How the printed (PDF) report fits its tables on A4 or Letter paper, portrait.

A column narrower than its longest word either breaks the word anywhere ("Complete d",
"Jo bs", as Qt's rich-text engine did) or squeezes its neighbours to make room for it.
So every printed column gets at least the width of its longest word (of its whole text
where the text must not wrap: amounts, dates, e-mail addresses), estimated from the
character widths of a wide sans-serif face, and the room left goes to the columns with
the most text; where even that does not fit, only the longest words (a 40-letter
compound, a web address) break. Wide tables are restructured first
(:func:`print_layout`): the projects table shows the native title under the title, the
stage under the kind, the amount in the reporting currency under the amount and the
partners one a line in smaller type; the offices table is printed as two tables
(projects by stage; investment, organizations, contacts and events). Tables of records
name their columns by key (a field's name), so every column is printed, a field added
to the report included; lists print one item a line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from ..i18n import QT_TRANSLATE_NOOP, translate
from .html_table import HtmlCell, HtmlLine, HtmlTable

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
    firm: float = 0.0  # what must never wrap: header words, amounts, dates, addresses
    least: float = 0.0  # and the longest word of the other text
    most: float = 0.0  # the longest text on one line

    def add(
        self, text: str, points: float, bold: bool = False, nowrap: bool = False, firm: bool = False
    ) -> None:
        whole = text_width(text, points, bold)
        word = whole if nowrap else _longest_word(text, points, bold)
        if nowrap or firm:
            self.firm = max(self.firm, word)
        self.least = max(self.least, word)
        self.most = max(self.most, whole)


def _cell_needs(
    cell: HtmlCell, need: _Need, points: float, bold: bool = False, firm: bool = False
) -> None:
    need.add(cell.text, SMALL_PT if cell.small else points, bold, cell.nowrap, firm)
    for line in cell.lines:
        need.add(line.text, SMALL_PT, False, cell.nowrap, firm)


def _share(base: list[float], weight: list[float], width: float) -> list[float]:
    """``base`` widths, and the room left over shared in proportion to ``weight``."""
    spare, total = width - sum(base), sum(weight)
    if total <= 0:
        return [b + spare / len(base) for b in base]
    return [b + spare * w / total for b, w in zip(base, weight, strict=True)]


def column_widths(table: HtmlTable, width: float = PRINT_WIDTH) -> list[float]:
    """Each column's share of the table width in % (one decimal), as described above."""
    pad = 2 * CELL_PADDING + 3  # padding, the hairline and a little slack
    needs = [_Need() for _ in table.headers]
    for need, header in zip(needs, table.headers, strict=True):
        _cell_needs(header, need, HEADER_PT, bold=True, firm=True)
    for number, row in enumerate(table.rows):
        total = number >= len(table.rows) - table.total_rows
        for need, cell in zip(needs, row, strict=False):
            _cell_needs(cell, need, TEXT_PT, bold=total)
    firm = [n.firm + pad for n in needs]

    def least_with(cap: float) -> list[float]:  # words longer than ``cap`` will break
        return [max(f, min(n.least, cap) + pad) for f, n in zip(firm, needs, strict=True)]

    cap = MAX_WORD_SHARE * width
    if sum(firm) <= width < sum(least_with(cap)):  # break only the longest words
        low, high = 0.0, cap
        for _ in range(30):
            cap = (low + high) / 2
            low, high = (cap, high) if sum(least_with(cap)) <= width else (low, cap)
        cap = low
    least = least_with(cap)
    most = [max(lo, n.most + pad) for lo, n in zip(least, needs, strict=True)]
    if all(h.align == "right" for h in table.headers) and max(least) * len(least) <= width:
        pixels = [width / len(needs)] * len(needs)  # numbers only (a row of counts)
    elif sum(most) <= width:  # everything on one line: the rest shared by length
        pixels = [m * width / sum(most) for m in most]
    elif sum(least) <= width:  # whole words: the room left goes to the longer texts
        pixels = _share(least, [m - lo for lo, m in zip(least, most, strict=True)], width)
    else:  # too many columns: words will wrap, but in proportion
        pixels = [f * width / sum(firm) for f in firm]
    return [round(100 * p / width, 1) for p in pixels]


# --------------------------------------------------------------------------- restructuring


@dataclass(frozen=True)
class PrintColumn:
    """One printed column made of source columns (by key, see ``report_tables.Column``):
    the first gives the cell's text, the others further lines under it (left out where
    empty or the same text)."""

    header: str
    sources: tuple[str, ...]
    header_lines: tuple[str, ...] = ()
    split: bool = True  # a list (report_tables.TextList) is printed one item a line
    small: bool = False  # smaller type (long secondary text)
    nowrap: bool = False  # never wrapped (e-mail addresses, phone numbers)


@dataclass(frozen=True)
class PrintPart:
    """A printed table made of some columns of a report table (caption above it)."""

    caption: str
    columns: tuple[PrintColumn, ...] = ()
    lead: str = ""  # or: the column headed ``lead`` (the office), then the columns
    after: str = ""  # after the one headed ``after`` (empty: from the first) ...
    last: str = ""  # ... to the one headed ``last`` (empty: to the end)


@dataclass(frozen=True)
class PrintLayout:
    parts: tuple[PrintPart, ...]


@dataclass(frozen=True)
class RecordPrint:
    """How a table of records is printed, by column key: every column in the table's
    order (so a field added to the report is printed too), except that some are printed
    under another's text (``under``: the native title under the title), some in smaller
    type or never wrapped; ``short`` gives the header line of a column printed under
    another (English, translated, ``{currency}`` filled in)."""

    under: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    small: frozenset[str] = frozenset()
    nowrap: frozenset[str] = frozenset()
    short: Mapping[str, str] = field(default_factory=dict)


# The projects table shows the native title under the title, the stage under the kind,
# the amount in the reporting currency under the amount, the partners one a line in
# smaller type; names of organizations have their native name under them; e-mail
# addresses and phone numbers are never broken.
_RECORDS: dict[str, RecordPrint] = {
    "projects": RecordPrint(
        under={"title": ("title_native",), "kind": ("stage",), "amount": ("converted",)},
        small=frozenset({"partners"}),
        short={"converted": QT_TRANSLATE_NOOP("Report", "in {currency}")},
    ),
    "events": RecordPrint(),
    "organizations": RecordPrint(under={"name": ("name_native",)}),
    "contacts": RecordPrint(nowrap=frozenset({"email", "emails", "phones"})),
}

# The offices table is printed as two tables; its parts name columns by English headers,
# which :func:`print_layout` translates as the report tables do.
_OFFICES = PrintLayout(
    (
        PrintPart(
            QT_TRANSLATE_NOOP("Report", "Projects by stage in each office"),
            lead="Office",
            after="Office",
            last="Projects",
        ),
        PrintPart(
            QT_TRANSLATE_NOOP("Report", "Signed investment, organizations, contacts and events"),
            lead="Office",
            after="Projects",
        ),
    )
)


def _translated(text: str, currency: str) -> str:
    return translate("Report", text).format(currency=currency) if text else text


def record_print_columns(
    table: HtmlTable, rules: RecordPrint, currency: str
) -> tuple[PrintColumn, ...]:
    """The printed columns of a table of records, following ``rules``."""
    keys = table.keys
    headers = {k: h.text for k, h in zip(keys, table.headers, strict=True)}
    moved = {k for lead, under in rules.under.items() if lead in keys for k in under}
    columns = []
    for key in keys:
        if key in moved:
            continue
        under = tuple(k for k in rules.under.get(key, ()) if k in keys)
        lines = tuple(
            _translated(rules.short[k], currency) if k in rules.short else headers[k] for k in under
        )
        columns.append(
            PrintColumn(
                headers[key],
                (key, *under),
                lines,
                small=key in rules.small,
                nowrap=key in rules.nowrap,
            )
        )
    return tuple(columns)


def print_layout(table: HtmlTable, currency: str) -> PrintLayout | None:
    """How ``table`` is printed (None: column for column, as it is), its headers and
    captions in the current language."""
    rules = _RECORDS.get(table.key)
    if rules is not None:
        return PrintLayout((PrintPart("", record_print_columns(table, rules, currency)),))
    if table.key != "offices":
        return None

    def tr(text: str) -> str:
        return _translated(text, currency)

    return PrintLayout(
        tuple(
            replace(
                part,
                caption=tr(part.caption),
                lead=tr(part.lead),
                after=tr(part.after),
                last=tr(part.last),
            )
            for part in _OFFICES.parts
        )
    )


def _merge(cells: Sequence[HtmlCell], column: PrintColumn) -> HtmlCell:
    first, *others = cells
    items = list(first.items) if column.split and first.items else [first.text]
    lines = [HtmlLine(t, first.lang) for t in items[1:]]
    for cell in others:
        if cell.text and cell.text != first.text:
            lines.append(HtmlLine(cell.text, cell.lang))
    text, lang = items[0], first.lang
    if not text and lines:  # nothing for the first line: the next one moves up
        text, lang = lines[0].text, lines[0].lang
        lines = lines[1:]
    return replace(
        first,
        text=text,
        lang=lang,
        lines=tuple(lines),
        small=column.small,
        nowrap=first.nowrap or column.nowrap,
    )


def _header(cell: HtmlCell, column: PrintColumn) -> HtmlCell:
    return replace(
        cell, text=column.header, lines=tuple(HtmlLine(t, "") for t in column.header_lines)
    )


def _part(table: HtmlTable, part: PrintPart) -> HtmlTable:
    if part.columns:  # columns named by key
        columns = list(part.columns)
        index = [[table.keys.index(s) for s in c.sources] for c in columns]
    else:  # a run of columns named by header
        names = [h.text for h in table.headers]
        start = names.index(part.after) + 1 if part.after in names else 0
        end = names.index(part.last) + 1 if part.last in names else len(names)
        picked = ([names.index(part.lead)] if part.lead in names else []) + list(range(start, end))
        columns = [PrintColumn(names[i], (names[i],), split=False) for i in picked]
        index = [[i] for i in picked]
    headers = [_header(table.headers[ix[0]], c) for ix, c in zip(index, columns, strict=True)]
    rows = [
        [_merge([row[i] for i in ix], c) for ix, c in zip(index, columns, strict=True)]
        for row in table.rows
    ]
    printed = replace(
        table,
        title=part.caption,
        headers=headers,
        rows=rows,
        widths=[],
        keys=[table.keys[ix[0]] if table.keys else "" for ix in index],
    )
    return replace(printed, widths=column_widths(printed))


def print_tables(table: HtmlTable, currency: str) -> list[HtmlTable]:
    """``table`` as printed: restructured where :func:`print_layout` says, every column
    with its :func:`column_widths`. Several tables where it is printed in parts."""
    layout = print_layout(table, currency)
    if layout is None:
        return [replace(table, widths=column_widths(table))]
    return [_part(table, part) for part in layout.parts]
