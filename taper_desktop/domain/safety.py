"""When the app speaks up about safety, and the words it uses: the one source of both.

The rules and texts follow clinical.md section 9. Every message states only what the
numbers show, points to the provider, names its source when it uses a cut-off, and never
says what dose to take. The UI shows them as calm notes that can be dismissed for the day.

- Severe SOWS total: a complete SOWS total in the conventional severe band (21 or more),
  whatever the plan, hold or history. The bands are conventional, not validated.
- Highest on record (either scale): a complete total above every other total of the same
  scale since the plan began, once 14 or more totals of that scale exist since then.
- Strongest urge to use: SOWS item 16 ("I feel like using now") at 4, or craving at 10:
  the tolerance note.
- End of a taper: the planned dose at or below a quarter of the plan's first start dose,
  and the day the target is reached: the tolerance note.
- The hold prompt's words (domain/hold_prompt.py decides when): only comparisons that are
  true of the numbers shown.

Texts are marked with QT_TRANSLATE_NOOP under the context "safety" so pyside6-lupdate puts
them in the catalogue; the UI translates a template, then fills in its values (%1, %2, ...). The
report (no Qt) prints the English source.

Sources: CDC Clinical Practice Guideline for Prescribing Opioids for Pain, MMWR Recomm Rep
2022;71(3), Recommendations 5 and 8; SAMHSA Opioid Overdose Prevention Toolkit 2018;
SOWS: Handelsman L et al., Am J Drug Alcohol Abuse 1987;13(3):293-308.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from taper_desktop.domain import hold_prompt
from taper_desktop.domain.formatting import format_dose
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP, translate
from taper_desktop.domain.models import CheckIn
from taper_desktop.domain.scales import SOWS, SOWS_INSTRUMENT
from taper_desktop.domain.scales import instrument as get_instrument
from taper_desktop.domain.substances import BUPRENORPHINE, OPIOID
from taper_desktop.domain.wording import fill, numerus

if TYPE_CHECKING:
    from taper_desktop.domain.schedule import PlanSchedule

TR_CONTEXT = "safety"

SEVERE_BAND = "severe"
SEVERE_SOWS_TOTAL = next(b.low for b in SOWS_INSTRUMENT.bands if b.name == SEVERE_BAND)  # 21
HIGHEST_MIN_TOTALS = 14  # totals of a scale since the plan began before "highest" is said
URGE_ITEM = "feel_like_using"  # SOWS item 16
URGE_STRONGEST = SOWS_INSTRUMENT.max_item  # 4, "extremely"
CRAVING_STRONGEST = 10
END_FRACTION = 0.25  # a quarter of the plan's first start dose
NALOXONE_KINDS = (OPIOID, BUPRENORPHINE)

# Note keys: what a dismissal remembers.
SEVERE, HIGHEST, URGE, END_OF_TAPER = "severe", "highest", "urge", "end_of_taper"

# ---- the words (clinical.md section 9) -----------------------------------------------------
SEVERE_TODAY = QT_TRANSLATE_NOOP(
    "safety", "Your SOWS total today is %1, in the conventional severe band."
)
SEVERE_ON_DAY = QT_TRANSLATE_NOOP(
    "safety", "Your SOWS total on %1 was %2, in the conventional severe band."
)
HIGHEST_TEXT = QT_TRANSLATE_NOOP(
    "safety",
    "This is the highest %1 total you have recorded since your plan began (%2 of %3).",
)
POINTER = QT_TRANSLATE_NOOP(
    "safety",
    "If you are struggling, contact your provider. In an emergency, call your "
    "local emergency number.",
)
BAND_SOURCE = QT_TRANSLATE_NOOP(
    "safety",
    "SOWS bands are conventional, not validated (SOWS: Handelsman et al., Am J "
    "Drug Alcohol Abuse 1987).",
)
URGE_ITEM_TEXT = QT_TRANSLATE_NOOP(
    "safety", 'You rated "I feel like using now" at its strongest (%1 of %2).'
)
URGE_CRAVING_TEXT = QT_TRANSLATE_NOOP("safety", "You rated craving at its strongest (%1 of %2).")
END_QUARTER_TEXT = QT_TRANSLATE_NOOP(
    "safety",
    "The planned dose, %1, is at or below a quarter of the plan's first start dose (%2).",
)
END_TARGET_TEXT = QT_TRANSLATE_NOOP("safety", "The plan reaches its target today (%1).")
TOLERANCE = QT_TRANSLATE_NOOP(
    "safety", "Tolerance falls during a taper. A dose you used to take can now cause an overdose."
)
NALOXONE = QT_TRANSLATE_NOOP(
    "safety", "Keep naloxone at hand and tell someone close to you where it is."
)
TOLERANCE_SOURCE = QT_TRANSLATE_NOOP(
    "safety",
    "Sources: CDC 2022 opioid guideline, Recommendations 5 and 8 (MMWR Recomm Rep "
    "2022;71(3)); SAMHSA Opioid Overdose Prevention Toolkit 2018.",
)

# The hold prompt (rule: domain/hold_prompt.py).
HOLD_UP = translate(
    "safety",
    "Your mean %1 total over the last %n day(s) is %3, up from %4 in the week before the step "
    "on %5.",
    None,
    0,
)
HOLD_NOT_UP = translate(
    "safety",
    "Your mean %1 total over the last %n day(s) is %3; in the week before the step on %4 it "
    "was %5.",
    None,
    0,
)
HOLD_COUNTS = translate(
    "safety",
    "Totals recorded on %1 of the last %n day(s) and on %3 of the 7 days before the step.",
    None,
    0,
)
HOLD_NO_BASELINE = QT_TRANSLATE_NOOP(
    "safety",
    "Too few totals were recorded in the week before the step on %1 to compare (%2 of 7 days).",
)
HOLD_SEVERE_RUN = QT_TRANSLATE_NOOP(
    "safety",
    "Your SOWS total was in the conventional severe band two days in a row: %1 (%2) and %3 (%4).",
)
HOLD_SUGGEST = QT_TRANSLATE_NOOP("safety", "Consider discussing a hold with your provider.")


@dataclass(frozen=True)
class Amount:
    """A number in a sentence: a mean total ('18.7', unit "") or a dose ('7.5 g').

    str() gives it with a decimal point; a caller that writes the language's decimal sign
    (the window) formats it with that instead (see Text.render's show)."""

    value: float
    unit: str = ""

    def __str__(self) -> str:
        return dose_text(self.value, self.unit) if self.unit else number(self.value)


def plain(value: object) -> str:
    """A value as the command line and the files write it: dates ISO, a decimal point."""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


@dataclass(frozen=True)
class Text:
    """One sentence: a marked template and the values filling its %1, %2, ...

    Values keep their type (a date is a date, an Amount a number) until the sentence is
    shown, so each place writes them in its own form: show(value) gives the text."""

    template: str
    values: tuple[object, ...] = ()
    count: int | None = None  # fills %n, through the plural forms where the caller has them

    def render(
        self,
        translate: Callable[[str], str] = lambda text: text,
        translate_count: Callable[[str, int], str] | None = None,
        show: Callable[[object], str] = plain,
    ) -> str:
        """The sentence filled; translate_count(template, n) gives the plural form for
        count (Qt's %n), else the English rule (wording.numerus)."""
        if self.count is None:
            text = translate(self.template)
        elif translate_count is not None:
            text = translate_count(self.template, self.count)
        else:
            text = numerus(translate(self.template), self.count)
        return fill(text, *(show(value) for value in self.values))


@dataclass(frozen=True)
class Note:
    """A message for one day: its key (for dismissal), the sentences, and whether it is the
    stronger kind (severe or highest), which the UI may set apart by its heading only."""

    key: str
    day: dt.date
    lines: tuple[Text, ...]

    def render(
        self,
        translate: Callable[[str], str] = lambda text: text,
        translate_count: Callable[[str, int], str] | None = None,
        show: Callable[[object], str] = plain,
    ) -> str:
        return " ".join(line.render(translate, translate_count, show) for line in self.lines)


def number(value: float) -> str:
    """A mean as the person reads it: '19' or '18.7'."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def dose_text(amount: float, unit: str) -> str:
    return format_dose(amount, unit)


# ---- the rules ---------------------------------------------------------------------------
def tolerance_note(kind: str | None) -> list[str]:
    """The tolerance sentences for a substance kind (English source; translate with the
    context "safety"): the naloxone sentence for opioids and buprenorphine."""
    lines = [TOLERANCE]
    if kind in NALOXONE_KINDS:
        lines.append(NALOXONE)
    return lines


def is_severe(checkin: CheckIn) -> bool:
    """A complete SOWS total in the conventional severe band (21 or more)."""
    if checkin.instrument != SOWS:
        return False
    total = checkin.total
    return total is not None and total >= SEVERE_SOWS_TOTAL


@dataclass(frozen=True)
class OtherTotals:
    """What the highest-on-record rule needs to know of the other days: how many complete
    totals of the scale exist since the plan began besides this day's (counting may stop at
    HIGHEST_MIN_TOTALS - 1), and whether any of them is at or above this day's total."""

    count: int
    any_at_or_above: bool


def other_totals(
    checkin: CheckIn, totals: Mapping[dt.date, int], plan_start: dt.date
) -> OtherTotals:
    """OtherTotals from the totals of checkin's scale by day (days before plan_start and
    checkin's own day left out)."""
    others = [value for day, value in totals.items() if day >= plan_start and day != checkin.day]
    total = checkin.total
    return OtherTotals(len(others), total is None or any(value >= total for value in others))


def is_highest(
    checkin: CheckIn, totals: Mapping[dt.date, int] | OtherTotals, plan_start: dt.date | None
) -> bool:
    """The check-in's total is above every other total of its scale since the plan began.

    totals: the complete totals of checkin's scale from plan_start on (any later day too),
    by day, or what the store counted of them (OtherTotals); only once HIGHEST_MIN_TOTALS
    totals exist, this one included, so the first days say nothing. A tie is not highest."""
    if checkin.total is None or plan_start is None or checkin.day < plan_start:
        return False
    others = (
        totals if isinstance(totals, OtherTotals) else other_totals(checkin, totals, plan_start)
    )
    return others.count + 1 >= HIGHEST_MIN_TOTALS and not others.any_at_or_above


def strongest_urge(checkin: CheckIn) -> str | None:
    """'item' when SOWS item 16 is at 4, 'craving' when craving is 10, else None."""
    if checkin.instrument == SOWS and checkin.items.get(URGE_ITEM) == URGE_STRONGEST:
        return "item"
    if checkin.craving == CRAVING_STRONGEST:
        return "craving"
    return None


def end_of_taper(schedule: PlanSchedule | None, day: dt.date) -> str | None:
    """'target' on the day the plan reaches its target, 'quarter' on a day whose planned dose
    is at or below a quarter of the plan's first start dose, else None."""
    if schedule is None or not schedule.revisions:
        return None
    planned = schedule.planned(day)
    if planned is None:
        return None
    if schedule.projected_end() == day:
        return "target"
    if planned <= schedule.revisions[0].start_dose * END_FRACTION + 1e-9:
        return "quarter"
    return None


# ---- the notes ---------------------------------------------------------------------------
def _tolerance_lines(kind: str | None) -> tuple[Text, ...]:
    return (*(Text(line) for line in tolerance_note(kind)), Text(TOLERANCE_SOURCE))


def checkin_notes(
    checkin: CheckIn | None,
    totals: Mapping[dt.date, int] | OtherTotals,
    plan_start: dt.date | None,
    kind: str | None,
    today: dt.date,
) -> list[Note]:
    """The notes a saved check-in calls for, most pressing first.

    totals: complete totals of the check-in's scale from plan_start on, or OtherTotals
    (see is_highest); kind: the plan's substance kind (None without a plan)."""
    if checkin is None:
        return []
    notes = []
    severe = is_severe(checkin)
    highest = is_highest(checkin, totals, plan_start)
    lines: list[Text] = []
    if severe:
        if checkin.day == today:
            lines.append(Text(SEVERE_TODAY, (checkin.total,)))
        else:
            lines.append(Text(SEVERE_ON_DAY, (checkin.day, checkin.total)))
    if highest:
        lines.append(
            Text(
                HIGHEST_TEXT,
                (
                    checkin.instrument,
                    checkin.total,
                    get_instrument(checkin.instrument).max_total,
                ),
            )
        )
    if lines:
        lines.append(Text(POINTER))
        if severe:
            lines.append(Text(BAND_SOURCE))
        notes.append(Note(SEVERE if severe else HIGHEST, checkin.day, tuple(lines)))
    urge = strongest_urge(checkin)
    if urge is not None:
        lead = (
            Text(URGE_ITEM_TEXT, (URGE_STRONGEST, URGE_STRONGEST))
            if urge == "item"
            else Text(URGE_CRAVING_TEXT, (CRAVING_STRONGEST, CRAVING_STRONGEST))
        )
        notes.append(Note(URGE, checkin.day, (lead, *_tolerance_lines(kind))))
    return notes


def end_of_taper_note(
    schedule: PlanSchedule | None, day: dt.date, unit: str, kind: str | None
) -> Note | None:
    """The tolerance note for the last steps of a plan (see end_of_taper), or None."""
    found = end_of_taper(schedule, day)
    planned = None if schedule is None else schedule.planned(day)
    if found is None or schedule is None or planned is None:
        return None
    if found == "target":
        lead = Text(END_TARGET_TEXT, (Amount(planned, unit),))
    else:
        lead = Text(
            END_QUARTER_TEXT,
            (Amount(planned, unit), Amount(schedule.revisions[0].start_dose, unit)),
        )
    return Note(END_OF_TAPER, day, (lead, *_tolerance_lines(kind)))


def hold_texts(check: hold_prompt.HoldCheck, scale_key: str) -> list[Text]:
    """The hold prompt's sentences for a HoldCheck that suggests a hold: the comparison only
    as the numbers have it, the severe days when that is the reason, then the suggestion."""
    lines: list[Text] = []
    if check.outcome == hold_prompt.SEVERE_RUN and len(check.severe_days) >= 2:
        (first, a), (second, b) = check.severe_days[-2:]
        lines.append(Text(HOLD_SEVERE_RUN, (first, a, second, b)))
    step = check.step_day or ""
    enough = (
        check.baseline_count >= hold_prompt.MIN_BASELINE
        and check.recent_count >= hold_prompt.MIN_RECENT
    )
    if enough and check.recent is not None and check.baseline is not None:
        days, recent, baseline = check.recent_days, Amount(check.recent), Amount(check.baseline)
        if check.recent > check.baseline:
            # the day count is %n (plural forms); its slot %2 stays so the numbers keep theirs
            lines.append(Text(HOLD_UP, (scale_key, days, recent, baseline, step), days))
        else:
            lines.append(Text(HOLD_NOT_UP, (scale_key, days, recent, step, baseline), days))
        lines.append(Text(HOLD_COUNTS, (check.recent_count, days, check.baseline_count), days))
    elif check.step_day is not None:
        lines.append(Text(HOLD_NO_BASELINE, (step, check.baseline_count)))
    if check.outcome == hold_prompt.SEVERE_RUN:
        lines.append(Text(BAND_SOURCE))
    lines.append(Text(HOLD_SUGGEST))
    return lines
