"""Which column of a file goes into which field: known layouts, and a guess for the rest.

Outlook's CSV export (English and German headers), Google Contacts' CSV (the layout
before 2023 and the one since), Office Desk's own export and vCard files are recognised
by their headers and mapped without asking. Any other file gets a best guess from its
header names (any case, with or without umlauts, English, German or Chinese synonyms),
which the column-mapping dialog shows for the user to correct.

Outlook's categories become tags (split at its separator ";", as in any column mapped
to tags). Several columns may feed one field: the e-mail columns of Outlook all go into
the contact's e-mails; for a single-valued field the first non-empty column wins (Outlook's
business city before its home city), and notes are joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..i18n import QT_TRANSLATE_NOOP, translate
from .header_words import FIELD_ALIASES, guess_field, normalised
from .sources import SourceTable
from .vcards import VCARD_HEADERS


@dataclass(frozen=True)
class FieldSpec:
    """A field a column can go into: its key, the label a user reads, and whether it
    holds several values (e-mails, phones...)."""

    key: str
    label: str
    multiple: bool = False


TARGET_FIELDS: dict[str, list[FieldSpec]] = {
    "contacts": [
        FieldSpec(
            "full_name", QT_TRANSLATE_NOOP("ImportFields", "Full name (split automatically)")
        ),
        FieldSpec("given_name", QT_TRANSLATE_NOOP("ImportFields", "Given name")),
        FieldSpec("family_name", QT_TRANSLATE_NOOP("ImportFields", "Family name")),
        FieldSpec(
            "name_native", QT_TRANSLATE_NOOP("ImportFields", "Name in native script (e.g. 张伟)")
        ),
        FieldSpec(
            "family_name_first", QT_TRANSLATE_NOOP("ImportFields", "Family name first (yes/no)")
        ),
        FieldSpec("title", QT_TRANSLATE_NOOP("ImportFields", "Academic title (e.g. Dr., Prof.)")),
        FieldSpec("position", QT_TRANSLATE_NOOP("ImportFields", "Position")),
        FieldSpec("organization", QT_TRANSLATE_NOOP("ImportFields", "Organization")),
        FieldSpec("office", QT_TRANSLATE_NOOP("ImportFields", "Office")),
        FieldSpec("city", QT_TRANSLATE_NOOP("ImportFields", "City")),
        FieldSpec("country", QT_TRANSLATE_NOOP("ImportFields", "Country")),
        FieldSpec("emails", QT_TRANSLATE_NOOP("ImportFields", "E-mail"), multiple=True),
        FieldSpec("phones", QT_TRANSLATE_NOOP("ImportFields", "Phone"), multiple=True),
        FieldSpec(
            "messaging",
            QT_TRANSLATE_NOOP("ImportFields", "Messaging (WeChat, Skype…)"),
            multiple=True,
        ),
        FieldSpec("languages", QT_TRANSLATE_NOOP("ImportFields", "Languages"), multiple=True),
        FieldSpec("last_contacted_on", QT_TRANSLATE_NOOP("ImportFields", "Last contacted (date)")),
        FieldSpec(
            "legal_basis", QT_TRANSLATE_NOOP("ImportFields", "Legal basis for keeping the data")
        ),
        FieldSpec("legal_basis_note", QT_TRANSLATE_NOOP("ImportFields", "Legal basis note")),
        FieldSpec(
            "tags", QT_TRANSLATE_NOOP("ImportFields", "Tags (separated by ;)"), multiple=True
        ),
        FieldSpec("notes", QT_TRANSLATE_NOOP("ImportFields", "Notes")),
    ],
    "organizations": [
        FieldSpec("name", QT_TRANSLATE_NOOP("ImportFields", "Name")),
        FieldSpec("name_native", QT_TRANSLATE_NOOP("ImportFields", "Name in native script")),
        FieldSpec("kind", QT_TRANSLATE_NOOP("ImportFields", "Kind (company, university…)")),
        FieldSpec("sector", QT_TRANSLATE_NOOP("ImportFields", "Sector")),
        FieldSpec("city", QT_TRANSLATE_NOOP("ImportFields", "City")),
        FieldSpec("country", QT_TRANSLATE_NOOP("ImportFields", "Country")),
        FieldSpec("latitude", QT_TRANSLATE_NOOP("ImportFields", "Latitude")),
        FieldSpec("longitude", QT_TRANSLATE_NOOP("ImportFields", "Longitude")),
        FieldSpec("website", QT_TRANSLATE_NOOP("ImportFields", "Website")),
        FieldSpec("office", QT_TRANSLATE_NOOP("ImportFields", "Office")),
        FieldSpec(
            "tags", QT_TRANSLATE_NOOP("ImportFields", "Tags (separated by ;)"), multiple=True
        ),
        FieldSpec("notes", QT_TRANSLATE_NOOP("ImportFields", "Notes")),
    ],
}
TARGETS = tuple(TARGET_FIELDS)
NAME_FIELDS: dict[str, frozenset[str]] = {
    "contacts": frozenset({"full_name", "given_name", "family_name", "name_native"}),
    "organizations": frozenset({"name", "name_native"}),
}


def check_target(target: str) -> str:
    if target not in TARGET_FIELDS:
        raise ValueError(
            translate("ImportLayouts", "unknown import target {target}; one of {targets}").format(
                target=repr(target), targets=", ".join(TARGETS)
            )
        )
    return target


@dataclass
class ColumnMapping:
    """Where each column goes: column index → field key, or None to leave it out.
    ``layout`` names a recognised layout ("Outlook", "Google Contacts", "vCard",
    "Office Desk"), None for a guess."""

    columns: dict[int, str | None] = field(default_factory=dict)
    target: str = "contacts"
    layout: str | None = None

    def __post_init__(self) -> None:
        check_target(self.target)
        known = {spec.key for spec in TARGET_FIELDS[self.target]}
        for column, key in self.columns.items():
            if key is not None and key not in known:
                raise ValueError(
                    translate(
                        "ImportLayouts",
                        "column {column}: {key} is not a field of {target}; one of {fields}",
                    ).format(
                        column=column,
                        key=repr(key),
                        target=self.target,
                        fields=", ".join(sorted(known)),
                    )
                )

    @property
    def is_usable(self) -> bool:
        """True when some column gives the name (without one nothing can be imported)."""
        return any(key in NAME_FIELDS[self.target] for key in self.columns.values())

    def columns_of(self) -> dict[str, list[int]]:
        """Field key → the columns that feed it, in column order."""
        found: dict[str, list[int]] = {}
        for column in sorted(self.columns):
            key = self.columns[column]
            if key:
                found.setdefault(key, []).append(column)
        return found

    def describe(self, headers: list[str]) -> list[str]:
        """ "Header → Field label" for each mapped column."""
        labels = {spec.key: spec.label for spec in TARGET_FIELDS[self.target]}
        return [
            f"{headers[c] if c < len(headers) else c} → {labels.get(k, k)}"
            for c, k in sorted(self.columns.items())
            if k
        ]


# --------------------------------------------------------------------------- known layouts

_OUTLOOK_PHONES = (
    "Business Phone",
    "Business Phone 2",
    "Mobile Phone",
    "Company Main Phone",
    "Primary Phone",
    "Home Phone",
    "Home Phone 2",
    "Other Phone",
    "Car Phone",
)
_OUTLOOK_DE_PHONES = (
    "Telefon geschäftlich",
    "Telefon geschäftlich 2",
    "Mobiltelefon",
    "Mobiltelefon 2",
    "Telefon Firma",
    "Haupttelefon",
    "Telefon privat",
    "Telefon privat 2",
    "Weiteres Telefon",
    "Autotelefon",
)
OUTLOOK: dict[str, str | None] = {
    # Title is "Dr.", "Prof." or "Mrs.": forms of address are left out (.person_names).
    "Title": "title",
    "Department": None,
    "Web Page": None,
    "First Name": "given_name",
    "Last Name": "family_name",
    "Company": "organization",
    "Job Title": "position",
    "Business City": "city",
    "Home City": "city",
    "Other City": "city",
    "Business Country/Region": "country",
    "Home Country/Region": "country",
    "Other Country/Region": "country",
    "Business Country": "country",
    "Home Country": "country",
    "E-mail Address": "emails",
    "E-mail 2 Address": "emails",
    "E-mail 3 Address": "emails",
    "Notes": "notes",
    "Language": "languages",
    "Categories": "tags",
    **dict.fromkeys(_OUTLOOK_PHONES, "phones"),
}
OUTLOOK_GERMAN: dict[str, str | None] = {
    "Anrede": None,
    "Titel": "title",
    "Abteilung": None,
    "Webseite": None,  # Anrede: Herr/Frau
    "Vorname": "given_name",
    "Nachname": "family_name",
    "Firma": "organization",
    "Position": "position",
    "Ort geschäftlich": "city",
    "Ort privat": "city",
    "Weiterer Ort": "city",
    "Land/Region geschäftlich": "country",
    "Land/Region privat": "country",
    "Land geschäftlich": "country",
    "Land privat": "country",
    "Weiteres Land/Region": "country",
    "E-Mail-Adresse": "emails",
    "E-Mail 2: Adresse": "emails",
    "E-Mail 3: Adresse": "emails",
    "E-Mail 2-Adresse": "emails",
    "E-Mail 3-Adresse": "emails",
    "E-Mail-Adresse 2": "emails",
    "E-Mail-Adresse 3": "emails",
    "Notizen": "notes",
    "Sprache": "languages",
    "Kategorien": "tags",
    **dict.fromkeys(_OUTLOOK_DE_PHONES, "phones"),
}
GOOGLE_OLD: dict[str, str | None] = {
    "Name": "full_name",
    "Given Name": "given_name",
    "Family Name": "family_name",
    "Name Prefix": "title",
    "Organization 1 - Name": "organization",
    "Organization 1 - Title": "position",
    "Notes": "notes",
    "Language": "languages",
}
GOOGLE_NEW: dict[str, str | None] = {
    "First Name": "given_name",
    "Last Name": "family_name",
    "Name Prefix": "title",
    "Organization Name": "organization",
    "Organization Title": "position",
    "Notes": "notes",
}
GOOGLE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^E-mail \d+ - Value$"), "emails"),
    (re.compile(r"^Phone \d+ - Value$"), "phones"),
    (re.compile(r"^IM \d+ - Value$"), "messaging"),
    (re.compile(r"^Address \d+ - City$"), "city"),
    (re.compile(r"^Address \d+ - Country$"), "country"),
)
OFFICE_DESK_CONTACTS: dict[str, str | None] = {
    "id": None,
    "Name": "full_name",
    "Academic title": "title",
    "Given name": "given_name",
    "Family name": "family_name",
    "Native name": "name_native",
    "Position": "position",
    "Organization": "organization",
    "Office": "office",
    "City": "city",
    "Country": "country",
    "E-mails": "emails",
    "E-mail": "emails",
    "Phones": "phones",
    "Messaging": "messaging",
    "Languages": "languages",
    "Last contacted": "last_contacted_on",
    "Notes": "notes",
    "Legal basis": "legal_basis",
    "Legal basis note": "legal_basis_note",
    "Tags": "tags",
}
OFFICE_DESK_ORGANIZATIONS: dict[str, str | None] = {
    "id": None,
    "Name": "name",
    "Native name": "name_native",
    "Kind": "kind",
    "Sector": "sector",
    "City": "city",
    "Country": "country",
    "Website": "website",
    "Office": "office",
    "Notes": "notes",
    "Latitude": "latitude",
    "Longitude": "longitude",
    "Tags": "tags",
}
VCARD: dict[str, dict[str, str]] = {
    "contacts": dict(
        zip(
            VCARD_HEADERS,
            [
                "full_name",
                "family_name",
                "given_name",
                "title",
                "name_native",
                "organization",
                "position",
                "emails",
                "phones",
                "city",
                "country",
                "messaging",
                "languages",
                "office",
                "notes",
            ],
            strict=True,
        )
    ),
    "organizations": {"Organization": "name", "City": "city", "Country": "country"},
}
#: What a contact layout's columns mean when the rows are imported as organizations.
_AS_ORGANIZATIONS: dict[str, str] = {
    "organization": "name",
    "city": "city",
    "country": "country",
    "tags": "tags",
}


@dataclass(frozen=True)
class Layout:
    name: str
    required: frozenset[str]
    table: dict[str, str | None]
    patterns: tuple[tuple[re.Pattern[str], str], ...] = ()


LAYOUTS: tuple[Layout, ...] = (
    Layout(
        "Google Contacts",
        frozenset({"Given Name", "Family Name", "E-mail 1 - Value"}),
        GOOGLE_OLD,
        GOOGLE_PATTERNS,
    ),
    Layout(
        "Google Contacts",
        frozenset({"First Name", "Last Name", "E-mail 1 - Value"}),
        GOOGLE_NEW,
        GOOGLE_PATTERNS,
    ),
    Layout(
        "Google Contacts",
        frozenset({"First Name", "Last Name", "Organization Name"}),
        GOOGLE_NEW,
        GOOGLE_PATTERNS,
    ),
    Layout("Outlook", frozenset({"First Name", "Last Name", "E-mail Address"}), OUTLOOK),
    Layout("Outlook", frozenset({"First Name", "Last Name", "Business Phone"}), OUTLOOK),
    Layout(
        "Outlook (German)", frozenset({"Vorname", "Nachname", "E-Mail-Adresse"}), OUTLOOK_GERMAN
    ),
    Layout(
        "Outlook (German)",
        frozenset({"Vorname", "Nachname", "Telefon geschäftlich"}),
        OUTLOOK_GERMAN,
    ),
    Layout(
        "Office Desk", frozenset({"Given name", "Family name", "Native name"}), OFFICE_DESK_CONTACTS
    ),
    Layout(
        "Office Desk",
        frozenset({"Name", "Native name", "Kind", "Sector"}),
        OFFICE_DESK_ORGANIZATIONS,
    ),
)


def known_layout(headers: list[str]) -> Layout | None:
    present = set(headers)
    return next((layout for layout in LAYOUTS if layout.required <= present), None)


def _layout_field(layout: Layout, header: str) -> tuple[bool, str | None]:
    """(whether the layout knows the header, its field)."""
    if header in layout.table:
        return True, layout.table[header]
    found = next((key for pattern, key in layout.patterns if pattern.match(header)), None)
    return found is not None, found


# --------------------------------------------------------------------------- guessing


def guess_from_headers(
    headers: list[str], target: str = "contacts", file_format: str = "csv"
) -> ColumnMapping:
    """The mapping for a file with these headers (see :func:`guess_mapping`)."""
    check_target(target)
    known = {spec.key for spec in TARGET_FIELDS[target]}
    columns: dict[int, str | None] = {}
    layout_name: str | None = None
    if file_format == "vcard" and headers == VCARD_HEADERS:
        table = VCARD[target]
        return ColumnMapping({i: table.get(h) for i, h in enumerate(headers)}, target, "vCard")
    layout = known_layout(headers)
    if layout is not None:
        layout_name = layout.name
        for column, header in enumerate(headers):
            knows, key = _layout_field(layout, header)
            if not knows:  # a column someone added: guessed like any other
                columns[column] = guess_field(header, target)
                continue
            if key is not None and target == "organizations" and key not in known:
                key = _AS_ORGANIZATIONS.get(key)
            columns[column] = key if key in known else None
        if not ColumnMapping(columns, target).is_usable:
            layout_name = None
    if layout_name is None:
        columns = {column: guess_field(header, target) for column, header in enumerate(headers)}
    return ColumnMapping(columns, target, layout_name)


def guess_mapping(table: SourceTable, target: str = "contacts") -> ColumnMapping:
    """The column mapping for ``table``: a recognised layout's, else a best guess from
    the header names (check ``is_usable``, and let the user correct it)."""
    return guess_from_headers(table.headers, target, table.format)


def _field_for_option(text: str, pair: str, target: str) -> str | None:
    wanted = normalised(text)
    if wanted in ("", "none", "skip", "ignore"):
        return None
    for spec in TARGET_FIELDS[target]:
        if wanted in (normalised(spec.key), normalised(spec.label)):
            return spec.key
    alias = FIELD_ALIASES[target].get(wanted)
    if alias:
        return alias
    choices = ", ".join(spec.key for spec in TARGET_FIELDS[target])
    raise ValueError(
        translate(
            "ImportLayouts",
            "--map {pair}: {text} is not a field of {target}; the fields are {fields}",
        ).format(pair=repr(pair), text=repr(text), target=target, fields=choices)
    )


def mapping_from_option(
    texts: list[str], headers: list[str], target: str = "contacts"
) -> ColumnMapping:
    """The mapping the command line's ``--map "Header=field"`` pairs give: each named
    column goes where it says ("Header=" or "Header=none" leaves it out); the columns
    not named keep their guessed fields. Unknown headers or fields are a ValueError
    whose message lists the choices."""
    check_target(target)
    mapping = guess_from_headers(headers, target)
    columns = dict(mapping.columns)
    by_folded: dict[str, list[int]] = {}
    for column, header in enumerate(headers):
        by_folded.setdefault(header.strip().casefold(), []).append(column)
    for text in texts:
        header, sep, key = text.rpartition("=")
        if not sep or not header.strip():
            raise ValueError(
                translate("ImportLayouts", "--map {text}: write it as --map 'Header=field'").format(
                    text=repr(text)
                )
            )
        header = header.strip()
        found = [i for i, h in enumerate(headers) if h == header] or by_folded.get(
            header.casefold(), []
        )
        if not found:
            names = ", ".join(repr(h) for h in headers)
            raise ValueError(
                translate(
                    "ImportLayouts",
                    "--map {text}: the file has no column {header}; its columns are {columns}",
                ).format(text=repr(text), header=repr(header), columns=names)
            )
        chosen = _field_for_option(key.strip(), text, target)
        for column in found:
            columns[column] = chosen
    return ColumnMapping(columns, target, None)
