"""One writer at a time: a lock per database file, shared by the windows that open it.

A window claims its database file before it writes to it. The claim is a
:class:`QLockFile` beside the database (``office.sqlite`` -> ``office.sqlite.lock``), so
instances of other users and on other machines sharing the folder see it too. The owner
also listens on a :class:`QLocalServer` whose name is derived from the user and the
resolved path: a second instance of the same user on the same machine asks it to come
forward instead of opening the file a second time. Anyone else (another user, another
machine, an instance that does not answer) gets :attr:`Claim.HELD_BY_OTHER` and should
open the file read-only (see :class:`~office_desk.ui.read_only_banner.ReadOnlyBanner`).

Only GUI instances take part: the command line may write while a window has the file
open (SQLite's WAL and busy timeout take care of that).

Stale locks: the lock never expires by age (a window may stay open for days). A lock
left by a crashed process on the same machine is removed by :class:`QLockFile` when its
process is gone, and by :meth:`FileGuard.claim` when nobody holds the file open any more
(a reused process id, another user's leftover). A lock left by a crashed process on
another machine stays until it is deleted by hand.

This module needs a ``QCoreApplication`` but no widgets.
"""

from __future__ import annotations

import contextlib
import enum
import getpass
import hashlib
import logging
import os
import time
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QFileInfo,
    QLockFile,
    QObject,
    QSysInfo,
    QTimer,
    Signal,
)
from PySide6.QtNetwork import QLocalServer, QLocalSocket

try:  # POSIX only
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

#: What a second instance sends to the owner, and what the owner answers.
REQUEST = b"raise\n"
ANSWER = b"ok\n"
#: How long :meth:`FileGuard.claim` waits for the owner to answer. An Office Desk that
#: is starting answers once its window's work area is built and its file open (a few
#: seconds on a slow laptop); a second start meanwhile must still find it, not open a
#: read-only window beside it.
ANSWER_TIMEOUT_MS = 6000
#: A lock file younger than this is never treated as abandoned (its owner may still be
#: writing it).
MIN_STALE_AGE_S = 2.0
#: The same for a lock file that cannot be read (a crash or power cut while it was
#: written; a file on a network share seen before its content).
UNREADABLE_STALE_AGE_S = 30.0
_MAX_LINE = 256


class Claim(enum.Enum):
    """The outcome of :meth:`FileGuard.claim`."""

    #: This window may write to the file (any previous claim of the guard is released).
    OWNED = "owned"
    #: The file is open in another Office Desk window of this user on this machine,
    #: which was asked to come forward: do not open it here.
    ACTIVATED_OTHER = "activated_other"
    #: The file is open elsewhere (another user, another machine, or an instance that
    #: does not answer): open it read-only, if at all.
    HELD_BY_OTHER = "held_by_other"


@dataclass(frozen=True)
class Holder:
    """Who holds the lock of a file, as recorded in its lock file."""

    pid: int
    host: str
    #: The holder's executable name as Qt records it ("office-desk", "python3.11").
    app: str
    #: True when the holder answered the activation request (same user, same machine).
    same_user_reachable: bool
    #: The lock file's owner, where the system tells ("" when unknown).
    user: str = ""
    same_host: bool = False
    same_user: bool = False


def lock_path_for(path: Path | str) -> Path:
    """The lock file of the database at ``path``: ``office.sqlite.lock`` beside it."""
    resolved = _resolved(Path(path))
    return resolved.with_name(resolved.name + ".lock")


def server_name_for(path: Path | str) -> str:
    """The activation channel's name for ``path`` and the current user (16 hex digits
    of a SHA-1, so that it fits the socket path limits of every platform)."""
    key = f"{_user_key()}\0{os.path.normcase(str(_resolved(Path(path))))}"
    return "office-desk-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def holder_text(holder: Holder) -> str:
    """The read-only banner's text for a file held by ``holder``."""
    if holder.same_user and holder.same_host:
        return QCoreApplication.translate(
            "FileGuard",
            "Opened read-only: this file is open in another Office Desk window (process "
            "{pid}) that does not respond. Changes are turned off until it is closed there.",
        ).format(pid=holder.pid)
    if holder.user:
        return QCoreApplication.translate(
            "FileGuard",
            "Opened read-only: this file is open in Office Desk on {host} (process {pid}) "
            "by {user}. Changes are turned off until it is closed there.",
        ).format(host=holder.host or "?", pid=holder.pid, user=holder.user)
    return QCoreApplication.translate(
        "FileGuard",
        "Opened read-only: this file is open in Office Desk on {host} (process {pid}) "
        "by another user. Changes are turned off until it is closed there.",
    ).format(host=holder.host or "?", pid=holder.pid)


def activated_text() -> str:
    """What to tell the user when :meth:`FileGuard.claim` returned ACTIVATED_OTHER."""
    return QCoreApplication.translate(
        "FileGuard",
        "This file is already open in another Office Desk window; that window was brought "
        "to the front.",
    )


class FileGuard(QObject):
    """The claim of one window on one database file (one guard per window).

    :meth:`claim` a file before opening it for writing; :meth:`release` when the window
    closes the file. While it owns a file the guard answers activation requests of later
    instances by emitting :attr:`activation_requested`.
    """

    #: Another instance of this user wants to open our file: bring the window forward.
    activation_requested = Signal()

    def __init__(
        self, parent: QObject | None = None, answer_timeout_ms: int = ANSWER_TIMEOUT_MS
    ) -> None:
        super().__init__(parent)
        self.answer_timeout_ms = answer_timeout_ms
        self._path: Path | None = None
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.release)

    # ------------------------------------------------------------------ state

    @property
    def path(self) -> Path | None:
        """The file this guard owns (resolved), or None."""
        return self._path

    @property
    def guarded(self) -> bool:
        """True while a lock file is held (False when none, or when the lock could not be
        created and :meth:`claim` fell back to an unguarded OWNED)."""
        return self._lock is not None

    @property
    def listening(self) -> bool:
        """True while the activation channel is open."""
        return self._server is not None and self._server.isListening()

    # ------------------------------------------------------------------ claim

    def claim(self, path: Path | str) -> tuple[Claim, Holder | None]:
        """Try to become the one writer of ``path``.

        Returns ``(OWNED, None)`` when the lock was taken (the previous file of this guard
        is released then, and only then), also when no lock can be created beside the
        file (its folder is not writable: a warning is logged and the file is unguarded).
        When another instance holds the lock, asks it over the local socket to come
        forward (waiting up to ``answer_timeout_ms``, processing events but no user
        input) and returns ``(ACTIVATED_OTHER, holder)`` if it answered, else
        ``(HELD_BY_OTHER, holder)``. In both cases this guard keeps its previous file.
        """
        target = _resolved(Path(path))
        if self._path == target:
            return Claim.OWNED, None
        lock_path = target.with_name(target.name + ".lock")
        if not _folder_writable(target.parent):
            log.warning(
                "%s is not writable: %s is opened without a lock, other windows "
                "will not know it is open",
                target.parent,
                target.name,
            )
            self._take(target, None)
            return Claim.OWNED, None

        lock = QLockFile(str(lock_path))
        lock.setStaleLockTime(0)  # never stale by age; by a dead or absent holder only
        if lock.tryLock(0):
            self._take(target, lock)
            return Claim.OWNED, None
        if lock.error() != QLockFile.LockError.LockFailedError:
            log.warning(
                "cannot create the lock file %s (%s): the file is opened without a lock",
                lock_path,
                lock.error().name,
            )
            self._take(target, None)
            return Claim.OWNED, None

        info = _lock_info(lock)
        if _remove_if_abandoned(lock_path, info):
            if lock.tryLock(0):
                log.info("removed the abandoned lock %s (process %s)", lock_path, info[0])
                self._take(target, lock)
                return Claim.OWNED, None
            info = _lock_info(lock)  # someone else was quicker

        holder = _holder(lock_path, info)
        if self._ask_to_come_forward(server_name_for(target)):
            log.info("%s is open in process %s; asked it to come forward", target, holder.pid)
            return Claim.ACTIVATED_OTHER, replace(holder, same_user_reachable=True)
        log.info(
            "%s is held by process %s on %s (%s)",
            target,
            holder.pid,
            holder.host,
            holder.user or "unknown user",
        )
        return Claim.HELD_BY_OTHER, holder

    def release(self) -> None:
        """Give up the file (unlock it and close the activation channel). Idempotent."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self._path = None

    # ------------------------------------------------------------------ internals

    def _take(self, target: Path, lock: QLockFile | None) -> None:
        self.release()
        self._path = target
        self._lock = lock
        if lock is not None:
            self._listen(server_name_for(target))

    def _listen(self, name: str) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a server of this name is a leftover of a crashed owner.
        QLocalServer.removeServer(name)
        if not server.listen(name):
            log.warning(
                "cannot listen on %s (%s): a second window on this file will open "
                "it read-only instead of bringing this one forward",
                name,
                server.errorString(),
            )
            server.deleteLater()
            return
        server.newConnection.connect(self._on_new_connection)
        self._server = server

    def _on_new_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(socket.deleteLater)
            QTimer.singleShot(5000, socket, socket.abort)  # a client that never writes
            self._on_request(socket)

    def _on_request(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > _MAX_LINE:
                socket.abort()
            return
        line = bytes(socket.readLine(_MAX_LINE).data())
        if line != REQUEST:
            log.warning("unexpected activation request %r", line[:40])
            socket.abort()
            return
        socket.write(ANSWER)
        socket.flush()
        socket.disconnectFromServer()
        self.activation_requested.emit()

    def _ask_to_come_forward(self, name: str) -> bool:
        """Send the request to the owner of ``name``; True if it answered in time."""
        if QCoreApplication.instance() is None:
            return False
        socket = QLocalSocket()
        loop = QEventLoop()
        answered = False

        def read_answer() -> None:
            nonlocal answered
            if not answered and socket.canReadLine():
                answered = bytes(socket.readLine(_MAX_LINE).data()) == ANSWER
                loop.quit()

        def finished(*_args: object) -> None:
            read_answer()
            loop.quit()

        def connected() -> None:
            socket.write(REQUEST)
            socket.flush()

        socket.connected.connect(connected)
        socket.readyRead.connect(read_answer)
        socket.disconnected.connect(finished)
        socket.errorOccurred.connect(finished)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(self.answer_timeout_ms)
        socket.connectToServer(name)
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        read_answer()
        timer.stop()
        for signal in (
            socket.connected,
            socket.readyRead,
            socket.disconnected,
            socket.errorOccurred,
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect()
        socket.abort()
        return answered


# ---------------------------------------------------------------------- helpers


def _resolved(path: Path) -> Path:
    return path.expanduser().resolve()


def _user_key() -> str:
    if hasattr(os, "getuid"):
        return f"uid:{os.getuid()}"
    try:  # pragma: no cover - Windows
        return "user:" + getpass.getuser().casefold()
    except Exception:  # pragma: no cover - no user name at all
        return "user:" + os.environ.get("USERNAME", "").casefold()


def _folder_writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


def _lock_info(lock: QLockFile) -> tuple[int, str, str]:
    """(pid, host, app) of a held lock; (0, "", "") if unreadable. A lock file is written
    right after it is created: give its owner a moment."""
    info = (0, "", "")
    for _attempt in range(5):
        pid, host, app = lock.getLockInfo()
        info = (int(pid), str(host), str(app))
        if info[0] > 0:
            break
        time.sleep(0.02)
    return info


def _same_host(lock_path: Path, host: str) -> bool:
    """As QLockFile decides it: by the machine id recorded in the file, else by name."""
    recorded = b""
    with contextlib.suppress(OSError):
        lines = lock_path.read_bytes().split(b"\n")
        recorded = lines[3] if len(lines) > 3 else b""
    ours = bytes(QSysInfo.machineUniqueId().data())
    if recorded and ours:
        return recorded == ours
    return not host or host == QSysInfo.machineHostName()


def _remove_if_abandoned(lock_path: Path, info: tuple[int, str, str]) -> bool:
    """Remove ``lock_path`` if nobody holds it open any more; True if it is gone.

    QLockFile already removed a lock whose process is gone; this catches what it cannot:
    a process id reused by a process of the same name (likely in containers and
    sandboxes), an unreadable lock file (a crash while it was written), and another user's
    leftover (QLockFile opens it for writing to remove it, which the permissions deny).
    Only on this machine, where an open lock file is known: POSIX by its ``flock``,
    Windows because an open lock file cannot be deleted.
    """
    try:
        age = time.time() - lock_path.stat().st_mtime
    except OSError:
        return True  # gone meanwhile: try again
    if age < (MIN_STALE_AGE_S if info[0] > 0 else UNREADABLE_STALE_AGE_S):
        return False
    if info[0] > 0 and not _same_host(lock_path, info[1]):
        return False
    if fcntl is None:  # pragma: no cover - Windows
        with contextlib.suppress(OSError):
            lock_path.unlink()  # fails while the owner has it open
            return True
        return False
    try:
        fd = os.open(lock_path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return False  # its owner holds it
    try:
        lock_path.unlink()
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


def _holder(lock_path: Path, info: tuple[int, str, str]) -> Holder:
    pid, host, app = info
    owner = QFileInfo(str(lock_path))
    user = owner.owner()
    if hasattr(os, "getuid"):
        same_user = owner.ownerId() == os.getuid()
    else:  # pragma: no cover - Windows
        try:
            me = getpass.getuser()
        except Exception:
            me = ""
        same_user = bool(user) and user.casefold() == me.casefold()
    return Holder(
        pid=pid,
        host=host,
        app=app,
        same_user_reachable=False,
        user=user,
        same_host=_same_host(lock_path, host),
        same_user=same_user,
    )
