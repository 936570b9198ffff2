"""The format's name and version, and the typed records a checked file is parsed into.

Each record holds the domain object it stores plus what only the file carries: its
`ref` (position number that other records use to point at it), its timestamps and,
for doses, where in the file it was (for messages). A `Parsed` is only handed out
when the whole file checked out, so every record in it is complete.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from taper_desktop.domain import plan_rules
from taper_desktop.domain.models import (
    Appointment,
    CheckIn,
    CowsTotal,
    Dose,
    Hold,
    OtherMedication,
    PlanRevision,
    Substance,
)

FORMAT = "taper-desktop-data"
VERSION = 1
KINDS = ("kratom", "opioid", "buprenorphine", "other")

# The top-level keys of the format, in the order they are written.
SECTIONS = (
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
)


@dataclass(frozen=True)
class SubstanceRecord:
    ref: int
    substance: Substance
    created_at: str


@dataclass(frozen=True)
class HoldRecord:
    hold: Hold
    created_at: str


@dataclass(frozen=True)
class PlanRecord:
    substance_ref: int
    name: str
    created_at: str
    revisions: tuple[PlanRevision, ...]  # each with its custom steps and created_at
    holds: tuple[HoldRecord, ...]


@dataclass(frozen=True)
class DoseRecord:
    dose: Dose  # substance_id unset: the store's id is known only when writing
    created_at: str
    substance_ref: int | None
    at: str  # where in the file, e.g. "doses[3]"


@dataclass(frozen=True)
class MedicationRecord:
    medication: OtherMedication
    created_at: str


@dataclass(frozen=True)
class AppointmentRecord:
    ref: int
    appointment: Appointment
    created_at: str


@dataclass(frozen=True)
class CowsRecord:
    cows: CowsTotal  # appointment_id unset, as for doses
    appointment_ref: int | None
    created_at: str


# A plan kept although it breaks a plan rule of today: (path in the file, the problem).
KeptProblem = tuple[str, plan_rules.Problem]


@dataclass(frozen=True)
class Parsed:
    """A checked JSON file, ready to write."""

    substances: tuple[SubstanceRecord, ...] = ()
    plans: tuple[PlanRecord, ...] = ()
    doses: tuple[DoseRecord, ...] = ()
    checkins: tuple[CheckIn, ...] = ()  # saved_at as in the file
    medications: tuple[MedicationRecord, ...] = ()
    appointments: tuple[AppointmentRecord, ...] = ()
    cows: tuple[CowsRecord, ...] = ()
    settings: Mapping[str, Any] = field(default_factory=dict)
    kept_plan_problems: tuple[KeptProblem, ...] = ()
