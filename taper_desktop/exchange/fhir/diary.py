"""The days in the Bundle: check-ins (QuestionnaireResponse and Observations), doses and
other medications (MedicationStatement), clinician COWS totals (Observation)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from taper_desktop.domain import scales
from taper_desktop.domain.formatting import format_dose
from taper_desktop.domain.models import CheckIn
from taper_desktop.exchange.fhir.common import (
    COWS_CODE,
    DAY_ITEM,
    FLAG_ITEM,
    LOINC,
    MEASURE_CODES,
    NOTE_ITEM,
    PAIN_LOINC,
    QUESTIONNAIRE_VERSION,
    TOTAL_CODES,
    Builder,
    Json,
    answer_system,
    coding,
    decimal,
    dose_and_rate,
    extra_code,
    medication,
    observation,
    questionnaire_url,
)
from taper_desktop.exchange.units import UCUM_SYSTEM
from taper_desktop.store import doses, records
from taper_desktop.store.db import Store


def _answer(inst: scales.Instrument, score: int) -> Json:
    return {
        "valueCoding": {
            "system": answer_system(inst),
            "code": str(score),
            "display": inst.anchors[score],
        }
    }


def add_checkin(b: Builder, c: CheckIn, patient: str) -> None:
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
        obs = observation(patient, c.day, coding(TOTAL_CODES[inst.key]), total)
        obs["derivedFrom"] = [{"reference": qr}]
        band = inst.band(total)
        if band is not None:
            obs["note"] = [
                {"text": f"Band {band.name} ({band.low}-{band.high}): conventional, not validated"}
            ]
        b.add(obs, "total", day, inst.key)
    measures = (("pain", coding(PAIN_LOINC, LOINC)),) + tuple(
        (name, coding(code)) for name, code in MEASURE_CODES.items()
    )
    for name, code in measures:
        value = getattr(c, name)
        if value is None:
            continue
        if name == "sleep_hours":
            obs = observation(patient, c.day, code, None)
            obs["valueQuantity"] = {
                "value": decimal(value),
                "unit": "h",
                "system": UCUM_SYSTEM,
                "code": "h",
            }
        else:
            obs = observation(patient, c.day, code, int(value))
        b.add(obs, "measure", day, name)
    for key, _label in scales.EXTRA_SYMPTOMS:
        if c.extras.get(key) is not None:
            b.add(
                observation(patient, c.day, coding(extra_code(key)), c.extras[key]),
                "extra",
                day,
                key,
            )


def add_taken(
    b: Builder, store: Store, first: dt.date, last: dt.date, patient: str, substance_name: str
) -> None:
    seen: Counter[tuple[str, ...]] = Counter()
    for d in doses.between(store, first, last):
        key: tuple[str, ...] = (d.day.isoformat(), d.time or "")
        seen[key] += 1
        dosage: dict[str, Any] = {
            "text": format_dose(d.amount, d.unit),
            "doseAndRate": [dose_and_rate(d.amount, d.unit)],
        }
        statement: dict[str, Any] = {
            "resourceType": "MedicationStatement",
            "status": "completed",
            "medicationCodeableConcept": medication(substance_name),
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
            "medicationCodeableConcept": medication(m.name),
            "subject": {"reference": patient},
            "effectiveDateTime": b.local_time(m.day, m.time),
            "informationSource": {"reference": patient},
        }
        if m.amount is not None:
            statement["dosage"] = [
                {
                    "text": format_dose(m.amount, m.unit),
                    "doseAndRate": [dose_and_rate(m.amount, m.unit)],
                }
            ]
        if m.note.strip():
            statement["note"] = [{"text": m.note}]
        b.add(statement, "other-medication", *key, seen[key])


def add_cows(b: Builder, store: Store, first: dt.date, last: dt.date, patient: str) -> None:
    seen: Counter[dt.date] = Counter()
    for c in records.cows_between(store, first, last):
        seen[c.day] += 1
        obs = observation(patient, c.day, coding(COWS_CODE), c.total)
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
