"""The installed ``office-desk`` command, as a black box (packaging/smoke_test.py's GUI
part, which also checks the frozen build): ``demo`` offscreen and on a private Xvfb
display, a start with each page remembered as the last one, and on the X display a walk
of every page from the keyboard with clicks into both maps. The process must stay up
through each step, quit cleanly on SIGTERM and leave no native crash report."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb and unshare: Linux")
def test_installed_office_desk_walks_every_page() -> None:
    command = Path(sys.executable).with_name("office-desk")
    assert command.is_file(), "pip install -e . puts office-desk beside this Python"
    assert shutil.which("Xvfb") and shutil.which("xdotool"), (
        ".ci/run installs Debian's xvfb and xdotool"
    )
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "smoke_test.py"),
            "--exe",
            str(command),
            "--not-frozen",
            "--gui-only",
        ],
        capture_output=True,
        text=True,
        timeout=840,
    )
    print(done.stdout)
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]
    assert "GUI X walk: the keys walked to the last page (Reports)" in done.stdout
    assert "GUI starting on the map page stays up" in done.stdout
