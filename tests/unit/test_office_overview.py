"""An office at a glance, checked against the sample network (real SQLite)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from office_desk.core.models import Contact, Event, Office, Project
from office_desk.core.sample_network import sample_id
from office_desk.core.services import records
from office_desk.core.services.office_overview import overview
from office_desk.core.services.records import RecordNotFound
from office_desk.core.store.database import Store

DRESDEN = sample_id("office:dresden")
JINAN = sample_id("office:jinan")
TODAY = date(2026, 11, 25)


def test_dresden_office_at_a_glance(sample_store: Store) -> None:
    view = overview(sample_store, DRESDEN, "CNY", TODAY)
    assert view.office.name == "Dresden-Jinan Contact Office"
    assert view.counterpart is not None and view.counterpart.id == JINAN
    assert view.contact_count == 6
    assert [c.name for c in view.contacts[:2]] == ["Zhang Wei (张伟)", "Katrin Weiß"]
    assert view.contacts[0].last_contacted_on == date(2026, 10, 5)
    dates = [c.last_contacted_on for c in view.contacts]
    assert dates == sorted(dates, reverse=True)  # most recently contacted first
    muller = next(c for c in view.contacts if c.name == "Jürgen Müller")
    assert muller.organization == "Elbflorenz Mikrosysteme GmbH"
    assert view.organization_count == 5
    assert "Dresdner Kreuzchor" in [o.name for o in view.organizations]
    assert view.project_count == 4
    assert {s.stage: s.count for s in view.projects_by_stage if s.count} == {"completed": 4}
    assert len(view.projects_by_stage) == 7
    assert {p.id for p in view.projects} >= {
        sample_id("project:hoteam_lab"),
        sample_id("project:elbflorenz_rd"),
    }


def test_investment_signed_mixes_currencies_at_signing_rates(sample_store: Store) -> None:
    view = overview(sample_store, DRESDEN, "CNY", TODAY)
    money = view.investment.amounts
    assert view.investment.project_count == 4  # two of them have no amount
    assert money.by_currency == {"CNY": Decimal("1500000.00"), "EUR": Decimal("3200000.00")}
    # 3,200,000 EUR signed 2016-10-18 at the 2016 rate 7.35, plus 1,500,000 CNY.
    assert money.total == Decimal("1500000") + Decimal("3200000") * Decimal("7.35")
    assert money.unconverted == {}
    assert view.reporting_currency == "CNY"

    jinan = overview(sample_store, JINAN, "CNY", TODAY).investment
    assert jinan.amounts.total == Decimal("4000000") * Decimal("8.15")  # signed 2026-02-24


def test_only_signed_stages_count_as_investment(sample_store: Store) -> None:
    munich = overview(sample_store, sample_id("office:munich"), "CNY", TODAY)
    # In talks: 25,000,000 EUR (not signed). Completed: 400,000 CNY.
    assert munich.investment.project_count == 1
    assert munich.investment.amounts.total == Decimal("400000")


def test_an_amount_without_a_rate_is_reported_apart(sample_store: Store) -> None:
    records.add(
        sample_store,
        Project(
            title="Dresden showroom in London",
            stage="in_progress",
            office_id=DRESDEN,
            amount=Decimal("250000"),
            currency="GBP",
            signed_on=date(2025, 5, 5),
        ),
    )
    money = overview(sample_store, DRESDEN, "CNY", TODAY).investment.amounts
    assert money.unconverted == {"GBP": Decimal("250000")}
    assert money.total == Decimal("25020000")
    assert not money.complete


def test_reporting_in_euro(sample_store: Store) -> None:
    money = overview(sample_store, DRESDEN, "EUR", TODAY).investment.amounts
    assert money.currency == "EUR"
    expected = Decimal("3200000") + Decimal("1500000") * (Decimal(1) / Decimal("6.97"))
    assert money.total == expected


def test_recent_and_upcoming_events_around_today(sample_store: Store) -> None:
    jinan = overview(sample_store, JINAN, "CNY", TODAY)
    assert [e.title for e in jinan.upcoming_events] == [
        "Annual planning meeting of the office network (online)"
    ]
    assert jinan.upcoming_events[0].starts_on == date(2027, 1, 14)
    assert [e.starts_on for e in jinan.recent_events] == [
        date(2026, 2, 24),
        date(2026, 1, 15),
        date(2021, 3, 18),
        date(2020, 7, 8),
    ]

    dresden = overview(sample_store, DRESDEN, "CNY", TODAY)
    assert dresden.upcoming_events == []
    assert len(dresden.recent_events) == 5  # of 7, the latest five
    assert dresden.recent_events[0].starts_on == date(2026, 5, 11)
    assert dresden.recent_events[0].kind == "Delegation"


def test_an_event_under_way_is_upcoming_not_past(sample_store: Store) -> None:
    during = overview(sample_store, DRESDEN, "CNY", date(2026, 5, 13))
    assert during.upcoming_events[0].title.startswith("Jinan Innovation Zone delegation 2026")
    assert all(e.starts_on < date(2026, 5, 11) for e in during.recent_events)


def test_limits_cap_lists_not_counts(sample_store: Store) -> None:
    view = overview(sample_store, JINAN, "CNY", TODAY, limit=2, list_limit=3)
    assert len(view.recent_events) == 2
    assert len(view.contacts) == 3 and view.contact_count == 10
    assert len(view.organizations) == 3 and view.organization_count == 6


def test_deleted_records_are_left_out(sample_store: Store) -> None:
    records.delete(sample_store, Contact, [sample_id("contact:zhang_wei")])
    records.delete(sample_store, Event, [sample_id("event:delegation_2026")])
    view = overview(sample_store, DRESDEN, "CNY", TODAY)
    assert view.contact_count == 5
    assert "Zhang Wei (张伟)" not in [c.name for c in view.contacts]
    assert view.recent_events[0].starts_on == date(2023, 9, 27)


def test_counterpart_found_from_either_side(sample_store: Store) -> None:
    munich = sample_id("office:munich")
    assert overview(sample_store, munich, "CNY", TODAY).counterpart is None
    twin = records.add(
        sample_store, Office(name="Jinan-Munich desk", country="CN", counterpart_id=munich)
    )
    view = overview(sample_store, munich, "CNY", TODAY)
    assert view.counterpart is not None and view.counterpart.id == twin.id


def test_a_deleted_office_has_no_overview(sample_store: Store) -> None:
    records.delete(sample_store, Office, [DRESDEN])
    with pytest.raises(RecordNotFound):
        overview(sample_store, DRESDEN, "CNY", TODAY)
