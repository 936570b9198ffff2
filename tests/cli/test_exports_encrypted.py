"""The three exports read an encrypted folder like every other command: with the secret
from --passphrase-file, and refused at once (one line, no file) without it."""

import datetime as dt

import pytest

from taper_desktop.cli import common as cli_common
from taper_desktop.cli import main
from taper_desktop.domain import scales
from taper_desktop.domain.models import CheckIn, PlanRevision, Substance
from taper_desktop.store import checkins, open_store, plans

PASS = "correct horse battery"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def encrypted(data_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli_common, "has_terminal", lambda: False)
    import taper_desktop.cli.encrypt as enc

    monkeypatch.setattr(enc, "has_terminal", lambda: False)
    store = open_store(data_dir)
    plans.create_plan(
        store,
        Substance("Kratom leaf powder", "kratom", "g"),
        PlanRevision(dt.date(2026, 5, 1), "linear", 4.0, 0.5, 7, 0.1, 0.0, agreed_by="Dr. A"),
    )
    checkins.save(
        store,
        CheckIn(dt.date(2026, 5, 2), scales.SOWS, {k: 1 for k in scales.SOWS_INSTRUMENT.item_keys}),
    )
    store.close()
    secret = tmp_path / "pass"
    secret.write_text(PASS + "\n")
    code, _out, err = run(capsys, "encrypt", "--new-passphrase-file", secret)
    assert code == 0, err
    return secret


@pytest.mark.parametrize(
    "argv",
    [
        ("export-fhir", "out.json"),
        ("export-ics", "out.ics"),
        ("report", "--plan-sheet", "--out", "out.pdf"),
    ],
)
def test_exports_of_an_encrypted_folder(encrypted, tmp_path, capsys, argv):
    argv = [str(tmp_path / a) if a.startswith("out.") else a for a in argv]
    target = tmp_path / next(a for a in argv if "out." in a)
    code, out, err = run(capsys, *argv)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert "--passphrase-file" in err and not target.exists()
    code, out, err = run(capsys, "--passphrase-file", encrypted, *argv)
    assert code == 0, err
    assert target.stat().st_size > 0
