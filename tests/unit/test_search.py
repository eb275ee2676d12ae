"""Full-text search in Chinese and German, while typing, and safe with any input."""

from __future__ import annotations

from datetime import date

import pytest

from office_desk.core.checks import run_checks
from office_desk.core.finder import find
from office_desk.core.models import Contact, Event, Office, Organization
from office_desk.core.search import match_expression
from office_desk.core.services import records
from office_desk.core.store.database import Store


@pytest.fixture
def people(empty_store: Store) -> Store:
    office = Office(name="Dresden-Jinan Contact Office", city="Dresden", country="DE")
    records.add_all(
        empty_store,
        [
            office,
            Contact(
                given_name="Wei",
                family_name="Zhang",
                name_native="张伟",
                family_name_first=True,
                office_id=office.id,
            ),
            Contact(given_name="Jürgen", family_name="Müller", position="Geschäftsführer"),
            Contact(given_name="Katrin", family_name="Weiß", city="Straßburg"),
            Organization(
                name="Dresdner Kreuzchor", name_native="德累斯顿十字合唱团", kind="cultural"
            ),
            Event(
                title="Dresdner Kreuzchor concert in Jinan",
                kind="cultural_event",
                starts_on=date(2016, 5, 1),
            ),
        ],
    )
    return empty_store


def titles(store: Store, text: str) -> set[str]:
    return {f.title for f in find(store, text)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("张伟", "Zhang Wei (张伟)"),
        ("张", "Zhang Wei (张伟)"),
        ("Zhang Wei", "Zhang Wei (张伟)"),
        ("wei zhang", "Zhang Wei (张伟)"),
        ("zhangwei", "Zhang Wei (张伟)"),
        ("Müller", "Jürgen Müller"),
        ("Mueller", "Jürgen Müller"),
        ("muller", "Jürgen Müller"),
        ("Geschaeftsfuehrer", "Jürgen Müller"),
        ("Weiß", "Katrin Weiß"),
        ("Weiss", "Katrin Weiß"),
        ("Strassburg", "Katrin Weiß"),
        ("十字合唱", "Dresdner Kreuzchor"),
        ("shi zi", "Dresdner Kreuzchor"),
        ("Kreu", "Dresdner Kreuzchor concert in Jinan"),
    ],
)
def test_finds_across_scripts_and_spellings(people: Store, query: str, expected: str) -> None:
    assert expected in titles(people, query)


def test_all_words_must_match(people: Store) -> None:
    assert titles(people, "Kreuzchor concert") == {"Dresdner Kreuzchor concert in Jinan"}
    assert titles(people, "Zhang Müller") == set()


@pytest.mark.parametrize("query", ['foo"', '"', "AND (", "NEAR(", "*", "-", "a OR", "^x", "'"])
def test_raw_syntax_never_breaks_search(people: Store, query: str) -> None:
    find(people, query)  # no exception


def test_empty_query_finds_nothing(people: Store) -> None:
    assert match_expression("  !? ") is None
    assert find(people, "") == []


def test_index_follows_edits_and_deletes(people: Store) -> None:
    (found,) = find(people, "Müller")
    records.update(people, Contact, found.id, family_name="Schäfer")
    assert titles(people, "Müller") == set()
    assert titles(people, "Schaefer") == {"Jürgen Schäfer"}
    records.delete(people, Contact, [found.id])
    assert titles(people, "Schäfer") == set()
    records.restore(people, Contact, [found.id])
    assert titles(people, "Schäfer") == {"Jürgen Schäfer"}
    assert run_checks(people) == []
