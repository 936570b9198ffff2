"""The report's type and tables: paragraph styles, markup helpers and the table look
shared by the provider report and the plan sheet (reportlab platypus, no Qt)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from taper_desktop.report import fonts
from taper_desktop.report.palette import HEAD, INK, MUTED, RULE, STRIPE

MARGIN = 48.0
BOTTOM = 58.0
CELL_PADDING = 3  # each side of a table cell (see table)

Story = list[Flowable]  # a run of reportlab flowables (paragraphs, tables, page breaks)


def fits(text: str, width: float, bold: bool = False) -> str:
    """A table cell's text with each line that would not fit in the column of width, less
    its paddings, wrapped at its spaces (longer words in other languages: "nicht
    eingetragen"). A single word wider than the column: see cell_size."""
    font = fonts.BOLD if bold else fonts.REGULAR
    room = width - 2 * CELL_PADDING
    out: list[str] = []
    for line in text.split("\n"):
        current = ""
        for word in line.split(" "):
            longer = f"{current} {word}" if current else word
            if current and pdfmetrics.stringWidth(longer, font, 7.5) > room:
                out.append(current)
                current = word
            else:
                current = longer
        out.append(current)
    return "\n".join(out)


def cell_size(text: str, width: float, bold: bool = False, smallest: float = 6) -> float:
    """The table's type size (7.5), or the smaller one at which the widest line of text
    stays inside its cell of width (it may use half its paddings): a word longer than the
    column in another language ("eingetragen"). Half of each padding stays, so that two
    such words in cells side by side never run together."""
    font = fonts.BOLD if bold else fonts.REGULAR
    room = width - CELL_PADDING
    widest = max(pdfmetrics.stringWidth(line, font, 7.5) for line in text.split("\n"))
    return 7.5 if widest <= room else max(smallest, 7.5 * room / widest)


def _style(
    name: str,
    size: float = 9,
    leading: float | None = None,
    bold: bool = False,
    color: Color = INK,
    **kw: Any,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=fonts.BOLD if bold else fonts.REGULAR,
        fontSize=size,
        leading=leading or size * 1.3,
        textColor=color,
        alignment=TA_LEFT,
        **kw,
    )


BODY = _style("body")
SMALL = _style("small", 7.5, color=MUTED)
CELL = _style("cell", 7.5, 9.2)
H1 = _style("h1", 16, 20, bold=True, spaceAfter=2)
H2 = _style("h2", 10.5, 13, bold=True, spaceBefore=8, spaceAfter=3, keepWithNext=1)
# For a heading over a table that may run over pages: a heading kept with such a table
# would push the whole table to a new page; a CondPageBreak before it avoids orphans.
H2_LONG = ParagraphStyle("h2_long", parent=H2, keepWithNext=0)
H3 = _style("h3", 8.5, 11, bold=True, spaceBefore=3, spaceAfter=1, keepWithNext=1)
NOTE = _style("note", 8.5, 11, spaceAfter=3)
SUB = _style("sub", 8.5, color=MUTED, spaceAfter=6)


def p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of markup we wrote (already escaped where it holds user text)."""
    return fonts.paragraph(text, style)


def up(text: str, style: ParagraphStyle = CELL) -> Paragraph:
    """A paragraph of one piece of user text (right to left when it is all Arabic or Hebrew)."""
    return fonts.user_paragraph(text, style)


def t(text: str) -> str:
    """User text as safe markup with per-run font fallback."""
    return fonts.markup(text)


def table(
    data: list[list[Any]],
    widths: Sequence[float],
    header: bool = True,
    stripes: bool = True,
    extra: Iterable[tuple[Any, ...]] = (),
) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 7.5, 9.2),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    if header:
        style += [
            ("FONT", (0, 0), (-1, 0), fonts.BOLD, 7.5, 9.2),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ]
    if stripes:
        style.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [None, STRIPE]))
    style.append(("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE))
    table.setStyle(TableStyle(style + list(extra)))
    return table


def excerpt(text: str, limit: int) -> str:
    """text on one line, cut at a word boundary to at most limit characters with '…'."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:.") + "…"


def key_values(pairs: Iterable[tuple[str, str | Paragraph]], width: float) -> Table:
    data = [
        [p(f"<b>{k}</b>", CELL), v if isinstance(v, Paragraph) else p(v, CELL)] for k, v in pairs
    ]
    table = Table(data, colWidths=[118, width - 118], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 7.5),  # not the unembedded default
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
