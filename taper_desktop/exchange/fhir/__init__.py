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

from taper_desktop.exchange.fhir.bundle import build_bundle, describe, export_fhir
from taper_desktop.exchange.fhir.common import (
    BASE,
    CODE_SYSTEM,
    FHIR_VERSION,
    ORDINAL_VALUE,
    questionnaire_url,
)
from taper_desktop.exchange.fhir.plan import Period, revision_periods

__all__ = [
    "BASE",
    "CODE_SYSTEM",
    "FHIR_VERSION",
    "ORDINAL_VALUE",
    "Period",
    "build_bundle",
    "describe",
    "export_fhir",
    "questionnaire_url",
    "revision_periods",
]
