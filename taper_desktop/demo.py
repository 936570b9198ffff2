"""A realistic demo taper for trying the app: 90 days of a kratom leaf taper from
8 g/day, 10% of the most recent dose every 7 days, one hold, one plan revision,
symptoms that rise for two or three days after each step and settle, a few days
not logged, some notes and some doses over plan. Deterministic for a given seed."""

from __future__ import annotations

import datetime as dt
import random

from taper_desktop.domain import scales
from taper_desktop.domain.models import (
    Appointment,
    CheckIn,
    CowsTotal,
    Dose,
    Hold,
    OtherMedication,
    PlanRevision,
    Substance,
)
from taper_desktop.domain.schedule import PlanSchedule, round_to
from taper_desktop.store import Store, checkins, doses, plans, records, settings

DEMO_DAYS = 90

_NOTES = {
    2: "Started the plan agreed with Dr. Rivera today.",
    9: "Restless evening after the cut, walked it off.",
    17: "Slept badly, hot and cold all night.",
    31: "Good day. Went to the gym.",
    44: "Work stress, cravings in the afternoon.",
    52: "Feeling rough since the step; asked about pausing.",
    66: "Much better this week.",
    80: "Legs restless at night again.",
}


def _step_bump(days_since_step: int | None) -> float:
    """Extra withdrawal after a step: rises over days 1-3, settles by about day 7."""
    if days_since_step is None:
        return 0.0
    return {0: 0.3, 1: 0.8, 2: 1.0, 3: 0.8, 4: 0.5, 5: 0.3, 6: 0.15}.get(days_since_step, 0.05)


def fill_demo(store: Store, today: dt.date | None = None, seed: int = 7) -> None:
    """Fill an empty store with the demo taper, ending yesterday. One transaction."""
    rng = random.Random(seed)
    today = today or settings.diary_today(store)
    first = today - dt.timedelta(days=DEMO_DAYS)
    last = today - dt.timedelta(days=1)
    substance = Substance(name="Kratom leaf powder", kind="kratom", unit="g", form="powder")
    first_rev = PlanRevision(
        first, "percent", 8.0, 10.0, 7, 0.1, 0.0, reason="Initial plan", agreed_by="Dr. Rivera"
    )
    hold_start = first + dt.timedelta(days=51)
    hold = Hold(hold_start, hold_start + dt.timedelta(days=6), reason="Symptoms high after step")
    with store.transaction():
        plan = plans.create_plan(store, substance, first_rev, name="Kratom taper")
        assert plan.id is not None  # stored plans have their row id
        plans.add_hold(store, plan.id, hold)
        # At the visit on day 63 the provider slows the cuts to 5% every 7 days.
        visit = first + dt.timedelta(days=63)
        interim = PlanSchedule([first_rev], [hold]).planned(visit)
        assert interim is not None  # the visit falls inside the first plan
        second_rev = PlanRevision(
            visit,
            "percent",
            interim,
            5.0,
            7,
            0.1,
            0.0,
            reason="Slower steps after the hold",
            agreed_by="Dr. Rivera",
        )
        plans.add_revision(store, plan.id, second_rev)
        schedule = PlanSchedule([first_rev, second_rev], [hold])
        for offset, clinician, cows in (
            (0, "Dr. Rivera", 3),
            (28, "Dr. Rivera", 6),
            (63, "Dr. Rivera", 4),
        ):
            appt = records.add_appointment(
                store,
                Appointment(first + dt.timedelta(days=offset), "10:30", clinician, "Taper review"),
            )
            records.add_cows(store, CowsTotal(appt.day, cows, clinician, appointment_id=appt.id))
        records.add_appointment(
            store, Appointment(today + dt.timedelta(days=7), "10:30", "Dr. Rivera", "Taper review")
        )
        _fill_days(store, rng, schedule, first, last, substance.id)
        # The demo is asked for on purpose: skip the first-run welcome and its plan set-up.
        settings.put(store, "first_run_done", True)


def _fill_days(store, rng, schedule, first, last, substance_id) -> None:
    missed_checkins = {first + dt.timedelta(days=d) for d in (12, 13, 38, 59, 73)}
    missed_doses = {first + dt.timedelta(days=d) for d in (13, 59)}
    over_plan = {first + dt.timedelta(days=d) for d in (10, 24, 45, 53, 76)}
    scale = scales.SOWS_INSTRUMENT
    day = first
    index = 0
    while day <= last:
        planned = schedule.planned(day)
        step_start = schedule.current_step_start(day)
        since = None if step_start in (None, first) else (day - step_start).days
        bump = _step_bump(since)
        if day not in missed_doses and planned:
            taken = planned + (0.5 if day in over_plan else 0.0)
            parts = [round_to(taken * 0.4, 0.1), round_to(taken * 0.35, 0.1)]
            parts.append(round(taken - sum(parts), 1))
            for time, amount in zip(("08:00", "14:00", "20:30"), parts, strict=False):
                if amount > 0:
                    note = (
                        "Extra dose, rough afternoon"
                        if (day in over_plan and time == "20:30")
                        else ""
                    )
                    doses.add(store, Dose(day, amount, "g", time, note, substance_id))
        if day not in missed_checkins:
            level = 0.45 + 1.25 * bump + rng.uniform(-0.15, 0.15)
            items = {}
            for key in scale.item_keys:
                weight = (
                    1.3
                    if key
                    in ("anxious", "restless", "bones_muscles_ache", "feel_like_using", "yawning")
                    else 0.7
                )
                items[key] = max(0, min(4, round(level * weight + rng.uniform(-0.6, 0.6))))
            partial = index % 29 == 17
            if partial:  # one check-in left unfinished
                for key in scale.item_keys[10:]:
                    items.pop(key)
            checkins.save(
                store,
                CheckIn(
                    day=day,
                    instrument=scale.key,
                    items=items,
                    craving=max(0, min(10, round(3 + 4 * bump + rng.uniform(-1, 1)))),
                    pain=max(0, min(10, round(2 + 3 * bump + rng.uniform(-1, 1)))),
                    sleep_hours=max(
                        3.0, min(9.0, round((7 - 2 * bump + rng.uniform(-1, 1)) * 2) / 2)
                    ),
                    sleep_quality=max(0, min(10, round(7 - 3 * bump + rng.uniform(-1, 1)))),
                    mood=max(0, min(10, round(6 - 2.5 * bump + rng.uniform(-1, 1)))),
                    note=_NOTES.get(index, ""),
                    flag_for_provider=index in (17, 52),
                ),
            )
        if index in (9, 10, 17):
            records.add_medication(store, OtherMedication(day, "Loperamide", 2, "mg", "09:00"))
        if index in (17, 52):
            records.add_medication(store, OtherMedication(day, "Ibuprofen", 400, "mg", "21:00"))
        day += dt.timedelta(days=1)
        index += 1
