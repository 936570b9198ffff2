"""What the check-in form holds, as one typed object, and the rule for an empty form.

The form is kept as a draft while it is typed (store/drafts, as JSON: `to_dict` and
`from_dict` keep the stored shape), opened from a saved check-in, and made into a
CheckIn, an other medication and a dose when saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from taper_desktop.domain.measures import BY_KEY, MEASURE_KEYS
from taper_desktop.domain.models import CheckIn, Dose, OtherMedication


@dataclass
class TypedMedication:
    """An other medication typed in the form but not added yet."""

    name: str = ""
    amount: float | None = None
    unit: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "amount": self.amount, "unit": self.unit}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> TypedMedication:
        data = data or {}
        return cls(str(data.get("name") or ""), data.get("amount") or None, data.get("unit") or "")

    def on(self, day: dt.date) -> OtherMedication | None:
        """The medication to store with the check-in, or None when no name is typed."""
        name = self.name.strip()
        if not name:
            return None
        return OtherMedication(day, name, self.amount, self.unit.strip())


@dataclass
class TypedDose:
    """A dose amount (and time) typed in the dose strip but not logged yet."""

    amount: float | None = None
    time: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"amount": self.amount, "time": self.time}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> TypedDose:
        data = data or {}
        return cls(data.get("amount") or None, str(data.get("time") or ""))


@dataclass
class CheckInForm:
    """Everything typed in the check-in form. Blank items are absent, never zero."""

    instrument: str = ""
    items: dict[str, int] = field(default_factory=dict)
    extras: dict[str, int] = field(default_factory=dict)
    measures: dict[str, float | int | None] = field(default_factory=dict)
    note: str = ""
    flag: bool = False
    medication: TypedMedication = field(default_factory=TypedMedication)
    dose: TypedDose = field(default_factory=TypedDose)

    def to_dict(self) -> dict[str, Any]:
        """The draft as stored (JSON)."""
        return {
            "instrument": self.instrument,
            "items": dict(self.items),
            "extras": dict(self.extras),
            "measures": dict(self.measures),
            "note": self.note,
            "flag": self.flag,
            "medication": self.medication.to_dict(),
            "dose": self.dose.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CheckInForm:
        """A stored draft; a key missing (an older draft) reads as blank."""
        return cls(
            instrument=str(data.get("instrument") or ""),
            items=dict(data.get("items") or {}),
            extras=dict(data.get("extras") or {}),
            measures=dict(data.get("measures") or {}),
            note=str(data.get("note") or ""),
            flag=bool(data.get("flag", False)),
            medication=TypedMedication.from_dict(data.get("medication")),
            dose=TypedDose.from_dict(data.get("dose")),
        )

    @classmethod
    def from_checkin(cls, checkin: CheckIn) -> CheckInForm:
        """A saved check-in, opened again in the form (nothing typed beside it)."""
        return cls(
            instrument=checkin.instrument,
            items=dict(checkin.items),
            extras=dict(checkin.extras),
            measures={k: getattr(checkin, k) for k in MEASURE_KEYS},
            note=checkin.note,
            flag=checkin.flag_for_provider,
        )

    def to_checkin(self, day: dt.date) -> CheckIn:
        """The check-in the form saves (the note without surrounding blank space)."""
        checkin = CheckIn(
            day=day,
            instrument=self.instrument,
            items=dict(self.items),
            extras=dict(self.extras),
            note=self.note.strip(),
            flag_for_provider=self.flag,
        )
        for key in MEASURE_KEYS:
            value = self.measures.get(key)
            if value is not None and BY_KEY[key].whole:
                value = int(value)
            setattr(checkin, key, value)
        return checkin


def nothing_to_save(
    checkin: CheckIn,
    medications: Iterable[OtherMedication] = (),
    taken: Iterable[Dose] = (),
) -> bool:
    """True when saving the form would store nothing: no item, extra symptom, measure,
    note, flag, medication or dose. Such a form is refused, not saved as an empty day."""
    measures = (getattr(checkin, k) for k in MEASURE_KEYS)
    return not (
        checkin.items
        or checkin.extras
        or checkin.note.strip()
        or checkin.flag_for_provider
        or any(True for _ in medications)
        or any(True for _ in taken)
        or any(m is not None for m in measures)
    )
