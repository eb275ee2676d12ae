"""Opening web addresses, mail links and folders in the user's own programs.

Office Desk creates its files for the user alone (umask 0077, see
:mod:`office_desk.core.private_files`); a browser or file manager it starts would
inherit that and save everything 0600 for its whole session. It gets the user's own
umask back instead.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from ..core.private_files import users_own_umask


def open_url(url: QUrl) -> bool:
    """``QDesktopServices.openUrl`` with the user's own umask; True when it opened."""
    with users_own_umask():
        return bool(QDesktopServices.openUrl(url))
