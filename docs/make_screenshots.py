"""Screenshots of the app as users start it, into docs/screenshots/.

    python docs/make_screenshots.py

Each picture comes from the real app (``office-desk`` through ``app.run``, walked by
tests/e2e/walker.py in a process of its own) on the sample network:
- every page and the main dialogs at 1366×768, in English (Qt's offscreen platform with
  a screen of that size);
- the Map page and the Dresden office's dashboard on a 1920×1080 screen at 150% (Windows'
  default for such laptops: 1280×720 in Qt's logical pixels), on a private Xvfb display
  with QT_SCALE_FACTOR=1.5;
- the Map page and the dashboard in German and in Chinese, at 1366×768.
Chinese needs a CJK font (Debian's fonts-noto-cjk). Needs Xvfb for the 150% pictures.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))

from tests.e2e.conftest import XDisplays, walk  # noqa: E402


def sample(folder: Path) -> Path:
    from office_desk.core.sample_store import create_sample

    path = folder / "sample.sqlite"
    create_sample(path)
    return path


def seed_backups(root: Path, template: Path) -> None:
    """A few backups of the sample network, so Restore from Backup has a list to show."""
    from office_desk.core.store.backup import backup_before, backup_file

    data = root / "data"
    data.mkdir(parents=True, exist_ok=True)
    db = data / "network.sqlite"
    backup_file(template, db)
    now = datetime.now().replace(microsecond=0)
    for days, reason in (
        (40, "before-schema-0003"),
        (9, "before-import"),
        (6, "daily"),
        (2, "before-merge"),
        (1, "on-close"),
    ):
        backup_before(db, data / "backups", reason, when=now - timedelta(days=days, hours=3))


def take(root: Path, template: Path, names: dict[str, str], **options: object) -> None:
    shots = root / "shots"
    result = walk(
        root,
        template,
        shots=shots,
        extra_env={
            "OFFICE_DESK_WALK_NUMBERED_SHOTS": "0",
            "OFFICE_DESK_WALK_OFFICE": "Dresden-Jinan Contact Office",
        },
        **options,
    )  # type: ignore[arg-type]
    if result.returncode != 0 or "WALK DONE" not in result.out:
        raise SystemExit(result.explain())
    for shot, name in names.items():
        shutil.copyfile(shots / f"{shot}.png", OUT / f"{name}.png")
        print(OUT / f"{name}.png")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="office-desk-shots-"))
    displays = XDisplays()
    try:
        template = sample(work)
        tour_root = work / "tour"
        seed_backups(tour_root, template)
        pages = (
            "offices",
            "organizations",
            "contacts",
            "contact-editor",
            "projects",
            "project-board",
            "events",
            "map",
            "reports",
            "restore-from-backup",
        )
        take(tour_root, template, {p: p for p in pages}, mode="tour", screen=(1366, 768))
        for language in ("de", "zh_CN"):
            for page, shot in (("map", "map"), ("office", "offices")):
                take(
                    work / f"{language}-{page}",
                    template,
                    {f"start-{page}": f"{shot}-{language}"},
                    mode="start",
                    page=page,
                    screen=(1366, 768),
                    settings={"ui/language": language},
                )
        display = displays.get(1920, 1080)
        for page, shot in (("map", "map"), ("office", "offices")):
            take(
                work / f"150-{page}",
                template,
                {f"start-{page}": f"{shot}-150-percent"},
                mode="start",
                page=page,
                platform="xcb",
                display=display,
                scale=1.5,
            )
    finally:
        displays.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
