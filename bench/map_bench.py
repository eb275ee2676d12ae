"""How fast the map draws a big network, and how much memory the page takes.

    .venv/bin/python bench/map_bench.py [--db PATH] [--runs 3]

Builds (once, then reuses) a database of the sample network plus 100,000 contacts and
10,000 geolocated organizations and projects, through the normal store (validation and
search index included). Then, offscreen in QtWebEngine, with every request outside the
app blocked, it measures from the request (reading the store) to the map fully drawn
(the page's second animation frame after drawing), and the page's memory (JS heap and
the render process's resident memory, read after a garbage collection). Every figure
is also given as a ratio to a floor measured in the same run: an empty Leaflet map
served the same way. Nothing is asserted: the figures are printed.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

CONTACTS = 100_000
ORGANIZATIONS = 6_000
PROJECTS = 4_000

#: Where the generated records cluster: cities of the sample network and a few more.
PLACES = [
    ("DE", 51.05, 13.74),
    ("DE", 50.11, 8.68),
    ("DE", 48.14, 11.58),
    ("DE", 52.52, 13.40),
    ("DE", 53.55, 9.99),
    ("DE", 50.94, 6.96),
    ("DE", 48.78, 9.18),
    ("AT", 48.21, 16.37),
    ("FR", 48.86, 2.35),
    ("FR", 45.76, 4.84),
    ("IT", 45.46, 9.19),
    ("IT", 41.90, 12.50),
    ("HU", 47.50, 19.04),
    ("CN", 36.65, 117.12),
    ("CN", 39.90, 116.41),
    ("CN", 31.23, 121.47),
    ("CN", 36.07, 120.38),
    ("CN", 22.54, 114.06),
]
STAGES = ["lead", "in_talks", "signed", "in_progress", "completed", "on_hold", "dropped"]
KINDS = [
    "company",
    "university",
    "research_institute",
    "government",
    "association",
    "cultural",
    "other",
]


def build_database(path: Path) -> None:
    """The sample network plus the big generated part, written through the store."""
    from office_desk.core.models import Contact, Organization, Project
    from office_desk.core.sample_network import sample_id
    from office_desk.core.sample_store import create_sample
    from office_desk.core.store.database import open_store

    started = time.perf_counter()
    create_sample(path)
    store = open_store(path)
    rng = random.Random(20240601)
    offices = [
        sample_id(f"office:{k}")
        for k in ("dresden", "frankfurt", "munich", "vienna", "paris", "milan", "jinan")
    ]
    org_ids: list[uuid.UUID] = []
    try:
        for start in range(0, ORGANIZATIONS, 2_000):
            batch = []
            for n in range(start, min(start + 2_000, ORGANIZATIONS)):
                country, lat, lon = rng.choice(PLACES)
                org = Organization(
                    name=f"Benchmark Organization {n:05d}",
                    kind=rng.choice(KINDS),
                    sector=rng.choice(["Automotive", "Software", "Machinery", "Chemicals"]),
                    country=country,
                    city="Benchmark City",
                    latitude=lat + rng.gauss(0, 0.6),
                    longitude=lon + rng.gauss(0, 0.9),
                    office_id=rng.choice(offices),
                )
                batch.append(org)
                org_ids.append(org.id)
            with store.write() as session:
                session.add_all(batch)
        for start in range(0, PROJECTS, 2_000):
            with store.write() as session:
                for n in range(start, min(start + 2_000, PROJECTS)):
                    country, lat, lon = rng.choice(PLACES)
                    session.add(
                        Project(
                            title=f"Benchmark Project {n:05d}",
                            stage=rng.choice(STAGES),
                            sector="Automotive",
                            source_country=country,
                            latitude=lat + rng.gauss(0, 0.6),
                            longitude=lon + rng.gauss(0, 0.9),
                            office_id=rng.choice(offices),
                        )
                    )
        for start in range(0, CONTACTS, 5_000):
            with store.write() as session:
                for n in range(start, min(start + 5_000, CONTACTS)):
                    session.add(
                        Contact(
                            given_name=f"Given{n}",
                            family_name=f"Family{n:06d}",
                            organization_id=rng.choice(org_ids),
                            office_id=rng.choice(offices),
                        )
                    )
            print(f"  contacts: {start + 5_000:,}", end="\r", flush=True)
    finally:
        store.close()
    print(f"built {path} in {time.perf_counter() - started:.0f} s" + " " * 20)


def _is_complete(path: Path) -> bool:
    import sqlite3

    if not path.exists():
        return False
    with sqlite3.connect(path) as conn:
        try:
            counts = [
                conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("contact", "organization", "project")
            ]
            placed = conn.execute(
                "SELECT (SELECT count(*) FROM organization WHERE latitude IS NOT NULL)"
                " + (SELECT count(*) FROM project WHERE latitude IS NOT NULL)"
            ).fetchone()[0]
        except sqlite3.Error:
            return False
    return counts[0] >= CONTACTS and placed >= ORGANIZATIONS + PROJECTS


FLOOR_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="officedesk://map/assets/leaflet/leaflet.css"/>
<script src="officedesk://map/assets/leaflet/leaflet.js"></script>
<style>html, body, #map { width: 100%; height: 100%; margin: 0; }</style></head>
<body><div id="map"></div><script>
var map = L.map("map").setView([45, 60], 3);
requestAnimationFrame(function () { requestAnimationFrame(function () {
  window.OfficeDeskMap = { drawn: true }; }); });
</script></body></html>"""


def _render_rss_mb(page: Any) -> float:
    pid = page.renderProcessPid()
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _heap_mb(page: Any) -> float:
    from office_desk.render.map_page import page_value

    # Collect garbage first: V8 collects lazily, and the map's start-up garbage (the base
    # map's decoding) would otherwise count as memory the page keeps.
    value = page_value(
        page,
        "(function () { if (window.gc) { gc(); }"
        " return performance.memory ? performance.memory.usedJSHeapSize"
        " : null; })()",
    )
    return (value or float("nan")) / 1_000_000


def _measure(environment: Any, make_html: Any) -> dict[str, float]:
    """One fresh page: build the HTML, load it, wait until drawn; times and memory."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from office_desk.render.map_page import wait_until

    view = QWebEngineView()
    page = environment.new_page(view)
    view.setPage(page)
    view.resize(1400, 900)
    view.show()
    state = {"drawn": False, "asking": False}

    def answer(value: Any) -> None:
        state["asking"] = False
        state["drawn"] = bool(value)

    def drawn() -> bool:
        if not state["asking"] and not state["drawn"]:
            state["asking"] = True
            page.runJavaScript("!!(window.OfficeDeskMap && OfficeDeskMap.drawn)", 0, answer)
        return state["drawn"]

    started = time.perf_counter()
    html = make_html()
    built = time.perf_counter()
    url = environment.handler.add_page(html)
    page.load(url)
    if not wait_until(drawn, 120, interval_ms=5):
        raise TimeoutError("the page was not drawn within 120 s")
    finished = time.perf_counter()
    wait_until(lambda: False, 1.0)  # let the page settle before reading its memory
    heap = _heap_mb(page)
    wait_until(lambda: False, 0.3)
    result = {
        "total_s": finished - started,
        "python_s": built - started,
        "page_s": finished - built,
        "heap_mb": heap,
        "rss_mb": _render_rss_mb(page),
        "html_mb": len(html.encode()) / 1_000_000,
        "errors": float(len(page.console_errors)),
    }
    environment.handler.remove_page(url)
    view.setPage(None)
    page.deleteLater()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


def _median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def _filter_change_s(environment: Any, store: Any, runs: int) -> float:
    """Seconds from set-filter to redrawn, on an open page of the big map."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from office_desk.core.map_contents import MapFilters, network_data
    from office_desk.core.network_map import data_script, page_html
    from office_desk.render.map_page import load_and_wait, page_value, wait_until

    view = QWebEngineView()
    page = environment.new_page(view)
    view.setPage(page)
    view.resize(1400, 900)
    view.show()
    url = environment.handler.add_page(page_html(store))
    load_and_wait(page, url, 120)
    times = []
    for n in range(runs):
        filters = MapFilters(stage="signed") if n % 2 == 0 else MapFilters()
        page.runJavaScript("window.__redrawn = false;")
        started = time.perf_counter()
        page.runJavaScript(
            data_script(network_data(store, filters))
            + "requestAnimationFrame(function () { requestAnimationFrame("
            "function () { window.__redrawn = true; }); });"
        )
        wait_until(lambda: bool(page_value(page, "window.__redrawn")), 60, interval_ms=5)
        times.append(time.perf_counter() - started)
    environment.handler.remove_page(url)
    view.setPage(None)
    page.deleteLater()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db", type=Path, default=Path(tempfile.gettempdir()) / "office-desk-map-bench.sqlite"
    )
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    os.environ.setdefault("OFFICE_DESK_DATA_DIR", tempfile.mkdtemp(prefix="office-desk-bench-"))
    # Exact heap figures (not Chromium's coarse buckets) and gc() to read them after a
    # collection.
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(
        [
            os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""),
            "--enable-precise-memory-info",
            "--js-flags=--expose-gc",
        ]
    ).strip()

    if not _is_complete(args.db):
        for leftover in (args.db, *(args.db.with_name(args.db.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        print(f"building the benchmark database (once) at {args.db} ...")
        build_database(args.db)

    from office_desk.render.map_picture import ensure_application

    ensure_application()
    from office_desk.core.map_contents import network_data
    from office_desk.core.network_map import page_html
    from office_desk.core.sample_store import create_sample
    from office_desk.core.store.database import open_store
    from office_desk.render.map_page import map_environment

    environment = map_environment()
    big = open_store(args.db)
    sample_path = Path(tempfile.mkdtemp()) / "sample.sqlite"
    create_sample(sample_path)
    sample = open_store(sample_path)
    data = network_data(big)
    print(
        f"big network: {len(data['offices'])} offices, {len(data['organizations']):,} "
        f"organizations and {len(data['projects']):,} projects on the map; "
        f"{CONTACTS:,} contacts in the file"
    )

    _measure(environment, lambda: FLOOR_PAGE)  # warm-up: starts the render process
    floor = [_measure(environment, lambda: FLOOR_PAGE) for _ in range(args.runs)]
    small = [_measure(environment, lambda: page_html(sample)) for _ in range(args.runs)]
    large = [_measure(environment, lambda: page_html(big)) for _ in range(args.runs)]
    redraw = _filter_change_s(environment, big, max(args.runs, 2))

    base_t, base_heap, base_rss = (_median(floor, k) for k in ("total_s", "heap_mb", "rss_mb"))
    print(f"\nmedian of {args.runs} runs, offscreen, 1400x900, {os.cpu_count()} cores")
    print(
        f"{'page':<32}{'request→drawn':>15}{'×floor':>8}{'python':>9}{'page':>8}"
        f"{'JS heap':>10}{'×floor':>8}{'render RSS':>12}{'×floor':>8}{'HTML':>9}"
    )
    for name, runs in (
        ("floor: empty Leaflet map", floor),
        ("sample network", small),
        ("100k contacts / 10k placed", large),
    ):
        total, heap, rss = (_median(runs, k) for k in ("total_s", "heap_mb", "rss_mb"))
        print(
            f"{name:<32}{total:>13.3f} s{total / base_t:>8.1f}"
            f"{_median(runs, 'python_s'):>7.3f} s{_median(runs, 'page_s'):>6.3f} s"
            f"{heap:>7.1f} MB{heap / base_heap:>8.1f}{rss:>9.0f} MB{rss / base_rss:>8.1f}"
            f"{_median(runs, 'html_mb'):>6.2f} MB"
        )
    print(f"{'filter change, big map':<32}{redraw:>13.3f} s{redraw / base_t:>8.1f}")
    errors = sum(r["errors"] for r in floor + small + large)
    print(f"console errors: {errors:.0f}")
    big.close()
    sample.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
