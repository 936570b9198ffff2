"""Checking the values of a parsed JSON file, one problem per bad value with its path."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Iterator
from typing import Any

from taper_desktop.domain.days import parse_day, parse_hhmm
from taper_desktop.domain.errors import WordedError
from taper_desktop.domain.marks import QT_TRANSLATE_NOOP
from taper_desktop.exchange.problems import OBJECT, Problem, Said, words

JsonObject = dict[str, Any]


class Checker:
    """Walks the parsed JSON collecting problems with the path of each bad value."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def bad(self, at: str, value: Any, message: WordedError | str) -> None:
        shown = value if isinstance(value, str) else json.dumps(value)[:60]
        self.problems.append(Problem(None, None, shown, message, at=at))

    def obj(self, value: Any, at: str) -> JsonObject | None:
        if not isinstance(value, dict):
            self.bad(at, value, Said(OBJECT))
            return None
        return value

    def array(self, parent: JsonObject, key: str, at: str) -> list[Any]:
        value = parent.get(key, [])
        if not isinstance(value, list):
            self.bad(
                f"{at}{key}", value, Said(QT_TRANSLATE_NOOP("import", "should be a list [...]"))
            )
            return []
        return value

    def objects(
        self, parent: JsonObject, key: str, at: str
    ) -> Iterator[tuple[int, str, JsonObject]]:
        """(index, path, object) for each object in the list parent[key] (at is "" or ends
        in "."); what is not an object is reported, in turn, and left out."""
        for i, raw in enumerate(self.array(parent, key, at)):
            path = f"{at}{key}[{i}]"
            rec = self.obj(raw, path)
            if rec is not None:
                yield i, path, rec

    def get(
        self,
        rec: JsonObject,
        key: str,
        at: str,
        check: Callable[[Any], Any],
        required: bool = True,
        default: Any = None,
    ) -> Any:
        """check(rec[key]), or default when the value is absent or bad (then reported)."""
        if key not in rec or rec[key] is None:
            if required and key not in rec:
                self.bad(f"{at}.{key}", None, Said(QT_TRANSLATE_NOOP("import", "is missing")))
            elif required:
                self.bad(f"{at}.{key}", None, Said(QT_TRANSLATE_NOOP("import", "must not be null")))
            return default
        try:
            return check(rec[key])
        except (ValueError, TypeError) as exc:
            self.bad(f"{at}.{key}", rec[key], words(exc))
            return default

    def ref(self, rec: JsonObject, at: str, seen: set[int]) -> int | None:
        """The record's own `ref`, reported when used twice; seen collects them."""
        ref: int | None = self.get(rec, "ref", at, whole)
        if ref is not None:
            if ref in seen:
                self.bad(f"{at}.ref", ref, Said(QT_TRANSLATE_NOOP("import", "is used twice")))
            seen.add(ref)
        return ref

    def ref_to(
        self, rec: JsonObject, key: str, at: str, refs: set[int], required: bool
    ) -> int | None:
        """rec[key] when it is the `ref` of a record in refs."""
        ref: int | None = self.get(rec, key, at, whole, required=required)
        if ref is not None and ref not in refs:
            self.bad(
                f"{at}.{key}",
                ref,
                Said(QT_TRANSLATE_NOOP("import", "refers to nothing in this file")),
            )
            return None
        return ref


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise Said(QT_TRANSLATE_NOOP("import", "should be text"))
    return value


def nonblank(value: Any) -> str:
    if not text(value).strip():
        raise Said(QT_TRANSLATE_NOOP("import", "must not be blank"))
    return str(value)


def number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise Said(QT_TRANSLATE_NOOP("import", "should be a number"))
    return float(value)


def whole(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Said(QT_TRANSLATE_NOOP("import", "should be a whole number"))
    return value


def flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Said(QT_TRANSLATE_NOOP("import", "should be true or false"))
    return value


def day(value: Any) -> dt.date:
    return parse_day(text(value))


def time(value: Any) -> str:
    parse_hhmm(text(value))
    return str(value)


def stamp(value: Any) -> str:
    given = text(value)
    try:
        dt.datetime.fromisoformat(given)
    except ValueError:
        raise Said(QT_TRANSLATE_NOOP("import", "is not a date and time (ISO 8601)")) from None
    return given


def anything(value: Any) -> Any:
    return value
