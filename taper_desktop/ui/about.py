"""Help > About: what the app is, the disclaimer and the scale citations, in the
window's language (the citations stay as published)."""

from html import escape

from PySide6.QtWidgets import QMessageBox, QWidget

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


def show_about(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(fill(tr("About %1"), APP_TITLE))
    box.setTextFormat(box.textFormat().RichText)
    box.setText(about_html())
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.exec()
