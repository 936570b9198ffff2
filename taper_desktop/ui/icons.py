"""The application icon, from resources/icons."""

from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        png = RESOURCES / "icons" / f"taper-desktop-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon
