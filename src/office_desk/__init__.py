"""Office Desk: one desk for an overseas contact-office network."""

from __future__ import annotations

from functools import cache


@cache
def _version() -> str:
    # importlib.metadata is read when the version is asked for (About, --version, the
    # tile server's user agent), not on every start.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("office-desk")
    except PackageNotFoundError:  # running from a source tree without installing
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
