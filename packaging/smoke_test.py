"""Smoke test of the FROZEN app: run its command line and its GUI, offline, headless.

    python packaging/smoke_test.py                 # finds packaging/dist/...
    python packaging/smoke_test.py --exe PATH      # a given frozen executable
    python packaging/smoke_test.py --no-gui        # the command line only

Needs only the standard library (no PySide6, no Office Desk: the frozen app must carry
everything). What it does, all in a temporary folder:

1. prints the bundle size (the onedir folder, or the .app on macOS);
2. times ``--version`` and ``list offices``: the first run and the best of three;
3. ``sample`` (file created, has offices), ``check`` (exit 0), ``map --png`` (the PNG
   decodes and is not blank), ``report -o .pdf`` (starts with %PDF, has pages);
4. ``demo`` (the GUI) under QT_QPA_PLATFORM=offscreen: it must stay up 10 s, then exit
   on SIGTERM within 10 s leaving no child (QtWebEngineProcess) behind; and, when Xvfb
   and xwininfo are there (Linux), once more on a private X display, where it must map
   its main window ("... – Office Desk"): that time is printed as time to window.
5. the pages: the GUI started once with each page (Offices ... Map, Reports) as the
   remembered last page, offscreen; each must draw it and stay up, then quit cleanly
   on SIGTERM, with no native crash report left in the log folder. With Xvfb and
   xdotool, one start on a real X display walks every page from the keyboard (the
   sidebar, Down arrow), clicks into the map and the office dashboard's map, and
   checks after each step that the process is alive. (A frozen build once passed the
   10-second check and then died on its first map.)

Offline: on Linux, when ``unshare -n`` works (root, or user namespaces), every run is
in a new network namespace with only loopback up, so any outbound connection fails.
Elsewhere, proxies are cleared from the environment and that is all (said in the
output). The environment is scrubbed of PYTHON* variables, PATH is the system's, and
HOME, XDG folders and OFFICE_DESK_DATA_DIR point into the temporary folder. On Linux
the GUI process's loaded libraries are checked: none may come from outside the bundle
except the system's own (nothing from a virtualenv or site-packages).

Exit status 0 when everything passed. tests/packaging/test_frozen_smoke.py runs it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIST = HERE / "dist"
WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"
LINUX = sys.platform.startswith("linux")
GUI_SECONDS = 10.0
SIGTERM_SECONDS = 10.0
PAGES = ("office", "organization", "contact", "project", "event", "map", "reports")
#: Seconds each remembered page is given to draw (the map loads QtWebEngine).
PAGE_SECONDS = {"map": 12.0, "office": 12.0}
PAGE_SECONDS_DEFAULT = 6.0


# --------------------------------------------------------------------------- finding


def find_executable(dist: Path) -> Path | None:
    """The frozen command-line executable in ``dist``."""
    candidates = [
        dist / "Office Desk.app" / "Contents" / "MacOS" / "office-desk",
        dist / "office-desk" / ("office-desk.exe" if WINDOWS else "office-desk"),
    ]
    return next((path for path in candidates if path.is_file()), None)


def bundle_root(exe: Path) -> Path:
    """The folder that is shipped: the .app on macOS, else the onedir folder."""
    for parent in exe.parents:
        if parent.suffix == ".app":
            return parent
    return exe.parent


def folder_size(folder: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            if not path.is_symlink():
                total += path.stat().st_size
    return total


# ------------------------------------------------------------------------- checking


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the rows (RGB or RGBA bytes) of an 8-bit PNG: enough of a
    decoder for what Qt writes, so that this script needs no imaging library."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, width = 8, [], 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _c, _f, interlace = struct.unpack(">IIBBBBB", chunk)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour})")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat.append(chunk)
        pos += 12 + length
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, previous, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, rows


def png_is_not_blank(path: Path) -> str:
    """'' when the picture has real content; else what is wrong with it."""
    width, height, rows = png_pixels(path.read_bytes())
    channels = len(rows[0]) // width
    colours: dict[bytes, int] = {}
    for row in rows[::4]:
        for x in range(0, width * channels, channels * 4):
            pixel = row[x : x + channels]
            colours[pixel] = colours.get(pixel, 0) + 1
    sampled = sum(colours.values())
    commonest = max(colours.values()) / sampled
    if len(colours) < 20 or commonest > 0.95:
        return f"looks blank: {len(colours)} colours, the commonest covers {commonest:.0%}"
    return ""


def pdf_pages(path: Path) -> int:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise ValueError("does not start with %PDF-")
    if b"%%EOF" not in data[-1024:]:
        raise ValueError("has no %%EOF at the end")
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


# -------------------------------------------------------------------------- running


class Smoke:
    def __init__(self, exe: Path, work: Path, isolate: bool) -> None:
        self.exe = exe
        self.work = work
        self.failures: list[str] = []
        self.frozen = True
        self.env = self._environment()
        self.prefix = self._offline_prefix() if isolate else []

    def _environment(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.upper().startswith(("PYTHON", "VIRTUAL_ENV", "CONDA", "OFFICE_DESK"))
            and k.lower() not in ("http_proxy", "https_proxy", "all_proxy", "ftp_proxy", "no_proxy")
        }
        home = self.work / "home"
        for sub in ("config", "cache", "share"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        env.update(
            {
                "QT_QPA_PLATFORM": "offscreen",
                # running as root in a container: Chromium's sandbox cannot start
                "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox --disable-gpu",
                "OFFICE_DESK_DATA_DIR": str(self.work / "data"),
                "HOME": str(home),
                "USERPROFILE": str(home),
                "XDG_CONFIG_HOME": str(home / "config"),
                "XDG_CACHE_HOME": str(home / "cache"),
                "XDG_DATA_HOME": str(home / "share"),
            }
        )
        if not WINDOWS:
            env["PATH"] = "/usr/bin:/bin:/usr/sbin:/sbin"
        return env

    def _offline_prefix(self) -> list[str]:
        unshare = shutil.which("unshare")
        if LINUX and unshare:
            probe = subprocess.run([unshare, "-n", "true"], capture_output=True)
            if probe.returncode == 0:
                print(
                    "network: every run is in a new network namespace (unshare -n), loopback only"
                )
                return [unshare, "-n", "sh", "-c", 'ip link set lo up 2>/dev/null; exec "$@"', "sh"]
        print(
            "network: NOT isolated (no usable unshare -n); proxies cleared from the "
            "environment only"
        )
        return []

    def command(self, *args: str) -> list[str]:
        return [*self.prefix, str(self.exe), *args]

    def run(self, *args: str, timeout: float = 120) -> tuple[subprocess.CompletedProcess, float]:
        start = time.perf_counter()
        done = subprocess.run(
            self.command(*args),
            cwd=self.work,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        return done, time.perf_counter() - start

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        print(f"  {'PASS' if ok else 'FAIL'}  {name}{'  (' + detail + ')' if detail else ''}")
        if not ok:
            self.failures.append(name)
        return ok

    def expect(
        self, name: str, args: Sequence[str], verify: Callable[[], str] | None = None
    ) -> float:
        done, seconds = self.run(*args)
        detail = f"{seconds:.1f} s"
        ok = done.returncode == 0
        if not ok:
            detail += f", exit {done.returncode}: {(done.stderr or done.stdout).strip()[-600:]}"
        elif verify is not None:
            try:
                problem = verify()
            except (OSError, ValueError, sqlite3.Error) as exc:
                problem = f"{type(exc).__name__}: {exc}"
            if problem:
                ok, detail = False, f"{detail}, {problem}"
        self.check(name, ok, detail)
        return seconds

    # ------------------------------------------------------------------------ steps

    def timings(self, db: Path) -> None:
        for label, args in (
            ("--version", ["--version"]),
            ("list offices", ["--db", str(db), "list", "offices"]),
        ):
            times = []
            for _ in range(4):
                done, seconds = self.run(*args)
                if done.returncode != 0:
                    self.check(f"start-up: {label}", False, done.stderr.strip()[-300:])
                    return
                times.append(seconds)
            print(
                f"  time  {label}: first {times[0]:.2f} s, best of next three "
                f"{min(times[1:]):.2f} s"
            )

    def command_line(self) -> None:
        db = self.work / "sample.officedesk"
        png = self.work / "dresden.png"
        pdf = self.work / "dresden.pdf"

        def sample_ok() -> str:
            with sqlite3.connect(db) as connection:
                offices = connection.execute("select count(*) from office").fetchone()[0]
            return "" if offices > 0 else "no offices in the sample"

        def pdf_ok() -> str:
            pages = pdf_pages(pdf)
            return "" if pages > 0 else "no pages"

        print("command line:")
        version, _ = self.run("--version")
        self.check("--version", version.returncode == 0, version.stdout.strip())
        self.expect("sample created", ["sample", str(db)], sample_ok)
        if not db.exists():
            return
        self.timings(db)
        self.expect("check passes", ["--db", str(db), "check"])
        self.expect(
            "map PNG not blank",
            ["--db", str(db), "map", "--png", str(png), "--office", "Dresden"],
            lambda: png_is_not_blank(png),
        )
        self.expect(
            "PDF report", ["--db", str(db), "report", "--office", "Dresden", "-o", str(pdf)], pdf_ok
        )
        if pdf.exists():
            with contextlib.suppress(ValueError):
                print(f"        {pdf.stat().st_size:,} bytes, {pdf_pages(pdf)} pages")
        self.encryption(db)

    def encryption(self, db: Path) -> None:
        """SQLCipher (sqlcipher3's bundled library) and the OS keychain (keyring's
        backends, which frozen builds have missed: jaraco/keyring #324, #591) work in
        the frozen app. Linux without a desktop session has no keychain: there the
        keychain step must fail with Office Desk's own one-line message instead."""
        copy = self.work / "encrypted.officedesk"
        shutil.copyfile(db, copy)
        passphrase = "smoke test passphrase"
        self.env["OFFICE_DESK_PASSPHRASE"] = passphrase
        try:
            self.expect(
                "encrypt --travel",
                ["--db", str(copy), "encrypt", "--travel"],
                lambda: "" if copy.read_bytes()[:16] != b"SQLite format 3\x00" else "still plain",
            )
            self.expect("encrypted file opens", ["--db", str(copy), "check"])
        finally:
            del self.env["OFFICE_DESK_PASSPHRASE"]
        locked, _ = self.run("--db", str(copy), "check")
        self.check(
            "encrypted file refused without its passphrase",
            locked.returncode == 1 and "OFFICE_DESK_PASSPHRASE" in locked.stderr,
            locked.stderr.strip()[-300:],
        )
        keyed = self.work / "keychain.officedesk"
        shutil.copyfile(db, keyed)
        done, _ = self.run("--db", str(keyed), "encrypt")
        if sys.platform in ("win32", "darwin"):
            self.check(
                "keychain backend found (encrypt)",
                done.returncode == 0,
                (done.stderr or done.stdout).strip()[-300:],
            )
        else:
            self.check(
                "keychain: encrypted, or refused in one clear line",
                done.returncode == 0 or "no keychain" in done.stderr,
                (done.stderr or done.stdout).strip()[-300:],
            )

    def remember_page(self, page: str) -> None:
        """The page the app shows first: what QSettings keeps as the last page, in its
        native ini file on Linux (XDG_CONFIG_HOME/Office Desk/Office Desk.conf)."""
        config = Path(self.env["XDG_CONFIG_HOME"]) / "Office Desk" / "Office Desk.conf"
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text(f"[window]\nlast_view={page}\n", encoding="utf-8")

    def crash_reports(self) -> list[Path]:
        """Native crash reports (Python's faulthandler) the app left in its log folder."""
        logs = self.work / "data" / "logs"
        return (
            sorted(
                p
                for p in logs.glob("crash-*.txt")
                if not p.name.endswith(".reported.txt") and p.stat().st_size > 0
            )
            if logs.is_dir()
            else []
        )

    def start_gui(self, env: dict[str, str], log_name: str) -> tuple[subprocess.Popen, object]:
        log = (self.work / log_name).open("w")
        process = subprocess.Popen(
            self.command("demo"),
            cwd=self.work,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=not WINDOWS,
            creationflags=subprocess.CREATE_NEW_PROCESS_GROUP if WINDOWS else 0,
        )
        return process, log

    def stop_gui(self, process: subprocess.Popen, label: str) -> None:
        """SIGTERM closes the window as Quit does; nothing may be left behind."""
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                code = process.wait(SIGTERM_SECONDS)
                left = lingering(process.pid)
                self.check(
                    f"{label} exits cleanly on SIGTERM",
                    code == 0 and not left,
                    f"exit {code}" + (f", left behind: {left}" if left else ""),
                )
            except subprocess.TimeoutExpired:
                self.check(
                    f"{label} exits on SIGTERM",
                    False,
                    f"still running after {SIGTERM_SECONDS:.0f} s",
                )
        if process.poll() is None:
            process.kill()
            process.wait(10)
        if LINUX:
            for pid in session_members(process.pid):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)

    def remembered(self) -> str:
        """The page the app remembers as shown last ('' when none yet)."""
        config = Path(self.env["XDG_CONFIG_HOME"]) / "Office Desk" / "Office Desk.conf"
        try:
            found = re.search(r"last_view=(\w+)", config.read_text(encoding="utf-8"))
        except OSError:
            return ""
        return found.group(1) if found else ""

    def wait_for_page(self, page: str, process: subprocess.Popen, seconds: float) -> bool:
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline and process.poll() is None:
            if self.remembered() == page:
                return True
            time.sleep(0.2)
        return self.remembered() == page

    def errors_logged(self) -> str:
        """A Python error the app caught and logged (it keeps running, so being alive
        says nothing about it): the first lines of it, or ''."""
        log = self.work / "data" / "logs" / "office-desk.log"
        try:
            text = log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        for marker in ("Traceback (most recent call last)", "unexpected error"):
            if marker in text:
                return text[text.index(marker) :][:800]
        return ""

    def remembered_pages(self) -> None:
        """Start once with each page remembered as the last one: each must come up,
        draw and stay up (the map page once crashed every start after one visit)."""
        for page in PAGES:
            self.remember_page(page)
            label = f"GUI starting on the {page} page"
            process, log = self.start_gui(dict(self.env), f"gui-page-{page}.log")
            try:
                deadline = time.perf_counter() + PAGE_SECONDS.get(page, PAGE_SECONDS_DEFAULT)
                while time.perf_counter() < deadline and process.poll() is None:
                    time.sleep(0.25)
                alive = process.poll() is None
                self.check(
                    f"{label} stays up",
                    alive,
                    "" if alive else f"exited {process.returncode}, see {log.name}",
                )
                self.stop_gui(process, label)
            finally:
                log.close()
            crashes = self.crash_reports()
            self.check(
                f"{label}: no native crash",
                not crashes,
                crashes[0].read_text()[:800] if crashes else "",
            )
            logged = self.errors_logged()
            self.check(f"{label}: no error logged", not logged, logged)
        self.remember_page("office")

    def x_walk(self, display: str) -> None:
        """On a real X display, walk every page from the keyboard and click into the
        maps, checking after each step that the app is still running."""
        if not shutil.which("xdotool"):
            print("  (no xdotool: the X page walk is skipped)")
            return
        env = {**self.env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
        self.remember_page("office")
        process, log = self.start_gui(env, "gui-x-walk.log")
        label = "GUI X walk"
        try:
            start = time.perf_counter()
            window = ""
            while not window and time.perf_counter() - start < 60 and process.poll() is None:
                window = main_window_id(display, env)
                time.sleep(0.3)
            if not self.check(f"{label}: main window mapped", bool(window)):
                return
            time.sleep(3.0)  # the office dashboard and its map
            xdo = ["xdotool"]
            geometry = subprocess.run(
                xdo + ["getwindowgeometry", "--shell", window],
                env=env,
                capture_output=True,
                text=True,
            ).stdout
            size = dict(line.split("=", 1) for line in geometry.split() if "=" in line)
            width, height = int(size.get("WIDTH", "1280")), int(size.get("HEIGHT", "800"))

            def alive(step: str) -> bool:
                ok = process.poll() is None
                self.check(
                    f"{label}: {step}",
                    ok,
                    "" if ok else f"exited {process.returncode}, see {log.name}",
                )
                return ok

            def do(*args: str) -> None:
                subprocess.run(xdo + list(args), env=env, capture_output=True, timeout=20)

            steps: list[tuple[str, list[list[str]], float, str]] = [
                # the office dashboard's small map: right half, lower part of the window
                (
                    "click the office dashboard's map",
                    [
                        [
                            "mousemove",
                            "--window",
                            "WINDOW",
                            str(width * 3 // 4),
                            str(height * 3 // 4),
                        ],
                        ["click", "1"],
                    ],
                    2.0,
                    "",
                ),
                # the sidebar: its empty lower part takes the focus, Home selects Offices
                (
                    "focus the sidebar",
                    [
                        ["mousemove", "--window", "WINDOW", "40", str(height - 60)],
                        ["click", "1"],
                        ["key", "--window", "WINDOW", "Home"],
                    ],
                    1.0,
                    "",
                ),
            ]
            for page in PAGES[1:]:
                steps.append(
                    (
                        f"show the {page} page",
                        [["key", "--window", "WINDOW", "Down"]],
                        PAGE_SECONDS.get(page, 2.0),
                        page,
                    )
                )
                if page == "map":
                    steps.append(
                        (
                            "click the map",
                            [
                                [
                                    "mousemove",
                                    "--window",
                                    "WINDOW",
                                    str(width * 2 // 3),
                                    str(height // 2),
                                ],
                                ["click", "1"],
                            ],
                            2.0,
                            "",
                        )
                    )
                    steps.append(
                        (
                            "focus the sidebar again",
                            [
                                ["mousemove", "--window", "WINDOW", "40", str(height - 60)],
                                ["click", "1"],
                            ],
                            0.5,
                            "",
                        )
                    )
            for name, commands, wait, page in steps:
                # Qt makes the window anew when QtWebEngine first shows (another X id).
                window = main_window_id(display, env) or window
                do("windowfocus", "--sync", window)
                for command in commands:
                    do(*[window if part == "WINDOW" else part for part in command])
                if page:  # the app remembers the page it shows: wait for that, not a clock
                    reached = self.wait_for_page(page, process, 30.0)
                    if not self.check(
                        f"{label}: {name} (the page is shown)",
                        reached,
                        "" if reached else "still not shown after 30 s",
                    ):
                        break
                time.sleep(wait)
                if not alive(name):
                    break
            self.stop_gui(process, label)
            last = self.remembered()
            self.check(
                f"{label}: the keys walked to the last page (Reports)",
                last == "reports",
                f"remembered page: {last or 'none'}",
            )
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(10)
            log.close()
        crashes = self.crash_reports()
        self.check(
            f"{label}: no native crash",
            not crashes,
            crashes[0].read_text()[:800] if crashes else "",
        )
        logged = self.errors_logged()
        self.check(f"{label}: no error logged", not logged, logged)

    def gui(self, display: str | None = None) -> None:
        env = dict(self.env)
        label = "GUI (offscreen)"
        if display:
            env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display)
            label = f"GUI (X display {display})"
        log = (self.work / f"gui-{'x11' if display else 'offscreen'}.log").open("w")
        start = time.perf_counter()
        process = subprocess.Popen(
            self.command("demo"),
            cwd=self.work,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=not WINDOWS,
            creationflags=subprocess.CREATE_NEW_PROCESS_GROUP if WINDOWS else 0,
        )
        window_at = None
        try:
            while time.perf_counter() - start < GUI_SECONDS:
                if process.poll() is not None:
                    break
                if display and window_at is None and main_window_mapped(display, env):
                    window_at = time.perf_counter() - start
                time.sleep(0.25)
            alive = process.poll() is None
            self.check(
                f"{label} stays up {GUI_SECONDS:.0f} s",
                alive,
                "" if alive else f"exited {process.returncode}, see {log.name}",
            )
            if display:
                self.check(
                    f"{label} shows its main window",
                    window_at is not None,
                    f"after {window_at:.1f} s" if window_at else "no window mapped",
                )
                if window_at:
                    print(f"  time  GUI start to main window: {window_at:.2f} s")
            if alive and LINUX and self.frozen:
                outside = foreign_libraries(process.pid, bundle_root(self.exe))
                self.check(
                    f"{label} loads nothing from a Python installation",
                    not outside,
                    ", ".join(outside[:3]),
                )
            if alive:
                process.send_signal(signal.SIGTERM)
                try:
                    code = process.wait(SIGTERM_SECONDS)
                    left = session_members(process.pid) if LINUX else []
                    self.check(
                        f"{label} exits on SIGTERM",
                        not left,
                        f"exit {code}" + (f", left behind: {left}" if left else ""),
                    )
                except subprocess.TimeoutExpired:
                    self.check(
                        f"{label} exits on SIGTERM",
                        False,
                        f"still running after {SIGTERM_SECONDS:.0f} s",
                    )
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(10)
            if LINUX:  # only this run's session: the app and its own children
                for pid in session_members(process.pid):
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
            log.close()
        sample = self.work / "data" / "sample-network.sqlite"
        self.check(f"{label}: demo made the sample network", sample.exists())


def lingering(session: int, seconds: float = 5.0) -> list[str]:
    """The session's processes still running ``seconds`` after the app exited (its
    QtWebEngine helpers get a moment to follow), as 'pid command' texts."""
    if not LINUX:
        return []
    deadline = time.perf_counter() + seconds
    while True:
        left = session_members(session)
        if not left or time.perf_counter() > deadline:
            break
        time.sleep(0.2)
    named = []
    for pid in left:
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        named.append(f"{pid} {command.decode(errors='replace')[:120]}")
    return named


def session_members(session: int) -> list[int]:
    """Processes (Linux) in the session the GUI run started: its helper processes."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if fields[0] != "Z" and int(fields[3]) == session:  # state, ..., session id
                found.append(int(entry.name))
    return found


def foreign_libraries(pid: int, bundle: Path) -> list[str]:
    """Shared libraries the process mapped from a Python installation outside the bundle."""
    try:
        maps = Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return []
    paths = {line.split(None, 5)[5] for line in maps.splitlines() if len(line.split(None, 5)) == 6}
    bundle_text = str(bundle.resolve())
    return sorted(
        p
        for p in paths
        if p.startswith("/")
        and not p.startswith(bundle_text)
        and re.search(r"site-packages|/\.venv/|/lib/python3|libpython", p)
    )


def main_window_id(display: str, env: dict[str, str]) -> str:
    """The X window id of the app's main window (the largest 'Office Desk' window:
    xdotool may list a short-lived helper window first), or ''."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "Office Desk"],
        env={**env, "DISPLAY": display},
        capture_output=True,
        text=True,
    ).stdout.split()
    best, area = "", 0
    for window in found:
        shell = subprocess.run(
            ["xdotool", "getwindowgeometry", "--shell", window],
            env={**env, "DISPLAY": display},
            capture_output=True,
            text=True,
        ).stdout
        size = dict(line.split("=", 1) for line in shell.split() if "=" in line)
        here = int(size.get("WIDTH", "0")) * int(size.get("HEIGHT", "0"))
        if here > area:
            best, area = window, here
    return best if area > 100 * 100 else ""


def main_window_mapped(display: str, env: dict[str, str]) -> bool:
    """True once a top-level window titled '... – Office Desk' is on the X display."""
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"],
        env={**env, "DISPLAY": display},
        capture_output=True,
        text=True,
    ).stdout
    return any(
        "Office Desk" in line
        and "Selection Owner" not in line
        and re.search(r"\)\s+(\d+)x(\d+)", line)
        and int(re.search(r"\)\s+(\d+)x", line).group(1)) > 100
        for line in tree.splitlines()
    )


def start_xvfb() -> tuple[subprocess.Popen | None, str | None]:
    if not (LINUX and shutil.which("Xvfb") and shutil.which("xwininfo")):
        return None, None
    for number in range(90, 110):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        display = f":{number}"
        server = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(40):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                return server, display
            if server.poll() is not None:
                break
            time.sleep(0.1)
        server.terminate()
        server.wait(5)
    return None, None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exe", type=Path, help="the frozen office-desk executable")
    parser.add_argument("--dist", type=Path, default=DIST, help="where the build is")
    parser.add_argument("--no-gui", action="store_true", help="skip the GUI runs")
    parser.add_argument(
        "--gui-only", action="store_true", help="only the GUI runs (and the sample they need)"
    )
    parser.add_argument(
        "--not-frozen",
        action="store_true",
        help="EXE is an installed (not frozen) office-desk: skip the check "
        "that nothing loads from a Python installation",
    )
    parser.add_argument(
        "--no-isolation", action="store_true", help="do not run in a network namespace"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)

    exe = args.exe or find_executable(args.dist)
    if exe is None or not exe.is_file():
        print(f"no frozen app found in {args.dist} (build it: packaging/build.sh)")
        return 2
    exe = exe.resolve()
    root = bundle_root(exe)
    print(f"frozen app: {exe}")
    print(f"bundle size: {folder_size(root) / 2**20:.0f} MiB ({root})")

    work = Path(tempfile.mkdtemp(prefix="office-desk-smoke-"))
    try:
        smoke = Smoke(exe, work, isolate=not args.no_isolation)
        smoke.frozen = not args.not_frozen
        if not args.gui_only:
            smoke.command_line()
        if not args.no_gui:
            print("GUI:")
            smoke.gui()
            print("pages:")
            smoke.remembered_pages()
            server, display = start_xvfb()
            if server is not None and display is not None:
                try:
                    smoke.gui(display)
                    smoke.x_walk(display)
                finally:
                    server.terminate()
                    server.wait(10)
            else:
                print("  (no Xvfb/xwininfo: the main window itself is not checked)")
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    if smoke.failures:
        print(f"FAILED: {', '.join(smoke.failures)}")
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
