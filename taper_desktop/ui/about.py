"""Help > About: what the app is, the disclaimer and the scale citations."""

from PySide6.QtWidgets import QMessageBox, QWidget

from taper_desktop import APP_TITLE, __version__
from taper_desktop.domain.scales import COWS_CITATION, GOSSOP_INSTRUMENT, SOWS_INSTRUMENT
from taper_desktop.domain.substances import MME_CAVEAT
from taper_desktop.ui.translations import scale_text, substance_text

DISCLAIMER = (
    "Taper Desktop records and summarizes what you enter. It does not give medical "
    "advice, does not diagnose, and does not prescribe: schedules are computed from the "
    "rule your provider gave and are a plan to confirm with your provider. Severity bands "
    "are conventional, not validated. In an emergency call your local emergency number."
)


def about_html() -> str:
    return (
        f"<h3>{APP_TITLE} {__version__}</h3>"
        "<p>An offline taper and withdrawal tracker. Your data stays on this computer.</p>"
        f"<p><b>Not medical advice.</b> {DISCLAIMER}</p>"
        "<p><b>Scales</b><br>"
        f"SOWS: {SOWS_INSTRUMENT.citation}<br>"
        f"SOWS-Gossop: {GOSSOP_INSTRUMENT.citation}<br>"
        f"COWS (recorded from your clinician, never computed): {COWS_CITATION}</p>"
        f"<p>{scale_text(SOWS_INSTRUMENT.band_note)} "
        f"{scale_text(SOWS_INSTRUMENT.kratom_note)}</p>"
        f"<p>{substance_text(MME_CAVEAT)}</p>"
    )


def show_about(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(f"About {APP_TITLE}")
    box.setTextFormat(box.textFormat().RichText)
    box.setText(about_html())
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.exec()
