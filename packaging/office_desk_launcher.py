"""Entry script of the frozen app: the same ``office_desk.cli.main:main`` as the
``office-desk`` console script, so the frozen executable takes the same commands."""

import sys

from office_desk.cli.main import main

if __name__ == "__main__":
    # Finder on old macOS versions passes a process serial number: not an argument.
    sys.exit(main([arg for arg in sys.argv[1:] if not arg.startswith("-psn_")]))
