"""Offices: the contact offices of the network, abroad and at home."""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP
from ..models import Contact, Event, Office, Organization, Project, TagLink
from ..vocabulary import OfficeStatus
from .spec import (
    FieldSpec,
    Phrases,
    RecordKind,
    Reference,
    coordinates_field,
    english_country,
    joined,
    place_text,
    tag_links,
    tags_field,
)
from .spec import Surface as S

L, D, E, R, X, P, F = S.LIST, S.DETAILS, S.EDITOR, S.REPORT, S.EXPORT, S.PACKAGE, S.SEARCH

FIELDS = (
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("Fields", "Name"),
        surfaces=frozenset({L, E, X, P}),
        placeholder=QT_TRANSLATE_NOOP("Fields", "e.g. Dresden-Jinan Contact Office"),
        required=True,
        width=36,
    ),
    FieldSpec(
        "name_native",
        QT_TRANSLATE_NOOP("Fields", "Native name"),
        surfaces=frozenset({D, E, X, P, F}),
        placeholder=QT_TRANSLATE_NOOP("Fields", "e.g. 德累斯顿-济南联络处"),
    ),
    FieldSpec("city", QT_TRANSLATE_NOOP("Fields", "City"), surfaces=frozenset({L, E, X, P, F})),
    FieldSpec(
        "country",
        QT_TRANSLATE_NOOP("Fields", "Country"),
        "country",
        words=lambda o: [o.country, english_country(o.country)],  # "DE" finds them too
        surfaces=frozenset({L, E, X, P, F}),
        required=True,
    ),
    FieldSpec(
        "place",
        QT_TRANSLATE_NOOP("Fields", "Place"),
        "computed",
        surfaces=frozenset({D}),
        columns=("city", "country"),
        text=lambda o, _n: place_text(o.city, o.country),
    ),
    FieldSpec(
        "address", QT_TRANSLATE_NOOP("Fields", "Address"), surfaces=frozenset({D, E, X, P, F})
    ),
    coordinates_field(
        tip=QT_TRANSLATE_NOOP(
            "Fields", "Decimal degrees; for campuses and parks without a street address too"
        )
    ),
    FieldSpec(
        "status",
        QT_TRANSLATE_NOOP("Fields", "Status"),
        "choice",
        choices=OfficeStatus,
        surfaces=frozenset({L, D, E, X, P}),
    ),
    FieldSpec(
        "established_on",
        QT_TRANSLATE_NOOP("Fields", "Established"),
        "date",
        surfaces=frozenset({L, D, E, X, P}),
    ),
    FieldSpec(
        "counterpart_id",
        QT_TRANSLATE_NOOP("Fields", "Counterpart"),
        "record",
        refers_to="office",
        surfaces=frozenset({L, E, X, P}),
        editor_label=QT_TRANSLATE_NOOP("Fields", "Counterpart office"),
        tip=QT_TRANSLATE_NOOP(
            "Fields", "The twin office on the other side (e.g. the Jinan side of Dresden)"
        ),
    ),
    FieldSpec("phone", QT_TRANSLATE_NOOP("Fields", "Phone"), surfaces=frozenset({D, E, X, P})),
    FieldSpec("email", QT_TRANSLATE_NOOP("Fields", "E-mail"), surfaces=frozenset({D, E, X, P, F})),
    FieldSpec(
        "website",
        QT_TRANSLATE_NOOP("Fields", "Website"),
        "website",
        surfaces=frozenset({D, E, X, P}),
    ),
    FieldSpec(
        "focus_areas",
        QT_TRANSLATE_NOOP("Fields", "Focus areas"),
        "text_list",
        surfaces=frozenset({D, E, P, F}),
    ),
    tags_field(),
    FieldSpec(
        "notes",
        QT_TRANSLATE_NOOP("Fields", "Notes"),
        "long_text",
        surfaces=frozenset({D, E, X, P, F}),
        width=60,
    ),
)

KIND = RecordKind(
    name="office",
    model=Office,
    fields=FIELDS,
    phrases=Phrases(
        title=QT_TRANSLATE_NOOP("Kinds", "Offices"),
        noun=QT_TRANSLATE_NOOP("Kinds", "office"),
        nouns=QT_TRANSLATE_NOOP("Kinds", "offices"),
        label=QT_TRANSLATE_NOOP("Kinds", "Office"),
        count_one=QT_TRANSLATE_NOOP("Kinds", "{count} office"),
        count_many=QT_TRANSLATE_NOOP("Kinds", "{count} offices"),
        new=QT_TRANSLATE_NOOP("Kinds", "New office"),
        edit=QT_TRANSLATE_NOOP("Kinds", "Edit office – {title}"),
        added=QT_TRANSLATE_NOOP("Kinds", "Add office “{name}”"),
        edited=QT_TRANSLATE_NOOP("Kinds", "Edit office “{name}”"),
        not_saved=QT_TRANSLATE_NOOP("Kinds", "The office was not saved.\n\n{error}"),
        select=QT_TRANSLATE_NOOP("Kinds", "Select an office to see its details."),
        discard=QT_TRANSLATE_NOOP(
            "Kinds", "This office has changes that are not saved. Discard them?"
        ),
    ),
    title_of=lambda o: o.name,
    search_detail=lambda o: joined(o.city, english_country(o.country)),
    links=(tag_links(TagLink, "office_id"),),
    references=(
        Reference(
            Office,
            "counterpart_id",
            QT_TRANSLATE_NOOP("Kinds", "{count} office names it as counterpart"),
            QT_TRANSLATE_NOOP("Kinds", "{count} offices name it as counterpart"),
        ),
        Reference(
            Organization,
            "office_id",
            QT_TRANSLATE_NOOP("Kinds", "{count} organization is looked after by it"),
            QT_TRANSLATE_NOOP("Kinds", "{count} organizations are looked after by it"),
        ),
        Reference(
            Contact,
            "office_id",
            QT_TRANSLATE_NOOP("Kinds", "{count} contact belongs to it"),
            QT_TRANSLATE_NOOP("Kinds", "{count} contacts belong to it"),
        ),
        Reference(
            Project,
            "office_id",
            QT_TRANSLATE_NOOP("Kinds", "{count} project was facilitated by it"),
            QT_TRANSLATE_NOOP("Kinds", "{count} projects were facilitated by it"),
        ),
        Reference(
            Event,
            "office_id",
            QT_TRANSLATE_NOOP("Kinds", "{count} event belongs to it"),
            QT_TRANSLATE_NOOP("Kinds", "{count} events belong to it"),
        ),
    ),
    shown_by=("office", "organization", "contact", "project", "event"),
    default_order="name",
    filters=frozenset({"country", "status", "tag"}),
)
