"""``office-desk server ...`` and ``office-desk sync``: the team server from the command line.

    office-desk server init --url URL                      create or upgrade the server
    office-desk server add-user --url URL NAME --office OFFICE [--hq]
    office-desk server remove-user --url URL NAME
    office-desk server purge --url URL                     drop tombstones all have seen
    office-desk --db FILE sync --server URL --user NAME    push, then pull
    office-desk --db FILE sync --status                    what is waiting

The password for ``sync`` comes from the keychain or ``OFFICE_DESK_SYNC_PASSWORD``; the
administrator's for ``server`` from the URL, ``PGPASSWORD`` or ``~/.pgpass`` (libpq's
own rules).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


def add_sync_commands(subparsers: Any) -> None:
    server = subparsers.add_parser(
        "server",
        help="set up the team server (PostgreSQL) and its people",
        description="Administer the team server: its schema, and one login per person.",
    )
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init",
        help="create or upgrade the server's schema, roles and policies (safe to run twice)",
    )
    init.add_argument("--url", required=True, help="postgresql://ADMIN@HOST:PORT/DATABASE")
    add = actions.add_parser("add-user", help="create a login for a person of an office")
    add.add_argument("--url", required=True, help="postgresql://ADMIN@HOST:PORT/DATABASE")
    add.add_argument("name", help="the login name (lower-case letters, digits, . _ -)")
    add.add_argument("--office", help="the person's office: its name, city or id")
    add.add_argument(
        "--hq", action="store_true", help="headquarters: may write every office's records"
    )
    remove = actions.add_parser("remove-user", help="remove a person's login")
    remove.add_argument("--url", required=True, help="postgresql://ADMIN@HOST:PORT/DATABASE")
    remove.add_argument("name", help="the login name")
    purge = actions.add_parser(
        "purge", help="remove deleted records every known laptop has already pulled"
    )
    purge.add_argument("--url", required=True, help="postgresql://ADMIN@HOST:PORT/DATABASE")

    sync = subparsers.add_parser(
        "sync",
        help="sync the database with the team server (push, then pull)",
        description="Send this file's changes to the team server, then receive the "
        "network's. A --db file that does not exist yet is created and filled with the "
        "whole network. The password comes from the keychain or OFFICE_DESK_SYNC_PASSWORD.",
    )
    sync.add_argument("--server", metavar="URL", help="postgresql://HOST:PORT/DATABASE")
    sync.add_argument("--user", metavar="NAME", help="your login on the team server")
    sync.add_argument(
        "--status", action="store_true", help="show the server, last sync and what is waiting"
    )


def _error(message: str) -> int:
    print(f"office-desk: error: {message}", file=sys.stderr)
    return EXIT_PROBLEM


def run_server_command(args: argparse.Namespace) -> int:
    from ..core.sync import SyncError
    from ..core.sync import server as team

    try:
        if args.server_command == "init":
            result = team.init_server(args.url)
            before = result.revision_before or "none"
            print(
                f"Team server {team.shown_address(args.url)} ready: schema {result.revision} "
                f"(was {before}), data revision {result.data_revision}."
            )
        elif args.server_command == "add-user":
            password = team.add_user(args.url, args.name, office=args.office, hq=args.hq)
            print(f"Created the login {args.name}. Its password (shown this once):")
            print(password)
        elif args.server_command == "remove-user":
            team.remove_user(args.url, args.name)
            print(f"Removed the login {args.name}; what they wrote stays.")
        elif args.server_command == "purge":
            count = team.purge_tombstones(args.url)
            print(f"Removed {count} deleted record(s) every laptop has seen.")
    except SyncError as exc:
        return _error(str(exc))
    return EXIT_OK


def run_sync_command(args: argparse.Namespace, db: Path) -> int:
    from ..core import sync
    from ..core.store.database import open_store

    if args.status:
        if not db.exists():
            return _error(f"{db}: no such database")
        store = open_store(db)
        try:
            print(status_text(sync.status(store)))
            for conflict in sync.open_conflicts(store):
                print("  " + conflict.describe())
        finally:
            store.close()
        return EXIT_OK
    if not db.exists() and not (args.server and args.user):
        return _error(f"{db}: no such database (give --server and --user to join a network)")
    joining = not db.exists()
    store = open_store(db, create=joining)
    try:
        before = sync.status(store).pending
        result = sync.sync(store, args.server, args.user)
    except sync.SyncError as exc:
        store.close()
        if joining:  # no empty file left behind by a first sync that failed
            for leftover in (db, *(db.with_name(db.name + s) for s in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)
        if isinstance(exc, sync.ServerUnreachable) and before:
            return _error(f"{exc} ({before} change(s) stay queued)")
        return _error(str(exc))
    store.close()
    print(result.summary())
    if result.backup:
        print(f"The file as it was before joining is kept at {result.backup}.")
    for conflict in result.conflicts:
        print("  conflict: " + conflict.describe())
    for conflict in result.refused:
        print("  refused: " + conflict.describe())
    for line in result.skipped:
        print("  not applied: " + line)
    return EXIT_OK


def status_text(status: Any) -> str:
    from ..core.sync.server import shown_address

    if not status.joined:
        return "Not connected to a team server."
    last = status.last_sync.astimezone().strftime("%Y-%m-%d %H:%M") if status.last_sync else "never"
    office = status.office or ("headquarters" if status.hq else "-")
    return (
        f"Server: {shown_address(status.server)}\n"
        f"User: {status.user} ({office})\n"
        f"Last sync: {last}\n"
        f"Changes waiting: {status.pending}\n"
        f"Open conflicts: {status.open_conflicts}"
    )
