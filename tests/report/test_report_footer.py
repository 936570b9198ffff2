"""Every page's footer stays inside the margins and clear of "Page x of y" in every
language (German and Spanish footers are longer than the English one)."""

import datetime as dt

import pytest
from reportlab.lib.pagesizes import A4, LETTER

from taper_desktop.report import build_summary, fonts, i18n
from taper_desktop.report.pdf import _furniture_painter
from taper_desktop.report.styles import MARGIN
from tests.report.test_report import options, seed


class RecordingCanvas:
    """Takes what the page furniture draws: (x, y, width, text) per string."""

    def __init__(self):
        self.drawn = []
        self._font = (fonts.REGULAR, 7.0)

    def setFont(self, name, size):
        self._font = (name, size)

    def drawString(self, x, y, text):
        name, size = self._font
        self.drawn.append((x, y, fonts.text_width(str(text), name, size), str(text)))

    def __getattr__(self, _name):  # colours, lines, state: not needed here
        return lambda *a, **k: None


@pytest.mark.parametrize("language", i18n.available())
@pytest.mark.parametrize("pagesize", [A4, LETTER], ids=["A4", "Letter"])
def test_the_footer_fits_and_never_overlaps_the_page_number(store, language, pagesize):
    fonts.register_base()
    seed(store)
    summary = build_summary(store, options())
    with i18n.using(language):
        paint = _furniture_painter(summary, pagesize, dt.datetime(2026, 11, 29, 10, 0))
        canvas = RecordingCanvas()
        paint(canvas, 12, 12)
    width = pagesize[0]
    assert len(canvas.drawn) >= 4  # header, footer, generated, page x of y
    for x, _y, w, text in canvas.drawn:
        assert x >= MARGIN - 0.01 and x + w <= width - MARGIN + 0.01, text
    for a in canvas.drawn:
        for b in canvas.drawn:
            if a is not b and abs(a[1] - b[1]) < 7 and a[0] <= b[0]:
                assert a[0] + a[2] < b[0], (a[3], b[3])  # same line: one ends before the next
