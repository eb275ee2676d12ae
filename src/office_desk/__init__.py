"""Office Desk: one desk for an overseas contact-office network."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("office-desk")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0+source"
