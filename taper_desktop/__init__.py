"""Taper Desktop: an offline taper and withdrawal tracker.

The version has one source: ``version`` in pyproject.toml, read here from the installed
package's metadata (which the frozen bundle carries too). It is looked up on first use
of ``taper_desktop.__version__``, so opening the window does not pay for it.
"""

from __future__ import annotations

APP_NAME = "taper-desktop"
APP_TITLE = "Taper Desktop"
DISTRIBUTION = "taper-desktop"
UNKNOWN_VERSION = "0+unknown"


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:  # run from a source tree that was never installed
        return UNKNOWN_VERSION


def __getattr__(name: str) -> str:
    if name == "__version__":
        value = _package_version()
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
