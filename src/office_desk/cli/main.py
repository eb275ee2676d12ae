"""The ``office-desk`` command line, over the same services as the GUI."""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from ..core import paths

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
#: The lists ``office-desk list`` shows: each kind's plural (``kinds.BY_PLURAL``), written
#: out so that --help does not load the registry and the models (a second);
#: tests/unit/test_kind_surfaces.py holds the two together.
LIST_KINDS = ("offices", "organizations", "contacts", "projects", "events")

EPILOG = """\
examples:
  office-desk sample ~/sample.sqlite            create the sample network
  office-desk --db ~/sample.sqlite list offices
  office-desk --db ~/sample.sqlite list contacts --format csv > contacts.csv
  office-desk --db ~/sample.sqlite search Kreuzchor
  office-desk --db ~/sample.sqlite check
  office-desk --db ~/sample.sqlite map -o network.html   the map, one offline HTML file
  office-desk --db ~/sample.sqlite report --office Dresden --year 2025 -o dresden.pdf
  office-desk --db ~/sample.sqlite report --network --format xlsx -o network.xlsx
  office-desk --db ~/sample.sqlite import partner-contacts.csv --dry-run
  office-desk --db ~/sample.sqlite export --format vcf --office Dresden -o dresden.vcf
  office-desk --db ~/sample.sqlite export --format json -o whole-network.zip
  office-desk --db ~/sample.sqlite encrypt --travel   encrypt it, with a passphrase
  office-desk --db ~/sample.sqlite person export ID -o person.json   all kept about one person
  office-desk --db ~/sample.sqlite person erase ID   remove a person's data for good
  office-desk demo                              open the sample network in the app

The database is --db PATH, else $OFFICE_DESK_DB, else office-desk.sqlite in your
per-user data folder ({default}).

An encrypted file opens with the key in this computer's keychain, or in travel mode
with the passphrase in $OFFICE_DESK_PASSPHRASE.
"""


class _Version(argparse.Action):
    """``--version``: the installed version, looked up only when asked for."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)  # type: ignore[arg-type]

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        from .. import __version__

        print(f"office-desk {__version__}")  # on standard output, as argparse's own
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="office-desk",
        description="Office Desk: offices, contacts, organizations, projects and events of "
        "an overseas contact-office network. With no command, the desktop app starts.",
        epilog=EPILOG.format(default=paths.default_database_path()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_Version, help="show the version and exit")
    parser.add_argument(
        "--db", metavar="PATH", type=Path, help="the database file to use (see below)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    parser.add_argument(
        "--language",
        metavar="LANG",
        help="language of reports, exports and messages: en, de or zh_CN "
        "(default: the language chosen in the app's Settings, else English)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sample = commands.add_parser(
        "sample",
        help="create the sample network database at PATH",
        description="Create the sample network (the Dresden-Jinan office and its network, "
        "from public facts plus labelled example records) as a new database file.",
    )
    sample.add_argument("path", metavar="PATH", type=Path, help="a new file (never overwritten)")

    lister = commands.add_parser(
        "list",
        help="list offices, organizations, contacts, projects or events",
        description="List the live (not deleted) records of one kind.",
    )
    lister.add_argument("kind", choices=LIST_KINDS)
    lister.add_argument(
        "--format",
        choices=["table", "csv", "json"],
        default="table",
        help="table (default, for reading), csv, or json (all fields)",
    )

    finder = commands.add_parser(
        "search",
        help="find records of every kind by text",
        description="Full-text search in every kind of record. Matches Chinese and German "
        "(张伟, Zhang Wei and Wei Zhang; Müller, Mueller and Muller) and word beginnings.",
    )
    finder.add_argument("text", nargs="+", help="words to find")
    finder.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")

    commands.add_parser(
        "check",
        help="check the database file for damage and inconsistencies",
        description="Run SQLite's integrity and foreign-key checks and Office Desk's own "
        "consistency checks. Exit status 0 only when everything is clean.",
    )
    from .map_commands import add_map_command

    add_map_command(commands)
    from .report_commands import add_report_command

    add_report_command(commands)
    from .exchange_commands import add_exchange_commands

    add_exchange_commands(commands)
    from .backup_commands import add_backup_commands

    add_backup_commands(commands)
    from .sync_commands import add_sync_commands

    add_sync_commands(commands)
    from .encryption_commands import add_encryption_commands

    add_encryption_commands(commands)
    from .key_commands import add_key_commands

    add_key_commands(commands)
    from .person_commands import add_person_commands

    add_person_commands(commands)
    commands.add_parser("gui", help="start the desktop app (the default)")
    commands.add_parser(
        "demo",
        help="start the desktop app on the sample network",
        description="Create the sample network in your data folder if it is not there "
        "yet, and open it in the desktop app.",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from ..core.private_files import protect_own_folders

    # Databases, backups, packages, exports and logs hold personal data: the user's alone.
    protect_own_folders()
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command not in (None, "gui", "demo"):  # the app loads its own translation
        problem = install_language(args.language)
        if problem:
            print(f"office-desk: error: {problem}", file=sys.stderr)
            return EXIT_USAGE
    try:
        if args.command == "server":
            from .sync_commands import run_server_command

            return run_server_command(args)
        if args.command == "sample":
            return cmd_sample(args.path)
        if args.command in (None, "gui", "demo"):
            return cmd_gui(args.db, demo=args.command == "demo")
        db = args.db or paths.default_database_path()
        if args.command == "list":
            return cmd_list(db, args.kind, args.format, sys.stdout)
        if args.command == "search":
            return cmd_search(db, " ".join(args.text), args.limit)
        if args.command == "check":
            return cmd_check(db)
        if args.command == "map":
            from .map_commands import run_map_command

            return run_map_command(args, db)
        if args.command == "report":
            from .report_commands import run_report_command

            return run_report_command(args, db)
        if args.command == "import":
            from .exchange_commands import run_import_command

            return run_import_command(args, db)
        if args.command == "export":
            from .exchange_commands import run_export_command

            return run_export_command(args, db)
        if args.command == "backup":
            from .backup_commands import run_backup_command

            return run_backup_command(args, db)
        if args.command == "sync":
            from .sync_commands import run_sync_command

            return run_sync_command(args, db)
        if args.command == "keys":
            from .key_commands import run_key_command

            return run_key_command(args, db)
        if args.command == "person":
            from .person_commands import run_person_command

            return run_person_command(args, db)
        if args.command in ("encrypt", "decrypt"):
            from .encryption_commands import run_encryption_command

            return run_encryption_command(args, db)
        if args.command == "restore":
            from .backup_commands import run_restore_command

            return run_restore_command(args, db)
    except Exception as exc:
        # Imported here: the desktop app paints its window before the store's modules
        # (SQLAlchemy, SQLModel) are imported.
        from ..core.store.database import StoreError

        if isinstance(exc, StoreError):
            print(f"office-desk: error: {exc}", file=sys.stderr)
            return EXIT_PROBLEM
        # A full disk, a file-size limit, a read-only or locked file: one clear line
        # (the write was one transaction, so nothing half-done is left).
        from ..core.write_errors import explain_or_raise

        message = explain_or_raise(exc, getattr(args, "db", None) or getattr(args, "path", None))
        print(f"office-desk: error: {message}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return 130
    finally:
        from ..core import i18n

        i18n.install(None)  # a command's language does not outlive it (tests call main())
    parser.error(f"unknown command {args.command}")  # pragma: no cover
    return EXIT_USAGE


def install_language(choice: str | None) -> str:
    """Translate what the commands write (reports, exports, summaries) into ``choice``,
    or the language chosen in the app's Settings; English when neither says otherwise.
    Returns a problem to report ("" when fine)."""
    from ..core import i18n

    if choice is None:
        try:
            from PySide6.QtCore import QSettings
        except ImportError:  # pragma: no cover - PySide6 is a dependency
            return ""
        choice = str(QSettings("Office Desk", "Office Desk").value("ui/language", "") or "")
        if not choice:
            return ""
    if choice in ("", "en"):
        i18n.install(None)
        return ""
    from PySide6.QtCore import QTranslator

    from ..core import paths

    translator = QTranslator()
    folder = paths.translations_dir()
    if folder is None or not translator.load(f"office_desk_{choice}", str(folder)):
        return f"--language {choice!r}: no such translation (en, de or zh_CN)"

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    i18n.install(translate, choice)
    return ""


def _open(db: Path):  # type: ignore[no-untyped-def]
    from ..core.store.database import open_store

    return open_store(db)


def cmd_sample(path: Path) -> int:
    from ..core.sample_store import create_sample

    path = path.expanduser()
    if path.exists():
        print(f"office-desk: error: {path} already exists; choose a new file name", file=sys.stderr)
        return EXIT_PROBLEM
    try:
        counts = create_sample(path)
    except BaseException:  # no half-made sample left behind
        for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    print(f"Created the sample network at {path}: {summary}.")
    return EXIT_OK


def cmd_list(db: Path, plural: str, fmt: str, out: TextIO) -> int:
    from ..core import kinds, listing

    store = _open(db)
    try:
        kind = kinds.BY_PLURAL[plural].name
        query = listing.ListQuery(kind)
        if fmt == "json":
            data = [r.model_dump(mode="json") for r in listing.records(store, query)]
            json.dump(data, out, ensure_ascii=False, indent=2)
            out.write("\n")
            return EXIT_OK
        columns = listing.COLUMNS[kind]
        rows = listing.rows_for(store, kind, listing.ids(store, query))
    finally:
        store.close()
    if fmt == "csv":
        from ..core.cell_safety import safe_cell

        writer = csv.writer(out)
        writer.writerow(["id", *(c.header for c in columns)])
        for row in rows:
            writer.writerow([row["id"], *(safe_cell(row[c.key]) for c in columns)])
        return EXIT_OK
    _print_table(
        [c.header for c in columns],
        [[row[c.key] for c in columns] for row in rows],
        title=f"{len(rows)} {plural if len(rows) != 1 else kind}",
    )
    return EXIT_OK


def _print_table(headers: list[str], rows: list[list[str]], title: str) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 240, highlight=False)
    table = Table(
        *headers, box=box.SIMPLE_HEAD, title=title, title_justify="left", header_style="bold"
    )
    for row in rows:
        table.add_row(*row)
    console.print(table)


def cmd_search(db: Path, text: str, limit: int) -> int:
    from ..core.finder import find

    store = _open(db)
    try:
        found = find(store, text, limit)
    finally:
        store.close()
    if not found:
        print(f"Nothing matches {text!r}.")
        return EXIT_PROBLEM
    width = max(len(f.kind) for f in found)
    for f in found:
        detail = f"  ({f.detail})" if f.detail else ""
        print(f"{f.kind:<{width}}  {f.title}{detail}")
    return EXIT_OK


def cmd_check(db: Path) -> int:
    from ..core.checks import run_checks, schema_problems
    from ..core.store.database import ForeignObjects

    try:
        store = _open(db)
    except ForeignObjects as exc:
        # Not opened (opening would write): the schema's problems are the findings,
        # and the other checks wait for a file without them.
        problems = schema_problems(exc.report)
        for p in problems:
            print(p)
        print(
            f"{db}: {len(problems)} problem{'s' if len(problems) != 1 else ''} found "
            "(the file was not changed; the other checks run once these are removed)."
        )
        return EXIT_PROBLEM
    try:
        problems = run_checks(store)
    finally:
        store.close()
    if problems:
        for p in problems:
            print(p)
        print(f"{db}: {len(problems)} problem{'s' if len(problems) != 1 else ''} found.")
        return EXIT_PROBLEM
    print(f"{db}: no problems found.")
    return EXIT_OK


def cmd_gui(db: Path | None, demo: bool = False) -> int:
    from ..app import run

    return run(db, demo=demo)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
