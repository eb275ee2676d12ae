"""Office Desk as users start it, walked page by page in its own process.

Each walk goes through ``office_desk.cli.main.main`` and ``app.run`` (see walker.py): every
page, the first record of every list, every editor opened and cancelled, Settings,
About, the User Guide, Import, Export, a package merge, Restore from Backup, Prepare
for travel, an office and a network report previewed and saved, Search Everything;
then Quit. It passes only with exit status 0, no native crash report and ``check``
clean. A first click on the map once killed the app (an application-wide Python event
filter met a half-built QtWebEngine object): these walks are what would have caught it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import XDisplays, walk

PAGES = ("office", "organization", "contact", "project", "event", "map", "reports")

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


def test_full_walk_offscreen_at_laptop_size(tmp_path: Path, sample_template: Path) -> None:
    result = walk(tmp_path, sample_template, mode="full", page="office", screen=(1366, 768))
    result.check_clean()
    for name in ("office-report.pdf", "network-report.pdf", "contacts.xlsx", "package.zip"):
        assert (result.files / name).stat().st_size > 0, name
    walked = set(result.steps)
    for page in PAGES:
        assert f"page {page}" in walked
    assert "map: click on the map" in walked
    assert "office: click the dashboard's map" in walked


def test_full_walk_on_a_real_x_display(
    tmp_path: Path, sample_template: Path, x_displays: XDisplays
) -> None:
    """The same walk in a real X window (Qt's xcb platform on Xvfb, 1366×768)."""
    result = walk(
        tmp_path,
        sample_template,
        mode="full",
        page="map",
        platform="xcb",
        display=x_displays.get(1366, 768),
    )
    result.check_clean()
    assert "INFO platform xcb screen 1366×" in result.out


@pytest.mark.parametrize("page", PAGES)
def test_start_on_each_remembered_page(tmp_path: Path, sample_template: Path, page: str) -> None:
    """The page shown last is shown first at the next start; none of them may crash."""
    result = walk(tmp_path, sample_template, mode="start", page=page, screen=(1366, 768))
    result.check_clean()


@pytest.mark.parametrize(
    "screen", [(1280, 800, 1.0), (1280, 720, 1.0)], ids=["1280x800", "1280x720-logical"]
)
def test_start_on_the_map_at_small_laptop_sizes(
    tmp_path: Path, sample_template: Path, screen: tuple[int, int, float]
) -> None:
    """1280×720 is a 1920×1080 laptop at Windows' default 150% scaling, in Qt's logical
    pixels: the window must fit the screen there too."""
    width, height, _scale = screen
    result = walk(tmp_path, sample_template, mode="start", page="map", screen=(width, height))
    result.check_clean()


def test_windows_150_percent_on_a_real_x_display(
    tmp_path: Path, sample_template: Path, x_displays: XDisplays
) -> None:
    """A 1920×1080 screen at 150% (QT_SCALE_FACTOR=1.5): 1280×720 logical pixels, the
    smallest screen users have. The whole walk: every page and dialog must fit."""
    result = walk(
        tmp_path,
        sample_template,
        mode="full",
        page="map",
        platform="xcb",
        display=x_displays.get(1920, 1080),
        scale=1.5,
    )
    result.check_clean()
    assert "screen 1280×720 ratio 1.5" in result.out, result.out


def test_a_native_crash_is_offered_at_the_next_start(tmp_path: Path, sample_template: Path) -> None:
    """A segmentation fault leaves every thread's stack in the log folder (Python's
    faulthandler); the next start offers it once, with Copy report."""
    crashed = walk(tmp_path, sample_template, mode="crash", page="contact")
    assert crashed.returncode == -11, crashed.explain()
    reports = crashed.crash_reports()
    assert len(reports) == 1, crashed.explain()
    text = reports[0].read_text()
    assert "Fatal Python error: Segmentation fault" in text
    assert "crash_walk" in text  # the Python stack of the thread that died

    offered = walk(tmp_path, sample_template, mode="crash-report", page="contact")
    offered.check_clean()  # the report was offered, so no unreported crash is left
    kept = list((offered.data / "logs").glob("crash-*.reported.txt"))
    assert len(kept) == 1 and "Segmentation fault" in kept[0].read_text()

    again = walk(tmp_path, sample_template, mode="start", page="contact")
    again.check_clean()  # offered once only: no message this time
