"""Taper schedules from the rule a provider gave (design.md "schedule rules").

- Step n falls n x interval days after the revision's effective date, counted on the
  plan clock, which stops on held days: a hold shifts every later step by its length.
- percent: exact dose start x (1 - P/100)^n; linear: start - n x A; custom: typed steps.
- The shown dose is the exact dose rounded to the nearest multiple of the resolution,
  a tie going to the lower dose. At or below the target it becomes the target and the
  schedule ends. Carrying the exact dose means a cut too small to show holds the dose
  until the rounded value falls; no dose ever rises (except a custom step marked
  "increase agreed with provider").

Everything here is a proposal from the provider's rule: "plan to confirm with your provider".
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.domain.models import Hold, PlanRevision
from taper_desktop.domain.plan_rules import (  # noqa: F401 - the names callers use
    CUSTOM,
    LINEAR,
    MAX_STEPS,
    PERCENT,
    RULES,
    RuleError,
    check_rule,
    is_multiple,
)

_EPS = 1e-9


def round_to(value: float, resolution: float) -> float:
    """Nearest multiple of resolution; an exact tie goes to the lower value."""
    if resolution <= 0:
        raise ValueError("resolution must be greater than 0")  # callers check the plan first
    quotient = value / resolution
    whole = math.floor(quotient + _EPS)
    if quotient - whole > 0.5 + _EPS:
        whole += 1
    return _clean(whole * resolution)


def _clean(value: float) -> float:
    """Drop float noise such as 0.30000000000000004 so doses print as typed."""
    return round(value, 9) + 0.0


def validate_rule(
    rule: str,
    start: float,
    step: float | None,
    interval: int | None,
    resolution: float,
    target: float,
    strict: bool = True,
) -> None:
    """Raise RuleError (a ValidationError) naming the first rule the parameters break
    (domain/plan_rules.py). strict=False lets through what a stored plan may keep."""
    problems = check_rule(rule, start, step, interval, resolution, target)
    if not strict:
        problems = [p for p in problems if p.structural]
    if problems:
        raise RuleError(problems)


def step_doses(
    rule: str, start: float, step: float, resolution: float, target: float = 0.0
) -> Iterator[tuple[int, float]]:
    """(step index, shown dose) for every step at which the shown dose changes,
    starting with (0, rounded start) and ending with the target."""
    validate_rule(rule, start, step, 1, resolution, target, strict=False)
    if rule == CUSTOM:
        raise ValueError("custom schedules have no step formula")
    # Step 0 is the start dose exactly as given (a plan kept from before the rules may
    # have a start that is not a multiple of its rounding step: it is rounded as before).
    shown = (
        _clean(start)
        if is_multiple(start, resolution)
        else max(round_to(start, resolution), target)
    )
    yield 0, shown
    if shown <= target:
        return
    for n in range(1, MAX_STEPS + 1):
        exact = start * (1 - step / 100) ** n if rule == PERCENT else start - n * step
        dose = round_to(exact, resolution)
        if dose <= target:
            yield n, _clean(target)
            return
        if dose < shown:
            shown = dose
            yield n, shown
    raise ValidationError(
        QT_TRANSLATE_NOOP("validation", "the schedule does not reach the target within %1 steps"),
        MAX_STEPS,
    )


@dataclass(frozen=True)
class ScheduleRow:
    day: dt.date
    dose: float
    days: int | None  # how long the dose lasts; None for the final (target) row


def schedule_rows(
    rule: str,
    start: float,
    step: float,
    interval: int,
    first: dt.date,
    resolution: float = 0.1,
    target: float = 0.0,
) -> list[ScheduleRow]:
    """The rows printed by ``taper-desktop schedule``: start, each change, the target."""
    validate_rule(rule, start, step, interval, resolution, target)
    changes = [
        (first + dt.timedelta(days=n * interval), dose)
        for n, dose in step_doses(rule, start, step, resolution, target)
    ]
    rows = []
    for i, (day, dose) in enumerate(changes):
        following = changes[i + 1][0] if i + 1 < len(changes) else None
        rows.append(ScheduleRow(day, dose, (following - day).days if following else None))
    return rows


class PlanSchedule:
    """Planned dose for any day of a plan with revisions and holds.

    A revision rules from its effective date until the next one; days before a
    revision keep the schedule they had. Holds apply across revisions.
    """

    def __init__(self, revisions: Sequence[PlanRevision], holds: Iterable[Hold] = ()):
        self.revisions = sorted(revisions, key=lambda r: (r.effective_date, r.id or 0))
        self.holds = sorted(holds, key=lambda h: h.start_day)
        self._changes: dict[int, list[tuple[int, float]]] = {}
        self._step_changes: list[tuple[dt.date, float]] | None = None
        self._change_days: list[dt.date] | None = None
        # Each day's dose is looked up in the cached step changes, which is the same
        # answer as walking the plan clock as long as holds do not overlap (the store
        # refuses overlaps); otherwise planned() walks the clock as before.
        self._disjoint_holds = all(
            a.end_day is not None and a.end_day < b.start_day
            for a, b in zip(self.holds, self.holds[1:], strict=False)
        )

    # ---- the plan clock -------------------------------------------------
    def is_held(self, day: dt.date) -> bool:
        return any(h.covers(day) for h in self.holds)

    def held_days(self, first: dt.date, last: dt.date) -> int:
        """Held days in [first, last] inclusive."""
        total = 0
        for hold in self.holds:
            lo = max(first, hold.start_day)
            hi = last if hold.end_day is None else min(last, hold.end_day)
            if hi >= lo:
                total += (hi - lo).days + 1
        return total

    def elapsed(self, revision: PlanRevision, day: dt.date) -> int:
        """Days on the plan clock from the revision's effective date to day (held days
        do not count; never below 0)."""
        raw = (day - revision.effective_date).days - self.held_days(revision.effective_date, day)
        return max(raw, 0)

    def calendar_day(self, revision: PlanRevision, offset: int) -> dt.date | None:
        """The first calendar day whose plan-clock offset reaches offset, or None while
        an open-ended hold stops the clock before it."""
        day = revision.effective_date + dt.timedelta(days=offset)
        while (shortfall := offset - self.elapsed(revision, day)) > 0:
            if any(h.end_day is None and h.start_day <= day for h in self.holds):
                return None
            day += dt.timedelta(days=shortfall)
        one = dt.timedelta(days=1)
        while day > revision.effective_date and self.elapsed(revision, day - one) >= offset:
            day -= one
        return day

    # ---- revisions --------------------------------------------------------
    def revision_for(self, day: dt.date) -> PlanRevision | None:
        current = None
        for revision in self.revisions:
            if revision.effective_date <= day:
                current = revision
        return current

    def _offset_changes(self, revision: PlanRevision) -> list[tuple[int, float]]:
        """(plan-clock offset, shown dose) at which this revision's dose changes."""
        key = id(revision)
        if key not in self._changes:
            if revision.rule == CUSTOM:
                changes = [(0, _clean(revision.start_dose))]
                # Typed dates sit on the plan clock too, so a hold shifts them like any step.
                for step in sorted(revision.custom_steps, key=lambda s: s.day):
                    offset = (step.day - revision.effective_date).days
                    if offset <= 0:
                        changes[0] = (0, _clean(step.dose))
                    elif step.dose != changes[-1][1]:
                        changes.append((offset, _clean(step.dose)))
            else:
                interval, amount = revision.interval_days, revision.step
                if interval is None or amount is None:  # the plan rules refuse such a revision
                    raise ValueError(f"a {revision.rule} revision needs a step and an interval")
                changes = [
                    (n * interval, dose)
                    for n, dose in step_doses(
                        revision.rule,
                        revision.start_dose,
                        amount,
                        revision.resolution,
                        revision.target,
                    )
                ]
            self._changes[key] = changes
        return self._changes[key]

    # ---- queries ----------------------------------------------------------
    def planned(self, day: dt.date) -> float | None:
        """The planned dose on day, or None before the plan starts."""
        if not self.revisions or day < self.revisions[0].effective_date:
            return None
        if self._disjoint_holds:
            changes = self.step_changes()
            if self._change_days is None:
                self._change_days = [d for d, _dose in changes]
            i = bisect.bisect_right(self._change_days, day) - 1
            return changes[i][1] if i >= 0 else None
        return self._planned_on_clock(day)

    def _planned_on_clock(self, day: dt.date) -> float | None:
        """planned() by walking the plan clock: the definition step_changes() follows."""
        revision = self.revision_for(day)
        if revision is None:
            return None
        offset = self.elapsed(revision, day)
        dose = None
        for change_offset, change_dose in self._offset_changes(revision):
            if change_offset <= offset:
                dose = change_dose
            else:
                break
        return dose

    def step_changes(self) -> list[tuple[dt.date, float]]:
        """Calendar days on which the planned dose changes, with the new dose,
        over every revision (each revision until the next takes over)."""
        if self._step_changes is not None:
            return self._step_changes
        result: list[tuple[dt.date, float]] = []
        for i, revision in enumerate(self.revisions):
            until = self.revisions[i + 1].effective_date if i + 1 < len(self.revisions) else None
            for offset, dose in self._offset_changes(revision):
                day = self.calendar_day(revision, offset)
                if day is None or (until is not None and day >= until):
                    break
                if not result or result[-1][1] != dose:
                    result.append((day, dose))
        self._step_changes = result
        return result

    def is_step_day(self, day: dt.date) -> bool:
        return any(d == day for d, _ in self.step_changes()[1:])

    def current_step_start(self, day: dt.date) -> dt.date | None:
        """The day the dose in force on day began (for 'day N of this step')."""
        start = None
        for change_day, _dose in self.step_changes():
            if change_day <= day:
                start = change_day
        return start

    def next_step(self, day: dt.date) -> tuple[dt.date, float] | None:
        for change_day, dose in self.step_changes():
            if change_day > day:
                return change_day, dose
        return None

    def projected_end(self) -> dt.date | None:
        """The first day at the target of the last revision, None if never (open hold)."""
        if not self.revisions:
            return None
        last = self.revisions[-1]
        changes = self.step_changes()
        if changes and changes[-1][1] <= last.target + _EPS:
            return changes[-1][0]
        return None

    def day_of_step(self, day: dt.date) -> int | None:
        """1 on the day the dose in force began, 2 the day after, ...; None before the plan.

        The one day count of the app: calendar, check-in, charts and report all call the
        step day "day 1"."""
        start = self.current_step_start(day)
        return None if start is None else (day - start).days + 1

    def rows(self) -> list[ScheduleRow]:
        """Every dose change over all revisions, with the days each dose lasts."""
        changes = self.step_changes()
        rows = []
        for i, (day, dose) in enumerate(changes):
            following = changes[i + 1][0] if i + 1 < len(changes) else None
            rows.append(ScheduleRow(day, dose, (following - day).days if following else None))
        return rows
