"""Write a file so that it appears whole or not at all.

Exports and reports are written to a temporary file beside the target and moved into
place (an atomic rename) only when writing finished; a failure or a Cancel leaves the
target as it was, absent or the previous file, and no temporary file behind.

A new file is the user's alone (Office Desk runs with umask 0077: exports hold personal
data, see :mod:`office_desk.core.private_files`); a file the user already had there
keeps its permissions, so a list deliberately shared with a group stays shared when it
is exported again.
"""

from __future__ import annotations

import contextlib
import os
import stat
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replaced_on_success(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; it becomes ``path`` only if the
    block finishes. On any exception the temporary file is removed and ``path`` is left
    as it was (absent, or the previous file)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        yield temp
        move_into_place(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def move_into_place(temporary: Path, path: Path) -> None:
    """Replace ``path`` with ``temporary`` in one step (``os.replace``), giving it the
    permissions of the file it replaces, if there was one."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(temporary, stat.S_IMODE(os.stat(path).st_mode))
    os.replace(temporary, path)
