"""Checking the plans of a JSON file: revisions, custom steps and holds, against the
plan rules of domain/plan_rules.py."""

from __future__ import annotations

from taper_desktop.domain import plan_rules
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.domain.models import CustomStep, Hold, PlanRevision
from taper_desktop.exchange.full_json import checker as c
from taper_desktop.exchange.full_json.checker import Checker, JsonObject
from taper_desktop.exchange.full_json.records import HoldRecord, KeptProblem, PlanRecord
from taper_desktop.exchange.problems import Said


def parse_plans(
    ck: Checker, data: JsonObject, sub_refs: set[int], kept: list[KeptProblem]
) -> list[PlanRecord]:
    """Every plan in the file; kept collects what only today's rules forbid."""
    plans = []
    for _i, at, rec in ck.objects(data, "plans", ""):
        substance = ck.ref_to(rec, "substance", at, sub_refs, True)
        name = ck.get(rec, "name", at, c.text, required=False, default="")
        created_at = ck.get(rec, "created_at", at, c.stamp)
        revisions: list[PlanRevision] = []
        revision_paths: list[str] = []
        for _j, rat, r in ck.objects(rec, "revisions", f"{at}."):
            revisions.append(_revision(ck, r, rat))
            revision_paths.append(rat)
        if revisions and all(r.withdrawn_on for r in revisions):
            ck.bad(
                f"{at}.revisions",
                None,
                Said(
                    QT_TRANSLATE_NOOP("import", "a plan needs at least one revision not withdrawn")
                ),
            )
        if not revisions:
            ck.bad(
                f"{at}.revisions",
                [],
                Said(QT_TRANSLATE_NOOP("import", "a plan needs at least one revision")),
            )
        holds = _holds(ck, rec, at)
        _review_revisions(ck, kept, revisions, holds, revision_paths)
        if substance is None:
            continue  # reported
        plans.append(PlanRecord(substance, name, created_at, tuple(revisions), tuple(holds)))
    return plans


def _revision(ck: Checker, r: JsonObject, rat: str) -> PlanRevision:
    """The revision at rat; fields that are bad are reported and left None."""
    steps = []
    for _k, sat, s in ck.objects(r, "custom_steps", f"{rat}."):
        day, dose = ck.get(s, "day", sat, c.day), ck.get(s, "dose", sat, c.number)
        agreed = ck.get(s, "increase_agreed", sat, c.flag, required=False, default=False)
        if day is not None and dose is not None:
            steps.append(CustomStep(day, dose, agreed))
    interval = ck.get(r, "interval_days", rat, c.whole, required=False)
    return PlanRevision(
        effective_date=ck.get(r, "effective_date", rat, c.day),
        rule=ck.get(r, "rule", rat, c.text),
        start_dose=ck.get(r, "start_dose", rat, c.number),
        step=ck.get(r, "step", rat, c.number, required=False),
        interval_days=interval,
        resolution=ck.get(r, "resolution", rat, c.number),
        target=ck.get(r, "target", rat, c.number, required=False, default=0.0),
        reason=ck.get(r, "reason", rat, c.text, required=False, default=""),
        agreed_by=ck.get(r, "agreed_by", rat, c.text, required=False, default=""),
        custom_steps=steps,
        created_at=ck.get(r, "created_at", rat, c.stamp),
        increase_agreed_with=ck.get(
            r, "increase_agreed_with", rat, c.text, required=False, default=""
        ),
        increase_agreed_on=ck.get(r, "increase_agreed_on", rat, c.day, required=False),
        withdrawn_on=ck.get(r, "withdrawn_on", rat, c.day, required=False),
        withdrawn_reason=ck.get(r, "withdrawn_reason", rat, c.text, required=False, default=""),
    )


def _holds(ck: Checker, rec: JsonObject, at: str) -> list[HoldRecord]:
    holds: list[HoldRecord] = []
    for _j, hat, h in ck.objects(rec, "holds", f"{at}."):
        hold = Hold(
            start_day=ck.get(h, "start_day", hat, c.day),
            end_day=ck.get(h, "end_day", hat, c.day, required=False),
            reason=ck.get(h, "reason", hat, c.text, required=False, default=""),
            withdrawn_on=ck.get(h, "withdrawn_on", hat, c.day, required=False),
            withdrawn_reason=ck.get(h, "withdrawn_reason", hat, c.text, required=False, default=""),
        )
        stamp = ck.get(h, "created_at", hat, c.stamp)
        if hold.start_day is None:
            continue
        in_force = [other.hold for other in holds if other.hold.withdrawn_on is None]
        for problem in plan_rules.check_hold(hold, [] if hold.withdrawn_on else in_force):
            if problem.code == plan_rules.HOLD_ENDS_BEFORE_START and hold.end_day is not None:
                ck.bad(f"{hat}.end_day", hold.end_day.isoformat(), problem.error())
            else:
                ck.bad(hat, None, problem.error())
        holds.append(HoldRecord(hold, stamp))
    return holds


def _computable(rev: PlanRevision) -> bool:
    """False when a value a schedule needs was missing or bad (already reported)."""
    needed = (rev.effective_date, rev.rule, rev.start_dose, rev.resolution)
    return None not in needed


def _review_revisions(
    ck: Checker,
    kept: list[KeptProblem],
    revisions: list[PlanRevision],
    hold_records: list[HoldRecord],
    paths: list[str],
) -> None:
    """The plan rules (domain/plan_rules.py) for each revision of an imported plan.

    What no schedule can be computed from is refused; what only today's rules forbid
    (e.g. a start that is not a multiple of the rounding step, an increase with no
    provider's name) is kept as it was and listed in the import summary."""
    holds = [h.hold for h in hold_records if h.hold.withdrawn_on is None]
    # A withdrawn revision is checked on its own; it is not part of the schedule.
    complete = [
        _computable(r) and isinstance(r.target, float) and r.withdrawn_on is None for r in revisions
    ]
    order = sorted(
        (i for i, ok in enumerate(complete) if ok), key=lambda i: revisions[i].effective_date
    )
    earlier: list[PlanRevision] = []
    broken = False
    for i in order:
        rev, rat = revisions[i], paths[i]
        before = None
        if earlier and not broken:
            try:
                before = plan_rules.planned_before(earlier, holds, rev.effective_date)
            except (ValueError, OverflowError):
                before = None
        for problem in plan_rules.check_revision(rev, before):
            if problem.structural:
                ck.bad(rat, None, problem.error())
                broken = True
            else:
                kept.append((rat, problem))
        earlier.append(rev)
    for i, rev in enumerate(revisions):  # withdrawn: kept as they were, if computable
        if rev.withdrawn_on is not None and _computable(rev):
            for problem in plan_rules.check_revision(rev):
                if problem.structural:
                    ck.bad(paths[i], None, problem.error())
