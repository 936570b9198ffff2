"""``python main.py`` runs the same command line as ``taper-desktop``."""

import sys

from taper_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
