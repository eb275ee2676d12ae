"""Organizations: companies, universities, institutes, public bodies, associations."""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP
from ..models import Contact, EventOrganization, Organization, ProjectPartner, TagLink
from ..vocabulary import OrganizationKind
from .spec import (
    FieldSpec,
    LinkTable,
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
        surfaces=frozenset({L, E, R, X, P}),
        placeholder=QT_TRANSLATE_NOOP("Fields", "e.g. Chemnitz University of Technology"),
        required=True,
        width=40,
    ),
    FieldSpec(
        "name_native",
        QT_TRANSLATE_NOOP("Fields", "Native name"),
        surfaces=frozenset({L, D, E, R, X, P, F}),
        width=24,
        placeholder=QT_TRANSLATE_NOOP("Fields", "e.g. Technische Universität Chemnitz, 济南…"),
    ),
    FieldSpec(
        "kind",
        QT_TRANSLATE_NOOP("Fields", "Kind"),
        "choice",
        choices=OrganizationKind,
        surfaces=frozenset({L, D, E, R, X, P, F}),
        width=18,
    ),
    FieldSpec(
        "sector",
        QT_TRANSLATE_NOOP("Fields", "Sector"),
        surfaces=frozenset({L, D, E, R, X, P, F}),
        width=30,
        placeholder=QT_TRANSLATE_NOOP("Fields", "e.g. automotive parts"),
    ),
    FieldSpec(
        "city",
        QT_TRANSLATE_NOOP("Fields", "City"),
        surfaces=frozenset({L, E, R, X, P, F}),
        width=18,
    ),
    FieldSpec(
        "country",
        QT_TRANSLATE_NOOP("Fields", "Country"),
        "country",
        words=lambda o: [o.country, english_country(o.country)],  # "DE" finds them too
        surfaces=frozenset({L, E, X, P, F}),
    ),
    FieldSpec(
        "place",
        QT_TRANSLATE_NOOP("Fields", "Place"),
        "computed",
        surfaces=frozenset({D}),
        columns=("city", "country"),
        text=lambda o, _n: place_text(o.city, o.country),
    ),
    coordinates_field(),
    FieldSpec(
        "website",
        QT_TRANSLATE_NOOP("Fields", "Website"),
        "website",
        surfaces=frozenset({D, E, X, P, F}),
    ),
    FieldSpec(
        "office_id",
        QT_TRANSLATE_NOOP("Fields", "Office"),
        "record",
        refers_to="office",
        surfaces=frozenset({E, X, P}),
        editor_label=QT_TRANSLATE_NOOP("Fields", "Looked after by"),
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
    name="organization",
    model=Organization,
    fields=FIELDS,
    phrases=Phrases(
        title=QT_TRANSLATE_NOOP("Kinds", "Organizations"),
        noun=QT_TRANSLATE_NOOP("Kinds", "organization"),
        nouns=QT_TRANSLATE_NOOP("Kinds", "organizations"),
        label=QT_TRANSLATE_NOOP("Kinds", "Organization"),
        count_one=QT_TRANSLATE_NOOP("Kinds", "{count} organization"),
        count_many=QT_TRANSLATE_NOOP("Kinds", "{count} organizations"),
        new=QT_TRANSLATE_NOOP("Kinds", "New organization"),
        edit=QT_TRANSLATE_NOOP("Kinds", "Edit organization – {title}"),
        added=QT_TRANSLATE_NOOP("Kinds", "Add organization “{name}”"),
        edited=QT_TRANSLATE_NOOP("Kinds", "Edit organization “{name}”"),
        not_saved=QT_TRANSLATE_NOOP("Kinds", "The organization was not saved.\n\n{error}"),
        select=QT_TRANSLATE_NOOP(
            "Kinds", "Select an organization to see who works there and what it is part of."
        ),
        discard=QT_TRANSLATE_NOOP(
            "Kinds", "This organization has changes that are not saved. Discard them?"
        ),
    ),
    title_of=lambda o: o.name,
    search_detail=lambda o: joined(o.name_native, o.city),
    links=(
        LinkTable(
            ProjectPartner,
            "organization_id",
            QT_TRANSLATE_NOOP("Kinds", "{count} project partnership"),
            QT_TRANSLATE_NOOP("Kinds", "{count} project partnerships"),
        ),
        LinkTable(
            EventOrganization,
            "organization_id",
            QT_TRANSLATE_NOOP("Kinds", "{count} event participation"),
            QT_TRANSLATE_NOOP("Kinds", "{count} event participations"),
        ),
        tag_links(TagLink, "organization_id"),
    ),
    references=(
        Reference(
            Contact,
            "organization_id",
            QT_TRANSLATE_NOOP("Kinds", "{count} contact works there"),
            QT_TRANSLATE_NOOP("Kinds", "{count} contacts work there"),
        ),
    ),
    shown_by=("organization", "contact", "project", "event"),
    default_order="name",
    filters=frozenset({"country", "office", "kind", "tag"}),
)
