"""Where the sample's records are: city centres and a few more precise sites (WGS84)."""

from __future__ import annotations

from typing import Any

#: City -> (ISO 3166 country, latitude, longitude), WGS84 city centres.
CITIES: dict[str, tuple[str, float, float]] = {
    "Dresden": ("DE", 51.0504, 13.7373),
    "Jinan": ("CN", 36.6512, 117.1201),
    "Frankfurt am Main": ("DE", 50.1109, 8.6821),
    "Munich": ("DE", 48.1351, 11.5820),
    "Vienna": ("AT", 48.2082, 16.3738),
    "Paris": ("FR", 48.8566, 2.3522),
    "Milan": ("IT", 45.4642, 9.1900),
    "Budapest": ("HU", 47.4979, 19.0402),
    "Beijing": ("CN", 39.9042, 116.4074),
    "Shanghai": ("CN", 31.2304, 121.4737),
    "Gerlingen": ("DE", 48.7995, 9.0633),
    "Wolfsburg": ("DE", 52.4227, 10.7865),
    "Münster": ("DE", 51.9607, 7.6261),
    "Stuttgart": ("DE", 48.7758, 9.1829),
    "Kempten (Allgäu)": ("DE", 47.7267, 10.3139),
    "Chemnitz": ("DE", 50.8278, 12.9214),
    "Hannover": ("DE", 52.3759, 9.7320),
}

#: Sites more precise than a city centre.
SITES: dict[str, tuple[float, float]] = {
    "TU Chemnitz campus": (50.8136, 12.9290),
    "Dresden Kreuzkirche": (51.0493, 13.7394),
    "Jinan Yaoqiang International Airport": (36.8572, 117.2160),
    "Hannover Exhibition Grounds": (52.3223, 9.8100),
}


def in_city(name: str, site: str | None = None) -> dict[str, Any]:
    """city, country, latitude and longitude of a known city (or a site within it)."""
    country, lat, lon = CITIES[name]
    if site is not None:
        lat, lon = SITES[site]
    return {"city": name, "country": country, "latitude": lat, "longitude": lon}


def coords(name: str) -> dict[str, Any]:
    """Just the coordinates of a known city or site (for a project's destination)."""
    lat, lon = SITES[name] if name in SITES else CITIES[name][1:]
    return {"latitude": lat, "longitude": lon}
