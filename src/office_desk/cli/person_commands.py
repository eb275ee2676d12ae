"""``office-desk person``: people's rights from the command line.

    office-desk --db FILE person export ID -o FILE     everything kept about one person,
                                                       as FILE.json and FILE.pdf
    office-desk --db FILE person erase ID [--yes]      remove the person for good
    office-desk --db FILE person review [--years N] [--format table|csv]
                                                       contacts to review

ID is the contact's UUID, with or without dashes (``office-desk list contacts --format
json`` shows them). ``erase`` asks before it erases, on a terminal; from a script (no
terminal) it erases only with ``--yes``.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import Any, TextIO

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
REVIEW_FORMATS = ("table", "csv")


def add_person_commands(subparsers: Any) -> None:
    person = subparsers.add_parser(
        "person",
        help="people's rights: export or erase what is kept about a person; review list",
        description="See everything kept about one person (JSON and PDF), erase a person "
        "for good, or list the contacts to review for data protection.",
    )
    actions = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="write everything kept about one person as JSON and PDF",
        description="Write everything the database keeps about one person (the record, "
        "its links, projects, events, tags, notes, the search index's entry, the sync "
        "history, and which backups and packages may still hold them) as a JSON file "
        "and a readable PDF beside it.",
    )
    export.add_argument("id", metavar="ID", help="the contact's id (UUID, dashes optional)")
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        required=True,
        help="FILE.json and FILE.pdf are written (a .json or .pdf ending gives both)",
    )
    export.add_argument(
        "--paper", choices=("a4", "letter"), help="PDF paper size (default: by your locale)"
    )
    erase = actions.add_parser(
        "erase",
        help="remove every personal field of one person for good",
        description="Erase one person for good: every personal field is removed, the "
        "links to projects, events and tags are closed, the search index forgets them, "
        "and freed space in the file is overwritten. The row keeps only its id, a "
        "tombstone and an erased mark, which sync and packages carry to other copies. "
        "The id is written to the erasure log, so a restored backup erases them again.",
    )
    erase.add_argument("id", metavar="ID", help="the contact's id (UUID, dashes optional)")
    erase.add_argument(
        "--yes", action="store_true", help="do not ask (needed when not run on a terminal)"
    )
    review = actions.add_parser(
        "review",
        help="list contacts to review: unknown legal basis, or not contacted for years",
        description="The contacts whose data should be looked at again: no legal basis "
        "recorded, or not contacted for longer than the review period.",
    )
    review.add_argument(
        "--years",
        type=int,
        default=3,
        metavar="N",
        help="the review period in years without contact (default 3)",
    )
    review.add_argument(
        "--format", choices=REVIEW_FORMATS, default="table", help="table (default) or csv"
    )


def _error(message: str, status: int = EXIT_PROBLEM) -> int:
    print(f"office-desk: error: {message}", file=sys.stderr)
    return status


def run_person_command(args: argparse.Namespace, db_path: Path) -> int:
    """Carry out ``office-desk person ...``; returns the exit status."""
    from ..core.services.personal_data import NotAnId, PersonalDataError
    from ..core.store.database import StoreError, open_store

    command = args.person_command
    if command == "review" and args.years < 1:
        return _error("--years must be at least 1", EXIT_USAGE)
    try:
        store = open_store(db_path)
    except StoreError as exc:
        return _error(str(exc))
    try:
        if command == "export":
            return _export(store, args)
        if command == "erase":
            return _erase(store, args, sys.stdin, sys.stdout)
        return _review(store, args.years, args.format, sys.stdout)
    except NotAnId as exc:
        return _error(str(exc), EXIT_USAGE)
    except (PersonalDataError, OSError) as exc:
        return _error(str(exc))
    finally:
        store.close()


def _export(store: Any, args: argparse.Namespace) -> int:
    from ..core.i18n import translate
    from ..core.services.personal_data import (
        parse_person_id,
        person_file,
        person_file_paths,
        write_person_json,
    )

    contact_id = parse_person_id(args.id)
    data = person_file(store, contact_id)
    json_path, pdf_path = person_file_paths(args.output.expanduser())
    write_person_json(data, json_path)
    try:
        from PySide6.QtGui import QPageSize

        from ..render.map_picture import ensure_application
        from ..render.person_file_pdf import write_person_pdf

        ensure_application()
        paper = None
        if args.paper:
            paper = QPageSize.PageSizeId.A4 if args.paper == "a4" else QPageSize.PageSizeId.Letter
        write_person_pdf(data, pdf_path, paper)
    except (OSError, TimeoutError) as exc:
        print(translate("PersonalData", "Wrote {path}").format(path=json_path))
        return _error(
            translate("PersonalData", "{path}: the PDF could not be written ({reason})").format(
                path=pdf_path, reason=exc
            )
        )
    print(
        translate("PersonalData", "Wrote {json} and {pdf}: everything kept about {name}.").format(
            json=json_path, pdf=pdf_path, name=data["name"]
        )
    )
    return EXIT_OK


def _erase(store: Any, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from ..core.i18n import QT_TRANSLATE_NOOP, translate, translate_count
    from ..core.services.personal_data import erase_person, parse_person_id, person_file

    contact_id = parse_person_id(args.id)
    facts = person_file(store, contact_id)  # refuses an unknown id before asking
    name = facts["name"]
    if facts["erased"]:
        erase_person(store, contact_id)  # says when, changes nothing
    if not args.yes:
        if not stdin.isatty():
            return _error(
                translate(
                    "PersonalData",
                    "not erased: erasing cannot be undone, and there is no terminal to "
                    "ask on; pass --yes to erase {name} without asking",
                ).format(name=name),
                EXIT_USAGE,
            )
        print(
            translate(
                "PersonalData",
                "Erase {name} ({id}) for good? Every personal field, {links} links to "
                "projects, events and tags, and the search index's entry are removed. "
                "This cannot be undone.",
            ).format(
                name=name,
                id=contact_id,
                links=len(facts["projects"]) + len(facts["events"]) + len(facts["tags"]),
            ),
            file=out,
        )
        out.write(translate("PersonalData", "Type yes to erase: "))
        out.flush()
        answer = stdin.readline().strip().casefold()
        if answer not in ("yes", "y", translate("PersonalData", "yes").casefold()):
            print(translate("PersonalData", "Not erased; nothing was changed."), file=out)
            return EXIT_PROBLEM
    result = erase_person(store, contact_id)
    print(
        translate(
            "PersonalData",
            "Erased {name} ({id}): every personal field is removed, {links} links are "
            "closed and the search index forgets them. The erasure log ({log}) lists the "
            "id, so restoring an older backup erases them again; the erasure reaches "
            "other copies through sync and packages.",
        ).format(name=name, id=contact_id, links=result.links, log=result.log),
        file=out,
    )
    if facts["backups"]:
        print(
            translate_count(
                "PersonalData",
                QT_TRANSLATE_NOOP(
                    "PersonalData",
                    "{count} backup made since the person was added still holds them "
                    "until it is pruned.",
                ),
                QT_TRANSLATE_NOOP(
                    "PersonalData",
                    "{count} backups made since the person was added still hold them "
                    "until they are pruned.",
                ),
                len(facts["backups"]),
            ),
            file=out,
        )
    return EXIT_OK


def _review(store: Any, years: int, fmt: str, out: TextIO) -> int:
    from ..core.cell_safety import safe_cell
    from ..core.i18n import QT_TRANSLATE_NOOP, translate, translate_count
    from ..core.services.personal_data import review_list
    from ..core.vocabulary import LegalBasis, label_of

    items = review_list(store, years=years)
    headers = [
        "id",
        translate("PersonalData", "Name"),
        translate("PersonalData", "Office"),
        translate("PersonalData", "Legal basis"),
        translate("PersonalData", "Last contacted"),
        translate("PersonalData", "Reason"),
    ]
    rows = [
        [
            str(item.contact_id),
            item.name,
            item.office,
            label_of(LegalBasis, item.legal_basis),
            item.last_contacted_on.isoformat() if item.last_contacted_on else "",
            item.reason,
        ]
        for item in items
    ]
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([safe_cell(cell) for cell in row])
        return EXIT_OK
    from rich import box
    from rich.console import Console
    from rich.table import Table

    title = translate_count(
        "PersonalData",
        QT_TRANSLATE_NOOP("PersonalData", "{count} contact to review"),
        QT_TRANSLATE_NOOP("PersonalData", "{count} contacts to review"),
        len(rows),
    )
    console = Console(file=out, width=None if out.isatty() else 240, highlight=False, markup=False)
    table = Table(
        *headers, box=box.SIMPLE_HEAD, title=title, title_justify="left", header_style="bold"
    )
    for row in rows:
        table.add_row(*row)
    console.print(table)
    return EXIT_OK
