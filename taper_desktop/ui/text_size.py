"""The large-text option: the app's fonts at 100%-200% of the system's, on top of any
system scaling, applied while the app runs.

The system font is remembered on the QApplication the first time, so every later size is
a multiple of it (never of an already scaled font). Widgets that set their own font (bold
headings, smaller notes) keep their size relative to the app font.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

_BASE = "taper_base_font"
_PERCENT = "taper_text_percent"


def base_font(app: QApplication) -> QFont:
    """The system's font, before any scaling by this option."""
    font = app.property(_BASE)
    if font is None:
        font = QFont(app.font())
        app.setProperty(_BASE, font)
    return QFont(font)


def current_percent(app: QApplication) -> int:
    return int(app.property(_PERCENT) or 100)


def apply(app: QApplication, percent: int) -> None:
    """Scale the app font to percent of the system font; explicit widget fonts follow."""
    old = current_percent(app)
    base = base_font(app)
    if percent == old and app.property(_PERCENT) is not None:
        return
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * percent / 100)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * percent / 100)))
    ratio = percent / old
    # Widgets with a font of their own (headings, notes) keep their ratio to the app font.
    # The collector is paused while the widgets are listed: wrapping one may run it, and a
    # widget it frees (with its children) would be left in the list, dangling.
    collecting = gc.isenabled()
    gc.disable()
    try:
        own = [
            (w, w.font().pointSizeF(), w.font().pixelSize())
            for w in app.allWidgets()
            if w.testAttribute(Qt.WidgetAttribute.WA_SetFont)
        ]
    finally:
        if collecting:
            gc.enable()
    app.setProperty(_PERCENT, percent)
    app.setFont(font)
    if percent != 100 or old != 100:  # check box marks grow with the text (ui/theme.py)
        from taper_desktop.ui.theme import restyle

        restyle(app)
    if ratio != 1:
        for widget, points, pixels in own:
            f = QFont(widget.font())
            if (f.pointSizeF(), f.pixelSize()) != (points, pixels):
                continue  # its size follows the app font already
            if f.pointSizeF() > 0:
                f.setPointSizeF(f.pointSizeF() * ratio)
            elif f.pixelSize() > 0:
                f.setPixelSize(max(1, round(f.pixelSize() * ratio)))
            widget.setFont(f)
