"""How doses and MME read, everywhere: calendar, check-in, charts, report, plan dialog, CLI.

One formatter so that the same dose never reads two ways (a planned 7.25 g is "7.25 g" in
every place, never "7.2 g" in one and "7.25 g" in another).

- A dose amount shows every digit it has, up to 6 decimal places (float noise such as
  0.30000000000000004 is dropped), with no exponent and no trailing zeros.
- The fentanyl patch dose is a rate, written "50 mcg/h" (clinical.md section 6). Files
  from earlier versions spell the unit "mcg/hr": the schema migration to version 2 and
  the JSON import rewrite that spelling to "mcg/h" (same unit), and the formatter shows
  any "mcg/hr" it still meets as "mcg/h".
- MME/day is shown with one decimal place, a half rounded up: 86.25 -> 86.3, 78.75 -> 78.8
  (MME_ROUNDING states this rule for the person).
- A unit that counts things (capsules, tablets, patches, drops) is a word with plural
  forms: "1 capsule", "4 capsules"; in Spanish "4 cápsulas", in German "4 Kapseln". Plans
  and files keep the English unit ("capsules"); the window and the report pass their
  plural lookup (plural=) to show it in the person's language. Symbols (g, mg, mL,
  mcg/h) are the same in every language.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from taper_desktop.domain.marks import translate
from taper_desktop.domain.wording import fill, numerus

RATE_UNIT = "mcg/h"
_UNIT_SPELLINGS = {"mcg/hr": RATE_UNIT, "mcg/hour": RATE_UNIT, "µg/h": RATE_UNIT}
RATE_UNITS = frozenset({RATE_UNIT})

MME_ROUNDING = "MME/day is shown to one decimal place, a half rounded up."


def normalise_unit(unit: str) -> str:
    """The one spelling of a unit: 'mcg/hr' (older files) becomes 'mcg/h'."""
    text = (unit or "").strip()
    return _UNIT_SPELLINGS.get(text.lower(), text)


def is_rate(unit: str) -> bool:
    """True for a dose given as a rate (the fentanyl patch, mcg/h), not an amount per day."""
    return normalise_unit(unit) in RATE_UNITS


def format_amount(amount: float) -> str:
    """A dose amount as typed: 7.25 -> '7.25', 8.0 -> '8', 0.30000000000000004 -> '0.3'."""
    value = round(float(amount), 6) + 0.0  # + 0.0 turns -0.0 into 0.0
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text or "0"


# Units that count things, stored by their English plural: each is a plural message (%1
# the amount), so "1 capsule" and "4 capsules" read right in every language.
COUNTED_UNITS = {
    "capsules": translate("units", "%1 capsule(s)", None, 0),
    "tablets": translate("units", "%1 tablet(s)", None, 0),
    "patches": translate("units", "%1 patch(es)", None, 0),
    "drops": translate("units", "%1 drop(s)", None, 0),
}
Plural = Callable[[str, int], str]  # (marked text, count) -> the text in that count's form


def format_dose(amount: float, unit: str, plural: Plural = numerus) -> str:
    """THE dose text: '7.25 g', '60 mg', '50 mcg/h', '4 capsules', '1 capsule'.

    plural(text, n) gives a counted unit's form for n (default: the English rule); the
    form for 2 serves every amount but exactly 1 (0.5, 1.5 and 4 tablets alike)."""
    text, unit = format_amount(amount), normalise_unit(unit)
    template = COUNTED_UNITS.get(unit)
    if template is None:
        return f"{text} {unit}".strip()
    return fill(plural(template, 1 if text == "1" else 2), text)


def unit_name(unit: str, plural: Plural = numerus) -> str:
    """A unit on its own, as beside an amount field or in a heading: 'g', 'capsules'."""
    unit = normalise_unit(unit)
    template = COUNTED_UNITS.get(unit)
    return unit if template is None else fill(plural(template, 2), "").strip()


def round_mme(value: float) -> float:
    """MME/day rounded by the one stated rule (one decimal place, a half rounded up)."""
    return float(Decimal(repr(float(value))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def format_mme(value: float) -> str:
    """MME/day as a number for display: 86.25 -> '86.3', 78.75 -> '78.8', 90 -> '90'.

    The caller adds the words (e.g. '86.3 MME/day')."""
    text = f"{round_mme(value):.1f}"
    return text[:-2] if text.endswith(".0") else text
