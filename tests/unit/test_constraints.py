"""Bad rows are refused, by validation with a clear message and by the file itself."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.exc import IntegrityError

from office_desk.core.models import (
    Contact,
    Event,
    ExchangeRate,
    Office,
    Organization,
    Project,
    Tag,
)
from office_desk.core.services import records
from office_desk.core.store.database import Store
from office_desk.core.validation import ValidationError, validate


def _fields(record: object) -> set[str]:
    return {e.field for e in validate(record)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (Office(name="X", country="DE", latitude=91.0, longitude=13.0), "latitude"),
        (Office(name="X", country="DE", latitude=51.0, longitude=181.0), "longitude"),
        (Office(name="X", country="DE", latitude=51.0), "latitude"),
        (Office(name="X", country="ZZ"), "country"),
        (Office(name="X", country="de"), "country"),
        (Office(name="  ", country="DE"), "name"),
        (Office(name="X", country="DE", status="open"), "status"),
        (Office(name="X", country="DE", email="not-an-address"), "email"),
        (Organization(name="Festo", kind="bakery"), "kind"),
        (Contact(), "name"),
        (Contact(given_name=" ", family_name=""), "name"),
        (Contact(given_name="Wei", emails=["wei@"]), "emails"),
        (Project(title="P", amount=Decimal("-5"), currency="EUR"), "amount"),
        (Project(title="P", amount=Decimal("5"), currency="XYZ"), "currency"),
        (Project(title="P", amount=Decimal("5"), currency="DEM"), "currency"),  # retired
        (Project(title="P", amount=Decimal("5")), "currency"),
        (Project(title="P", stage="won"), "stage"),
        (Project(title="P", start_on=date(2020, 5, 1), end_on=date(2020, 4, 1)), "end_on"),
        (Project(title="P", jobs_created=-1), "jobs_created"),
        (Event(title="E", starts_on=date(2020, 5, 2), ends_on=date(2020, 5, 1)), "ends_on"),
        (Tag(name="VIP", color="red"), "color"),
        (ExchangeRate(on=date(2020, 1, 1), base="EUR", quote="EUR", rate=Decimal(1)), "quote"),
        (ExchangeRate(on=date(2020, 1, 1), base="EUR", quote="CNY", rate=Decimal(0)), "rate"),
    ],
)
def test_validation_names_the_bad_field(record: object, field: str) -> None:
    assert field in _fields(record)


def test_good_records_pass() -> None:
    assert validate(Office(name="Dresden", country="DE", latitude=51.05, longitude=13.74)) == []
    assert validate(Contact(name_native="张伟")) == []
    assert validate(Project(title="P", amount=Decimal("47964000000"), currency="CNY")) == []


def test_store_refuses_invalid_record_and_writes_nothing(empty_store: Store) -> None:
    good = Office(name="Dresden", country="DE")
    bad = Contact(given_name="", family_name="")
    with pytest.raises(ValidationError, match="a contact needs a name"):
        records.add_all(empty_store, [good, bad])
    assert records.count(empty_store, Office) == 0  # all or nothing


def test_update_with_bad_value_keeps_the_old_one(empty_store: Store) -> None:
    office = records.add(empty_store, Office(name="Dresden", country="DE"))
    with pytest.raises(ValidationError):
        records.update(empty_store, Office, office.id, latitude=123.0, longitude=0.0)
    assert records.get(empty_store, Office, office.id).latitude is None


def test_money_is_exact_and_never_a_float(empty_store: Store) -> None:
    project = records.add(
        empty_store, Project(title="P", amount=Decimal("47964000000.01"), currency="CNY")
    )
    assert records.get(empty_store, Project, project.id).amount == Decimal("47964000000.01")
    with pytest.raises((TypeError, Exception)):
        records.add(empty_store, Project(title="F", amount=0.1, currency="EUR"))  # type: ignore[arg-type]


def test_unknown_reference_is_refused(empty_store: Store) -> None:
    with pytest.raises(IntegrityError):
        records.add(empty_store, Contact(given_name="A", office_id=uuid.uuid4()))
    assert records.count(empty_store, Contact) == 0


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO office (id, created_at, updated_at, name, name_native, city, country, address,"
        " latitude, longitude, status, phone, email, website, focus_areas, notes) VALUES"
        " ('a', 't', 't', 'X', '', '', 'DE', '', 95, 10, 'active', '', '', '', '[]', '')",
        "INSERT INTO project (id, created_at, updated_at, title, title_native, kind, sector, stage,"
        " amount, currency, source_country, destination, jobs_estimated, status_reason,"
        " description) VALUES ('b', 't', 't', 'P', '', 'other', '', 'lead', '-1', 'EUR', '', '',"
        " 0, '', '')",
        "INSERT INTO contact (id, created_at, updated_at, given_name, family_name, name_native,"
        " family_name_first, position, city, country, emails, phones, messaging, languages,"
        " legal_basis, legal_basis_note, notes) VALUES ('c', 't', 't', '', ' ', '', 0, '', '',"
        " '', '[]', '[]', '[]', '[]', 'unknown', '', '')",
    ],
)
def test_the_file_itself_refuses_bad_rows(empty_store: Store, sql: str) -> None:
    """Another program writing the file directly still cannot store impossible values."""
    assert empty_store.path is not None
    with sqlite3.connect(empty_store.path) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute(sql)


def test_a_name_of_only_nul_characters_is_blank_as_the_database_sees_it() -> None:
    from office_desk.core.models import Office
    from office_desk.core.validation import validate

    errors = validate(Office(name="\x00Dresden", city="Dresden", country="DE"))
    assert any(e.field == "name" for e in errors)
