"""The provider report: figures from a seeded database, read back from the real PDF."""

import datetime as dt
import os
import stat

import pytest
from pypdf import PdfReader

from taper_desktop.domain.models import (
    CheckIn,
    CowsTotal,
    Dose,
    Hold,
    OtherMedication,
    PlanRevision,
    Substance,
)
from taper_desktop.domain.scales import GOSSOP_INSTRUMENT, SOWS_INSTRUMENT
from taper_desktop.report import (
    ReportError,
    ReportOptions,
    build_summary,
    default_period,
    write_report,
)
from taper_desktop.report.i18n import date as report_date
from taper_desktop.report.paper import page_size, uses_letter
from taper_desktop.store import checkins, doses, plans, records, settings

D0 = dt.date(2026, 3, 2)
DAYS = 21
OVER_PLAN = {3}  # one gram over plan
NO_DOSE = {5}
NO_CHECKIN = {12}
PARTIAL = {10}
FLAGGED = 7
NOTE = "Ночь без сна, 夜里睡不着"
PATIENT = "Анна Петрова"
PROVIDER = "李明 医生"


def d(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


def expected_planned(n: int) -> float:
    """Written out by hand: 10 g, 10% every 7 days, 0.5 g resolution, hold on days 14-16
    (the plan clock stops, so the second step moves from day 14 to day 17)."""
    if n < 7:
        return 10.0
    if n < 17:
        return 9.0
    return 8.0


def item_score(n: int) -> int:
    return n % 3


def seed(store) -> None:
    sub = Substance("Kratom leaf powder", "kratom", "g")
    plan = plans.create_plan(
        store,
        sub,
        PlanRevision(
            D0, "percent", 10.0, 10.0, 7, 0.5, 0.0, reason="Initial plan", agreed_by="Dr. Okafor"
        ),
    )
    plans.add_hold(store, plan.id, Hold(d(14), d(16), reason="Rough week"))
    for n in range(DAYS):
        if n not in NO_DOSE:
            taken = expected_planned(n) + (1.0 if n in OVER_PLAN else 0.0)
            doses.add(store, Dose(d(n), taken / 2, "g", "08:00", substance_id=sub.id))
            doses.add(store, Dose(d(n), taken / 2, "g", "20:00", substance_id=sub.id))
        if n in NO_CHECKIN:
            continue
        items = {k: item_score(n) for k in SOWS_INSTRUMENT.item_keys}
        if n in PARTIAL:
            items = dict(list(items.items())[:8])
        checkins.save(
            store,
            CheckIn(
                day=d(n),
                instrument="SOWS",
                items=items,
                craving=n % 5,
                pain=2,
                sleep_hours=6.5,
                sleep_quality=None if n == 0 else 5,
                mood=4 + n % 2,
                note=NOTE if n == FLAGGED else ("quiet day" if n == 1 else ""),
                flag_for_provider=n == FLAGGED,
            ),
        )
    records.add_cows(store, CowsTotal(d(2), 8, "Dr. Okafor"))
    records.add_medication(store, OtherMedication(d(4), "Loperamide", 2, "mg", "09:00"))


def options(**kw) -> ReportOptions:
    base = dict(first=D0, last=d(DAYS - 1), patient=PATIENT, provider=PROVIDER)
    base.update(kw)
    return ReportOptions(**base)


def pdf_text(path) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(str(path))
    return reader, [page.extract_text() for page in reader.pages]


def test_summary_figures_match_an_independent_computation(store):
    seed(store)
    s = build_summary(store, options())
    assert [r.planned for r in s.rows] == [expected_planned(n) for n in range(DAYS)]
    assert s.plan_start_dose == 10.0 and s.planned_at_end == 8.0
    assert s.reduced_since_start_pct == pytest.approx(20.0)
    assert s.step_start == d(17) and s.step_day == 4
    assert s.next_step == (d(24), 7.5)  # 10 x 0.9^3 = 7.29 -> 7.5 on the 0.5 g scale
    assert s.dose_days == DAYS - len(NO_DOSE)
    assert s.at_or_below_plan == DAYS - len(NO_DOSE) - len(OVER_PLAN)
    assert s.over_plan == len(OVER_PLAN)
    assert s.checkin_days == DAYS - len(NO_CHECKIN)
    assert s.partial_checkins == 1 and s.not_logged == []
    totals = {n: 16 * item_score(n) for n in range(DAYS) if n not in NO_CHECKIN | PARTIAL}
    first = [totals[n] for n in range(7) if n in totals]
    last = [totals[n] for n in range(DAYS - 7, DAYS) if n in totals]
    sows = s.comparisons[0]
    assert sows.label == "SOWS total"
    assert sows.first == pytest.approx(sum(first) / len(first)) and sows.first_n == len(first)
    assert sows.last == pytest.approx(sum(last) / len(last)) and sows.last_n == len(last)
    sleep_q = next(c for c in s.comparisons if c.label == "Sleep quality")
    assert sleep_q.first_n == 6  # day 0 left it blank: not logged is not 0
    series = s.series[0]
    assert series.totals[10] is None and series.totals[12] is None  # partial, missing
    assert series.complete_days == len(totals)
    assert [h.start_day for h in s.holds] == [d(14)]
    assert [c.day for c in s.flagged] == [d(FLAGGED)]
    assert [c.total for c in s.cows] == [8]


def test_pdf_states_the_figures_pages_names_and_metadata(store, tmp_path):
    seed(store)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "report.pdf"
    write_report(store, options(), out, paper="A4", generated=dt.datetime(2026, 3, 23, 9, 30))
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["report.pdf"]  # no temporary left
    reader, pages = pdf_text(out)
    n = len(pages)
    assert n == 3  # the one-page summary, the 21-day table with the notes, then the rest
    for i, text in enumerate(pages, start=1):
        assert f"Page {i} of {n}" in text
        assert "not a diagnosis" in text and "Generated 23 Mar 2026 09:30" in text
    first = pages[0]
    assert PATIENT in first and PROVIDER in first
    assert "8 g/day on 22 Mar 2026" in first
    assert "20% (from 10 g on 2 Mar 2026)" in first
    assert (
        "day 4 of this step, 8 g (since 19 Mar 2026); next planned step 26 Mar 2026 to 7.5 g"
    ) in first
    assert "logged on 20 of 21 days; at or below plan on 19 of 20" in first
    assert "on 20 of 21 days (19 complete, 1 partial" in first
    totals = {k: 16 * item_score(k) for k in range(DAYS) if k not in NO_CHECKIN | PARTIAL}
    first_week = [totals[k] for k in range(7)]
    assert f"{sum(first_week) / 7:.1f}  (n=7)" in first
    assert "16 Mar 2026 to 18 Mar 2026, 3 days: Rough week" in first
    assert NOTE in first  # flagged day's note, Cyrillic and CJK
    assert "8 (mild, Dr. Okafor)" in first
    everything = "\n".join(pages)
    assert everything.count("Handelsman L") == 1  # citations once
    assert "not logged" in " ".join(pages[1].split())  # a day without a dose says so, never 0
    assert "partial" in pages[1] and "Loperamide" in pages[1] and "Dr. Okafor" in pages[1]
    meta = reader.metadata
    assert meta.title == "Taper summary 2 Mar 2026 to 22 Mar 2026"
    assert meta.author == PATIENT and "provider" in meta.subject
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [595, 842]


def test_options_leave_out_table_and_notes(store, tmp_path):
    seed(store)
    out = tmp_path / "short.pdf"
    write_report(store, options(include_table=False, include_notes=False), out, paper="Letter")
    reader, pages = pdf_text(out)
    everything = "\n".join(pages)
    assert "Daily table" not in everything
    assert NOTE not in everything and "quiet day" not in everything
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [612, 792]


def test_empty_period_gives_a_short_clear_report(store, tmp_path):
    seed(store)
    out = tmp_path / "empty.pdf"
    write_report(
        store, options(first=dt.date(2025, 1, 1), last=dt.date(2025, 1, 31)), out, paper="A4"
    )
    _reader, pages = pdf_text(out)
    assert len(pages) == 1
    assert "No doses and no check-ins were logged" in pages[0]
    assert "all 31 days are missing" in pages[0]
    assert "Page 1 of 1" in pages[0]


def test_empty_store_still_makes_a_report(store, tmp_path):
    out = tmp_path / "nothing.pdf"
    write_report(store, options(), out, paper="A4")
    _reader, pages = pdf_text(out)
    assert "No taper plan is recorded" in pages[0]


def test_two_scales_are_never_combined(store, tmp_path):
    seed(store)
    checkins.save(
        store,
        CheckIn(
            day=d(12), instrument="SOWS-Gossop", items={k: 1 for k in GOSSOP_INSTRUMENT.item_keys}
        ),
    )
    s = build_summary(store, options())
    assert [x.instrument.key for x in s.series] == ["SOWS", "SOWS-Gossop"]
    assert s.series[1].totals[12] == 10 and s.series[0].totals[12] is None
    assert [c.label for c in s.comparisons[:2]] == ["SOWS total", "SOWS-Gossop total"]
    out = tmp_path / "two.pdf"
    write_report(store, options(), out, paper="A4")
    text = "\n".join(pdf_text(out)[1])
    assert "never combined" in text and "Gossop M" in text


def test_unwritable_path_writes_nothing(store, tmp_path):
    seed(store)
    missing = tmp_path / "no-such-folder" / "r.pdf"
    with pytest.raises(ReportError, match="cannot write there"):
        write_report(store, options(), missing, paper="A4")
    assert not missing.parent.exists()
    existing = tmp_path / "keep.pdf"
    existing.write_bytes(b"old")
    with pytest.raises(ValueError):
        write_report(store, options(first=d(5), last=d(1)), existing, paper="A4")
    assert existing.read_bytes() == b"old"


def test_default_period_follows_the_last_report(store):
    today = dt.date(2026, 5, 20)
    assert default_period(store, today) == (dt.date(2026, 4, 21), today)
    settings.put(store, "last_report_to", "2026-05-06")
    assert default_period(store, today) == (dt.date(2026, 5, 7), today)


@pytest.mark.parametrize(
    "name, letter",
    [
        ("en_US.UTF-8", True),
        ("fr_CA.UTF-8", True),
        ("es_MX", True),
        ("en_GB.UTF-8", False),
        ("de_DE.UTF-8", False),
        ("C", False),
        ("C.UTF-8", False),
        ("", False),
        ("English_United States", True),
    ],
)
def test_paper_by_locale(name, letter):
    assert uses_letter(name) is letter


def test_paper_setting_wins_over_locale():
    assert round(page_size("A4", {"LANG": "en_US.UTF-8"})[0]) == 595
    assert round(page_size("auto", {"LC_PAPER": "en_CA.UTF-8", "LANG": "de_DE"})[0]) == 612
    assert round(page_size("auto", {"LC_ALL": "de_DE.UTF-8", "LC_PAPER": "en_US"})[0]) == 595


def test_fonts_are_chosen_per_run_and_embedded(store, tmp_path):
    from taper_desktop.report import fonts

    assert fonts.runs("Dr. 李明 Ivanov") == [
        (fonts.REGULAR, "Dr. "),
        (fonts.FALLBACK, "李明 "),
        (fonts.REGULAR, "Ivanov"),
    ]
    assert fonts.runs("Анна") == [(fonts.REGULAR, "Анна")]  # DejaVu has Cyrillic
    assert fonts.markup("<b>&") == "&lt;b&gt;&amp;"  # user text never becomes markup
    for name in (
        "DejaVuSans.ttf",
        "DroidSansFallbackFull.ttf",
        "LICENSE-DejaVu.txt",
        "LICENSE-DroidSansFallback.txt",
    ):
        assert (fonts.FONT_DIR / name).is_file()
    settings.put(store, "paper_size", "Letter")
    out = tmp_path / "fonts.pdf"
    write_report(store, options(), out)  # paper from the setting
    reader = PdfReader(str(out))
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [612, 792]
    embedded = set()
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        descriptor = font.get_object().get("/FontDescriptor")
        if descriptor is not None and "/FontFile2" in descriptor.get_object():
            embedded.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert {"DejaVuSans", "DroidSansFallback"} <= embedded


LONG_NOTE = (
    "Woke at three with cramps and could not settle again; walked for an hour, "
    "took a warm bath, then slept a little before work. The afternoon was easier "
    "and the evening calm. Worth asking about the morning dose timing at the visit."
)


def test_notes_section_prints_every_note_in_full_flagged_days_first(store, tmp_path):
    seed(store)
    checkins.save(store, CheckIn(d(2), "SOWS", {}, note=LONG_NOTE))
    path = write_report(store, options(), tmp_path / "notes.pdf", paper="A4")
    _reader, pages = pdf_text(path)
    text = " ".join(" ".join(pages).split())
    table_at, notes_at = text.index("Daily table"), text.rindex("Notes")
    assert table_at < notes_at
    notes = text[notes_at:]
    assert " ".join(LONG_NOTE.split()) in notes  # in full: the table cut it with …
    assert "…" in text[table_at:notes_at]
    # the flagged day's note first, then the others by date
    assert notes.index(NOTE) < notes.index("quiet day") < notes.index("Woke at three")
    assert notes.index("Flagged for the provider") < notes.index(NOTE)


def test_no_notes_section_when_notes_are_left_out(store, tmp_path):
    seed(store)
    path = write_report(store, options(include_notes=False), tmp_path / "n.pdf", paper="A4")
    assert "quiet day" not in " ".join(pdf_text(path)[1])


def test_days_before_the_diary_began_are_not_counted_as_not_logged(store, tmp_path):
    seed(store)  # the plan and the data start on D0
    summary = build_summary(store, options(first=D0 - dt.timedelta(days=10)))
    assert summary.not_logged == [d(n) for n in sorted(NO_DOSE & NO_CHECKIN)]
    assert all(day >= D0 for day in summary.not_logged)
    path = write_report(
        store, options(first=D0 - dt.timedelta(days=3)), tmp_path / "b.pdf", paper="A4"
    )
    text = " ".join(pdf_text(path)[1])
    assert "before the diary" in text


def test_default_period_starts_no_earlier_than_the_diary(store):
    today = D0 + dt.timedelta(days=5)
    seed(store)
    assert default_period(store, today) == (D0, today)  # not 30 days back
    assert default_period(store, D0 + dt.timedelta(days=60)) == (
        D0 + dt.timedelta(days=31),
        D0 + dt.timedelta(days=60),
    )


def _cells(page) -> list[tuple[float, float, str]]:
    """Each text run on a page with its position: (x, y, text)."""
    found = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            found.append((cm[4] + tm[4], cm[5] + tm[5], text.strip()))

    page.extract_text(visitor_text=visit)
    return found


def _column_of(cells, header: str) -> tuple[float, float]:
    """The x span of the table column whose header has a line equal to header."""
    xs = sorted(x for x, _y, text in cells if text == header)
    return xs[0] - 30, xs[0] + 45


def test_daily_table_gives_each_scale_its_own_total_column(store, tmp_path):
    seed(store)
    checkins.save(
        store,
        CheckIn(
            day=d(12), instrument="SOWS-Gossop", items={k: 1 for k in GOSSOP_INSTRUMENT.item_keys}
        ),
    )
    out = tmp_path / "mixed.pdf"
    write_report(store, options(), out, paper="A4")
    reader, pages = pdf_text(out)
    table_page = next(
        page for page, text in zip(reader.pages, pages, strict=True) if "Daily table" in text
    )
    cells = _cells(table_page)
    headers = [text for _x, _y, text in cells]
    assert "(0-64)" in headers and "(0-30)" in headers and "Total" not in headers
    by_row: dict[float, list[tuple[float, str]]] = {}
    for x, y, text in cells:
        by_row.setdefault(round(y), []).append((x, text))
    gossop_row = next(
        row for row in by_row.values() if any(text.endswith(report_date(d(12))) for _x, text in row)
    )
    sows_row = next(
        row for row in by_row.values() if any(text.endswith(report_date(d(2))) for _x, text in row)
    )
    x_sows = next(x for x, _y, text in cells if text == "(0-64)")
    x_gossop = next(x for x, _y, text in cells if text == "(0-30)")
    assert x_gossop > x_sows + 20
    # the Gossop total 10 sits under the 0-30 header, not under SOWS's 0-64
    ten = [x for x, text in gossop_row if text == "10"]
    assert len(ten) == 1 and abs(ten[0] - x_gossop) < abs(ten[0] - x_sows)
    assert abs(ten[0] - x_gossop) < 25
    thirty_two = [x for x, text in sows_row if text == "32"]  # item_score(2) * 16
    assert len(thirty_two) == 1 and abs(thirty_two[0] - x_sows) < 25
    assert "each has its own total column" in " ".join(" ".join(pages).split())


@pytest.mark.parametrize(
    "kind, naloxone",
    [("kratom", False), ("opioid", True), ("buprenorphine", True), ("other", False)],
)
def test_tolerance_sentence_on_page_one_for_every_plan(store, tmp_path, kind, naloxone):
    plans.create_plan(
        store, Substance(f"A {kind}", kind, "mg"), PlanRevision(D0, "linear", 40.0, 5.0, 7, 5.0)
    )
    checkins.save(
        store, CheckIn(day=d(1), instrument="SOWS", items={k: 1 for k in SOWS_INSTRUMENT.item_keys})
    )
    out = tmp_path / f"{kind}.pdf"
    write_report(store, options(), out, paper="A4")
    page_one = " ".join(pdf_text(out)[1][0].split())
    assert (
        "Safety: Tolerance falls during a taper. A dose you used to take can now cause an overdose."
    ) in page_one
    assert (
        "Keep naloxone at hand and tell someone close to you where it is." in page_one
    ) is naloxone
    assert "CDC 2022" in page_one and "SAMHSA" in page_one
    assert "Plan as prescribed" not in page_one and "Planned and logged doses" in page_one
    kratom_words = "not been validated for kratom"
    whole = " ".join(" ".join(pdf_text(out)[1]).split())
    assert (kratom_words in whole) is (kind == "kratom")
    assert "NIDA" not in whole and "2-4 points" not in whole
