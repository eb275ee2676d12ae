"""The product as users start it: ``office-desk`` in a process of its own.

Every walk runs ``tests/e2e/walker.py`` as a separate process, which starts the app
through its real command line (``office_desk.cli.main.main`` -> ``app.run``), on a private
copy of the sample network, with its own home, settings and data folders. Offscreen
walks get a screen of a chosen size from Qt's offscreen platform (a config file naming
the screen); the X walks run on a private Xvfb display, as a user's window does.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
WALKER = HERE / "walker.py"
#: The laptop screens walked: (width, height, scale). 1920×1080 at Windows' default
#: 150% is 1280×720 in Qt's logical pixels.
LAPTOP = (1366, 768, 1.0)


@dataclass
class WalkResult:
    returncode: int
    out: str
    err: str
    seconds: float
    data: Path
    db: Path
    files: Path
    shots: Path | None
    steps: list[str] = field(default_factory=list)

    @property
    def last_step(self) -> str:
        return self.steps[-1] if self.steps else "(none)"

    def crash_reports(self) -> list[Path]:
        """Crash files with content that the app's faulthandler left in the log folder."""
        logs = self.data / "logs"
        return (
            [
                p
                for p in logs.glob("crash-*.txt")
                if p.stat().st_size > 0 and not p.name.endswith(".reported.txt")
            ]
            if logs.is_dir()
            else []
        )

    def explain(self) -> str:
        return (
            f"exit status {self.returncode} after {self.seconds:.1f} s, last step: "
            f"{self.last_step}\n--- stdout\n{self.out[-6000:]}\n--- stderr\n"
            f"{self.err[-6000:]}"
        )

    def check_clean(self) -> None:
        """Exit status 0, the whole walk done, no native crash, and ``check`` clean."""
        assert self.returncode == 0, self.explain()
        assert "WALK DONE" in self.out, self.explain()
        problems = [line for line in self.out.splitlines() if line.startswith("PROBLEM ")]
        assert problems == [], "\n".join(problems)
        # A Python exception the app caught and showed (or logged) is a failure too.
        log = self.data / "logs" / "office-desk.log"
        logged = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""
        for text, where in ((self.err, "stderr"), (logged, "office-desk.log")):
            assert (
                "Traceback (most recent call last)" not in text and "unexpected error" not in text
            ), f"an error in {where}:\n{text[-4000:]}"
        assert "Fatal Python error" not in self.err, self.explain()
        assert self.crash_reports() == [], [p.read_text() for p in self.crash_reports()]
        check = subprocess.run(
            [sys.executable, "-m", "office_desk", "--db", str(self.db), "check"],
            capture_output=True,
            text=True,
            timeout=120,
            env=child_environment(self.data.parent, "offscreen"),
        )
        assert check.returncode == 0, check.stdout + check.stderr


def child_environment(
    root: Path, platform: str, display: str = "", scale: float = 1.0
) -> dict[str, str]:
    """The app's own home, settings and data folders under ``root``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTEST", "QT_", "XDG_", "OFFICE_DESK_"))
    }
    env.update(
        {
            "HOME": str(root / "home"),
            "XDG_CONFIG_HOME": str(root / "config"),
            "XDG_DATA_HOME": str(root / "home" / ".local" / "share"),
            "XDG_CACHE_HOME": str(root / "home" / ".cache"),
            "XDG_RUNTIME_DIR": str(root / "runtime"),
            "OFFICE_DESK_DATA_DIR": str(root / "data"),
            "QT_QPA_PLATFORM": platform,
            "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox --disable-gpu",
            "PYTHONUNBUFFERED": "1",
            "LANG": env.get("LANG", "C.UTF-8"),
        }
    )
    if scale != 1.0:
        env["QT_SCALE_FACTOR"] = str(scale)
    if display:
        env["DISPLAY"] = display
    else:
        env.pop("DISPLAY", None)
    for folder in ("home", "config", "runtime", "data"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "runtime").chmod(0o700)
    return env


def offscreen_platform(root: Path, width: int, height: int) -> str:
    """Qt's offscreen platform with one screen of ``width``×``height``."""
    config = root / "offscreen-screen.json"
    config.write_text(
        json.dumps(
            {
                "synchronousWindowSystemEvents": False,
                "windowFrameMargins": True,
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ],
            }
        )
    )
    return f"offscreen:configfile={config}"


def remember(root: Path, values: dict[str, str]) -> None:
    """Settings as the app keeps them on Linux (QSettings' native ini file)."""
    path = root / "config" / "Office Desk" / "Office Desk.conf"
    path.parent.mkdir(parents=True, exist_ok=True)
    groups: dict[str, list[str]] = {}
    for key, value in values.items():
        group, name = key.split("/", 1)
        groups.setdefault(group, []).append(f"{name}={value}")
    path.write_text(
        "".join(f"[{g}]\n" + "\n".join(lines) + "\n\n" for g, lines in groups.items()),
        encoding="utf-8",
    )


def walk(
    root: Path,
    sample: Path,
    *,
    mode: str = "full",
    page: str = "office",
    platform: str = "",
    display: str = "",
    scale: float = 1.0,
    screen: tuple[int, int] = LAPTOP[:2],
    shots: Path | None = None,
    settings: dict[str, str] | None = None,
    timeout: float = 600,
    extra_env: dict[str, str] | None = None,
) -> WalkResult:
    """Run the walker as its own process on a copy of ``sample``."""
    from office_desk.core.store.backup import backup_file

    root.mkdir(parents=True, exist_ok=True)
    if not platform:
        platform = offscreen_platform(root, *screen)
    env = child_environment(root, platform, display, scale)
    env.update(extra_env or {})
    db = root / "data" / "network.sqlite"
    if not db.exists():
        backup_file(sample, db)
    remember(root, {"window/last_view": page, **(settings or {})})
    files = root / "files"
    command = [
        sys.executable,
        str(WALKER),
        "--db",
        str(db),
        "--files",
        str(files),
        "--walk",
        mode,
        "--page",
        page,
    ]
    if shots is not None:
        command += ["--shots", str(shots)]
    return run_walk(command, env, root, timeout, db, files, shots)


def run_walk(
    command: list[str],
    env: dict[str, str],
    root: Path,
    timeout: float,
    db: Path,
    files: Path,
    shots: Path | None,
) -> WalkResult:
    """Run a walk process in ``root`` to its end (stopped after ``timeout`` seconds)."""
    started = time.monotonic()
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=root,
        start_new_session=True,
    )
    _LEFT_RUNNING.append(process)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _end(process)
        out, err = process.communicate()
        err += f"\n(the walk was stopped after {timeout:.0f} s)"
    finally:
        _end(process)
        _LEFT_RUNNING.remove(process)
    result = WalkResult(
        process.returncode,
        out,
        err,
        time.monotonic() - started,
        root / "data",
        db,
        files,
        shots,
    )
    result.steps = [line[5:] for line in out.splitlines() if line.startswith("STEP ")]
    return result


class XDisplays:
    """Private Xvfb displays (Debian's xvfb, installed by .ci/run), one per screen size."""

    def __init__(self) -> None:
        self.running: dict[tuple[int, int], tuple[subprocess.Popen[bytes], str]] = {}

    def get(self, width: int = 1366, height: int = 768) -> str:
        if (width, height) in self.running:
            return self.running[(width, height)][1]
        xvfb = shutil.which("Xvfb")
        assert xvfb, "Xvfb is missing: .ci/run installs Debian's xvfb package"
        read, write = os.pipe()
        process = subprocess.Popen(
            [
                xvfb,
                "-displayfd",
                str(write),
                "-screen",
                "0",
                f"{width}x{height}x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        _LEFT_RUNNING.append(process)
        os.close(write)
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            chunk = os.read(read, 16)
            if not chunk:
                break
            number += chunk
        os.close(read)
        if not number.strip():
            process.kill()
            raise AssertionError("Xvfb did not start")
        display = f":{number.decode().strip()}"
        self.running[(width, height)] = (process, display)
        return display

    def stop(self) -> None:
        for process, _display in self.running.values():
            _end(process)
        self.running.clear()


#: Processes the tests started (Xvfb, walks): ended at exit even when pytest-timeout
#: ends the session with os._exit, which skips fixture teardown.
_LEFT_RUNNING: list[subprocess.Popen[Any]] = []


def _end(process: subprocess.Popen[Any]) -> None:
    """End ``process`` and its whole process group (QtWebEngine helpers included),
    also when the process itself has already died."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(10)
    except (ProcessLookupError, PermissionError):
        return
    except subprocess.TimeoutExpired:
        pass
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(10)


@atexit.register
def _end_all() -> None:
    for process in _LEFT_RUNNING:
        _end(process)


@pytest.fixture(scope="session")
def x_displays() -> Iterator[XDisplays]:
    if not sys.platform.startswith("linux"):
        pytest.skip("Xvfb is a Linux test display")
    displays = XDisplays()
    yield displays
    displays.stop()
