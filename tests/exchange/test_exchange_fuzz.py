"""Hypothesis-generated bad input: the importers never crash and never import part of a file."""

import csv
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from taper_desktop.exchange import day_csv, full_json
from taper_desktop.exchange.problems import Conflicts, ImportFailed
from taper_desktop.store import open_store, records

FAST = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

cell = st.one_of(
    st.just(""),
    st.sampled_from(
        [
            "0",
            "1",
            "3",
            "4",
            "5",
            "-1",
            "2.5",
            "nan",
            "1e308",
            "x",
            "SOWS",
            "SOWS-Gossop",
            "g",
            "2025-03-01",
            "2025-02-30",
        ]
    ),
    st.integers(-5, 70).map(str),
    st.text(max_size=8),
)
date_cell = st.one_of(
    st.sampled_from(["2025-03-01", "2025-03-02", "2025-13-01", "", "x"]),
    st.dates().map(lambda d: d.isoformat()),
)


@st.composite
def csv_files(draw) -> bytes:
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        cells = [
            draw(cell) for _ in range(draw(st.sampled_from([len(day_csv.COLUMNS)] * 4 + [3, 41])))
        ]
        if cells:
            cells[0] = draw(date_cell)
        rows.append(cells)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    writer.writerow(day_csv.COLUMNS if draw(st.booleans()) or not rows else rows[0])
    writer.writerows(rows)
    data = out.getvalue().encode("utf-8")
    if draw(st.booleans()):
        data = b"\xef\xbb\xbf" + data
    how = draw(st.sampled_from(["keep", "keep", "truncate", "junk", "latin1"]))
    if how == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif how == "junk":
        pos = draw(st.integers(0, len(data)))
        data = data[:pos] + draw(st.binary(min_size=1, max_size=20)) + data[pos:]
    elif how == "latin1":
        data = data.replace(b"2025", "2025\xe9".encode("latin-1"), 1)
    return data


def _attempt(store, importer, path):
    before = records.counts(store)
    try:
        importer(store, path, "replace")
    except ImportFailed as exc:
        assert exc.problems and exc.summary()
        assert records.counts(store) == before  # nothing written
        return False
    except Conflicts as error:
        raise AssertionError("replace never raises Conflicts") from error
    return True


@FAST
@given(data=csv_files())
def test_csv_corpus_never_crashes_or_imports_part(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz")
    store = open_store(folder / "data")
    try:
        path = folder / "in.csv"
        path.write_bytes(data)
        if _attempt(store, day_csv.import_csv, path):
            # all-or-nothing: what was written is exactly the file's rows with data
            parsed = day_csv.parse_csv(path.read_bytes().decode("utf-8-sig"))
            assert records.counts(store)["checkin"] == sum(d.checkin is not None for d in parsed)
            assert records.counts(store)["dose"] == sum(d.dose is not None for d in parsed)
    finally:
        store.close()


json_value = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-10, 100),
        st.floats(allow_nan=False),
        st.text(max_size=6),
        st.sampled_from(["2025-03-01", "08:00", "SOWS", "g"]),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


@pytest.fixture(scope="module")
def good_export(tmp_path_factory):
    from taper_desktop.demo import fill_demo

    folder = tmp_path_factory.mktemp("src")
    store = open_store(folder / "data")
    fill_demo(store)
    snapshot = full_json.snapshot(store)
    store.close()
    # keep it small so each example is quick
    for key in ("doses", "checkins"):
        snapshot[key] = snapshot[key][:5]
    return snapshot


@FAST
@given(
    path=st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "doses",
                    "checkins",
                    "plans",
                    "substances",
                    "appointments",
                    "cows_totals",
                    "settings",
                    "items",
                    "revisions",
                    "holds",
                    "amount",
                    "day",
                    "time",
                    "score",
                    "anxious",
                    "version",
                ]
            ),
            st.integers(0, 4),
        ),
        min_size=1,
        max_size=4,
    ),
    value=json_value,
    mode=st.sampled_from(["set", "drop", "truncate"]),
)
def test_json_corpus_never_crashes_or_imports_part(
    tmp_path_factory, good_export, path, value, mode
):
    data = json.loads(json.dumps(good_export))
    node = data
    for key in path[:-1]:
        if (
            isinstance(node, dict)
            and isinstance(key, str)
            and key in node
            or isinstance(node, list)
            and isinstance(key, int)
            and key < len(node)
        ):
            node = node[key]
    last = path[-1]
    if isinstance(node, dict) and isinstance(last, str):
        if mode == "drop":
            node.pop(last, None)
        else:
            node[last] = value
    elif isinstance(node, list) and isinstance(last, int) and last < len(node):
        node[last] = value
    text = json.dumps(data)
    if mode == "truncate":
        text = text[: len(text) // 2]
    folder = tmp_path_factory.mktemp("fuzzjson")
    store = open_store(folder / "data")
    try:
        target = folder / "in.json"
        target.write_text(text, encoding="utf-8")
        _attempt(store, full_json.import_json, target)
        assert store.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        store.close()


@FAST
@given(data=st.binary(max_size=300))
def test_random_bytes_as_json_or_csv(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("bytes")
    store = open_store(folder / "data")
    try:
        for name, importer in (("x.json", full_json.import_json), ("x.csv", day_csv.import_csv)):
            (folder / name).write_bytes(data)
            _attempt(store, importer, folder / name)
    finally:
        store.close()
