"""Benchmark: a one-year provider report against a bare reportlab baseline, same run.

Target (design.md): under 2 s and under 300 MB. The baseline is a trivial reportlab
document with the same page count, so the ratio shows what the report itself costs.

    python bench/report.py [KEEP.pdf]
"""

from __future__ import annotations

import datetime as dt
import io
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from taper_desktop.domain.models import (
    CheckIn,
    Dose,
    Hold,
    OtherMedication,
    PlanRevision,
    Substance,
)
from taper_desktop.domain.scales import SOWS_INSTRUMENT
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.report import ReportOptions, write_report
from taper_desktop.store import checkins, doses, open_store, plans, records

DAYS = 365


def seed_year(store, first: dt.date) -> None:
    """A year of daily doses and check-ins, a note every fifth day, a hold, a revision."""
    rng = random.Random(3)
    sub = Substance("Oxycodone", "opioid", "mg", mme_factor=1.5)
    rev = PlanRevision(
        first, "percent", 60.0, 5.0, 14, 2.5, 0.0, reason="Initial plan", agreed_by="Dr. Chen"
    )
    with store.transaction():
        plan = plans.create_plan(store, sub, rev)
        plans.add_hold(
            store,
            plan.id,
            Hold(first + dt.timedelta(days=120), first + dt.timedelta(days=133), "Hard month"),
        )
        plans.add_revision(
            store,
            plan.id,
            PlanRevision(
                first + dt.timedelta(days=200),
                "percent",
                35.0,
                5.0,
                21,
                2.5,
                0.0,
                reason="Slower",
                agreed_by="Dr. Chen",
            ),
        )
        current = plans.current_plan(store)
        sched = PlanSchedule(current.revisions, current.holds)
        for n in range(DAYS):
            day = first + dt.timedelta(days=n)
            planned = sched.planned(day)
            if n % 23 != 5:
                doses.add(store, Dose(day, planned / 2, "mg", "08:00", substance_id=sub.id))
                doses.add(store, Dose(day, planned / 2, "mg", "20:00", substance_id=sub.id))
            if n % 19 == 7:
                continue
            items = {k: rng.randint(0, 2) for k in SOWS_INSTRUMENT.item_keys}
            checkins.save(
                store,
                CheckIn(
                    day=day,
                    instrument="SOWS",
                    items=items,
                    craving=rng.randint(0, 6),
                    pain=rng.randint(0, 5),
                    sleep_hours=6.5,
                    sleep_quality=rng.randint(3, 8),
                    mood=rng.randint(3, 8),
                    note="Evening was hard, walked and slept early." if n % 5 == 0 else "",
                    flag_for_provider=n % 60 == 0,
                ),
            )
            if n % 30 == 4:
                records.add_medication(store, OtherMedication(day, "Ibuprofen", 400, "mg"))


def baseline(pages: int) -> bytes:
    buffer = io.BytesIO()
    style = getSampleStyleSheet()["Normal"]
    story = []
    for i in range(pages):
        story += [Paragraph(f"Page {i + 1}", style), PageBreak()]
    SimpleDocTemplate(buffer, pagesize=A4).build(story[:-1])
    return buffer.getvalue()


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        store = open_store(Path(tmp) / "data")
        first = dt.date(2025, 1, 1)
        seed_year(store, first)
        options = ReportOptions(
            first,
            first + dt.timedelta(days=DAYS - 1),
            patient="Анна Петрова 李明",
            provider="Dr. Chen",
        )
        out = Path(tmp) / "year.pdf"
        start = time.perf_counter()
        write_report(store, options, out, paper="A4")
        cold = time.perf_counter() - start
        warm = []
        for _ in range(3):
            start = time.perf_counter()
            write_report(store, options, out, paper="A4")
            warm.append(time.perf_counter() - start)
        pages = len(PdfReader(str(out)).pages)
        base = []
        for _ in range(3):
            start = time.perf_counter()
            baseline(pages)
            base.append(time.perf_counter() - start)
        # tracemalloc slows Python down many times over: measured in a run of its own
        tracemalloc.start()
        write_report(store, options, out, paper="A4")
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        store.close()
        if len(sys.argv) > 1:  # keep the PDF to look at: python bench/report.py FILE.pdf
            Path(sys.argv[1]).write_bytes(out.read_bytes())
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    best = min(warm)
    print(
        f"one-year report ({DAYS} days, {pages} pages): first {cold:.3f} s "
        f"(includes loading the fonts), best of 3 {best:.3f} s"
    )
    print(f"baseline: trivial reportlab document of {pages} pages: {min(base):.3f} s")
    print(f"ratio report/baseline: {best / min(base):.1f}x")
    print(
        f"peak traced Python memory while writing: {peak / 2**20:.1f} MB; "
        f"process peak RSS: {rss_mb:.0f} MB"
    )
    ok = cold < 2.0 and rss_mb < 300
    print("target (< 2 s, < 300 MB):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
