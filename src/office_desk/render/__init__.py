"""Rendering that needs Qt but no window: the map's URL scheme, request guard and
tile service, and map pictures (PNG) for the CLI and reports.

Nothing here is imported when the app starts, except :func:`register_map_scheme`
(from :mod:`office_desk.render.map_scheme`), which must run before the QApplication
exists.
"""
