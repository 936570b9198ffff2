"""Dose units as other systems spell them: UCUM codes for FHIR, and dose text.

UCUM (the Unified Code for Units of Measure) is what FHIR Quantity.code expects when
Quantity.system is http://unitsofmeasure.org. A unit with no UCUM spelling here is
exported with its text only (no system, no code), never guessed.
"""

from __future__ import annotations

UCUM_SYSTEM = "http://unitsofmeasure.org"

# The units the plan dialog offers or a person is likely to type, to their UCUM code.
_UCUM = {
    "g": "g",
    "mg": "mg",
    "mcg": "ug",
    "ug": "ug",
    "µg": "ug",
    "ml": "mL",
    "mL": "mL",
    "mcg/hr": "ug/h",
    "mcg/h": "ug/h",
    "ug/h": "ug/h",
    "µg/h": "ug/h",
    "capsule": "{capsule}",
    "capsules": "{capsule}",
    "tablet": "{tablet}",
    "tablets": "{tablet}",
}


def ucum(unit: str) -> str | None:
    """The UCUM code for a dose unit as stored, or None when there is none."""
    unit = unit.strip()
    return _UCUM.get(unit) or _UCUM.get(unit.lower())


def is_rate(unit: str) -> bool:
    """True for a dose that is a rate (a fentanyl patch: micrograms per hour)."""
    return ucum(unit) == "ug/h"


def dose_text(amount: float, unit: str) -> str:
    """A dose as people read it: "2.9 g", "50 mcg/h".

    TODO: switch to taper_desktop.domain.formatting.format_dose, the single dose
    formatter, once it is on main; this stands in for it until then.
    """
    text = f"{round(amount, 3):g}"
    if is_rate(unit):
        return f"{text} mcg/h"
    return f"{text} {unit}".strip()
