"""Substances a plan can taper, their units and morphine milligram equivalents.

MME factors: CDC 2022 opioid guideline, MMWR Recomm Rep 2022;71(3).
The factors estimate overdose risk; they are not for converting between drugs and
not for opioid use disorder dosing. Buprenorphine is excluded; kratom has no factor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from taper_desktop.domain.errors import Term, ValidationError
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP

TR_CONTEXT = "substances"  # the UI translates MME_CAVEAT under this context

MME_CAVEAT = QT_TRANSLATE_NOOP(
    "substances",
    "MME (CDC 2022 table) estimates risk only: it is not for converting "
    "between drugs and not for opioid use disorder dosing.",
)

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
    SubstanceType(
        "kratom_powder", QT_TRANSLATE_NOOP("substances", "Kratom leaf powder"), KRATOM, "g", 0.1
    ),
    SubstanceType(
        "kratom_capsules", QT_TRANSLATE_NOOP("substances", "Kratom capsules"), KRATOM, "capsules", 1
    ),
    SubstanceType(
        "kratom_extract", QT_TRANSLATE_NOOP("substances", "Kratom extract"), KRATOM, "mL", 0.5
    ),
    SubstanceType("codeine", QT_TRANSLATE_NOOP("substances", "Codeine"), OPIOID, "mg", 15, 0.15),
    # A rate, not a daily amount: "50 mcg/h"; its MME/day is mcg/h x 2.4.
    SubstanceType(
        "fentanyl_patch",
        QT_TRANSLATE_NOOP("substances", "Fentanyl transdermal patch"),
        OPIOID,
        "mcg/h",
        12.5,
        2.4,
    ),
    SubstanceType(
        "hydrocodone", QT_TRANSLATE_NOOP("substances", "Hydrocodone"), OPIOID, "mg", 2.5, 1.0
    ),
    SubstanceType(
        "hydromorphone", QT_TRANSLATE_NOOP("substances", "Hydromorphone"), OPIOID, "mg", 1, 5.0
    ),
    SubstanceType("methadone", QT_TRANSLATE_NOOP("substances", "Methadone"), OPIOID, "mg", 1, 4.7),
    SubstanceType("morphine", QT_TRANSLATE_NOOP("substances", "Morphine"), OPIOID, "mg", 7.5, 1.0),
    SubstanceType(
        "oxycodone", QT_TRANSLATE_NOOP("substances", "Oxycodone"), OPIOID, "mg", 2.5, 1.5
    ),
    SubstanceType(
        "oxymorphone", QT_TRANSLATE_NOOP("substances", "Oxymorphone"), OPIOID, "mg", 2.5, 3.0
    ),
    SubstanceType(
        "tapentadol", QT_TRANSLATE_NOOP("substances", "Tapentadol"), OPIOID, "mg", 25, 0.4
    ),
    SubstanceType("tramadol", QT_TRANSLATE_NOOP("substances", "Tramadol"), OPIOID, "mg", 25, 0.2),
    SubstanceType(
        "buprenorphine", QT_TRANSLATE_NOOP("substances", "Buprenorphine"), BUPRENORPHINE, "mg", 0.5
    ),
    SubstanceType("other", QT_TRANSLATE_NOOP("substances", "Other"), OTHER, "", 0.1),
)
CATALOGUE_BY_KEY = {s.key: s for s in CATALOGUE}
# Plans store a catalogue entry's English name (files keep it: CSV, JSON, FHIR); it is
# shown in the person's language. A name typed for "Other" is shown as typed.
CATALOGUE_NAMES = frozenset(s.name for s in CATALOGUE)


def shown_name(name: str, translate: Callable[[str], str]) -> str:
    """A plan's substance name for the person: a catalogue name through translate (the
    context "substances"), any other name as it was typed."""
    return translate(name) if name in CATALOGUE_NAMES else name


CDC_2022_FACTORS = frozenset(s.mme_factor for s in CATALOGUE if s.mme_factor is not None)


def mme_factor_problem(name: str, kind: str, factor: float | None) -> ValidationError | None:
    """Why a stored MME factor cannot be right, or None. Factors come only from the
    catalogue (CDC 2022 table): none for kratom, buprenorphine or other substances; for
    an opioid one of the table's values, and the catalogue's own value when the name is
    one of its entries."""
    if factor is None:
        return None
    if kind != OPIOID:
        return ValidationError(
            QT_TRANSLATE_NOOP("validation", "a %1 substance has no MME factor (CDC 2022 table)"),
            kind,
        )
    if not any(abs(factor - f) < 1e-9 for f in CDC_2022_FACTORS):
        return ValidationError(
            QT_TRANSLATE_NOOP("validation", "%1 is not an MME factor of the CDC 2022 table"),
            f"{factor:g}",
        )
    entry = next(
        (e for e in CATALOGUE if e.name.casefold() == (name or "").strip().casefold()), None
    )
    if entry is not None and entry.mme_factor is not None and abs(entry.mme_factor - factor) > 1e-9:
        return ValidationError(
            QT_TRANSLATE_NOOP("validation", "the CDC 2022 factor for %1 is %2, not %3"),
            Term("substances", entry.name),
            f"{entry.mme_factor:g}",
            f"{factor:g}",
        )
    return None


def mme_per_day(dose: float, mme_factor: float | None) -> float | None:
    """MME/day for a daily dose (for the fentanyl patch, its rate in mcg/h), or None where
    the substance has no factor."""
    if mme_factor is None:
        return None
    return dose * mme_factor
