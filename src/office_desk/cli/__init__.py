"""The command line (``office-desk``) over the core: one module per group of commands."""

from .main import main

__all__ = ["main"]
