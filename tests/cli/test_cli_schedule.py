"""``taper-desktop schedule``: output per design.md and one-line usage errors (exit 2)."""

import json

import pytest

from taper_desktop.cli import main


def exit_code(args):
    """main()'s exit status, whether it returns it or argparse exits with it."""
    try:
        return main(args)
    except SystemExit as exc:
        return exc.code


BASE = [
    "schedule",
    "--start",
    "8",
    "--unit",
    "g",
    "--method",
    "percent",
    "--step",
    "10",
    "--every",
    "7",
    "--from",
    "2026-03-02",
]


def test_json_lines_start_each_change_and_target(capsys, data_dir):
    assert main(BASE + ["--round", "0.25", "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[0] == {"date": "2026-03-02", "dose": 8.0, "unit": "g"}
    assert lines[1] == {"date": "2026-03-09", "dose": 7.25, "unit": "g"}
    # 1.75 g lasts two steps (1.647 rounds back to 1.75), so the next line is 14 days on.
    dates = [line["date"] for line in lines]
    assert dates[dates.index("2026-06-08") : dates.index("2026-06-08") + 2] == [
        "2026-06-08",
        "2026-06-22",
    ]
    assert lines[-1] == {"date": "2026-12-07", "dose": 0.0, "unit": "g"}
    assert len(lines) == 22
    assert not data_dir.exists()  # schedule touches no data


def test_default_round_is_a_tenth_and_target_ends_it(capsys):
    assert (
        main(
            [
                "schedule",
                "--start",
                "10",
                "--unit",
                "mg",
                "--method",
                "linear",
                "--step",
                "2.5",
                "--every",
                "14",
                "--from",
                "2026-01-01",
                "--target",
                "4",
                "--json",
            ]
        )
        == 0
    )
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(x["date"], x["dose"]) for x in lines] == [
        ("2026-01-01", 10.0),
        ("2026-01-15", 7.5),
        ("2026-01-29", 5.0),
        ("2026-02-12", 4.0),
    ]
    assert {x["unit"] for x in lines} == {"mg"}


def test_table_shows_days_each_dose_lasts(capsys):
    assert (
        main(
            [
                "schedule",
                "--start",
                "40",
                "--unit",
                "mg",
                "--method",
                "linear",
                "--step",
                "7.5",
                "--every",
                "14",
                "--from",
                "2026-01-01",
                "--round",
                "5",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "plan to confirm with your provider" in out
    rows = [line.split() for line in out.splitlines() if line[:4].isdigit()]
    assert rows == [
        ["2026-01-01", "40", "mg", "14", "days"],
        ["2026-01-15", "30", "mg", "14", "days"],
        ["2026-01-29", "25", "mg", "14", "days"],
        ["2026-02-12", "15", "mg", "14", "days"],
        ["2026-02-26", "10", "mg", "14", "days"],
        ["2026-03-12", "0", "mg", "target"],
    ]


@pytest.mark.parametrize(
    "change, needle",
    [
        (["--step", "60"], "percent per step"),
        (["--step", "0"], "percent per step"),
        (["--every", "0"], "interval"),
        (["--round", "0"], "--round"),
        (["--round", "-1"], "--round"),
        (["--start", "0"], "start dose"),
        (["--start", "nan"], "finite"),
        (["--start", "eight"], "not a number"),
        (["--every", "1.5"], "whole number"),
        (["--from", "2026-02-30"], "2026-02-30"),
        (["--method", "hyperbolic"], "invalid choice"),
        (["--target", "9"], "target"),
        (["--unit", " "], "unit"),
    ],
)
def test_usage_errors_exit_2_with_one_line(capsys, change, needle):
    args = list(BASE)
    if change[0] in args:
        args[args.index(change[0]) + 1] = change[1]
    else:
        args += change
    assert exit_code(args) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and needle in err


def test_linear_step_larger_than_start_is_a_usage_error(capsys):
    args = [
        "schedule",
        "--start",
        "5",
        "--unit",
        "mg",
        "--method",
        "linear",
        "--step",
        "6",
        "--every",
        "7",
        "--from",
        "2026-01-01",
    ]
    assert exit_code(args) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "amount per step" in err


def test_missing_required_option_is_a_usage_error(capsys):
    assert exit_code(["schedule", "--start", "8"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
