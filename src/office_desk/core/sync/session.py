"""One sync: connect, check versions, push the queue, pull what is new.

``sync`` is what the command line's ``sync`` and the app's Sync now call. It blocks
(network and SQLite) and may run on a worker thread with the app's store. Whatever
goes wrong, the queue stays as it was until the server has the changes: a dropped
connection mid-push rolls the server transaction back (or, if the server committed,
the change ids make the retry harmless), and a dropped connection mid-pull rolls the
laptop's transaction back, cursor included.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError, OperationalError

from ..i18n import QT_TRANSLATE_NOOP, translate, translate_count
from ..store import schema, sort_keys
from ..store.database import Store
from . import credentials, local, pull, push
from .conflicts import Conflict, describe_conflicts
from .errors import ClientTooOld, LoginRefused, NotJoined, ServerError, ServerTooOld, SyncError
from .server import classify, connect, plain_address, shown_address

log = logging.getLogger(__name__)
Progress = Callable[[str, int], None]


@dataclass
class SyncResult:
    server: str
    user: str
    pushed: int = 0
    pulled: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    refused: list[Conflict] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0
    first: bool = False
    backup: Path | None = None

    def summary(self) -> str:
        parts = [
            translate_count(
                "Sync",
                QT_TRANSLATE_NOOP("Sync", "sent {count} change"),
                QT_TRANSLATE_NOOP("Sync", "sent {count} changes"),
                self.pushed,
            ),
            translate_count(
                "Sync",
                QT_TRANSLATE_NOOP("Sync", "received {count} record"),
                QT_TRANSLATE_NOOP("Sync", "received {count} records"),
                self.pulled,
            ),
        ]
        if self.conflicts:
            parts.append(
                translate_count(
                    "Sync",
                    QT_TRANSLATE_NOOP("Sync", "{count} conflict to look at"),
                    QT_TRANSLATE_NOOP("Sync", "{count} conflicts to look at"),
                    len(self.conflicts),
                )
            )
        if self.refused:
            parts.append(
                translate_count(
                    "Sync",
                    QT_TRANSLATE_NOOP("Sync", "{count} change refused"),
                    QT_TRANSLATE_NOOP("Sync", "{count} changes refused"),
                    len(self.refused),
                )
            )
        return translate("Sync", "Synced with {server}: {what}").format(
            server=shown_address(self.server), what=", ".join(parts)
        )


@dataclass(frozen=True)
class SyncStatus:
    server: str | None
    user: str | None
    office: str | None
    last_sync: datetime | None
    pending: int
    open_conflicts: int
    hq: bool = False

    @property
    def joined(self) -> bool:
        return self.server is not None


def status(store: Store) -> SyncStatus:
    with store.engine.connect() as conn:
        state = local.read_state(conn)
        return SyncStatus(
            server=state.get("server"),
            user=state.get("user"),
            office=state.get("office_name"),
            last_sync=local.parse_time(state.get("last_sync")),
            pending=local.pending_count(conn) if state.get("server") else 0,
            open_conflicts=local.open_conflict_count(conn),
            hq=state.get("hq") == "1",
        )


def sync(
    store: Store,
    server: str | None = None,
    user: str | None = None,
    password: str | None = None,
    progress: Progress | None = None,
    backup_folder: Path | None = None,
) -> SyncResult:
    """Push this file's queued changes to the team server, then pull the network's."""
    started = time.perf_counter()
    with store.engine.connect() as conn:
        state = local.read_state(conn)
    joined = state.get("server")
    if server:
        server = plain_address(server)
    if joined and server and server != joined:
        raise SyncError(
            translate(
                "Sync",
                "This file syncs with {joined}, not {server}: a file belongs to one team "
                "server (sync a new file to join another)",
            ).format(joined=shown_address(joined), server=shown_address(server))
        )
    server = server or joined
    user = user or state.get("user")
    if not server or not user:
        raise NotJoined(
            translate("Sync", "This file has no team server yet: give --server and --user")
        )
    if password is None:
        password = credentials.password_for(server, user)
    result = SyncResult(server=server, user=user, first=not joined)
    connection = connect(server, user, password)
    try:
        _run(store, connection, state, server, user, result, progress, backup_folder)
    except (OperationalError, DBAPIError) as exc:
        if (
            isinstance(exc, DBAPIError)
            and not exc.connection_invalidated
            and not isinstance(exc, OperationalError)
        ):
            raise ServerError(
                translate("Sync", "The team server refused the sync: {reason}").format(
                    reason=str(exc.orig).strip().splitlines()[0]
                )
            ) from None
        raise classify(exc, server) from None
    finally:
        try:
            connection.close()
        except Exception:  # a killed connection may fail to close: nothing to keep
            log.debug("closing a dropped server connection failed", exc_info=True)
    result.seconds = time.perf_counter() - started
    return result


def check_versions(server: Connection) -> None:
    meta = {k: v for k, v in server.execute(text("SELECT key, value FROM office_desk.meta"))}
    mine = schema.head_revision()
    minimum = meta.get("min_client_revision", "0000")
    theirs = meta.get("data_revision", "0000")
    if mine < minimum:
        raise ClientTooOld(
            translate(
                "Sync",
                "This Office Desk (data revision {mine}) is older than the team server allows "
                "({minimum}): update Office Desk to sync again; your changes stay queued",
            ).format(mine=mine, minimum=minimum)
        )
    if mine > theirs:
        raise ServerTooOld(
            translate(
                "Sync",
                "The team server (data revision {theirs}) is older than this Office Desk "
                "({mine}): it keeps working offline until the administrator runs "
                "office-desk server init with this version",
            ).format(mine=mine, theirs=theirs)
        )


def read_account(server: Connection, device: str) -> push.Account:
    row = server.execute(
        text(
            "SELECT login, office_id, office_name, hq FROM office_desk.account "
            "WHERE login = session_user"
        )
    ).first()
    if row is None:
        raise LoginRefused(
            translate("Sync", "This login has no Office Desk account on the team server")
        )
    return push.Account(row[0], row[1], row[2], bool(row[3]), device)


def _run(
    store: Store,
    server: Connection,
    state: dict[str, str],
    url: str,
    user: str,
    result: SyncResult,
    progress: Progress | None,
    backup_folder: Path | None,
) -> None:
    with server.begin():
        if server.execute(text("SELECT to_regclass('office_desk.meta')")).scalar() is None:
            raise ServerError(
                translate("Sync", "{server} is not an Office Desk team server").format(
                    server=shown_address(url)
                )
            )
        check_versions(server)
        device = state.get("device") or uuid.uuid4().hex
        account = read_account(server, device)
        server.execute(
            text(
                "INSERT INTO office_desk.device (id, login) VALUES (CAST(:d AS uuid), "
                "session_user) ON CONFLICT (id) DO UPDATE SET last_seen = now()"
            ),
            {"d": device},
        )
        newest = server.execute(
            text(
                "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM office_desk.change_seq"
            )
        ).scalar()
    writer = store.engine.execution_options(sqlite_begin="IMMEDIATE")
    with writer.begin() as conn:
        local.set_state(
            conn,
            office=str(account.office_id or ""),
            office_name=account.office_name,
            hq=int(account.hq),
        )
        # New records (queued whole by the insert trigger) become the user's office's;
        # a file's records offered on its first sync keep what they say.
        if account.office_id is not None:
            new = defaultdict(set)
            for queued in local.queued(conn):
                if queued.field == "*":
                    new[queued.table].add(queued.record_id)
            local.assign_office(conn, account.office_id, new)
    if not result.first and int(state.get("cursor", "0")) > int(newest or 0):
        # The server was restored from a backup older than what this laptop pulled:
        # what the laptop holds may be newer than the server. Merge again as on the
        # first sync (every record offered, the newer edit wins, conflicts listed).
        log.warning("the team server is behind this laptop (restored?): merging again")
        result.first = True
        result.backup = _backup_first(store, backup_folder)
        with writer.begin() as conn:
            local.set_state(conn, cursor=0, conflict_cursor=0)
            conn.execute(text("DELETE FROM sync_record"))
            local.enqueue_everything(conn)
    elif result.first:
        result.backup = _backup_first(store, backup_folder)
        with writer.begin() as conn:
            local.set_state(conn, server=url, user=user, device=device, cursor=0, conflict_cursor=0)
            local.enqueue_everything(conn)
            local.set_recording(conn, True)
    # Push: the server transaction commits before the queue entries go.
    with store.engine.connect() as conn:
        resolved = [
            r[0]
            for r in conn.execute(
                text("SELECT id FROM sync_conflict WHERE resolved = 1 AND resolution_pushed = 0")
            )
        ]
    if progress:
        progress("push", 0)
    with server.begin():
        server_now, local_now = _clocks(server)
        with store.engine.connect() as conn:
            changes = push.collect(conn, server_now - local_now, server_now)
        outcome = push.push(server, account, changes)
        push.push_resolutions(server, resolved)
    result.pushed = outcome.records
    refused: dict[str, set[uuid.UUID]] = defaultdict(set)
    for entry in outcome.refused:
        refused[entry["tbl"]].add(entry["record_id"])
    with writer.begin() as conn:
        local.forget_pushed(conn, outcome.done)
        if resolved:
            conn.execute(
                text("UPDATE sync_conflict SET resolution_pushed = 1 WHERE id = :i"),
                [{"i": r} for r in resolved],
            )
        if outcome.refused:
            _keep_refused(conn, outcome.refused)
        local.remember_versions(
            conn,
            [
                {"t": t, "r": i.hex, "s": seq, "b": by, "at": at}
                for t, i, seq, by, at in outcome.adopted
            ],
        )
        if outcome.unchanged:
            with local.recording(conn, False):
                local.take_server_times(conn, outcome.unchanged)
    # Pull, in one laptop transaction (the cursor moves with the rows).
    if progress:
        progress("pull", 0)
    with server.begin(), writer.begin() as conn:
        state = local.read_state(conn)
        local.set_recording(conn, False)
        if refused:
            pull.restore_server_versions(server, conn, refused)
        pulled = pull.pull(
            server,
            conn,
            int(state.get("cursor", "0")),
            int(state.get("conflict_cursor", "0")),
            (lambda n: progress("pull", n)) if progress else None,
        )
        local.set_recording(conn, True)
        local.close_dangling_links(conn)  # queued: every laptop writes the same value
        sort_keys.fill(conn)  # the pulled records' sort keys (this file's own)
        local.set_state(conn, cursor=pulled.cursor, last_sync=local.now_iso())
        server.execute(
            text(
                "UPDATE office_desk.device SET last_seq = GREATEST(last_seq, :s), "
                "last_seen = now() WHERE id = CAST(:d AS uuid)"
            ),
            {"s": pulled.cursor, "d": device},
        )
    if pulled.erasures:  # the erased people's old pages leave the WAL too
        from ..services.erasure import forget_freed_pages

        forget_freed_pages(store)
    result.pulled = pulled.records
    result.skipped = pulled.skipped
    with store.engine.connect() as conn:
        result.conflicts = describe_conflicts(conn, [c["id"] for c in outcome.conflicts])
        result.refused = describe_conflicts(conn, [c["id"] for c in outcome.refused])
    for line in pulled.skipped:
        # Table and id only: the rest of the line may quote a pulled (personal) value.
        log.warning("a pulled record was not applied: %s", line.split(":", 1)[0])


def local_clock() -> datetime:
    """This laptop's clock (the tests set it hours off)."""
    return datetime.now(UTC)


def _clocks(server: Connection) -> tuple[datetime, datetime]:
    server_now: datetime = server.execute(text("SELECT clock_timestamp()")).scalar_one()
    return server_now, local_clock()


def _backup_first(store: Store, folder: Path | None) -> Path | None:
    """A verified copy before a file with records joins a server."""
    from .. import paths
    from ..store.backup import backup_before

    if store.path is None:
        return None
    with store.engine.connect() as conn:
        any_rows = (
            conn.execute(text("SELECT 1 FROM office LIMIT 1")).first()
            or conn.execute(text("SELECT 1 FROM contact LIMIT 1")).first()
        )
    if not any_rows:
        return None
    return backup_before(store.path, folder or paths.backup_dir(), "before-first-sync")


def _keep_refused(conn: Connection, refused: list[dict]) -> None:
    """Refused writes go into the conflict list (with the laptop's values), so the
    pull that undoes them here loses nothing silently."""
    for entry in refused:
        local.store_conflict(conn, entry, seq=0, resolved=False)
