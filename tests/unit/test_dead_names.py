"""No dead names in the app: nothing defined that nothing uses (vulture).

A name counts as used when anything in the project uses it: the app, the tests, the
benchmarks, the documentation's and the packaging's scripts. What only a library, Qt,
a template or the map page's script uses is listed in ``tests/vulture_whitelist.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

vulture = pytest.importorskip("vulture")

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "office_desk"
#: Everything that may use the app's names (tests/ holds the whitelist).
READERS = [SOURCE, ROOT / "tests", ROOT / "bench", ROOT / "docs", ROOT / "packaging"]
#: vulture's own threshold for "probably unused" (unused imports are 90, code after a
#: return 100; a function or attribute nobody names is 60).
MIN_CONFIDENCE = 60
#: Decorators that register what they decorate, which is then used through the registry
#: (the main window's actions, ui/main_actions.py).
REGISTERING = ["@add_action"]


def _dead_names(paths: list[Path]) -> list[str]:
    finder = vulture.Vulture(ignore_decorators=REGISTERING)
    finder.scavenge([str(path) for path in paths if path.exists()])
    return sorted(
        f"{Path(item.filename).relative_to(ROOT)}:{item.first_lineno}: {item.message}"
        for item in finder.get_unused_code(min_confidence=MIN_CONFIDENCE)
        if Path(item.filename).resolve().is_relative_to(SOURCE)
    )


def test_the_finder_finds_a_dead_name(tmp_path: Path) -> None:
    """What the test relies on: a function nobody calls is found, one called is not."""
    package = tmp_path / "src" / "office_desk"
    package.mkdir(parents=True)
    (package / "things.py").write_text(
        "def used() -> int:\n    return 1\n\n\ndef forgotten() -> int:\n    return used()\n",
        encoding="utf-8",
    )
    finder = vulture.Vulture()
    finder.scavenge([str(package)])
    assert [item.name for item in finder.get_unused_code(min_confidence=60)] == ["forgotten"]


def test_no_dead_names_in_the_app() -> None:
    dead = _dead_names(READERS)
    assert dead == [], (
        "defined but never used (remove them, or whitelist what a "
        "library uses in tests/vulture_whitelist.py):\n" + "\n".join(dead)
    )
