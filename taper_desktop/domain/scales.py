"""Self-report withdrawal scales: item lists, anchors, scoring and conventional bands.

Sources (see ../shared/clinical.md sections 1-2):
- SOWS: Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD.
  Am J Drug Alcohol Abuse 1987;13(3):293-308.
- SOWS-Gossop: Gossop M. Addict Behav 1990;15(5):487-90.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from taper_desktop.domain import measures

SOWS = "SOWS"
GOSSOP = "SOWS-Gossop"


@dataclass(frozen=True)
class Band:
    """A conventional (not validated) severity band, inclusive bounds."""

    name: str
    low: int
    high: int


@dataclass(frozen=True)
class Instrument:
    key: str
    title: str
    items: tuple[tuple[str, str], ...]  # (item key, label) in the scale's order
    anchors: tuple[str, ...]  # label of each score 0..max
    citation: str
    bands: tuple[Band, ...]
    band_note: str
    column_prefix: str  # prefix of this scale's columns in the day-table CSV

    @property
    def max_item(self) -> int:
        return len(self.anchors) - 1

    @property
    def max_total(self) -> int:
        return self.max_item * len(self.items)

    @property
    def item_keys(self) -> tuple[str, ...]:
        return tuple(k for k, _ in self.items)

    def label(self, item: str) -> str:
        return dict(self.items)[item]

    def validate(self, scores: Mapping[str, int]) -> None:
        """Raise ValueError naming the first unknown item or out-of-range score."""
        keys = set(self.item_keys)
        for item, score in scores.items():
            if item not in keys:
                raise ValueError(f"{self.key} has no item {item!r}")
            if isinstance(score, bool) or not isinstance(score, int):
                raise ValueError(f"{self.key} item {item!r}: score {score!r} is not a whole number")
            if not 0 <= score <= self.max_item:
                raise ValueError(
                    f"{self.key} item {item!r}: score {score} is outside 0-{self.max_item}"
                )

    def answered(self, scores: Mapping[str, int | None]) -> int:
        return sum(1 for k in self.item_keys if scores.get(k) is not None)

    def is_complete(self, scores: Mapping[str, int | None]) -> bool:
        return self.answered(scores) == len(self.items)

    def total(self, scores: Mapping[str, int | None]) -> int | None:
        """The scale total, or None while any item is unanswered (blank is not zero)."""
        if not self.is_complete(scores):
            return None
        self.validate({k: scores[k] for k in self.item_keys})
        return sum(int(scores[k]) for k in self.item_keys)

    def partial_sum(self, scores: Mapping[str, int | None]) -> int:
        """Sum of the answered items only; never presented as the total."""
        return sum(int(scores[k]) for k in self.item_keys if scores.get(k) is not None)

    def band(self, total: int | None) -> Band | None:
        if total is None:
            return None
        for band in self.bands:
            if band.low <= total <= band.high:
                return band
        return None


SOWS_INSTRUMENT = Instrument(
    key=SOWS,
    title="Subjective Opiate Withdrawal Scale (SOWS)",
    items=(
        ("anxious", "Anxious"),
        ("yawning", "Yawning"),
        ("perspiring", "Perspiring"),
        ("eyes_tearing", "Eyes tearing"),
        ("nose_running", "Nose running"),
        ("gooseflesh", "Gooseflesh"),
        ("shaking", "Shaking"),
        ("hot_flashes", "Hot flashes"),
        ("cold_flashes", "Cold flashes"),
        ("bones_muscles_ache", "Bones and muscles ache"),
        ("restless", "Restless"),
        ("nauseous", "Nauseous"),
        ("feel_like_vomiting", "Feel like vomiting"),
        ("muscles_twitch", "Muscles twitch"),
        ("stomach_cramps", "Stomach cramps"),
        ("feel_like_using", "Feel like using now"),
    ),
    anchors=("not at all", "a little", "moderately", "quite a bit", "extremely"),
    citation=(
        "Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD. "
        "Am J Drug Alcohol Abuse 1987;13(3):293-308."
    ),
    bands=(
        Band("none", 0, 0),
        Band("mild", 1, 10),
        Band("moderate", 11, 20),
        Band("severe", 21, 64),
    ),
    band_note=(
        "Bands are conventional (as coded in NIDA CTN data), not validated. "
        "SOWS is an opioid scale and has not been validated for kratom."
    ),
    column_prefix="sows",
)

GOSSOP_INSTRUMENT = Instrument(
    key=GOSSOP,
    title="Short Opiate Withdrawal Scale (SOWS-Gossop)",
    items=(
        ("feeling_sick", "Feeling sick"),
        ("stomach_cramps", "Stomach cramps"),
        ("muscle_spasms", "Muscle spasms or twitching"),
        ("feeling_cold", "Feeling cold"),
        ("heart_pounding", "Heart pounding"),
        ("muscular_tension", "Muscular tension"),
        ("aches_and_pains", "Aches and pains"),
        ("yawning", "Yawning"),
        ("runny_eyes", "Runny eyes"),
        ("trouble_sleeping", "Trouble sleeping"),
    ),
    anchors=("none", "mild", "moderate", "severe"),
    citation="Gossop M. Addict Behav 1990;15(5):487-90.",
    bands=(),
    band_note="SOWS-Gossop has no severity bands; a change of 2-4 points is described "
    "as clinically meaningful.",
    column_prefix="gossop",
)

INSTRUMENTS: dict[str, Instrument] = {SOWS: SOWS_INSTRUMENT, GOSSOP: GOSSOP_INSTRUMENT}


def instrument(key: str) -> Instrument:
    try:
        return INSTRUMENTS[key]
    except KeyError:
        raise ValueError(f"unknown instrument {key!r}; expected SOWS or SOWS-Gossop") from None


# Kratom-specific symptoms reported in studies but absent from SOWS
# (Singh et al. 2014; Smith et al. 2022). Optional, scored 0-4, never in a scale total.
EXTRA_SYMPTOMS: tuple[tuple[str, str], ...] = (
    ("diarrhoea", "Diarrhoea"),
    ("trouble_sleeping", "Trouble sleeping"),
    ("decreased_appetite", "Decreased appetite"),
    ("irritability", "Irritability"),
    ("low_energy", "Low energy"),
)
EXTRA_SYMPTOM_MAX = 4
EXTRA_SYMPTOM_ANCHORS = SOWS_INSTRUMENT.anchors

# COWS is clinician-administered: the app records a total given at a visit, never computes one.
# Wesson DR, Ling W. J Psychoactive Drugs 2003;35(2):253-9.
COWS_MAX = 48
COWS_CITATION = (
    "Wesson DR, Ling W. J Psychoactive Drugs 2003;35(2):253-9."
)
COWS_BANDS = (
    Band("below the mild band", 0, 4),
    Band("mild", 5, 12),
    Band("moderate", 13, 24),
    Band("moderately severe", 25, 36),
    Band("severe", 37, 48),
)


def cows_band(total: int) -> Band:
    for band in COWS_BANDS:
        if band.low <= total <= band.high:
            return band
    raise ValueError(f"COWS total {total} is outside 0-{COWS_MAX}")


# Companion measures (clinical.md section 4), declared in domain/measures.py:
# name -> (label, low, high, step).
COMPANION_MEASURES: dict[str, tuple[str, float, float, float]] = {
    m.key: (m.label, m.low, m.high, m.step) for m in measures.MEASURES
}


def validate_measure(name: str, value: float | None) -> None:
    """Raise ValueError unless value is None or within the measure's range and step."""
    if value is None:
        return
    m = measures.measure(name)
    label, low, high, step = m.label, m.low, m.high, m.step
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{label}: {value!r} is not a number")
    if not low <= value <= high:
        raise ValueError(f"{label}: {value:g} is outside {low:g}-{high:g}")
    if abs(value / step - round(value / step)) > 1e-9:
        raise ValueError(f"{label}: {value:g} is not a multiple of {step:g}")
