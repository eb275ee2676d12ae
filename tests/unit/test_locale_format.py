"""Dates, numbers, money and name order follow the chosen language; English is unchanged."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

import pytest

from office_desk.core import i18n
from office_desk.core.listing import money_text
from office_desk.core.locale_format import (
    format_date,
    format_date_range,
    format_money,
    format_number,
    sort_key,
)
from office_desk.core.store.database import Store

DAY = date(2026, 11, 25)


@pytest.fixture
def language() -> Iterator[Callable[[str], None]]:
    def use(name: str) -> None:
        i18n.install(lambda context, text: text, name)

    yield use
    i18n.install(None)


def test_english_is_unchanged() -> None:
    assert i18n.current_language() == ""
    assert format_money(Decimal("1500000"), "CNY") == "1,500,000.00 CNY"
    assert money_text(Decimal("1500000"), "CNY") == "1,500,000.00 CNY"
    assert money_text(Decimal("-1234.5"), None) == "-1,234.50"
    assert money_text(None, "EUR") == ""
    assert format_money(Decimal("25000000"), "EUR", decimals=0) == "25,000,000 EUR"
    assert format_number(1234567) == "1,234,567"
    assert format_number(Decimal("1234.5"), 2) == "1,234.50"
    assert format_date(DAY) == "2026-11-25"
    assert format_date_range(DAY, date(2026, 11, 27)) == "2026-11-25 – 2026-11-27"
    assert format_date_range(DAY, DAY) == "2026-11-25"


def test_german(language: Callable[[str], None]) -> None:
    language("de")
    assert format_money(Decimal("1500000"), "CNY") == "1.500.000,00 CNY"
    assert money_text(Decimal("12000.5"), "EUR") == "12.000,50 EUR"
    assert format_money(Decimal("25000000"), "JPY", decimals=0) == "25.000.000 JPY"
    assert format_number(1234567) == "1.234.567"
    assert format_number(Decimal("1234.5")) == "1.234,5"
    assert format_date(DAY) == "25.11.2026"


def test_chinese(language: Callable[[str], None]) -> None:
    language("zh_CN")
    assert format_money(Decimal("1500000"), "CNY") == "1,500,000.00 CNY"
    assert format_money(Decimal("1500000"), "JPY") == "1,500,000.00 JPY"  # code, not ¥
    assert format_number(Decimal("1234.5"), 1) == "1,234.5"
    assert format_date(DAY) == "2026年11月25日"


def test_back_to_english_after_uninstall(language: Callable[[str], None]) -> None:
    language("de")
    i18n.install(None)
    assert format_date(DAY) == "2026-11-25"
    assert money_text(Decimal("1"), "EUR") == "1.00 EUR"


def test_sort_key_orders_umlauts_and_pinyin() -> None:
    names = ["Zhang", "Müller", "Mueller", "Abel", "张伟", "李娜"]
    ordered = sorted(names, key=sort_key)
    assert ordered == ["Abel", "李娜", "Mueller", "Müller", "Zhang", "张伟"]
    # Umlauts sort with their base vowel, not after z.
    assert sorted(["Mz", "Müller", "Ma"], key=sort_key) == ["Ma", "Müller", "Mz"]
    assert sorted(["Muller", "Müller", "Mzz"], key=sort_key)[:2] in (
        ["Muller", "Müller"],
        ["Müller", "Muller"],
    )
    # Case does not matter; ß is read as ss.
    assert sorted(["beta", "Alpha", "Straße", "Strasse", "Strb"], key=sort_key) == [
        "Alpha",
        "beta",
        "Strasse",
        "Straße",
        "Strb",
    ]


def test_sort_key_same_in_every_language(language: Callable[[str], None]) -> None:
    english = sort_key("Österreich")
    language("de")
    assert sort_key("Österreich") == english
    assert sorted(["Zypern", "Österreich", "Niger"], key=sort_key) == [
        "Niger",
        "Österreich",
        "Zypern",
    ]


def test_lists_sort_names_as_readers_expect(empty_store: Store) -> None:
    """The Contacts list: umlauts beside their base letter, Chinese names by pinyin."""
    from office_desk.core.listing import ListQuery
    from office_desk.core.listing import ids as list_ids
    from office_desk.core.models import Contact

    names = ["Zhang", "Müller", "Mayer", "Muller", "Abel", "Nagel"]
    with empty_store.write() as session:
        for family in names:
            session.add(Contact(given_name="A", family_name=family))
        session.add(Contact(name_native="李娜", family_name="李"))
    query = ListQuery("contact")
    by_id = {c.id: c.family_name for c in records_of(empty_store)}
    families = [by_id[i] for i in list_ids(empty_store, query)]
    assert families == ["Abel", "李", "Mayer", "Muller", "Müller", "Nagel", "Zhang"]
    backwards = list_ids(empty_store, ListQuery("contact", descending=True))
    assert backwards == list(reversed(list_ids(empty_store, query)))


def records_of(store: Store) -> list:  # type: ignore[type-arg]
    from sqlmodel import select

    from office_desk.core.models import Contact

    with store.session() as session:
        return list(session.exec(select(Contact)).all())
