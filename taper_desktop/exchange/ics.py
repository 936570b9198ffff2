"""iCalendar export (RFC 5545, made with the icalendar library): the plan's step days,
its holds and the appointments, for the calendar a person already uses.

- Each step is an all-day event "Taper step: 3.1 g to 2.9 g"; optionally with a
  reminder at 20:00 the evening before (an alarm 4 hours before the day starts).
- Each hold is a multi-day all-day event (an open hold: its first day).
- Each appointment is a timed event in the computer's time zone (a VTIMEZONE is
  included), or an all-day event when it has no time. No end time is invented: a
  timed event without DTEND ends when it starts (RFC 5545, 3.6.1).

UIDs are stable (exchange/ids.py). Steps are keyed by their number in the plan, so
when a plan revision or a hold moves a step, importing the newer file moves the same
event; steps that an earlier revision had and the current one no longer has are
sent as cancelled events with the same UIDs. SEQUENCE counts the plan's changes.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path

import icalendar

from taper_desktop import APP_TITLE, __version__
from taper_desktop.domain.formatting import format_dose
from taper_desktop.domain.models import Plan
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.exchange import ids
from taper_desktop.exchange.zone import local_zone
from taper_desktop.privatefile import write_private
from taper_desktop.store import plans, records
from taper_desktop.store.db import Store

UID_DOMAIN = "taper-desktop"
REMINDER_BEFORE = dt.timedelta(hours=4)  # 20:00 the evening before an all-day event
STEP_CATEGORY, HOLD_CATEGORY, VISIT_CATEGORY = "Taper step", "Taper hold", "Appointment"


def _uid(ns: uuid.UUID, *key: object) -> str:
    return f"{ids.stable_id(ns, 'ics', *key)}@{UID_DOMAIN}"


def _all_day(event: icalendar.Event, first: dt.date, last: dt.date) -> None:
    event.add("dtstart", first)
    event.add("dtend", last + dt.timedelta(days=1))  # DTEND of a date is exclusive


def _plan_key(plan: Plan) -> tuple[str, str]:
    """The plan's substance and first day ever (withdrawn revisions included, so that
    correcting the first revision keeps every UID)."""
    days = [r.effective_date for r in plan.revisions + plan.withdrawn_revisions]
    return plan.substance.name, min(days).isoformat() if days else ""


def plan_sequence(plan: Plan) -> int:
    """How many times the plan has changed: revisions after the first, holds, ended holds,
    and each withdrawal (which added one thing and then took it back)."""
    return (
        max(len(plan.revisions) - 1, 0)
        + 2 * len(plan.withdrawn_revisions)
        + len(plan.holds)
        + sum(1 for h in plan.holds if h.end_day is not None)
        + 2 * len(plan.withdrawn_holds)
    )


def _steps(
    cal: icalendar.Calendar, ns: uuid.UUID, plan: Plan, stamp: dt.datetime, remind: bool
) -> int:
    schedule = PlanSchedule(plan.revisions, plan.holds)
    unit = plan.substance.unit
    changes = schedule.step_changes()
    sequence = plan_sequence(plan)
    key = _plan_key(plan)
    for n in range(1, len(changes)):
        day, dose = changes[n]
        before = changes[n - 1][1]
        event = icalendar.Event()
        event.add("uid", _uid(ns, "step", *key, n))
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        event.add(
            "summary", f"Taper step: {format_dose(before, unit)} to {format_dose(dose, unit)}"
        )
        event.add(
            "description",
            f"Planned dose from this day: {format_dose(dose, unit)} of "
            f"{plan.substance.name}, step {n} of the plan agreed with your provider. "
            "Confirm any change with your provider.",
        )
        event.add("categories", [STEP_CATEGORY])
        event.add("transp", "TRANSPARENT")
        _all_day(event, day, day)
        if remind:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", -REMINDER_BEFORE)
            alarm.add("description", f"Tomorrow: taper step to {format_dose(dose, unit)}")
            event.add_component(alarm)
        cal.add_component(event)
    # Steps an earlier revision planned beyond the current count: cancelled, same UIDs.
    # The same for a revision withdrawn as entered in error, as it stood with the ones
    # before it.
    projected: dict[int, dt.date] = {}
    earlier_plans = [schedule.revisions[: i + 1] for i in range(len(schedule.revisions) - 1)]
    earlier_plans += [
        [r for r in schedule.revisions if r.effective_date < w.effective_date] + [w]
        for w in plan.withdrawn_revisions
    ]
    for revisions in earlier_plans:
        earlier = PlanSchedule(revisions, plan.holds).step_changes()
        for n in range(len(changes), len(earlier)):
            projected[n] = earlier[n][0]
    for n, day in sorted(projected.items()):
        event = icalendar.Event()
        event.add("uid", _uid(ns, "step", *key, n))
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        event.add("status", "CANCELLED")
        event.add("summary", "Taper step (no longer in the plan)")
        event.add("description", "A plan revision replaced this step.")
        _all_day(event, day, day)
        cal.add_component(event)
    return len(changes) - 1


def _holds(cal: icalendar.Calendar, ns: uuid.UUID, plan: Plan, stamp: dt.datetime) -> int:
    schedule = PlanSchedule(plan.revisions, plan.holds)
    unit = plan.substance.unit
    sequence = plan_sequence(plan)
    for hold in plan.holds:
        held = schedule.planned(hold.start_day)
        event = icalendar.Event()
        event.add("uid", _uid(ns, "hold", *_plan_key(plan), hold.start_day.isoformat()))
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        at = f" at {format_dose(held, unit)}" if held is not None else ""
        event.add("summary", f"Taper on hold{at}")
        text = "The taper is paused: later steps move by the hold's length."
        if hold.end_day is None:
            text += " No end date yet; this event marks its first day."
        if hold.reason.strip():
            text += f" Reason: {hold.reason}"
        event.add("description", text)
        event.add("categories", [HOLD_CATEGORY])
        event.add("transp", "TRANSPARENT")
        _all_day(event, hold.start_day, hold.end_day or hold.start_day)
        cal.add_component(event)
    # A hold withdrawn as entered in error: cancelled under its UID, unless its correction
    # starts the same day (and so already updates that event).
    live = {h.start_day for h in plan.holds}
    for hold in plan.withdrawn_holds:
        if hold.start_day in live:
            continue
        live.add(hold.start_day)
        event = icalendar.Event()
        event.add("uid", _uid(ns, "hold", *_plan_key(plan), hold.start_day.isoformat()))
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        event.add("status", "CANCELLED")
        event.add("summary", "Taper hold (withdrawn)")
        event.add("description", "This hold was withdrawn from the plan.")
        _all_day(event, hold.start_day, hold.end_day or hold.start_day)
        cal.add_component(event)
    return len(plan.holds)


def _appointments(
    cal: icalendar.Calendar, ns: uuid.UUID, store: Store, stamp: dt.datetime, zone: dt.tzinfo
) -> int:
    seen: dict[tuple[str, ...], int] = {}
    found = records.appointments_between(store, dt.date.min, dt.date.max)
    for appt in found:
        key = (appt.day.isoformat(), appt.time or "", appt.clinician)
        seen[key] = seen.get(key, 0) + 1
        event = icalendar.Event()
        event.add("uid", _uid(ns, "appointment", *key, seen[key]))
        event.add("dtstamp", stamp)
        who = appt.clinician.strip()
        event.add("summary", f"Appointment with {who}" if who else "Appointment")
        if appt.note.strip():
            event.add("description", appt.note)
        event.add("categories", [VISIT_CATEGORY])
        if appt.time:
            hour, minute = (int(x) for x in appt.time.split(":"))
            event.add("dtstart", dt.datetime.combine(appt.day, dt.time(hour, minute), tzinfo=zone))
        else:
            _all_day(event, appt.day, appt.day)
        cal.add_component(event)
    return len(found)


def build_calendar(
    store: Store,
    remind_evening_before: bool = False,
    now: dt.datetime | None = None,
    zone: dt.tzinfo | None = None,
) -> tuple[icalendar.Calendar, dict[str, int]]:
    """The calendar and how many steps, holds and appointments it holds."""
    zone = zone or local_zone()
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    ns = ids.namespace(store)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//{APP_TITLE}//Taper plan {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Taper plan")
    counts = {"steps": 0, "holds": 0, "appointments": 0}
    plan = plans.current_plan(store)
    if plan is not None and plan.revisions:
        counts["steps"] = _steps(cal, ns, plan, stamp, remind_evening_before)
        counts["holds"] = _holds(cal, ns, plan, stamp)
    counts["appointments"] = _appointments(cal, ns, store, stamp, zone)
    cal.add_missing_timezones()
    return cal, counts


def export_ics(
    store: Store, path: str | os.PathLike[str], remind_evening_before: bool = False
) -> dict[str, int]:
    """Write the calendar to path (atomically, 0600); returns what it holds."""
    cal, counts = build_calendar(store, remind_evening_before)
    write_private(Path(path), cal.to_ical())
    return counts


def describe(counts: dict[str, int]) -> str:
    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"

    return (
        f"{n(counts['steps'], 'taper step')}, {n(counts['holds'], 'hold')} and "
        f"{n(counts['appointments'], 'appointment')}"
    )
