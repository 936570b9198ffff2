"""Self-report withdrawal scales: item lists, anchors, scoring and conventional bands.

Sources (see ../shared/clinical.md sections 1-2):
- SOWS: Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD.
  Am J Drug Alcohol Abuse 1987;13(3):293-308.
- SOWS-Gossop: Gossop M. Addict Behav 1990;15(5):487-90.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from taper_desktop.domain import measures
from taper_desktop.domain.errors import Term, ValidationError
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP

# Every text below a person reads is marked for pyside6-lupdate under this context; the
# UI translates it where it is shown (ui.translations.scale_text).
TR_CONTEXT = "scales"

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
    items: tuple[tuple[str, str], ...]  # (item key, short label) in the scale's order
    anchors: tuple[str, ...]  # label of each score 0..max
    citation: str
    bands: tuple[Band, ...]
    band_note: str
    column_prefix: str  # prefix of this scale's columns in the day-table CSV
    # The item as the scale's form words it (SOWS: the published first-person statements);
    # the short label stays as a visual aid in charts and tables.
    statements: tuple[str, ...] = ()
    kratom_note: str = ""  # shown only with a kratom plan: validation does not extend to it

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

    def statement(self, item: str) -> str:
        """The item as worded on the scale's form (the short label where it has none)."""
        if self.statements:
            return self.statements[self.item_keys.index(item)]
        return self.label(item)

    def validate(self, scores: Mapping[str, int]) -> None:
        """Raise ValidationError naming the first unknown item or out-of-range score."""
        keys = set(self.item_keys)
        for item, score in scores.items():
            if item not in keys:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("validation", "%1 has no item '%2'"), self.key, item
                )
            if isinstance(score, bool) or not isinstance(score, int):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("validation", "%1 item '%2': score %3 is not a whole number"),
                    self.key,
                    item,
                    repr(score),
                )
            if not 0 <= score <= self.max_item:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("validation", "%1 item '%2': score %3 is outside 0-%4"),
                    self.key,
                    item,
                    score,
                    self.max_item,
                )

    def answered(self, scores: Mapping[str, int | None]) -> int:
        return sum(1 for k in self.item_keys if scores.get(k) is not None)

    def is_complete(self, scores: Mapping[str, int | None]) -> bool:
        return self.answered(scores) == len(self.items)

    def total(self, scores: Mapping[str, int | None]) -> int | None:
        """The scale total, or None while any item is unanswered (blank is not zero)."""
        if not self.is_complete(scores):
            return None
        answers = {k: score for k in self.item_keys if (score := scores.get(k)) is not None}
        self.validate(answers)
        return sum(answers.values())

    def band(self, total: int | None) -> Band | None:
        if total is None:
            return None
        for band in self.bands:
            if band.low <= total <= band.high:
                return band
        return None


SOWS_INSTRUMENT = Instrument(
    key=SOWS,
    title=QT_TRANSLATE_NOOP("scales", "Subjective Opiate Withdrawal Scale (SOWS)"),
    items=(
        ("anxious", QT_TRANSLATE_NOOP("scales", "Anxious")),
        ("yawning", QT_TRANSLATE_NOOP("scales", "Yawning")),
        ("perspiring", QT_TRANSLATE_NOOP("scales", "Perspiring")),
        ("eyes_tearing", QT_TRANSLATE_NOOP("scales", "Eyes tearing")),
        ("nose_running", QT_TRANSLATE_NOOP("scales", "Nose running")),
        ("gooseflesh", QT_TRANSLATE_NOOP("scales", "Gooseflesh")),
        ("shaking", QT_TRANSLATE_NOOP("scales", "Shaking")),
        ("hot_flashes", QT_TRANSLATE_NOOP("scales", "Hot flashes")),
        ("cold_flashes", QT_TRANSLATE_NOOP("scales", "Cold flashes")),
        ("bones_muscles_ache", QT_TRANSLATE_NOOP("scales", "Bones and muscles ache")),
        ("restless", QT_TRANSLATE_NOOP("scales", "Restless")),
        ("nauseous", QT_TRANSLATE_NOOP("scales", "Nauseous")),
        ("feel_like_vomiting", QT_TRANSLATE_NOOP("scales", "Feel like vomiting")),
        ("muscles_twitch", QT_TRANSLATE_NOOP("scales", "Muscles twitch")),
        ("stomach_cramps", QT_TRANSLATE_NOOP("scales", "Stomach cramps")),
        ("feel_like_using", QT_TRANSLATE_NOOP("scales", "Feel like using now")),
    ),
    # Handelsman et al. 1987, the published item statements ("using" for "shooting up",
    # as some clinical reprints word item 16: it fits kratom and oral opioids).
    statements=(
        QT_TRANSLATE_NOOP("scales", "I feel anxious"),
        QT_TRANSLATE_NOOP("scales", "I feel like yawning"),
        QT_TRANSLATE_NOOP("scales", "I am perspiring"),
        QT_TRANSLATE_NOOP("scales", "My eyes are tearing"),
        QT_TRANSLATE_NOOP("scales", "My nose is running"),
        QT_TRANSLATE_NOOP("scales", "I have goose flesh"),
        QT_TRANSLATE_NOOP("scales", "I am shaking"),
        QT_TRANSLATE_NOOP("scales", "I have hot flashes"),
        QT_TRANSLATE_NOOP("scales", "I have cold flashes"),
        QT_TRANSLATE_NOOP("scales", "My bones and muscles ache"),
        QT_TRANSLATE_NOOP("scales", "I feel restless"),
        QT_TRANSLATE_NOOP("scales", "I feel nauseous"),
        QT_TRANSLATE_NOOP("scales", "I feel like vomiting"),
        QT_TRANSLATE_NOOP("scales", "My muscles twitch"),
        QT_TRANSLATE_NOOP("scales", "I have cramps in my stomach"),
        QT_TRANSLATE_NOOP("scales", "I feel like using now"),
    ),
    anchors=(
        QT_TRANSLATE_NOOP("scales", "not at all"),
        QT_TRANSLATE_NOOP("scales", "a little"),
        QT_TRANSLATE_NOOP("scales", "moderately"),
        QT_TRANSLATE_NOOP("scales", "quite a bit"),
        QT_TRANSLATE_NOOP("scales", "extremely"),
    ),
    citation=(
        "Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD. "
        "Am J Drug Alcohol Abuse 1987;13(3):293-308."
    ),
    bands=(
        Band(QT_TRANSLATE_NOOP("scales", "none"), 0, 0),
        Band(QT_TRANSLATE_NOOP("scales", "mild"), 1, 10),
        Band(QT_TRANSLATE_NOOP("scales", "moderate"), 11, 20),
        Band(QT_TRANSLATE_NOOP("scales", "severe"), 21, 64),
    ),
    band_note=QT_TRANSLATE_NOOP(
        "scales", "Bands are conventional, not validated. SOWS is validated for opioid withdrawal."
    ),
    kratom_note=QT_TRANSLATE_NOOP(
        "scales", "SOWS is an opioid withdrawal scale: it has not been validated for kratom."
    ),
    column_prefix="sows",
)

GOSSOP_INSTRUMENT = Instrument(
    key=GOSSOP,
    title=QT_TRANSLATE_NOOP("scales", "Short Opiate Withdrawal Scale (SOWS-Gossop)"),
    items=(
        ("feeling_sick", QT_TRANSLATE_NOOP("scales", "Feeling sick")),
        ("stomach_cramps", QT_TRANSLATE_NOOP("scales", "Stomach cramps")),
        ("muscle_spasms", QT_TRANSLATE_NOOP("scales", "Muscle spasms or twitching")),
        ("feeling_cold", QT_TRANSLATE_NOOP("scales", "Feeling cold")),
        ("heart_pounding", QT_TRANSLATE_NOOP("scales", "Heart pounding")),
        ("muscular_tension", QT_TRANSLATE_NOOP("scales", "Muscular tension")),
        ("aches_and_pains", QT_TRANSLATE_NOOP("scales", "Aches and pains")),
        ("yawning", QT_TRANSLATE_NOOP("scales", "Yawning")),
        ("runny_eyes", QT_TRANSLATE_NOOP("scales", "Runny eyes")),
        ("trouble_sleeping", QT_TRANSLATE_NOOP("scales", "Trouble sleeping")),
    ),
    anchors=(
        QT_TRANSLATE_NOOP("scales", "none"),
        QT_TRANSLATE_NOOP("scales", "mild"),
        QT_TRANSLATE_NOOP("scales", "moderate"),
        QT_TRANSLATE_NOOP("scales", "severe"),
    ),
    citation="Gossop M. Addict Behav 1990;15(5):487-90.",
    bands=(),
    # No severity bands and no verified threshold for a meaningful change (clinical.md 2).
    band_note=QT_TRANSLATE_NOOP(
        "scales",
        "SOWS-Gossop has no severity bands: the app shows your own numbers and comparisons only.",
    ),
    kratom_note=QT_TRANSLATE_NOOP(
        "scales", "SOWS-Gossop is an opioid withdrawal scale: it has not been validated for kratom."
    ),
    column_prefix="gossop",
)

INSTRUMENTS: dict[str, Instrument] = {SOWS: SOWS_INSTRUMENT, GOSSOP: GOSSOP_INSTRUMENT}


def instrument(key: str) -> Instrument:
    try:
        return INSTRUMENTS[key]
    except KeyError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "validation", "unknown instrument '%1'; expected SOWS or SOWS-Gossop"
            ),
            key,
        ) from None


# Kratom-specific symptoms reported in studies but absent from SOWS
# (Singh et al. 2014; Smith et al. 2022). Optional, scored 0-4, never in a scale total.
EXTRA_SYMPTOMS: tuple[tuple[str, str], ...] = (
    ("diarrhoea", QT_TRANSLATE_NOOP("scales", "Diarrhoea")),
    ("trouble_sleeping", QT_TRANSLATE_NOOP("scales", "Trouble sleeping")),
    ("decreased_appetite", QT_TRANSLATE_NOOP("scales", "Decreased appetite")),
    ("irritability", QT_TRANSLATE_NOOP("scales", "Irritability")),
    ("low_energy", QT_TRANSLATE_NOOP("scales", "Low energy")),
)
EXTRA_SYMPTOM_MAX = 4
EXTRA_SYMPTOM_ANCHORS = SOWS_INSTRUMENT.anchors


def extra_symptoms_for(instrument_key: str) -> tuple[tuple[str, str], ...]:
    """The extra symptoms offered beside a scale: none it already rates. SOWS-Gossop's item
    10 is trouble sleeping, so the extra one is not offered with it (no double rating)."""
    items = set(instrument(instrument_key).item_keys)
    return tuple((k, label) for k, label in EXTRA_SYMPTOMS if k not in items)


# COWS is clinician-administered: the app records a total given at a visit, never computes one.
# Wesson DR, Ling W. J Psychoactive Drugs 2003;35(2):253-9.
COWS_MAX = 48
COWS_CITATION = "Wesson DR, Ling W. J Psychoactive Drugs 2003;35(2):253-9."
COWS_BANDS = (
    Band(QT_TRANSLATE_NOOP("scales", "below the mild band"), 0, 4),
    Band(QT_TRANSLATE_NOOP("scales", "mild"), 5, 12),
    Band(QT_TRANSLATE_NOOP("scales", "moderate"), 13, 24),
    Band(QT_TRANSLATE_NOOP("scales", "moderately severe"), 25, 36),
    Band(QT_TRANSLATE_NOOP("scales", "severe"), 37, 48),
)


def cows_band(total: int) -> Band:
    for band in COWS_BANDS:
        if band.low <= total <= band.high:
            return band
    raise ValidationError(
        QT_TRANSLATE_NOOP("validation", "COWS total %1 is outside 0-%2"), total, COWS_MAX
    )


# Companion measures (clinical.md section 4), declared in domain/measures.py:
# name -> (label, low, high, step).
COMPANION_MEASURES: dict[str, tuple[str, float, float, float]] = {
    m.key: (m.label, m.low, m.high, m.step) for m in measures.MEASURES
}


def validate_measure(name: str, value: float | None) -> None:
    """Raise ValidationError unless value is None or within the measure's range and step."""
    if value is None:
        return
    m = measures.measure(name)
    label = Term(TR_CONTEXT, m.label)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("validation", "%1: %2 is not a number"), label, repr(value)
        )
    if not m.low <= value <= m.high:
        raise ValidationError(
            QT_TRANSLATE_NOOP("validation", "%1: %2 is outside %3-%4"),
            label,
            float(value),
            float(m.low),
            float(m.high),
        )
    if abs(value / m.step - round(value / m.step)) > 1e-9:
        raise ValidationError(
            QT_TRANSLATE_NOOP("validation", "%1: %2 is not a multiple of %3"),
            label,
            float(value),
            float(m.step),
        )
