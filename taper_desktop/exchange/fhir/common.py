"""What every part of the FHIR export shares: the code systems, the builder that
numbers and collects the Bundle's entries, and the small FHIR datatypes."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from taper_desktop.domain import scales
from taper_desktop.domain.formatting import is_rate, normalise_unit
from taper_desktop.exchange import ids
from taper_desktop.exchange.units import UCUM_SYSTEM, ucum

Json = dict[str, Any]  # a FHIR resource or element, as JSON-ready data

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


def extra_code(key: str) -> tuple[str, str]:
    label = dict(scales.EXTRA_SYMPTOMS)[key]
    return f"extra-{key.replace('_', '-')}", f"{label}, 0-4 (not part of any scale total)"


def answer_system(inst: scales.Instrument) -> str:
    return f"{BASE}/CodeSystem/{_slug(inst.key)}-answer"


def _slug(key: str) -> str:
    return key.lower()


def questionnaire_url(inst: scales.Instrument) -> str:
    return f"{BASE}/Questionnaire/{_slug(inst.key)}"


@dataclass
class Builder:
    ns: uuid.UUID
    zone: dt.tzinfo
    sink: Callable[[Json], None]  # takes each Bundle entry as it is made
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, resource: Json, *key: object) -> str:
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


def quantity(amount: float, unit: str) -> Json:
    code = ucum(unit)
    out: dict[str, Any] = {"value": decimal(amount)}
    if code is not None:
        out.update(unit=normalise_unit(unit), system=UCUM_SYSTEM, code=code)
    elif unit.strip():
        out["unit"] = unit.strip()
    return out


def decimal(value: float) -> int | float:
    """A JSON number without float noise (0.30000000000000004 becomes 0.3)."""
    value = round(float(value), 6)
    return int(value) if value.is_integer() else value


def dose_and_rate(amount: float, unit: str) -> Json:
    """A patch dose is a rate (rateQuantity, ug/h); anything else a doseQuantity."""
    key = "rateQuantity" if is_rate(unit) else "doseQuantity"
    return {key: quantity(amount, unit)}


def survey() -> list[Json]:
    return [{"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey", "display": "Survey"}]}]


def coding(code: tuple[str, str], system: str = CODE_SYSTEM) -> Json:
    return {"coding": [{"system": system, "code": code[0], "display": code[1]}], "text": code[1]}


def observation(patient: str, day: dt.date, code: Json, value: int | None) -> Json:
    obs: dict[str, Any] = {
        "resourceType": "Observation",
        "status": "final",
        "category": survey(),
        "code": code,
        "subject": {"reference": patient},
        "effectiveDateTime": day.isoformat(),
        "performer": [{"reference": patient}],
    }
    if value is not None:
        obs["valueInteger"] = value
    return obs


def medication(name: str) -> Json:
    return {"text": name}
