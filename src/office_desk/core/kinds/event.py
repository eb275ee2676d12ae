"""Events: meetings, visits, delegations, conferences, concerts."""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP
from ..locale_format import format_date_range
from ..models import Event, EventContact, EventOrganization, EventProject, TagLink
from ..vocabulary import EventKind
from .spec import (
    FieldSpec,
    LinkTable,
    Phrases,
    RecordKind,
    coordinates_field,
    joined,
    place_text,
    tag_links,
    tags_field,
)
from .spec import Surface as S

L, D, E, R, X, P, F = S.LIST, S.DETAILS, S.EDITOR, S.REPORT, S.EXPORT, S.PACKAGE, S.SEARCH

FIELDS = (
    FieldSpec(
        "date",
        QT_TRANSLATE_NOOP("Fields", "Date"),
        "computed",
        surfaces=frozenset({L, D}),
        columns=("starts_on", "ends_on"),
        sort="starts_on",
        text=lambda e, _n: format_date_range(e.starts_on, e.ends_on),
    ),
    FieldSpec(
        "title",
        QT_TRANSLATE_NOOP("Fields", "Title"),
        surfaces=frozenset({L, E, R, X, P}),
        placeholder=QT_TRANSLATE_NOOP("Fields", "e.g. Delegation visit to Dresden"),
        required=True,
        width=50,
    ),
    FieldSpec(
        "kind",
        QT_TRANSLATE_NOOP("Fields", "Kind"),
        "choice",
        choices=EventKind,
        surfaces=frozenset({L, D, E, R, X, P, F}),
        width=16,
    ),
    FieldSpec(
        "starts_on",
        QT_TRANSLATE_NOOP("Fields", "Starts"),
        "date",
        surfaces=frozenset({E, R, X, P}),
        required=True,
        width=12,
    ),
    FieldSpec(
        "ends_on",
        QT_TRANSLATE_NOOP("Fields", "Ends"),
        "date",
        surfaces=frozenset({E, R, X, P}),
        width=12,
        # A one-day event ends the day it starts.
        cell=lambda e, _n: e.ends_on or e.starts_on,
    ),
    FieldSpec(
        "where",
        QT_TRANSLATE_NOOP("Fields", "Place"),
        "computed",
        surfaces=frozenset({L, D, R}),
        columns=("place", "city", "country"),
        sort="place",
        width=30,
        text=lambda e, _n: joined(e.place, place_text(e.city, e.country)),
    ),
    FieldSpec(
        "place",
        QT_TRANSLATE_NOOP("Fields", "Venue"),
        surfaces=frozenset({E, X, P, F}),
        editor_label=QT_TRANSLATE_NOOP("Fields", "Place"),
        placeholder=QT_TRANSLATE_NOOP("Fields", "venue"),
    ),
    FieldSpec("city", QT_TRANSLATE_NOOP("Fields", "City"), surfaces=frozenset({E, X, P, F})),
    FieldSpec(
        "country",
        QT_TRANSLATE_NOOP("Fields", "Country"),
        "country",
        surfaces=frozenset({E, X, P, F}),
    ),
    coordinates_field(),
    FieldSpec(
        "office_id",
        QT_TRANSLATE_NOOP("Fields", "Office"),
        "record",
        refers_to="office",
        surfaces=frozenset({L, E, X, P}),
    ),
    FieldSpec(
        "@organizations",
        QT_TRANSLATE_NOOP("Fields", "Organizations"),
        "links",
        refers_to="organization",
        surfaces=frozenset({E}),
    ),
    FieldSpec(
        "@contacts",
        QT_TRANSLATE_NOOP("Fields", "People"),
        "links",
        refers_to="contact",
        surfaces=frozenset({E}),
    ),
    FieldSpec(
        "@projects",
        QT_TRANSLATE_NOOP("Fields", "Projects"),
        "links",
        refers_to="project",
        surfaces=frozenset({E}),
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
    name="event",
    model=Event,
    fields=FIELDS,
    phrases=Phrases(
        title=QT_TRANSLATE_NOOP("Kinds", "Events"),
        noun=QT_TRANSLATE_NOOP("Kinds", "event"),
        nouns=QT_TRANSLATE_NOOP("Kinds", "events"),
        label=QT_TRANSLATE_NOOP("Kinds", "Event"),
        count_one=QT_TRANSLATE_NOOP("Kinds", "{count} event"),
        count_many=QT_TRANSLATE_NOOP("Kinds", "{count} events"),
        new=QT_TRANSLATE_NOOP("Kinds", "New event"),
        edit=QT_TRANSLATE_NOOP("Kinds", "Edit event – {title}"),
        added=QT_TRANSLATE_NOOP("Kinds", "Add event “{name}”"),
        edited=QT_TRANSLATE_NOOP("Kinds", "Edit event “{name}”"),
        not_saved=QT_TRANSLATE_NOOP("Kinds", "The event was not saved.\n\n{error}"),
        select=QT_TRANSLATE_NOOP("Kinds", "Select an event to see who took part."),
        discard=QT_TRANSLATE_NOOP(
            "Kinds", "This event has changes that are not saved. Discard them?"
        ),
    ),
    title_of=lambda e: e.title,
    search_detail=lambda e: joined(e.starts_on.isoformat() if e.starts_on else "", e.city),
    links=(
        LinkTable(
            EventOrganization,
            "event_id",
            QT_TRANSLATE_NOOP("Kinds", "{count} participating organization"),
            QT_TRANSLATE_NOOP("Kinds", "{count} participating organizations"),
        ),
        LinkTable(
            EventContact,
            "event_id",
            QT_TRANSLATE_NOOP("Kinds", "{count} participant"),
            QT_TRANSLATE_NOOP("Kinds", "{count} participants"),
        ),
        LinkTable(
            EventProject,
            "event_id",
            QT_TRANSLATE_NOOP("Kinds", "{count} link to a project"),
            QT_TRANSLATE_NOOP("Kinds", "{count} links to projects"),
        ),
        tag_links(TagLink, "event_id"),
    ),
    shown_by=("event",),
    default_order="starts_on",
    filters=frozenset({"country", "office", "kind", "tag"}),
)
