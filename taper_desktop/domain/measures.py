"""The companion measures and the rolling window: declared here once for every layer.

The check-in, the store, the import/export, the charts and the report all take the
list of measures and the 7-day window from this module (clinical.md section 4).
"""

from __future__ import annotations

from dataclasses import dataclass

from taper_desktop.domain.marks import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Measure:
    """One companion measure: its CheckIn field, names, range and resolution."""

    key: str
    label: str  # as in the check-in form and the report: "Sleep hours" (translated)
    scale: str  # the range as printed beside the label: "0-10", "0-24"
    low: float
    high: float
    step: float
    charted: bool = True  # drawn on the charts' measures panel

    @property
    def whole(self) -> bool:
        """Whole numbers only (a step of 1)."""
        return self.step == 1


MEASURES: tuple[Measure, ...] = (
    Measure("craving", QT_TRANSLATE_NOOP("scales", "Craving"), "0-10", 0, 10, 1),
    Measure("pain", QT_TRANSLATE_NOOP("scales", "Pain"), "0-10", 0, 10, 1),
    Measure(
        "sleep_hours",
        QT_TRANSLATE_NOOP("scales", "Sleep hours"),
        "0-24",
        0,
        24,
        0.5,
        charted=False,
    ),
    Measure(
        "sleep_quality",
        QT_TRANSLATE_NOOP("scales", "Sleep quality"),
        "0-10",
        0,
        10,
        1,
    ),
    Measure("mood", QT_TRANSLATE_NOOP("scales", "Mood"), "0-10", 0, 10, 1),
)
MEASURE_KEYS: tuple[str, ...] = tuple(m.key for m in MEASURES)
CHARTED_KEYS: tuple[str, ...] = tuple(m.key for m in MEASURES if m.charted)
BY_KEY: dict[str, Measure] = {m.key: m for m in MEASURES}

# The rolling mean drawn on the charts and printed in the report: the trailing
# WINDOW_DAYS days including the day itself, shown only when at least
# WINDOW_MIN_DAYS of them have a value (a mean of one or two days says little).
WINDOW_DAYS = 7
WINDOW_MIN_DAYS = 4


def measure(key: str) -> Measure:
    """The measure called key; KeyError for an unknown name."""
    return BY_KEY[key]
