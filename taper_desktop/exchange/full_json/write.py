"""Storing a checked JSON file: conflicts with what is stored, then one transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from taper_desktop.domain import dose_rules
from taper_desktop.exchange.full_json import export
from taper_desktop.exchange.full_json.parse import parse_json
from taper_desktop.exchange.full_json.records import Parsed
from taper_desktop.exchange.problems import (
    Conflicts,
    ImportFailed,
    ImportResult,
    Problem,
    read_text,
)
from taper_desktop.store import dump, imports
from taper_desktop.store.db import Store
from taper_desktop.store.settings import diary_today

Backup = Callable[[Store], Path]

# What makes two plans the same, for conflict detection: the substance (name, kind,
# unit), the revisions and the holds (start and end), each sorted.
_RevisionKey = tuple[Any, ...]
_PlanKey = tuple[tuple[str, str, str] | None, list[_RevisionKey], list[tuple[str, str | None]]]


def _stored_plans(store: Store) -> list[_PlanKey]:
    """The stored plans as the export writes them (only the plans and substances read)."""
    sub_rows = dump.rows(store, "substance")
    sub_ref = export.numbered(sub_rows)
    by_ref = {sub_ref[s["id"]]: (s["name"], s["kind"], s["unit"]) for s in sub_rows}
    found: list[_PlanKey] = []
    for p in export.plans(store, sub_ref):
        revs = [
            (
                r["effective_date"],
                r["rule"],
                r["start_dose"],
                r["step"],
                r["interval_days"],
                r["resolution"],
                r["target"],
                tuple((s["day"], s["dose"]) for s in r["custom_steps"]),
            )
            for r in p["revisions"]
        ]
        holds = [(h["start_day"], h["end_day"]) for h in p["holds"]]
        found.append((by_ref.get(p["substance"]), sorted(revs), sorted(holds)))
    return found


def _file_plans(parsed: Parsed) -> list[_PlanKey]:
    by_ref = {
        s.ref: (s.substance.name, s.substance.kind, s.substance.unit) for s in parsed.substances
    }
    found: list[_PlanKey] = []
    for p in parsed.plans:
        revs = [
            (
                r.effective_date.isoformat(),
                r.rule,
                r.start_dose,
                r.step,
                r.interval_days,
                r.resolution,
                r.target,
                tuple((s.day.isoformat(), s.dose) for s in r.custom_steps),
            )
            for r in p.revisions
        ]
        holds = [
            (h.hold.start_day.isoformat(), h.hold.end_day.isoformat() if h.hold.end_day else None)
            for h in p.holds
        ]
        found.append((by_ref.get(p.substance_ref), sorted(revs), sorted(holds)))
    return found


def find_conflicts(store: Store, parsed: Parsed) -> Conflicts | None:
    """Days (per table) the file and the store both hold, and whether the plans differ."""
    by_table = imports.clashes(
        store,
        {
            "checkin": {c.day for c in parsed.checkins},
            "dose": {d.dose.day for d in parsed.doses},
            "other_medication": {m.medication.day for m in parsed.medications},
            "appointment": {a.appointment.day for a in parsed.appointments},
            "cows_total": {c.cows.day for c in parsed.cows},
        },
    )
    plan = False
    if parsed.plans and imports.has_plans(store):
        plan = _stored_plans(store) != _file_plans(parsed)
    return Conflicts(by_table, plan) if by_table or plan else None


def import_json(
    store: Store, path: str | Path, on_conflict: str = "ask", backup: Backup | None = None
) -> ImportResult:
    """Import a full JSON file. Raises ImportFailed or Conflicts (nothing written)."""
    return import_parsed(store, parse_json(read_text(path), path), on_conflict, backup, file=path)


def check_no_future_dose(store: Store, parsed: Parsed, file: str | Path) -> None:
    """Refuse the whole file (ImportFailed) when a dose is for a day not yet come."""
    today = diary_today(store)
    problems = [
        Problem(None, None, d.dose.day.isoformat(), problem, at=f"{d.at}.day")
        for d in parsed.doses
        for problem in [dose_rules.future_day_error(d.dose.day, today)]
        if problem
    ]
    if problems:
        raise ImportFailed(file, problems)


def import_parsed(
    store: Store,
    parsed: Parsed,
    on_conflict: str = "ask",
    backup: Backup | None = None,
    file: str | Path = "JSON",
) -> ImportResult:
    """Write a checked file in one transaction (see day_csv.import_days for on_conflict).

    A dose for a day not yet come refuses the whole file (ImportFailed naming the record
    and the date)."""
    check_no_future_dose(store, parsed, file)
    result = ImportResult()
    clash = find_conflicts(store, parsed)
    if clash and on_conflict not in ("skip", "replace"):
        raise clash
    if clash and on_conflict == "replace" and backup is not None:
        result.backup = backup(store)
    with store.transaction():
        clash = find_conflicts(store, parsed)
        if clash and on_conflict not in ("skip", "replace"):
            raise clash
        skip_days: set[dt.date] = set()
        take_plans = True
        if clash and on_conflict == "replace":
            for table, days in clash.by_table.items():
                imports.clear_days(store, days, (table,))
            result.replaced_days = clash.days
            if clash.plan:
                imports.delete_plans(store)
        elif clash:
            skip_days = set(clash.days)
            result.skipped_days = clash.days
            take_plans = not clash.plan
        elif parsed.plans and imports.has_plans(store):
            take_plans = False  # the same plan is already stored
        _write(store, parsed, skip_days, take_plans, on_conflict == "replace", result)
    return result


def _substance_ids(store: Store, parsed: Parsed) -> dict[int, int]:
    """ref -> store id; a substance already stored with the same values is reused."""
    existing = imports.substance_ids(store)
    ids: dict[int, int] = {}
    for s in parsed.substances:
        sub = s.substance
        key = (sub.name, sub.kind, sub.unit, sub.form, sub.mme_factor)
        if key not in existing:
            existing[key] = imports.insert_substance(store, sub, s.created_at)
        ids[s.ref] = existing[key]
    return ids


def _write_plans(store: Store, parsed: Parsed, sub_id: dict[int, int]) -> int:
    for p in parsed.plans:
        plan_id = imports.insert_plan(store, sub_id[p.substance_ref], p.name, p.created_at)
        for rev in p.revisions:
            imports.insert_revision(store, plan_id, rev)
        for h in p.holds:
            imports.insert_hold(store, plan_id, h.hold, h.created_at)
    return len(parsed.plans)


def _write(
    store: Store,
    parsed: Parsed,
    skip: set[dt.date],
    take_plans: bool,
    settings_win: bool,
    result: ImportResult,
) -> None:
    sub_id = _substance_ids(store, parsed)
    if take_plans:
        result.plans += _write_plans(store, parsed, sub_id)
        result.kept_plan_problems = list(parsed.kept_plan_problems)
    days: set[dt.date] = set()
    for d in parsed.doses:
        if d.dose.day in skip:
            continue
        ref = d.substance_ref
        dose = dataclasses.replace(d.dose, substance_id=None if ref is None else sub_id.get(ref))
        imports.insert_dose(store, dose, d.created_at)
        result.doses += 1
        days.add(dose.day)
    for c in parsed.checkins:
        if c.day in skip:
            continue
        imports.insert_checkin(store, c, c.saved_at)
        result.checkins += 1
        days.add(c.day)
    for m in parsed.medications:
        if m.medication.day not in skip:
            imports.insert_medication(store, m.medication, m.created_at)
            result.other += 1
    appt_id: dict[int, int] = {}
    for a in parsed.appointments:
        if a.appointment.day not in skip:
            appt_id[a.ref] = imports.insert_appointment(store, a.appointment, a.created_at)
            result.other += 1
    for cr in parsed.cows:
        if cr.cows.day not in skip:
            cows = dataclasses.replace(
                cr.cows,
                appointment_id=None
                if cr.appointment_ref is None
                else appt_id.get(cr.appointment_ref),
            )
            imports.insert_cows_total(store, cows, cr.created_at)
            result.other += 1
    stored = imports.stored_setting_keys(store)
    for key, value in parsed.settings.items():
        if settings_win or key not in stored:
            imports.put_setting_json(store, key, json.dumps(value))
    result.days = len(days)
