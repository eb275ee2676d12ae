"""``office-desk map``: the offline HTML file and the PNG picture."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from office_desk.cli.map_commands import add_map_command, run_map_command


def _run(db: Path, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="office-desk")
    commands = parser.add_subparsers(dest="command")
    add_map_command(commands)
    return run_map_command(parser.parse_args(["map", *argv]), db)


def test_html_file(sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out" / "network.html"
    assert _run(sample_path, "-o", str(target)) == 0
    html = target.read_text(encoding="utf-8")
    assert "window.officeDeskBaseMap=" in html and "officedesk://" not in html
    out = capsys.readouterr().out
    assert f"Wrote {target}: 8 offices, 7 links, 29 organizations, 17 projects" in out


def test_office_by_city_or_name_in_any_case(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(sample_path, "-o", str(tmp_path / "a.html"), "--office", "DRESDEN") == 0
    assert "1 office, 1 link" in capsys.readouterr().out  # the line to its Jinan counterpart
    assert (
        _run(sample_path, "-o", str(tmp_path / "b.html"), "--office", "paris-jinan contact office")
        == 0
    )
    assert "1 office, 0 links" in capsys.readouterr().out


@pytest.mark.parametrize(
    "name, message",
    [
        ("contact office", "fits 8 offices; say which"),
        ("Atlantis", "no office is called 'Atlantis'"),
    ],
)
def test_ambiguous_or_unknown_office_lists_the_candidates(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, message: str
) -> None:
    target = tmp_path / "x.html"
    assert _run(sample_path, "-o", str(target), "--office", name) == 2
    err = capsys.readouterr().err
    assert message in err and "Vienna-Jinan Contact Office (Vienna)" in err
    assert not target.exists()


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--stage", "finished"], "is not a stage"),
        (["--country", "Germany"], "not an ISO country code"),
        (["--tag", "no such tag"], "no tag is called"),
    ],
)
def test_bad_filters_are_explained(
    sample_path: Path,
    tmp_path: Path,
    argv: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _run(sample_path, "-o", str(tmp_path / "x.html"), *argv) == 2
    assert message in capsys.readouterr().err


def test_filters_reach_the_map(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        _run(sample_path, "-o", str(tmp_path / "x.html"), "--country", "fr", "--tag", "EXAMPLE")
        == 0
    )
    assert "1 office, 0 links" in capsys.readouterr().out


def test_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(tmp_path / "none.sqlite", "-o", str(tmp_path / "x.html")) == 1
    assert "no such database" in capsys.readouterr().err


def test_bad_size(sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(sample_path, "--png", str(tmp_path / "x.png"), "--size", "huge") == 2
    assert "WIDTHxHEIGHT" in capsys.readouterr().err


def _without_display() -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "QTWEBENGINE_CHROMIUM_FLAGS")
    }
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    return env


@pytest.mark.slow
def test_png_without_a_display(sample_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "dresden.png"
    script = textwrap.dedent(f"""
        import argparse, sys
        from pathlib import Path
        from office_desk.cli.map_commands import add_map_command, run_map_command
        parser = argparse.ArgumentParser()
        add_map_command(parser.add_subparsers(dest="command"))
        args = parser.parse_args(["map", "--png", {str(target)!r}, "--office", "dresden",
                                  "--size", "800x500"])
        sys.exit(run_map_command(args, Path({str(sample_path)!r})))
    """)
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=_without_display(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"Wrote {target}: 1 office" in done.stdout
    from PySide6.QtGui import QImage

    image = QImage(str(target))
    assert (image.width(), image.height()) == (800, 500)


def test_the_scheme_name_is_the_pages() -> None:
    from office_desk.core.network_map import SCHEME
    from office_desk.render.map_scheme import SCHEME as registered

    assert registered == SCHEME.encode("ascii")


def test_registering_the_scheme_does_not_start_qtwebengine() -> None:
    script = (
        "import sys, office_desk.render.map_scheme, office_desk.cli.map_commands;"
        "print(sorted(m for m in sys.modules if 'WebEngine' in m))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=_without_display(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
