"""Files with people's personal data are the user's alone.

The database, its backups, exchange packages, exports and the logs hold names, e-mail
addresses and phone numbers. On POSIX systems new files are created readable by
everyone (0644 in 0755 folders) unless the process says otherwise, so Office Desk sets
its umask to 0077 when it starts: every file it creates is 0600, every folder 0700,
whatever library creates them (SQLite's -wal and -shm files, openpyxl, logging). The
folders it keeps for itself (the data folder, backups, logs) are made private too when
an earlier version left them open. On Windows and macOS the per-user folders are
already private; Windows has no umask worth the name, so nothing is done there.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

PRIVATE_UMASK = 0o077
#: The umask the user had before Office Desk changed it (programs it starts get it back).
_user_umask: int | None = None


def make_new_files_private() -> None:
    """From now on this process creates files for the user alone (POSIX)."""
    global _user_umask
    if os.name == "posix":
        previous = os.umask(PRIVATE_UMASK)
        if _user_umask is None:
            _user_umask = previous


@contextlib.contextmanager
def users_own_umask() -> Iterator[None]:
    """The user's own umask for the duration: for a program Office Desk starts (a
    browser opened on a web address must not save everything 0600 for its session)."""
    if os.name != "posix" or _user_umask is None:
        yield
        return
    ours = os.umask(_user_umask)
    try:
        yield
    finally:
        os.umask(ours)


def tighten(folders: Iterable[Path]) -> None:
    """Make existing ``folders`` (0700) and the files directly in them (0600) private,
    where they belong to this user; anything else is left as it is."""
    if os.name != "posix":
        return
    uid = os.getuid()
    for folder in folders:
        with contextlib.suppress(OSError):
            info = folder.stat()
            if not stat.S_ISDIR(info.st_mode) or info.st_uid != uid:
                continue
            if stat.S_IMODE(info.st_mode) & 0o077:
                folder.chmod(0o700)
            for entry in folder.iterdir():
                with contextlib.suppress(OSError):
                    entry_info = entry.lstat()
                    if (
                        stat.S_ISREG(entry_info.st_mode)
                        and entry_info.st_uid == uid
                        and stat.S_IMODE(entry_info.st_mode) & 0o077
                    ):
                        entry.chmod(0o600)


def protect_own_folders() -> None:
    """Called once at start-up: private new files, and private own folders (the
    backups and logs always; the data folder when it is the per-user default, not a
    folder chosen with OFFICE_DESK_DATA_DIR, which may be shared on purpose)."""
    make_new_files_private()
    from . import paths

    own = [paths.backup_dir(), paths.log_dir()]
    if not os.environ.get(paths.DATA_DIR_ENV):
        own.insert(0, paths.data_dir())
    tighten(own)
