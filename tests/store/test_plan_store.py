"""The store refuses what the plan rules refuse; the JSON import keeps history and refuses
MME factors the CDC 2022 table does not give."""

import datetime as dt
import json

import pytest

from taper_desktop.cli import main
from taper_desktop.domain import plan_rules as pr
from taper_desktop.domain.models import CustomStep, Hold, PlanRevision, Substance
from taper_desktop.exchange import full_json
from taper_desktop.exchange.problems import ImportFailed
from taper_desktop.store import dump, open_store, plans

D = dt.date(2026, 11, 1)


def oxy() -> Substance:
    return Substance("Oxycodone", "opioid", "mg", mme_factor=1.5)


def rev(start=60.0, step=10.0, interval=14, resolution=5.0, target=0.0, day=D, **kw):
    return PlanRevision(day, "percent", start, step, interval, resolution, target, **kw)


def count(store, table):
    return store.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.mark.parametrize(
    "bad, code",
    [
        (dict(start=5, resolution=10), pr.ROUND_NOT_BELOW_START),
        (dict(start=2.9, resolution=0.5), pr.START_NOT_MULTIPLE),
        (dict(start=15, resolution=10), pr.START_NOT_MULTIPLE),
        (dict(target=2), pr.TARGET_NOT_MULTIPLE),
    ],
)
def test_a_new_plan_breaking_a_rule_is_refused_and_nothing_written(store, bad, code):
    with pytest.raises(pr.RuleError) as caught:
        plans.create_plan(store, oxy(), rev(**bad))
    assert caught.value.problems[0].code == code
    assert count(store, "plan") == count(store, "substance") == count(store, "plan_revision") == 0


def test_a_custom_step_on_the_effective_date_is_refused_by_the_store(store):
    custom = PlanRevision(D, "custom", 60, None, None, 5, custom_steps=[CustomStep(D, 55)])
    with pytest.raises(pr.RuleError, match="after the effective date"):
        plans.create_plan(store, oxy(), custom)
    assert count(store, "plan") == 0


def test_an_increase_needs_the_providers_name_and_is_stored_with_it(store):
    plan = plans.create_plan(store, oxy(), rev())
    later = D + dt.timedelta(days=42)  # 60 -> 55 -> 50 on the day before
    with pytest.raises(pr.RuleError) as caught:
        plans.add_revision(store, plan.id, rev(start=60, day=later))
    assert caught.value.problems[0].values == {"day": later, "before": 50.0, "dose": 60.0}
    assert count(store, "plan_revision") == 1
    plans.add_revision(
        store,
        plan.id,
        rev(
            start=60,
            day=later,
            increase_agreed_with="Dr Rivera",
            increase_agreed_on=dt.date(2026, 12, 1),
        ),
    )
    stored = plans.load_plan(store, plan.id).revisions[1]
    assert stored.increase_agreed_with == "Dr Rivera"
    assert stored.increase_agreed_on == dt.date(2026, 12, 1)
    review = pr.review_plan(plans.load_plan(store, plan.id))
    assert review[1].increase_recorded and review[1].rises == [(later, 50.0, 60.0)]


def test_a_revision_at_the_planned_dose_needs_no_name(store):
    plan = plans.create_plan(store, oxy(), rev())
    plans.add_revision(store, plan.id, rev(start=55, day=D + dt.timedelta(days=14)))
    assert count(store, "plan_revision") == 2


def test_overlapping_holds_are_refused_by_the_store(store):
    plan = plans.create_plan(store, oxy(), rev())
    plans.add_hold(store, plan.id, Hold(D + dt.timedelta(days=3), D + dt.timedelta(days=6)))
    with pytest.raises(pr.RuleError, match="overlaps"):
        plans.add_hold(store, plan.id, Hold(D + dt.timedelta(days=6), None))
    with pytest.raises(pr.RuleError, match="ends before it starts"):
        plans.add_hold(store, plan.id, Hold(D + dt.timedelta(days=9), D + dt.timedelta(days=8)))
    assert count(store, "hold") == 1


# ---- the JSON import ----------------------------------------------------------------------


def exported(store, tmp_path, edit) -> str:
    """An export of a plan, edited by edit(data); returns the file's path."""
    plans.create_plan(store, oxy(), rev())
    path = tmp_path / "plan.json"
    full_json.export_json(store, path)
    data = json.loads(path.read_text())
    edit(data)
    path.write_text(json.dumps(data))
    return str(path)


def fresh(tmp_path):
    return open_store(tmp_path / "other")


@pytest.mark.parametrize(
    "kind, name, factor, needle",
    [
        ("kratom", "Kratom leaf powder", 4.3, "kratom substance has no MME factor"),
        ("buprenorphine", "Buprenorphine", 1.0, "no MME factor"),
        ("other", "Something", 1.0, "no MME factor"),
        ("opioid", "Oxycodone", 4.3, "4.3 is not an MME factor of the CDC 2022 table"),
        ("opioid", "Oxycodone", 1.0, "factor for Oxycodone is 1.5"),
    ],
)
def test_import_refuses_an_mme_factor_not_from_the_cdc_table(
    store, tmp_path, capsys, kind, name, factor, needle
):
    def edit(data):
        data["substances"][0].update(kind=kind, name=name, mme_factor=factor)

    path = exported(store, tmp_path, edit)
    other = fresh(tmp_path)
    with pytest.raises(ImportFailed, match=needle):
        full_json.import_json(other, path)
    assert count(other, "substance") == 0
    other.close()
    assert main(["--data-dir", str(tmp_path / "cli"), "import-json", path]) == 1
    assert needle in capsys.readouterr().err


def test_import_keeps_a_plan_breaking_a_new_rule_and_says_so(store, tmp_path, capsys):
    def edit(data):
        data["plans"][0]["revisions"][0].update(start_dose=15, resolution=10)

    path = exported(store, tmp_path, edit)
    other = fresh(tmp_path)
    result = full_json.import_json(other, path)
    assert [p.code for _, p in result.kept_plan_problems] == [pr.START_NOT_MULTIPLE]
    assert plans.current_plan(other).revisions[0].start_dose == 15
    other.close()
    assert main(["--data-dir", str(tmp_path / "cli"), "import-json", path]) == 0
    out = capsys.readouterr().out
    assert "start dose 15 is not a multiple of the rounding step 10; kept as it was" in out


def test_import_marks_an_increase_without_a_name_agreement_not_recorded(store, tmp_path, capsys):
    def edit(data):
        second = dict(data["plans"][0]["revisions"][0])
        second.update(effective_date="2026-12-13", start_dose=60)
        data["plans"][0]["revisions"].append(second)

    path = exported(store, tmp_path, edit)
    other = fresh(tmp_path)
    result = full_json.import_json(other, path)
    assert result.unrecorded_increases == 1
    plan = plans.current_plan(other)
    review = pr.review_plan(plan)
    assert review[1].rises and not review[1].increase_recorded
    other.close()
    assert main(["--data-dir", str(tmp_path / "cli"), "import-json", path]) == 0
    out = capsys.readouterr().out
    assert (
        '1 dose increase with no provider\'s name, kept and marked "agreement not recorded"' in out
    )


def test_import_keeps_a_recorded_agreement_and_round_trips(store, tmp_path):
    plan = plans.create_plan(store, oxy(), rev())
    plans.add_revision(
        store,
        plan.id,
        rev(
            start=60,
            day=D + dt.timedelta(days=42),
            increase_agreed_with="Dr Rivera",
            increase_agreed_on=dt.date(2026, 12, 1),
        ),
    )
    first = tmp_path / "a.json"
    full_json.export_json(store, first)
    other = fresh(tmp_path)
    result = full_json.import_json(other, first)
    assert result.kept_plan_problems == []
    assert plans.current_plan(other).revisions[1].increase_agreed_with == "Dr Rivera"
    second = tmp_path / "b.json"
    full_json.export_json(other, second)

    def strip(p):
        return {k: v for k, v in json.loads(p.read_text()).items() if k != "exported_at"}

    assert strip(first) == strip(second)
    other.close()


def test_import_refuses_what_no_schedule_can_follow(store, tmp_path):
    def edit(data):
        data["plans"][0]["revisions"][0].update(step=0.0001)

    path = exported(store, tmp_path, edit)
    other = fresh(tmp_path)
    with pytest.raises(ImportFailed, match="does not reach the target"):
        full_json.import_json(other, path)
    assert count(other, "plan") == 0
    other.close()


def test_import_spells_the_patch_rate_mcg_h(store, tmp_path):
    def edit(data):
        data["substances"][0].update(
            name="Fentanyl transdermal patch", unit="mcg/hr", mme_factor=2.4
        )
        data["plans"][0]["revisions"][0].update(start_dose=50, resolution=12.5)

    path = exported(store, tmp_path, edit)
    other = fresh(tmp_path)
    full_json.import_json(other, path)
    assert [r["unit"] for r in dump.rows(other, "substance")] == ["mcg/h"]
    other.close()


def test_no_dose_for_a_future_day(store):
    from taper_desktop.domain.models import Dose
    from taper_desktop.store import doses, settings

    today = settings.diary_today(store)
    tomorrow = today + dt.timedelta(days=1)
    with pytest.raises(ValueError, match="has not come yet"):
        doses.add(store, Dose(tomorrow, 60, "mg"))
    assert doses.on_day(store, tomorrow) == []
    kept = doses.add(store, Dose(today, 60, "mg"))
    kept.day = tomorrow
    with pytest.raises(ValueError, match="has not come yet"):
        doses.update(store, kept)
    assert [d.day for d in doses.on_day(store, today)] == [today]
