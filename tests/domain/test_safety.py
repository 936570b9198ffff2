"""The safety messages' rules and words (domain/safety.py), at their boundaries."""

import datetime as dt
import re

import pytest

from taper_desktop.domain import hold_prompt as hp
from taper_desktop.domain import safety
from taper_desktop.domain.models import CheckIn, Hold, PlanRevision
from taper_desktop.domain.scales import GOSSOP_INSTRUMENT, SOWS_INSTRUMENT
from taper_desktop.domain.schedule import PlanSchedule

D = dt.date
ONE = dt.timedelta(days=1)
START = D(2026, 3, 1)
TODAY = D(2026, 3, 20)


def sows(day, total, answered=16, **kw):
    keys = SOWS_INSTRUMENT.item_keys[:15]  # item 16 (urge) stays 0 unless set
    items = {k: 0 for k in SOWS_INSTRUMENT.item_keys}
    left = total
    for k in keys:
        items[k] = min(4, left)
        left -= items[k]
    assert left == 0
    items = dict(list(items.items())[:answered])
    return CheckIn(day=day, instrument="SOWS", items=items, **kw)


def gossop(day, total):
    keys = GOSSOP_INSTRUMENT.item_keys
    items = {k: total // 10 + (1 if i < total % 10 else 0) for i, k in enumerate(keys)}
    return CheckIn(day=day, instrument="SOWS-Gossop", items=items)


def texts(notes):
    return [note.render() for note in notes]


# ---- severe ---------------------------------------------------------------------------
def test_severe_starts_at_21_the_conventional_band():
    assert safety.SEVERE_SOWS_TOTAL == 21
    assert not safety.is_severe(sows(TODAY, 20))
    assert safety.is_severe(sows(TODAY, 21))
    assert safety.is_severe(sows(TODAY, 60))
    assert not safety.is_severe(sows(TODAY, 30, answered=15))  # partial: no total
    assert not safety.is_severe(gossop(TODAY, 30))  # Gossop has no bands


def test_severe_note_words_and_pointer_whatever_plan_or_history():
    # no plan, no history, no hold: still said
    notes = safety.checkin_notes(sows(TODAY, 21), {}, None, None, TODAY)
    assert [n.key for n in notes] == [safety.SEVERE]
    text = notes[0].render()
    assert text.startswith("Your SOWS total today is 21, in the conventional severe band.")
    assert (
        "If you are struggling, contact your provider. In an emergency, call your local "
        "emergency number." in text
    )
    assert "conventional, not validated" in text and "Handelsman" in text
    assert "highest" not in text


def test_severe_note_for_a_past_day_names_the_day():
    notes = safety.checkin_notes(sows(TODAY - ONE, 25), {}, None, None, TODAY)
    assert texts(notes)[0].startswith(
        "Your SOWS total on 2026-03-19 was 25, in the conventional severe band."
    )


def test_nothing_below_severe_without_history():
    assert safety.checkin_notes(sows(TODAY, 20), {}, START, "kratom", TODAY) == []
    assert safety.checkin_notes(None, {}, START, "kratom", TODAY) == []


# ---- highest on record ----------------------------------------------------------------
def history(n, value=10, last=TODAY - ONE):
    return {last - ONE * k: value for k in range(n)}


def test_highest_needs_14_totals_since_the_plan_began():
    checkin = sows(TODAY, 15)
    assert not safety.is_highest(checkin, history(12), START)  # 13 with today's
    assert safety.is_highest(checkin, history(13), START)  # 14 with today's
    # days before the plan began do not count
    old = {START - ONE * k: 1 for k in range(1, 30)}
    assert not safety.is_highest(checkin, {**old, **history(12)}, START)


def test_highest_must_be_above_every_other_total_tie_is_not():
    assert not safety.is_highest(sows(TODAY, 10), history(13), START)  # equals 10
    assert safety.is_highest(sows(TODAY, 11), history(13), START)
    later = {**history(13), TODAY + ONE: 12}  # a later day was higher: not "the highest"
    assert not safety.is_highest(sows(TODAY, 11), later, START)
    assert not safety.is_highest(sows(START - ONE, 30), history(20), START)  # before the plan
    assert not safety.is_highest(sows(TODAY, 11), history(13), None)  # no plan


def test_highest_works_for_gossop_without_any_threshold():
    totals = history(13, value=4)
    notes = safety.checkin_notes(gossop(TODAY, 5), totals, START, "opioid", TODAY)
    assert [n.key for n in notes] == [safety.HIGHEST]
    text = notes[0].render()
    assert text.startswith(
        "This is the highest SOWS-Gossop total you have recorded since your plan began (5 of 30)."
    )
    assert "contact your provider" in text and "emergency number" in text
    assert "severe" not in text  # Gossop has no bands: no band is claimed


def test_severe_and_highest_together_are_one_note_with_one_pointer():
    notes = safety.checkin_notes(sows(TODAY, 30), history(13, value=22), START, "kratom", TODAY)
    assert [n.key for n in notes] == [safety.SEVERE]
    text = notes[0].render()
    assert "severe band" in text and "highest SOWS total" in text and "(30 of 64)" in text
    assert text.count("contact your provider") == 1


# ---- urge -----------------------------------------------------------------------------
def test_strongest_urge_item_16_at_4_or_craving_10():
    base = sows(TODAY, 5)
    assert safety.strongest_urge(base) is None
    base.items["feel_like_using"] = 3
    assert safety.strongest_urge(base) is None
    base.items["feel_like_using"] = 4
    assert safety.strongest_urge(base) == "item"
    partial = CheckIn(TODAY, "SOWS", items={"feel_like_using": 4})  # one item is enough
    assert safety.strongest_urge(partial) == "item"
    assert safety.strongest_urge(CheckIn(TODAY, "SOWS", craving=9)) is None
    assert safety.strongest_urge(CheckIn(TODAY, "SOWS", craving=10)) == "craving"
    assert safety.strongest_urge(CheckIn(TODAY, "SOWS-Gossop", craving=10)) == "craving"


@pytest.mark.parametrize(
    "kind, naloxone",
    [("opioid", True), ("buprenorphine", True), ("kratom", False), ("other", False), (None, False)],
)
def test_tolerance_note_has_naloxone_for_opioids_and_buprenorphine(kind, naloxone):
    lines = safety.tolerance_note(kind)
    assert lines[0] == (
        "Tolerance falls during a taper. A dose you used to take can now cause an overdose."
    )
    assert (safety.NALOXONE in lines) is naloxone
    assert safety.NALOXONE == ("Keep naloxone at hand and tell someone close to you where it is.")
    notes = safety.checkin_notes(CheckIn(TODAY, "SOWS", craving=10), {}, START, kind, TODAY)
    assert [n.key for n in notes] == [safety.URGE]
    text = notes[0].render()
    assert text.startswith("You rated craving at its strongest (10 of 10).")
    assert ("naloxone" in text) is naloxone
    assert "CDC 2022" in text and "SAMHSA" in text


# ---- end of taper ---------------------------------------------------------------------
def schedule(start=8.0, step=2.0, target=0.0, holds=()):
    # linear 8 g, -2 g every 7 days: 8 (03-01), 6 (03-08), 4 (03-15), 2 (03-22), 0 (03-29)
    return PlanSchedule([PlanRevision(START, "linear", start, step, 7, 1.0, target)], list(holds))


def test_end_of_taper_from_a_quarter_of_the_first_start_dose():
    s = schedule()
    assert safety.end_of_taper(s, START - ONE) is None  # before the plan
    assert safety.end_of_taper(s, D(2026, 3, 21)) is None  # 4 g: half
    assert safety.end_of_taper(s, D(2026, 3, 22)) == "quarter"  # 2 g = 8 / 4 exactly
    assert safety.end_of_taper(s, D(2026, 3, 29)) == "target"
    assert safety.end_of_taper(None, TODAY) is None


def test_end_of_taper_on_the_target_day_even_above_a_quarter():
    s = schedule(target=4.0)  # ends at 4 g on 03-15: above a quarter of 8
    assert safety.end_of_taper(s, D(2026, 3, 14)) is None
    assert safety.end_of_taper(s, D(2026, 3, 15)) == "target"
    assert safety.end_of_taper(s, D(2026, 3, 16)) is None


def test_end_of_taper_note_words():
    note = safety.end_of_taper_note(schedule(), D(2026, 3, 22), "mg", "buprenorphine")
    text = note.render()
    assert text.startswith(
        "The planned dose, 2 mg, is at or below a quarter of the plan's first start dose (8 mg)."
    )
    assert "Tolerance falls during a taper" in text and "naloxone" in text
    note = safety.end_of_taper_note(schedule(), D(2026, 3, 29), "g", "kratom")
    assert note.render().startswith("The plan reaches its target today (0 g).")
    assert "naloxone" not in note.render()
    assert safety.end_of_taper_note(schedule(), D(2026, 3, 10), "g", "kratom") is None


# ---- hold prompt words ----------------------------------------------------------------
STEPS = [(START, 8.0), (D(2026, 3, 10), 7.2)]
BASE = {D(2026, 3, d): 9 for d in range(3, 10)}


PROMPT_DAY = D(2026, 3, 12)


def check(recent: dict, today=PROMPT_DAY, baseline=BASE):
    found = [sows(d, t) for d, t in {**baseline, **recent}.items()]
    return hp.check(today, STEPS, found, "SOWS", 6)


def test_hold_words_state_the_rise_with_its_numbers():
    result = check({D(2026, 3, 10): 15, D(2026, 3, 11): 16, D(2026, 3, 12): 17})
    assert result.outcome == hp.RISING
    lines = [line.render() for line in safety.hold_texts(result, "SOWS")]
    assert lines[0] == (
        "Your mean SOWS total over the last 3 days is 16, up from 9 in the "
        "week before the step on 2026-03-10."
    )
    assert lines[1] == (
        "Totals recorded on 3 of the last 3 days and on 7 of the 7 days before the step."
    )
    assert lines[-1] == "Consider discussing a hold with your provider."
    assert not any("often" in line for line in lines)  # no unsourced generalisation


def test_severe_run_with_falling_symptoms_never_says_up():
    """The bug: a severe run returned before the comparison and the banner said 'higher
    than before the step' although symptoms had fallen."""
    baseline = {D(2026, 3, d): 30 for d in range(3, 10)}
    result = check({D(2026, 3, 11): 24, D(2026, 3, 12): 22}, baseline=baseline)
    assert result.outcome == hp.SEVERE_RUN
    assert result.severe_days == ((D(2026, 3, 11), 24), (D(2026, 3, 12), 22))
    lines = [line.render() for line in safety.hold_texts(result, "SOWS")]
    joined = " ".join(lines)
    assert "up from" not in joined and "higher" not in joined
    assert lines[0] == (
        "Your SOWS total was in the conventional severe band two days in a "
        "row: 2026-03-11 (24) and 2026-03-12 (22)."
    )
    assert (
        "Your mean SOWS total over the last 3 days is 23; in the week before the step on "
        "2026-03-10 it was 30."
    ) in lines
    assert "Totals recorded on 2 of the last 3 days" in joined


def test_severe_run_without_a_baseline_says_it_cannot_compare():
    result = check({D(2026, 3, 11): 24, D(2026, 3, 12): 22}, baseline={})
    assert result.outcome == hp.SEVERE_RUN and result.baseline is None
    joined = " ".join(line.render() for line in safety.hold_texts(result, "SOWS"))
    assert (
        "Too few totals were recorded in the week before the step on 2026-03-10 to "
        "compare (0 of 7 days)." in joined
    )
    assert "up from" not in joined and "mean" not in joined


def test_recent_window_shorter_than_3_days_says_so():
    result = check({D(2026, 3, 10): 20, D(2026, 3, 11): 21}, today=D(2026, 3, 11))
    assert result.outcome == hp.RISING and result.recent_days == 2
    first = safety.hold_texts(result, "SOWS")[0].render()
    assert first.startswith("Your mean SOWS total over the last 2 days is 20.5, up from 9")


def test_gossop_hold_words_name_their_scale():
    found = [gossop(d, 4) for d in BASE] + [gossop(D(2026, 3, 11), 9), gossop(D(2026, 3, 12), 9)]
    result = hp.check(D(2026, 3, 12), STEPS, found, "SOWS-Gossop", 3)
    assert result.outcome == hp.RISING
    first = safety.hold_texts(result, "SOWS-Gossop")[0].render()
    assert first == (
        "Your mean SOWS-Gossop total over the last 3 days is 9, up from 4 in the "
        "week before the step on 2026-03-10."
    )


# ---- translation markers ----------------------------------------------------------------
def test_every_safety_text_is_a_marked_template_with_named_values():
    """Named values let a translation reorder them; every one is filled by the rules."""
    marked = [v for k, v in vars(safety).items() if k.isupper() and isinstance(v, str) and " " in v]
    assert safety.TOLERANCE in marked and safety.HOLD_UP in marked
    for text in marked:
        assert not re.search(r"%[sd]", text), text  # only %(name)s forms


def test_holds_do_not_silence_the_severe_note():
    held = schedule(holds=[Hold(D(2026, 3, 5), None)])
    assert held.is_held(TODAY)
    assert safety.checkin_notes(sows(TODAY, 40), {}, START, "opioid", TODAY)[0].key == safety.SEVERE


def test_the_store_counts_other_totals_as_the_rule_reads_them(store):
    """store.checkins.other_totals gives the facts domain.safety.other_totals derives from
    every total: partial check-ins, the other scale and days before the plan left out."""
    from taper_desktop.store import checkins

    totals = {}
    for n in range(20):
        day = START + ONE * n
        checkins.save(store, sows(day, n % 9 + 3))
        totals[day] = n % 9 + 3
    checkins.save(store, sows(START - ONE, 60))  # before the plan
    checkins.save(store, sows(START + 20 * ONE, 60, answered=15))  # partial: no total
    checkins.save(store, gossop(START + 21 * ONE, 30))  # the other scale
    for n, total in ((3, 11), (8, 11), (8, 12), (5, 2)):
        day = START + ONE * n
        probe = sows(day, total)
        expected = safety.other_totals(probe, totals, START)
        count, above = checkins.other_totals(store, "SOWS", START, day, total, 100)
        assert (count, above) == (expected.count, expected.any_at_or_above) == (19, total <= 11)
        capped, _ = checkins.other_totals(store, "SOWS", START, day, total, 13)
        assert capped == 13
    assert checkins.other_totals(store, "SOWS-Gossop", START, START, 1, 13) == (1, True)


def test_the_day_count_goes_through_the_plural_forms():
    """Issue 17 item 24: the count is %n, filled by the caller's plural-aware translate."""
    result = check({D(2026, 3, 10): 20, D(2026, 3, 11): 21}, today=D(2026, 3, 11))
    line = safety.hold_texts(result, "SOWS")[0]
    assert line.count == 2 and "%n day(s)" in line.template
    asked = []

    def plural(text: str, n: int) -> str:
        asked.append(n)
        return text.replace("%n day(s)", f"{n} jours")

    assert "over the last 2 jours is 20.5" in line.render(translate_count=plural)
    assert asked == [2]
    assert "over the last 2 days is 20.5" in line.render()  # the English rule by default


def test_dates_and_numbers_stay_typed_until_the_sentence_is_shown():
    """Each place writes them its own way: ISO and a point by default (command line,
    files), the window's locale through show (ui.locale_format.value)."""
    result = check({D(2026, 3, 10): 20, D(2026, 3, 11): 21}, today=D(2026, 3, 11))
    line = safety.hold_texts(result, "SOWS")[0]
    assert D(2026, 3, 10) in line.values
    assert safety.Amount(20.5) in line.values
    assert "is 20.5, up from 9 in the week before the step on 2026-03-10." in line.render()

    def show(value: object) -> str:
        if isinstance(value, dt.date):
            return value.strftime("%d/%m/%Y")
        return str(value).replace(".", ",")

    assert "is 20,5, up from 9 in the week before the step on 10/03/2026." in line.render(show=show)
    assert str(safety.Amount(7.5, "g")) == "7.5 g"
