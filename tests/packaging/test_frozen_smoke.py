"""The frozen app's smoke test (packaging/smoke_test.py), against an existing build.

Building takes minutes and needs PyInstaller, so nothing here builds: without
``packaging/dist/`` (run ``packaging/build.sh`` first) the test SKIPS, and CI without a
build stays green. With a build it runs the frozen app's command line and GUI offline
(see the script's docstring) and fails on any failed check.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "smoke_test.py"
DIST = ROOT / "packaging" / "dist"
BUILDS = (
    DIST / "Office Desk.app" / "Contents" / "MacOS" / "office-desk",
    DIST / "office-desk" / ("office-desk.exe" if sys.platform == "win32" else "office-desk"),
)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_frozen_app_smoke() -> None:
    exe = next((path for path in BUILDS if path.is_file()), None)
    if exe is None:
        pytest.skip("no frozen build in packaging/dist (run packaging/build.sh first)")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--exe", str(exe)],
        capture_output=True,
        text=True,
        timeout=540,
    )
    print(done.stdout)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
