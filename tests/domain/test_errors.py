import datetime as dt

import pytest

from taper_desktop.domain import dose_rules, scales
from taper_desktop.domain import plan_rules as pr
from taper_desktop.domain import settings as fields
from taper_desktop.domain.days import parse_day, parse_hhmm
from taper_desktop.domain.errors import Term, ValidationError


def fake_spanish(context: str, text: str) -> str:
    """A stand-in catalogue: a few texts, keyed by context, others unchanged."""
    known = {
        ("validation", "'%1' is not a time in HH:MM (00:00-23:59)"): "'%1' no es una hora",
        ("validation", "setting %1: %2"): "ajuste %1: %2",
        ("validation", "%1: %2 is outside %3-%4"): "%1: %2 está fuera de %3-%4",
        ("scales", "Craving"): "Ansia",
    }
    return known.get((context, text), text)


def test_english_text_filled_and_translated_text_filled():
    error = ValidationError("%2 comes after %1", "a", 7.50000001)
    assert isinstance(error, ValueError)  # callers still catching ValueError keep working
    assert str(error) == "7.5 comes after a"
    assert error.args == ("7.5 comes after a",)
    # the text is translated; plain values are not
    assert error.translated(lambda _c, t: t.upper()) == "7.5 COMES AFTER a"


def test_values_marked_or_nested_are_translated_too():
    inner = ValidationError("'%1' is not a time in HH:MM (00:00-23:59)", "25:00")
    outer = ValidationError("setting %1: %2", "day_boundary", inner)
    assert outer.translated(fake_spanish) == "ajuste day_boundary: '25:00' no es una hora"
    marked = ValidationError("%1: %2 is outside %3-%4", Term("scales", "Craving"), 12.0, 0.0, 10.0)
    assert str(marked) == "Craving: 12 is outside 0-10"
    assert marked.translated(fake_spanish) == "Ansia: 12 está fuera de 0-10"


@pytest.mark.parametrize(
    "refuse",
    [
        lambda: parse_hhmm("25:00"),
        lambda: parse_day("2026-02-30"),
        lambda: scales.SOWS_INSTRUMENT.validate({"anxious": 9}),
        lambda: scales.instrument("COWS"),
        lambda: scales.cows_band(49),
        lambda: scales.validate_measure("craving", 11),
        lambda: fields.validate("theme", "purple"),
        lambda: fields.validate("nonsense", 1),
        lambda: dose_rules.check_not_future(dt.date(2026, 3, 2), dt.date(2026, 3, 1)),
        lambda: pr.require(pr.check_rule("percent", 10, 60, 7, 1)),
    ],
)
def test_domain_refusals_are_validation_errors_with_a_marked_text(refuse):
    with pytest.raises(ValidationError) as caught:
        refuse()
    error = caught.value
    assert error.text and "%" in error.text or not error.values
    assert str(error) == error.translated(lambda _c, t: t)


def test_a_setting_error_names_the_setting_and_keeps_the_problem_apart():
    with pytest.raises(fields.SettingError) as caught:
        fields.validate("day_boundary", "25:00")
    error = caught.value
    assert error.key == "day_boundary"
    assert str(error) == "setting day_boundary: '25:00' is not a time in HH:MM (00:00-23:59)"
    assert str(error.problem) == "'25:00' is not a time in HH:MM (00:00-23:59)"


def test_a_rule_error_is_its_first_problem_as_a_validation_error():
    with pytest.raises(pr.RuleError) as caught:
        pr.require(pr.check_rule("linear", 15, 1, 7, 10))
    error = caught.value
    assert isinstance(error, ValidationError)
    assert error.problems[0].code == pr.START_NOT_MULTIPLE
    assert error.text == "start dose %1 is not a multiple of the rounding step %2"
    assert str(error) == "start dose 15 is not a multiple of the rounding step 10"
