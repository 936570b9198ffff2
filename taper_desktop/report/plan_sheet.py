"""The plan sheet: one page of the plan ahead, to pin up or show a pharmacist.

Same look as the provider report (its styles, fonts and tables); vector, fonts
embedded, written through the one private-file writer. Content: the substance, the
current dose, the next steps (to the end, or the next 12), holds, who agreed the plan
and when, the tolerance note (clinical.md section 9) and room for the provider's
signature and a date. With no plan it says so instead of failing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    KeepInFrame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from taper_desktop import APP_TITLE, __version__
from taper_desktop.domain.models import Plan
from taper_desktop.domain.safety import tolerance_note
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.domain.wording import fill
from taper_desktop.report import fonts, i18n, words
from taper_desktop.report.document import page_document
from taper_desktop.report.i18n import translate
from taper_desktop.report.palette import INK, MUTED, RULE
from taper_desktop.report.paper import PageSize, page_size
from taper_desktop.report.pdf import write_atomic
from taper_desktop.report.plan_sheet_parts import (
    current,
    holds_section,
    steps_table,
)
from taper_desktop.report.styles import BODY, H1, H2, MARGIN, SMALL, SUB, Story, excerpt, p, t
from taper_desktop.report.words import day_text, rule_text
from taper_desktop.store import plans, settings
from taper_desktop.store.db import Store

LEAD = ParagraphStyle("sheet_lead", parent=BODY, fontSize=10, leading=13.5)
FACT = ParagraphStyle("sheet_fact", parent=BODY, fontSize=9.5, leading=12.5)
# Typed texts are cut (with "…") so that the sheet stays one page whatever was typed.
REASON_CHARS, NAME_CHARS = 160, 80


def _footer() -> str:
    return translate(
        "Report",
        "A plan to confirm with your provider: the dates come from the "
        "rule agreed with them. This sheet does not prescribe.",
    )


def _facts(pairs: list[tuple[str, str]], width: float) -> Table:
    """Label and value rows, as in the report's summary but larger: the sheet is read
    from across a kitchen or a pharmacy counter."""
    data = [[p(f"<b>{k}</b>", FACT), p(v, FACT)] for k, v in pairs]
    table = Table(data, colWidths=[110, width - 110], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                # A table without a FONT sets Helvetica on the canvas even when its cells are
                # paragraphs, which would list an unembedded font in the file.
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _signature(width: float) -> Table:
    data = [
        ["", "", ""],
        [translate("Report", "Provider's signature"), "", translate("Report", "Date")],
    ]
    table = Table(
        data,
        colWidths=[width * 0.62, width * 0.06, width * 0.32],
        rowHeights=[34, 12],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (0, 0), 0.8, INK),
                ("LINEBELOW", (2, 0), (2, 0), 0.8, INK),
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 7.5, 9),
                ("TEXTCOLOR", (0, 1), (-1, 1), MUTED),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def story(plan: Plan | None, today: dt.date, width: float, generated: dt.datetime) -> Story:
    flow: Story = [
        p(translate("Report", "Taper plan"), H1),
        p(
            fill(
                translate("Report", "As agreed with the provider · printed %1"),
                day_text(generated.date()),
            ),
            SUB,
        ),
    ]
    if plan is None or not plan.revisions:
        flow += [
            p(
                translate(
                    "Report",
                    "No taper plan is recorded yet. Set one up with your "
                    "provider in the Taper calendar, then print this "
                    "sheet again.",
                )
            )
        ]
        return flow
    schedule = PlanSchedule(plan.revisions, plan.holds)
    unit = plan.substance.unit
    latest = schedule.revisions[-1]
    agreed = t(excerpt(latest.agreed_by, NAME_CHARS)) or translate("Report", "not recorded")
    when = latest.created_at[:10] if latest.created_at else ""
    agreed_text = fill(
        translate("Report", "%1; revision in force from %2"),
        agreed,
        day_text(latest.effective_date),
    )
    if when:
        with contextlib.suppress(ValueError):
            when = day_text(dt.date.fromisoformat(when))
        agreed_text += fill(translate("Report", ", recorded %1"), when)
    if latest.reason.strip():
        agreed_text += f" ({t(excerpt(latest.reason, REASON_CHARS))})"
    name = excerpt(i18n.substance_name(plan.substance.name), NAME_CHARS)
    pairs = [
        (translate("Report", "Substance"), t(f"{name} ({words.unit(unit)})" if unit else name)),
        (translate("Report", "Current dose"), current(schedule, plan, today)),
        (translate("Report", "Rule"), t(rule_text(latest, unit))),
        (translate("Report", "Agreed with"), agreed_text),
    ]
    if len(schedule.revisions) > 1:
        pairs.append(
            (
                translate("Report", "Earlier revisions"),
                fill(
                    translate("Report", "%1; the dates below follow the one in force"),
                    len(schedule.revisions) - 1,
                ),
            )
        )
    flow.append(_facts(pairs, width))
    flow += steps_table(schedule, plan, today, width)
    flow += holds_section(schedule, plan)
    flow.append(p(translate("Report", "Safety"), H2))
    flow += [p(i18n.translate_any(line), LEAD) for line in tolerance_note(plan.substance.kind)]
    flow.append(
        p(
            translate(
                "Report",
                "Sources: CDC Clinical Practice Guideline for "
                "Prescribing Opioids for Pain, MMWR Recomm Rep "
                "2022;71(3), Recommendations 5 and 8; SAMHSA Opioid "
                "Overdose Prevention Toolkit 2018.",
            ),
            SMALL,
        )
    )
    flow.append(Spacer(1, 22))
    flow.append(p(translate("Report", "Checked with the provider"), H2))
    flow.append(_signature(width))
    return flow


def render_plan_sheet(
    plan: Plan | None,
    today: dt.date,
    pagesize: PageSize,
    generated: dt.datetime | None = None,
    language: str = i18n.SOURCE_LANGUAGE,
) -> bytes:
    """The plan sheet as PDF bytes (one page), in language (a code with a catalogue)."""
    with i18n.using(language):
        return _render(plan, today, pagesize, generated)


def _render(
    plan: Plan | None, today: dt.date, pagesize: PageSize, generated: dt.datetime | None
) -> bytes:
    fonts.register_base()
    generated = generated or dt.datetime.now()
    buffer = io.BytesIO()
    width, height = pagesize
    bottom = 58.0
    doc, frame = page_document(
        buffer,
        pagesize,
        bottom,
        title=translate("Report", "Taper plan"),
        author=f"{APP_TITLE} user",
        subject="The taper plan ahead, as agreed with the provider",
        keywords="taper, plan",
    )

    def furniture(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, bottom - 18, width - MARGIN, bottom - 18)
        canvas.setFillColor(MUTED)
        text = _footer()
        size = fonts.fitting_size(text, fonts.REGULAR, 7, width - 2 * MARGIN)
        fonts.draw_string(canvas, MARGIN, bottom - 29, text, fonts.REGULAR, size)
        fonts.draw_string(
            canvas,
            MARGIN,
            bottom - 39,
            fill(
                translate("Report", "Generated %1 by %2"),
                i18n.timestamp(generated),
                f"{APP_TITLE} {__version__}",
            ),
            fonts.REGULAR,
            7,
        )
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=furniture)])
    # One page whatever was typed: content that would not fit is scaled down to fit.
    doc.build(
        [
            KeepInFrame(
                frame.width, frame.height, story(plan, today, frame.width, generated), mode="shrink"
            )
        ]
    )
    return buffer.getvalue()


def write_plan_sheet(
    store: Store,
    path: str | os.PathLike[str],
    paper: str | None = None,
    today: dt.date | None = None,
    generated: dt.datetime | None = None,
    language: str = "",
) -> Path:
    """Write the current plan's sheet to path (atomically, 0600); ReportError on failure.
    The language is the report's (by default the app's language setting)."""
    today = today or settings.diary_today(store)
    size = page_size(paper or settings.get(store, "paper_size"))
    language = language or i18n.resolve(settings.get(store, "language"))
    return write_atomic(
        path, render_plan_sheet(plans.current_plan(store), today, size, generated, language)
    )
