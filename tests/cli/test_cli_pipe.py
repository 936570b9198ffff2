"""A command whose reader goes away early (``| head``) ends quietly, without a traceback."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _into_closed_pipe(*argv: str) -> subprocess.CompletedProcess:
    """Run the command line with stdout a pipe nobody reads any more, as after `head -1`."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "taper_desktop", *argv],
            cwd=ROOT,
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["schedule", "--start", "8", "--unit", "g", "--method", "percent", "--step", "10"]
        + ["--every", "7", "--from", "2026-01-01"],
    ],
)
def test_a_reader_that_stops_early_gets_no_traceback(argv):
    result = _into_closed_pipe(*argv)
    assert "Traceback" not in result.stderr and "BrokenPipeError" not in result.stderr
    assert result.stderr == ""
    assert result.returncode == 0


def test_check_db_into_a_closed_pipe_is_quiet(store, data_dir):
    store.close()
    result = _into_closed_pipe("--data-dir", str(data_dir), "check-db")
    assert result.stderr == ""
    assert result.returncode == 0
