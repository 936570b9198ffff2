"""The plan rules' problems: a code for each rule broken, its English line marked for
translation, and the error that carries them (domain/plan_rules.py checks the rules).

Each problem's line is a ValidationError's text (context "validation"): the command line
and the import print it in English, the window in the person's language.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP

# Problem codes. Structural ones make a schedule impossible to compute.
RULE_UNKNOWN = "rule_unknown"
START_NOT_POSITIVE = "start_not_positive"
ROUND_NOT_POSITIVE = "round_not_positive"
ROUND_NOT_BELOW_START = "round_not_below_start"
START_NOT_MULTIPLE = "start_not_multiple"
TARGET_NEGATIVE = "target_negative"
TARGET_NOT_BELOW_START = "target_not_below_start"
TARGET_NOT_MULTIPLE = "target_not_multiple"
INTERVAL_TOO_SHORT = "interval_too_short"
STEP_MISSING = "step_missing"
PERCENT_OUT_OF_RANGE = "percent_out_of_range"
AMOUNT_OUT_OF_RANGE = "amount_out_of_range"
NO_END = "no_end"
CUSTOM_NO_STEPS = "custom_no_steps"
CUSTOM_ORDER = "custom_order"
CUSTOM_NOT_AFTER_START = "custom_not_after_start"
CUSTOM_NEGATIVE = "custom_negative"
CUSTOM_NOT_MULTIPLE = "custom_not_multiple"
CUSTOM_BELOW_TARGET = "custom_below_target"
INCREASE_NOT_CONFIRMED = "increase_not_confirmed"
EFFECTIVE_BEFORE_PLAN = "effective_before_plan"
HOLD_ENDS_BEFORE_START = "hold_ends_before_start"
HOLD_OVERLAP = "hold_overlap"

KEPT_IN_HISTORY = frozenset(
    {
        ROUND_NOT_BELOW_START,
        START_NOT_MULTIPLE,
        TARGET_NOT_MULTIPLE,
        CUSTOM_NO_STEPS,
        CUSTOM_NOT_AFTER_START,
        CUSTOM_NOT_MULTIPLE,
        CUSTOM_BELOW_TARGET,
        INCREASE_NOT_CONFIRMED,
    }
)

# Each problem's English line: a text marked for translation (context "validation") and
# the names of the values filling %1, %2, ... in order.
_TEXT: dict[str, tuple[str, tuple[str, ...]]] = {
    RULE_UNKNOWN: (
        QT_TRANSLATE_NOOP("validation", "rule '%1' is not one of percent, linear, custom"),
        ("rule",),
    ),
    START_NOT_POSITIVE: (
        QT_TRANSLATE_NOOP("validation", "start dose %1 must be greater than 0"),
        ("start",),
    ),
    ROUND_NOT_POSITIVE: (
        QT_TRANSLATE_NOOP("validation", "rounding step %1 must be greater than 0"),
        ("resolution",),
    ),
    ROUND_NOT_BELOW_START: (
        QT_TRANSLATE_NOOP("validation", "rounding step %1 must be smaller than the start dose %2"),
        ("resolution", "start"),
    ),
    START_NOT_MULTIPLE: (
        QT_TRANSLATE_NOOP("validation", "start dose %1 is not a multiple of the rounding step %2"),
        ("start", "resolution"),
    ),
    TARGET_NEGATIVE: (QT_TRANSLATE_NOOP("validation", "target %1 must be 0 or more"), ("target",)),
    TARGET_NOT_BELOW_START: (
        QT_TRANSLATE_NOOP("validation", "target %1 must be below the start dose %2"),
        ("target", "start"),
    ),
    TARGET_NOT_MULTIPLE: (
        QT_TRANSLATE_NOOP("validation", "target %1 is not 0 or a multiple of the rounding step %2"),
        ("target", "resolution"),
    ),
    INTERVAL_TOO_SHORT: (
        QT_TRANSLATE_NOOP(
            "validation", "step interval %1 must be a whole number of days, at least 1"
        ),
        ("interval",),
    ),
    STEP_MISSING: (QT_TRANSLATE_NOOP("validation", "the step size is missing"), ()),
    PERCENT_OUT_OF_RANGE: (
        QT_TRANSLATE_NOOP(
            "validation", "percent per step %1 must be greater than 0 and at most 50"
        ),
        ("step",),
    ),
    AMOUNT_OUT_OF_RANGE: (
        QT_TRANSLATE_NOOP(
            "validation", "amount per step %1 must be greater than 0 and at most the start dose %2"
        ),
        ("step", "start"),
    ),
    NO_END: (
        QT_TRANSLATE_NOOP("validation", "the schedule does not reach the target within %1 steps"),
        ("max_steps",),
    ),
    CUSTOM_NO_STEPS: (
        QT_TRANSLATE_NOOP("validation", "a custom plan needs at least one dated step"),
        (),
    ),
    CUSTOM_ORDER: (
        QT_TRANSLATE_NOOP(
            "validation", "custom step %1: steps must be dated in order, one per date"
        ),
        ("day",),
    ),
    CUSTOM_NOT_AFTER_START: (
        QT_TRANSLATE_NOOP("validation", "custom step %1 must be dated after the effective date %2"),
        ("day", "effective"),
    ),
    CUSTOM_NEGATIVE: (
        QT_TRANSLATE_NOOP("validation", "custom step %1: dose %2 must not be negative"),
        ("day", "dose"),
    ),
    CUSTOM_NOT_MULTIPLE: (
        QT_TRANSLATE_NOOP(
            "validation", "custom step %1: dose %2 is not a multiple of the rounding step %3"
        ),
        ("day", "dose", "resolution"),
    ),
    CUSTOM_BELOW_TARGET: (
        QT_TRANSLATE_NOOP("validation", "custom step %1: dose %2 is below the target %3"),
        ("day", "dose", "target"),
    ),
    INCREASE_NOT_CONFIRMED: (
        QT_TRANSLATE_NOOP(
            "validation",
            "the dose rises on %1 from %2 to %3; an increase needs the name of the provider "
            "who agreed it",
        ),
        ("day", "before", "dose"),
    ),
    EFFECTIVE_BEFORE_PLAN: (
        QT_TRANSLATE_NOOP(
            "validation", "a change cannot take effect on %1, before the plan itself starts (%2)"
        ),
        ("effective", "first"),
    ),
    HOLD_ENDS_BEFORE_START: (
        QT_TRANSLATE_NOOP("validation", "the hold from %1 ends before it starts (%2)"),
        ("start", "end"),
    ),
    HOLD_OVERLAP: (
        QT_TRANSLATE_NOOP("validation", "the hold from %1 overlaps the hold from %2"),
        ("start", "other"),
    ),
}


@dataclass(frozen=True)
class Problem:
    """One broken rule: a code, the field it concerns, and the values involved."""

    code: str
    field: str  # start | step | interval | resolution | target | rule | custom | increase |
    #             effective | hold
    values: dict[str, Any] = dataclasses.field(default_factory=dict, compare=False, hash=False)

    @property
    def structural(self) -> bool:
        return self.code not in KEPT_IN_HISTORY

    def describe(self) -> str:
        """One English line naming the values (command line, store, import)."""
        return str(self.error())

    def error(self) -> ValidationError:
        """The problem as refused input: its marked text and values, in order."""
        text, keys = _TEXT[self.code]
        return ValidationError(text, *(self.values.get(key) for key in keys))


class RuleError(ValidationError):
    """A plan broke a rule; carries every problem found (its text is the first one's)."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        if self.problems:
            first = self.problems[0].error()
            super().__init__(first.text, *first.values)
        else:
            super().__init__(QT_TRANSLATE_NOOP("validation", "a plan rule is broken"))
