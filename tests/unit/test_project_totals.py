"""Projects by stage and their totals, on the real sample network (SQLite)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from office_desk.core.listing import ListQuery, ids
from office_desk.core.models import Project
from office_desk.core.sample_network import sample_id
from office_desk.core.services import records
from office_desk.core.services.exchange_rates import (
    DuplicateRate,
    add_rate,
    list_rates,
    rate_currencies,
    rate_table,
)
from office_desk.core.services.project_totals import (
    board_content,
    project_currencies,
    project_totals,
    stage_order,
)
from office_desk.core.store.database import Store
from office_desk.core.validation import ValidationError

ALL = ListQuery(kind="project")
DRESDEN = sample_id("office:dresden")


def _add(
    store: Store,
    title: str,
    stage: str,
    amount: str | None,
    currency: str | None,
    signed_on: date | None = None,
    office: str | None = "dresden",
) -> Project:
    project = Project(
        title=title,
        stage=stage,
        signed_on=signed_on,
        amount=Decimal(amount) if amount is not None else None,
        currency=currency,
        office_id=sample_id(f"office:{office}") if office else None,
    )
    return records.add(store, project)


def test_counts_per_stage_match_the_sample(sample_store: Store) -> None:
    totals = project_totals(sample_store, ALL)
    assert {s.stage: s.count for s in totals.stages} == {
        "lead": 2,
        "in_talks": 2,
        "signed": 2,
        "in_progress": 4,
        "completed": 6,
        "on_hold": 1,
        "dropped": 1,
    }
    assert [s.stage for s in totals.stages] == stage_order()
    assert totals.overall.count == 18
    assert totals.overall.without_amount == 8


def test_each_amount_is_converted_at_its_signing_date_rate(sample_store: Store) -> None:
    signed = project_totals(sample_store, ALL, "CNY").stage("signed")
    # 12,000,000 EUR signed 2024-09-12 at the 2024-07-01 rate 7.75, and
    # 4,000,000 EUR signed 2026-02-24 at the 2026-01-01 rate 8.15.
    assert signed.amounts.total == Decimal("12000000") * Decimal("7.75") + Decimal(
        "4000000"
    ) * Decimal("8.15")
    assert signed.amounts.total == Decimal("125600000")
    assert signed.amounts.by_currency == {"EUR": Decimal("16000000.00")}
    assert signed.amounts.complete


def test_mixed_currencies_and_the_grand_total(sample_store: Store) -> None:
    totals = project_totals(sample_store, ALL, "CNY")
    completed = totals.stage("completed")
    # 1,500,000 + 400,000 CNY, and 3,200,000 EUR signed 2016-10-18 at 7.35.
    assert completed.amounts.by_currency == {
        "CNY": Decimal("1900000.00"),
        "EUR": Decimal("3200000.00"),
    }
    assert completed.amounts.total == Decimal("25420000")
    assert completed.without_amount == 3
    assert totals.overall.amounts.by_currency == {
        "CNY": Decimal("319900000.00"),
        "EUR": Decimal("52850000.00"),
    }
    assert totals.overall.amounts.total == Decimal("738847500")
    assert totals.overall.amounts.total == sum(s.amounts.total for s in totals.stages)


def test_no_signing_date_uses_the_latest_rate(sample_store: Store) -> None:
    in_talks = project_totals(sample_store, ALL, "CNY").stage("in_talks")
    # Neither project is signed: 25,150,000 EUR at the latest rate (2026-01-01: 8.15).
    assert in_talks.amounts.total == Decimal("25150000") * Decimal("8.15")


def test_the_rate_in_force_that_day_is_used(sample_store: Store) -> None:
    _add(sample_store, "Before the mid-year rate", "signed", "1000", "EUR", date(2022, 6, 21))
    _add(sample_store, "On the mid-year rate", "signed", "1000", "EUR", date(2022, 6, 22))
    query = ListQuery(kind="project", text="mid-year rate")
    totals = project_totals(sample_store, query, "CNY")
    assert totals.stage("signed").amounts.total == Decimal("7080") + Decimal("7050")


def test_an_amount_without_a_rate_is_kept_apart(sample_store: Store) -> None:
    _add(sample_store, "London showroom", "signed", "5000.50", "GBP", date(2025, 3, 1))
    _add(sample_store, "Signed before any stored rate", "signed", "100", "EUR", date(2010, 1, 1))
    signed = project_totals(sample_store, ALL, "CNY").stage("signed")
    assert signed.count == 4
    assert signed.amounts.total == Decimal("125600000")  # unchanged: nothing guessed
    assert signed.amounts.unconverted == {"GBP": Decimal("5000.50"), "EUR": Decimal("100")}
    assert signed.amounts.by_currency["GBP"] == Decimal("5000.50")
    assert not signed.amounts.complete
    totals = project_totals(sample_store, ALL, "CNY")
    assert totals.overall.amounts.unconverted == {"GBP": Decimal("5000.50"), "EUR": Decimal("100")}
    assert not totals.complete


def test_adding_the_missing_rate_brings_the_amount_in(sample_store: Store) -> None:
    _add(sample_store, "London showroom", "signed", "5000", "GBP", date(2025, 3, 1))
    add_rate(sample_store, date(2025, 1, 1), "GBP", "CNY", "9.20", source="test")
    signed = project_totals(sample_store, ALL, "CNY").stage("signed")
    assert signed.amounts.unconverted == {}
    assert signed.amounts.total == Decimal("125600000") + Decimal("46000")


def test_reporting_in_euro_converts_yuan_with_the_inverse_rate(sample_store: Store) -> None:
    totals = project_totals(sample_store, ListQuery(kind="project", office_id=DRESDEN), "EUR")
    completed = totals.stage("completed")
    # 1,500,000 CNY signed 2015-11-20 at 1/6.97, plus 3,200,000 EUR as they are.
    expected = Decimal("3200000") + Decimal("1500000") * (Decimal(1) / Decimal("6.97"))
    assert completed.amounts.total == expected
    assert completed.amounts.total.quantize(Decimal("0.01")) == Decimal("3415208.03")


def test_totals_follow_the_list_filters(sample_store: Store) -> None:
    dresden = project_totals(sample_store, ListQuery(kind="project", office_id=DRESDEN))
    assert dresden.overall.count == 4
    assert dresden.stage("completed").count == 4
    assert dresden.overall.amounts.total == Decimal("25020000")

    only_signed = project_totals(sample_store, ListQuery(kind="project", stage="signed"))
    assert only_signed.overall.count == 2
    assert only_signed.stage("completed").count == 0

    by_text = project_totals(sample_store, ListQuery(kind="project", text="Isartal"))
    assert by_text.overall.count == 1
    assert by_text.stage("in_talks").amounts.by_currency == {"EUR": Decimal("25000000.00")}


def test_deleted_projects_do_not_count(sample_store: Store) -> None:
    records.delete(sample_store, Project, [sample_id("project:elbflorenz_rd")])
    completed = project_totals(sample_store, ALL).stage("completed")
    assert completed.count == 5
    assert completed.amounts.by_currency == {"CNY": Decimal("1900000.00")}


def test_a_stage_from_another_version_gets_its_own_column(sample_store: Store) -> None:
    with sample_store.write() as session:  # as an older or newer program might have written it
        session.connection().exec_driver_sql(
            "UPDATE project SET stage = 'aftercare' WHERE stage = 'dropped'"
        )
    totals = project_totals(sample_store, ALL)
    assert totals.stages[-1].stage == "aftercare"
    assert totals.stages[-1].label == "Aftercare"
    assert totals.stage("aftercare").count == 1
    assert totals.stage("dropped").count == 0


def test_only_project_queries(sample_store: Store) -> None:
    with pytest.raises(ValueError, match="project"):
        project_totals(sample_store, ListQuery(kind="contact"))


def test_cards_in_list_order_with_office_and_partners(sample_store: Store) -> None:
    content = board_content(sample_store, ALL)
    assert [c.id for c in content.cards] == ids(sample_store, ALL)  # the list's order
    newest_first = ListQuery(kind="project", order_by="signed_on", descending=True)
    assert board_content(sample_store, newest_first).cards[0].title.startswith("Quancheng")
    lab = next(c for c in content.cards if c.id == sample_id("project:hoteam_lab"))
    assert lab.stage == "completed"
    assert lab.office_name == "Dresden-Jinan Contact Office"
    assert lab.office_city == "Dresden"
    assert lab.partners == ("Hoteam Software", "Chemnitz University of Technology")
    assert {c.id for c in content.cards_in("signed")} == {
        sample_id("project:mainufer_hub"),
        sample_id("project:quancheng_budapest"),
    }


def test_exchange_rates_service(sample_store: Store) -> None:
    assert len(list_rates(sample_store)) == 19
    assert len(list_rates(sample_store, base="USD")) == 5
    assert rate_currencies(sample_store) == ["CNY", "EUR", "USD"]
    assert project_currencies(sample_store) == ["CNY", "EUR"]
    assert rate_table(sample_store).rate("EUR", "CNY", date(2022, 6, 30)) == Decimal("7.05")

    added = add_rate(sample_store, date(2026, 7, 1), "EUR", "CNY", Decimal("8.30"))
    assert added.rate == Decimal("8.30")
    assert rate_table(sample_store).rate("EUR", "CNY", None) == Decimal("8.30")
    with pytest.raises(DuplicateRate):
        add_rate(sample_store, date(2026, 7, 1), "EUR", "CNY", "8.31")
    with pytest.raises(ValidationError):
        add_rate(sample_store, date(2026, 7, 2), "EUR", "XXQ", "1")
    with pytest.raises(ValidationError):
        add_rate(sample_store, date(2026, 7, 2), "EUR", "CNY", "0")
    with pytest.raises(ValueError, match="not a number"):
        add_rate(sample_store, date(2026, 7, 2), "EUR", "CNY", "eight")
    assert len(list_rates(sample_store)) == 20
