"""Substances, taper plans, their revisions and holds."""

from __future__ import annotations

import datetime as dt
import sqlite3

from taper_desktop.domain import plan_rules
from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.formatting import normalise_unit
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.domain.models import CustomStep, Hold, Plan, PlanRevision, Substance
from taper_desktop.store.db import Store, StoreError, now_text


def _day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def validate_revision(revision: PlanRevision, plan: Plan | None = None) -> None:
    """Raise plan_rules.RuleError (a ValidationError) naming the first rule a new revision
    breaks; plan is the plan it joins (None for a new plan). domain/plan_rules.py holds
    the rules."""
    plan_rules.require(plan_rules.check_new_revision(plan, revision))


def add_substance(store: Store, substance: Substance) -> Substance:
    with store.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO substance (name, kind, unit, form, mme_factor, created_at)"
            " VALUES (?,?,?,?,?,?)",
            (
                substance.name,
                substance.kind,
                normalise_unit(substance.unit),
                substance.form,
                substance.mme_factor,
                now_text(),
            ),
        )
    substance.id = cur.lastrowid
    return substance


def _new_id(cursor: sqlite3.Cursor) -> int:
    """The id of the row an INSERT just made."""
    row_id = cursor.lastrowid
    if row_id is None:
        raise StoreError("the row was not added")
    return int(row_id)


def _stored_id(plan: Plan) -> int:
    if plan.id is None:
        raise ValueError("the plan is not stored")  # a plan loaded from the store has one
    return plan.id


def _substance(r: sqlite3.Row) -> Substance:
    return Substance(
        name=r["name"],
        kind=r["kind"],
        unit=r["unit"],
        form=r["form"],
        mme_factor=r["mme_factor"],
        id=r["id"],
    )


def substances(store: Store) -> list[Substance]:
    return [_substance(r) for r in store.execute("SELECT * FROM substance ORDER BY id")]


def create_plan(store: Store, substance: Substance, first: PlanRevision, name: str = "") -> Plan:
    """Create a substance (if new), a plan and its first revision in one transaction."""
    validate_revision(first)
    with store.transaction():
        if substance.id is None:
            add_substance(store, substance)
        cur = store.execute(
            "INSERT INTO plan (substance_id, name, created_at) VALUES (?,?,?)",
            (substance.id, name, now_text()),
        )
        plan_id = _new_id(cur)
        plan = Plan(substance=substance, name=name, id=plan_id)
        add_revision(store, plan_id, first)
    plan.revisions.append(first)
    return plan


def add_revision(store: Store, plan_id: int, revision: PlanRevision) -> PlanRevision:
    """A plan change: a new revision; earlier days keep the schedule they had.

    Refuses (plan_rules.RuleError) what the plan rules refuse, with the plan as stored."""
    created = now_text()
    with store.transaction() as conn:
        validate_revision(revision, load_plan(store, plan_id))
        cur = conn.execute(
            "INSERT INTO plan_revision (plan_id, effective_date, rule, start_dose, step,"
            " interval_days, resolution, target, reason, agreed_by, increase_agreed_with,"
            " increase_agreed_on, created_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                plan_id,
                revision.effective_date.isoformat(),
                revision.rule,
                revision.start_dose,
                revision.step,
                revision.interval_days,
                revision.resolution,
                revision.target,
                revision.reason,
                revision.agreed_by,
                revision.increase_agreed_with.strip(),
                revision.increase_agreed_on and revision.increase_agreed_on.isoformat(),
                created,
            ),
        )
        conn.executemany(
            "INSERT INTO plan_custom_step (revision_id, day, dose, increase_agreed)"
            " VALUES (?,?,?,?)",
            [
                (cur.lastrowid, s.day.isoformat(), s.dose, int(s.increase_agreed))
                for s in revision.custom_steps
            ],
        )
    revision.id, revision.plan_id, revision.created_at = cur.lastrowid, plan_id, created
    return revision


def current_plan(store: Store) -> Plan | None:
    """The most recently created plan with its revisions and holds, or None."""
    row = store.execute("SELECT * FROM plan ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else load_plan(store, row["id"])


def load_plan(store: Store, plan_id: int) -> Plan:
    row = store.execute("SELECT * FROM plan WHERE id = ?", (plan_id,)).fetchone()
    if row is None:
        raise KeyError(plan_id)
    sub = store.execute("SELECT * FROM substance WHERE id = ?", (row["substance_id"],)).fetchone()
    plan = Plan(substance=_substance(sub), name=row["name"], id=row["id"])
    steps: dict[int, list[CustomStep]] = {}
    for s in store.execute(
        "SELECT s.* FROM plan_custom_step s JOIN plan_revision r ON r.id = s.revision_id"
        " WHERE r.plan_id = ? ORDER BY s.day",
        (plan_id,),
    ):
        steps.setdefault(s["revision_id"], []).append(
            CustomStep(dt.date.fromisoformat(s["day"]), s["dose"], bool(s["increase_agreed"]))
        )
    for r in store.execute(
        "SELECT * FROM plan_revision WHERE plan_id = ? ORDER BY effective_date, id", (plan_id,)
    ):
        withdrawn = _day(r["withdrawn_on"])
        kept = plan.withdrawn_revisions if withdrawn else plan.revisions
        kept.append(
            PlanRevision(
                effective_date=dt.date.fromisoformat(r["effective_date"]),
                rule=r["rule"],
                start_dose=r["start_dose"],
                step=r["step"],
                interval_days=r["interval_days"],
                resolution=r["resolution"],
                target=r["target"],
                reason=r["reason"],
                agreed_by=r["agreed_by"],
                custom_steps=steps.get(r["id"], []),
                id=r["id"],
                plan_id=plan_id,
                created_at=r["created_at"],
                increase_agreed_with=r["increase_agreed_with"],
                increase_agreed_on=_day(r["increase_agreed_on"]),
                withdrawn_on=withdrawn,
                withdrawn_reason=r["withdrawn_reason"],
            )
        )
    for h in store.execute(
        "SELECT * FROM hold WHERE plan_id = ? ORDER BY start_day, id", (plan_id,)
    ):
        withdrawn = _day(h["withdrawn_on"])
        (plan.withdrawn_holds if withdrawn else plan.holds).append(
            Hold(
                start_day=dt.date.fromisoformat(h["start_day"]),
                end_day=_day(h["end_day"]),
                reason=h["reason"],
                id=h["id"],
                plan_id=plan_id,
                withdrawn_on=withdrawn,
                withdrawn_reason=h["withdrawn_reason"],
            )
        )
    return plan


def add_hold(store: Store, plan_id: int, hold: Hold) -> Hold:
    """Store a hold; refuses one that ends before it starts or overlaps another
    (plan_rules.check_hold)."""
    with store.transaction() as conn:
        plan_rules.require(plan_rules.check_hold(hold, load_plan(store, plan_id).holds))
        cur = conn.execute(
            "INSERT INTO hold (plan_id, start_day, end_day, reason, created_at) VALUES (?,?,?,?,?)",
            (
                plan_id,
                hold.start_day.isoformat(),
                None if hold.end_day is None else hold.end_day.isoformat(),
                hold.reason,
                now_text(),
            ),
        )
    hold.id, hold.plan_id = cur.lastrowid, plan_id
    return hold


def end_hold(store: Store, hold_id: int, last_held_day: dt.date) -> None:
    """Resume: the hold's last day becomes last_held_day."""
    with store.transaction() as conn:
        row = conn.execute("SELECT start_day FROM hold WHERE id = ?", (hold_id,)).fetchone()
        if row is None:
            raise ValidationError(QT_TRANSLATE_NOOP("validation", "that hold no longer exists"))
        if last_held_day.isoformat() < row["start_day"]:
            raise ValidationError(
                QT_TRANSLATE_NOOP("validation", "a hold cannot end before it starts")
            )
        conn.execute(
            "UPDATE hold SET end_day = ? WHERE id = ?", (last_held_day.isoformat(), hold_id)
        )


# ---- withdrawing and correcting: the original stays in the history, marked -------------
ENTERED_IN_ERROR = "entered in error"
CANCELLED_UNUSED = "cancelled before any day was held"


def _plan_of(store: Store, table: str, row_id: int) -> Plan:
    row = store.execute(
        f"SELECT plan_id, withdrawn_on FROM {table} WHERE id = ?", (row_id,)
    ).fetchone()
    revision = table == "plan_revision"
    if row is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("validation", "that revision no longer exists")
            if revision
            else QT_TRANSLATE_NOOP("validation", "that hold no longer exists")
        )
    if row["withdrawn_on"] is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("validation", "that revision was already withdrawn on %1")
            if revision
            else QT_TRANSLATE_NOOP("validation", "that hold was already withdrawn on %1"),
            row["withdrawn_on"],
        )
    return load_plan(store, row["plan_id"])


def _check_following(plan: Plan, revisions: list[PlanRevision], changed: dt.date) -> None:
    """The revision after a changed one starts from a different dose: its rules again."""
    later = sorted(
        (r for r in revisions if r.effective_date > changed), key=lambda r: r.effective_date
    )
    if later:
        rest = Plan(plan.substance, [r for r in revisions if r is not later[0]], plan.holds)
        problems = plan_rules.check_new_revision(rest, later[0])
        plan_rules.require(
            [p for p in problems if p.code == plan_rules.INCREASE_NOT_CONFIRMED or p.structural]
        )


def _mark_withdrawn(store: Store, table: str, row_id: int, on: dt.date, reason: str) -> None:
    store.execute(
        f"UPDATE {table} SET withdrawn_on = ?, withdrawn_reason = ? WHERE id = ?",
        (on.isoformat(), reason.strip() or ENTERED_IN_ERROR, row_id),
    )


def withdraw_revision(
    store: Store, revision_id: int, on: dt.date, reason: str = ENTERED_IN_ERROR
) -> None:
    """Take a revision out of the schedule, keeping it in the history as withdrawn.

    The plan's only revision cannot go (correct it instead); the revision after it must
    still meet the plan rules, now that it follows an earlier one."""
    with store.transaction():
        plan = _plan_of(store, "plan_revision", revision_id)
        gone = next(r for r in plan.revisions if r.id == revision_id)
        rest = [r for r in plan.revisions if r.id != revision_id]
        if not rest:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "validation", "the plan's only revision cannot be withdrawn; correct it instead"
                )
            )
        _check_following(plan, rest, gone.effective_date)
        _mark_withdrawn(store, "plan_revision", revision_id, on, reason)


def correct_revision(
    store: Store,
    revision_id: int,
    corrected: PlanRevision,
    on: dt.date,
    reason: str = ENTERED_IN_ERROR,
) -> PlanRevision:
    """Replace a revision entered wrongly: the original is withdrawn (kept, marked) and the
    correction added, in one transaction. Every plan rule applies to the correction."""
    with store.transaction():
        plan = _plan_of(store, "plan_revision", revision_id)
        rest = [r for r in plan.revisions if r.id != revision_id]
        without = Plan(plan.substance, rest, plan.holds, plan.name, plan.id)
        validate_revision(corrected, without if rest else None)
        _check_following(plan, rest + [corrected], corrected.effective_date)
        _mark_withdrawn(store, "plan_revision", revision_id, on, reason)
        return add_revision(store, _stored_id(plan), corrected)


def withdraw_hold(store: Store, hold_id: int, on: dt.date, reason: str = ENTERED_IN_ERROR) -> None:
    """Take a hold out of the schedule, keeping it in the history as withdrawn."""
    with store.transaction():
        _plan_of(store, "hold", hold_id)
        _mark_withdrawn(store, "hold", hold_id, on, reason)


def correct_hold(
    store: Store, hold_id: int, corrected: Hold, on: dt.date, reason: str = ENTERED_IN_ERROR
) -> Hold:
    """Replace a hold entered wrongly (dates, reason): the original is withdrawn and the
    correction added in one transaction, under the hold rules (no overlap, no end before
    its start)."""
    with store.transaction():
        plan = _plan_of(store, "hold", hold_id)
        others = [h for h in plan.holds if h.id != hold_id]
        plan_rules.require(plan_rules.check_hold(corrected, others))
        _mark_withdrawn(store, "hold", hold_id, on, reason)
        return add_hold(store, _stored_id(plan), corrected)
