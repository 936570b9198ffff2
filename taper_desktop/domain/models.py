"""Dataclasses for what the store holds. Days are datetime.date; times 'HH:MM' text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from taper_desktop.domain.scales import Instrument
from taper_desktop.domain.scales import instrument as get_instrument


@dataclass
class Substance:
    name: str
    kind: str  # kratom | opioid | buprenorphine | other
    unit: str
    form: str = ""
    mme_factor: float | None = None
    id: int | None = None


@dataclass
class CustomStep:
    day: dt.date
    dose: float
    increase_agreed: bool = False


@dataclass
class PlanRevision:
    """One version of the plan, in force from effective_date until the next revision."""

    effective_date: dt.date
    rule: str  # percent | linear | custom
    start_dose: float
    step: float | None  # percent of the most recent dose, or amount per step
    interval_days: int | None
    resolution: float
    target: float = 0.0
    reason: str = ""
    agreed_by: str = ""
    custom_steps: list[CustomStep] = field(default_factory=list)
    # An increase in the planned dose is stored with the provider who agreed it and the
    # day that was confirmed; without a name, a past increase reads "agreement not recorded".
    increase_agreed_with: str = ""
    increase_agreed_on: dt.date | None = None
    id: int | None = None
    plan_id: int | None = None
    created_at: str = ""
    withdrawn_on: dt.date | None = None  # set when withdrawn from history (kept, not erased)
    withdrawn_reason: str = ""  # e.g. "entered in error"


@dataclass
class Plan:
    substance: Substance
    revisions: list[PlanRevision] = field(default_factory=list)
    holds: list[Hold] = field(default_factory=list)
    name: str = ""
    id: int | None = None
    # Withdrawn revisions and holds: no longer part of the schedule, kept for the history.
    withdrawn_revisions: list[PlanRevision] = field(default_factory=list)
    withdrawn_holds: list[Hold] = field(default_factory=list)


@dataclass
class Hold:
    """A pause of the steps from start_day; end_day is the last held day, None while open."""

    start_day: dt.date
    end_day: dt.date | None = None
    reason: str = ""
    id: int | None = None
    plan_id: int | None = None
    withdrawn_on: dt.date | None = None  # set when withdrawn (or cancelled): kept, not erased
    withdrawn_reason: str = ""

    def length(self) -> int | None:
        if self.end_day is None:
            return None
        return (self.end_day - self.start_day).days + 1

    def covers(self, day: dt.date) -> bool:
        return self.start_day <= day and (self.end_day is None or day <= self.end_day)


@dataclass
class Dose:
    day: dt.date
    amount: float
    unit: str
    time: str | None = None
    note: str = ""
    substance_id: int | None = None
    id: int | None = None


@dataclass
class CheckIn:
    """A day's self-report. Items not answered are absent (blank), never zero."""

    day: dt.date
    instrument: str
    items: dict[str, int] = field(default_factory=dict)
    extras: dict[str, int] = field(default_factory=dict)
    craving: int | None = None
    pain: int | None = None
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    mood: int | None = None
    note: str = ""
    flag_for_provider: bool = False
    saved_at: str = ""
    id: int | None = None

    @property
    def scale(self) -> Instrument:
        return get_instrument(self.instrument)

    @property
    def rated(self) -> bool:
        """True when at least one scale item is answered: a symptom check-in. A day saved
        with only a note (or a flag, or other measures) is a note, not a check-in, and is
        counted and shown that way everywhere."""
        return bool(self.items)

    @property
    def complete(self) -> bool:
        return self.scale.is_complete(self.items)

    @property
    def total(self) -> int | None:
        return self.scale.total(self.items)


@dataclass
class OtherMedication:
    day: dt.date
    name: str
    amount: float | None = None
    unit: str = ""
    time: str | None = None
    note: str = ""
    id: int | None = None


@dataclass
class Appointment:
    day: dt.date
    time: str | None = None
    clinician: str = ""
    note: str = ""
    id: int | None = None


@dataclass
class CowsTotal:
    """A COWS total given by a clinician at a visit (recorded, never computed here)."""

    day: dt.date
    total: int
    clinician: str = ""
    note: str = ""
    appointment_id: int | None = None
    id: int | None = None
