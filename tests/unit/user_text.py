"""User text for the "user text is data, never a template" property tests.

* :func:`user_texts`: strings made of what template engines, HTML and JavaScript read
  as syntax (``{{ }}``, ``{% %}``, ``{#``, ``${``, backtick, backslash, ``</script>``,
  ``<!--``, ``&``, quotes) mixed with Chinese and German words.
* :data:`FIELDS`: every text field of every table (read from the SQLModel models, so a
  new field or table is covered without touching the tests), less the coded ones that
  validation only lets hold a code (country, currency, kind, stage, e-mail...); plus
  the texts that reach the pages from elsewhere: a report's title, and the name and
  attribution of a tile layer (``.mbtiles`` metadata).
* :class:`World`: one record of each kind, all linked (an office with its counterpart,
  an organization, a contact, a signed project with a partner, a person and an
  exchange rate, an event, a tag on each) in a real SQLite file, whose text fields
  :meth:`World.write` sets in one go.

The tests compare a page made from the strings with the same page made from
*markers* (``QZ07Q``: letters no engine reads as syntax): once each marker is replaced
by its string, the two must be the same, character for character. So a string shows
where its field shows, exactly as typed, and nowhere else; and the page around it does
not change.

Hypothesis profiles (select with ``OFFICE_DESK_HYPOTHESIS=thorough``): ``user-text``
(the default, for CI: 100 examples per test, the same ones every run, a failure shown
as found, unshrunk) and ``thorough`` (1,000 new examples every run, failures shrunk,
no 300 s limit). The QtWebEngine test takes 15 % of that (15 or 150). Every run tries
the reported case first (:func:`brief_texts`).
"""

from __future__ import annotations

import os
import types
import typing
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel

from office_desk.core.models import (
    ALL_TABLES,
    Contact,
    Event,
    EventContact,
    EventOrganization,
    EventProject,
    ExchangeRate,
    Office,
    Organization,
    Project,
    ProjectContact,
    ProjectPartner,
    Record,
    Tag,
    TagLink,
)
from office_desk.core.name_folding import has_cjk
from office_desk.core.store.database import Store
from office_desk.core.validation import validate

# --------------------------------------------------------------------------- profiles

_COMMON: dict[str, Any] = {
    "database": None,  # nothing written into the repository
    "deadline": None,  # an example renders whole pages; CI machines are slow
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    "print_blob": True,
}
# CI does not shrink: an example is a string for every field (about 40) through whole
# pages, and shrinking one takes longer than the 300 s a test may run; the failing
# example is printed as found, and the assertion names the field. The thorough run
# shrinks.
settings.register_profile(
    "user-text",
    max_examples=100,
    derandomize=True,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    **_COMMON,
)
settings.register_profile("thorough", max_examples=1000, derandomize=False, **_COMMON)
#: The profile chosen by ``OFFICE_DESK_HYPOTHESIS`` (``thorough``), else ``user-text``.
PROFILE = (
    "thorough"
    if os.environ.get("OFFICE_DESK_HYPOTHESIS", "").strip().lower() == "thorough"
    else "user-text"
)


def profile_settings(share: float = 1.0) -> settings:
    """The chosen profile; ``share`` of its examples (at least 10) for slow tests."""
    chosen = settings.get_profile(PROFILE)
    return settings(chosen, max_examples=max(10, round(chosen.max_examples * share)))


def profile_timeout(share: float = 1.0) -> pytest.MarkDecorator:
    """pytest-timeout's limit for a test of the chosen profile (the thorough run takes
    longer than the 300 s CI gives a test)."""
    return pytest.mark.timeout(300 if PROFILE == "user-text" else int(4 * 3600 * share))


# --------------------------------------------------------------------------- the strings

#: What a template engine, HTML or a JavaScript string would read as syntax, and words
#: in Chinese, German and English (never the letters of a marker).
TOKENS: tuple[str, ...] = (
    "{{",
    "}}",
    "{%",
    "%}",
    "{#",
    "#}",
    "${",
    "}",
    "{",
    "`",
    "\\",
    "</script>",
    "<!--",
    "-->",
    "&",
    "&amp;",
    '"',
    "'",
    "<b>",
    "7*7",
    "|safe",
    "张伟",
    "济南",
    "Müller",
    "Werk",
    "SSTI",
)


@st.composite
def user_texts(draw: st.DrawFn) -> str:
    """A string of :data:`TOKENS`, one space or nothing between them, never blank."""
    tokens = draw(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=8))
    text = tokens[0]
    for token in tokens[1:]:
        text += draw(st.sampled_from(("", " "))) + token
    return text


# --------------------------------------------------------------------------- the fields


@dataclass(frozen=True, order=True)
class FieldKey:
    """One place user text is kept: a model's field (``list``: a list of texts), or a
    text from outside the records (model "ReportRequest" or "TileLayer")."""

    model: str
    name: str
    list: bool = False

    def __str__(self) -> str:
        return f"{self.model}.{self.name}"


def _text_kind(annotation: Any) -> str | None:
    """ "text" for ``str`` / ``str | None``, "list" for ``list[str]``, else None."""
    if annotation is str:
        return "text"
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _text_kind(args[0]) if len(args) == 1 else None
    if typing.get_origin(annotation) is list and typing.get_args(annotation) == (str,):
        return "list"
    return None


def text_fields(model: type[SQLModel]) -> list[FieldKey]:
    """Every field of ``model`` that holds text or a list of texts."""
    keys = []
    for name, info in model.model_fields.items():
        kind = _text_kind(info.annotation)
        if kind is not None:
            keys.append(FieldKey(model.__name__, name, kind == "list"))
    return keys


#: Templates in a string that validation accepts wherever it accepts free text.
PROBE = "Werk {{7*7}} {# ${x} 张伟"


def is_coded(model: type[Record], key: FieldKey) -> bool:
    """True if validation refuses :data:`PROBE` in this field of a valid record (a code:
    country, currency, kind, stage, status, e-mail address, colour...)."""
    record = base_record(model)
    setattr(record, key.name, [PROBE] if key.list else PROBE)
    return any(error.field == key.name for error in validate(record))


MODELS: dict[str, type[Record]] = {m.__name__: m for m in ALL_TABLES}

# --------------------------------------------------------------------------- one world

# Fixed ids, so a page made twice differs only by its texts.
IDS = {
    name: uuid.UUID(int=number + 1)
    for number, name in enumerate(
        (
            "office",
            "twin",
            "organization",
            "contact",
            "project",
            "event",
            "tag",
            "rate",
            "partner",
            "project_contact",
            "event_organization",
            "event_contact",
            "event_project",
            "tag_office",
            "tag_organization",
            "tag_contact",
            "tag_project",
            "tag_event",
        )
    )
}
SIGNED_ON = date(2025, 6, 18)


def base_record(model: type[Record]) -> Record:
    """A valid record of ``model`` (what :class:`World` saves, before any text)."""
    made: dict[type[Record], Any] = {
        Office: lambda: Office(
            id=IDS["office"],
            name="Office",
            country="DE",
            city="Dresden",
            latitude=51.05,
            longitude=13.74,
            counterpart_id=IDS["twin"],
            established_on=date(2019, 3, 1),
        ),
        Organization: lambda: Organization(
            id=IDS["organization"],
            name="Organization",
            kind="company",
            country="DE",
            latitude=51.03,
            longitude=13.70,
            office_id=IDS["office"],
        ),
        Contact: lambda: Contact(
            id=IDS["contact"],
            given_name="Given",
            family_name="Family",
            organization_id=IDS["organization"],
            office_id=IDS["office"],
            emails=["given@example.org"],
        ),
        Project: lambda: Project(
            id=IDS["project"],
            title="Project",
            kind="investment",
            stage="signed",
            office_id=IDS["office"],
            amount=Decimal("250000"),
            currency="EUR",
            source_country="CN",
            latitude=51.10,
            longitude=13.80,
            jobs_created=40,
            signed_on=SIGNED_ON,
            announced_on=SIGNED_ON - timedelta(days=30),
        ),
        Event: lambda: Event(
            id=IDS["event"],
            title="Event",
            kind="meeting",
            starts_on=date(2025, 9, 9),
            office_id=IDS["office"],
            country="DE",
        ),
        Tag: lambda: Tag(id=IDS["tag"], name="Tag"),
        ExchangeRate: lambda: ExchangeRate(
            id=IDS["rate"],
            on=SIGNED_ON - timedelta(days=1),
            base="EUR",
            quote="CNY",
            rate=Decimal("7.8"),
        ),
        ProjectPartner: lambda: ProjectPartner(
            id=IDS["partner"],
            project_id=IDS["project"],
            organization_id=IDS["organization"],
            role="european_side",
        ),
        ProjectContact: lambda: ProjectContact(
            id=IDS["project_contact"], project_id=IDS["project"], contact_id=IDS["contact"]
        ),
        EventOrganization: lambda: EventOrganization(
            id=IDS["event_organization"], event_id=IDS["event"], organization_id=IDS["organization"]
        ),
        EventContact: lambda: EventContact(
            id=IDS["event_contact"], event_id=IDS["event"], contact_id=IDS["contact"]
        ),
        EventProject: lambda: EventProject(
            id=IDS["event_project"], event_id=IDS["event"], project_id=IDS["project"]
        ),
        TagLink: lambda: TagLink(id=IDS["tag_office"], tag_id=IDS["tag"], office_id=IDS["office"]),
    }
    if model not in made:
        raise KeyError(
            f"{model.__name__} is a new table: give it a base record in "
            "tests/unit/user_text.py, so its text fields are tested too"
        )
    record: Record = made[model]()
    problems = validate(record)
    assert not problems, f"the base {model.__name__} is not valid: {problems}"
    return record


#: The id of each table's record whose texts :meth:`World.write` sets.
RECORD_IDS: dict[type[Record], uuid.UUID] = {model: base_record(model).id for model in ALL_TABLES}


def _records() -> list[Record]:
    # The counterpart is listed first whatever the other office is called: SQLite
    # sorts by code point, and every string drawn begins above "!".
    twin = Office(
        id=IDS["twin"], name="!Twin", country="CN", city="Jinan", latitude=36.65, longitude=117.12
    )
    tags = [
        TagLink(id=IDS[f"tag_{kind}"], tag_id=IDS["tag"], **{f"{kind}_id": IDS[kind]})
        for kind in ("organization", "contact", "project", "event")
    ]
    return [twin, *(base_record(model) for model in ALL_TABLES), *tags]


#: Texts that reach the pages from outside the records.
OUTSIDE: tuple[FieldKey, ...] = (
    FieldKey("ReportRequest", "title"),
    FieldKey("TileLayer", "name"),
    FieldKey("TileLayer", "attribution"),
)


def _free_fields() -> tuple[FieldKey, ...]:
    keys = [key for model in ALL_TABLES for key in text_fields(model) if not is_coded(model, key)]
    return (*sorted(keys), *OUTSIDE)


#: Every place user text is kept (see the module docstring).
FIELDS: tuple[FieldKey, ...] = _free_fields()
#: The coded text fields left out (reported by the tests, so nobody wonders).
CODED: tuple[FieldKey, ...] = tuple(
    sorted(key for model in ALL_TABLES for key in text_fields(model) if is_coded(model, key))
)


def marker(index: int, text: str = "") -> str:
    """The stand-in for the string ``text`` of field number ``index``: letters no page
    treats specially, and a Chinese character when ``text`` has one (a name in Chinese
    script is laid out differently on purpose, e.g. an academic title)."""
    return f"QZ{index:02d}Q" + ("字" if has_cjk(text) else "")


def markers_for(texts: dict[FieldKey, str]) -> dict[FieldKey, str]:
    return {key: marker(FIELDS.index(key), text) for key, text in texts.items()}


def replace_all(value: Any, replacements: dict[str, str]) -> Any:
    """``value`` (JSON-like) with each marker replaced in every string in it."""
    if isinstance(value, str):
        for old, new in replacements.items():
            value = value.replace(old, new)
        return value
    if isinstance(value, list):
        return [replace_all(v, replacements) for v in value]
    if isinstance(value, dict):
        return {k: replace_all(v, replacements) for k, v in value.items()}
    return value


@dataclass
class World:
    """The linked records of every kind in ``store``, and the outside texts."""

    store: Store
    outside: dict[FieldKey, str] = field(default_factory=dict)

    @classmethod
    def create(cls, store: Store) -> World:
        from office_desk.core.services.records import add_all

        add_all(store, _records())
        world = cls(store)
        world.write(markers_for({key: "" for key in FIELDS}))
        return world

    def write(self, texts: dict[FieldKey, str]) -> None:
        """Give each field in ``texts`` its text (a list field: a list of that text)."""
        with self.store.write() as session:
            records: dict[str, Any] = {}
            for key, text in texts.items():
                model = MODELS.get(key.model)
                if model is None:
                    self.outside[key] = text
                    continue
                if key.model not in records:
                    records[key.model] = session.get(model, RECORD_IDS[model])
                setattr(records[key.model], key.name, [text] if key.list else text)

    def text(self, model: str, name: str) -> str:
        return self.outside[FieldKey(model, name)]


@contextmanager
def open_world(path: Path) -> Iterator[World]:
    """A new database at ``path`` holding a :class:`World` (closed afterwards)."""
    from office_desk.core.store.database import open_store

    store = open_store(path, create=True)
    try:
        yield World.create(store)
    finally:
        store.close()


# --------------------------------------------------------------------------- examples


def brief_texts() -> dict[FieldKey, str]:
    """The case that was reported, in every field: ``Werk {{7*7}} SSTI`` came out as
    "Werk 49 SSTI" on the map (tried first in every run, before the drawn examples)."""
    return {key: f"Werk {{{{7*7}}}} SSTI {number}" for number, key in enumerate(FIELDS)}


#: Most a field may hold where validation limits it (an academic title).
LIMITS = {FieldKey("Contact", "title"): 40}


@st.composite
def field_texts(draw: st.DrawFn) -> dict[FieldKey, str]:
    """A different string for every field (two equal names would be shown once)."""
    texts: dict[FieldKey, str] = {}
    for key in FIELDS:
        text = draw(user_texts().filter(lambda t: t not in texts.values()))
        limit = LIMITS.get(key)
        if limit is not None and len(text) > limit:
            text = text[:limit].rstrip() or text[0]
        texts[key] = text
    return texts


class _Texts(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.texts.append(data)


def shown_text(fragment: str) -> str:
    """What a browser shows for an HTML fragment of the page data (its text)."""
    parser = _Texts()
    parser.feed(fragment)
    parser.close()
    return "".join(parser.texts)
