"""``taper-desktop report``: the same PDF headless; usage and data errors in one line."""

import pytest
from pypdf import PdfReader

from taper_desktop.cli import main
from tests.report.test_report import PATIENT, seed


def run(capsys, *args):
    """Exit code, stdout and stderr, whether argparse exits or main returns."""
    try:
        code = main(["report", *args])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_report_command_writes_the_pdf(store, tmp_path, capsys):
    seed(store)
    out = tmp_path / "visit.pdf"
    code, stdout, err = run(
        capsys,
        "--from",
        "2026-03-02",
        "--to",
        "2026-03-22",
        "--out",
        str(out),
        "--patient",
        PATIENT,
        "--no-table",
        "--paper",
        "A4",
    )
    assert code == 0 and err == "" and str(out) in stdout
    reader = PdfReader(str(out))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert PATIENT in text and "Daily table" not in text
    assert "2 Mar 2026 to 22 Mar 2026 (21 days)" in text


@pytest.mark.parametrize(
    "args, needle",
    [
        (("--from", "2026-03-10", "--to", "2026-03-01"), "is after --to"),
        (("--from", "2026-02-30", "--to", "2026-03-01"), "not a real date"),
        (("--from", "03/01/2026", "--to", "2026-03-01"), "not a real date"),
    ],
)
def test_bad_dates_exit_2_with_one_line(store, tmp_path, capsys, args, needle):
    seed(store)
    out = tmp_path / "r.pdf"
    code, _stdout, err = run(capsys, *args, "--out", str(out))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and needle in err
    assert not out.exists()


def test_unwritable_path_exits_1_with_one_line(store, tmp_path, capsys):
    seed(store)
    out = tmp_path / "missing" / "r.pdf"
    code, _stdout, err = run(
        capsys, "--from", "2026-03-02", "--to", "2026-03-22", "--out", str(out)
    )
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "cannot write there" in err
    assert not out.parent.exists()
