"""The Map page's legend stays out of the way on a small screen: at 1280x720 (a laptop
at 150%) it is folded to its title and covers no office; one click opens it. A large
window shows it open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from office_desk.core.sample_network import sample_id
from office_desk.render.map_page import page_value
from office_desk.render.map_picture import grab_when_painted
from tests.map.app_window import app_window

pytestmark = pytest.mark.slow

EUROPEAN_OFFICES = ("dresden", "frankfurt", "munich", "vienna", "paris", "milan", "budapest")

RECTS = """(function () {
  function box(e) { var r = e.getBoundingClientRect();
    return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; }
  var offices = {};
  document.querySelectorAll('.od-office[data-record]').forEach(function (e) {
    offices[e.getAttribute('data-record').slice(7)] = box(e); });
  var toggle = document.querySelector('.od-legend-toggle');
  return {legend: box(document.querySelector('.od-legend')), offices: offices,
          toggle: toggle && box(toggle)};
})()"""


def _overlaps(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        a["left"] < b["right"]
        and b["left"] < a["right"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
    )


def _centre(box: dict[str, float]) -> QPoint:
    return QPoint(round((box["left"] + box["right"]) / 2), round((box["top"] + box["bottom"]) / 2))


def _map_page(qtbot: Any, window: Any) -> Any:
    window.show_page("map")
    map_view = window.views["map"].map
    qtbot.waitUntil(lambda: map_view.is_drawn, timeout=30_000)
    grab_when_painted(map_view.view)
    return map_view


def test_the_legend_covers_no_office_on_a_laptop_screen(
    qtbot: Any, sample_path: Path, tmp_path: Path
) -> None:
    with app_window(qtbot, sample_path, (1280, 720)) as window:
        map_view = _map_page(qtbot, window)
        window.grab().save(str(tmp_path / "map-1280x720.png"))
        rects = page_value(map_view.page, RECTS)
        european = [str(sample_id(f"office:{key}")) for key in EUROPEAN_OFFICES]
        assert set(european) <= set(rects["offices"])
        covered = [
            key
            for key, office in zip(EUROPEAN_OFFICES, european, strict=True)
            if _overlaps(rects["offices"][office], rects["legend"])
        ]
        assert covered == []
        assert page_value(map_view.page, "OfficeDeskMap.stats()")["legendOpen"] is False
        folded = rects["legend"]
        assert folded["bottom"] - folded["top"] < 60  # just its title

        # One click on the title opens the legend, a second folds it again.
        target = map_view.view.focusProxy()
        QTest.mouseClick(
            target,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            _centre(rects["toggle"]),
        )
        qtbot.waitUntil(
            lambda: page_value(map_view.page, "OfficeDeskMap.stats()")["legendOpen"] is True,
            timeout=5_000,
        )
        text = page_value(map_view.page, "document.querySelector('.od-legend').textContent")
        assert "Counterpart offices" in text and "Projects by stage" in text
        opened = page_value(map_view.page, RECTS)["legend"]
        assert opened["bottom"] - opened["top"] > 150
        # Opened by the user, it stays open when the map is resized.
        width = page_value(map_view.page, "OfficeDeskMap.map.getSize().x")
        window.resize(1200, 700)
        qtbot.waitUntil(
            lambda: page_value(map_view.page, "OfficeDeskMap.map.getSize().x") != width,
            timeout=5_000,
        )
        assert page_value(map_view.page, "OfficeDeskMap.stats()")["legendOpen"] is True
        QTest.mouseClick(
            target,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            _centre(page_value(map_view.page, RECTS)["toggle"]),
        )
        qtbot.waitUntil(
            lambda: page_value(map_view.page, "OfficeDeskMap.stats()")["legendOpen"] is False,
            timeout=5_000,
        )


def test_a_large_window_shows_the_legend_open(qtbot: Any, sample_path: Path) -> None:
    with app_window(qtbot, sample_path, (1900, 1150)) as window:
        map_view = _map_page(qtbot, window)
        assert page_value(map_view.page, "OfficeDeskMap.stats()")["legendOpen"] is True
        assert "Projects by stage" in page_value(
            map_view.page, "document.querySelector('.od-legend').textContent"
        )
