"""Substances a plan can taper, their units and morphine milligram equivalents.

MME factors: CDC 2022 opioid guideline, MMWR Recomm Rep 2022;71(3).
The factors estimate overdose risk; they are not for converting between drugs and
not for opioid use disorder dosing. Buprenorphine is excluded; kratom has no factor.
"""

from __future__ import annotations

from dataclasses import dataclass

from taper_desktop.domain.marks import QT_TRANSLATE_NOOP

TR_CONTEXT = "substances"  # the UI translates MME_CAVEAT under this context

MME_CAVEAT = QT_TRANSLATE_NOOP(
    "substances", "MME (CDC 2022 table) estimates risk only: it is not for converting "
    "between drugs and not for opioid use disorder dosing.")

KRATOM, OPIOID, BUPRENORPHINE, OTHER = "kratom", "opioid", "buprenorphine", "other"
KINDS = (KRATOM, OPIOID, BUPRENORPHINE, OTHER)


@dataclass(frozen=True)
class SubstanceType:
    """A catalogue entry: what the person picks when setting up a plan."""

    key: str
    name: str
    kind: str
    unit: str
    default_resolution: float
    mme_factor: float | None = None


CATALOGUE: tuple[SubstanceType, ...] = (
    SubstanceType("kratom_powder", "Kratom leaf powder", KRATOM, "g", 0.1),
    SubstanceType("kratom_capsules", "Kratom capsules", KRATOM, "capsules", 1),
    SubstanceType("kratom_extract", "Kratom extract", KRATOM, "mL", 0.5),
    SubstanceType("codeine", "Codeine", OPIOID, "mg", 15, 0.15),
    SubstanceType("fentanyl_patch", "Fentanyl transdermal patch", OPIOID, "mcg/hr", 12.5, 2.4),
    SubstanceType("hydrocodone", "Hydrocodone", OPIOID, "mg", 2.5, 1.0),
    SubstanceType("hydromorphone", "Hydromorphone", OPIOID, "mg", 1, 5.0),
    SubstanceType("methadone", "Methadone", OPIOID, "mg", 1, 4.7),
    SubstanceType("morphine", "Morphine", OPIOID, "mg", 7.5, 1.0),
    SubstanceType("oxycodone", "Oxycodone", OPIOID, "mg", 2.5, 1.5),
    SubstanceType("oxymorphone", "Oxymorphone", OPIOID, "mg", 2.5, 3.0),
    SubstanceType("tapentadol", "Tapentadol", OPIOID, "mg", 25, 0.4),
    SubstanceType("tramadol", "Tramadol", OPIOID, "mg", 25, 0.2),
    SubstanceType("buprenorphine", "Buprenorphine", BUPRENORPHINE, "mg", 0.5),
    SubstanceType("other", "Other", OTHER, "", 0.1),
)
CATALOGUE_BY_KEY = {s.key: s for s in CATALOGUE}


def mme_per_day(dose: float, mme_factor: float | None) -> float | None:
    """MME/day for a daily dose, or None where the substance has no factor."""
    if mme_factor is None:
        return None
    return dose * mme_factor
