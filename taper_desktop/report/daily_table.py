"""The daily table: one row a day, after page 1."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Paragraph

from taper_desktop.domain import scales
from taper_desktop.domain.wording import fill
from taper_desktop.report import fonts, i18n
from taper_desktop.report.i18n import translate
from taper_desktop.report.palette import FLAG, HOLD, MUTED
from taper_desktop.report.styles import (
    CELL,
    CELL_PADDING,
    H2_LONG,
    SMALL,
    Story,
    cell_size,
    excerpt,
    fits,
    p,
    t,
    table,
    up,
)
from taper_desktop.report.summary import Summary
from taper_desktop.report.words import before_diary, dose, g, not_logged, unit, weekday_day

NOTE_CHARS = 90  # a note in the table; the Notes section prints every note in full


def daily_table(s: Summary, width: float) -> Story:
    """One row a day. Each scale used has its own total column, named with its range, so a
    0-64 and a 0-30 total never share a column; the band column is SOWS's only (SOWS-Gossop
    has no bands)."""
    out = [CondPageBreak(90), p(translate("Report", "Daily table"), H2_LONG)]
    if not s.has_data:
        return out + [p(translate("Report", "No day in this period has a dose or a check-in."))]
    used = {r.checkin.instrument for r in s.rows if r.checkin is not None and r.checkin.rated}
    keys = [k for k in scales.INSTRUMENTS if k in used] or [scales.SOWS]
    mixed = len(keys) > 1
    head = [
        translate("Report", "Date"),
        fill(translate("Report", "Planned\n(%1)"), unit(s.unit)),
        fill(translate("Report", "Taken\n(%1)"), unit(s.unit)),
    ]
    widths: list[float] = [68, 40, 46]
    total_cols = []
    for key in keys:
        inst = scales.instrument(key)
        total_cols.append(len(head))
        name = "SOWS-\nGossop" if key == scales.GOSSOP else key  # fits a narrow column
        head.append(fill(translate("Report", "%1\ntotal\n(0-%2)"), name, inst.max_total))
        widths.append(44)
        if inst.bands:
            head.append(fill(translate("Report", "%1\nband"), key))
            widths.append(42 if mixed else 46)
    first_measure = len(head)
    head += [
        translate("Report", "Craving"),
        translate("Report", "Pain"),
        translate("Report", "Sleep h /\nquality"),
        translate("Report", "Mood"),
    ]
    widths += [34, 26, 44, 28]
    # Each heading keeps the lines its language gives it ("Schlaf h /" over "Qualität"):
    # a column is widened to its widest heading line, taken from the note column.
    widths = [max(w, heading_width(text)) for text, w in zip(head, widths, strict=True)]
    notes = s.options.include_notes
    head.append(translate("Report", "Note") if notes else translate("Report", "Flagged"))
    widths.append(width - sum(widths))
    data: list[list[Any]] = [head]
    extra: list[tuple[Any, ...]] = []
    marker_text = fill("<b>%1</b>", translate("Report", "Flagged."))

    def shrink(col: int, row: int, text: str, width: float, bold: bool = False) -> None:
        """A cell whose longest word is wider than its column is set smaller."""
        size = cell_size(text, width, bold)
        if size < 7.5:
            extra.append(("FONTSIZE", (col, row), (col, row), size))

    for i, r in enumerate(s.rows, start=1):
        c = r.checkin
        planned = dose(r.planned) if r.planned is not None else translate("Report", "no plan")
        taken = dose(r.taken) if r.taken is not None else not_logged()
        fitted = [] if r.taken is not None else [2]  # wrapped, then smaller if need be
        smaller: list[int] = []  # smaller, then wrapped if need be
        row: list[Any] = [weekday_day(r.day), planned, taken]
        column = 3
        for n, key in enumerate(keys):
            inst = scales.instrument(key)
            mine = c is not None and c.rated and c.instrument == key
            if c is not None and not c.rated:  # a note, no symptom rated: not a check-in
                total, band = (translate("Report", "note") if n == 0 else ""), ""
            elif c is None or not mine:
                # another scale that day, or no check-in: blank here, named in its own column
                total, band = ("–" if c is not None else not_logged()), ""
                if c is None:
                    fitted.append(column)
            elif c.total is None:  # no total; the band column (SOWS) says how many items
                total = translate("Report", "partial")
                band = fill(
                    translate("Report", "%1/%2 items"), inst.answered(c.items), len(inst.items)
                )
                if inst.bands:
                    smaller.append(column + 1)
            else:
                total = str(c.total)
                b = inst.band(c.total)
                band = i18n.translate_any(b.name) if b else ""
            row.append(total)
            cells = 2 if inst.bands else 1
            if inst.bands:
                row.append(band)
            if c is None or not mine or c.total is None:
                extra.append(("TEXTCOLOR", (column, i), (column + cells - 1, i), MUTED))
            column += cells
        if c is None:
            craving = pain = sleep = mood = ""
        else:
            craving, pain, mood = (_opt(c.craving), _opt(c.pain), _opt(c.mood))
            sleep = f"{_opt(c.sleep_hours)} / {_opt(c.sleep_quality)}"
        flagged = c is not None and c.flag_for_provider
        last_cell: str | Paragraph | list[Paragraph]
        if notes:
            text = excerpt(c.note if c else "", NOTE_CHARS)  # in full under "Notes"
            if text and fonts.is_rtl(text):  # the marker on its own line, the note RTL
                last_cell = ([p(marker_text, CELL)] if flagged else []) + [up(text)]
            else:
                marker = marker_text + " " if flagged else ""
                last_cell = p(marker + t(text), CELL) if (text or marker) else ""
        else:
            last_cell = translate("Report", "yes") if flagged else ""
        if not r.has_data and s.diary_began is not None and r.day < s.diary_began:
            row[2:] = ["", before_diary()] + [""] * (len(row) - 4)  # the diary had not begun
            fitted = smaller = []  # "before the diary" runs over the empty cells beside it
        for col in smaller:  # "8/16 items"
            if cell_size(row[col], widths[col]) < 6.5:
                fitted.append(col)
            else:
                shrink(col, i, row[col], widths[col])
        for col in fitted:  # "not logged"
            row[col] = fits(row[col], widths[col])
            shrink(col, i, row[col], widths[col])
        data.append(row + [craving, pain, sleep, mood, last_cell])
        if r.taken is None:
            extra.append(("TEXTCOLOR", (2, i), (2, i), MUTED))
        if flagged:
            extra.append(("BACKGROUND", (0, i), (-1, i), FLAG))
        if r.held:
            extra.append(("BACKGROUND", (1, i), (1, i), HOLD))
    note_col = len(head) - 1
    extra += [
        ("ALIGN", (1, 0), (2, -1), "RIGHT"),
        ("ALIGN", (first_measure, 0), (note_col - 1, -1), "RIGHT"),
        ("LEFTPADDING", (note_col, 0), (note_col, -1), 8),
    ]  # the note never reads as mood
    extra += [("ALIGN", (col, 0), (col, -1), "RIGHT") for col in total_cols]
    data[0] = [fits(text, w, bold=True) for text, w in zip(head, widths, strict=False)]
    for col, (text, w) in enumerate(zip(data[0], widths, strict=False)):
        shrink(col, 0, text, w, bold=True)
    out.append(table(data, widths, extra=extra))
    legend = translate(
        "Report",
        'Blank or –: not recorded that day. "partial": some scale '
        'items were left unanswered, so there is no total. "note": '
        "a note with no symptom rated, not a check-in. Shaded planned "
        "dose: the plan was on hold. Highlighted rows were flagged "
        "for the provider.",
    )
    if mixed:
        legend += " " + translate(
            "Report",
            "Two scales were used in this period: each has its "
            "own total column (SOWS 0-64, SOWS-Gossop 0-30); "
            "their totals are never combined.",
        )
    if notes:
        legend += " " + translate(
            "Report", 'Notes cut short with … are printed in full under "Notes".'
        )
    out.append(p(legend, SMALL))
    return out


def heading_width(text: str) -> float:
    """The column width that holds each line of a bold table heading whole."""
    widest: float = max(pdfmetrics.stringWidth(line, fonts.BOLD, 7.5) for line in text.split("\n"))
    return widest + 2 * CELL_PADDING + 0.5


def _opt(value: float | None) -> str:
    return "–" if value is None else g(value)
