"""The full JSON file: everything the diary holds, for moving to another computer.

Format "taper-desktop-data", version 1. Records refer to each other by `ref`
(position numbers inside the file), never by database ids, so an export imported
into an empty store exports again to the same content; only `exported_at`
differs. Drafts (unsaved form state) are not exported.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from taper_desktop.domain import dose_rules, plan_rules, scales
from taper_desktop.domain import settings as setting_fields
from taper_desktop.domain.days import parse_day, parse_hhmm
from taper_desktop.domain.formatting import normalise_unit
from taper_desktop.domain.models import (
    CheckIn,
    CustomStep,
    Dose,
    Hold,
    PlanRevision,
)
from taper_desktop.domain.substances import mme_factor_problem
from taper_desktop.exchange.day_csv import write_atomic, write_checkin
from taper_desktop.exchange.problems import (
    Conflicts,
    ImportFailed,
    ImportResult,
    Problem,
    read_text,
)
from taper_desktop.store import bulk, checkins, doses
from taper_desktop.store.db import Store, now_text
from taper_desktop.store.settings import diary_today

FORMAT = "taper-desktop-data"
VERSION = 1
KINDS = ("kratom", "opioid", "buprenorphine", "other")


# ---- export -------------------------------------------------------------------------


def _day_dict(r: dict, keys: tuple[str, ...]) -> dict:
    return {k: r[k] for k in keys}


def snapshot(store: Store) -> dict[str, Any]:
    """Everything in the store as plain JSON-ready data (no database ids)."""
    sub_rows = bulk.rows(store, "substance")
    sub_ref = {r["id"]: i + 1 for i, r in enumerate(sub_rows)}
    substances = [
        {"ref": sub_ref[r["id"]], **{k: r[k] for k in bulk.COLUMNS["substance"]}} for r in sub_rows
    ]
    steps: dict[int, list] = {}
    for s in bulk.rows(store, "plan_custom_step"):
        steps.setdefault(s["revision_id"], []).append(
            {"day": s["day"], "dose": s["dose"], "increase_agreed": bool(s["increase_agreed"])}
        )
    revisions: dict[int, list] = {}
    for r in bulk.rows(store, "plan_revision"):
        rev = {k: r[k] for k in bulk.COLUMNS["plan_revision"] if k != "plan_id"}
        rev["custom_steps"] = steps.get(r["id"], [])
        revisions.setdefault(r["plan_id"], []).append(rev)
    holds: dict[int, list] = {}
    for h in bulk.rows(store, "hold"):
        holds.setdefault(h["plan_id"], []).append(
            {k: h[k] for k in bulk.COLUMNS["hold"] if k != "plan_id"}
        )
    plan_list = [
        {
            "substance": sub_ref[p["substance_id"]],
            "name": p["name"],
            "created_at": p["created_at"],
            "revisions": revisions.get(p["id"], []),
            "holds": holds.get(p["id"], []),
        }
        for p in bulk.rows(store, "plan")
    ]
    dose_list = []
    for d in bulk.rows(store, "dose"):
        rec = {k: d[k] for k in bulk.COLUMNS["dose"] if k != "substance_id"}
        rec["substance"] = sub_ref.get(d["substance_id"])
        dose_list.append(rec)
    items: dict[int, dict] = {}
    for i in bulk.rows(store, "checkin_item"):
        items.setdefault(i["checkin_id"], {})[i["item"]] = i["score"]
    extras: dict[int, dict] = {}
    for e in bulk.rows(store, "extra_symptom_score"):
        extras.setdefault(e["checkin_id"], {})[e["symptom"]] = e["score"]
    checkin_list = []
    for c in bulk.rows(store, "checkin"):
        rec = {k: c[k] for k in bulk.COLUMNS["checkin"]}
        rec["flag_for_provider"] = bool(rec["flag_for_provider"])
        rec["items"] = items.get(c["id"], {})
        rec["extras"] = extras.get(c["id"], {})
        checkin_list.append(rec)
    appt_rows = bulk.rows(store, "appointment")
    appt_ref = {r["id"]: i + 1 for i, r in enumerate(appt_rows)}
    appointments = [
        {"ref": appt_ref[r["id"]], **{k: r[k] for k in bulk.COLUMNS["appointment"]}}
        for r in appt_rows
    ]
    cows = []
    for c in bulk.rows(store, "cows_total"):
        rec = {k: c[k] for k in bulk.COLUMNS["cows_total"] if k != "appointment_id"}
        rec["appointment"] = appt_ref.get(c["appointment_id"])
        cows.append(rec)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now_text(),
        "substances": substances,
        "plans": plan_list,
        "doses": dose_list,
        "checkins": checkin_list,
        "other_medications": [
            {k: m[k] for k in bulk.COLUMNS["other_medication"]}
            for m in bulk.rows(store, "other_medication")
        ],
        "appointments": appointments,
        "cows_totals": cows,
        "settings": {r["key"]: json.loads(r["value"]) for r in bulk.rows(store, "setting")},
    }


def export_json(store: Store, path: str | Path) -> dict[str, int]:
    """Write everything to path (atomically); returns how many records of each kind."""
    data = snapshot(store)
    text = json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    write_atomic(Path(path), text.encode("utf-8"))
    return {k: len(v) for k, v in data.items() if isinstance(v, (list, dict))}


# ---- checking -----------------------------------------------------------------------


class _Checker:
    """Walks the parsed JSON collecting problems with the path of each bad value."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def bad(self, at: str, value: Any, message: str) -> None:
        shown = value if isinstance(value, str) else json.dumps(value)[:60]
        self.problems.append(Problem(None, None, shown, message, at=at))

    def obj(self, value: Any, at: str) -> dict | None:
        if not isinstance(value, dict):
            self.bad(at, value, "should be an object {...}")
            return None
        return value

    def array(self, parent: dict, key: str, at: str) -> list:
        value = parent.get(key, [])
        if not isinstance(value, list):
            self.bad(f"{at}{key}", value, "should be a list [...]")
            return []
        return value

    def get(
        self,
        rec: dict,
        key: str,
        at: str,
        check: Callable[[Any], Any],
        required: bool = True,
        default: Any = None,
    ) -> Any:
        if key not in rec or rec[key] is None:
            if required and key not in rec:
                self.bad(f"{at}.{key}", None, "is missing")
            elif required:
                self.bad(f"{at}.{key}", None, "must not be null")
            return default
        try:
            return check(rec[key])
        except (ValueError, TypeError) as exc:
            self.bad(f"{at}.{key}", rec[key], str(exc))
            return default


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("should be text")
    return value


def _nonblank(value: Any) -> str:
    if not _text(value).strip():
        raise ValueError("must not be blank")
    return value


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError("should be a number")
    return float(value)


def _whole(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("should be a whole number")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("should be true or false")
    return value


def _day(value: Any) -> dt.date:
    return parse_day(_text(value))


def _time(value: Any) -> str:
    parse_hhmm(_text(value))
    return value


def _stamp(value: Any) -> str:
    text = _text(value)
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError("is not a date and time (ISO 8601)") from None
    return text


@dataclass
class Parsed:
    """A checked JSON file, ready to write."""

    substances: list[dict] = field(default_factory=list)  # bulk records + "ref"
    plans: list[dict] = field(default_factory=list)  # {"substance", "name", "created_at",
    #                                                    "revisions": [PlanRevision], "holds"}
    doses: list[tuple[Dose, str, int | None]] = field(default_factory=list)
    dose_paths: list[str] = field(default_factory=list)  # where each dose is, e.g. doses[3]
    checkins: list[CheckIn] = field(default_factory=list)
    medications: list[dict] = field(default_factory=list)
    appointments: list[dict] = field(default_factory=list)
    cows: list[dict] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    # plans kept although they break a plan rule of today: (path in the file, Problem)
    kept_plan_problems: list = field(default_factory=list)


def parse_json(text: str, file: str | Path = "JSON") -> Parsed:
    """Check the whole file; return it, or raise ImportFailed listing every problem."""
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ImportFailed(
            file, [Problem(exc.lineno, str(exc.colno), None, f"this is not valid JSON: {exc.msg}")]
        ) from None
    except (ValueError, RecursionError) as exc:
        raise ImportFailed(
            file, [Problem(None, None, None, f"this is not valid JSON: {exc}")]
        ) from None
    ck = _Checker()
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFailed(
            file,
            [
                Problem(
                    None,
                    None,
                    None,
                    f'this is not a Taper Desktop data file (no "format": "{FORMAT}")',
                )
            ],
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ImportFailed(
            file,
            [
                Problem(
                    None,
                    None,
                    json.dumps(version),
                    "the format version is not a whole number",
                    at="version",
                )
            ],
        )
    if version > VERSION:
        raise ImportFailed(
            file,
            [
                Problem(
                    None,
                    None,
                    str(version),
                    f"the file was written by a newer Taper Desktop (format version {version}; "
                    f"this version reads {VERSION}). Please update the app",
                    at="version",
                )
            ],
        )
    known = {
        "format",
        "version",
        "exported_at",
        "substances",
        "plans",
        "doses",
        "checkins",
        "other_medications",
        "appointments",
        "cows_totals",
        "settings",
    }
    for key in data:
        if key not in known:
            ck.bad(key, data[key], "is not part of the format")
    out = Parsed()
    sub_refs = _substances(ck, data, out)
    _plans(ck, data, out, sub_refs)
    _doses(ck, data, out, sub_refs)
    _checkins(ck, data, out)
    appt_refs = _records(ck, data, out)
    _cows(ck, data, out, appt_refs)
    _settings(ck, data, out)
    if ck.problems:
        raise ImportFailed(file, ck.problems)
    return out


def _no_constant(name: str):
    raise ValueError(f"{name} is not allowed in a data file")


def _refs(ck: _Checker, rec: dict, at: str, seen: set[int]) -> int | None:
    ref = ck.get(rec, "ref", at, _whole)
    if ref is not None:
        if ref in seen:
            ck.bad(f"{at}.ref", ref, "is used twice")
        seen.add(ref)
    return ref


def _substances(ck: _Checker, data: dict, out: Parsed) -> set[int]:
    seen: set[int] = set()
    for i, raw in enumerate(ck.array(data, "substances", "")):
        at = f"substances[{i}]"
        rec = ck.obj(raw, at)
        if rec is None:
            continue
        ref = _refs(ck, rec, at, seen)
        kind = ck.get(rec, "kind", at, _text)
        if kind is not None and kind not in KINDS:
            ck.bad(f"{at}.kind", kind, f"must be one of {', '.join(KINDS)}")
        mme = ck.get(rec, "mme_factor", at, _number, required=False)
        name = ck.get(rec, "name", at, _nonblank)
        if mme is not None and mme <= 0:
            ck.bad(f"{at}.mme_factor", mme, "must be greater than 0")
        elif kind in KINDS and (why := mme_factor_problem(name, kind, mme)):
            ck.bad(f"{at}.mme_factor", mme, why)
        unit = ck.get(rec, "unit", at, _nonblank)
        out.substances.append(
            {
                "ref": ref,
                "name": name,
                "kind": kind,
                "unit": unit and normalise_unit(unit),
                "form": ck.get(rec, "form", at, _text, required=False, default=""),
                "mme_factor": mme,
                "created_at": ck.get(rec, "created_at", at, _stamp),
            }
        )
    return seen


def _ref_to(
    ck: _Checker, rec: dict, key: str, at: str, refs: set[int], required: bool
) -> int | None:
    ref = ck.get(rec, key, at, _whole, required=required)
    if ref is not None and ref not in refs:
        ck.bad(f"{at}.{key}", ref, "refers to nothing in this file")
        return None
    return ref


def _plans(ck: _Checker, data: dict, out: Parsed, sub_refs: set[int]) -> None:
    for i, raw in enumerate(ck.array(data, "plans", "")):
        at = f"plans[{i}]"
        rec = ck.obj(raw, at)
        if rec is None:
            continue
        plan = {
            "substance": _ref_to(ck, rec, "substance", at, sub_refs, True),
            "name": ck.get(rec, "name", at, _text, required=False, default=""),
            "created_at": ck.get(rec, "created_at", at, _stamp),
            "revisions": [],
            "holds": [],
        }
        revision_paths: list[str] = []
        for j, rraw in enumerate(ck.array(rec, "revisions", f"{at}.")):
            rat = f"{at}.revisions[{j}]"
            r = ck.obj(rraw, rat)
            if r is None:
                continue
            steps = []
            for k, sraw in enumerate(ck.array(r, "custom_steps", f"{rat}.")):
                sat = f"{rat}.custom_steps[{k}]"
                s = ck.obj(sraw, sat)
                if s is None:
                    continue
                day, dose = ck.get(s, "day", sat, _day), ck.get(s, "dose", sat, _number)
                agreed = ck.get(s, "increase_agreed", sat, _flag, required=False, default=False)
                if day is not None and dose is not None:
                    steps.append(CustomStep(day, dose, agreed))
            interval = ck.get(r, "interval_days", rat, _whole, required=False)
            rev = PlanRevision(
                effective_date=ck.get(r, "effective_date", rat, _day),
                rule=ck.get(r, "rule", rat, _text),
                start_dose=ck.get(r, "start_dose", rat, _number),
                step=ck.get(r, "step", rat, _number, required=False),
                interval_days=interval,
                resolution=ck.get(r, "resolution", rat, _number),
                target=ck.get(r, "target", rat, _number, required=False, default=0.0),
                reason=ck.get(r, "reason", rat, _text, required=False, default=""),
                agreed_by=ck.get(r, "agreed_by", rat, _text, required=False, default=""),
                custom_steps=steps,
                created_at=ck.get(r, "created_at", rat, _stamp),
                increase_agreed_with=ck.get(
                    r, "increase_agreed_with", rat, _text, required=False, default=""
                ),
                increase_agreed_on=ck.get(r, "increase_agreed_on", rat, _day, required=False),
                withdrawn_on=ck.get(r, "withdrawn_on", rat, _day, required=False),
                withdrawn_reason=ck.get(
                    r, "withdrawn_reason", rat, _text, required=False, default=""
                ),
            )
            plan["revisions"].append(rev)
            revision_paths.append(rat)
        if plan["revisions"] and all(r.withdrawn_on for r in plan["revisions"]):
            ck.bad(f"{at}.revisions", None, "a plan needs at least one revision not withdrawn")
        if not plan["revisions"]:
            ck.bad(f"{at}.revisions", [], "a plan needs at least one revision")
        for j, hraw in enumerate(ck.array(rec, "holds", f"{at}.")):
            hat = f"{at}.holds[{j}]"
            h = ck.obj(hraw, hat)
            if h is None:
                continue
            hold = Hold(
                start_day=ck.get(h, "start_day", hat, _day),
                end_day=ck.get(h, "end_day", hat, _day, required=False),
                reason=ck.get(h, "reason", hat, _text, required=False, default=""),
                withdrawn_on=ck.get(h, "withdrawn_on", hat, _day, required=False),
                withdrawn_reason=ck.get(
                    h, "withdrawn_reason", hat, _text, required=False, default=""
                ),
            )
            stamp = ck.get(h, "created_at", hat, _stamp)
            if hold.start_day is None:
                continue
            in_force = [other for other, _ in plan["holds"] if other.withdrawn_on is None]
            for problem in plan_rules.check_hold(hold, [] if hold.withdrawn_on else in_force):
                if problem.code == plan_rules.HOLD_ENDS_BEFORE_START:
                    ck.bad(f"{hat}.end_day", hold.end_day.isoformat(), problem.describe())
                else:
                    ck.bad(hat, None, problem.describe())
            plan["holds"].append((hold, stamp))
        _review_revisions(ck, out, plan, revision_paths)
        out.plans.append(plan)


def _review_revisions(ck: _Checker, out: Parsed, plan: dict, paths: list[str]) -> None:
    """The plan rules (domain/plan_rules.py) for each revision of an imported plan.

    What no schedule can be computed from is refused; what only today's rules forbid
    (e.g. a start that is not a multiple of the rounding step, an increase with no
    provider's name) is kept as it was and listed in the import summary."""
    revisions = plan["revisions"]
    holds = [h for h, _ in plan["holds"] if h.withdrawn_on is None]
    # A withdrawn revision is checked on its own; it is not part of the schedule.
    complete = [
        None not in (r.effective_date, r.rule, r.start_dose, r.resolution)
        and isinstance(r.target, float)
        and r.withdrawn_on is None
        for r in revisions
    ]
    order = sorted(
        (i for i, ok in enumerate(complete) if ok), key=lambda i: revisions[i].effective_date
    )
    earlier: list[PlanRevision] = []
    broken = False
    for i in order:
        rev, rat = revisions[i], paths[i]
        before = None
        if earlier and not broken:
            try:
                before = plan_rules.planned_before(earlier, holds, rev.effective_date)
            except (ValueError, OverflowError):
                before = None
        problems = plan_rules.check_revision(rev, before)
        for problem in problems:
            if problem.structural:
                ck.bad(rat, None, problem.describe())
                broken = True
            else:
                out.kept_plan_problems.append((rat, problem))
        earlier.append(rev)
    for i, rev in enumerate(revisions):  # withdrawn: kept as they were, if computable
        if rev.withdrawn_on is not None and None not in (
            rev.effective_date,
            rev.rule,
            rev.start_dose,
            rev.resolution,
        ):
            for problem in plan_rules.check_revision(rev):
                if problem.structural:
                    ck.bad(paths[i], None, problem.describe())


def _doses(ck: _Checker, data: dict, out: Parsed, sub_refs: set[int]) -> None:
    for i, raw in enumerate(ck.array(data, "doses", "")):
        at = f"doses[{i}]"
        rec = ck.obj(raw, at)
        if rec is None:
            continue
        unit = ck.get(rec, "unit", at, _nonblank)
        dose = Dose(
            day=ck.get(rec, "day", at, _day),
            amount=ck.get(rec, "amount", at, _number),
            unit=unit and normalise_unit(unit),
            time=ck.get(rec, "time", at, _time, required=False),
            note=ck.get(rec, "note", at, _text, required=False, default=""),
        )
        ref = _ref_to(ck, rec, "substance", at, sub_refs, False)
        stamp = ck.get(rec, "created_at", at, _stamp)
        if None in (dose.day, dose.amount, dose.unit):
            continue
        try:
            doses.validate(dose)
        except ValueError as exc:
            ck.bad(f"{at}.amount", dose.amount, str(exc))
            continue
        out.doses.append((dose, stamp, ref))
        out.dose_paths.append(at)


def _checkins(ck: _Checker, data: dict, out: Parsed) -> None:
    seen: dict[dt.date, int] = {}
    for i, raw in enumerate(ck.array(data, "checkins", "")):
        at = f"checkins[{i}]"
        rec = ck.obj(raw, at)
        if rec is None:
            continue
        day = ck.get(rec, "day", at, _day)
        name = ck.get(rec, "instrument", at, _text)
        if name is not None and name not in scales.INSTRUMENTS:
            ck.bad(f"{at}.instrument", name, "must be SOWS or SOWS-Gossop")
            name = None
        scores = {}
        for key in ("items", "extras"):
            value = ck.get(rec, key, at, lambda v: v, required=False, default={})
            if not isinstance(value, dict):
                ck.bad(f"{at}.{key}", value, "should be an object {...}")
                value = {}
            scores[key] = value
        measures = {}
        for m in ("craving", "pain", "sleep_quality", "mood"):
            measures[m] = ck.get(rec, m, at, _whole, required=False)
        measures["sleep_hours"] = ck.get(rec, "sleep_hours", at, _number, required=False)
        checkin = CheckIn(
            day=day,
            instrument=name,
            items=scores["items"],
            extras=scores["extras"],
            note=ck.get(rec, "note", at, _text, required=False, default=""),
            flag_for_provider=ck.get(
                rec, "flag_for_provider", at, _flag, required=False, default=False
            ),
            saved_at=ck.get(rec, "saved_at", at, _stamp),
            **measures,
        )
        if day is None or name is None:
            continue
        if day in seen:
            ck.bad(f"{at}.day", day.isoformat(), f"checkins[{seen[day]}] has the same day")
            continue
        seen[day] = i
        try:
            checkins.validate(checkin)
        except (ValueError, TypeError) as exc:
            ck.bad(at, None, str(exc))
            continue
        out.checkins.append(checkin)


def _records(ck: _Checker, data: dict, out: Parsed) -> set[int]:
    for i, raw in enumerate(ck.array(data, "other_medications", "")):
        at = f"other_medications[{i}]"
        rec = ck.obj(raw, at)
        if rec is None:
            continue
        amount = ck.get(rec, "amount", at, _number, required=False)
        if amount is not None and amount <= 0:
            ck.bad(f"{at}.amount", amount, "must be greater than 0")
        day = ck.get(rec, "day", at, _day)
        out.medications.append(
            {
                "day": day and day.isoformat(),
                "time": ck.get(rec, "time", at, _time, False),
                "name": ck.get(rec, "name", at, _nonblank),
                "amount": amount,
                "unit": ck.get(rec, "unit", at, _text, required=False, default=""),
                "note": ck.get(rec, "note", at, _text, required=False, default=""),
                "created_at": ck.get(rec, "created_at", at, _stamp),
            }
        )
    seen: set[int] = set()
    for i, raw in enumerate(ck.array(data, "appointments", "")):
        at = f"appointments[{i}]"
        rec = ck.obj(raw, at)
        if rec is None:
            continue
        day = ck.get(rec, "day", at, _day)
        out.appointments.append(
            {
                "ref": _refs(ck, rec, at, seen),
                "day": day and day.isoformat(),
                "time": ck.get(rec, "time", at, _time, False),
                "clinician": ck.get(rec, "clinician", at, _text, required=False, default=""),
                "note": ck.get(rec, "note", at, _text, required=False, default=""),
                "created_at": ck.get(rec, "created_at", at, _stamp),
            }
        )
    return seen


def _cows(ck: _Checker, data: dict, out: Parsed, appt_refs: set[int]) -> None:
    for i, raw in enumerate(ck.array(data, "cows_totals", "")):
        at = f"cows_totals[{i}]"
        rec = ck.obj(raw, at)
        if rec is None:
            continue
        total = ck.get(rec, "total", at, _whole)
        if total is not None and not 0 <= total <= scales.COWS_MAX:
            ck.bad(f"{at}.total", total, f"must be 0-{scales.COWS_MAX}")
        day = ck.get(rec, "day", at, _day)
        out.cows.append(
            {
                "day": day and day.isoformat(),
                "total": total,
                "appointment": _ref_to(ck, rec, "appointment", at, appt_refs, False),
                "clinician": ck.get(rec, "clinician", at, _text, required=False, default=""),
                "note": ck.get(rec, "note", at, _text, required=False, default=""),
                "created_at": ck.get(rec, "created_at", at, _stamp),
            }
        )


def _settings(ck: _Checker, data: dict, out: Parsed) -> None:
    raw = data.get("settings", {})
    if not isinstance(raw, dict):
        ck.bad("settings", raw, "should be an object {...}")
        return
    for key, value in raw.items():
        try:
            out.settings[key] = setting_fields.validate(key, value)
        except ValueError as exc:
            ck.bad(f"settings.{key}", value, str(exc))


# ---- writing ------------------------------------------------------------------------


def _plan_signature(plan_list: list[dict], substances: list[dict]) -> list:
    """What makes two sets of plans the same, for conflict detection."""
    by_ref = {s["ref"]: (s["name"], s["kind"], s["unit"]) for s in substances}
    out = []
    for p in plan_list:
        revs = []
        for r in p["revisions"]:
            if isinstance(r, PlanRevision):
                revs.append(
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
                )
            else:
                revs.append(
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
                )
        holds = []
        for h in p["holds"]:
            if isinstance(h, tuple):
                h = h[0]
                holds.append(
                    (h.start_day.isoformat(), h.end_day.isoformat() if h.end_day else None)
                )
            else:
                holds.append((h["start_day"], h["end_day"]))
        out.append((by_ref.get(p["substance"]), sorted(revs), sorted(holds)))
    return out


def find_conflicts(store: Store, parsed: Parsed) -> Conflicts | None:
    day = dt.date.fromisoformat
    by_table = bulk.clashes(
        store,
        {
            "checkin": {c.day for c in parsed.checkins},
            "dose": {d.day for d, _, _ in parsed.doses},
            "other_medication": {day(m["day"]) for m in parsed.medications},
            "appointment": {day(a["day"]) for a in parsed.appointments},
            "cows_total": {day(c["day"]) for c in parsed.cows},
        },
    )
    plan = False
    if parsed.plans and bulk.has_plans(store):
        mine = snapshot(store)
        plan = _plan_signature(mine["plans"], mine["substances"]) != _plan_signature(
            parsed.plans, parsed.substances
        )
    return Conflicts(by_table, plan) if by_table or plan else None


def import_json(
    store: Store, path: str | Path, on_conflict: str = "ask", backup=None
) -> ImportResult:
    """Import a full JSON file. Raises ImportFailed or Conflicts (nothing written)."""
    return import_parsed(store, parse_json(read_text(path), path), on_conflict, backup, file=path)


def check_no_future_dose(store: Store, parsed: Parsed, file: str | Path) -> None:
    """Refuse the whole file (ImportFailed) when a dose is for a day not yet come."""
    today = diary_today(store)
    problems = [
        Problem(None, None, dose.day.isoformat(), problem, at=f"{at}.day")
        for (dose, _, _), at in zip(parsed.doses, parsed.dose_paths, strict=False)
        for problem in [dose_rules.future_day_problem(dose.day, today)]
        if problem
    ]
    if problems:
        raise ImportFailed(file, problems)


def import_parsed(
    store: Store, parsed: Parsed, on_conflict: str = "ask", backup=None, file: str | Path = "JSON"
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
                bulk.clear_days(store, days, (table,))
            result.replaced_days = clash.days
            if clash.plan:
                bulk.delete_plans(store)
        elif clash:
            skip_days = set(clash.days)
            result.skipped_days = clash.days
            take_plans = not clash.plan
        elif parsed.plans and bulk.has_plans(store):
            take_plans = False  # the same plan is already stored
        _write(store, parsed, skip_days, take_plans, on_conflict == "replace", result)
    return result


def _write(
    store: Store,
    parsed: Parsed,
    skip: set[dt.date],
    take_plans: bool,
    settings_win: bool,
    result: ImportResult,
) -> None:
    existing = {
        (r["name"], r["kind"], r["unit"], r["form"], r["mme_factor"]): r["id"]
        for r in bulk.rows(store, "substance")
    }
    sub_id: dict[int, int] = {}
    for s in parsed.substances:
        key = (s["name"], s["kind"], s["unit"], s["form"], s["mme_factor"])
        if key not in existing:
            existing[key] = bulk.insert(store, "substance", s)
        sub_id[s["ref"]] = existing[key]
    if take_plans:
        for p in parsed.plans:
            plan_id = bulk.insert(
                store,
                "plan",
                {
                    "substance_id": sub_id[p["substance"]],
                    "name": p["name"],
                    "created_at": p["created_at"],
                },
            )
            for rev in p["revisions"]:
                rev_id = bulk.insert(
                    store,
                    "plan_revision",
                    {
                        **{
                            k: getattr(rev, k)
                            for k in bulk.COLUMNS["plan_revision"]
                            if k not in ("plan_id", "effective_date")
                        },
                        "plan_id": plan_id,
                        "effective_date": rev.effective_date.isoformat(),
                        "increase_agreed_on": rev.increase_agreed_on
                        and rev.increase_agreed_on.isoformat(),
                        "withdrawn_on": rev.withdrawn_on and rev.withdrawn_on.isoformat(),
                    },
                )
                for step in rev.custom_steps:
                    bulk.insert(
                        store,
                        "plan_custom_step",
                        {
                            "revision_id": rev_id,
                            "day": step.day.isoformat(),
                            "dose": step.dose,
                            "increase_agreed": int(step.increase_agreed),
                        },
                    )
            for hold, stamp in p["holds"]:
                bulk.insert(
                    store,
                    "hold",
                    {
                        "plan_id": plan_id,
                        "start_day": hold.start_day.isoformat(),
                        "end_day": hold.end_day and hold.end_day.isoformat(),
                        "reason": hold.reason,
                        "created_at": stamp,
                        "withdrawn_on": hold.withdrawn_on and hold.withdrawn_on.isoformat(),
                        "withdrawn_reason": hold.withdrawn_reason,
                    },
                )
            result.plans += 1
        result.kept_plan_problems = list(parsed.kept_plan_problems)
    days: set[dt.date] = set()
    for dose, stamp, ref in parsed.doses:
        if dose.day in skip:
            continue
        bulk.insert(
            store,
            "dose",
            {
                "day": dose.day.isoformat(),
                "time": dose.time,
                "amount": dose.amount,
                "substance_id": sub_id.get(ref),
                "unit": dose.unit,
                "note": dose.note,
                "created_at": stamp,
            },
        )
        result.doses += 1
        days.add(dose.day)
    for c in parsed.checkins:
        if c.day in skip:
            continue
        write_checkin(store, c, c.saved_at)
        result.checkins += 1
        days.add(c.day)
    for m in parsed.medications:
        if dt.date.fromisoformat(m["day"]) not in skip:
            bulk.insert(store, "other_medication", m)
            result.other += 1
    appt_id: dict[int, int] = {}
    for a in parsed.appointments:
        if dt.date.fromisoformat(a["day"]) not in skip:
            appt_id[a["ref"]] = bulk.insert(store, "appointment", a)
            result.other += 1
    for c in parsed.cows:
        if dt.date.fromisoformat(c["day"]) not in skip:
            bulk.insert(store, "cows_total", {**c, "appointment_id": appt_id.get(c["appointment"])})
            result.other += 1
    stored = bulk.stored_setting_keys(store)
    for key, value in parsed.settings.items():
        if settings_win or key not in stored:
            bulk.put_setting_json(store, key, json.dumps(value))
    result.days = len(days)
