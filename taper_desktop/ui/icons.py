"""The application icon, from resources/icons."""

from PySide6.QtGui import QIcon

from taper_desktop.resources import resource_path


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        png = resource_path("icons", f"taper-desktop-{size}.png")
        if png.exists():
            icon.addFile(str(png))
    return icon
