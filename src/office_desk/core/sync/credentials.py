"""The sync password: from the OS keychain (``keyring``: Windows Credential Locker,
macOS Keychain, the Secret Service on Linux), or from ``OFFICE_DESK_SYNC_PASSWORD``
for scripts and tests. Never written into the database or a settings file."""

from __future__ import annotations

import logging
import os

from ..i18n import translate
from .errors import NoPassword, SyncError

SERVICE = "office-desk-sync"
ENVIRONMENT = "OFFICE_DESK_SYNC_PASSWORD"
log = logging.getLogger(__name__)


def _account(server: str, user: str) -> str:
    from .server import shown_address

    return f"{user}@{shown_address(server)}"


def stored_password(server: str, user: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(SERVICE, _account(server, user))
    except Exception as exc:  # no usable keychain backend: say so where it matters
        log.info("no password from the keychain: %s", exc)
        return None


def password_for(server: str, user: str) -> str:
    """The password for ``user`` on ``server``: the environment first, then the keychain."""
    from_env = os.environ.get(ENVIRONMENT)
    if from_env:
        return from_env
    found = stored_password(server, user)
    if found:
        return found
    raise NoPassword(
        translate(
            "Sync",
            "No password for {user} in the keychain: connect to the team server in the app "
            "(Team > Connect), or set {variable}",
        ).format(user=user, variable=ENVIRONMENT)
    )


def remember_password(server: str, user: str, password: str) -> None:
    try:
        import keyring

        keyring.set_password(SERVICE, _account(server, user), password)
    except Exception as exc:
        raise SyncError(
            translate("Sync", "The password could not be kept in the keychain: {reason}").format(
                reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            )
        ) from None
