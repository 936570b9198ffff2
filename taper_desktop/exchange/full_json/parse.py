"""Reading a full JSON file: every value checked, every problem reported with its path.

`parse_json` returns typed records (records.py) or raises ImportFailed listing each
problem; nothing is written here (write.py does that, in one transaction).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, NoReturn

from taper_desktop.domain import scales
from taper_desktop.domain import settings as setting_fields
from taper_desktop.domain.formatting import normalise_unit
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.domain.models import (
    Appointment,
    CheckIn,
    CowsTotal,
    Dose,
    OtherMedication,
    Substance,
)
from taper_desktop.domain.substances import mme_factor_problem
from taper_desktop.exchange.full_json import checker as c
from taper_desktop.exchange.full_json.checker import Checker, JsonObject
from taper_desktop.exchange.full_json.parse_plans import parse_plans
from taper_desktop.exchange.full_json.records import (
    FORMAT,
    KINDS,
    SECTIONS,
    VERSION,
    AppointmentRecord,
    CowsRecord,
    DoseRecord,
    KeptProblem,
    MedicationRecord,
    Parsed,
    SubstanceRecord,
)
from taper_desktop.exchange.problems import (
    GREATER_THAN_0,
    OBJECT,
    SOWS_OR_GOSSOP,
    ImportFailed,
    Problem,
    Said,
    words,
)
from taper_desktop.store import checkins, doses

NOT_JSON = QT_TRANSLATE_NOOP("import", "this is not valid JSON: %1")


def parse_json(text: str, file: str | Path = "JSON") -> Parsed:
    """Check the whole file; return it, or raise ImportFailed listing every problem."""
    data = _load(text, file)
    ck = Checker()
    for key in data:
        if key not in SECTIONS:
            ck.bad(key, data[key], Said(QT_TRANSLATE_NOOP("import", "is not part of the format")))
    kept: list[KeptProblem] = []
    substances = _substances(ck, data)
    sub_refs = {s.ref for s in substances if s.ref is not None}
    plans = parse_plans(ck, data, sub_refs, kept)
    dose_list = _doses(ck, data, sub_refs)
    checkin_list = _checkins(ck, data)
    medications = _medications(ck, data)
    appointments = _appointments(ck, data)
    appt_refs = {a.ref for a in appointments if a.ref is not None}
    cows = _cows(ck, data, appt_refs)
    settings = _settings(ck, data)
    if ck.problems:
        raise ImportFailed(file, ck.problems)
    return Parsed(
        substances=tuple(substances),
        plans=tuple(plans),
        doses=tuple(dose_list),
        checkins=tuple(checkin_list),
        medications=tuple(medications),
        appointments=tuple(appointments),
        cows=tuple(cows),
        settings=settings,
        kept_plan_problems=tuple(kept),
    )


def _refuse(file: str | Path, problem: Problem) -> NoReturn:
    raise ImportFailed(file, [problem])


def _load(text: str, file: str | Path) -> JsonObject:
    """The top-level object, once it is JSON of this format and a version this app reads."""
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        _refuse(file, Problem(exc.lineno, str(exc.colno), None, Said(NOT_JSON, exc.msg)))
    except (ValueError, RecursionError) as exc:
        _refuse(file, Problem(None, None, None, Said(NOT_JSON, words(exc))))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        _refuse(
            file,
            Problem(
                None,
                None,
                None,
                Said(
                    QT_TRANSLATE_NOOP(
                        "import", 'this is not a Taper Desktop data file (no "format": "%1")'
                    ),
                    FORMAT,
                ),
            ),
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        _refuse(
            file,
            Problem(
                None,
                None,
                json.dumps(version),
                Said(QT_TRANSLATE_NOOP("import", "the format version is not a whole number")),
                at="version",
            ),
        )
    if version > VERSION:
        _refuse(
            file,
            Problem(
                None,
                None,
                str(version),
                Said(
                    QT_TRANSLATE_NOOP(
                        "import",
                        "the file was written by a newer Taper Desktop (format version %1; "
                        "this version reads %2). Please update the app",
                    ),
                    version,
                    VERSION,
                ),
                at="version",
            ),
        )
    return data


def _no_constant(name: str) -> NoReturn:
    raise Said(QT_TRANSLATE_NOOP("import", "%1 is not allowed in a data file"), name)


def _substances(ck: Checker, data: JsonObject) -> list[SubstanceRecord]:
    found = []
    seen: set[int] = set()
    for _i, at, rec in ck.objects(data, "substances", ""):
        ref = ck.ref(rec, at, seen)
        kind = ck.get(rec, "kind", at, c.text)
        if kind is not None and kind not in KINDS:
            ck.bad(
                f"{at}.kind",
                kind,
                Said(QT_TRANSLATE_NOOP("import", "must be one of %1"), ", ".join(KINDS)),
            )
        mme = ck.get(rec, "mme_factor", at, c.number, required=False)
        name = ck.get(rec, "name", at, c.nonblank)
        if mme is not None and mme <= 0:
            ck.bad(f"{at}.mme_factor", mme, Said(GREATER_THAN_0))
        elif kind in KINDS and (why := mme_factor_problem(name, kind, mme)):
            ck.bad(f"{at}.mme_factor", mme, why)
        unit = ck.get(rec, "unit", at, c.nonblank)
        substance = Substance(
            name=name,
            kind=kind,
            unit=unit and normalise_unit(unit),
            form=ck.get(rec, "form", at, c.text, required=False, default=""),
            mme_factor=mme,
        )
        created_at = ck.get(rec, "created_at", at, c.stamp)
        if ref is not None:  # else reported
            found.append(SubstanceRecord(ref, substance, created_at))
    return found


def _doses(ck: Checker, data: JsonObject, sub_refs: set[int]) -> list[DoseRecord]:
    found = []
    for _i, at, rec in ck.objects(data, "doses", ""):
        unit = ck.get(rec, "unit", at, c.nonblank)
        dose = Dose(
            day=ck.get(rec, "day", at, c.day),
            amount=ck.get(rec, "amount", at, c.number),
            unit=unit and normalise_unit(unit),
            time=ck.get(rec, "time", at, c.time, required=False),
            note=ck.get(rec, "note", at, c.text, required=False, default=""),
        )
        ref = ck.ref_to(rec, "substance", at, sub_refs, False)
        stamp = ck.get(rec, "created_at", at, c.stamp)
        if None in (dose.day, dose.amount, dose.unit):
            continue
        try:
            doses.validate(dose)
        except ValueError as exc:
            ck.bad(f"{at}.amount", dose.amount, words(exc))
            continue
        found.append(DoseRecord(dose, stamp, ref, at))
    return found


def _checkins(ck: Checker, data: JsonObject) -> list[CheckIn]:
    found = []
    seen: dict[dt.date, int] = {}
    for i, at, rec in ck.objects(data, "checkins", ""):
        day = ck.get(rec, "day", at, c.day)
        name = ck.get(rec, "instrument", at, c.text)
        if name is not None and name not in scales.INSTRUMENTS:
            ck.bad(f"{at}.instrument", name, Said(SOWS_OR_GOSSOP))
            name = None
        scores: dict[str, dict[str, Any]] = {}
        for key in ("items", "extras"):
            value = ck.get(rec, key, at, c.anything, required=False, default={})
            if not isinstance(value, dict):
                ck.bad(f"{at}.{key}", value, Said(OBJECT))
                value = {}
            scores[key] = value
        checkin = CheckIn(
            day=day,
            instrument=name,
            items=scores["items"],
            extras=scores["extras"],
            craving=ck.get(rec, "craving", at, c.whole, required=False),
            pain=ck.get(rec, "pain", at, c.whole, required=False),
            sleep_quality=ck.get(rec, "sleep_quality", at, c.whole, required=False),
            mood=ck.get(rec, "mood", at, c.whole, required=False),
            sleep_hours=ck.get(rec, "sleep_hours", at, c.number, required=False),
            note=ck.get(rec, "note", at, c.text, required=False, default=""),
            flag_for_provider=ck.get(
                rec, "flag_for_provider", at, c.flag, required=False, default=False
            ),
            saved_at=ck.get(rec, "saved_at", at, c.stamp),
        )
        if day is None or name is None:
            continue
        if day in seen:
            ck.bad(
                f"{at}.day",
                day.isoformat(),
                Said(QT_TRANSLATE_NOOP("import", "checkins[%1] has the same day"), seen[day]),
            )
            continue
        seen[day] = i
        try:
            checkins.validate(checkin)
        except (ValueError, TypeError) as exc:
            ck.bad(at, None, words(exc))
            continue
        found.append(checkin)
    return found


def _medications(ck: Checker, data: JsonObject) -> list[MedicationRecord]:
    found = []
    for _i, at, rec in ck.objects(data, "other_medications", ""):
        amount = ck.get(rec, "amount", at, c.number, required=False)
        if amount is not None and amount <= 0:
            ck.bad(f"{at}.amount", amount, Said(GREATER_THAN_0))
        day = ck.get(rec, "day", at, c.day)
        medication = OtherMedication(
            day=day,
            time=ck.get(rec, "time", at, c.time, False),
            name=ck.get(rec, "name", at, c.nonblank),
            amount=amount,
            unit=ck.get(rec, "unit", at, c.text, required=False, default=""),
            note=ck.get(rec, "note", at, c.text, required=False, default=""),
        )
        found.append(MedicationRecord(medication, ck.get(rec, "created_at", at, c.stamp)))
    return found


def _appointments(ck: Checker, data: JsonObject) -> list[AppointmentRecord]:
    found = []
    seen: set[int] = set()
    for _i, at, rec in ck.objects(data, "appointments", ""):
        day = ck.get(rec, "day", at, c.day)
        ref = ck.ref(rec, at, seen)
        appointment = Appointment(
            day=day,
            time=ck.get(rec, "time", at, c.time, False),
            clinician=ck.get(rec, "clinician", at, c.text, required=False, default=""),
            note=ck.get(rec, "note", at, c.text, required=False, default=""),
        )
        created_at = ck.get(rec, "created_at", at, c.stamp)
        if ref is not None:  # else reported
            found.append(AppointmentRecord(ref, appointment, created_at))
    return found


def _cows(ck: Checker, data: JsonObject, appt_refs: set[int]) -> list[CowsRecord]:
    found = []
    for _i, at, rec in ck.objects(data, "cows_totals", ""):
        total = ck.get(rec, "total", at, c.whole)
        if total is not None and not 0 <= total <= scales.COWS_MAX:
            ck.bad(
                f"{at}.total",
                total,
                Said(QT_TRANSLATE_NOOP("import", "must be 0-%1"), scales.COWS_MAX),
            )
        day = ck.get(rec, "day", at, c.day)
        appointment = ck.ref_to(rec, "appointment", at, appt_refs, False)
        cows = CowsTotal(
            day=day,
            total=total,
            clinician=ck.get(rec, "clinician", at, c.text, required=False, default=""),
            note=ck.get(rec, "note", at, c.text, required=False, default=""),
        )
        found.append(CowsRecord(cows, appointment, ck.get(rec, "created_at", at, c.stamp)))
    return found


def _settings(ck: Checker, data: JsonObject) -> dict[str, Any]:
    found: dict[str, Any] = {}
    raw = data.get("settings", {})
    if not isinstance(raw, dict):
        ck.bad("settings", raw, Said(OBJECT))
        return found
    for key, value in raw.items():
        try:
            found[key] = setting_fields.validate(key, value)
        except ValueError as exc:
            ck.bad(f"settings.{key}", value, words(exc))
    return found
