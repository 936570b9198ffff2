"""Window sizes that respect the screen: large text or a small screen shrinks the room."""

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def resize_within_screen(widget: QWidget, width: int, height: int, margin: int = 40) -> None:
    """Resize widget to width x height, or less where the screen is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    widget.resize(min(width, room.width() - margin), min(height, room.height() - margin))


def fit_wrapped(widget: QWidget, width: int, margin: int = 40) -> None:
    """Size a dialog holding wrapped text: width (or the screen's, if less) and the height
    its layout needs at that width, so no line of the text is cut at any text size."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    width = min(max(width, widget.minimumSizeHint().width()), room.width() - margin)
    layout = widget.layout()
    if layout is not None and layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    else:
        height = widget.sizeHint().height()
    height = min(height, room.height() - margin)
    widget.setMinimumSize(width, height)
    widget.resize(width, height)


def text_field_width(edit, sample: str, least: int) -> int:
    """A line edit's width: least pixels, or more where the text size needs it so that
    sample (e.g. "HH:MM", in the edit's font) shows whole."""
    # frame, text margins and the cursor: about two average characters
    needed = (
        edit.fontMetrics().horizontalAdvance(sample) + 2 * edit.fontMetrics().averageCharWidth() + 8
    )
    return max(least, needed)
