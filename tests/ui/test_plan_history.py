"""The plan history dialog: when each revision was saved, in the window's language, and
every column in view on a small screen."""

import datetime as dt
import re

import pytest
from PySide6.QtCore import QLocale, Qt

from taper_desktop.domain.models import Hold, PlanRevision, Substance
from taper_desktop.store import plans
from taper_desktop.ui import locale_format
from taper_desktop.ui.plan_history import PlanHistoryDialog
from taper_desktop.ui.translations import apply_language

SAVED = 7  # the "Saved" column of the revisions


@pytest.fixture
def german(qapp):
    before = QLocale()
    translators = apply_language(qapp, "de", [])
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _plan(store, today):
    plan = plans.create_plan(
        store,
        Substance("Kratom leaf powder", "kratom", "g"),
        PlanRevision(
            today - dt.timedelta(days=40),
            "percent",
            8,
            10,
            7,
            0.1,
            reason="Initial plan agreed at the first visit to the clinic",
            agreed_by="Dr. Rivera at the community clinic",
        ),
    )
    plans.add_revision(
        store,
        plan.id,
        PlanRevision(
            today - dt.timedelta(days=5),
            "percent",
            4,
            5,
            7,
            0.1,
            reason="Slower steps after the hold, as agreed at the visit",
            agreed_by="Dr. Rivera",
        ),
    )
    hold = plans.add_hold(
        store,
        plan.id,
        Hold(today - dt.timedelta(days=20), today - dt.timedelta(days=14), "Symptoms high"),
    )
    plans.withdraw_hold(store, hold.id, today)
    return plans.load_plan(store, plan.id)


def test_stamp_is_the_date_and_time_in_the_window_language(qapp):
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert locale_format.stamp("2026-11-29T14:03:27") == "29 Nov 2026 14:03"
        QLocale.setDefault(QLocale(QLocale.Language.German))
        assert locale_format.stamp("2026-11-29T14:03:27") == "29.11.2026 14:03"
        QLocale.setDefault(QLocale(QLocale.Language.Spanish))
        assert locale_format.stamp("2026-11-29T09:03:27") == "29/11/2026 09:03"
        # a stamp with an offset reads in this computer's time zone
        moment = dt.datetime(2026, 11, 29, 23, 30, tzinfo=dt.UTC)
        local = moment.astimezone()
        assert locale_format.stamp(moment.isoformat()) == (
            f"{locale_format.date(local.date())} {local:%H:%M}"
        )
        assert locale_format.stamp("not a time") == "not a time"
    finally:
        QLocale.setDefault(before)


def test_saved_shows_the_locale_date_and_time_not_iso(qtbot, store, today, german):
    plan = _plan(store, today)
    dialog = PlanHistoryDialog(plan, store=store, today=today)
    qtbot.addWidget(dialog)
    for row, revision in enumerate(dialog.revision_rows):
        text = dialog.revisions.item(row, SAVED).text()
        assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", text), text
        stored = dt.datetime.fromisoformat(revision.created_at).astimezone()
        assert text == stored.strftime("%d.%m.%Y %H:%M")


def test_withdrawn_reason_reads_in_the_window_language(qtbot, store, today, german):
    plan = _plan(store, today)
    dialog = PlanHistoryDialog(plan, store=store, today=today)
    qtbot.addWidget(dialog)
    status = dialog.holds.item(0, dialog.holds.columnCount() - 1).text()
    assert status == f"zurückgezogen am {locale_format.date(today)} (irrtümlich eingetragen)"


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, showing a dialog
@pytest.mark.parametrize("width", [1024, 1280])
def test_every_column_shows_whole_on_a_small_screen(qtbot, store, today, german, width):
    """At 1024 px (less the screen's margin) no column runs off the right edge: the text
    columns wrap, and each row is as tall as its wrapped text."""
    plan = _plan(store, today)
    dialog = PlanHistoryDialog(plan, store=store, today=today)
    qtbot.addWidget(dialog)
    dialog.resize(width - 40, 660)
    dialog.show()
    qtbot.waitExposed(dialog)
    for table in (dialog.revisions, dialog.holds):
        header = table.horizontalHeader()
        assert header.length() <= table.viewport().width()
        last = table.columnCount() - 1
        assert header.sectionPosition(last) + header.sectionSize(last) <= (table.viewport().width())
        for col in range(table.columnCount()):  # every heading whole
            assert header.sectionSize(col) >= header.sectionSizeHint(col) - 1, col
        for row in range(table.rowCount()):
            assert table.rowHeight(row) >= table.sizeHintForRow(row)
            for col in range(table.columnCount()):  # every cell's text within its cell
                item = table.item(row, col)
                rect = table.visualItemRect(item)
                needed = table.fontMetrics().boundingRect(
                    rect.adjusted(3, 0, -3, 0), Qt.TextFlag.TextWordWrap, item.text()
                )
                assert needed.height() <= rect.height(), (row, col, item.text())
