"""The store: file settings, permissions, constraints, transactions and refusals."""

import datetime as dt
import hashlib
import os
import sqlite3
import stat

import pytest

from taper_desktop.domain.models import CheckIn, Dose
from taper_desktop.store import StoreError, checkins, doses, drafts, open_store
from taper_desktop.store.schema import APPLICATION_ID, USER_VERSION

D = dt.date(2026, 3, 10)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_pragmas(store):
    q = lambda sql: store.execute(sql).fetchone()[0]  # noqa: E731
    assert q("PRAGMA journal_mode") == "wal"
    assert q("PRAGMA foreign_keys") == 1
    assert q("PRAGMA synchronous") == 2  # FULL
    assert q("PRAGMA application_id") == APPLICATION_ID
    assert q("PRAGMA user_version") == USER_VERSION == 3


def test_data_folder_and_files_are_owner_only(store, data_dir):
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    checkins.save(store, CheckIn(D, "SOWS", {"anxious": 1}))
    for name in ("taper.sqlite3", "taper.sqlite3-wal", "taper.sqlite3-shm"):
        path = data_dir / name
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, name


def test_check_constraints_refuse_out_of_range_values(store):
    checkin = checkins.save(store, CheckIn(D, "SOWS", {"anxious": 2}))
    bad = [
        ("INSERT INTO checkin_item VALUES (?, 'SOWS', 'yawning', 5)", (checkin.id,)),
        ("INSERT INTO checkin_item VALUES (?, 'SOWS', 'feeling_sick', 1)", (checkin.id,)),
        ("INSERT INTO checkin (day, instrument, saved_at) VALUES ('2026-02-30', 'SOWS', 'x')", ()),
        (
            "INSERT INTO checkin (day, instrument, pain, saved_at) "
            "VALUES ('2026-03-11','SOWS',11,'x')",
            (),
        ),
        (
            "INSERT INTO checkin (day, instrument, sleep_hours, saved_at) "
            "VALUES ('2026-03-11', 'SOWS', 7.25, 'x')",
            (),
        ),
        ("INSERT INTO dose (day, amount, unit, created_at) VALUES ('2026-03-11', 0, 'g', 'x')", ()),
        (
            "INSERT INTO dose (day, time, amount, unit, created_at) "
            "VALUES ('2026-03-11', '25:00', 1, 'g', 'x')",
            (),
        ),
        ("INSERT INTO cows_total (day, total, created_at) VALUES ('2026-03-11', 49, 'x')", ()),
        ("INSERT INTO hold (plan_id, start_day, created_at) VALUES (999, '2026-03-11', 'x')", ()),
    ]
    for sql, params in bad:
        with pytest.raises(sqlite3.IntegrityError):
            store.execute(sql, params)


def test_checkin_round_trip_keeps_blank_apart_from_zero(store):
    saved = checkins.save(
        store,
        CheckIn(
            D,
            "SOWS",
            {"anxious": 0, "yawning": 3},
            extras={"diarrhoea": 2},
            craving=0,
            sleep_hours=6.5,
            note="rough night",
            flag_for_provider=True,
        ),
    )
    assert saved.saved_at
    back = checkins.get(store, D)
    assert back.items == {"anxious": 0, "yawning": 3}
    assert back.extras == {"diarrhoea": 2}
    assert back.craving == 0 and back.pain is None and back.sleep_hours == 6.5
    assert back.total is None and not back.complete
    assert back.flag_for_provider and back.note == "rough night"


def test_saving_a_day_again_replaces_it_whole(store):
    checkins.save(store, CheckIn(D, "SOWS", {"anxious": 4, "yawning": 4}, pain=5))
    checkins.save(store, CheckIn(D, "SOWS-Gossop", {"feeling_sick": 1}))
    back = checkins.get(store, D)
    assert back.instrument == "SOWS-Gossop" and back.items == {"feeling_sick": 1}
    assert back.pain is None
    assert store.execute("SELECT count(*) FROM checkin_item").fetchone()[0] == 1


def test_a_failed_save_leaves_the_earlier_checkin_whole(store):
    checkins.save(store, CheckIn(D, "SOWS", {"anxious": 1}))
    with pytest.raises(ValueError):
        checkins.save(store, CheckIn(D, "SOWS", {"anxious": 9}))
    with pytest.raises(sqlite3.IntegrityError), store.transaction():
        store.execute("DELETE FROM checkin WHERE day = ?", (D.isoformat(),))
        store.execute(
            "INSERT INTO checkin (day, instrument, saved_at) VALUES (?, 'X', 'x')", (D.isoformat(),)
        )
    assert checkins.get(store, D).items == {"anxious": 1}


def test_day_totals_leave_unlogged_days_out(store):
    doses.add(store, Dose(D, 2.5, "g", "08:00"))
    doses.add(store, Dose(D, 1.5, "g", "20:00"))
    totals = doses.totals_between(store, D - dt.timedelta(days=1), D)
    assert totals == {D: 4.0}
    with pytest.raises(ValueError, match="greater than 0"):
        doses.add(store, Dose(D, 0, "g"))
    with pytest.raises(ValueError, match="HH:MM"):
        doses.add(store, Dose(D, 1, "g", "8am"))


def test_drafts_round_trip(store):
    drafts.put(store, "checkin:2026-03-10", {"anxious": 2})
    assert drafts.get(store, "checkin:2026-03-10") == {"anxious": 2}
    assert drafts.keys(store, "checkin:") == ["checkin:2026-03-10"]
    drafts.delete(store, "checkin:2026-03-10")
    assert drafts.get(store, "checkin:2026-03-10") is None


def test_random_bytes_are_refused_and_left_alone(data_dir):
    data_dir.mkdir()
    db = data_dir / "taper.sqlite3"
    db.write_bytes(os.urandom(16384))
    before = digest(db)
    with pytest.raises(StoreError, match="not a readable Taper Desktop database"):
        open_store(data_dir)
    assert digest(db) == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["taper.sqlite3"]


def test_a_truncated_database_is_refused_and_left_alone(data_dir):
    from taper_desktop.demo import fill_demo

    s = open_store(data_dir)
    fill_demo(s, dt.date(2026, 6, 1))
    s.close()
    db = data_dir / "taper.sqlite3"
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])
    before = digest(db)
    with pytest.raises(StoreError, match="damaged|not a readable"):
        open_store(data_dir)
    assert digest(db) == before


def test_a_newer_schema_is_refused_with_a_clear_message(data_dir):
    s = open_store(data_dir)
    s.execute(f"PRAGMA user_version = {USER_VERSION + 1}")
    s.close()
    before = digest(data_dir / "taper.sqlite3")
    with pytest.raises(StoreError, match="newer Taper Desktop .* update the app"):
        open_store(data_dir)
    assert digest(data_dir / "taper.sqlite3") == before


def test_another_programs_sqlite_file_is_refused(data_dir):
    data_dir.mkdir()
    other = sqlite3.connect(data_dir / "taper.sqlite3")
    other.execute("CREATE TABLE songs (title TEXT)")
    other.commit()
    other.close()
    before = digest(data_dir / "taper.sqlite3")
    with pytest.raises(StoreError, match="another program"):
        open_store(data_dir)
    assert digest(data_dir / "taper.sqlite3") == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_data_folder_is_refused(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(StoreError, match="cannot create|not writable"):
        open_store(locked / "data")


def test_a_data_folder_path_that_is_a_file_is_refused(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create"):
        open_store(blocker / "data")


def test_checkins_between_load_each_days_own_items_and_extras(store):
    days = [D + dt.timedelta(days=n) for n in (0, 1, 3, 6)]
    saved = {}
    for n, day in enumerate(days):
        saved[day] = checkins.save(
            store,
            CheckIn(
                day,
                "SOWS" if n % 2 == 0 else "SOWS-Gossop",
                {"anxious": n, "yawning": 4 - n} if n % 2 == 0 else {"feeling_sick": n},
                extras={"diarrhoea": n} if n else {},
                mood=n,
                sleep_hours=7.5 if n else None,
                note=f"day {n}",
                flag_for_provider=n == 3,
            ),
        )
    checkins.save(
        store, CheckIn(D + dt.timedelta(days=1), "SOWS-Gossop", {"feeling_sick": 2})
    )  # replaced: a new id, same day
    saved[days[1]] = checkins.get(store, days[1])
    got = checkins.between(store, days[1], days[3])
    assert [c.day for c in got] == days[1:]
    for c in got:
        want = saved[c.day]
        assert (
            c.id,
            c.instrument,
            c.items,
            c.extras,
            c.mood,
            c.sleep_hours,
            c.note,
            c.flag_for_provider,
            c.saved_at,
        ) == (
            want.id,
            want.instrument,
            want.items,
            want.extras,
            want.mood,
            want.sleep_hours,
            want.note,
            want.flag_for_provider,
            want.saved_at,
        )
    assert checkins.get(store, days[1]).items == {"feeling_sick": 2}
    assert checkins.get(store, days[1]).extras == {}
    assert [c.day for c in checkins.all_checkins(store)] == days
    assert checkins.between(store, D - dt.timedelta(days=9), D - dt.timedelta(days=1)) == []
    assert isinstance(store.execute("SELECT 1 AS one").fetchone(), sqlite3.Row)
