"""iCalendar export: parsed back with the icalendar library and compared with the plan."""

import datetime as dt
import os
import zoneinfo

import icalendar
import pytest

from taper_desktop.cli import main
from taper_desktop.demo import fill_demo
from taper_desktop.domain.models import Appointment, Hold, PlanRevision, Substance
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.exchange import ics
from taper_desktop.store import open_store, plans, records

TODAY = dt.date(2026, 11, 29)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def events(path):
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return cal, list(cal.walk("VEVENT"))


def kind(event):
    cats = event.get("categories")
    return cats.cats[0] if cats is not None else None


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    s = open_store(folder)
    fill_demo(s, today=TODAY)
    s.close()
    return folder


def test_demo_calendar_round_trips_with_the_plan(demo_dir, tmp_path, capsys):
    out = tmp_path / "plan.ics"
    code, stdout, err = run(capsys, "--data-dir", demo_dir, "export-ics", out)
    assert code == 0, err
    assert "taper steps" in stdout
    assert oct(os.stat(out).st_mode & 0o777) == "0o600"
    store = open_store(demo_dir)
    plan = plans.current_plan(store)
    appointments = records.appointments_between(store, dt.date.min, dt.date.max)
    store.close()
    schedule = PlanSchedule(plan.revisions, plan.holds)
    changes = schedule.step_changes()
    _cal, found = events(out)
    steps = [e for e in found if kind(e) == ics.STEP_CATEGORY]
    assert len(steps) == len(changes) - 1
    for event, (before, after) in zip(steps, zip(changes, changes[1:], strict=False), strict=False):
        day = event.decoded("dtstart")
        assert isinstance(day, dt.date) and not isinstance(day, dt.datetime)  # all-day
        assert day == after[0]
        assert event.decoded("dtend") == day + dt.timedelta(days=1)
        assert str(event["summary"]) == f"Taper step: {before[1]:g} g to {after[1]:g} g"
        assert not event.walk("VALARM")  # no reminder unless asked for
    (hold_event,) = [e for e in found if kind(e) == ics.HOLD_CATEGORY]
    hold = plan.holds[0]
    assert hold_event.decoded("dtstart") == hold.start_day
    assert hold_event.decoded("dtend") == hold.end_day + dt.timedelta(days=1)
    assert str(hold_event["summary"]) == f"Taper on hold at {schedule.planned(hold.start_day):g} g"
    visits = [e for e in found if kind(e) == ics.VISIT_CATEGORY]
    assert len(visits) == len(appointments)
    for event, appt in zip(visits, appointments, strict=False):
        start = event.decoded("dtstart")
        assert start.tzinfo is not None
        assert start.date() == appt.day and start.strftime("%H:%M") == appt.time
        assert str(event["summary"]) == "Appointment with Dr. Rivera"
    uids = [str(e["uid"]) for e in found]
    assert len(set(uids)) == len(uids)


def test_uids_are_stable_and_follow_a_plan_revision(store, tmp_path):
    substance = Substance("Kratom leaf powder", "kratom", "g")
    start = dt.date(2026, 1, 5)
    plan = plans.create_plan(
        store,
        substance,
        PlanRevision(start, "linear", 4.0, 0.5, 7, 0.1, 0.0, reason="first", agreed_by="Dr. A"),
    )
    a, b, c = tmp_path / "a.ics", tmp_path / "b.ics", tmp_path / "c.ics"
    ics.export_ics(store, a)
    ics.export_ics(store, b)
    _cal, first = events(a)
    _cal, again = events(b)
    assert [str(e["uid"]) for e in first] == [str(e["uid"]) for e in again]
    assert len(first) == 8  # 4.0 to 0 in 0.5 g steps
    # A revision slows the taper from the third step: the same UIDs carry the new dates,
    # and steps the old plan had beyond the new count arrive cancelled.
    plans.add_revision(
        store,
        plan.id,
        PlanRevision(
            start + dt.timedelta(days=14),
            "linear",
            3.0,
            1.0,
            14,
            0.1,
            0.0,
            reason="faster end",
            agreed_by="Dr. A",
        ),
    )
    ics.export_ics(store, c)
    _cal, revised = events(c)
    old = {str(e["uid"]): e for e in first}
    new = {str(e["uid"]): e for e in revised}
    assert set(new) == set(old)
    live = [e for e in revised if e.get("status") != "CANCELLED"]
    cancelled = [e for e in revised if e.get("status") == "CANCELLED"]
    assert [e.decoded("dtstart") for e in live] == [
        start + dt.timedelta(days=d) for d in (7, 14, 28, 42, 56)
    ]
    assert [str(e["summary"]) for e in live] == [
        "Taper step: 4 g to 3.5 g",
        "Taper step: 3.5 g to 3 g",
        "Taper step: 3 g to 2 g",
        "Taper step: 2 g to 1 g",
        "Taper step: 1 g to 0 g",
    ]
    assert [e.decoded("dtstart") for e in cancelled] == [
        start + dt.timedelta(days=d) for d in (42, 49, 56)
    ]  # where the old plan had them
    for e in revised:
        assert int(e["sequence"]) > int(old[str(e["uid"])]["sequence"])


def test_reminder_the_evening_before_each_step(store, tmp_path, capsys, data_dir):
    substance = Substance("Oxycodone", "opioid", "mg", mme_factor=1.5)
    plans.create_plan(
        store,
        substance,
        PlanRevision(dt.date(2026, 2, 1), "linear", 20, 5, 10, 2.5, 0, agreed_by="Dr. B"),
    )
    out = tmp_path / "r.ics"
    assert run(capsys, "export-ics", out, "--remind-evening-before")[0] == 0
    _cal, found = events(out)
    assert len(found) == 4
    for event in found:
        (alarm,) = event.walk("VALARM")
        assert alarm.decoded("trigger") == -dt.timedelta(hours=4)  # 20:00 the day before
        assert str(alarm["action"]) == "DISPLAY"
        assert "Tomorrow: taper step to" in str(alarm["description"])


def test_no_plan_gives_appointments_in_a_real_time_zone(store, tmp_path):
    records.add_appointment(
        store, Appointment(dt.date(2026, 7, 1), "09:15", "Д-р Іваненко", "Bring the diary 📓")
    )
    records.add_appointment(store, Appointment(dt.date(2026, 7, 8), None, "", ""))
    berlin = zoneinfo.ZoneInfo("Europe/Berlin")
    cal, counts = ics.build_calendar(store, zone=berlin)
    assert counts == {"steps": 0, "holds": 0, "appointments": 2}
    out = tmp_path / "v.ics"
    out.write_bytes(cal.to_ical())
    parsed, (timed, all_day) = events(out)
    assert [str(tz["tzid"]) for tz in parsed.walk("VTIMEZONE")] == ["Europe/Berlin"]
    start = timed.decoded("dtstart")
    assert start == dt.datetime(2026, 7, 1, 9, 15, tzinfo=berlin)
    assert start.utcoffset() == dt.timedelta(hours=2)  # summer time, from the zone's rules
    assert str(timed["summary"]) == "Appointment with Д-р Іваненко"
    assert str(timed["description"]) == "Bring the diary 📓"
    assert all_day.decoded("dtstart") == dt.date(2026, 7, 8)


def test_open_hold_and_fentanyl_patch_rates(store, tmp_path):
    substance = Substance("Fentanyl transdermal patch", "opioid", "mcg/hr", mme_factor=2.4)
    start = dt.date(2026, 3, 1)
    plan = plans.create_plan(
        store, substance, PlanRevision(start, "linear", 50, 12.5, 14, 12.5, 0, agreed_by="Dr. Ng")
    )
    plans.add_hold(store, plan.id, Hold(start + dt.timedelta(days=20)))
    cal, counts = ics.build_calendar(store)
    assert counts["steps"] == 1 and counts["holds"] == 1  # later steps wait for the hold
    found = list(cal.walk("VEVENT"))
    assert str(found[0]["summary"]) == "Taper step: 50 mcg/h to 37.5 mcg/h"
    assert str(found[1]["summary"]) == "Taper on hold at 37.5 mcg/h"
    assert "No end date yet" in str(found[1]["description"])


def test_unwritable_path_exits_1_with_one_line(store, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, out, err = run(capsys, "export-ics", blocker / "p.ics")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1


def test_read_only_store_still_exports_with_stable_uids(store, data_dir, tmp_path):
    records.add_appointment(store, Appointment(dt.date(2026, 7, 1), "09:15", "Dr. C"))
    store.close()
    (data_dir / "taper.sqlite3").chmod(0o400)
    import sqlite3

    conn = sqlite3.connect(
        f"{(data_dir / 'taper.sqlite3').as_uri()}?mode=ro", uri=True, isolation_level=None
    )
    conn.row_factory = sqlite3.Row
    from taper_desktop.store.db import Store

    ro = Store(conn, data_dir / "taper.sqlite3")
    try:
        first, _ = ics.build_calendar(ro)
        again, _ = ics.build_calendar(ro)
    finally:
        conn.close()
    uids = [str(e["uid"]) for e in first.walk("VEVENT")]
    assert uids and uids == [str(e["uid"]) for e in again.walk("VEVENT")]


def test_withdrawn_hold_and_revision_are_cancelled_under_their_uids(store, tmp_path):
    substance = Substance("Kratom leaf powder", "kratom", "g")
    start = dt.date(2026, 1, 5)
    plan = plans.create_plan(
        store, substance, PlanRevision(start, "linear", 2.0, 0.5, 7, 0.1, 0.0, agreed_by="Dr. A")
    )
    later = plans.add_revision(
        store,
        plan.id,
        PlanRevision(
            start + dt.timedelta(days=7), "linear", 1.5, 0.25, 7, 0.05, 0.0, agreed_by="Dr. A"
        ),
    )
    hold = plans.add_hold(
        store, plan.id, Hold(start + dt.timedelta(days=20), start + dt.timedelta(days=22))
    )
    before, _ = ics.build_calendar(store)
    old = {str(e["uid"]): e for e in before.walk("VEVENT")}
    plans.withdraw_revision(store, later.id, start + dt.timedelta(days=8))
    plans.withdraw_hold(store, hold.id, start + dt.timedelta(days=8))
    after, counts = ics.build_calendar(store)
    new = {str(e["uid"]): e for e in after.walk("VEVENT")}
    assert counts["holds"] == 0
    assert set(new) == set(old)  # every event the calendar holds is updated or cancelled
    live = [e for e in after.walk("VEVENT") if e.get("status") != "CANCELLED"]
    assert [str(e["summary"]) for e in live] == [
        "Taper step: 2 g to 1.5 g",
        "Taper step: 1.5 g to 1 g",
        "Taper step: 1 g to 0.5 g",
        "Taper step: 0.5 g to 0 g",
    ]
    for uid, event in new.items():
        assert int(event["sequence"]) > int(old[uid]["sequence"])
