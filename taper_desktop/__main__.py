"""``python -m taper_desktop`` runs the same command line as ``taper-desktop``."""

import sys

from taper_desktop.cli import main

sys.exit(main())
