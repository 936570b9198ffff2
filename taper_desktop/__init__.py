"""Taper Desktop: an offline taper and withdrawal tracker."""

__version__ = "0.1.0"
APP_NAME = "taper-desktop"
APP_TITLE = "Taper Desktop"
