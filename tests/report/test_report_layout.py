"""The provider report as a clinician reads it: what page 1 holds, where pages break,
what the chart labels say. Real PDFs read back with pypdf."""

import datetime as dt

import pytest
from reportlab.graphics.shapes import String

from taper_desktop.domain.models import CheckIn, Dose, Hold, PlanRevision, Substance
from taper_desktop.domain.scales import GOSSOP_INSTRUMENT, SOWS_INSTRUMENT
from taper_desktop.report import build_summary, write_report
from taper_desktop.report.chart import withdrawal_chart
from taper_desktop.report.styles import CELL_PADDING
from taper_desktop.store import checkins, doses, plans
from tests.report.test_report import D0, DAYS, FLAGGED, d, options, pdf_text, seed


def _labels(drawing) -> list[str]:
    return [s.text for s in drawing.contents if isinstance(s, String)]


def test_a_short_period_shows_period_means_not_identical_weeks(store, tmp_path):
    seed(store)
    out = tmp_path / "week.pdf"
    write_report(store, options(first=d(14), last=d(20)), out, paper="A4")
    page1 = pdf_text(out)[1][0]
    assert "Means over the period" in page1
    assert "First week" not in page1 and "Change" not in page1
    s = build_summary(store, options(first=d(14), last=d(20)))
    totals = [16 * (n % 3) for n in range(14, 21)]
    assert s.comparisons[0].period == sum(totals) / len(totals)
    assert s.comparisons[0].period_n == 7


def test_a_two_week_period_still_compares_first_and_last_week(store, tmp_path):
    seed(store)
    out = tmp_path / "weeks.pdf"
    write_report(store, options(), out, paper="A4")
    page1 = pdf_text(out)[1][0]
    assert "First week and last week" in page1 and "Means over the period" not in page1


def test_a_short_chart_labels_every_day(store):
    seed(store)
    s = build_summary(store, options(first=d(14), last=d(20)))
    labels = _labels(withdrawal_chart(s, s.series[0], 480, 155))
    for n in range(14, 21):
        assert f"{d(n).day} Mar" in labels


def test_gossop_axis_has_no_fractional_ticks(store):
    seed(store)
    for n in range(DAYS):
        checkins.save(
            store,
            CheckIn(
                day=d(n),
                instrument="SOWS-Gossop",
                items={k: 1 for k in GOSSOP_INSTRUMENT.item_keys},
            ),
        )
    s = build_summary(store, options())
    chart = withdrawal_chart(s, s.series[0], 480, 155)
    left_axis = [
        x.text
        for x in chart.contents
        if isinstance(x, String) and x.textAnchor == "end" and x.text.replace(".", "").isdigit()
    ]
    assert left_axis and all(float(x).is_integer() for x in left_axis)


def test_mme_caveat_is_on_page_1_for_an_opioid(store, tmp_path):
    sub = Substance("Oxycodone", "opioid", "mg", mme_factor=1.5)
    plans.create_plan(store, sub, PlanRevision(D0, "percent", 60.0, 10.0, 14, 5, 0.0))
    doses.add(store, Dose(D0, 60, "mg", "08:00", substance_id=sub.id))
    out = tmp_path / "opioid.pdf"
    write_report(store, options(first=D0, last=d(13)), out, paper="A4")  # 60 mg x 1.5
    page1 = " ".join(pdf_text(out)[1][0].split())
    assert "90 MME/day" in page1
    assert "not for converting between drugs" in page1


def test_long_flagged_note_is_cut_on_page_1_and_whole_in_the_table(store, tmp_path):
    seed(store)
    tail = "THE-END-OF-THE-NOTE"
    checkins.save(
        store,
        CheckIn(
            day=d(FLAGGED),
            instrument="SOWS",
            items={k: 1 for k in SOWS_INSTRUMENT.item_keys},
            note="word " * 120 + tail,
            flag_for_provider=True,
        ),
    )
    out = tmp_path / "long.pdf"
    write_report(store, options(), out, paper="A4")
    pages = pdf_text(out)[1]
    assert tail not in pages[0] and "…" in pages[0]
    assert tail in "".join(pages[1:]).replace("\n", "")


def test_a_summary_that_runs_over_does_not_leave_a_near_empty_page(store, tmp_path):
    """Two scales, a hold and flagged notes push page 1 over: the daily table follows on
    page 2 instead of a page holding only the end of the summary."""
    sub = Substance("Oxycodone", "opioid", "mg", mme_factor=1.5)
    plan = plans.create_plan(store, sub, PlanRevision(D0, "percent", 60.0, 10.0, 14, 5, 0.0))
    plans.add_hold(store, plan.id, Hold(d(40), None, reason="Family stress"))
    for n in range(50):
        doses.add(store, Dose(d(n), 60, "mg", "08:00", substance_id=sub.id))
        inst = SOWS_INSTRUMENT if n < 25 else GOSSOP_INSTRUMENT
        checkins.save(
            store,
            CheckIn(
                day=d(n),
                instrument=inst.key,
                items={k: n % 3 for k in inst.item_keys},
                craving=3,
                pain=3,
                mood=5,
                flag_for_provider=n % 10 == 5,
                note="A note long enough to wrap onto a second line of the summary page, "
                "about a hard day and what helped."
                if n % 10 == 5
                else "",
            ),
        )
    out = tmp_path / "over.pdf"
    write_report(store, options(first=D0, last=d(49)), out, paper="Letter")
    pages = pdf_text(out)[1]
    heads = ("Holds, flagged days and visits", "Daily table")
    where = {h: next(i for i, text in enumerate(pages) if h in text) for h in heads}
    assert where == {"Holds, flagged days and visits": 1, "Daily table": 1}


def test_the_demo_sized_summary_fits_page_1(store, tmp_path):
    seed(store)
    out = tmp_path / "fit.pdf"
    write_report(store, options(), out, paper="Letter")
    pages = pdf_text(out)[1]
    assert "Holds, flagged days and visits" in pages[0]
    assert "Daily table" not in pages[0] and "Daily table" in pages[1]


def test_chart_labels_are_dated_by_the_period(store):
    seed(store)
    s = build_summary(store, options())
    labels = _labels(withdrawal_chart(s, s.series[0], 480, 155))
    assert "2 Mar" in labels and "9 Mar" in labels and "16 Mar" in labels
    assert dt.date(2026, 3, 2) == D0


def test_daily_table_cells_fit_their_columns(store):
    """ "not logged" in the daily table is never wider than its column less the paddings:
    it wraps instead of spilling into the next column."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus import Table

    from taper_desktop.report import fonts
    from taper_desktop.report.daily_table import daily_table as _daily_table
    from taper_desktop.report.styles import CELL_PADDING

    fonts.register_base()
    seed(store)
    s = build_summary(store, options())
    table = next(x for x in _daily_table(s, 480) if isinstance(x, Table))
    texts = [
        (v, w)
        for row in table._cellvalues[1:]
        for v, w in zip(row, table._colWidths, strict=False)
        if isinstance(v, str) and v.replace("\n", " ") == "not logged"
    ]
    assert texts  # the taken and total columns of days not logged
    for text, width in texts:
        for line in text.split("\n"):
            assert pdfmetrics.stringWidth(line, fonts.REGULAR, 7.5) <= width - 2 * CELL_PADDING, (
                line
            )


@pytest.mark.parametrize("language", ["de", "es"])
def test_daily_table_text_stays_inside_its_cells_in_longer_languages(store, language):
    """A word longer than its column ("eingetragen") is set smaller rather than running into
    the next column; header and body alike."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus import Table

    from taper_desktop.report import fonts, i18n
    from taper_desktop.report.daily_table import daily_table

    fonts.register_base()
    seed(store)
    s = build_summary(store, options())
    with i18n.using(language):
        table = next(x for x in daily_table(s, 480) if isinstance(x, Table))
    checked = 0
    for r, row in enumerate(table._cellvalues):
        for c, (value, width) in enumerate(zip(row, table._colWidths, strict=False)):
            if not isinstance(value, str) or not value:
                continue
            style = table._cellStyles[r][c]
            for line in value.split("\n"):
                # a gap stays beside each line: two neighbours never run together
                room = width - CELL_PADDING
                assert pdfmetrics.stringWidth(line, style.fontname, style.fontsize) <= room, line
                checked += 1
    assert checked > 100


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_daily_table_headings_keep_the_lines_of_their_language(store, language):
    """Each heading reads as its catalogue wraps it ("Schlaf h /" over "Qualität"), in
    full-size type, inside its column: no line pushed onto a line of its own."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus import Table

    from taper_desktop.report import fonts, i18n
    from taper_desktop.report.daily_table import daily_table
    from taper_desktop.report.i18n import translate

    fonts.register_base()
    seed(store)
    s = build_summary(store, options())
    with i18n.using(language):
        table = next(x for x in daily_table(s, 480) if isinstance(x, Table))
        sleep = translate("Report", "Sleep h /\nquality")
        craving = translate("Report", "Craving")
    head = table._cellvalues[0]
    assert sleep in head and craving in head  # as the catalogue has them, not re-wrapped
    for c, (value, width) in enumerate(zip(head[:-1], table._colWidths, strict=False)):
        style = table._cellStyles[0][c]
        assert style.fontsize == 7.5, value
        for line in value.split("\n"):
            text_width = pdfmetrics.stringWidth(line, fonts.BOLD, 7.5)
            assert text_width + 2 * CELL_PADDING <= width, (line, width)


def test_no_grid_line_shows_through_a_hold(store):
    """The hold band is drawn over the chart's grid: no grid line crosses it."""
    from reportlab.graphics.shapes import Line, Rect

    from taper_desktop.report import fonts
    from taper_desktop.report.palette import GRID, HOLD

    fonts.register_base()
    seed(store)  # holds on days 14 to 16
    s = build_summary(store, options())
    chart = withdrawal_chart(s, s.series[0], 480, 155)
    shapes = list(chart.contents)
    holds = [n for n, x in enumerate(shapes) if isinstance(x, Rect) and x.fillColor == HOLD]
    grid = [n for n, x in enumerate(shapes) if isinstance(x, Line) and x.strokeColor == GRID]
    assert holds and grid
    assert max(grid) < min(holds)  # painted later, the band hides the grid under it


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("es", ["Total SOWS (0-64)", "Horas de sueño (0-24)", "Calidad del sueño (0-10)"]),
        ("de", ["SOWS gesamt (0-64)", "Schlafstunden (0-24)", "Schlafqualität (0-10)"]),
    ],
)
def test_first_and_last_week_names_every_measure_in_the_language(store, language, names):
    """The comparison table takes each measure's name from the catalogue (the measures
    are declared once, in domain/measures.py), and the scale's total worded as on the
    chart: no English row name."""
    from reportlab.platypus import Table

    from taper_desktop.domain.measures import MEASURES
    from taper_desktop.report import fonts, i18n
    from taper_desktop.report.page_one import comparison_section

    fonts.register_base()
    seed(store)
    s = build_summary(store, options())
    with i18n.using(language):
        table = next(x for x in comparison_section(s, 480) if isinstance(x, Table))
    rows = [row[0] for row in table._cellvalues[1:]]
    assert len(rows) == 1 + len(MEASURES)
    for name in names:
        assert name in rows
    english = {m.label for m in MEASURES} | {"SOWS total", "Sleep"}
    assert not [row for row in rows if row.split(" (")[0] in english]


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "de",
            ["eingetragen an 20 von 21 Tagen", "an 20 von 21 Tagen (", "über dem Plan an 1 Tag "],
        ),
        ("es", ["registradas 20 de 21 días", "por encima del plan 1 día "]),
        ("en", ["logged on 20 of 21 days", "on 20 of 21 days (", "above plan on 1 day "]),
    ],
)
def test_day_counts_on_page_1_take_the_form_their_sentence_needs(store, tmp_path, language, said):
    """'von 28 Tagen', not 'von 28 Tage': each count is a plural message of its own, so a
    language can give the noun the case its sentence needs."""
    seed(store)
    out = tmp_path / f"{language}.pdf"
    write_report(store, options(language=language), out, paper="A4")
    page1 = " ".join(pdf_text(out)[1][0].split())
    for text in said:
        assert text in page1, text
