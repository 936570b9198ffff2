"""What can be wrong with an import file, said so a person can find and fix it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from taper_desktop.domain import plan_rules

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
    message: str
    at: str | None = None  # JSON: the path of the value, e.g. checkins[3].items.anxious

    def describe(self, file: str | Path | None = None) -> str:
        where = []
        if file is not None:
            where.append(str(file))
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.column:
            where.append(f"column {self.column}")
        if self.at:
            where.append(f"at {self.at}")
        text = ", ".join(where)
        value = "" if self.value is None else f" (value {_show(self.value)})"
        return f"{text}: {self.message}{value}" if text else f"{self.message}{value}"


def _show(value: str) -> str:
    text = value if len(value) <= 40 else value[:37] + "..."
    return repr(text)


class ImportFailed(Exception):
    """The file cannot be imported; nothing was written. Holds every problem found."""

    def __init__(self, file: str | Path, problems: list[Problem]):
        self.file = str(file)
        self.problems = problems
        super().__init__(self.summary())

    def summary(self) -> str:
        """One line: the first problem, and how many more there are."""
        first = self.problems[0].describe(self.file)
        more = len(self.problems) - 1
        return first if more <= 0 else f"{first} (and {more} more problem{'s' * (more > 1)})"

    def lines(self, limit: int = MAX_REPORTED) -> list[str]:
        shown = [p.describe() for p in self.problems[:limit]]
        if len(self.problems) > limit:
            shown.append(f"... and {len(self.problems) - limit} more")
        return shown


class Conflicts(Exception):
    """The file has data for days (or a plan) the store already holds; nothing written."""

    def __init__(self, by_table: dict[str, set[dt.date]], plan: bool = False, note: str = ""):
        self.by_table = by_table  # table -> days on which both the file and the store have rows
        self.days = sorted(set().union(*by_table.values()))
        self.plan = plan
        self.note = note  # what replacing would mean for this kind of file
        super().__init__(self.summary())

    def summary(self) -> str:
        parts = []
        if self.days:
            shown = ", ".join(d.isoformat() for d in self.days[:5])
            more = f" and {len(self.days) - 5} more" if len(self.days) > 5 else ""
            parts.append(
                f"{len(self.days)} day{'s' * (len(self.days) != 1)} already "
                f"hold data ({shown}{more})"
            )
        if self.plan:
            parts.append("a different taper plan is already stored")
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

    def plan_notes(self) -> list[str]:
        """English lines for the summary: each kept plan problem."""
        out = []
        for at, problem in self.kept_plan_problems:
            if problem.code == "increase_not_confirmed":
                out.append(
                    f"{at}: {problem.describe().split(';')[0]}; kept, marked "
                    '"agreement not recorded"'
                )
            else:
                out.append(f"{at}: {problem.describe()}; kept as it was")
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
                        f"the file is {size / 1048576:.0f} MB; the largest file that can be "
                        f"imported is {MAX_FILE_BYTES // 1048576} MB",
                    )
                ],
            )
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ImportFailed(
            path, [Problem(None, None, None, f"cannot read the file: {exc.strerror}")]
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise ImportFailed(path, [Problem(None, None, None, "the file is too large to import")])
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
                    'the file is UTF-16 text; save it as UTF-8 ("CSV UTF-8" in most spreadsheets)',
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
                    "the file contains binary data (NUL bytes); it is not a text export",
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
                    line, None, None, f"the file is not UTF-8 text (byte 0x{bad}); save it as UTF-8"
                )
            ],
        ) from None
    if not text.strip():
        raise ImportFailed(path, [Problem(None, None, None, "the file is empty")])
    return text
