"""Keep the translations in step with the code, and compile them for the app.

    python packaging/translations.py update    # pyside6-lupdate: sources -> .ts
    python packaging/translations.py compile   # pyside6-lrelease: .ts -> .qm
    python packaging/translations.py check     # exit 1 if a .ts is stale or incomplete

The ``.ts`` files (Qt Linguist's XML, one per language) live in
``resources/translations/`` beside the compiled ``.qm`` files the app loads
(``office_desk_<language>.qm``). ``update`` adds new source texts as unfinished and
drops obsolete ones; translators fill them in (Qt Linguist or any editor); ``compile``
is part of the build (``packaging/build.sh``) and of this repository's commits, so an
installed wheel carries the ``.qm`` files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "office_desk"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "zh_CN")


def tool(name: str) -> str:
    """The PySide6 tool ``name`` next to this Python, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def ts_path(language: str) -> Path:
    return FOLDER / f"office_desk_{language}.ts"


def qm_path(language: str) -> Path:
    return FOLDER / f"office_desk_{language}.qm"


def lupdate(target: Path, language: str, no_obsolete: bool = True) -> None:
    # The files are listed one by one: this lupdate finds nothing when given the folder.
    files = sorted(str(p) for p in SOURCES.rglob("*.py"))
    command = [
        tool("pyside6-lupdate"),
        *files,
        "-locations",
        "none",
        "-target-language",
        language,
        "-ts",
        str(target),
    ]
    if no_obsolete:
        command.insert(-2, "-no-obsolete")
    subprocess.run(command, check=True, capture_output=True, text=True)


def messages(path: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation (None when unfinished or empty) of a .ts file."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            done = (
                translation is not None
                and translation.get("type") not in ("unfinished", "obsolete", "vanished")
                and (translation.text or "").strip()
            )
            found[(name, source)] = translation.text if done and translation is not None else None
    return found


def problems() -> list[str]:
    """What is wrong with the committed translations, one line each (empty when fine)."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        lupdate(fresh, "de")
        wanted = set(messages(fresh))
    for language in LANGUAGES:
        path = ts_path(language)
        if not path.exists():
            found.append(f"{path.name}: missing")
            continue
        have = messages(path)
        for context, source in sorted(wanted - set(have)):
            found.append(f"{path.name}: not in the file (run update): {context}: {source!r}")
        for (context, source), text in sorted(have.items()):
            if (context, source) in wanted and text is None:
                found.append(f"{path.name}: untranslated: {context}: {source!r}")
        if not qm_path(language).exists():
            found.append(f"{qm_path(language).name}: missing (run compile)")
            continue
        with tempfile.TemporaryDirectory() as folder:
            fresh_qm = Path(folder) / "fresh.qm"
            compile_ts(path, fresh_qm)
            if fresh_qm.read_bytes() != qm_path(language).read_bytes():
                found.append(f"{qm_path(language).name}: older than its .ts (run compile)")
    return found


def compile_ts(source: Path, target: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(source), "-qm", str(target)], check=True, capture_output=True
    )


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    FOLDER.mkdir(parents=True, exist_ok=True)
    if command == "update":
        for language in LANGUAGES:
            lupdate(ts_path(language), language)
            print(f"updated {ts_path(language).relative_to(ROOT)}")
        return 0
    if command == "compile":
        for language in LANGUAGES:
            compile_ts(ts_path(language), qm_path(language))
            print(f"compiled {qm_path(language).relative_to(ROOT)}")
        return 0
    if command == "check":
        found = problems()
        for line in found:
            print(line)
        print(f"{len(found)} problem(s)")
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
