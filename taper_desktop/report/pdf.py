"""The provider report's PDF layout (reportlab platypus), written atomically, 0600.

Page 1 is the one-minute summary; then the daily table, the plan's revision
history, the items with the highest means, other medications and the sources.
Every page carries "page x of y", the generation date and the footer.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageTemplate,
    Spacer,
)
from reportlab.platypus.doctemplate import FrameBreak

from taper_desktop import APP_TITLE, __version__
from taper_desktop.domain.errors import WordedError
from taper_desktop.domain.wording import fill
from taper_desktop.privatefile import WriteError, write_private
from taper_desktop.report import (
    back_pages,
    daily_table,
    fonts,
    i18n,
    page_one,
    plan_section,
)
from taper_desktop.report.document import page_document
from taper_desktop.report.i18n import translate
from taper_desktop.report.palette import MUTED, RULE
from taper_desktop.report.paper import PageSize
from taper_desktop.report.styles import BOTTOM, H1, H2, MARGIN, SUB, Story, key_values, p, up
from taper_desktop.report.summary import Summary
from taper_desktop.report.words import day_text, days, footer, span


class ReportError(WordedError):
    """The report could not be written (one line naming the file and the reason)."""

    context = "files"


# ---- page furniture ---------------------------------------------------------------
Painter = Callable[[Any, int, int], None]  # (canvas, page number, pages) -> paints


class _NumberedCanvas(pdfcanvas.Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Holds each page until the end so every page can say 'page x of y'."""

    def __init__(self, *args: Any, furniture: Painter, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._furniture = furniture

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._furniture(self, number, total)
            super().showPage()
        super().save()


def _furniture_painter(summary: Summary, pagesize: PageSize, generated: dt.datetime) -> Painter:
    width, _height = pagesize
    opts = summary.options
    who = opts.patient.strip()
    head = fill("%1 · %2", translate("Report", "Taper summary"), span(opts.first, opts.last))
    if who:
        head = f"{head} · {who}"

    # The canvas paints the pages after the story is built: take the words now.
    footer_text = footer()
    made = fill(
        translate("Report", "Generated %1 by %2"),
        i18n.timestamp(generated),
        f"{APP_TITLE} {__version__}",
    )
    page_of = translate("Report", "Page %1 of %2")
    # "Page x of y" goes at the end of the footer's first line; where that line is too long
    # for it (a longer language), at the end of the second, short one.
    widest = fonts.text_width(fill(page_of, 888, 888), fonts.REGULAR, 7.5)
    room = width - 2 * MARGIN - widest - 12
    page_y = BOTTOM - 29 if fonts.text_width(footer_text, fonts.REGULAR, 7) <= room else BOTTOM - 39
    footer_size = fonts.fitting_size(footer_text, fonts.REGULAR, 7, width - 2 * MARGIN)

    def paint(canvas: Any, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        if number > 1:
            line = fonts.fit(head, fonts.REGULAR, 7.5, width - 2 * MARGIN)
            fonts.draw_string(canvas, MARGIN, _height - 30, line, fonts.REGULAR, 7.5)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(MARGIN, _height - 35, width - MARGIN, _height - 35)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, BOTTOM - 18, width - MARGIN, BOTTOM - 18)
        fonts.draw_string(canvas, MARGIN, BOTTOM - 29, footer_text, fonts.REGULAR, footer_size)
        fonts.draw_string(canvas, MARGIN, BOTTOM - 39, made, fonts.REGULAR, 7)
        fonts.draw_string(
            canvas,
            width - MARGIN,
            page_y,
            fill(page_of, number, total),
            fonts.REGULAR,
            7.5,
            align="right",
        )
        canvas.restoreState()

    return paint


class _EndOfSummary(CondPageBreak):  # type: ignore[misc]  # reportlab has no type hints
    """Ends page 1 so the summary stands alone; once the summary has run over onto
    page 2 it does nothing, so no page is left nearly empty."""

    def __init__(self) -> None:
        super().__init__(0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        if frame is not None and self._doctemplateAttr("page") == 1:
            frame.add_generated_content(FrameBreak)
        return 0, 0


# ---- assembly -------------------------------------------------------------------
def story(s: Summary, width: float, generated: dt.datetime) -> Story:
    opts = s.options
    flow: Story = [
        p(translate("Report", "Taper summary for the provider"), H1),
        p(translate("Report", "Patient-reported diary kept with Taper Desktop"), SUB),
    ]
    pairs = []
    if opts.patient.strip():
        pairs.append((translate("Report", "Patient"), up(opts.patient.strip())))
    if opts.provider.strip():
        pairs.append((translate("Report", "Provider"), up(opts.provider.strip())))
    pairs.append((translate("Report", "Period"), f"{span(opts.first, opts.last)} ({days(s.days)})"))
    pairs.append((translate("Report", "Generated"), i18n.timestamp(generated)))
    flow.append(key_values(pairs, width))
    flow += plan_section.plan_section(s, width)
    if not s.has_data:
        flow += [
            p(translate("Report", "In this period"), H2),
            p(
                fill(
                    translate(
                        "Report",
                        "No doses and no check-ins were logged from %1 "
                        "to %2: all %3 are missing. There is nothing to "
                        "summarise for these dates.",
                    ),
                    day_text(opts.first),
                    day_text(opts.last),
                    days(s.days),
                )
            ),
        ]
        flow += page_one.events_section(s, width)
        flow += back_pages.sources_section(s)
        return flow
    flow += page_one.adherence_section(s, width)
    flow += page_one.chart_section(s, width)
    flow.append(KeepTogether(page_one.comparison_section(s, width)))
    flow += page_one.events_section(s, width)
    flow.append(_EndOfSummary())
    if opts.include_table:
        flow += daily_table.daily_table(s, width)
    if opts.include_notes:
        flow += back_pages.notes_section(s)
    if opts.include_table or opts.include_notes:
        flow.append(CondPageBreak(160))
    flow.append(KeepTogether(back_pages.revisions_section(s, width)))
    flow.append(KeepTogether(back_pages.items_section(s, width)))
    flow += back_pages.medications_section(s, width)
    flow.append(Spacer(1, 4))
    flow.append(KeepTogether(back_pages.sources_section(s)))
    return flow


def render(
    summary: Summary,
    pagesize: PageSize,
    generated: dt.datetime | None = None,
    language: str = i18n.SOURCE_LANGUAGE,
) -> bytes:
    """The report as PDF bytes, in language (a code with a catalogue, e.g. "es")."""
    with i18n.using(language):
        return _render(summary, pagesize, generated)


def _render(summary: Summary, pagesize: PageSize, generated: dt.datetime | None) -> bytes:
    fonts.register_base()
    generated = generated or dt.datetime.now()
    opts = summary.options
    buffer = io.BytesIO()
    width, height = pagesize
    doc, frame = page_document(
        buffer,
        pagesize,
        BOTTOM,
        title=fill("%1 %2", translate("Report", "Taper summary"), span(opts.first, opts.last)),
        author=opts.patient.strip() or f"{APP_TITLE} user",
        subject=translate("Report", "Patient-reported taper diary summary for a provider visit"),
        keywords="taper, withdrawal, SOWS, report",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    paint = _furniture_painter(summary, pagesize, generated)
    doc.build(
        story(summary, frame.width, generated),
        canvasmaker=lambda *a, **k: _NumberedCanvas(*a, furniture=paint, **k),
    )
    return buffer.getvalue()


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write the PDF through the one private-file writer; failures become ReportError."""
    try:
        return write_private(path, data)
    except WriteError as exc:
        raise ReportError("%1", exc) from None  # WriteError names the file and why
