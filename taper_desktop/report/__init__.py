"""The provider report: a PDF a clinician can take in within a minute (reportlab, no Qt).

`build_summary` computes every figure; `write_report` lays them out and writes the
file atomically with owner-only permissions. The command line and the window both
call `write_report`, so they make the same file.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from taper_desktop.report import i18n
from taper_desktop.report.paper import page_size
from taper_desktop.report.pdf import ReportError, render, write_atomic
from taper_desktop.report.summary import ReportOptions, Summary, build_summary
from taper_desktop.store import settings
from taper_desktop.store.day_table import first_diary_day
from taper_desktop.store.db import Store

__all__ = [
    "ReportError",
    "ReportOptions",
    "Summary",
    "build_summary",
    "write_report",
    "default_period",
]


def write_report(
    store: Store,
    options: ReportOptions,
    path: str | os.PathLike[str],
    paper: str | None = None,
    generated: dt.datetime | None = None,
) -> Path:
    """Build the report for options and write it to path; nothing is written on error.

    paper is "A4", "Letter" or "auto"; None reads the `paper_size` setting. The language
    is options.language, else the app's `language` setting ("system": the computer's).
    """
    summary = build_summary(store, options)
    size = page_size(paper or settings.get(store, "paper_size"))
    language = i18n.resolve(options.language or settings.get(store, "language"))
    return write_atomic(path, render(summary, size, generated, language))


def default_period(store: Store, today: dt.date) -> tuple[dt.date, dt.date]:
    """Since the day after the last report (setting last_report_to), else the last 30 days;
    never from before the diary began (the plan's first day or the first day with data)."""
    last_to = settings.get(store, "last_report_to")
    try:
        previous = dt.date.fromisoformat(last_to) if last_to else None
    except ValueError:
        previous = None
    if previous is not None and previous < today:
        first = previous + dt.timedelta(days=1)
    else:
        first = today - dt.timedelta(days=29)
    began = first_diary_day(store)
    if began is not None:
        first = max(first, min(began, today))
    return first, today
