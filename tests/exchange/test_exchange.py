"""CSV day table and full JSON: round trips, conflicts, clear problems, the commands."""

import csv
import datetime as dt
import io
import json
import sqlite3

import pytest

from taper_desktop.cli import main
from taper_desktop.demo import fill_demo
from taper_desktop.domain.models import CheckIn, Dose
from taper_desktop.exchange import day_csv, full_json
from taper_desktop.exchange.problems import MAX_FILE_BYTES, Conflicts, ImportFailed
from taper_desktop.store import checkins, doses, open_store, records

DESIGN_COLUMNS = """date, dose_planned, dose_taken, dose_unit, instrument,
sows_anxious, sows_yawning, sows_perspiring, sows_eyes_tearing, sows_nose_running,
sows_gooseflesh, sows_shaking, sows_hot_flashes, sows_cold_flashes,
sows_bones_muscles_ache, sows_restless, sows_nauseous, sows_feel_like_vomiting,
sows_muscles_twitch, sows_stomach_cramps, sows_feel_like_using, sows_total,
gossop_feeling_sick, gossop_stomach_cramps, gossop_muscle_spasms,
gossop_feeling_cold, gossop_heart_pounding, gossop_muscular_tension,
gossop_aches_and_pains, gossop_yawning, gossop_runny_eyes,
gossop_trouble_sleeping, gossop_total,
craving, pain, sleep_hours, sleep_quality, mood, flag_for_provider, note"""

DAY = dt.date(2025, 3, 1)


def header() -> str:
    return ",".join(day_csv.COLUMNS)


def row(**cells) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([cells.get(c, "") for c in day_csv.COLUMNS])
    return out.getvalue()[:-1]


def sows_row(day="2025-03-01", score=1, **extra) -> str:
    cells = {
        "date": day,
        "instrument": "SOWS",
        **{f"sows_{k}": str(score) for k in checkins.scales.SOWS_INSTRUMENT.item_keys},
    }
    cells.update(extra)
    return row(**cells)


def write(tmp_path, text, name="in.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def test_columns_are_exactly_the_design_list():
    assert list(day_csv.COLUMNS) == [c.strip() for c in DESIGN_COLUMNS.split(",")]


def test_csv_round_trip_keeps_blank_versus_zero(store, tmp_path, data_dir):
    partial = CheckIn(
        DAY,
        "SOWS",
        items={"anxious": 0, "yawning": 3},
        craving=0,
        pain=None,
        sleep_hours=6.5,
        note='said "hi", then\nslept',
        flag_for_provider=True,
    )
    checkins.save(store, partial)
    checkins.save(
        store,
        CheckIn(
            DAY + dt.timedelta(days=1),
            "SOWS-Gossop",
            items={k: 0 for k in checkins.scales.GOSSOP_INSTRUMENT.item_keys},
        ),
    )
    doses.add(store, Dose(DAY, 2.5, "g", "08:00"))
    doses.add(store, Dose(DAY, 0.7, "g", "20:00"))
    doses.add(store, Dose(DAY + dt.timedelta(days=3), 1.0, "g"))
    out = tmp_path / "days.csv"
    assert day_csv.export_csv(store, out) == 3
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert rows[0]["sows_anxious"] == "0" and rows[0]["sows_perspiring"] == ""
    assert rows[0]["sows_total"] == "" and rows[0]["pain"] == "" and rows[0]["craving"] == "0"
    assert rows[0]["dose_taken"] == "3.2" and rows[0]["flag_for_provider"] == "1"
    assert rows[1]["gossop_total"] == "0" and rows[1]["sows_anxious"] == ""
    assert rows[2]["instrument"] == "" and rows[2]["flag_for_provider"] == ""

    other = open_store(tmp_path / "other")
    result = day_csv.import_csv(other, out)
    assert (result.days, result.checkins, result.doses) == (3, 2, 2)
    again = tmp_path / "again.csv"
    day_csv.export_csv(other, again)
    assert again.read_bytes() == out.read_bytes()
    # the day's total becomes one dose without a time
    assert [(d.amount, d.time) for d in doses.on_day(other, DAY)] == [(3.2, None)]
    assert checkins.get(other, DAY).items == {"anxious": 0, "yawning": 3}
    other.close()


def test_json_round_trip_of_the_demo_is_identical(store, tmp_path):
    fill_demo(store, today=dt.date(2025, 6, 1))
    first = tmp_path / "a.json"
    full_json.export_json(store, first)
    other = open_store(tmp_path / "other")
    full_json.import_json(other, first)
    second = tmp_path / "b.json"
    full_json.export_json(other, second)
    a, b = json.loads(first.read_text()), json.loads(second.read_text())
    assert a.pop("exported_at") and b.pop("exported_at")  # the only field that may differ
    assert a == b
    assert a["format"] == "taper-desktop-data" and a["version"] == 1
    assert records.counts(other) == records.counts(store)
    other.close()


def test_json_holds_everything(store, tmp_path):
    fill_demo(store, today=dt.date(2025, 6, 1))
    store.execute("INSERT INTO setting (key, value) VALUES ('theme', '\"dark\"')")
    out = tmp_path / "all.json"
    full_json.export_json(store, out)
    data = json.loads(out.read_text())
    plan = data["plans"][0]
    assert len(plan["revisions"]) == 2 and len(plan["holds"]) == 1
    assert all("time" in d and "created_at" in d for d in data["doses"])
    assert any(d["time"] for d in data["doses"])
    assert all(c["items"] and "extras" in c and "saved_at" in c for c in data["checkins"])
    assert data["other_medications"] and data["appointments"] and data["cows_totals"]
    assert data["settings"] == {"theme": "dark", "first_run_done": True}


def test_conflicts_refused_then_skip_or_replace(store, tmp_path):
    checkins.save(store, CheckIn(DAY, "SOWS", items={"anxious": 4}, note="mine"))
    path = write(
        tmp_path, "\n".join([header(), sows_row(note="file's"), sows_row("2025-03-02", 2)]) + "\n"
    )
    with pytest.raises(Conflicts) as caught:
        day_csv.import_csv(store, path)
    assert caught.value.days == [DAY]
    assert records.counts(store)["checkin"] == 1  # nothing written

    result = day_csv.import_csv(store, path, "skip")
    assert result.skipped_days == [DAY] and result.checkins == 1
    assert checkins.get(store, DAY).note == "mine"

    result = day_csv.import_csv(store, path, "replace")  # day 2 came in with the skip
    assert result.replaced_days == [DAY, DAY + dt.timedelta(days=1)]
    assert checkins.get(store, DAY).note == "file's"
    assert records.counts(store)["checkin"] == 2


def test_a_dose_only_row_does_not_touch_a_stored_checkin(store, tmp_path):
    checkins.save(store, CheckIn(DAY, "SOWS", note="mine"))
    doses.add(store, Dose(DAY + dt.timedelta(days=1), 1.0, "g", "08:00"))
    path = write(
        tmp_path,
        "\n".join(
            [
                header(),
                row(date="2025-03-01", dose_taken="2", dose_unit="g"),
                row(date="2025-03-02", dose_taken="3", dose_unit="g"),
            ]
        )
        + "\n",
    )
    with pytest.raises(Conflicts) as caught:
        day_csv.import_csv(store, path)
    assert caught.value.days == [DAY + dt.timedelta(days=1)]
    day_csv.import_csv(store, path, "replace")
    assert checkins.get(store, DAY).note == "mine"
    assert [d.amount for d in doses.on_day(store, DAY)] == [2.0]
    assert [d.amount for d in doses.on_day(store, DAY + dt.timedelta(days=1))] == [3.0]


def test_json_conflicting_plan_and_days(store, tmp_path):
    fill_demo(store, today=dt.date(2025, 6, 1))
    path = tmp_path / "all.json"
    full_json.export_json(store, path)
    data = json.loads(path.read_text())
    data["plans"][0]["revisions"][0]["start_dose"] = 9.0
    path.write_text(json.dumps(data))
    with pytest.raises(Conflicts) as caught:
        full_json.import_json(store, path)
    assert caught.value.plan and len(caught.value.days) > 80
    before = records.counts(store)
    full_json.import_json(store, path, "skip")
    assert records.counts(store) == before  # every day and the plan kept
    full_json.import_json(store, path, "replace")
    plan = full_json.snapshot(store)["plans"]
    assert len(plan) == 1 and plan[0]["revisions"][0]["start_dose"] == 9.0
    assert records.counts(store) == before


@pytest.mark.parametrize(
    "line, expect",
    [
        (sows_row(sows_total="99"), ("sows_total", "99", "add up to 16")),
        (sows_row(sows_anxious="5"), ("sows_anxious", "5", "0-4")),
        (sows_row(sows_anxious="two"), ("sows_anxious", "two", "whole number")),
        (sows_row(gossop_yawning="1"), ("gossop_yawning", "1", "only SOWS")),
        (sows_row(day="2025-02-30"), ("date", "2025-02-30", "YYYY-MM-DD")),
        (sows_row(craving="11"), ("craving", "11", "outside")),
        (sows_row(sleep_hours="7.3"), ("sleep_hours", "7.3", "multiple")),
        (sows_row(flag_for_provider="yes"), ("flag_for_provider", "yes", "0 or 1")),
        (sows_row(instrument="COWS"), ("instrument", "COWS", "SOWS or SOWS-Gossop")),
        (row(date="2025-03-01", note="hello"), ("note", "hello", "instrument is blank")),
        (row(date="2025-03-01", dose_taken="0", dose_unit="g"), ("dose_taken", "0", "greater")),
        (row(date="2025-03-01", dose_taken="2"), ("dose_unit", "", "unit")),
        (row(date="2025-03-01", dose_taken="nan", dose_unit="g"), ("dose_taken", "nan", "number")),
    ],
)
def test_each_bad_cell_is_named_with_line_column_value(store, tmp_path, line, expect):
    path = write(tmp_path, "\n".join([header(), sows_row("2025-01-01"), line]) + "\n")
    with pytest.raises(ImportFailed) as caught:
        day_csv.import_csv(store, path)
    problem = caught.value.problems[0]
    assert (problem.line, problem.column, problem.value) == (3, expect[0], expect[1])
    assert expect[2] in str(problem.message)
    assert records.is_empty(store)  # the good first row was not imported either


def test_every_problem_is_listed_and_duplicates_named(store, tmp_path):
    text = (
        "\ufeff"
        + "\r\n".join(
            [
                header(),
                sows_row(),
                sows_row(sows_anxious="9"),
                sows_row(),
                sows_row("2025-03-05", craving="x"),
            ]
        )
        + "\r\n"
    )
    with pytest.raises(ImportFailed) as caught:
        day_csv.import_csv(store, write(tmp_path, text))
    lines = [(p.line, p.column) for p in caught.value.problems]
    assert lines == [(3, "sows_anxious"), (4, "date"), (5, "craving")]
    assert "already on line 2" in str(caught.value.problems[1].message)
    assert caught.value.summary().endswith("(and 2 more problems)")


def test_bom_and_crlf_are_accepted(store, tmp_path):
    text = "\ufeff" + "\r\n".join([header(), sows_row(note="a\r\nb")]) + "\r\n"
    assert day_csv.import_csv(store, write(tmp_path, text)).checkins == 1
    assert checkins.get(store, DAY).note == "a\r\nb"


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "empty"),
        (b"  \n\n", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        ("date;dose".encode("utf-16"), "UTF-16"),
        ((header() + "\n" + sows_row(note="caf\xe9")).encode("latin-1"), "not UTF-8"),
        (b"date,dose\n", "column 2 should be 'dose_planned'"),
        ((header() + ",extra\n").encode(), "extra column"),
        ((header() + "\n2025-03-01,1\n").encode(), "has 2 cells"),
        ((header() + '\n"2025-03-01,\n').encode(), "malformed"),
    ],
)
def test_files_that_are_not_a_day_table(store, tmp_path, data, words):
    with pytest.raises(ImportFailed) as caught:
        day_csv.import_csv(store, write(tmp_path, data))
    assert words in caught.value.summary()
    assert records.is_empty(store)


def test_very_large_file_is_refused_before_reading(store, tmp_path):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ImportFailed, match="largest file"):
        day_csv.import_csv(store, path)


@pytest.mark.parametrize(
    "mutate, where",
    [
        (lambda d: d["checkins"][0]["items"].update(anxious=7), "checkins[0]"),
        (lambda d: d["checkins"].append(dict(d["checkins"][0])), "checkins[85].day"),
        (lambda d: d["doses"][3].update(amount=-1), "doses[3].amount"),
        (lambda d: d["doses"][3].update(time="25:00"), "doses[3].time"),
        (lambda d: d["doses"][3].update(substance=9), "doses[3].substance"),
        (
            lambda d: d["plans"][0]["holds"][0].update(end_day="2000-01-01"),
            "plans[0].holds[0].end_day",
        ),
        (lambda d: d["cows_totals"][0].update(total=49), "cows_totals[0].total"),
        (lambda d: d["settings"].update(theme="neon"), "settings.theme"),
        (lambda d: d.update(surprise=1), "surprise"),
        (lambda d: d["checkins"][0].pop("saved_at"), "checkins[0].saved_at"),
    ],
)
def test_json_problems_named_by_path_and_nothing_written(store, tmp_path, mutate, where):
    source = open_store(tmp_path / "source")
    fill_demo(source, today=dt.date(2025, 6, 1))
    path = tmp_path / "all.json"
    full_json.export_json(source, path)
    source.close()
    data = json.loads(path.read_text())
    mutate(data)
    path.write_text(json.dumps(data))
    with pytest.raises(ImportFailed) as caught:
        full_json.import_json(store, path)
    assert caught.value.problems[0].at == where
    assert records.is_empty(store)


@pytest.mark.parametrize(
    "text, words",
    [
        ('{"format": "taper-desktop-data", "version": 2}', "newer Taper Desktop"),
        ('{"format": "something-else"}', "not a Taper Desktop data file"),
        ("[1, 2]", "not a Taper Desktop data file"),
        ('{"format": "taper-desktop-data",\n "version": 1,,}', "line 2"),
        (
            '{"format": "taper-desktop-data", "version": 1, "doses": [{"amount": NaN}]}',
            "NaN is not allowed",
        ),
        ("[" * 100000, "not valid JSON"),
    ],
)
def test_json_that_is_not_an_export(store, tmp_path, text, words):
    with pytest.raises(ImportFailed) as caught:
        full_json.import_json(store, write(tmp_path, text, "x.json"))
    assert words in caught.value.summary()


def test_a_write_failure_mid_import_leaves_nothing(store, tmp_path, monkeypatch):
    path = write(tmp_path, "\n".join([header(), sows_row(), sows_row("2025-03-02")]) + "\n")
    real = day_csv.write_checkin
    calls = []

    def failing(s, c, stamp):
        calls.append(c.day)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        real(s, c, stamp)

    monkeypatch.setattr(day_csv, "write_checkin", failing)
    with pytest.raises(sqlite3.OperationalError):
        day_csv.import_csv(store, path)
    assert records.is_empty(store)


# ---- the command line ---------------------------------------------------------------


def test_cli_round_trip_and_exit_codes(store, tmp_path, capsys):
    fill_demo(store, today=dt.date(2025, 6, 1))
    out_csv, out_json = tmp_path / "d.csv", tmp_path / "d.json"
    assert main(["export-csv", str(out_csv)]) == 0
    assert main(["export-json", str(out_json)]) == 0
    other = str(tmp_path / "other")
    assert main(["--data-dir", other, "import-json", str(out_json)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", other, "import-csv", str(out_csv)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "already hold data" in err[0] and "--on-conflict" in err[0]
    assert main(["--data-dir", other, "import-csv", str(out_csv), "--on-conflict", "skip"]) == 0
    assert main(["--data-dir", other, "import-csv", str(out_csv), "--on-conflict", "replace"]) == 0
    assert "before the import" in capsys.readouterr().out
    for usage in (["import-csv", str(out_csv), "--on-conflict", "merge"], ["import-csv"]):
        with pytest.raises(SystemExit) as caught:
            main(usage)
        assert caught.value.code == 2


def test_cli_bad_file_exits_1_with_one_line_and_creates_nothing(tmp_path, capsys, data_dir):
    bad = write(tmp_path, "\n".join([header(), sows_row(sows_shaking="8")]) + "\n")
    assert main(["import-csv", str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert str(bad) in err[0] and "line 2" in err[0]
    assert "sows_shaking" in err[0] and "'8'" in err[0]
    assert not (data_dir / "taper.sqlite3").exists()
    assert main(["import-json", str(tmp_path / "missing.json")]) == 1
    assert "cannot read" in capsys.readouterr().err
    assert main(["export-csv", str(tmp_path / "no" / "such" / "x.csv")]) == 1


def test_a_bad_item_is_named_once_not_again_as_a_bad_total(store, tmp_path):
    """The total cannot be judged when an item is wrong; one fix, one problem."""
    text = (
        "\n".join(
            [
                header(),
                sows_row(sows_anxious="9", sows_total="24"),
                sows_row("2025-03-02", sows_total="17"),
            ]
        )
        + "\n"
    )
    with pytest.raises(ImportFailed) as caught:
        day_csv.import_csv(store, write(tmp_path, text))
    assert [(p.line, p.column) for p in caught.value.problems] == [
        (2, "sows_anxious"),
        (3, "sows_total"),
    ]
    assert "add up to 16" in str(caught.value.problems[1].message)


def test_a_measure_problem_names_the_measure_once(store, tmp_path):
    path = write(tmp_path, "\n".join([header(), sows_row("2025-01-01", craving="11")]) + "\n")
    with pytest.raises(ImportFailed) as caught:
        day_csv.import_csv(store, path)
    text = caught.value.problems[0].describe()
    assert "column craving: 11 is outside 0-10" in text
    assert "Craving:" not in text
