"""City to coordinates, offline, for the user to confirm."""

from __future__ import annotations

import pytest

from office_desk.core.gazetteer import best_guess, find_places


@pytest.mark.parametrize("typed", ["Dresden", "dresden", "DRESDEN"])
def test_dresden_in_any_case(typed: str) -> None:
    place = best_guess(typed)
    assert place is not None and place.country == "DE"
    assert abs(place.latitude - 51.05) < 0.1 and abs(place.longitude - 13.74) < 0.1


@pytest.mark.parametrize("typed", ["Münster", "Muenster", "Munster"])
def test_umlauts_with_or_without(typed: str) -> None:
    place = best_guess(typed, "DE")
    assert place is not None and place.name == "Münster" and abs(place.latitude - 51.96) < 0.1


def test_chinese_and_other_languages() -> None:
    jinan = best_guess("济南")
    assert jinan is not None and jinan.country == "CN" and abs(jinan.latitude - 36.67) < 0.2
    assert best_guess("Wien").name == "Vienna"  # type: ignore[union-attr]


def test_candidates_most_populous_first_and_the_country_first() -> None:
    everywhere = find_places("Frankfurt")
    assert everywhere[0].name == "Frankfurt am Main"
    paris = find_places("Paris")
    assert paris[0].country == "FR" and any(p.country == "US" for p in paris)
    in_us_first = find_places("Paris", "us")
    countries = [p.country for p in in_us_first]
    assert countries[0] == "US" and "FR" in countries  # the others still follow
    assert countries == sorted(countries, key=lambda c: c != "US")
    assert "Germany" in everywhere[0].describe()


def test_the_country_orders_but_does_not_filter() -> None:
    """A German investor's project in Jinan: "Investor from: Germany" must not hide
    Jinan (the record's country is not always the place's)."""
    jinan = find_places("Jinan", "DE")
    assert jinan and jinan[0].country == "CN" and abs(jinan[0].latitude - 36.67) < 0.2
    assert best_guess("Jinan", "DE") == jinan[0]


def test_unknown_or_empty() -> None:
    assert find_places("Xqzzyville") == []
    assert best_guess("   ") is None
