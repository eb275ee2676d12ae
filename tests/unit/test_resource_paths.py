"""What the app ships is found in one place (core/paths.py), however the app runs.

Three layouts: the wheel (``office_desk/resources``, from pyproject.toml's
force-include), the frozen app (where packaging/office_desk.spec puts it, under the
bundle folder ``sys._MEIPASS`` that the frozen modules' ``__file__`` point into), and a
source checkout (``resources/`` at the repository root).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

from office_desk.core import paths

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "office_desk"
SPEC = ROOT / "packaging" / "office_desk.spec"


def _ship(folder: Path) -> Path:
    """A resources folder with a few of the app's files in it."""
    for relative in (
        "icons/office-desk.svg",
        "translations/office_desk_de.qm",
        "map/world-atlas/countries-50m.json",
        "LICENSES.md",
    ):
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(b"x")
    return folder


def _spec_destination() -> str:
    """Where the spec puts ``resources/`` inside the bundle (its ``datas`` entry)."""
    found = re.search(r'\(str\(ROOT / "resources"\), "([^"]+)"\)', SPEC.read_text(encoding="utf-8"))
    assert found, "packaging/office_desk.spec no longer lists resources/ in its datas"
    return found.group(1)


@pytest.fixture
def frozen_off(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    return monkeypatch


def test_the_wheel_layout(tmp_path: Path, frozen_off: pytest.MonkeyPatch) -> None:
    package = tmp_path / "site-packages" / "office_desk"
    shipped = _ship(package / "resources")
    frozen_off.setattr(paths, "PACKAGE_DIR", package)
    assert paths.resources_dir() == shipped
    assert paths.bundled_file("icons/office-desk.svg") == shipped / "icons" / "office-desk.svg"
    assert paths.translations_dir() == shipped / "translations"
    assert paths.package_file("core", "reports", "templates") == (
        package / "core" / "reports" / "templates"
    )


def test_the_frozen_layout_of_the_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundle as packaging/office_desk.spec lays it out: found through the
    modules' own folder and through ``sys._MEIPASS`` alike."""
    bundle = tmp_path / "office-desk" / "_internal"
    shipped = _ship(bundle / _spec_destination())
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(paths, "PACKAGE_DIR", bundle / "office_desk")
    assert paths.resources_dir() == shipped
    assert paths.bundled_file("LICENSES.md") == shipped / "LICENSES.md"
    # Even were the modules' __file__ to point elsewhere, the bundle folder is looked at.
    monkeypatch.setattr(paths, "PACKAGE_DIR", tmp_path / "elsewhere" / "office_desk")
    assert paths.resources_dir() == shipped
    assert paths.bundled_file("map/world-atlas/countries-50m.json") == (
        shipped / "map" / "world-atlas" / "countries-50m.json"
    )


def test_the_source_checkout_layout(tmp_path: Path, frozen_off: pytest.MonkeyPatch) -> None:
    shipped = _ship(tmp_path / "checkout" / "resources")
    frozen_off.setattr(paths, "PACKAGE_DIR", tmp_path / "checkout" / "src" / "office_desk")
    assert paths.resources_dir() == shipped
    assert paths.translations_dir() == shipped / "translations"


def test_missing_resources_are_named(tmp_path: Path, frozen_off: pytest.MonkeyPatch) -> None:
    frozen_off.setattr(paths, "PACKAGE_DIR", tmp_path / "src" / "office_desk")
    assert paths.bundled_file("LICENSES.md") is None
    assert paths.translations_dir() is None
    with pytest.raises(FileNotFoundError, match="resources are missing") as raised:
        paths.resources_dir()
    assert str(tmp_path / "src" / "office_desk" / "resources") in str(raised.value)


def test_this_checkout_has_what_the_app_ships() -> None:
    """The files the app opens by these names are where core/paths.py looks."""
    for relative in (
        "LICENSES.md",
        "user-guide.md",
        "icons/office-desk.svg",
        "map/office-desk-map.js",
        "map/world-atlas/countries-50m.json",
    ):
        found = paths.bundled_file(relative)
        assert found is not None and found.is_file(), relative
    translations = paths.translations_dir()
    assert translations is not None and list(translations.glob("office_desk_*.qm"))
    assert paths.package_file("core", "store", "migrations", "env.py").is_file()
    assert list(paths.package_file("core", "reports", "templates").glob("*.j2"))


def _computes_a_location(path: Path) -> list[str]:
    """Where a module works out a file's place itself: ``__file__``, ``sys._MEIPASS``
    or importlib.resources."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Name) and node.id == "__file__":
            found.append(f"{node.lineno}: __file__")
        elif (isinstance(node, ast.Constant) and node.value == "_MEIPASS") or (
            isinstance(node, ast.Attribute) and node.attr == "_MEIPASS"
        ):
            found.append(f"{node.lineno}: sys._MEIPASS")
        elif isinstance(node, ast.ImportFrom | ast.Import):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [alias.name for alias in node.names]
            )
            if any(name.startswith("importlib.resources") for name in names):
                found.append(f"{node.lineno}: importlib.resources")
    return found


def test_only_core_paths_works_out_where_shipped_files_are() -> None:
    own = SOURCE / "core" / "paths.py"
    assert _computes_a_location(own)  # the scan sees it where it is
    others = [
        f"{path.relative_to(SOURCE)}:{where}"
        for path in sorted(SOURCE.rglob("*.py"))
        if path != own
        for where in _computes_a_location(path)
    ]
    assert others == [], "ask office_desk.core.paths instead:\n" + "\n".join(others)
