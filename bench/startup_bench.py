"""Benchmark of start-up and memory (issue 17): figures as ratios to a floor measured in
the same run, each the median of fresh processes started in alternating rounds.

    python bench/startup_bench.py [--runs 7] [--anki-rounds 5] [--big FILE] [--skip-anki]
        [--skip-memory] [--importtime FILE] [--profile FILE]

* the floor: a bare PySide6 window (1280×800), process start to its first paint;
* Office Desk started as users start it (the ``office-desk`` command's ``main`` with
  ``--db``, after ``app.create_application`` for the measuring filter; its own settings,
  home and data folders), to
  - the frame painted: the main window with its sidebar, first paint;
  - the last page painted with its first rows: the Contacts list (100 contacts of the
    sample network), and the Offices list with the office dashboard beside it;
  and which of QtWebEngine, folium, SQLModel were loaded by then;
* Anki 26.9.3 (a Python Qt app with a database and a web view) from its own venv
  ``/tmp/anki-venv``, process start to its main window painted, alternating with Office
  Desk's start; skipped, with a line saying so, when that venv is absent;
* peak memory (VmHWM) of Office Desk with the Map page open on the big database (a copy
  of ``/tmp/office-desk-big.sqlite``, 100,000 contacts) vs. the bare window's.

``--importtime FILE`` / ``--profile FILE`` write ``python -X importtime`` and a cProfile
summary of one real start (Contacts page) and exit.

The paint marks come from an event filter on the QApplication that the measuring child
installs before the command runs and removes as soon as its marks are taken (never while a
web view exists: see ``ui/application.py``). Machines here are shared and noisy: read
the ratios, not the seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANKI_VENV = Path("/tmp/anki-venv")
BIG = Path("/tmp/office-desk-big.sqlite")

PEAK = """
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
"""

BARE = (
    PEAK
    + """
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

class Window(QWidget):
    painted = None
    def paintEvent(self, event):
        super().paintEvent(event)
        if Window.painted is None:
            Window.painted = time.time()
            QTimer.singleShot(0, app.quit)

app = QApplication(sys.argv[:1])
w = Window(); w.resize(1280, 800); w.show()
app.exec()
print(json.dumps({"frame": Window.painted, "rows": Window.painted, "rss_mb": peak_mb()}),
      flush=True)
"""
)

# Office Desk started as users start it; the marks are taken by an application-wide event
# filter, removed once they are taken (before any map could load).
APP = (
    PEAK
    + """
import json, sys, time
page, db = sys.argv[1], sys.argv[2]
from office_desk import app
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTableView

marks = {}
HEAVY = ("PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "folium", "sqlmodel",
         "jinja2", "alembic", "pypinyin", "openpyxl", "reportlab")

def window():
    return next((w for w in QApplication.topLevelWidgets()
                 if w.objectName() == "main_window"), None)

def rows_shown(table):
    return table.model() is not None and table.model().rowCount() > 0

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() != QEvent.Type.Paint or not obj.isWidgetType():
            return False
        w = window()
        if w is None:
            return False
        if "frame" not in marks and obj is w.sidebar.viewport():
            marks["frame"] = time.time()
            marks["frame_items"] = w.sidebar.count()
        view = w.views.get(page)
        if view is not None and "rows" not in marks and w.current_page() == page:
            table = getattr(view, "table", None)
            if table is not None and obj is table.viewport() and rows_shown(table):
                marks["rows"] = time.time()
                marks["modules"] = sorted({m for m in sys.modules if m.startswith(HEAVY)
                                           and m.split(".")[0] in
                                           {h.split(".")[0] for h in HEAVY}}
                                          & set(HEAVY))
                QTimer.singleShot(0, done)
        return False

def done():
    qapp.removeEventFilter(watch)
    marks["rss_mb"] = peak_mb()
    w = window()
    if page == "map":
        wait_for_map(w)
    else:
        w.close()

def wait_for_map(w, started=None):
    started = started or time.time()
    view = w.views.get("map")
    if view is not None and view.map.is_drawn:
        QTimer.singleShot(2000, lambda: finish_map(w))
    elif time.time() - started > 120:
        marks["map"] = "not drawn in 120 s"
        w.close()
    else:
        QTimer.singleShot(100, lambda: wait_for_map(w, started))

def finish_map(w):
    marks["map"] = "drawn"
    marks["rss_mb"] = peak_mb()
    w.close()

qapp = app.create_application()
watch = Watch()
qapp.installEventFilter(watch)
if page == "map":  # the map page has no table: its frame is the mark
    Watch.eventFilter = lambda self, obj, event: (
        event.type() == QEvent.Type.Paint and obj.isWidgetType() and window() is not None
        and obj is window().sidebar.viewport() and "frame" not in marks
        and (marks.update(frame=time.time(), rows=time.time()) or
             QTimer.singleShot(0, done)) and False)
from office_desk.cli.main import main  # as the office-desk command starts it
code = main(["--db", db])
print(json.dumps(marks), flush=True)
"""
)

ANKI = """
import json, sys, time
marks = {}
from aqt import gui_hooks
from aqt.qt import QEvent, QObject, QTimer

class Watch(QObject):
    def __init__(self, mw):
        super().__init__()
        self.mw = mw
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "frame" not in marks:
            marks["frame"] = time.time()
            QTimer.singleShot(0, done)
        return False

def did_init():
    import aqt
    mw = aqt.mw
    global watch
    watch = Watch(mw)
    mw.installEventFilter(watch)
    marks["init"] = time.time()

def done():
    import aqt
    marks["rows"] = marks["frame"]
    print(json.dumps(marks), flush=True)
    aqt.mw.unloadProfileAndExit()
    QTimer.singleShot(5000, lambda: __import__("os")._exit(0))

gui_hooks.main_window_did_init.append(did_init)
import aqt
sys.argv = ["anki", "-b", sys.argv[1]]
aqt.run()
"""


def median(values: list[float]) -> float:
    return statistics.median(values)


class Starts:
    """Fresh processes with the app's own folders (as tests/e2e does)."""

    def __init__(self, root: Path, sample: Path) -> None:
        self.root = root
        self.sample = sample
        self.python = sys.executable

    def environment(self, name: str, page: str) -> tuple[dict[str, str], Path]:
        base = self.root / name
        # A returning user's settings are kept from start to start (among them the
        # frame the last start kept, see office_desk.ui.window_frame); the rest is new.
        for folder in ("home", "runtime"):
            if (base / folder).exists():
                shutil.rmtree(base / folder)
        env = {
            k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "OFFICE_DESK_"))
        }
        env.update(
            {
                "HOME": str(base / "home"),
                "XDG_CONFIG_HOME": str(base / "config"),
                "XDG_CACHE_HOME": str(self.root / "cache"),  # kept: caches are warm for users
                "XDG_RUNTIME_DIR": str(base / "runtime"),
                # kept from run to run, as a user's is (its caches, logs and backups)
                "OFFICE_DESK_DATA_DIR": str(self.root / "data"),
                "QT_QPA_PLATFORM": "offscreen",
                "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox --disable-gpu",
            }
        )
        for folder in ("home", "config", "runtime"):
            (base / folder).mkdir(parents=True, exist_ok=True)
        (base / "runtime").chmod(0o700)
        conf = base / "config" / "Office Desk" / "Office Desk.conf"
        conf.parent.mkdir(parents=True, exist_ok=True)
        if not conf.exists():  # a first start: the page it shows (the app keeps it)
            conf.write_text(f"[window]\nlast_view={page}\n", encoding="utf-8")
        return env, base

    def run(self, code: str, args: list[str], env: dict[str, str], pre: list[str] = ()) -> dict:
        started = time.time()
        done = subprocess.run(
            [self.python, *pre, "-c", code, *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
        )
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if not lines:
            raise RuntimeError(
                f"no marks from the child:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
            )
        marks = json.loads(lines[-1])
        for key in ("frame", "rows", "init"):
            if isinstance(marks.get(key), float):
                marks[key] -= started
        marks["stderr"] = done.stderr
        return marks

    def bare(self) -> dict:
        env, _base = self.environment("bare", "office")
        return self.run(BARE, [], env)

    def app(self, page: str, db: Path | None = None, pre: list[str] = ()) -> dict:
        env, base = self.environment(f"app-{page}", page)
        target = base / "network.sqlite"
        if db is None:
            shutil.copyfile(self.sample, target)
        else:
            target = db
        return self.run(APP, [page, str(target)], env, pre)


def cold_start(starts: Starts, runs: int, first: dict) -> tuple[float, float]:
    bare: list[dict] = []
    contact: list[dict] = []
    office: list[dict] = []
    # The first start of each (no settings yet: the frame's sidebar is empty) leaves
    # the settings a returning user has; the measured starts are returning ones.
    starts.app("office")
    for _ in range(runs):  # alternating, so a busy moment hits all of them alike
        bare.append(starts.bare())
        contact.append(starts.app("contact"))
        office.append(starts.app("office"))
    floor = median([r["frame"] for r in bare])
    print(
        f"cold start, process start to paint (median of {runs} fresh processes each, "
        "a returning user's settings):"
    )
    print(f"  bare PySide6 window, first paint            {floor:6.3f} s   (floor)")
    print(
        f"  (first start ever, Contacts: frame {first['frame']:.3f} s with "
        f"{first.get('frame_items', 0)} sidebar entries, rows {first['rows']:.3f} s; once)"
    )
    for name, results in (("Contacts", contact), ("Offices + dashboard", office)):
        frame = median([r["frame"] for r in results])
        rows = median([r["rows"] for r in results])
        entries = sorted({r.get("frame_items", 0) for r in results})
        print(
            f"  {name + ': frame with sidebar painted':44}{frame:6.3f} s   "
            f"ratio {frame / floor:5.2f}x   (goal: within 2x; sidebar entries {entries})"
        )
        print(
            f"  {name + ': page painted with its rows':44}{rows:6.3f} s   "
            f"ratio {rows / floor:5.2f}x   (goal: within 5x)"
        )
        print(f"    loaded by then: {', '.join(results[0]['modules']) or 'none of the heavy ones'}")
    return floor, median([r["rows"] for r in contact])


def _anki_base(root: Path) -> Path | None:
    """An Anki base folder with one profile, made as Anki makes it on a first run."""
    base = root / "anki-base"
    if (base / "prefs21.db").exists():
        return base
    base.mkdir(parents=True, exist_ok=True)
    code = (
        "import sys\n"
        "from aqt.profiles import ProfileManager\n"
        "pm = ProfileManager(ProfileManager.get_created_base_folder(sys.argv[1]))\n"
        "pm.setupMeta()\n"
        "pm.create('User 1')\n"
        "pm.meta['firstRun'] = False\n"
        "pm.meta['defaultLang'] = 'en_US'\n"
        "pm.db.execute('update profiles set data = ? where name = ?', pm._pickle(pm.meta),"
        " '_global')\n"
        "pm.db.commit()\n"
    )
    done = subprocess.run(
        [str(ANKI_VENV / "bin" / "python"), "-c", code, str(base)],
        capture_output=True,
        text=True,
        env=_anki_env(root),
        timeout=300,
    )
    if done.returncode != 0:
        print(f"  (could not make an Anki profile: {done.stderr[-800:]})")
        return None
    return base


def _anki_env(root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(root / "anki-home"),
            "XDG_RUNTIME_DIR": str(root / "anki-runtime"),
            "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox --disable-gpu",
            "ANKI_NOHIGHDPI": "1",
        }
    )
    for name in ("anki-home", "anki-runtime"):
        (root / name).mkdir(exist_ok=True)
    (root / "anki-runtime").chmod(0o700)
    return env


def anki(starts: Starts, root: Path, rounds: int) -> None:
    print("\nAnki 26.9.3 vs Office Desk (alternating rounds, process start to main window):")
    python = ANKI_VENV / "bin" / "python"
    if not python.exists():
        print(
            f"  skipped: no Anki venv at {ANKI_VENV} (python3 -m venv {ANKI_VENV} && "
            f"{ANKI_VENV}/bin/pip install aqt==26.9.3 anki==26.9.3)"
        )
        return
    base = _anki_base(root)
    if base is None:
        return
    anki_starts = Starts(root, starts.sample)
    anki_starts.python = str(python)
    env = _anki_env(root)
    anki_starts.run(ANKI, [str(base)], env)  # the first start makes the collection
    bare, ours, theirs = [], [], []
    for _ in range(rounds):
        bare.append(starts.bare()["frame"])
        ours.append(starts.app("contact"))
        theirs.append(anki_starts.run(ANKI, [str(base)], env)["frame"])
    floor = median(bare)
    a = median(theirs)
    frame = median([r["frame"] for r in ours])
    rows = median([r["rows"] for r in ours])
    print(f"  bare PySide6 window                          {floor:6.3f} s   (floor)")
    print(f"  Anki main window painted                     {a:6.3f} s   ratio {a / floor:5.2f}x")
    print(
        f"  Office Desk frame painted                    {frame:6.3f} s   ratio "
        f"{frame / floor:5.2f}x   {frame / a:4.2f}x Anki's"
    )
    print(
        f"  Office Desk Contacts painted with rows       {rows:6.3f} s   ratio "
        f"{rows / floor:5.2f}x   {rows / a:4.2f}x Anki's   (goal: under 1x)"
    )


def memory(starts: Starts, root: Path, big: Path) -> None:
    print("\npeak memory (VmHWM of the process):")
    if not big.exists():
        print(f"  skipped: {big} is missing (bench/big_network.py builds it)")
        return
    copy = root / "big-copy.sqlite"
    if not copy.exists():
        source, target = sqlite3.connect(f"file:{big}?mode=ro", uri=True), sqlite3.connect(copy)
        source.backup(target)
        source.close()
        target.close()
    contacts = (
        sqlite3.connect(copy)
        .execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL")
        .fetchone()[0]
    )
    bare = median([starts.bare()["rss_mb"] for _ in range(3)])
    result = starts.app("map", copy)
    print(f"  bare PySide6 window                          {bare:7.1f} MB   (floor)")
    print(
        f"  Office Desk, Map page, {contacts:,} contacts   {result['rss_mb']:7.1f} MB   "
        f"ratio {result['rss_mb'] / bare:5.2f}x   (goal: under 4x; map {result.get('map')})"
    )


def profile_start(starts: Starts, importtime: Path | None, profile: Path | None) -> None:
    env, base = starts.environment("app-profile", "contact")
    target = base / "network.sqlite"
    shutil.copyfile(starts.sample, target)
    if importtime is not None:
        started = time.time()
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", APP, "contact", str(target)],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
        )
        lines = [line for line in done.stderr.splitlines() if line.startswith("import time:")]
        rows = []
        for line in lines[1:]:
            self_us, cumulative, name = line[len("import time:") :].split("|")
            name = name.rstrip()[1:]  # the indent shows the nesting
            rows.append((int(cumulative), int(self_us), name))
        top = sorted((r for r in rows if not r[2].startswith(" ")), reverse=True)
        marks = json.loads([x for x in done.stdout.splitlines() if x.startswith("{")][-1])
        with importtime.open("w", encoding="utf-8") as out:
            out.write(
                f"# python -X importtime of a real start (office-desk --db, Contacts, sample)\n"
                f"# frame painted {marks['frame'] - started:.3f} s, rows painted "
                f"{marks['rows'] - started:.3f} s after process start (with importtime on)\n"
                f"# {len(rows)} modules imported by then; top-level imports by cumulative us:\n"
            )
            for cumulative, self_us, name in top[:40]:
                out.write(f"{cumulative:>9} {self_us:>9}  {name}\n")
            out.write("\n# every module with a cumulative time over 20 ms, in import order:\n")
            for cumulative, self_us, name in rows:
                if cumulative > 20000:
                    out.write(f"{cumulative:>9} {self_us:>9}  {name}\n")
        print(f"wrote {importtime}")
    if profile is not None:
        raw = profile.with_suffix(".prof")
        code = APP.replace(
            "code = main(",
            "import cProfile; _p = cProfile.Profile(); _p.enable()\ncode = main(",
        ).replace(
            "print(json.dumps(marks), flush=True)",
            f"_p.disable(); _p.dump_stats({str(raw)!r})\nprint(json.dumps(marks), flush=True)",
        )
        starts.run(code, ["contact", str(target)], env)
        import io
        import pstats

        text = io.StringIO()
        stats = pstats.Stats(str(raw), stream=text)
        stats.sort_stats("cumulative").print_stats(45)
        profile.write_text(
            "# cProfile of office-desk --db to the Contacts page painted with rows and the window"
            " closed (sample network)\n" + text.getvalue().replace(str(Path.cwd()), "."),
            encoding="utf-8",
        )
        if not os.environ.get("KEEP_PROFILE"):  # KEEP_PROFILE=1: keep the .prof for pstats
            raw.unlink()
        print(f"wrote {profile}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--anki-rounds", type=int, default=5)
    parser.add_argument("--big", type=Path, default=BIG)
    parser.add_argument("--skip-anki", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-cold", action="store_true")
    parser.add_argument("--importtime", type=Path)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="office-desk-startup-"))
    sample = root / "sample.sqlite"
    os.environ["OFFICE_DESK_DATA_DIR"] = str(root / "data")
    from office_desk.core.sample_store import create_sample

    create_sample(sample)
    starts = Starts(root, sample)
    starts.bare()  # warm the disk cache once, for every contender alike
    first = starts.app("contact")  # a first start: it leaves a returning user's settings
    if args.importtime or args.profile:
        profile_start(starts, args.importtime, args.profile)
        return 0
    if not args.skip_cold:
        cold_start(starts, args.runs, first)
    if not args.skip_anki:
        anki(starts, root, args.anki_rounds)
    if not args.skip_memory:
        memory(starts, root, args.big)
    shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
