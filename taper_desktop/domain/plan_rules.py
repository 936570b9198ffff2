"""The plan rules, in one place: every path (the ``schedule`` command, the plan dialog, the
store and the JSON import) asks this checker, which returns named problems with their
values. Callers turn a problem into their own words (the dialog into translated text).

The rules (design.md "schedule rules"; clinical.md section 5):
- the rounding step is greater than 0 and smaller than the start dose; the start dose is
  a multiple of it; the target is 0 or a multiple of it, below the start;
- custom steps are multiples of the rounding step, at or above the target, dated after
  the revision's effective date, in order;
- a dose never rises silently: a revision starting above the dose planned for the day
  before it, or a custom step above the step before it, needs the provider's name
  (``increase_agreed_with``);
- holds never overlap and never end before they start.

History is never lost over a new rule: a plan already stored, or arriving in an import,
that breaks a rule of KEPT_IN_HISTORY is kept as it was and marked; problems outside that
set (STRUCTURAL) make a schedule impossible to compute and are always refused.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from taper_desktop.domain import plan_problems
from taper_desktop.domain.models import Hold, Plan, PlanRevision

# The problems (domain/plan_problems.py) under the names callers use: plan_rules.NO_END.
AMOUNT_OUT_OF_RANGE = plan_problems.AMOUNT_OUT_OF_RANGE
CUSTOM_BELOW_TARGET = plan_problems.CUSTOM_BELOW_TARGET
CUSTOM_NEGATIVE = plan_problems.CUSTOM_NEGATIVE
CUSTOM_NO_STEPS = plan_problems.CUSTOM_NO_STEPS
CUSTOM_NOT_AFTER_START = plan_problems.CUSTOM_NOT_AFTER_START
CUSTOM_NOT_MULTIPLE = plan_problems.CUSTOM_NOT_MULTIPLE
CUSTOM_ORDER = plan_problems.CUSTOM_ORDER
EFFECTIVE_BEFORE_PLAN = plan_problems.EFFECTIVE_BEFORE_PLAN
HOLD_ENDS_BEFORE_START = plan_problems.HOLD_ENDS_BEFORE_START
HOLD_OVERLAP = plan_problems.HOLD_OVERLAP
INCREASE_NOT_CONFIRMED = plan_problems.INCREASE_NOT_CONFIRMED
INTERVAL_TOO_SHORT = plan_problems.INTERVAL_TOO_SHORT
KEPT_IN_HISTORY = plan_problems.KEPT_IN_HISTORY
NO_END = plan_problems.NO_END
PERCENT_OUT_OF_RANGE = plan_problems.PERCENT_OUT_OF_RANGE
ROUND_NOT_BELOW_START = plan_problems.ROUND_NOT_BELOW_START
ROUND_NOT_POSITIVE = plan_problems.ROUND_NOT_POSITIVE
RULE_UNKNOWN = plan_problems.RULE_UNKNOWN
START_NOT_MULTIPLE = plan_problems.START_NOT_MULTIPLE
START_NOT_POSITIVE = plan_problems.START_NOT_POSITIVE
STEP_MISSING = plan_problems.STEP_MISSING
TARGET_NEGATIVE = plan_problems.TARGET_NEGATIVE
TARGET_NOT_BELOW_START = plan_problems.TARGET_NOT_BELOW_START
TARGET_NOT_MULTIPLE = plan_problems.TARGET_NOT_MULTIPLE
Problem = plan_problems.Problem
RuleError = plan_problems.RuleError

PERCENT, LINEAR, CUSTOM = "percent", "linear", "custom"
RULES = (PERCENT, LINEAR, CUSTOM)
MAX_PERCENT = 50
MAX_STEPS = 10_000  # a guard: no real taper has more steps than this


def is_multiple(value: float, resolution: float) -> bool:
    """True when value is a whole number of resolution steps (float noise tolerated)."""
    if not resolution > 0:
        return False
    quotient = value / resolution
    return abs(quotient - round(quotient)) <= 1e-9 * max(1.0, abs(quotient))


# ---- the rule's parameters --------------------------------------------------------------


def check_rule(
    rule: str,
    start: float,
    step: float | None,
    interval: int | None,
    resolution: float,
    target: float = 0.0,
) -> list[Problem]:
    """Problems with a rule's parameters (design.md "schedule rules"), in field order."""
    out: list[Problem] = []
    if rule not in RULES:
        return [Problem(RULE_UNKNOWN, "rule", {"rule": rule})]
    if not start > 0:
        out.append(Problem(START_NOT_POSITIVE, "start", {"start": start}))
    if not resolution > 0:
        out.append(Problem(ROUND_NOT_POSITIVE, "resolution", {"resolution": resolution}))
    elif start > 0:
        if not resolution < start:
            out.append(
                Problem(
                    ROUND_NOT_BELOW_START, "resolution", {"resolution": resolution, "start": start}
                )
            )
        elif not is_multiple(start, resolution):
            out.append(
                Problem(START_NOT_MULTIPLE, "start", {"start": start, "resolution": resolution})
            )
    if target < 0:
        out.append(Problem(TARGET_NEGATIVE, "target", {"target": target}))
    elif start > 0 and not target < start:
        out.append(Problem(TARGET_NOT_BELOW_START, "target", {"target": target, "start": start}))
    elif resolution > 0 and target > 0 and not is_multiple(target, resolution):
        out.append(
            Problem(TARGET_NOT_MULTIPLE, "target", {"target": target, "resolution": resolution})
        )
    if rule == CUSTOM:
        return out
    if step is None:
        out.append(Problem(STEP_MISSING, "step"))
    elif rule == PERCENT and not 0 < step <= MAX_PERCENT:
        out.append(Problem(PERCENT_OUT_OF_RANGE, "step", {"step": step}))
    elif rule == LINEAR and not (step > 0 and (not start > 0 or step <= start)):
        out.append(Problem(AMOUNT_OUT_OF_RANGE, "step", {"step": step, "start": start}))
    if interval is None or isinstance(interval, bool) or interval < 1:
        out.append(Problem(INTERVAL_TOO_SHORT, "interval", {"interval": interval}))
    if (
        step is not None
        and not any(p.structural for p in out)
        and not _reaches_target(rule, start, step, resolution, target)
    ):
        out.append(Problem(NO_END, "step", {"max_steps": MAX_STEPS}))
    return out


def _reaches_target(rule: str, start: float, step: float, resolution: float, target: float) -> bool:
    """Whether the rounded schedule reaches the target within MAX_STEPS steps."""
    # The shown dose reaches the target once the exact dose is within half a rounding
    # step of it (a tie goes down), so the count of steps follows from the formula.
    floor = max(target, 0.0) + resolution / 2
    if start <= floor:
        return True
    if rule == LINEAR:
        needed = (start - floor) / step
    else:
        if step >= 100:
            return True
        needed = math.log(floor / start) / math.log(1 - step / 100)
    return needed <= MAX_STEPS - 1


# ---- a revision ------------------------------------------------------------------------


def increases(revision: PlanRevision, before: float | None) -> list[tuple[dt.date, float, float]]:
    """Every rise in the planned dose a revision brings: (day, from, to).

    ``before`` is the dose planned for the day before the revision takes effect (None for
    a plan's first revision)."""
    out = []
    if before is not None and revision.start_dose > before + 1e-9:
        out.append((revision.effective_date, before, revision.start_dose))
    if revision.rule == CUSTOM:
        previous = revision.start_dose
        for step in sorted(revision.custom_steps, key=lambda s: s.day):
            if step.dose > previous + 1e-9:
                out.append((step.day, previous, step.dose))
            previous = step.dose
    return out


def check_revision(revision: PlanRevision, before: float | None = None) -> list[Problem]:
    """Every problem with a revision; ``before`` as for increases()."""
    r = revision
    out = check_rule(r.rule, r.start_dose, r.step, r.interval_days, r.resolution, r.target)
    if r.rule == CUSTOM:
        out += _check_custom(r)
    if not (r.increase_agreed_with or "").strip():
        for day, frm, to in increases(r, before):
            out.append(
                Problem(INCREASE_NOT_CONFIRMED, "increase", {"day": day, "before": frm, "dose": to})
            )
    return out


def _check_custom(r: PlanRevision) -> list[Problem]:
    out: list[Problem] = []
    if not r.custom_steps:
        return [Problem(CUSTOM_NO_STEPS, "custom")]
    days = [s.day for s in r.custom_steps]
    if days != sorted(days) or len(set(days)) != len(days):
        bad = next((b for a, b in zip(days, days[1:], strict=False) if b <= a), days[-1])
        out.append(Problem(CUSTOM_ORDER, "custom", {"day": bad}))
    for s in r.custom_steps:
        if s.dose < 0:
            out.append(Problem(CUSTOM_NEGATIVE, "custom", {"day": s.day, "dose": s.dose}))
            continue
        if s.day <= r.effective_date:
            out.append(
                Problem(
                    CUSTOM_NOT_AFTER_START, "custom", {"day": s.day, "effective": r.effective_date}
                )
            )
        if r.resolution > 0 and s.dose > 0 and not is_multiple(s.dose, r.resolution):
            out.append(
                Problem(
                    CUSTOM_NOT_MULTIPLE,
                    "custom",
                    {"day": s.day, "dose": s.dose, "resolution": r.resolution},
                )
            )
        if s.dose < r.target - 1e-9:
            out.append(
                Problem(
                    CUSTOM_BELOW_TARGET,
                    "custom",
                    {"day": s.day, "dose": s.dose, "target": r.target},
                )
            )
    return out


def planned_before(
    revisions: Iterable[PlanRevision], holds: Iterable[Hold], effective: dt.date
) -> float | None:
    """The dose the plan so far gives the day before ``effective`` (None before any plan).

    Only revisions in force before ``effective`` count."""
    from taper_desktop.domain.schedule import PlanSchedule  # schedule imports this module

    earlier = [r for r in revisions if r.effective_date < effective]
    if not earlier:
        return None
    return PlanSchedule(earlier, holds).planned(effective - dt.timedelta(days=1))


def check_new_revision(
    plan: Plan | None, revision: PlanRevision, holds: Iterable[Hold] | None = None
) -> list[Problem]:
    """Problems with a revision about to be added to ``plan`` (None: a new plan)."""
    if plan is None or not plan.revisions:
        return check_revision(revision)
    holds = plan.holds if holds is None else holds
    first = min(r.effective_date for r in plan.revisions)
    if revision.effective_date < first:
        return [
            Problem(
                EFFECTIVE_BEFORE_PLAN,
                "effective",
                {"effective": revision.effective_date, "first": first},
            )
        ]
    return check_revision(revision, planned_before(plan.revisions, holds, revision.effective_date))


def continues_unchanged(plan: Plan | None, revision: PlanRevision) -> bool:
    """True when ``revision`` only restates the plan in force on its date: the same rule,
    step, interval, rounding, target and dated steps, starting at the dose the plan gives
    that day. Saving it would change nothing but restart the count of days to the next
    cut, so the plan dialog offers no Save for it (a pause is what a hold is for)."""
    if plan is None:
        return False
    in_force = [r for r in plan.revisions if r.effective_date <= revision.effective_date]
    if not in_force:
        return False
    current = max(in_force, key=lambda r: r.effective_date)
    if (
        current.rule != revision.rule
        or current.step != revision.step
        or (current.interval_days or None) != (revision.interval_days or None)
        or current.resolution != revision.resolution
        or current.target != revision.target
    ):
        return False
    ahead = [(s.day, s.dose) for s in current.custom_steps if s.day > revision.effective_date]
    if ahead != [(s.day, s.dose) for s in revision.custom_steps]:
        return False
    from taper_desktop.domain.schedule import PlanSchedule  # schedule imports this module

    try:
        planned = PlanSchedule(in_force, plan.holds).planned(revision.effective_date)
    except ValueError:  # a stored plan the rules no longer accept: any revision is a change
        return False
    return planned is not None and math.isclose(planned, revision.start_dose)


def require(problems: Sequence[Problem]) -> None:
    """Raise RuleError when there is any problem."""
    if problems:
        raise RuleError(problems)


# ---- holds -------------------------------------------------------------------------------


def check_hold(hold: Hold, others: Iterable[Hold]) -> list[Problem]:
    """A hold ends on or after its start and overlaps no other hold of the plan."""
    out = []
    if hold.end_day is not None and hold.end_day < hold.start_day:
        out.append(
            Problem(HOLD_ENDS_BEFORE_START, "hold", {"start": hold.start_day, "end": hold.end_day})
        )
    end = hold.end_day or dt.date.max
    for other in others:
        if other is hold or (other.id is not None and other.id == hold.id):
            continue
        if hold.start_day <= (other.end_day or dt.date.max) and other.start_day <= end:
            out.append(
                Problem(HOLD_OVERLAP, "hold", {"start": hold.start_day, "other": other.start_day})
            )
    return out


# ---- a plan already stored -------------------------------------------------------------


@dataclass(frozen=True)
class RevisionReview:
    """What the rules say about one stored revision."""

    revision: PlanRevision
    problems: list[Problem]  # rules it breaks (kept in history, marked)
    rises: list[tuple[dt.date, float, float]]  # increases it brings

    @property
    def increase_recorded(self) -> bool:
        return bool((self.revision.increase_agreed_with or "").strip())


def review_plan(plan: Plan) -> list[RevisionReview]:
    """Each revision of a stored plan with the rules it breaks and the increases it brings.

    An increase without a provider's name reads "agreement not recorded"; it is listed in
    ``rises`` and not repeated among the problems."""
    out = []
    for i, revision in enumerate(plan.revisions):
        before = (
            None
            if i == 0
            else planned_before(plan.revisions[:i], plan.holds, revision.effective_date)
        )
        problems = [p for p in check_revision(revision, before) if p.code != INCREASE_NOT_CONFIRMED]
        out.append(RevisionReview(revision, problems, increases(revision, before)))
    return out


# ---- the proposed schedule, explained ---------------------------------------------------

PACE_LIMIT_PERCENT_PER_WEEK = 10.0  # CDC 2022 Recommendation 5: the faster option
BIG_CUT_FACTOR = 2.0


@dataclass(frozen=True)
class Cut:
    index: int  # row of the schedule
    percent: float  # how much this step cuts, as a percent of the dose before it


def big_cuts(doses: Sequence[float], stated_percent: float) -> list[Cut]:
    """Steps that cut more than twice the stated percent (rounding made them bigger)."""
    out = []
    for i in range(1, len(doses)):
        before = doses[i - 1]
        if before <= 0:
            continue
        cut = (before - doses[i]) / before * 100
        if cut > BIG_CUT_FACTOR * stated_percent + 1e-9:
            out.append(Cut(i, cut))
    return out


def weekly_pace(first: float, last: float, days: int) -> float | None:
    """The schedule's average cut per week, as a percent of its first dose, or None when
    it has no length."""
    if days <= 0 or first <= 0:
        return None
    return (first - last) / first * 100 / (days / 7)


def pace_is_fast(pace: float | None) -> bool:
    return pace is not None and pace > PACE_LIMIT_PERCENT_PER_WEEK + 1e-9
