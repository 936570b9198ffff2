"""Every setting that belongs with the data, declared once: default, type, validation.

The store keeps the values as JSON text; the settings dialog is generated from FIELDS.
Labels are marked with QT_TRANSLATE_NOOP (a plain identity function here, so this module
stays Qt-free) so that pyside6-lupdate collects them under the context "settings".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from taper_desktop.domain.days import parse_hhmm
from taper_desktop.domain.errors import ValidationError
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.domain.scales import EXTRA_SYMPTOMS, INSTRUMENTS

TR_CONTEXT = "settings"

Check = Callable[[Any], ValidationError | None]


class SettingError(ValidationError):
    """A setting's value refused: "setting day_boundary: '25:00' is not a time ...".

    key names the setting and problem says what is wrong with the value, so a form can
    show the problem under the setting's own label."""

    def __init__(self, key: str, problem: ValidationError) -> None:
        self.key, self.problem = key, problem
        super().__init__(QT_TRANSLATE_NOOP("validation", "setting %1: %2"), key, problem)


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    default: Any
    kind: type
    check: Check  # returns the problem when the value is not allowed
    help: str = ""
    # (value, label) pairs the value is picked from: a str is one of them, a list a subset.
    choices: tuple[tuple[str, str], ...] = ()
    bounds: tuple[float, float] | None = None  # inclusive range of an int or float
    internal: bool = False  # kept by the app itself, never shown in the settings dialog
    section: str = ""  # heading the settings dialog groups the field under
    suffix: str = ""  # shown after a number, e.g. "%"
    step: float = 0  # a number's step in its editor (0: the editor's default)


def _hhmm(value: str) -> ValidationError | None:
    try:
        parse_hhmm(value)
    except ValidationError as exc:
        return exc
    return None


def _one_of(*allowed: str) -> Check:
    def check(value: Any) -> ValidationError | None:
        if value in allowed:
            return None
        return ValidationError(
            QT_TRANSLATE_NOOP("validation", "%1 is not one of %2"), repr(value), ", ".join(allowed)
        )

    return check


def _in_choices(choices: tuple[tuple[str, str], ...]) -> Check:
    return _one_of(*(value for value, _ in choices))


def _between(low: float, high: float) -> Check:
    def check(value: Any) -> ValidationError | None:
        if low <= value <= high:
            return None
        return ValidationError(
            QT_TRANSLATE_NOOP("validation", "%1 is outside %2-%3"), repr(value), low, high
        )

    return check


_INSTRUMENT_CHOICES = tuple((key, key) for key in INSTRUMENTS)
_PAPER_CHOICES = (
    ("auto", QT_TRANSLATE_NOOP("settings", "Follow the computer's locale")),
    ("A4", QT_TRANSLATE_NOOP("settings", "A4")),
    ("Letter", QT_TRANSLATE_NOOP("settings", "Letter")),
)
# Language names are written in their own language, so a person can find theirs in any
# language. Adding a language: its catalogue in resources/translations, and a line here.
_LANGUAGE_CHOICES = (
    ("system", QT_TRANSLATE_NOOP("settings", "Follow the computer's language")),
    ("en", "English"),
    ("es", "Español"),
    ("de", "Deutsch"),
)
LANGUAGES = tuple((code, name) for code, name in _LANGUAGE_CHOICES if code != "system")
_THEME_CHOICES = (
    ("system", QT_TRANSLATE_NOOP("settings", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("settings", "Light")),
    ("dark", QT_TRANSLATE_NOOP("settings", "Dark")),
)


def _extras(value: Any) -> ValidationError | None:
    known = {k for k, _ in EXTRA_SYMPTOMS}
    bad = [v for v in value if v not in known]
    if not bad:
        return None
    return ValidationError(
        QT_TRANSLATE_NOOP("validation", "unknown extra symptom %1"), repr(bad[0])
    )


def _always(_value: Any) -> ValidationError | None:
    return None


_CHECKIN = QT_TRANSLATE_NOOP("settings", "Check-in")
_PLAN = QT_TRANSLATE_NOOP("settings", "Plan and report")
_REMINDER = QT_TRANSLATE_NOOP("settings", "Reminder")
_LOOK = QT_TRANSLATE_NOOP("settings", "Appearance")
_PRIVACY = QT_TRANSLATE_NOOP("settings", "Privacy")

FIELDS: tuple[Field, ...] = (
    Field(
        "day_boundary",
        QT_TRANSLATE_NOOP("settings", "Day starts at"),
        "04:00",
        str,
        _hhmm,
        QT_TRANSLATE_NOOP(
            "settings", "HH:MM. A check-in before this time belongs to the day before."
        ),
        section=_CHECKIN,
    ),
    Field(
        "instrument",
        QT_TRANSLATE_NOOP("settings", "Symptom scale"),
        "SOWS",
        str,
        _in_choices(_INSTRUMENT_CHOICES),
        QT_TRANSLATE_NOOP("settings", "SOWS (16 items, 0-4) or SOWS-Gossop (10 items, 0-3)."),
        choices=_INSTRUMENT_CHOICES,
        section=_CHECKIN,
    ),
    Field(
        "extra_symptoms",
        QT_TRANSLATE_NOOP("settings", "Extra symptoms"),
        [],
        list,
        _extras,
        QT_TRANSLATE_NOOP(
            "settings", "Optional symptoms scored 0-4, kept apart from the scale total."
        ),
        choices=EXTRA_SYMPTOMS,
        section=_CHECKIN,
    ),
    Field(
        "hold_threshold_sows",
        QT_TRANSLATE_NOOP("settings", "Hold prompt threshold (SOWS points)"),
        6,
        int,
        _between(1, 64),
        QT_TRANSLATE_NOOP(
            "settings",
            "How far symptoms rise above the level before the "
            "last step before a hold is suggested for discussion.",
        ),
        bounds=(1, 64),
        section=_CHECKIN,
    ),
    Field(
        "hold_threshold_gossop",
        QT_TRANSLATE_NOOP("settings", "Hold prompt threshold (SOWS-Gossop points)"),
        3,
        int,
        _between(1, 30),
        bounds=(1, 30),
        section=_CHECKIN,
    ),
    # Retired: a plan's rounding step is typed in the plan dialog (the substance's usual
    # measure is only a placeholder there), so one global default advised nothing true for
    # capsules or mg. Kept, unused and hidden, so files that carry it still import.
    Field(
        "default_resolution",
        "Default dose resolution (retired, unused)",
        0.1,
        float,
        _between(0.001, 1000),
        bounds=(0.001, 1000),
        internal=True,
    ),
    Field(
        "paper_size",
        QT_TRANSLATE_NOOP("settings", "Report paper size"),
        "auto",
        str,
        _in_choices(_PAPER_CHOICES),
        choices=_PAPER_CHOICES,
        section=_PLAN,
    ),
    Field(
        "reminder_enabled",
        QT_TRANSLATE_NOOP("settings", "Daily reminder"),
        True,
        bool,
        _always,
        QT_TRANSLATE_NOOP("settings", "A quiet reminder when the day has no check-in yet."),
        section=_REMINDER,
    ),
    Field(
        "reminder_time",
        QT_TRANSLATE_NOOP("settings", "Daily reminder at"),
        "20:00",
        str,
        _hhmm,
        QT_TRANSLATE_NOOP("settings", "HH:MM, 24-hour clock."),
        section=_REMINDER,
    ),
    Field(
        "keep_in_tray",
        QT_TRANSLATE_NOOP("settings", "Keep running in the tray"),
        False,
        bool,
        _always,
        QT_TRANSLATE_NOOP(
            "settings", "Closing the window keeps the reminder running; quit from the tray menu."
        ),
        section=_REMINDER,
    ),
    Field(
        "auto_lock_minutes",
        QT_TRANSLATE_NOOP("settings", "Lock after idle (minutes)"),
        15,
        int,
        _between(0, 1440),
        QT_TRANSLATE_NOOP(
            "settings",
            "When the diary is protected with a passphrase, the "
            "window locks after this many minutes without use. "
            "0 means never.",
        ),
        bounds=(0, 1440),
        section=_PRIVACY,
    ),
    Field(
        "theme",
        QT_TRANSLATE_NOOP("settings", "Theme"),
        "system",
        str,
        _in_choices(_THEME_CHOICES),
        choices=_THEME_CHOICES,
        section=_LOOK,
    ),
    Field(
        "text_size",
        QT_TRANSLATE_NOOP("settings", "Text size"),
        100,
        int,
        _between(100, 200),
        QT_TRANSLATE_NOOP(
            "settings",
            "Makes the text of Taper Desktop larger than the system's, from 100% to 200%.",
        ),
        bounds=(100, 200),
        section=_LOOK,
        suffix="%",
        step=10,
    ),
    Field(
        "language",
        QT_TRANSLATE_NOOP("settings", "Language"),
        "system",
        str,
        _in_choices(_LANGUAGE_CHOICES),
        QT_TRANSLATE_NOOP(
            "settings",
            "The window and the report. A change takes effect when Taper Desktop next starts.",
        ),
        choices=_LANGUAGE_CHOICES,
        section=_LOOK,
    ),
    Field("first_run_done", "Welcome shown", False, bool, _always, internal=True),
    Field(
        "tray_notice_shown",
        "Told once that closing leaves the app in the tray",
        False,
        bool,
        _always,
        internal=True,
    ),
    Field("last_report_to", "Last report ended on", "", str, _always, internal=True),
    # The namespace of exported ids (FHIR, iCalendar): a random UUID made on first export.
    Field("export_id", "Export identity", "", str, _always, internal=True),
    Field(
        "ics_remind_evening_before",
        "Calendar export: reminder the evening before a step",
        False,
        bool,
        _always,
        internal=True,
    ),
)

_NOT_OF_KIND = {
    str: QT_TRANSLATE_NOOP("validation", "%1 is not text"),
    int: QT_TRANSLATE_NOOP("validation", "%1 is not a whole number"),
    float: QT_TRANSLATE_NOOP("validation", "%1 is not a number"),
    bool: QT_TRANSLATE_NOOP("validation", "%1 is not yes or no"),
    list: QT_TRANSLATE_NOOP("validation", "%1 is not a list"),
}

FIELDS_BY_KEY: dict[str, Field] = {f.key: f for f in FIELDS}


def validate(key: str, value: Any) -> Any:
    """Return value coerced to the field's type, or raise ValidationError naming the
    problem (a SettingError for a value a known setting refuses)."""
    try:
        field = FIELDS_BY_KEY[key]
    except KeyError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("validation", "unknown setting %1"), repr(key)
        ) from None
    if field.kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if field.kind is not bool and isinstance(value, bool) or not isinstance(value, field.kind):
        raise SettingError(key, ValidationError(_NOT_OF_KIND[field.kind], repr(value)))
    problem = field.check(value)
    if problem is not None:
        raise SettingError(key, problem)
    return value


def takes_time(field: Field) -> bool:
    """True for a field holding an HH:MM time (editors offer the format)."""
    return field.check is _hhmm


def visible_fields() -> tuple[Field, ...]:
    """The fields a person edits in the settings dialog, in order."""
    return tuple(f for f in FIELDS if not f.internal)


def default(key: str) -> Any:
    value = FIELDS_BY_KEY[key].default
    return list(value) if isinstance(value, list) else value
