"""Write a file so that it appears whole or not at all.

Exports and reports are written to a temporary file beside the target and moved into
place (an atomic rename) only when writing finished; a failure or a Cancel leaves the
target as it was, absent or the previous file, and no temporary file behind. The new
file gets the usual permissions for the user's umask, like any file they save.
"""

from __future__ import annotations

import os
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
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
