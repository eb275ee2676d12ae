"""Field lengths the models declare (``max_length``) hold on every write path: the
store's own check before each flush (the editor, packages and sync write through it),
and the contact import, whose new records go in by bulk insert without that check.
A 10-million-character given name used to be accepted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from office_desk.core import validation
from office_desk.core.import_contacts import (
    PlanHasErrors,
    apply_plan,
    guess_mapping,
    plan_import,
    read_source,
)
from office_desk.core.import_contacts.apply import check_lengths
from office_desk.core.models import ALL_TABLES, Contact, Organization, Project, Record, Tag
from office_desk.core.services.records import add, delete, update
from office_desk.core.store.database import Store
from office_desk.core.validation import ValidationError, length_limits, validate

HUGE = 10_000_000

LIMITED = [
    (model, field, limit) for model in ALL_TABLES for field, limit in length_limits(model).items()
]


def test_the_limits_are_read_from_the_models() -> None:
    assert length_limits(Contact)["given_name"] == 120
    assert length_limits(Organization)["name"] == 200
    assert length_limits(Tag) == {"name": 80, "color": 9}
    assert "notes" not in length_limits(Contact)  # no length declared: none enforced
    assert len(LIMITED) > 20


@pytest.mark.parametrize(
    ("model", "field", "limit"), LIMITED, ids=[f"{m.__name__}.{f}" for m, f, _ in LIMITED]
)
def test_every_declared_length_is_enforced_by_validate(
    model: type[Record], field: str, limit: int
) -> None:
    at_limit = validate(model(**{field: "x" * limit}))
    assert field not in {e.field for e in at_limit if "at most" in e.message}
    errors = {e.field: e.message for e in validate(model(**{field: "x" * (limit + 1)}))}
    # The message names the field as the user knows it, and its limit.
    assert errors[field] == (
        f"the {validation.field_label(model, field)} has {limit + 1:,} characters; at most "
        f"{limit:,} are allowed"
    ) or (model, field) == (Contact, "title")
    assert "at most 40 characters" in validate(Contact(title="x" * 41))[-1].message


def test_every_field_with_a_length_has_a_label() -> None:
    """A label of validation's own (lower case, for the middle of a sentence), or the
    field's label in the registry of kinds."""
    from office_desk.core import kinds

    labelled = set(validation._FIELD_LABELS)
    declared = {f"{k.model.__name__}.{c}" for k in kinds.KINDS for f in k.fields for c in f.columns}
    missing = {
        f"{m.__name__}.{f}"
        for m, f, _ in LIMITED
        if f not in labelled
        and f"{m.__name__}.{f}" not in labelled
        and f"{m.__name__}.{f}" not in declared
    }
    assert not missing, f"give these fields a label in validation._FIELD_LABELS: {missing}"
    assert validation.field_label(Project, "funding_programme") == "Funding programme"


def test_a_ten_million_character_name_is_refused_with_its_field_and_limit() -> None:
    errors = validate(Contact(given_name="x" * HUGE, family_name="Müller"))
    assert [(e.field, e.message) for e in errors] == [
        ("given_name", "the given name has 10,000,000 characters; at most 120 are allowed")
    ]


def test_the_store_refuses_a_too_long_value(empty_store: Store) -> None:
    with pytest.raises(ValidationError, match="given name has 10,000,000 characters"):
        add(empty_store, Contact(given_name="x" * HUGE, family_name="Müller"))
    with pytest.raises(ValidationError, match="colour has 10 characters; at most 9"):
        add(empty_store, Tag(name="ok", color="#123456789"))
    with empty_store.session() as session:
        assert session.exec(select(Contact)).all() == []


def _store_too_long(store: Store, contact: Contact) -> None:
    """Give ``contact`` a 1,000-character given name, as an import before the check did."""
    assert store.path is not None
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE contact SET given_name = ? WHERE id = ?", ("x" * 1000, contact.id.hex))
    conn.close()


def test_a_too_long_value_stored_before_the_check_can_still_be_deleted(empty_store: Store) -> None:
    contact = add(empty_store, Contact(given_name="Anna", family_name="Weiß"))
    _store_too_long(empty_store, contact)
    with pytest.raises(ValidationError, match="given name has 1,000 characters"):
        update(empty_store, Contact, contact.id, city="Dresden")  # fix the name first
    assert update(empty_store, Contact, contact.id, given_name="Anna").given_name == "Anna"
    _store_too_long(empty_store, contact)
    delete(empty_store, Contact, [contact.id])
    with empty_store.session() as session:
        assert session.exec(select(Contact)).all() == []


def test_the_import_makes_too_long_values_row_errors(empty_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    long_given = "Jürgen" * 25  # 150 characters
    long_company = "Bäckerei" + " Groß" * 54  # 278 characters, more than an organization's 200
    path.write_text(
        "Vorname,Nachname,Firma,E-Mail\n"
        f"{long_given},Müller,Bäckerei Groß,jm@example.de\n"
        f"Anna,Weiß,{long_company},aw@example.de\n"
        "Özlem,Schäfer,Straßenbau AG,os@example.de\n",
        encoding="utf-8",
    )
    table = read_source(path)
    plan = plan_import(empty_store, table, guess_mapping(table, "contacts"))
    errors = [row.errors for row in plan.rows]
    assert errors[0] == [
        "line 2, column 'Vorname': the given name has 150 characters; at most 120 are allowed"
    ]
    assert errors[1] == [
        "line 3, column 'Firma': the organization's name has 278 "
        "characters; at most 200 are allowed"
    ]
    assert errors[2] == []
    with pytest.raises(PlanHasErrors):
        apply_plan(empty_store, plan)
    plan.skip_errors = True
    result = apply_plan(empty_store, plan)
    assert (result.created, result.left_out) == (1, 2)
    assert empty_store.path is not None
    with sqlite3.connect(empty_store.path) as conn:
        longest = conn.execute(
            "SELECT max(length(given_name)), max(length(family_name)) FROM contact"
        ).fetchone()
        names = [n for (n,) in conn.execute("SELECT name FROM organization")]
    conn.close()
    assert longest == (5, 7) and names == ["Straßenbau AG"]


def test_the_bulk_insert_checks_the_lengths_itself() -> None:
    check_lengths(Contact, [{"given_name": "x" * 120, "city": ""}])
    with pytest.raises(ValueError, match="given name has 121 characters; at most 120"):
        check_lengths(Contact, [{"given_name": "Anna"}, {"given_name": "x" * 121}])
    with pytest.raises(ValueError, match="name has 81 characters; at most 80"):
        check_lengths(Tag, [{"name": "x" * 81}])


def test_amounts_and_jobs_have_sensible_bounds() -> None:
    """A typed '1' repeated 400 times was accepted, and jobs past 2**63 failed only at
    the database with a technical message."""
    from decimal import Decimal

    from office_desk.core.models import Project
    from office_desk.core.validation import validate

    def fields(**values: object) -> list[str]:
        return [p.field for p in validate(Project(title="Plant", **values))]

    assert fields(amount=Decimal("47964000000.00"), currency="CNY") == []
    assert fields(amount=Decimal("1" * 19), currency="CNY") == ["amount"]
    assert fields(amount=Decimal("1.1234567"), currency="EUR") == ["amount"]
    assert fields(jobs_created=1200) == []
    assert fields(jobs_created=2**63) == ["jobs_created"]
