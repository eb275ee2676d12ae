"""``office-desk import`` and ``office-desk export``: contact lists and packages.

    office-desk --db PATH import FILE [--dry-run] [--kind contacts|organizations]
                [--map "Header=field" ...] [--duplicates skip|merge|create] [--skip-errors]
                [--office NAME] [--allow-deletions] [--trust-new-key]
    office-desk --db PATH export --format csv|xlsx|vcf|ics|json
                [--kind contacts|organizations|projects|events|offices] [--office NAME]
                [--made-by NAME] [--seal-to OFFICE ...] [--without-personal-data] -o OUT

FILE is a contact list (CSV, Excel, vCard) or an Office Desk package (.json, .zip, or
sealed) from another office, told apart by its content. A dry run prints what would
happen and writes nothing; a real import writes everything in one transaction or
nothing. Importing a package into a path with no database creates the database.

A sealed package's signature is checked against the office keys this database trusts:
a key seen for the first time is shown with its fingerprint and trusted only with
``--trust-new-key``; a changed key is refused. A plain package imports after a warning
that nothing vouches for who made it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from ..core import paths

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2

EXPORT_FORMATS = ("csv", "xlsx", "vcf", "ics", "json")
#: As network_package.MAX_UNCONFIRMED_DELETIONS (not imported here: --help stays fast).
_MAX_DELETIONS = 5
#: The lists ``export --kind`` saves: each kind's plural (``kinds.BY_PLURAL``), written out
#: for a fast --help; tests/unit/test_kind_surfaces.py holds the two together.
EXPORT_KINDS = ("contacts", "organizations", "projects", "events", "offices")


class ExchangeCommandError(Exception):
    """A problem with the command's arguments; ``str()`` is the message for the user."""


class WriteRefused(Exception):
    """The disk refused a write (full, a file-size limit, read-only...); ``str()`` is the
    message for the user (see :func:`~office_desk.core.write_errors.describe_write_error`)."""


def add_exchange_commands(subparsers: Any) -> None:
    importer = subparsers.add_parser(
        "import",
        help="import a contact list (CSV, XLSX, vCard) or another office's package",
        description="Import contacts or organizations from CSV (UTF-8, GB18030, Windows-1252; "
        "comma or semicolon), Excel or vCard, or merge an Office Desk package (.json/.zip) "
        "from another office. Outlook and Google Contacts layouts are recognised; other "
        "columns are matched by name, or give --map. Duplicates of existing records (same "
        "e-mail, or same name and organization) are skipped unless --duplicates says "
        "otherwise. Everything is written in one transaction, or nothing.",
    )
    importer.add_argument("file", metavar="FILE", type=Path)
    importer.add_argument(
        "--dry-run",
        action="store_true",
        help="only show what would be created, updated and skipped",
    )
    importer.add_argument(
        "--kind",
        choices=("contacts", "organizations"),
        default="contacts",
        help="what the rows are (default contacts)",
    )
    importer.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="map a column to a field (repeatable), e.g. --map 'Mail=email'",
    )
    importer.add_argument(
        "--duplicates",
        choices=("skip", "merge", "create"),
        default="skip",
        help="what to do with rows that duplicate a record: skip them "
        "(default), merge them into it (fill empty fields, add e-mails), "
        "or create new records anyway",
    )
    importer.add_argument(
        "--encoding",
        metavar="NAME",
        help="read a CSV or vCard file in this encoding (e.g. utf-8, cp1252, "
        "gb18030) instead of telling it from each line's bytes",
    )
    importer.add_argument(
        "--skip-errors",
        action="store_true",
        help="import the good rows and leave out rows with errors "
        "(default: any error stops the import)",
    )
    importer.add_argument(
        "--office",
        metavar="NAME",
        help="put the imported records into this office (name or city, any "
        "case) unless their row names one; a merge only fills an empty "
        "office",
    )
    importer.add_argument(
        "--allow-deletions",
        action="store_true",
        help="a package: let the merge delete more than "
        f"{_MAX_DELETIONS} records, or records of another office than the "
        "package's (without it, such a merge writes nothing)",
    )
    importer.add_argument(
        "--trust-new-key",
        action="store_true",
        help="a sealed package signed with a key this database has not seen for its "
        "office: trust that key (compare its fingerprint with the office first)",
    )

    exporter = subparsers.add_parser(
        "export",
        help="export records as CSV, XLSX, vCard, iCalendar or a JSON package",
        description="Export a list (csv, xlsx), contacts as vCards (vcf), events as a "
        "calendar (ics), or the whole database or one office's part as a package (json; "
        "an OUT ending in .zip is compressed) that another office can import.",
    )
    exporter.add_argument(
        "--format", choices=EXPORT_FORMATS, help="default: from the OUT file's ending"
    )
    exporter.add_argument(
        "--kind",
        choices=EXPORT_KINDS,
        help="which records, for csv and xlsx (vcf is contacts, ics events)",
    )
    exporter.add_argument(
        "--office", metavar="NAME", help="only this office's records (name or city, any case)"
    )
    exporter.add_argument(
        "--delimiter", choices=(",", ";"), default=",", help="CSV separator (';' for German Excel)"
    )
    exporter.add_argument(
        "--made-by",
        metavar="NAME",
        help="a json package: the name it gives as its maker (default: "
        "your user name on this computer)",
    )
    exporter.add_argument(
        "--seal-to",
        action="append",
        default=[],
        metavar="OFFICE",
        help="a json package: seal it to this office (name or city; repeatable), so "
        "only that office (and headquarters, with its recovery key) can open it; it is "
        "signed with this computer's key",
    )
    exporter.add_argument(
        "--without-personal-data",
        action="store_true",
        help="a json package: leave the contacts' details (e-mails, phones, messaging, "
        "notes) out; importing it keeps the other side's details as they are",
    )
    exporter.add_argument("-o", "--output", metavar="OUT", type=Path, required=True)


# --------------------------------------------------------------------------- import


def _print_lines(lines: list[str]) -> None:
    for line in lines:
        print(line)


def run_import_command(args: argparse.Namespace, db_path: Path) -> int:
    from ..core.store.database import StoreError
    from ..core.write_errors import explain_or_raise

    source: Path = args.file.expanduser()
    if not source.is_file():
        print(f"office-desk: error: {source}: no such file", file=sys.stderr)
        return EXIT_PROBLEM
    try:
        from ..core.network_package import is_package

        if is_package(source):
            if getattr(args, "office", None) is not None:
                raise ExchangeCommandError(
                    "--office is for contact lists; a package keeps its records' offices"
                )
            if getattr(args, "encoding", None) is not None:
                raise ExchangeCommandError("--encoding is for contact lists (CSV, vCard)")
            return _import_package(
                source,
                db_path,
                args.dry_run,
                getattr(args, "allow_deletions", False),
                getattr(args, "trust_new_key", False),
            )
        if getattr(args, "allow_deletions", False):
            raise ExchangeCommandError(
                "--allow-deletions is for packages; a contact list deletes nothing"
            )
        if getattr(args, "trust_new_key", False):
            raise ExchangeCommandError("--trust-new-key is for sealed packages")
        return _import_contacts(source, db_path, args)
    except ExchangeCommandError as exc:
        print(f"office-desk: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StoreError:
        raise
    except WriteRefused as exc:
        print(f"office-desk: error: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except Exception as exc:
        # A full disk or a file-size limit during the import: the transaction was rolled
        # back; say so in one line instead of a traceback.
        print(
            f"office-desk: error: {explain_or_raise(exc, db_path, (ValueError, OSError))}",
            file=sys.stderr,
        )
        return EXIT_PROBLEM


def _open_existing(
    db_path: Path, dry_run: bool
) -> tuple[Any, tempfile.TemporaryDirectory[str] | None]:
    """The store at ``db_path``; for a dry run on a missing file, an empty throw-away one."""
    from ..core.store.database import open_store

    if db_path.exists() or not dry_run:
        return open_store(db_path), None  # a missing file is refused with a clear message
    folder = tempfile.TemporaryDirectory(prefix="office-desk-dry-run-")
    return open_store(Path(folder.name) / "dry-run.sqlite", create=True), folder


def _import_package(
    source: Path,
    db_path: Path,
    dry_run: bool,
    allow_deletions: bool = False,
    trust_new_key: bool = False,
) -> int:
    """Merge a package; into a missing ``db_path``, a new database is made on the side
    and moved into place only when the merge succeeded (a failure leaves no file).

    Rows the package may not change (from the future, outside its office) are listed
    and left out; a merge that deletes more than a few records, or another office's,
    writes nothing without ``allow_deletions``; a sealed package signed with a key not
    seen before writes nothing without ``trust_new_key``."""
    from ..core.network_package import (
        FIRST_USE,
        PackageError,
        apply_merge,
        plan_merge,
        read_package,
    )
    from ..core.store.database import open_store
    from ..core.write_errors import describe_write_error

    try:
        package = read_package(source)
    except PackageError as exc:
        where = "" if str(exc).startswith(f"{source.name}: ") else f"{source.name}: "
        print(f"office-desk: error: {where}{exc}", file=sys.stderr)
        return EXIT_PROBLEM
    creating = not db_path.exists() and not dry_run
    if creating:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        target = db_path.with_name(f".{db_path.name}.creating")
        for leftover in (target, *(target.with_name(target.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        store, folder = open_store(target, create=True), None
    else:
        store, folder = _open_existing(db_path, dry_run)
    merged = False
    try:
        plan = plan_merge(store, package)
        # Every conflict, refused row and deletion is printed: nothing the merge
        # overrides, leaves out or deletes may go unseen.
        _print_lines(
            plan.summary_lines(
                limit=max(len(plan.conflicts), len(plan.refused), len(plan.deletions), 1)
            )
        )
        unconfirmed = plan.needs_confirmation and not allow_deletions
        if unconfirmed:
            count = len(plan.deletions)
            others = sum(1 for d in plan.deletions if d.other_office)
            what = "1 record" if count == 1 else f"{count} records"
            if others:
                what += (
                    " that is not of the package's office"
                    if count == 1
                    else f" ({others} not of the package's office)"
                )
            print(
                f"The merge deletes {what}: check the list above, and pass "
                "--allow-deletions to let it."
            )
        untrusted = plan.seal_status == FIRST_USE and not trust_new_key
        if untrusted:
            print(
                "Compare the fingerprint with the office (by phone, say); if it matches, "
                "import again with --trust-new-key."
            )
        if dry_run:
            print("Dry run: nothing was written.")
            return EXIT_OK
        if untrusted:
            print(
                f"office-desk: error: nothing was imported from {source.name}: it is signed "
                "with a key this database has not seen before; pass --trust-new-key once "
                "you have checked its fingerprint",
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        if unconfirmed:
            print(
                f"office-desk: error: nothing was imported from {source.name}: it deletes "
                "records; pass --allow-deletions if they should go",
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        if not creating and store.path is not None:
            _backup_before(store.path, "before-merge")
        apply_merge(store, plan, allow_deletions=allow_deletions, trust_new_key=trust_new_key)
        merged = True
    except PackageError as exc:
        print(f"office-desk: error: {describe_write_error(exc, db_path) or exc}", file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        store.close()
        if folder is not None:
            folder.cleanup()
        if creating and not merged:
            target.unlink(missing_ok=True)
    if creating:
        target.replace(db_path)
        print(f"Created {db_path} from {source.name}.")
    else:
        print(f"Merged {source.name} into {db_path}.")
    if plan.refused:
        print(
            f"office-desk: warning: {len(plan.refused)} rows of {source.name} were refused "
            "and left out (listed above)",
            file=sys.stderr,
        )
    return EXIT_OK


def _backup_before(db_path: Path, reason: str) -> None:
    """A verified copy in the backups folder before a merge or import writes."""
    from ..core.store.backup import backup_before
    from ..core.write_errors import describe_write_error

    folder = paths.backup_dir()
    try:
        copy = backup_before(db_path, folder, reason)
    except Exception as exc:
        message = describe_write_error(exc, folder)
        if message is None:
            raise
        raise WriteRefused(message) from exc
    print(f"Backed up {db_path.name} to {copy} first.")


def _import_contacts(source: Path, db_path: Path, args: argparse.Namespace) -> int:
    from ..core.import_contacts import (
        ImportFileError,
        apply_plan,
        guess_mapping,
        mapping_from_option,
        plan_import,
        read_source,
    )

    try:
        table = read_source(source, encoding=getattr(args, "encoding", None))
    except ImportFileError as exc:
        print(f"office-desk: error: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    if args.map:
        try:
            mapping = mapping_from_option(args.map, table.headers, args.kind)
        except ValueError as exc:
            raise ExchangeCommandError(str(exc)) from None
    else:
        mapping = guess_mapping(table, args.kind)
    if not mapping.is_usable:
        columns = ", ".join(repr(h) for h in table.headers)
        raise ExchangeCommandError(
            f"{source.name}: no column could be matched to a name; its columns are {columns}. "
            "Say which is which with --map, e.g. --map 'Name=full_name'"
        )
    if not db_path.exists() and not args.dry_run:
        raise ExchangeCommandError(
            f"there is no database at {db_path}; contacts are imported into an existing one "
            "(create it first, e.g. with 'office-desk sample' or the app's File > New)"
        )
    store, folder = _open_existing(db_path, args.dry_run)
    try:
        office_id = None
        if getattr(args, "office", None) is not None:
            from ..core.office_lookup import OfficeLookupError, find_office

            try:
                office_id = find_office(store, args.office).id
            except OfficeLookupError as exc:
                raise ExchangeCommandError(str(exc)) from None
        plan = plan_import(store, table, mapping, args.kind, office_id=office_id)
        for row in plan.duplicate_rows():
            row.choice = args.duplicates
        if args.skip_errors:
            plan.skip_errors = True
        _print_lines(plan.summary_lines())
        if plan.unclear_lines():
            hint = " ".join(f"--encoding {e}" for e in plan.encoding_suggestions[:3])
            print(f"To read the file in another encoding, give {hint or '--encoding NAME'}.")
        if args.dry_run:
            print("Dry run: nothing was written.")
            return EXIT_OK
        if plan.error_count and not args.skip_errors:
            print(
                "Nothing was imported: fix the rows above, or pass --skip-errors to leave "
                "them out.",
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        if store.path is not None:
            _backup_before(store.path, "before-import")
        result = apply_plan(store, plan)
        print(result.summary() if hasattr(result, "summary") else str(result))
        return EXIT_OK
    finally:
        store.close()
        if folder is not None:
            folder.cleanup()


# --------------------------------------------------------------------------- export


def _export_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = args.output.suffix.lower().lstrip(".")
    if suffix == "zip":
        return "json"
    if suffix in ("vcard",):
        return "vcf"
    if suffix in EXPORT_FORMATS:
        return suffix
    raise ExchangeCommandError(
        f"say --format ({', '.join(EXPORT_FORMATS)}): {args.output.name!r} does not tell"
    )


def run_export_command(args: argparse.Namespace, db_path: Path) -> int:
    from ..core import kinds
    from ..core.listing import ListQuery, ids
    from ..core.office_lookup import OfficeLookupError, find_office
    from ..core.store.database import open_store

    try:
        fmt = _export_format(args)
        kind = args.kind
        if fmt == "vcf" and kind not in (None, "contacts"):
            raise ExchangeCommandError("vcf holds contacts; leave out --kind or say contacts")
        if fmt == "ics" and kind not in (None, "events"):
            raise ExchangeCommandError("ics holds events; leave out --kind or say events")
        if fmt in ("csv", "xlsx") and kind is None:
            raise ExchangeCommandError(
                f"say which records to export as {fmt}: --kind {'|'.join(EXPORT_KINDS)}"
            )
        if fmt == "json" and kind is not None:
            raise ExchangeCommandError(
                "a json package holds every kind; leave out --kind "
                "(use --office for one office's part)"
            )
        if fmt != "json" and getattr(args, "made_by", None) is not None:
            raise ExchangeCommandError("--made-by is for json packages")
        if fmt != "json" and getattr(args, "seal_to", None):
            raise ExchangeCommandError("--seal-to is for json packages")
        if fmt != "json" and getattr(args, "without_personal_data", False):
            raise ExchangeCommandError("--without-personal-data is for json packages")
    except ExchangeCommandError as exc:
        print(f"office-desk: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    store = open_store(db_path)
    try:
        office_id, office_name = None, None
        if args.office is not None:  # an empty --office "" is an error, not everything
            try:
                office = find_office(store, args.office)
                office_id, office_name = office.id, office.name
            except OfficeLookupError as exc:
                print(f"office-desk: error: {exc}", file=sys.stderr)
                return EXIT_USAGE
        output: Path = args.output.expanduser()
        output.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "json":
            from ..core.network_package import MadeBy, export_package
            from ..core.network_package.format import MADE_BY_MAX

            made_by = None
            if getattr(args, "made_by", None) is not None:
                person = " ".join(args.made_by.split())
                if not person or len(person) > MADE_BY_MAX:
                    print(
                        f"office-desk: error: --made-by: give a name of 1 to {MADE_BY_MAX} "
                        "characters",
                        file=sys.stderr,
                    )
                    return EXIT_USAGE
                made_by = MadeBy(person, office_id, office_name)
            seal_to = []
            for name in getattr(args, "seal_to", None) or []:
                try:
                    seal_to.append(find_office(store, name).id)
                except OfficeLookupError as exc:
                    print(f"office-desk: error: --seal-to: {exc}", file=sys.stderr)
                    return EXIT_USAGE
            summary = export_package(
                store,
                output,
                office_id,
                made_by=made_by,
                personal_data=not getattr(args, "without_personal_data", False),
                seal_to=seal_to,
            )
            _print_lines(summary.summary_lines())
            return EXIT_OK
        plural = {"vcf": "contacts", "ics": "events"}.get(fmt) or kind
        single = kinds.BY_PLURAL[plural].name
        query = ListQuery(single, office_id=office_id)
        if fmt in ("csv", "xlsx"):
            from ..core.export_lists import export_list

            extra = {"delimiter": args.delimiter} if fmt == "csv" else {}
            count = export_list(store, query, output, fmt, **extra)
        elif fmt == "vcf":
            from ..core.export_vcard import export_vcards

            count = export_vcards(store, ids(store, query), output)
        else:
            from ..core.export_calendar import export_calendar

            count = export_calendar(store, ids(store, query), output)
        print(f"Wrote {count:,} {plural if count != 1 else single} to {output}")
        return EXIT_OK
    except Exception as exc:
        # A full disk or a file-size limit: one line, not a traceback (the exports write
        # a temporary file and move it into place, so no half file is left).
        from ..core.network_package import PackageError
        from ..core.write_errors import explain_or_raise

        message = explain_or_raise(
            exc, args.output.expanduser(), (ValueError, OSError, PackageError)
        )
        print(f"office-desk: error: {message}", file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        store.close()
