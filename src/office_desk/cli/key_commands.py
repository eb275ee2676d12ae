"""``office-desk keys``: the keys that seal and sign packages, from the command line.

    office-desk --db PATH keys show                 this computer's office key to send
    office-desk --db PATH keys list                 the offices' keys trusted here
    office-desk --db PATH keys import LINE|- [--replace]
    office-desk --db PATH keys remove OFFICE
    office-desk --db PATH keys office OFFICE|--none this computer speaks for OFFICE
    office-desk --db PATH keys hq OFFICE|--none     headquarters (gets every package)

The same as Settings ▸ Package keys in the app (:mod:`office_desk.core.package_keys`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


def add_key_commands(subparsers: Any) -> None:
    keys = subparsers.add_parser(
        "keys",
        help="show, trust and remove the office keys that seal and sign packages",
        description="Packages sealed with --seal-to are encrypted to the offices' keys and "
        "signed with this computer's key (kept in the OS keychain). Send your office key "
        "('keys show') to colleagues and import theirs ('keys import').",
    )
    actions = keys.add_subparsers(dest="keys_action", metavar="ACTION", required=True)
    actions.add_parser("show", help="this computer's office key and its fingerprint")
    actions.add_parser("list", help="the office keys trusted in this database")
    importer = actions.add_parser("import", help="trust a colleague's office key")
    importer.add_argument(
        "line", metavar="LINE", help="the office-desk-key:1:… line, or - to read it"
    )
    importer.add_argument(
        "--replace",
        action="store_true",
        help="replace another key trusted for that office (only if the office made a new one)",
    )
    remover = actions.add_parser("remove", help="forget the key trusted for an office")
    remover.add_argument("office", metavar="OFFICE", help="name or city")
    for name, what in (
        ("office", "the office this computer speaks for (signs as)"),
        ("hq", "headquarters, whose key every sealed package is also sealed to"),
    ):
        chooser = actions.add_parser(name, help=f"choose {what}")
        chooser.add_argument("office", metavar="OFFICE", nargs="?", help="name or city")
        chooser.add_argument("--none", action="store_true", help="forget the choice")


def run_key_command(args: argparse.Namespace, db_path: Path) -> int:
    from ..core import package_keys
    from ..core.office_lookup import OfficeLookupError, find_office
    from ..core.store.database import open_store

    store = open_store(db_path)
    try:
        action = args.keys_action
        if action == "show":
            key = package_keys.own_office_key(store)
            print(key.text)
            print(f"fingerprint {key.fingerprint}")
            return EXIT_OK
        if action == "list":
            found = package_keys.trusted_keys(store)
            for trusted in found:
                name = trusted.office_name or f"(office {trusted.office_id}, not in this database)"
                since = f"{trusted.first_seen_at:%Y-%m-%d}" if trusted.first_seen_at else "?"
                print(f"{name}: {trusted.fingerprint} (since {since}, {trusted.source})")
            if not found:
                print("No office keys are trusted here yet.")
            return EXIT_OK
        if action == "import":
            line = sys.stdin.readline() if args.line == "-" else args.line
            trusted = package_keys.import_office_key(store, line, replace=args.replace)
            print(f"Trusted the key of {trusted.office_name}: {trusted.fingerprint}")
            return EXIT_OK
        office = None
        if getattr(args, "office", None) is not None:
            try:
                office = find_office(store, args.office)
            except OfficeLookupError as exc:
                print(f"office-desk: error: {exc}", file=sys.stderr)
                return EXIT_USAGE
        if action == "remove":
            assert office is not None
            if not package_keys.remove_office_key(store, office.id):
                print(f"office-desk: error: no key is trusted for {office.name}", file=sys.stderr)
                return EXIT_PROBLEM
            print(f"Removed the key of {office.name}.")
            return EXIT_OK
        if (office is None) == (not args.none):
            print("office-desk: error: name an office, or give --none", file=sys.stderr)
            return EXIT_USAGE
        chosen = office.id if office is not None else None
        if action == "office":
            package_keys.set_own_office(store, chosen)
        else:
            package_keys.set_hq_office(store, chosen)
        print(
            f"{'Headquarters' if action == 'hq' else 'This computer speaks for'}: "
            f"{office.name if office is not None else '(none)'}"
        )
        return EXIT_OK
    except package_keys.PackageKeyError as exc:
        print(f"office-desk: error: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        store.close()
