"""``office-desk encrypt`` and ``office-desk decrypt``: encryption at rest, in place.

    office-desk --db PATH encrypt             a random key, kept in this computer's keychain
    office-desk --db PATH encrypt --travel    a key from a passphrase, kept nowhere
    office-desk --db PATH decrypt             back to a plain SQLite file

Each makes a verified backup first and converts all or nothing (see
:mod:`office_desk.core.store.encryption`). The passphrase is asked for twice on a
terminal; a script gives it in ``$OFFICE_DESK_PASSPHRASE``, which also opens a file in
travel mode for every other command.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


def add_encryption_commands(subparsers: Any) -> None:
    encrypt = subparsers.add_parser(
        "encrypt",
        help="encrypt the database file (SQLCipher), in place",
        description="Encrypt the database with SQLCipher after a verified backup. The key "
        "is kept in this computer's keychain (the file opens only here, without asking), "
        "or with --travel derived from a passphrase and kept nowhere (the file opens only "
        "with the passphrase, on any computer). An encrypted file is re-encrypted, e.g. "
        "to switch to travel mode before a journey.",
    )
    encrypt.add_argument(
        "--travel",
        action="store_true",
        help="protect the file with a passphrase instead of the keychain (asked twice, "
        "or $OFFICE_DESK_PASSPHRASE)",
    )
    subparsers.add_parser(
        "decrypt",
        help="turn an encrypted database file back into a plain one, in place",
        description="Decrypt the database after a verified backup of it (the backup is "
        "encrypted like the file was).",
    )


def run_encryption_command(args: argparse.Namespace, db: Path) -> int:
    from ..core.store import encryption

    if args.command == "decrypt":
        done = encryption.decrypt(db)
        print(f"Decrypted {db}; a backup of the encrypted file is at {done.backup}.")
        return EXIT_OK
    passphrase = None
    if args.travel:
        passphrase = _new_passphrase()
        if passphrase is None:
            return EXIT_USAGE
    done = encryption.encrypt(db, passphrase)
    if done.after == encryption.TRAVEL:
        print(
            f"Encrypted {db} in travel mode: it opens only with its passphrase "
            "(nothing is kept on this computer; a lost passphrase cannot be recovered)."
        )
    else:
        print(
            f"Encrypted {db}; its key is in this computer's keychain, so the file opens "
            "here without asking and nowhere else (use --travel for a passphrase)."
        )
    print(f"A backup of the file as it was is at {done.backup}.")
    return EXIT_OK


def _new_passphrase() -> str | None:
    from ..core.store import cipher, encryption

    given = os.environ.get(cipher.PASSPHRASE_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        print(
            f"office-desk: error: give the passphrase in ${cipher.PASSPHRASE_ENV} "
            "(no terminal to ask on)",
            file=sys.stderr,
        )
        return None
    import getpass

    first = getpass.getpass("New passphrase: ")
    problem = encryption.check_passphrase(first)
    if problem:
        print(f"office-desk: error: {problem}", file=sys.stderr)
        return None
    if getpass.getpass("The same passphrase again: ") != first:
        print(
            "office-desk: error: the two passphrases differ; nothing was changed", file=sys.stderr
        )
        return None
    return first
