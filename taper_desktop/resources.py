"""The one way to find the app's own files (fonts, icons, translations, the desktop entry).

Every file the app loads at run time is found through :func:`resource_path`, whichever way
the app was started:

- frozen by PyInstaller (packaging/taper-desktop.spec): ``resources/`` inside the bundle,
  under ``sys._MEIPASS``;
- from a source checkout or an editable install: the ``resources/`` folder at the top of
  the checkout;
- from an installed wheel: ``taper_desktop/resources`` inside the package, where setup.py
  copies the top-level folder when it builds the package.

No path depends on the working directory. No Qt here: the report and the command line use
it headless.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources as _importlib_resources
from pathlib import Path

FOLDER = "resources"
# What the app loads at run time, relative to the resources folder. packaging/ and the
# build copy exactly these; tests/test_bundle_layout.py checks that the lists agree.
RUNTIME_PATTERNS = (
    "fonts/*.ttf",
    "fonts/LICENSE-*",
    "fonts/README.md",
    "icons/*.png",
    "icons/*.svg",
    "translations/*.qm",
    "translations/*.ts",  # the report (no Qt) reads its words from these: report/i18n.py
    "taper-desktop.desktop",
)


@lru_cache(maxsize=1)
def resource_root() -> Path:
    """The folder holding the app's resources, for the way the app is running."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_base:
        return Path(frozen_base) / FOLDER
    checkout = Path(__file__).resolve().parent.parent / FOLDER
    if checkout.is_dir():
        return checkout
    packaged = _importlib_resources.files("taper_desktop") / FOLDER
    return Path(str(packaged))


def resource_path(*parts: str) -> Path:
    """The path of one resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resource_root().joinpath(*parts)
