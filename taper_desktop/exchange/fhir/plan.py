"""The taper plan in the Bundle: a MedicationRequest (intent "plan") per revision, its
steps and holds as dosageInstruction entries; withdrawn revisions as entered-in-error."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from taper_desktop.domain.formatting import format_dose, is_rate
from taper_desktop.domain.models import Hold, Plan, PlanRevision
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.exchange.fhir.common import Builder, dose_and_rate, medication


@dataclass(frozen=True)
class Period:
    """One dosageInstruction of a revision: a step, or a hold at the dose held."""

    kind: str  # "step" | "hold"
    start: dt.date
    end: dt.date | None  # last day, inclusive; None when open
    dose: float


def revision_periods(
    schedule: PlanSchedule, revision: PlanRevision, holds: list[Hold]
) -> list[Period]:
    """The steps and holds while revision is in force, in date order.

    A step that a hold interrupts is split around the hold, which appears as its own
    period at the dose held (planned() gives that dose on every day of both)."""
    index = schedule.revisions.index(revision)
    until = (
        schedule.revisions[index + 1].effective_date - dt.timedelta(days=1)
        if index + 1 < len(schedule.revisions)
        else None
    )
    changes = schedule.step_changes()
    # The dose in force on the effective date, then every change while the revision rules.
    starts = [(revision.effective_date, schedule.planned(revision.effective_date))]
    starts += [
        (d, dose)
        for d, dose in changes
        if revision.effective_date < d and (until is None or d <= until)
    ]
    out: list[Period] = []
    for i, (start, dose) in enumerate(starts):
        end = starts[i + 1][0] - dt.timedelta(days=1) if i + 1 < len(starts) else until
        if dose is None:
            continue
        cursor: dt.date | None = start
        for hold in holds:
            if cursor is None:
                break
            h_end = hold.end_day
            if (end is not None and hold.start_day > end) or (h_end is not None and h_end < cursor):
                continue
            h_start = max(hold.start_day, cursor)
            if h_start > cursor:
                out.append(Period("step", cursor, h_start - dt.timedelta(days=1), dose))
            stop = h_end if end is None or (h_end is not None and h_end < end) else end
            out.append(Period("hold", h_start, stop, dose))
            cursor = None if stop is None else stop + dt.timedelta(days=1)
            if end is not None and cursor is not None and cursor > end:
                cursor = None
        if cursor is not None:
            out.append(Period("step", cursor, end, dose))
    return out


def add_plan(b: Builder, plan: Plan, patient: str, today: dt.date) -> None:
    schedule = PlanSchedule(plan.revisions, plan.holds)
    unit = plan.substance.unit
    previous: str | None = None
    for n, rev in enumerate(schedule.revisions):
        dosage = []
        for seq, period in enumerate(revision_periods(schedule, rev, schedule.holds), start=1):
            bounds = {"start": period.start.isoformat()}
            if period.end is not None:
                bounds["end"] = period.end.isoformat()
            what = "On hold at" if period.kind == "hold" else "Step:"
            per = "" if is_rate(unit) else " per day"
            span = f"from {period.start.isoformat()}" + (
                f" to {period.end.isoformat()}" if period.end else ""
            )
            dosage.append(
                {
                    "sequence": seq,
                    "text": f"{what} {format_dose(period.dose, unit)}{per}, {span}",
                    "timing": {
                        "repeat": {
                            "boundsPeriod": bounds,
                            "frequency": 1,
                            "period": 1,
                            "periodUnit": "d",
                        }
                    },
                    "doseAndRate": [dose_and_rate(period.dose, unit)],
                }
            )
        last = n == len(schedule.revisions) - 1
        end = schedule.projected_end()
        status = (
            "stopped"
            if not last
            else ("completed" if end is not None and end < today else "active")
        )
        notes = [
            f"Reason: {rev.reason}" if rev.reason.strip() else "Reason: not recorded",
            f"Agreed with: {rev.agreed_by}"
            if rev.agreed_by.strip()
            else "Agreed with: not recorded",
            f"Plan revision effective {rev.effective_date.isoformat()}; steps are "
            "computed from the rule agreed with the provider.",
        ]
        request: dict[str, Any] = {
            "resourceType": "MedicationRequest",
            "status": status,
            "intent": "plan",
            "medicationCodeableConcept": medication(plan.substance.name),
            "subject": {"reference": patient},
        }
        if rev.created_at:
            request["authoredOn"] = rev.created_at
        if previous is not None:
            request["priorPrescription"] = {"reference": previous}
        request["note"] = [{"text": t} for t in notes]
        request["dosageInstruction"] = dosage
        previous = b.add(request, *_revision_key(plan, rev, n))
    for n, rev in enumerate(plan.withdrawn_revisions):
        # Withdrawn from the history (entered wrongly): kept, so a clinic that imported it
        # before learns it was an error; its steps are not repeated.
        # withdrawn_on is always set on a withdrawn revision (store/plans.py)
        on = rev.withdrawn_on.isoformat() if rev.withdrawn_on else "a day not recorded"
        notes = [
            f"Withdrawn on {on}"
            + (f": {rev.withdrawn_reason}" if rev.withdrawn_reason.strip() else ""),
            f"Was to take effect {rev.effective_date.isoformat()}"
            + (f"; reason given: {rev.reason}" if rev.reason.strip() else ""),
        ]
        request = {
            "resourceType": "MedicationRequest",
            "status": "entered-in-error",
            "intent": "plan",
            "medicationCodeableConcept": medication(plan.substance.name),
            "subject": {"reference": patient},
        }
        if rev.created_at:
            request["authoredOn"] = rev.created_at
        request["note"] = [{"text": t} for t in notes]
        b.add(request, *_revision_key(plan, rev, f"withdrawn-{n}"))


def _revision_key(plan: Plan, rev: PlanRevision, fallback: object) -> tuple[object, ...]:
    """A revision's natural key: what it says and when it was recorded (both kept by the
    JSON copy), so its id stays the same when it is later withdrawn, and a correction
    (which says something else) gets its own."""
    steps = ";".join(f"{s.day.isoformat()}={s.dose!r}" for s in rev.custom_steps)
    return (
        "plan-revision",
        plan.substance.name,
        rev.effective_date.isoformat(),
        rev.created_at or fallback,
        rev.rule,
        repr(rev.start_dose),
        repr(rev.step),
        rev.interval_days,
        repr(rev.resolution),
        repr(rev.target),
        steps,
        rev.reason,
        rev.agreed_by,
    )
