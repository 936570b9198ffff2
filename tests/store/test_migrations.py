"""The migration ladder, run against frozen databases of every past schema version.

tests/fixtures/taper-v<N>.sqlite3 is a database written by schema version N and never
edited afterwards. When a migration N -> N+1 is added, its fixture keeps proving that
real files of version N open, are backed up first, and keep their data.
"""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from taper_desktop.store import StoreError, checkins, open_store, schema
from taper_desktop.store.db import BACKUP_DIR

FIXTURES = Path(__file__).parents[1] / "fixtures"
FROZEN = sorted(FIXTURES.glob("taper-v*.sqlite3"))


def install(fixture: Path, data_dir: Path) -> Path:
    data_dir.mkdir(mode=0o700)
    target = data_dir / "taper.sqlite3"
    shutil.copy(fixture, target)
    return target


def test_there_is_a_frozen_fixture_for_every_past_version():
    versions = {int(p.stem.split("-v")[1]) for p in FROZEN}
    assert versions == set(range(1, schema.USER_VERSION + 1))


@pytest.mark.parametrize("fixture", FROZEN, ids=lambda p: p.stem)
def test_a_frozen_database_opens_at_the_current_version_with_its_data(fixture, data_dir):
    install(fixture, data_dir)
    store = open_store(data_dir)
    try:
        assert store.schema_version() == schema.USER_VERSION
        assert store.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.execute("PRAGMA foreign_key_check").fetchall() == []
        saved = checkins.all_checkins(store)
        assert len(saved) == 85
        assert saved[0].day == dt.date(2025, 10, 17)
    finally:
        store.close()


def test_migration_backs_up_first_and_runs_each_step_in_a_transaction(data_dir, monkeypatch):
    """A pretend version 2 shows the engine: backup, step, version bump."""
    db = install(FIXTURES / "taper-v1.sqlite3", data_dir)
    before = db.read_bytes()
    monkeypatch.setattr(schema, "USER_VERSION", 2)
    monkeypatch.setitem(
        schema.MIGRATIONS,
        1,
        "ALTER TABLE checkin ADD COLUMN energy INTEGER;\nUPDATE checkin SET energy = mood;",
    )
    import taper_desktop.store.db as db_module

    monkeypatch.setattr(db_module, "USER_VERSION", 2)
    store = open_store(data_dir)
    try:
        assert store.schema_version() == 2
        assert (
            store.execute("SELECT count(*) FROM checkin WHERE energy IS mood").fetchone()[0] == 85
        )
    finally:
        store.close()
    backups = list((data_dir / BACKUP_DIR).glob("before-migration-v1-*.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT count(*) FROM checkin").fetchone()[0] == 85
    copy.close()
    assert len(before) > 0


def test_a_failing_step_rolls_back_and_leaves_the_old_version(data_dir, monkeypatch):
    install(FIXTURES / "taper-v1.sqlite3", data_dir)
    import taper_desktop.store.db as db_module

    monkeypatch.setattr(db_module, "USER_VERSION", 2)
    monkeypatch.setitem(
        schema.MIGRATIONS,
        1,
        "ALTER TABLE checkin ADD COLUMN energy INTEGER;\nINSERT INTO no_such_table VALUES (1);",
    )
    with pytest.raises(StoreError, match="no_such_table"):
        open_store(data_dir)
    monkeypatch.setattr(db_module, "USER_VERSION", 1)
    store = open_store(data_dir)
    try:
        assert store.schema_version() == 1
        columns = [r[1] for r in store.execute("PRAGMA table_info(checkin)")]
        assert "energy" not in columns
    finally:
        store.close()


def test_version_2_keeps_past_increases_as_agreement_not_recorded_and_spells_mcg_h(data_dir):
    """A v1 file with a revision that raised the dose and a fentanyl patch in 'mcg/hr'."""
    db = install(FIXTURES / "taper-v1.sqlite3", data_dir)
    conn = sqlite3.connect(db)
    with conn:
        sub = conn.execute(
            "INSERT INTO substance (name, kind, unit, mme_factor, created_at) VALUES "
            "('Fentanyl transdermal patch', 'opioid', 'mcg/hr', 2.4, '2026-01-01T08:00:00')"
        ).lastrowid
        plan = conn.execute(
            "INSERT INTO plan (substance_id, created_at) VALUES (?, '2026-01-01T08:00:00')", (sub,)
        ).lastrowid
        for day, start in (("2026-01-01", 50), ("2026-02-01", 75)):
            conn.execute(
                "INSERT INTO plan_revision (plan_id, effective_date, rule, start_dose, step,"
                " interval_days, resolution, target, created_at) VALUES"
                " (?, ?, 'percent', ?, 10, 14, 12.5, 0, '2026-01-01T08:00:00')",
                (plan, day, start),
            )
        conn.execute(
            "INSERT INTO dose (day, amount, unit, substance_id, created_at) VALUES"
            " ('2030-01-02', 50, 'mcg/hr', ?, '2026-01-02T08:00:00')",
            (sub,),
        )
    conn.close()
    from taper_desktop.domain import plan_rules
    from taper_desktop.store import doses, plans

    store = open_store(data_dir)
    try:
        loaded = plans.load_plan(store, plan)
        assert loaded.substance.unit == "mcg/h"
        assert doses.on_day(store, dt.date(2030, 1, 2))[0].unit == "mcg/h"
        review = plan_rules.review_plan(loaded)
        assert review[0].rises == []
        assert review[1].rises == [(dt.date(2026, 2, 1), 37.5, 75.0)]  # 50 -> 37.5 by then
        assert not review[1].increase_recorded  # shown as "agreement not recorded"
        assert loaded.revisions[1].increase_agreed_with == ""
    finally:
        store.close()
