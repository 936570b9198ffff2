"""Generate a data folder with years of daily data, for benchmarks."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from taper_desktop.domain.models import CheckIn, Dose, PlanRevision, Substance
from taper_desktop.domain.scales import SOWS_INSTRUMENT
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.store import checkins, doses, open_store, plans


def generate(data_dir: Path, years: int = 10, seed: int = 1) -> Path:
    """Fill data_dir with `years` of daily check-ins and two doses a day; one transaction."""
    rng = random.Random(seed)
    last = dt.date.today() - dt.timedelta(days=1)
    first = last - dt.timedelta(days=365 * years)
    store = open_store(data_dir)
    try:
        revision = PlanRevision(first, "percent", 8.0, 2.0, 28, 0.1)
        schedule = PlanSchedule([revision])
        with store.transaction():
            plan_substance = Substance("Kratom leaf powder", "kratom", "g")
            plans.create_plan(store, plan_substance, revision)
            day = first
            while day <= last:
                planned = schedule.planned(day) or 0.1
                doses.add(store, Dose(day, round(planned / 2, 2) or 0.1, "g", "08:00"))
                doses.add(store, Dose(day, round(planned / 2, 2) or 0.1, "g", "20:00"))
                items = {k: rng.randint(0, 3) for k in SOWS_INSTRUMENT.item_keys}
                checkins.save(
                    store,
                    CheckIn(
                        day,
                        "SOWS",
                        items,
                        craving=rng.randint(0, 10),
                        pain=rng.randint(0, 10),
                        sleep_hours=7.0,
                        sleep_quality=6,
                        mood=5,
                        note="benchmark day",
                    ),
                )
                day += dt.timedelta(days=1)
    finally:
        store.close()
    return data_dir
