"""What a record kind and each of its fields are: :class:`RecordKind` and :class:`FieldSpec`.

A kind module (``kinds/project.py``...) declares one :class:`RecordKind` with its
fields in the order a reader meets them. Every surface that shows a kind's fields
reads them from there, in that order: the list's columns, the details panel, the
editor form, list exports, report tables, the search index. A field says once what it
is called (an English label marked for translation in the context ``"Fields"``), what
kind of value it holds, how that value reads, and on which surfaces it appears.

The values a field formats come from either an ORM record or a SQLAlchemy ``Row`` of
the kind's table: both have the columns as attributes, so lists (ORM) and exports
(Core rows, 100,000 at a time) share one formatter.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any, Literal, Protocol

from ..countries import country_name
from ..i18n import QT_TRANSLATE_NOOP, translate, translate_count
from ..locale_format import format_date, format_money, format_number
from ..vocabulary import _Choice, english_label_of, label_of

#: The translation context of every field label (one label, one translation).
LABELS = "Fields"
#: The translation context of the per-kind phrases.
PHRASES = "Kinds"


class Surface(Enum):
    """Where a field appears."""

    LIST = "list"  # a column of the kind's list (and the CLI's `list`)
    DETAILS = "details"  # a line of the details panel
    EDITOR = "editor"  # a row of the editor form
    REPORT = "report"  # a column of the kind's table in the office and network reports
    EXPORT = "export"  # a column of the list saved as CSV / XLSX
    PACKAGE = "package"  # travels in network packages (and, later, team sync)
    SEARCH = "search"  # its words are in the search index


ALL_SURFACES = frozenset(Surface)
S = Surface

ValueType = Literal[
    "text",  # one line of text
    "long_text",  # notes, descriptions: several lines
    "website",  # a web address
    "choice",  # a value of a vocabulary (FieldSpec.choices)
    "date",
    "integer",
    "boolean",
    "country",  # ISO 3166 alpha-2 code, shown by name
    "money",  # an amount (Decimal) with its currency code in the next column
    "currency",  # a currency code
    "text_list",  # a list of texts (e-mails, phones...)
    "record",  # the id of another record (FieldSpec.refers_to)
    "coordinates",  # latitude and longitude
    "links",  # links to other records kept in link tables (tags, partners...)
    "computed",  # read from several columns (a person's name, a date range)
]

#: How a typed cell of an export or report holds each value type.
CellType = Literal["text", "date", "integer", "money"]

Values = Any  # an ORM record or a Core Row: the kind's columns as attributes


class Names(Protocol):
    """Names of other records, looked up in bulk by whoever shows many rows."""

    def name_of(self, kind: str, record_id: uuid.UUID | None) -> str: ...


class NoNames:
    """Names unknown: references read as empty."""

    def name_of(self, kind: str, record_id: uuid.UUID | None) -> str:
        return ""


NO_NAMES = NoNames()


class NameBook:
    """Names already looked up: kind → record id → name (see ``kinds.names_for``)."""

    def __init__(self, names: Mapping[str, Mapping[uuid.UUID, str]] | None = None) -> None:
        self.names: dict[str, Mapping[uuid.UUID, str]] = dict(names or {})

    def name_of(self, kind: str, record_id: uuid.UUID | None) -> str:
        if record_id is None:
            return ""
        return self.names.get(kind, {}).get(record_id, "")


def place_text(city: str, country: str) -> str:
    """ "Dresden, Germany"."""
    return ", ".join(p for p in (city, country_name(country)) if p)


def joined(*parts: str) -> str:
    """The non-empty parts joined with ", "."""
    return ", ".join(p for p in parts if p)


def english_country(code: str) -> str:
    """A country's English name (the search index is in English whatever the app shows)."""
    return country_name(code, "")


def coordinates_text(lat: float | None, lon: float | None) -> str:
    if lat is None or lon is None:
        return ""
    return f"{lat:.5f}, {lon:.5f}"


def money_text(amount: Any, currency: str | None) -> str:
    """``3,200,000.00 EUR`` in the current language's conventions; "" without an amount."""
    if amount is None:
        return ""
    return format_money(amount, currency or "")


@dataclass(frozen=True, eq=False)  # hashed by identity: UI looks are keyed by it
class FieldSpec:
    """One field of a kind, declared once.

    ``columns`` are the model columns the field reads and writes (default: its name);
    a computed field only reads them. ``text``, ``cell`` and ``words`` override how
    the value reads on screen, in a file and in the search index; by default they
    follow ``value``. ``editor_label`` is for a form that asks differently from the
    column it fills ("Why on hold / dropped?" for the status note); ``placeholder``
    and ``tip`` are the form's hints. All English, marked for translation where the
    kind is declared.
    """

    name: str
    label: str
    value: ValueType = "text"
    surfaces: frozenset[Surface] = ALL_SURFACES
    columns: tuple[str, ...] = ()
    choices: type[_Choice] | None = None
    refers_to: str = ""  # the kind a "record" field points at
    sort: str | None = ""  # column a list sorts by; "" = the first column; None = not sortable
    text: Callable[[Values, Names], str] | None = None
    cell: Callable[[Values, Names], Any] | None = None
    cell_type: CellType | None = None
    words: Callable[[Values], Iterable[str]] | None = None
    editor_label: str = ""
    placeholder: str = ""
    tip: str = ""
    required: bool = False
    width: int = 14  # characters, for spreadsheet columns
    #: The schema revision that added the field's columns ("" = the first release): a
    #: package from an older Office Desk lacks them, and keeps the local value.
    since: str = ""

    def __post_init__(self) -> None:
        if not self.columns and self.value not in ("links",):
            object.__setattr__(self, "columns", (self.name,))
        if self.sort == "":
            sortable = self.value not in (
                "text_list",
                "record",
                "coordinates",
                "links",
                "computed",
                "money",
            )
            object.__setattr__(self, "sort", self.columns[0] if sortable else None)

    # ----------------------------------------------------------------- labels

    @property
    def shown_label(self) -> str:
        """The label in the current language."""
        return translate(LABELS, self.label)

    @property
    def shown_editor_label(self) -> str:
        return (
            translate(LABELS, self.editor_label or self.label)
            if (self.editor_label or self.label)
            else ""
        )

    def on(self, surface: Surface) -> bool:
        return surface in self.surfaces

    # ----------------------------------------------------------------- values

    def raw(self, values: Values) -> Any:
        return getattr(values, self.columns[0])

    def display(self, values: Values, names: Names = NO_NAMES) -> str:
        """The value as a list cell or a details line shows it ("" when empty)."""
        if self.text is not None:
            return self.text(values, names)
        value = self.raw(values) if self.columns else None
        kind = self.value
        if value is None or value == "" or value == []:
            return ""
        if kind == "choice":
            assert self.choices is not None
            return label_of(self.choices, value)
        if kind == "date":
            return format_date(value)
        if kind == "country":
            return country_name(value)
        if kind == "money":
            return money_text(value, getattr(values, self.columns[1]))
        if kind == "text_list":
            return ", ".join(value)
        if kind == "record":
            return names.name_of(self.refers_to, value)
        if kind == "coordinates":
            return coordinates_text(value, getattr(values, self.columns[1]))
        if kind == "boolean":
            return translate(LABELS, "yes") if value else ""
        return str(value)

    @property
    def file_type(self) -> CellType:
        """How an export or report cell holds the value."""
        if self.cell_type is not None:
            return self.cell_type
        return {"date": "date", "integer": "integer", "money": "money"}.get(self.value, "text")  # type: ignore[return-value]

    def file_value(self, values: Values, names: Names = NO_NAMES) -> Any:
        """The value as an export or report cell holds it: ``str``, ``date``,
        ``Decimal``, ``int`` or ``None``."""
        if self.cell is not None:
            return self.cell(values, names)
        kind = self.value
        if kind in ("date", "integer", "money"):
            value = self.raw(values)
            if kind == "money" and value is not None and not isinstance(value, Decimal):
                value = Decimal(str(value))
            return value
        if kind == "text_list":
            return "; ".join(str(v) for v in self.raw(values) or ())
        return self.display(values, names)

    def search_words(self, values: Values) -> list[str]:
        """What the search index holds for the field (English labels and country
        names, every item of a list)."""
        if self.words is not None:
            return [w for w in self.words(values) if w]
        kind = self.value
        if kind in ("record", "links", "coordinates", "date", "integer", "boolean", "money"):
            return []
        value = self.raw(values)
        if not value:
            return []
        if kind == "choice":
            assert self.choices is not None
            return [english_label_of(self.choices, value)]
        if kind == "country":
            return [english_country(value)]
        if kind == "text_list":
            return [" ".join(value)]
        if kind == "computed":
            return [self.display(values)]
        return [str(value)]


@dataclass(frozen=True)
class LinkTable:
    """A table of links that ties records of this kind to others (or tags), with
    what one such link is called in the delete question ("{count} tag")."""

    model: type[Any]
    column: str
    one: str
    many: str

    def phrase(self, count: int) -> str:
        return translate_count(PHRASES, self.one, self.many, count)


@dataclass(frozen=True)
class Reference:
    """Records of another kind that point at this one in ``column`` (a contact's
    organization): on delete they keep pointing at nothing, and the question says
    how many ("{count} contact works there")."""

    model: type[Any]
    column: str
    one: str
    many: str

    def phrase(self, count: int) -> str:
        return translate_count(PHRASES, self.one, self.many, count)


@dataclass(frozen=True)
class Phrases:
    """What the app says about a kind, in whole sentences (German and Chinese need
    them whole: the article, the measure word and the case change with the noun).
    English sources, marked for translation in the context ``"Kinds"``."""

    title: str  # "Offices": a page, a sheet, a restore column
    noun: str  # "office"
    nouns: str  # "offices"
    label: str  # "Office": a search result's kind
    count_one: str  # "{count} office"
    count_many: str  # "{count} offices"
    new: str  # "New office"
    edit: str  # "Edit office – {title}"
    added: str  # "Add office “{name}”" (the undo step)
    edited: str  # "Edit office “{name}”"
    not_saved: str  # "The office was not saved.\n\n{error}"
    select: str  # "Select an office to see its details."
    discard: str  # "This office has changes that are not saved. Discard them?"

    def __call__(self, which: str, **values: object) -> str:
        """The phrase ``which`` (an attribute name) in the current language."""
        text = translate(PHRASES, getattr(self, which))
        return text.format(**values) if values else text

    def count(self, count: int) -> str:
        """ "3 offices", "1 office", "12,345 contacts" (the number grouped the way the
        current language writes it)."""
        text = translate(PHRASES, self.count_one if count == 1 else self.count_many)
        return text.format(count=format_number(count))


@dataclass(frozen=True, eq=False)  # one object per kind: compared and hashed by identity
class RecordKind:
    """One kind of record the user keeps: its model, fields, links and phrases."""

    name: str  # "office": the CLI, search and settings use it
    model: type[Any]
    fields: tuple[FieldSpec, ...]
    phrases: Phrases
    title_of: Callable[[Values], str]
    search_detail: Callable[[Values], str]
    links: tuple[LinkTable, ...] = ()
    references: tuple[Reference, ...] = ()
    #: Kinds whose lists show this kind's names (they change when it does).
    shown_by: tuple[str, ...] = ()
    default_order: str = "name"
    filters: frozenset[str] = frozenset()  # "country", "stage", "kind", "status", "office"
    _by_name: Mapping[str, FieldSpec] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        by_name = {f.name: f for f in self.fields}
        if len(by_name) != len(self.fields):
            raise ValueError(f"{self.name}: two fields share a name")
        object.__setattr__(self, "_by_name", by_name)

    @property
    def plural(self) -> str:
        """ "offices": the CLI's word for the list."""
        return self.name + "s"

    def field(self, name: str) -> FieldSpec:
        return self._by_name[name]

    def on(self, surface: Surface) -> tuple[FieldSpec, ...]:
        """The kind's fields on ``surface``, in their order."""
        return tuple(f for f in self.fields if surface in f.surfaces)

    def facts(self, record: Values) -> list[tuple[str, str]]:
        """(label, text) of each non-empty details field, labels in the current language."""
        lines = [(f.shown_label, f.display(record)) for f in self.on(Surface.DETAILS)]
        return [(label, text) for label, text in lines if text]


# ----------------------------------------------------------- what several kinds share


def tags_field() -> FieldSpec:
    """The record's tags, chosen in the editor (kept in the tag_link table)."""
    return FieldSpec(
        "@tags",
        QT_TRANSLATE_NOOP("Fields", "Tags"),
        "links",
        refers_to="tag",
        surfaces=frozenset({Surface.EDITOR}),
    )


def coordinates_field(tip: str = "") -> FieldSpec:
    """Where the record is on the map (latitude and longitude); ``tip`` is marked where
    it is written."""
    return FieldSpec(
        "coordinates",
        QT_TRANSLATE_NOOP("Fields", "Coordinates"),
        "coordinates",
        surfaces=frozenset({Surface.DETAILS, Surface.EDITOR, Surface.PACKAGE}),
        columns=("latitude", "longitude"),
        editor_label=QT_TRANSLATE_NOOP("Fields", "On the map"),
        tip=tip,
    )


def tag_links(model: type[Any], column: str) -> LinkTable:
    """The tags on a record of a kind (``column`` of the tag_link table)."""
    return LinkTable(
        model,
        column,
        QT_TRANSLATE_NOOP("Kinds", "{count} tag"),
        QT_TRANSLATE_NOOP("Kinds", "{count} tags"),
    )
