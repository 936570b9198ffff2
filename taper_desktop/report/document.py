"""The page every PDF of the app is laid out on: the margins, one body frame without
padding, the file's metadata, and a canvas that starts in the embedded regular font (so
no unembedded Helvetica is listed in the file). The provider report and the plan sheet
both start here."""

from __future__ import annotations

from typing import IO

from reportlab.platypus import BaseDocTemplate, Frame

from taper_desktop import APP_TITLE, __version__
from taper_desktop.report import fonts
from taper_desktop.report.paper import PageSize
from taper_desktop.report.styles import MARGIN


def page_document(
    buffer: IO[bytes],
    pagesize: PageSize,
    bottom: float,
    *,
    title: str,
    author: str,
    subject: str,
    keywords: str,
) -> tuple[BaseDocTemplate, Frame]:
    """A document of pagesize with the body frame from MARGIN to ``bottom`` (room below it
    for the footer), and that frame."""
    width, height = pagesize
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=bottom,
        title=title,
        author=author,
        subject=subject,
        creator=f"{APP_TITLE} {__version__}",
        keywords=keywords,
        initialFontName=fonts.REGULAR,
    )
    frame = Frame(
        MARGIN,
        bottom,
        width - 2 * MARGIN,
        height - MARGIN - bottom,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    return doc, frame
