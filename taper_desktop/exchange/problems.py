"""What can be wrong with an import file, said so a person can find and fix it.

Every problem's words are a text marked ``QT_TRANSLATE_NOOP("import", ...)`` with %1..%9
and values (a Said, or a domain ValidationError such as a plan rule), so the window and
the command line show the same words, each in the person's language: describe(),
summary() and lines() take a translate(context, text, n=-1) function (English when none
is given, which is also what str() of the exceptions says).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from taper_desktop.domain import plan_rules
from taper_desktop.domain.errors import WordedError, show
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.domain.wording import fill, numerus

CONTEXT = "import"
EMPTY_TEXT = QT_TRANSLATE_NOOP("import", "the file is empty")
SOWS_OR_GOSSOP = QT_TRANSLATE_NOOP("import", "must be SOWS or SOWS-Gossop")
OBJECT = QT_TRANSLATE_NOOP("import", "should be an object {...}")
GREATER_THAN_0 = QT_TRANSLATE_NOOP("import", "must be greater than 0")

# translate(context, text, n=-1): the catalogue's text; with a count n >= 0 its plural form
# for n, with %n filled (QCoreApplication.translate in the window, catalogue.translate
# on the command line).
Translate = Callable[..., str]


def english(context: str, text: str, n: int = -1) -> str:
    """The marked text itself (English), a %n count filled."""
    return text if n < 0 else numerus(text, n)


def tr(text: str, _disambiguation: None = None, _n: int = -1) -> str:
    """A marker only: pyside6-lupdate files ``tr("... %n ...", None, n)`` under the empty
    context with its plural forms (it reads plural forms from tr() calls only); the text
    is translated where it is shown, by translate("", text, n)."""
    return text


class Said(WordedError, ValueError):
    """A problem's words: a text marked under "import" and the values that fill it (a
    ValueError, so a check of one value can raise it)."""

    context = CONTEXT


EMPTY = Said(EMPTY_TEXT)


class Unlabelled(Said):
    """A refusal whose first value is a label the problem's column already names (a
    measure's: "craving: 11 is outside 0-10", not "craving: Craving: 11 ..."): its words
    in any language without the leading "<label>: "."""

    def __init__(self, error: WordedError) -> None:
        self.error = error
        super().__init__("%1", error)

    def translated(self, translate: Translate) -> str:
        text = self.error.translated(translate)
        label = show(self.error.values[0], translate) if self.error.values else ""
        prefix = f"{label}: "
        return text[len(prefix) :] if label and text.startswith(prefix) else text


def words(exc: BaseException) -> WordedError | str:
    """What an exception says, as a problem's message: its marked words when it has them."""
    return exc if isinstance(exc, WordedError) else str(exc)


# Larger than ten years of daily data with long notes; a bigger file is almost
# surely not an export of this app, and reading it whole could exhaust memory.
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_REPORTED = 50  # problems listed in full; the rest are counted

ON_CONFLICT = ("ask", "skip", "replace")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file: where (line, column) and with which value."""

    line: int | None
    column: str | None
    value: str | None
    message: WordedError | str  # marked words; a str (a library's own message) as it is
    at: str | None = None  # JSON: the path of the value, e.g. checkins[3].items.anxious

    def describe(self, file: str | Path | None = None, translate: Translate = english) -> str:
        def said(text: str, *values: object) -> str:
            return fill(translate(CONTEXT, text), *values)

        where = []
        if file is not None:
            where.append(str(file))
        if self.line is not None:
            where.append(said(QT_TRANSLATE_NOOP("import", "line %1"), self.line))
        if self.column:
            where.append(said(QT_TRANSLATE_NOOP("import", "column %1"), self.column))
        if self.at:
            where.append(said(QT_TRANSLATE_NOOP("import", "at %1"), self.at))
        text = show(self.message, translate)
        if self.value is not None:
            text = said(QT_TRANSLATE_NOOP("import", "%1 (value %2)"), text, _show(self.value))
        if where:
            text = said(QT_TRANSLATE_NOOP("import", "%1: %2"), ", ".join(where), text)
        return text


def _show(value: str) -> str:
    text = value if len(value) <= 40 else value[:37] + "..."
    return repr(text)


class ImportFailed(Exception):
    """The file cannot be imported; nothing was written. Holds every problem found."""

    def __init__(self, file: str | Path, problems: list[Problem]):
        self.file = str(file)
        self.problems = problems
        super().__init__(self.summary())

    def summary(self, translate: Translate = english) -> str:
        """One line: the first problem, and how many more there are."""
        first = self.problems[0].describe(self.file, translate)
        more = len(self.problems) - 1
        if more <= 0:
            return first
        return fill(translate("", tr("%1 (and %n more problem(s))", None, more), more), first)

    def lines(self, limit: int = MAX_REPORTED, translate: Translate = english) -> list[str]:
        shown = [p.describe(None, translate) for p in self.problems[:limit]]
        if len(self.problems) > limit:
            more = len(self.problems) - limit
            shown.append(translate("", tr("... and %n more", None, more), more))
        return shown


class Conflicts(Exception):
    """The file has data for days (or a plan) the store already holds; nothing written."""

    def __init__(self, by_table: dict[str, set[dt.date]], plan: bool = False, note: str = ""):
        self.by_table = by_table  # table -> days on which both the file and the store have rows
        self.days = sorted(set().union(*by_table.values()))
        self.plan = plan
        self.note = note  # what replacing would mean for this kind of file
        super().__init__(self.summary())

    def summary(self, translate: Translate = english) -> str:
        parts = []
        if self.days:
            shown = ", ".join(d.isoformat() for d in self.days[:5])
            more, n = len(self.days) - 5, len(self.days)
            if more > 0:
                shown = fill(translate("", tr("%1 and %n more", None, more), more), shown)
            held = translate("", tr("%n day(s) already hold data (%1)", None, n), n)
            parts.append(fill(held, shown))
        if self.plan:
            parts.append(
                translate(
                    CONTEXT, QT_TRANSLATE_NOOP("import", "a different taper plan is already stored")
                )
            )
        return "; ".join(parts)


@dataclass
class ImportResult:
    """What an import wrote."""

    days: int = 0
    checkins: int = 0
    doses: int = 0
    skipped_days: list[dt.date] = field(default_factory=list)
    replaced_days: list[dt.date] = field(default_factory=list)
    plans: int = 0
    other: int = 0  # other medications, appointments, COWS totals
    backup: Path | None = None  # copy made before replacing anything
    # Plans kept although they break a plan rule of today (history is never lost): the
    # path in the file and the domain.plan_rules.Problem; increases without a provider's
    # name are among them (code increase_not_confirmed: "agreement not recorded").
    kept_plan_problems: list[tuple[str, plan_rules.Problem]] = field(default_factory=list)

    @property
    def unrecorded_increases(self) -> int:
        return sum(1 for _at, p in self.kept_plan_problems if p.code == "increase_not_confirmed")

    def plan_notes(self, translate: Translate = english) -> list[str]:
        """Lines for the summary: each kept plan problem."""
        out = []
        for at, problem in self.kept_plan_problems:
            if problem.code == "increase_not_confirmed":
                said = Said(
                    QT_TRANSLATE_NOOP(
                        "import",
                        '%1: the dose rises on %2 from %3 to %4; kept, marked "agreement '
                        'not recorded"',
                    ),
                    at,
                    *(problem.values.get(key) for key in ("day", "before", "dose")),
                )
            else:
                said = Said(
                    QT_TRANSLATE_NOOP("import", "%1: %2; kept as it was"), at, problem.error()
                )
            out.append(said.translated(translate))
        return out


def read_text(path: str | Path) -> str:
    """The file's text (UTF-8, optional BOM), or ImportFailed saying why it is not text."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFailed(
                path,
                [
                    Problem(
                        None,
                        None,
                        None,
                        Said(
                            QT_TRANSLATE_NOOP(
                                "import",
                                "the file is %1 MB; the largest file that can be imported is %2 MB",
                            ),
                            f"{size / 1048576:.0f}",
                            MAX_FILE_BYTES // 1048576,
                        ),
                    )
                ],
            )
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ImportFailed(
            path,
            [
                Problem(
                    None,
                    None,
                    None,
                    Said(QT_TRANSLATE_NOOP("import", "cannot read the file: %1"), exc.strerror),
                )
            ],
        ) from None
    if len(data) > MAX_FILE_BYTES:
        too_large = Said(QT_TRANSLATE_NOOP("import", "the file is too large to import"))
        raise ImportFailed(path, [Problem(None, None, None, too_large)])
    return decode(path, data)


def decode(path: str | Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFailed(
            path,
            [
                Problem(
                    1,
                    None,
                    None,
                    Said(
                        QT_TRANSLATE_NOOP(
                            "import",
                            'the file is UTF-16 text; save it as UTF-8 ("CSV UTF-8" in most '
                            "spreadsheets)",
                        )
                    ),
                )
            ],
        )
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise ImportFailed(
            path,
            [
                Problem(
                    line,
                    None,
                    None,
                    Said(
                        QT_TRANSLATE_NOOP(
                            "import",
                            "the file contains binary data (NUL bytes); it is not a text export",
                        )
                    ),
                )
            ],
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start : exc.start + 1].hex()
        raise ImportFailed(
            path,
            [
                Problem(
                    line,
                    None,
                    None,
                    Said(
                        QT_TRANSLATE_NOOP(
                            "import", "the file is not UTF-8 text (byte 0x%1); save it as UTF-8"
                        ),
                        bad,
                    ),
                )
            ],
        ) from None
    if not text.strip():
        raise ImportFailed(path, [Problem(None, None, None, EMPTY)])
    return text
