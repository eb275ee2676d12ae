"""The map settings' defaults, apart from the modules that fetch and cache tiles (and
import the HTTP client): the Settings dialog and start-up read these alone."""

from __future__ import annotations

#: The tile layer a new user's map shows (a folium / xyzservices provider name).
OPENSTREETMAP_NAME = "OpenStreetMap.Mapnik"
#: The tile cache's size unless Settings says otherwise.
DEFAULT_CAP_BYTES = 400 * 1024 * 1024
