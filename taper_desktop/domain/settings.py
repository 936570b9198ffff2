"""Every setting that belongs with the data, declared once: default, type, validation.

The store keeps the values as JSON text; the settings dialog is generated from FIELDS.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from taper_desktop.domain.days import parse_hhmm
from taper_desktop.domain.scales import EXTRA_SYMPTOMS, INSTRUMENTS


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    default: Any
    kind: type
    check: Callable[[Any], str | None]  # returns a message when the value is not allowed
    help: str = ""


def _hhmm(value: str) -> str | None:
    try:
        parse_hhmm(value)
    except ValueError as exc:
        return str(exc)
    return None


def _one_of(*allowed: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if value in allowed else f"{value!r} is not one of {', '.join(allowed)}"

    return check


def _between(low: float, high: float) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if low <= value <= high else f"{value!r} is outside {low:g}-{high:g}"

    return check


def _extras(value: Any) -> str | None:
    known = {k for k, _ in EXTRA_SYMPTOMS}
    bad = [v for v in value if v not in known]
    return f"unknown extra symptom {bad[0]!r}" if bad else None


def _always(_value: Any) -> str | None:
    return None


FIELDS: tuple[Field, ...] = (
    Field("day_boundary", "Day starts at", "04:00", str, _hhmm,
          "A check-in before this time belongs to the day before."),
    Field("instrument", "Symptom scale", "SOWS", str, _one_of(*INSTRUMENTS),
          "SOWS (16 items, 0-4) or SOWS-Gossop (10 items, 0-3)."),
    Field("extra_symptoms", "Extra symptoms", [], list, _extras,
          "Optional symptoms scored 0-4, kept apart from the scale total."),
    Field("hold_threshold_sows", "Hold prompt threshold (SOWS points)", 6, int, _between(1, 64)),
    Field("hold_threshold_gossop", "Hold prompt threshold (SOWS-Gossop points)", 3, int,
          _between(1, 30)),
    Field("paper_size", "Report paper size", "auto", str, _one_of("auto", "A4", "Letter"),
          "auto follows the computer's locale."),
    Field("reminder_time", "Daily reminder at", "20:00", str, _hhmm),
    Field("reminder_enabled", "Daily reminder", True, bool, _always),
    Field("default_resolution", "Default dose resolution", 0.1, float, _between(0.001, 1000)),
    Field("theme", "Theme", "system", str, _one_of("system", "light", "dark")),
    Field("keep_in_tray", "Keep running in the tray", False, bool, _always),
    Field("first_run_done", "Welcome shown", False, bool, _always),
    Field("last_report_to", "Last report ended on", "", str, _always),
)

_KIND_NAMES = {str: "text", int: "a whole number", float: "a number", bool: "yes or no",
               list: "a list"}

FIELDS_BY_KEY: dict[str, Field] = {f.key: f for f in FIELDS}


def validate(key: str, value: Any) -> Any:
    """Return value coerced to the field's type, or raise ValueError naming the problem."""
    try:
        field = FIELDS_BY_KEY[key]
    except KeyError:
        raise ValueError(f"unknown setting {key!r}") from None
    if field.kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if field.kind is not bool and isinstance(value, bool) or not isinstance(value, field.kind):
        raise ValueError(f"setting {key}: {value!r} is not {_KIND_NAMES[field.kind]}")
    message = field.check(value)
    if message:
        raise ValueError(f"setting {key}: {message}")
    return value


def default(key: str) -> Any:
    value = FIELDS_BY_KEY[key].default
    return list(value) if isinstance(value, list) else value
