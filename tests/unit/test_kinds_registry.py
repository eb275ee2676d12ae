"""The registry of record kinds (core/kinds) is complete, and every surface reads it.

Walks every kind and every field: a field declared for a surface must be on that
surface (list columns, details, exports, reports, the search index, packages), every
column of a kind's table must be declared by a field, and every place that lists the
kinds must list all of them. A new field or kind that misses a surface fails here.
"""

from __future__ import annotations

import pytest

from office_desk.core import kinds
from office_desk.core.kinds import Surface
from office_desk.core.models import Record

# id, created_at, updated_at, deleted_at; and a contact's erased mark, bookkeeping set
# only by an erasure (core/services/erasure), never edited, carried by the package codec
# (every column) and by sync like deleted_at.
BASE_COLUMNS = set(Record.model_fields) | {"erased_at"}


def _kind_ids() -> list[str]:
    return [k.name for k in kinds.KINDS]


@pytest.mark.parametrize("name", _kind_ids())
def test_every_column_is_declared_by_a_field(name: str) -> None:
    kind = kinds.get(name)
    table_columns = {c.name for c in kind.model.__table__.columns}
    declared = {column for f in kind.fields for column in f.columns}
    missing = table_columns - declared - BASE_COLUMNS
    assert not missing, f"{name}: columns without a FieldSpec: {sorted(missing)}"
    unknown = declared - table_columns
    assert not unknown, f"{name}: fields name columns the table lacks: {sorted(unknown)}"


@pytest.mark.parametrize("name", _kind_ids())
def test_fields_are_well_formed(name: str) -> None:
    kind = kinds.get(name)
    for f in kind.fields:
        assert f.label.strip(), f"{name}.{f.name} has no label"
        if f.value == "choice":
            assert f.choices is not None, f"{name}.{f.name}: a choice without choices"
        if f.value in ("record", "links"):
            assert f.refers_to in (*kinds.NAMES, "tag"), f"{name}.{f.name}: refers to?"
        if f.value == "links":
            assert f.name.startswith("@") and not f.columns
        if f.sort is not None:
            assert f.sort in {c.name for c in kind.model.__table__.columns}
        assert f.surfaces, f"{name}.{f.name} appears nowhere"
    # Every column the user can change is in the editor and travels in packages.
    editable = {c for f in kind.on(Surface.EDITOR) for c in f.columns}
    travels = {c for f in kind.on(Surface.PACKAGE) for c in f.columns}
    table_columns = {c.name for c in kind.model.__table__.columns} - BASE_COLUMNS
    assert table_columns <= editable, f"{name}: not editable: {table_columns - editable}"
    assert table_columns <= travels, f"{name}: not in packages: {table_columns - travels}"
    assert kind.default_order in {c.name for c in kind.model.__table__.columns}
    assert set(kind.shown_by) <= set(kinds.NAMES)


def test_every_kind_is_a_kind_of_the_model() -> None:
    from office_desk.core import models

    assert tuple(kinds.NAMES) == ("office", "organization", "contact", "project", "event")
    # Every table that is not a link, a tag or a rate is a kind.
    others = {
        models.ProjectPartner,
        models.ProjectContact,
        models.EventOrganization,
        models.EventContact,
        models.EventProject,
        models.Tag,
        models.TagLink,
        models.ExchangeRate,
    }
    assert {k.model for k in kinds.KINDS} == set(models.ALL_TABLES) - others
    for kind in kinds.KINDS:
        assert kinds.BY_PLURAL[kind.plural] is kind
        assert kinds.of(kind.model.__new__(kind.model)) is kind


def test_phrases_are_whole_sentences_with_their_placeholders() -> None:
    placeholders = {
        "count_one": "{count}",
        "count_many": "{count}",
        "edit": "{title}",
        "added": "{name}",
        "edited": "{name}",
        "not_saved": "{error}",
    }
    for kind in kinds.KINDS:
        for which, mark in placeholders.items():
            assert mark in getattr(kind.phrases, which), (kind.name, which)
        assert kind.phrases.count(1) == f"1 {kind.phrases.noun}"
        assert kind.phrases.count(3) == f"3 {kind.phrases.nouns}"
        for link in (*kind.links, *kind.references):
            assert "{count}" in link.one and "{count}" in link.many
