"""Dose units as other systems spell them: UCUM codes for FHIR.

UCUM (the Unified Code for Units of Measure) is what FHIR Quantity.code expects when
Quantity.system is http://unitsofmeasure.org. A unit with no UCUM spelling here is
exported with its text only (no system, no code), never guessed.
"""

from __future__ import annotations

from taper_desktop.domain.formatting import normalise_unit

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
    unit = normalise_unit(unit)
    return _UCUM.get(unit) or _UCUM.get(unit.lower())
