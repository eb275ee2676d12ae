"""Team sync: every laptop keeps a full copy of the network, works on it offline, and
syncs with one shared PostgreSQL server when online (see docs/server.md).

* :mod:`.triggers` fill the laptop's change queue on every write;
* :mod:`.push` and :mod:`.pull` are the protocol, :mod:`.session` one whole sync;
* :mod:`.server` sets the server up and manages people's logins;
* :mod:`.conflicts` is the conflict list, :mod:`.credentials` the keychain.
"""

from __future__ import annotations

from .conflicts import Conflict, keep_value, last_changed_by, open_conflicts, take_other_value
from .credentials import remember_password
from .errors import (
    ClientTooOld,
    LoginRefused,
    NoPassword,
    NotJoined,
    ServerError,
    ServerTooOld,
    ServerUnreachable,
    SyncError,
)
from .session import SyncResult, SyncStatus, status, sync


def check_login(server: str, user: str, password: str) -> str:
    """Log in once and return the user's office name (raises a :class:`SyncError`)."""

    from .server import connect
    from .session import check_versions, read_account

    connection = connect(server, user, password)
    try:
        with connection.begin():
            check_versions(connection)
            account = read_account(connection, "")
            return account.office_name
    finally:
        connection.close()


__all__ = [
    "ClientTooOld",
    "Conflict",
    "LoginRefused",
    "NoPassword",
    "NotJoined",
    "ServerError",
    "ServerTooOld",
    "ServerUnreachable",
    "SyncError",
    "SyncResult",
    "SyncStatus",
    "check_login",
    "keep_value",
    "last_changed_by",
    "open_conflicts",
    "remember_password",
    "status",
    "sync",
    "take_other_value",
]
