"""The command line: data folder choice, check-db, demo, usage and data errors."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from taper_desktop.cli import main
from taper_desktop.demo import fill_demo
from taper_desktop.store import checkins, doses, plans, records
from taper_desktop.store.day_table import day_rows
from taper_desktop.store.schema import USER_VERSION

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_check_db_reports_sensible_counts(capsys, data_dir):
    code, out, err = run(capsys, "demo")
    assert code == 0 and err == ""
    assert "85 check-ins" in out
    code, out, err = run(capsys, "check-db")
    assert code == 0, err
    assert "integrity:      ok" in out
    assert f"schema version: {USER_VERSION}" in out
    counts = dict(line.rsplit(":", 1) for line in out.splitlines()[4:])
    assert int(counts["check-ins"]) == 85
    assert int(counts["plan revisions"]) == 2
    assert int(counts["holds"]) == 1
    assert int(counts["doses"]) > 200


def test_data_dir_option_works_before_and_after_the_command(capsys, tmp_path):
    here, there = tmp_path / "here", tmp_path / "there"
    assert run(capsys, "--data-dir", str(here), "demo")[0] == 0
    assert run(capsys, "demo", "--data-dir", str(there))[0] == 0
    assert (here / "taper.sqlite3").exists() and (there / "taper.sqlite3").exists()


def test_environment_variable_chooses_the_data_folder(capsys, data_dir):
    assert run(capsys, "demo")[0] == 0
    assert (data_dir / "taper.sqlite3").exists()


def test_demo_refuses_a_folder_that_holds_data(capsys, data_dir):
    assert run(capsys, "demo")[0] == 0
    before = (data_dir / "taper.sqlite3").read_bytes()
    code, out, err = run(capsys, "demo")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "already holds data" in err
    assert (data_dir / "taper.sqlite3").read_bytes() == before


def test_check_db_without_a_database_is_a_data_error(capsys, data_dir):
    code, out, err = run(capsys, "check-db")
    assert code == 1
    assert err.strip().splitlines() == [f"taper-desktop: there is no database in {data_dir}"]
    assert not (data_dir / "taper.sqlite3").exists()


def test_check_db_on_random_bytes_is_one_line_and_exit_1(capsys, data_dir):
    data_dir.mkdir()
    (data_dir / "taper.sqlite3").write_bytes(os.urandom(4096))
    code, out, err = run(capsys, "check-db")
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "not a readable Taper Desktop database" in err


@pytest.mark.parametrize("argv", [["no-such-command"], ["check-db", "--bogus"], ["--data-dir"]])
def test_usage_errors_exit_2_with_one_line(capsys, argv):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and err.startswith("taper-desktop: ")


def test_help_lists_only_working_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "demo" in out and "check-db" in out and "--data-dir" in out


@pytest.mark.slow
@pytest.mark.parametrize("launcher", [["main.py"], ["-m", "taper_desktop"]])
def test_main_py_and_module_run_the_same_command_line(launcher, data_dir):
    result = subprocess.run(
        [sys.executable, *launcher, "check-db"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"taper-desktop: there is no database in {data_dir}"


def test_demo_is_a_realistic_taper(store):
    today = dt.date(2026, 6, 1)
    fill_demo(store, today)
    plan = plans.current_plan(store)
    assert plan.substance.unit == "g" and plan.revisions[0].start_dose == 8.0
    assert plan.revisions[0].interval_days == 7 and len(plan.holds) == 1
    first = today - dt.timedelta(days=90)
    rows = day_rows(store, first, today - dt.timedelta(days=1))
    assert len(rows) == 90
    assert sum(r.checkin is None for r in rows) >= 3  # a few missed days
    assert any(r.taken and r.planned and r.taken > r.planned for r in rows)  # over plan
    assert any(r.checkin and r.checkin.note for r in rows)
    assert any(r.partial for r in rows)
    assert doses.on_day(store, today) == [] and checkins.get(store, today) is None
    # Symptoms rise in the days after a step and settle before the next one.
    from taper_desktop.store.day_table import plan_schedule

    totals = {r.day: r.total for r in rows if r.total is not None}
    rises = 0
    steps = [
        d for d, _ in plan_schedule(store).step_changes()[1:] if d <= rows[-1].day - dt.timedelta(7)
    ]
    for step in steps:
        after = [totals.get(step + dt.timedelta(days=k)) for k in (1, 2, 3)]
        before = [totals.get(step - dt.timedelta(days=k)) for k in (1, 2)]
        after, before = [v for v in after if v is not None], [v for v in before if v is not None]
        if after and before and sum(after) / len(after) > sum(before) / len(before):
            rises += 1
    assert rises >= len(steps) - 1
    assert len(records.cows_between(store, first, today)) == 3


@pytest.mark.parametrize(
    "argv,expected",
    [
        ([], (True, None)),
        (["--data-dir", "/x"], (True, "/x")),
        (["--data-dir=/x"], (True, "/x")),
        (["--data-dir"], (False, None)),
        (["--data-dir="], (False, None)),
        (["--data-dir", "--help"], (False, None)),
        (["demo"], (False, None)),
        (["--data-dir", "/x", "demo"], (False, None)),
        (["--help"], (False, None)),
    ],
)
def test_only_opening_the_window_skips_the_command_parsers(argv, expected):
    from taper_desktop.cli import _window_only

    assert _window_only(argv) == expected
