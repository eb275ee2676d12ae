"""What can go wrong while syncing, each with a one-line message for the user."""

from __future__ import annotations


class SyncError(Exception):
    """A sync could not be done; ``str(exc)`` is one line for the user. Nothing queued
    is lost: the changes stay in the queue for the next sync."""


class ServerError(SyncError):
    """The server said no, or is not set up for Office Desk."""


class ServerUnreachable(ServerError):
    """No connection (offline, server down, connection dropped): the normal case while
    travelling, shown quietly."""


class LoginRefused(ServerError):
    """Wrong user name or password."""


class ClientTooOld(ServerError):
    """This app's data revision is older than the server allows: update the app."""


class ServerTooOld(ServerError):
    """The server's data revision is older than this app's: it keeps working offline
    until the administrator upgrades the server (``office-desk server init``)."""


class NotJoined(SyncError):
    """The file has no team server yet and none was given."""


class NoPassword(SyncError):
    """No password in the keychain or the environment."""
