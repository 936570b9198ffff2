"""Imports refuse a file with a dose for a day that has not come yet: all of it, exit 1."""

import datetime as dt
import json

from taper_desktop.cli import main
from taper_desktop.domain import dose_rules
from taper_desktop.domain.models import CheckIn, Dose
from taper_desktop.store import checkins, doses, open_store
from taper_desktop.store.settings import diary_today
from tests.exchange.test_exchange import header, row, sows_row, write


def test_the_rule_is_one_domain_function():
    today = dt.date(2026, 11, 29)
    assert dose_rules.future_day_error(today, today) is None
    assert dose_rules.future_day_error(today - dt.timedelta(days=1), today) is None
    problem = str(dose_rules.future_day_error(today + dt.timedelta(days=1), today))
    assert "2026-11-30 has not come yet" in problem and "2026-11-29" in problem


def _stored(data_dir) -> tuple[int, int]:
    s = open_store(data_dir)
    try:
        far = dt.date(2100, 1, 1)
        return (
            len(doses.between(s, dt.date(1900, 1, 1), far)),
            len(checkins.between(s, dt.date(1900, 1, 1), far)),
        )
    finally:
        s.close()


def test_import_csv_refuses_a_future_dose_and_writes_nothing(store, tmp_path, capsys, data_dir):
    today = diary_today(store)
    tomorrow = today + dt.timedelta(days=1)
    text = (
        "\n".join(
            [
                header(),
                sows_row(today.isoformat(), dose_taken="5", dose_unit="g"),
                row(date=tomorrow.isoformat(), dose_taken="60", dose_unit="mg"),
            ]
        )
        + "\n"
    )
    path = write(tmp_path, text)
    assert main(["import-csv", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert str(path) in err[0] and "line 3" in err[0] and tomorrow.isoformat() in err[0]
    assert "has not come yet" in err[0] and "nothing was imported" in err[0]
    assert _stored(data_dir) == (0, 0)  # the good row for today was not written either
    # the same file without the future row goes in
    path.write_text("\n".join(text.splitlines()[:2]) + "\n", encoding="utf-8")
    assert main(["import-csv", str(path)]) == 0
    assert _stored(data_dir) == (1, 1)


def test_import_csv_accepts_a_dose_for_today(store, tmp_path, capsys, data_dir):
    """Only a dose is refused by this rule; a dose for today is fine."""
    today = diary_today(store)
    path = write(
        tmp_path,
        "\n".join([header(), row(date=today.isoformat(), dose_taken="5", dose_unit="g")]) + "\n",
    )
    assert main(["import-csv", str(path)]) == 0
    assert _stored(data_dir) == (1, 0)


def test_import_json_refuses_a_future_dose_and_writes_nothing(store, tmp_path, capsys):
    today = diary_today(store)
    yesterday = today - dt.timedelta(days=1)
    doses.add(store, Dose(yesterday, 5.0, "g"))
    doses.add(store, Dose(today, 4.0, "g"))
    checkins.save(store, CheckIn(day=today, instrument="SOWS", craving=3))
    out = tmp_path / "all.json"
    assert main(["export-json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    tomorrow = today + dt.timedelta(days=1)
    data["doses"][1]["day"] = tomorrow.isoformat()
    out.write_text(json.dumps(data), encoding="utf-8")
    other = tmp_path / "other"
    capsys.readouterr()
    assert main(["--data-dir", str(other), "import-json", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert str(out) in err[0] and "doses[1].day" in err[0] and tomorrow.isoformat() in err[0]
    assert "has not come yet" in err[0] and "nothing was imported" in err[0]
    assert _stored(other) == (0, 0)
    data["doses"][1]["day"] = today.isoformat()
    out.write_text(json.dumps(data), encoding="utf-8")
    assert main(["--data-dir", str(other), "import-json", str(out)]) == 0
    assert _stored(other) == (2, 1)
