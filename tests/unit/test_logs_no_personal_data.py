"""Logs never hold personal data: a full walk through the core and the command line
with every logger at DEBUG into one file, then the file is searched for the people's
names, e-mail addresses, phone numbers and messaging handles.

(The PDF of ``person export`` needs Qt and is walked in tests/gui/test_person_rights.py;
here its JSON and its page are made through the core, as the command does.)
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from office_desk.cli.main import build_parser, main
from office_desk.core.finder import find
from office_desk.core.services import personal_data
from office_desk.core.store.backup import backup_before, restore_file
from office_desk.core.store.database import open_store

from . import import_files

FIRST_RELEASE = Path(__file__).parents[1] / "fixtures" / "first-release.sqlite"
#: New people the walk imports (their words must not be logged either).
IMPORTED = import_files.PEOPLE[:3]


@pytest.fixture
def debug_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every logger at DEBUG, into one file (as ``--verbose`` and the app's log do)."""
    monkeypatch.setenv("OFFICE_DESK_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "debug.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    saved = root.level, {name: logging.getLogger(name).level for name in ("sqlalchemy",)}
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield path
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(saved[0])
        for name, level in saved[1].items():
            logging.getLogger(name).setLevel(level)


def _people_words(db: Path) -> set[str]:
    """Names (as written and as shown), e-mails, phones and messaging handles of every
    contact in ``db``, and of the people imported."""
    import json

    words: set[str] = set()
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT given_name, family_name, name_native, emails, phones, messaging FROM contact"
        ).fetchall()
    finally:
        conn.close()
    for given, family, native, emails, phones, messaging in rows:
        words |= {f"{given} {family}".strip(), f"{family} {given}".strip(), native}
        for values in (emails, phones, messaging):
            words |= set(json.loads(values))
    for person in IMPORTED:
        words |= {f"{person.given} {person.family}", *person.emails, *person.phones}
        words |= {person.native} if person.native else set()
    return {w for w in words if len(w.strip()) >= 4 or any(ord(c) > 0x2E80 for c in w)}


def _cli(*args: str) -> int:
    return main(["--language", "en", "-v", *args])


def _person(db: Path, *words: str) -> int:
    """``office-desk --db DB person ...``: through ``main`` once it knows the command,
    else through the command's own module (as ``main`` would call it)."""
    commands = next(
        a
        for a in build_parser()._actions
        if a.dest == "command"  # noqa: SLF001
    )
    if "person" in commands.choices:  # type: ignore[operator]
        return _cli("--db", str(db), "person", *words)
    import argparse

    from office_desk.cli.person_commands import add_person_commands, run_person_command

    parser = argparse.ArgumentParser(prog="office-desk")
    add_person_commands(parser.add_subparsers(dest="command"))
    return run_person_command(parser.parse_args(["person", *words]), db)


def test_a_full_walk_logs_no_personal_data(
    debug_log: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "walk.sqlite"
    out = tmp_path / "out"
    out.mkdir()
    assert _cli("sample", str(db)) == 0
    listing = import_files.outlook_csv(tmp_path / "partners.csv", IMPORTED)
    assert _cli("--db", str(db), "import", str(listing), "--dry-run") == 0
    assert _cli("--db", str(db), "import", str(listing)) == 0
    # a second import of the same people: duplicates found by e-mail, merged
    assert _cli("--db", str(db), "import", str(listing), "--duplicates", "merge") == 0
    for fmt, name in (("csv", "contacts.csv"), ("xlsx", "contacts.xlsx")):
        assert _cli("--db", str(db), "export", "--kind", "contacts", "-o", str(out / name)) == 0, (
            fmt
        )
    assert _cli("--db", str(db), "export", "--format", "vcf", "-o", str(out / "c.vcf")) == 0
    assert _cli("--db", str(db), "export", "--format", "json", "-o", str(out / "all.zip")) == 0
    assert _cli("--db", str(db), "list", "contacts", "--format", "json") == 0
    for words in ("Zhang Wei", "张伟", "mueller", IMPORTED[0].emails[0], "+49 351"):
        _cli("--db", str(db), "search", words)
    assert _cli("--db", str(db), "check") == 0
    assert _cli("--db", str(db), "map", "-o", str(out / "network.html")) == 0
    assert _cli("--db", str(db), "report", "--network", "-o", str(out / "network.xlsx")) == 0
    # an older file is backed up and upgraded (a warning names the file, not its people)
    old = tmp_path / "first-release.sqlite"
    old.write_bytes(FIRST_RELEASE.read_bytes())
    assert _cli("--db", str(old), "list", "contacts") == 0
    assert _cli("--db", str(db), "backup", "-o", str(out / "copy.sqlite")) == 0

    store = open_store(db)
    try:
        (zhang,) = [f for f in find(store, "zhang.wei@example.com") if f.kind == "contact"]
        data = personal_data.person_file(store, zhang.id)
        personal_data.write_person_json(data, out / "zhang.json")
        assert "zhang.wei@example.com" in personal_data.person_file_html(data)
        backup = backup_before(db, tmp_path / "backups", "daily")
    finally:
        store.close()
    assert _person(db, "review", "--format", "csv") == 0
    assert _person(db, "erase", zhang.id.hex, "--yes") == 0
    assert _person(db, "erase", zhang.id.hex, "--yes") == 1  # erased already: an error line
    assert _person(db, "erase", "not-an-id", "--yes") == 2
    # a restored backup brings the person back; erasing again finds them
    restore_file(backup, db, tmp_path / "backups")
    store = open_store(db)
    try:
        assert personal_data.erase_again(store) == 1
    finally:
        store.close()
    # an import that fails part-way (a bad cell) and a damaged file: error paths log too
    broken = tmp_path / "broken.csv"
    broken.write_text(
        "First Name,Last Name,E-mail Address,Birthday\n"
        f"{IMPORTED[0].given},{IMPORTED[0].family},{IMPORTED[0].emails[0]},31.02.1980\n",
        encoding="utf-8",
    )
    _cli("--db", str(db), "import", str(broken))
    capsys.readouterr()  # what the commands printed is for the user: not a log

    log = debug_log.read_text(encoding="utf-8")
    # The walk did log (the check can fail), the upgrade's warning included, with every
    # level let through. (Which DEBUG lines appear depends on what earlier tests in the
    # same process already loaded once, so their presence is not asserted.)
    assert logging.getLogger("office_desk.core").isEnabledFor(logging.DEBUG)
    assert "WARNING office_desk.core.store.database: upgrading" in log
    words = _people_words(db) | _people_words(out / "copy.sqlite") | _people_words(old)
    assert len(words) > 100
    found = sorted(w for w in words if w in log)
    assert found == [], f"personal data in the log: {found}"
