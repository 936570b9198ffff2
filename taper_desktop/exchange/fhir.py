"""FHIR R4 (4.0.1) export: the diary as one Bundle of type "collection" (docs/fhir.md).

What goes in, and from where:
- Questionnaire per instrument used (SOWS, SOWS-Gossop), with the published item
  statements and answer codings carrying the ordinalValue extension (the score).
- QuestionnaireResponse per check-in: "completed", or "in-progress" for a partial
  one; only answered items; the day's flag for the provider and its note are items.
- Observation per scale total (category survey, valueInteger, derivedFrom the
  response), per companion measure, per extra symptom and per clinician COWS total.
- MedicationStatement per dose entry (and per other medication), UCUM units.
- MedicationRequest per plan revision, intent "plan": its steps and holds as
  dosageInstruction entries in sequence, each with its boundsPeriod.
- CodeSystem resources for the local codes (no LOINC exists for SOWS totals,
  clinical.md section 7) and the answer codes; one Patient holding only the name
  the person typed, if any.

Ids are stable (exchange/ids.py); every reference is a urn:uuid fullUrl in the Bundle.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from taper_desktop import APP_TITLE, __version__
from taper_desktop.domain import scales
from taper_desktop.domain.formatting import format_dose, is_rate, normalise_unit
from taper_desktop.domain.models import CheckIn, Hold, Plan, PlanRevision
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.exchange import ids
from taper_desktop.exchange.units import UCUM_SYSTEM, ucum
from taper_desktop.exchange.zone import local_zone
from taper_desktop.privatefile import write_private
from taper_desktop.store import checkins, doses, plans, records
from taper_desktop.store.db import Store

FHIR_VERSION = "4.0.1"
# No server publishes these definitions: the base uses the reserved .invalid name
# (RFC 2606) and every definition the Bundle's data refers to is inside the Bundle.
BASE = "https://taper-desktop.invalid/fhir"
QUESTIONNAIRE_VERSION = "1"
CODE_SYSTEM = f"{BASE}/CodeSystem/taper-desktop"
ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
LOINC = "http://loinc.org"
DAY_ITEM, FLAG_ITEM, NOTE_ITEM = "diary-day", "flag-for-provider", "note"

# Local codes: (code, display). Pain has a LOINC code (clinical.md section 4).
TOTAL_CODES = {
    scales.SOWS: ("sows-total", "SOWS total score (0-64)"),
    scales.GOSSOP: ("sows-gossop-total", "SOWS-Gossop total score (0-30)"),
}
COWS_CODE = ("cows-total", "COWS total score (0-48), clinician-rated")
PAIN_LOINC = ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
MEASURE_CODES = {
    "craving": ("craving", "Craving, 0-10 numeric rating"),
    "sleep_hours": ("sleep-hours", "Hours slept"),
    "sleep_quality": ("sleep-quality", "Sleep quality, 0-10 numeric rating"),
    "mood": ("mood", "Mood, 0-10 numeric rating"),
}


def _extra_code(key: str) -> tuple[str, str]:
    label = dict(scales.EXTRA_SYMPTOMS)[key]
    return f"extra-{key.replace('_', '-')}", f"{label}, 0-4 (not part of any scale total)"


def _answer_system(inst: scales.Instrument) -> str:
    return f"{BASE}/CodeSystem/{_slug(inst.key)}-answer"


def _slug(key: str) -> str:
    return key.lower()


def questionnaire_url(inst: scales.Instrument) -> str:
    return f"{BASE}/Questionnaire/{_slug(inst.key)}"


@dataclass
class _Builder:
    ns: Any
    zone: dt.tzinfo
    sink: Callable[[dict], None]  # takes each Bundle entry as it is made
    counts: Counter = field(default_factory=Counter)

    def add(self, resource: dict, *key: object) -> str:
        rid = ids.stable_id(self.ns, *key)
        resource = {"resourceType": resource.pop("resourceType"), "id": rid, **resource}
        self.sink({"fullUrl": f"urn:uuid:{rid}", "resource": resource})
        self.counts[resource["resourceType"]] += 1
        return f"urn:uuid:{rid}"

    def local_time(self, day: dt.date, hhmm: str | None) -> str:
        """A dateTime: the day alone, or with the time and the local offset on that day."""
        if not hhmm:
            return day.isoformat()
        hour, minute = (int(x) for x in hhmm.split(":"))
        moment = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=self.zone)
        return moment.isoformat(timespec="seconds")


def _quantity(amount: float, unit: str) -> dict:
    code = ucum(unit)
    out: dict[str, Any] = {"value": _decimal(amount)}
    if code is not None:
        out.update(unit=normalise_unit(unit), system=UCUM_SYSTEM, code=code)
    elif unit.strip():
        out["unit"] = unit.strip()
    return out


def _decimal(value: float) -> int | float:
    """A JSON number without float noise (0.30000000000000004 becomes 0.3)."""
    value = round(float(value), 6)
    return int(value) if value.is_integer() else value


def _dose_and_rate(amount: float, unit: str) -> dict:
    """A patch dose is a rate (rateQuantity, ug/h); anything else a doseQuantity."""
    key = "rateQuantity" if is_rate(unit) else "doseQuantity"
    return {key: _quantity(amount, unit)}


def _survey() -> list[dict]:
    return [{"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey", "display": "Survey"}]}]


# ---- definitions ------------------------------------------------------------------------


def _questionnaire(inst: scales.Instrument) -> dict:
    system = _answer_system(inst)
    options = [
        {
            "valueCoding": {
                "extension": [{"url": ORDINAL_VALUE, "valueDecimal": score}],
                "system": system,
                "code": str(score),
                "display": anchor,
            }
        }
        for score, anchor in enumerate(inst.anchors)
    ]
    items = [
        {
            "linkId": DAY_ITEM,
            "text": "Day this check-in describes",
            "type": "date",
            "required": True,
        }
    ]
    items += [
        {
            "linkId": key,
            "prefix": str(n),
            "text": inst.statement(key),
            "type": "choice",
            "required": False,
            "answerOption": options,
        }
        for n, key in enumerate(inst.item_keys, start=1)
    ]
    items.append(
        {
            "linkId": FLAG_ITEM,
            "text": "Flag this day for the provider",
            "type": "boolean",
            "required": False,
        }
    )
    items.append({"linkId": NOTE_ITEM, "text": "Note", "type": "text", "required": False})
    description = " ".join(
        filter(
            None,
            (
                f"{inst.title}. {inst.citation} Scores 0-{inst.max_item} per item, "
                f"total 0-{inst.max_total}.",
                inst.band_note,
                inst.kratom_note,
            ),
        )
    )
    return {
        "resourceType": "Questionnaire",
        "url": questionnaire_url(inst),
        "version": QUESTIONNAIRE_VERSION,
        "name": inst.key.replace("-", ""),
        "title": inst.title,
        "status": "active",
        "subjectType": ["Patient"],
        "publisher": f"{APP_TITLE} (definition of the published scale, not a new instrument)",
        "description": description,
        "item": items,
    }


def _answer_code_system(inst: scales.Instrument) -> dict:
    return {
        "resourceType": "CodeSystem",
        "url": _answer_system(inst),
        "version": QUESTIONNAIRE_VERSION,
        "name": f"{inst.key.replace('-', '')}Answers",
        "title": f"{inst.key} answer scores",
        "status": "active",
        "content": "complete",
        "description": f"Answer scores of {inst.title}: {inst.citation}",
        "concept": [
            {"code": str(score), "display": anchor} for score, anchor in enumerate(inst.anchors)
        ],
    }


def _local_code_system() -> dict:
    concepts = [TOTAL_CODES[scales.SOWS], TOTAL_CODES[scales.GOSSOP], COWS_CODE]
    concepts += list(MEASURE_CODES.values())
    concepts += [_extra_code(k) for k, _ in scales.EXTRA_SYMPTOMS]
    return {
        "resourceType": "CodeSystem",
        "url": CODE_SYSTEM,
        "version": QUESTIONNAIRE_VERSION,
        "name": "TaperDesktopCodes",
        "title": f"{APP_TITLE} local codes",
        "status": "active",
        "content": "complete",
        "description": "Codes for patient-reported measures that have no LOINC code: "
        "no LOINC code was found for SOWS or COWS totals.",
        "concept": [{"code": c, "display": d} for c, d in concepts],
    }


def _coding(code: tuple[str, str], system: str = CODE_SYSTEM) -> dict:
    return {"coding": [{"system": system, "code": code[0], "display": code[1]}], "text": code[1]}


# ---- check-ins ----------------------------------------------------------------------------


def _answer(inst: scales.Instrument, score: int) -> dict:
    return {
        "valueCoding": {
            "system": _answer_system(inst),
            "code": str(score),
            "display": inst.anchors[score],
        }
    }


def _checkin(b: _Builder, c: CheckIn, patient: str) -> None:
    inst = c.scale
    day = c.day.isoformat()
    items = [
        {"linkId": DAY_ITEM, "text": "Day this check-in describes", "answer": [{"valueDate": day}]}
    ]
    items += [
        {"linkId": key, "text": inst.statement(key), "answer": [_answer(inst, c.items[key])]}
        for key in inst.item_keys
        if c.items.get(key) is not None
    ]
    if c.flag_for_provider:
        items.append(
            {
                "linkId": FLAG_ITEM,
                "text": "Flag this day for the provider",
                "answer": [{"valueBoolean": True}],
            }
        )
    if c.note.strip():
        items.append({"linkId": NOTE_ITEM, "text": "Note", "answer": [{"valueString": c.note}]})
    response: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": f"{questionnaire_url(inst)}|{QUESTIONNAIRE_VERSION}",
        "status": "completed" if c.complete else "in-progress",
        "subject": {"reference": patient},
    }
    if c.saved_at:
        response["authored"] = c.saved_at
    response["source"] = {"reference": patient}
    response["item"] = items
    qr = b.add(response, "checkin", day)
    total = c.total
    if total is not None:
        obs = _observation(patient, c.day, _coding(TOTAL_CODES[inst.key]), total)
        obs["derivedFrom"] = [{"reference": qr}]
        band = inst.band(total)
        if band is not None:
            obs["note"] = [
                {"text": f"Band {band.name} ({band.low}-{band.high}): conventional, not validated"}
            ]
        b.add(obs, "total", day, inst.key)
    measures = (("pain", _coding(PAIN_LOINC, LOINC)),) + tuple(
        (name, _coding(code)) for name, code in MEASURE_CODES.items()
    )
    for name, code in measures:
        value = getattr(c, name)
        if value is None:
            continue
        if name == "sleep_hours":
            obs = _observation(patient, c.day, code, None)
            obs["valueQuantity"] = {
                "value": _decimal(value),
                "unit": "h",
                "system": UCUM_SYSTEM,
                "code": "h",
            }
        else:
            obs = _observation(patient, c.day, code, int(value))
        b.add(obs, "measure", day, name)
    for key, _label in scales.EXTRA_SYMPTOMS:
        if c.extras.get(key) is not None:
            b.add(
                _observation(patient, c.day, _coding(_extra_code(key)), c.extras[key]),
                "extra",
                day,
                key,
            )


def _observation(patient: str, day: dt.date, code: dict, value: int | None) -> dict:
    obs: dict[str, Any] = {
        "resourceType": "Observation",
        "status": "final",
        "category": _survey(),
        "code": code,
        "subject": {"reference": patient},
        "effectiveDateTime": day.isoformat(),
        "performer": [{"reference": patient}],
    }
    if value is not None:
        obs["valueInteger"] = value
    return obs


# ---- medications ------------------------------------------------------------------------


def _medication(name: str) -> dict:
    return {"text": name}


def _taken(
    b: _Builder, store: Store, first: dt.date, last: dt.date, patient: str, substance_name: str
) -> None:
    seen: Counter = Counter()
    for d in doses.between(store, first, last):
        key = (d.day.isoformat(), d.time or "")
        seen[key] += 1
        dosage: dict[str, Any] = {
            "text": format_dose(d.amount, d.unit),
            "doseAndRate": [_dose_and_rate(d.amount, d.unit)],
        }
        statement: dict[str, Any] = {
            "resourceType": "MedicationStatement",
            "status": "completed",
            "medicationCodeableConcept": _medication(substance_name),
            "subject": {"reference": patient},
            "effectiveDateTime": b.local_time(d.day, d.time),
            "informationSource": {"reference": patient},
            "dosage": [dosage],
        }
        if d.note.strip():
            statement["note"] = [{"text": d.note}]
        b.add(statement, "dose", *key, seen[key])
    seen.clear()
    for m in records.medications_between(store, first, last):
        key = (m.day.isoformat(), m.time or "", m.name)
        seen[key] += 1
        statement = {
            "resourceType": "MedicationStatement",
            "status": "completed",
            "category": {"text": "Other medication (not the tapered substance)"},
            "medicationCodeableConcept": _medication(m.name),
            "subject": {"reference": patient},
            "effectiveDateTime": b.local_time(m.day, m.time),
            "informationSource": {"reference": patient},
        }
        if m.amount is not None:
            statement["dosage"] = [
                {
                    "text": format_dose(m.amount, m.unit),
                    "doseAndRate": [_dose_and_rate(m.amount, m.unit)],
                }
            ]
        if m.note.strip():
            statement["note"] = [{"text": m.note}]
        b.add(statement, "other-medication", *key, seen[key])


def _cows(b: _Builder, store: Store, first: dt.date, last: dt.date, patient: str) -> None:
    seen: Counter = Counter()
    for c in records.cows_between(store, first, last):
        seen[c.day] += 1
        obs = _observation(patient, c.day, _coding(COWS_CODE), c.total)
        obs["performer"] = [{"display": c.clinician}] if c.clinician.strip() else []
        if not obs["performer"]:
            del obs["performer"]
        notes = [
            f"Clinician-rated (Wesson DR, Ling W. J Psychoactive Drugs 2003;35(2):253-9); "
            f"band: {scales.cows_band(c.total).name}"
        ]
        if c.note.strip():
            notes.append(c.note)
        obs["note"] = [{"text": n} for n in notes]
        b.add(obs, "cows", c.day.isoformat(), seen[c.day])


# ---- the plan ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """One dosageInstruction of a revision: a step, or a hold at the dose held."""

    kind: str  # "step" | "hold"
    start: dt.date
    end: dt.date | None  # last day, inclusive; None when open
    dose: float


def revision_periods(
    schedule: PlanSchedule, revision: PlanRevision, holds: list[Hold]
) -> list[Period]:
    """The steps and holds while revision is in force, in date order.

    A step that a hold interrupts is split around the hold, which appears as its own
    period at the dose held (planned() gives that dose on every day of both)."""
    index = schedule.revisions.index(revision)
    until = (
        schedule.revisions[index + 1].effective_date - dt.timedelta(days=1)
        if index + 1 < len(schedule.revisions)
        else None
    )
    changes = schedule.step_changes()
    # The dose in force on the effective date, then every change while the revision rules.
    starts = [(revision.effective_date, schedule.planned(revision.effective_date))]
    starts += [
        (d, dose)
        for d, dose in changes
        if revision.effective_date < d and (until is None or d <= until)
    ]
    out: list[Period] = []
    for i, (start, dose) in enumerate(starts):
        end = starts[i + 1][0] - dt.timedelta(days=1) if i + 1 < len(starts) else until
        if dose is None:
            continue
        cursor: dt.date | None = start
        for hold in holds:
            if cursor is None:
                break
            h_end = hold.end_day
            if (end is not None and hold.start_day > end) or (h_end is not None and h_end < cursor):
                continue
            h_start = max(hold.start_day, cursor)
            if h_start > cursor:
                out.append(Period("step", cursor, h_start - dt.timedelta(days=1), dose))
            stop = h_end if end is None or (h_end is not None and h_end < end) else end
            out.append(Period("hold", h_start, stop, dose))
            cursor = None if stop is None else stop + dt.timedelta(days=1)
            if end is not None and cursor is not None and cursor > end:
                cursor = None
        if cursor is not None:
            out.append(Period("step", cursor, end, dose))
    return out


def _plan(b: _Builder, plan: Plan, patient: str, today: dt.date) -> None:
    schedule = PlanSchedule(plan.revisions, plan.holds)
    unit = plan.substance.unit
    previous: str | None = None
    for n, rev in enumerate(schedule.revisions):
        dosage = []
        for seq, period in enumerate(revision_periods(schedule, rev, schedule.holds), start=1):
            bounds = {"start": period.start.isoformat()}
            if period.end is not None:
                bounds["end"] = period.end.isoformat()
            what = "On hold at" if period.kind == "hold" else "Step:"
            per = "" if is_rate(unit) else " per day"
            span = f"from {period.start.isoformat()}" + (
                f" to {period.end.isoformat()}" if period.end else ""
            )
            dosage.append(
                {
                    "sequence": seq,
                    "text": f"{what} {format_dose(period.dose, unit)}{per}, {span}",
                    "timing": {
                        "repeat": {
                            "boundsPeriod": bounds,
                            "frequency": 1,
                            "period": 1,
                            "periodUnit": "d",
                        }
                    },
                    "doseAndRate": [_dose_and_rate(period.dose, unit)],
                }
            )
        last = n == len(schedule.revisions) - 1
        end = schedule.projected_end()
        status = (
            "stopped"
            if not last
            else ("completed" if end is not None and end < today else "active")
        )
        notes = [
            f"Reason: {rev.reason}" if rev.reason.strip() else "Reason: not recorded",
            f"Agreed with: {rev.agreed_by}"
            if rev.agreed_by.strip()
            else "Agreed with: not recorded",
            f"Plan revision effective {rev.effective_date.isoformat()}; steps are "
            "computed from the rule agreed with the provider.",
        ]
        request: dict[str, Any] = {
            "resourceType": "MedicationRequest",
            "status": status,
            "intent": "plan",
            "medicationCodeableConcept": _medication(plan.substance.name),
            "subject": {"reference": patient},
        }
        if rev.created_at:
            request["authoredOn"] = rev.created_at
        if previous is not None:
            request["priorPrescription"] = {"reference": previous}
        request["note"] = [{"text": t} for t in notes]
        request["dosageInstruction"] = dosage
        previous = b.add(request, *_revision_key(plan, rev, n))
    for n, rev in enumerate(plan.withdrawn_revisions):
        # Withdrawn from the history (entered wrongly): kept, so a clinic that imported it
        # before learns it was an error; its steps are not repeated.
        notes = [
            f"Withdrawn on {rev.withdrawn_on.isoformat()}"
            + (f": {rev.withdrawn_reason}" if rev.withdrawn_reason.strip() else ""),
            f"Was to take effect {rev.effective_date.isoformat()}"
            + (f"; reason given: {rev.reason}" if rev.reason.strip() else ""),
        ]
        request = {
            "resourceType": "MedicationRequest",
            "status": "entered-in-error",
            "intent": "plan",
            "medicationCodeableConcept": _medication(plan.substance.name),
            "subject": {"reference": patient},
        }
        if rev.created_at:
            request["authoredOn"] = rev.created_at
        request["note"] = [{"text": t} for t in notes]
        b.add(request, *_revision_key(plan, rev, f"withdrawn-{n}"))


def _revision_key(plan: Plan, rev: PlanRevision, fallback: object) -> tuple:
    """A revision's natural key: what it says and when it was recorded (both kept by the
    JSON copy), so its id stays the same when it is later withdrawn, and a correction
    (which says something else) gets its own."""
    steps = ";".join(f"{s.day.isoformat()}={s.dose!r}" for s in rev.custom_steps)
    return (
        "plan-revision",
        plan.substance.name,
        rev.effective_date.isoformat(),
        rev.created_at or fallback,
        rev.rule,
        repr(rev.start_dose),
        repr(rev.step),
        rev.interval_days,
        repr(rev.resolution),
        repr(rev.target),
        steps,
        rev.reason,
        rev.agreed_by,
    )


# ---- the bundle -----------------------------------------------------------------------------


def _build(
    store: Store,
    first: dt.date | None,
    last: dt.date | None,
    patient_name: str,
    now: dt.datetime | None,
    zone: dt.tzinfo | None,
    sink: Callable[[dict], None],
) -> tuple[dict, Counter]:
    """Hand every entry to sink in order; the Bundle without its entries, and the counts."""
    zone = zone or local_zone()
    now = now or dt.datetime.now(dt.UTC)
    b = _Builder(ids.namespace(store), zone, sink)
    lo, hi = first or dt.date.min, last or dt.date.max
    name = patient_name.strip()
    person: dict[str, Any] = {"resourceType": "Patient"}
    if name:
        person["name"] = [{"text": name}]
    patient = b.add(person, "patient")

    found = checkins.between(store, lo, hi)
    used = [
        inst
        for inst in (scales.SOWS_INSTRUMENT, scales.GOSSOP_INSTRUMENT)
        if any(c.instrument == inst.key for c in found)
    ]
    for inst in used:
        b.add(_questionnaire(inst), "questionnaire", inst.key, QUESTIONNAIRE_VERSION)
        b.add(_answer_code_system(inst), "codesystem", inst.key, QUESTIONNAIRE_VERSION)
    b.add(_local_code_system(), "codesystem", "local", QUESTIONNAIRE_VERSION)
    for c in found:
        _checkin(b, c, patient)
    del found
    plan = plans.current_plan(store)
    _cows(b, store, lo, hi, patient)
    _taken(b, store, lo, hi, patient, plan.substance.name if plan else "Tapered substance")
    if plan is not None and plan.revisions:
        _plan(b, plan, patient, now.astimezone(zone).date())
    head = {
        "resourceType": "Bundle",
        "id": ids.stable_id(
            b.ns, "bundle", lo.isoformat() if first else "", hi.isoformat() if last else ""
        ),
        "meta": {
            "tag": [
                {
                    "system": CODE_SYSTEM,
                    "code": "patient-reported",
                    "display": f"Patient-reported diary, {APP_TITLE} {__version__}",
                }
            ]
        },
        "type": "collection",
        "timestamp": now.astimezone(dt.UTC).isoformat(timespec="seconds"),
    }
    return head, b.counts


def build_bundle(
    store: Store,
    first: dt.date | None = None,
    last: dt.date | None = None,
    patient_name: str = "",
    now: dt.datetime | None = None,
    zone: dt.tzinfo | None = None,
) -> tuple[dict, Counter]:
    """The Bundle for the days first..last (None: no limit) and how many of each resource.

    The plan (its revisions, steps and holds) is always included whole: it is the
    context of the days exported."""
    entries: list[dict] = []
    head, counts = _build(store, first, last, patient_name, now, zone, entries.append)
    return {**head, "entry": entries}, counts


def export_fhir(
    store: Store,
    path: str | os.PathLike,
    first: dt.date | None = None,
    last: dt.date | None = None,
    patient_name: str = "",
    now: dt.datetime | None = None,
    zone: dt.tzinfo | None = None,
) -> Counter:
    """Write the Bundle to path as UTF-8 JSON (atomically, 0600); resources per type.

    Each entry is encoded as soon as it is made, one entry per line, so ten years of
    diary take seconds and far less memory than the whole tree at once."""

    def encode(value) -> str:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))

    parts: list[bytes] = []
    head, counts = _build(
        store,
        first,
        last,
        patient_name,
        now,
        zone,
        lambda entry: parts.append(encode(entry).encode("utf-8")),
    )
    opening = encode(head)[:-1] + ',"entry":[\n'
    data = opening.encode("utf-8") + b",\n".join(parts) + b"\n]}\n"
    parts.clear()  # the joined bytes are all that is needed now
    write_private(Path(path), data)
    return counts


def describe(counts: Counter) -> str:
    """'42 QuestionnaireResponse, 42 Observation, ...' for messages."""
    order = ("QuestionnaireResponse", "Observation", "MedicationStatement", "MedicationRequest")
    parts = [f"{counts[k]} {k}" for k in order if counts.get(k)]
    return ", ".join(parts) or "no diary records"
