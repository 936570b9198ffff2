"""Help > About: what the app is, the disclaimer and the scale citations, in the
window's language (the citations stay as published)."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from taper_desktop import APP_TITLE, __version__
from taper_desktop.domain.scales import COWS_CITATION, GOSSOP_INSTRUMENT, SOWS_INSTRUMENT
from taper_desktop.domain.substances import MME_CAVEAT
from taper_desktop.domain.wording import fill
from taper_desktop.ui.translations import scale_text, substance_text, tr


def disclaimer() -> str:
    return tr(
        "Taper Desktop records and summarizes what you enter. It does not give medical "
        "advice, does not diagnose, and does not prescribe: schedules are computed from the "
        "rule your provider gave and are a plan to confirm with your provider. Severity "
        "bands are conventional, not validated. In an emergency call your local emergency "
        "number."
    )


def about_html() -> str:
    what = tr("An offline taper and withdrawal tracker. Your data stays on this computer.")
    not_advice = tr("Not medical advice.")
    scales = tr("Scales")
    cows = fill(tr("COWS (recorded from your clinician, never computed): %1"), COWS_CITATION)
    return (
        f"<h3>{escape(APP_TITLE)} {escape(__version__)}</h3>"
        f"<p>{escape(what)}</p>"
        f"<p><b>{escape(not_advice)}</b> {escape(disclaimer())}</p>"
        f"<p><b>{escape(scales)}</b><br>"
        f"SOWS: {escape(SOWS_INSTRUMENT.citation)}<br>"
        f"SOWS-Gossop: {escape(GOSSOP_INSTRUMENT.citation)}<br>"
        f"{escape(cows)}</p>"
        f"<p>{escape(scale_text(SOWS_INSTRUMENT.band_note))} "
        f"{escape(scale_text(SOWS_INSTRUMENT.kratom_note))}</p>"
        f"<p>{escape(substance_text(MME_CAVEAT))}</p>"
    )


class AboutDialog(QDialog):
    """The about text in a scrolling box beside the app icon, OK below: at any text size
    the dialog stays within the screen and OK stays in reach."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(fill(tr("About %1"), APP_TITLE))
        icon = QLabel()
        if parent is not None:
            icon.setPixmap(parent.windowIcon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.text.viewport().setAutoFillBackground(False)
        self.text.setHtml(about_html())
        self.text.setAccessibleName(self.windowTitle())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(buttons)
        self._fit()
        self.ok_button.setFocus()

    def _fit(self) -> None:
        """About 70 characters a line and the height the text needs, within the room the
        screen has free (with some for the title bar); the text scrolls where it is longer."""
        room = self.screen().availableGeometry()
        chars = self.fontMetrics().averageCharWidth()
        width = min(max(560, chars * 70), room.width() - 60)
        self.text.document().setTextWidth(width - 64 - 40)
        wanted = int(self.text.document().size().height()) + 8
        chrome = self.ok_button.sizeHint().height() + 60
        height = min(wanted + chrome, room.height() - 80)
        self.resize(width, height)


def show_about(parent: QWidget) -> None:
    AboutDialog(parent).exec()
