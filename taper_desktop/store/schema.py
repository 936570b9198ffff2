"""The database schema and its migration ladder.

USER_VERSION is the schema version the code writes. MIGRATIONS[n] takes a database
from version n to n + 1; version 0 is an empty file. Each step runs in its own
transaction. Never edit a released step: add a new one and a frozen fixture of the
version before it in tests/fixtures/.
"""

APPLICATION_ID = 0x54415052  # "TAPR"
USER_VERSION = 3

# date(x, '+0 days') normalizes 2026-02-30 to 2026-03-02, so only real dates equal themselves;
# IS (not =) so that an unparsable value (NULL from date()/time()) fails the check.
_DAY = "CHECK ({col} IS NULL OR (length({col}) = 10 AND date({col}, '+0 days') IS {col}))"
_TIME = "CHECK ({col} IS NULL OR (length({col}) = 5 AND time({col} || ':00') IS {col} || ':00'))"


def _day(col: str) -> str:
    return _DAY.format(col=col)


def _time(col: str) -> str:
    return _TIME.format(col=col)


SCHEMA_V1 = f"""
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL CHECK (json_valid(value))
) WITHOUT ROWID;

CREATE TABLE substance (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind       TEXT NOT NULL CHECK (kind IN ('kratom', 'opioid', 'buprenorphine', 'other')),
    unit       TEXT NOT NULL CHECK (length(trim(unit)) > 0),
    form       TEXT NOT NULL DEFAULT '',
    mme_factor REAL CHECK (mme_factor IS NULL OR mme_factor > 0),
    created_at TEXT NOT NULL
);

CREATE TABLE plan (
    id           INTEGER PRIMARY KEY,
    substance_id INTEGER NOT NULL REFERENCES substance (id),
    name         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);

-- One version of a plan; rules from effective_date until the next revision.
CREATE TABLE plan_revision (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    effective_date TEXT NOT NULL {_day("effective_date")},
    rule           TEXT NOT NULL CHECK (rule IN ('percent', 'linear', 'custom')),
    start_dose     REAL NOT NULL CHECK (start_dose > 0),
    step           REAL CHECK (step IS NULL OR step > 0),
    interval_days  INTEGER CHECK (interval_days IS NULL OR interval_days >= 1),
    resolution     REAL NOT NULL CHECK (resolution > 0),
    target         REAL NOT NULL DEFAULT 0 CHECK (target >= 0 AND target < start_dose),
    reason         TEXT NOT NULL DEFAULT '',
    agreed_by      TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    CHECK (rule = 'custom' OR (step IS NOT NULL AND interval_days IS NOT NULL)),
    CHECK (rule <> 'percent' OR step <= 50),
    CHECK (rule <> 'linear' OR step <= start_dose)
);
CREATE INDEX plan_revision_plan ON plan_revision (plan_id, effective_date);

CREATE TABLE plan_custom_step (
    revision_id     INTEGER NOT NULL REFERENCES plan_revision (id) ON DELETE CASCADE,
    day             TEXT NOT NULL {_day("day")},
    dose            REAL NOT NULL CHECK (dose >= 0),
    increase_agreed INTEGER NOT NULL DEFAULT 0 CHECK (increase_agreed IN (0, 1)),
    PRIMARY KEY (revision_id, day)
) WITHOUT ROWID;

-- A pause of the steps; end_day is the last held day, NULL while the hold is open.
CREATE TABLE hold (
    id         INTEGER PRIMARY KEY,
    plan_id    INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    start_day  TEXT NOT NULL {_day("start_day")},
    end_day    TEXT {_day("end_day")},
    reason     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK (end_day IS NULL OR end_day >= start_day)
);

CREATE TABLE dose (
    id           INTEGER PRIMARY KEY,
    day          TEXT NOT NULL {_day("day")},
    time         TEXT {_time("time")},
    substance_id INTEGER REFERENCES substance (id),
    amount       REAL NOT NULL CHECK (amount > 0 AND amount < 1000000),
    unit         TEXT NOT NULL CHECK (length(trim(unit)) > 0),
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);
CREATE INDEX dose_day ON dose (day);

-- A day's self-report; unanswered items have no row in checkin_item.
CREATE TABLE checkin (
    id                INTEGER PRIMARY KEY,
    day               TEXT NOT NULL UNIQUE {_day("day")},
    instrument        TEXT NOT NULL CHECK (instrument IN ('SOWS', 'SOWS-Gossop')),
    craving           INTEGER CHECK (craving BETWEEN 0 AND 10),
    pain              INTEGER CHECK (pain BETWEEN 0 AND 10),
    sleep_hours       REAL CHECK (sleep_hours BETWEEN 0 AND 24
                                  AND sleep_hours * 2 = CAST(sleep_hours * 2 AS INTEGER)),
    sleep_quality     INTEGER CHECK (sleep_quality BETWEEN 0 AND 10),
    mood              INTEGER CHECK (mood BETWEEN 0 AND 10),
    note              TEXT NOT NULL DEFAULT '',
    flag_for_provider INTEGER NOT NULL DEFAULT 0 CHECK (flag_for_provider IN (0, 1)),
    saved_at          TEXT NOT NULL,
    UNIQUE (id, instrument)
);

CREATE TABLE checkin_item (
    checkin_id INTEGER NOT NULL,
    instrument TEXT NOT NULL,
    item       TEXT NOT NULL,
    score      INTEGER NOT NULL,
    PRIMARY KEY (checkin_id, item),
    FOREIGN KEY (checkin_id, instrument) REFERENCES checkin (id, instrument)
        ON DELETE CASCADE ON UPDATE CASCADE,
    CHECK ((instrument = 'SOWS' AND score BETWEEN 0 AND 4 AND item IN (
                'anxious', 'yawning', 'perspiring', 'eyes_tearing', 'nose_running',
                'gooseflesh', 'shaking', 'hot_flashes', 'cold_flashes',
                'bones_muscles_ache', 'restless', 'nauseous', 'feel_like_vomiting',
                'muscles_twitch', 'stomach_cramps', 'feel_like_using'))
        OR (instrument = 'SOWS-Gossop' AND score BETWEEN 0 AND 3 AND item IN (
                'feeling_sick', 'stomach_cramps', 'muscle_spasms', 'feeling_cold',
                'heart_pounding', 'muscular_tension', 'aches_and_pains', 'yawning',
                'runny_eyes', 'trouble_sleeping')))
) WITHOUT ROWID;

-- Optional kratom-related symptoms, kept apart from the scale total.
CREATE TABLE extra_symptom_score (
    checkin_id INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
    symptom    TEXT NOT NULL CHECK (symptom IN ('diarrhoea', 'trouble_sleeping',
                   'decreased_appetite', 'irritability', 'low_energy')),
    score      INTEGER NOT NULL CHECK (score BETWEEN 0 AND 4),
    PRIMARY KEY (checkin_id, symptom)
) WITHOUT ROWID;

CREATE TABLE other_medication (
    id         INTEGER PRIMARY KEY,
    day        TEXT NOT NULL {_day("day")},
    time       TEXT {_time("time")},
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    amount     REAL CHECK (amount IS NULL OR amount > 0),
    unit       TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX other_medication_day ON other_medication (day);

CREATE TABLE appointment (
    id         INTEGER PRIMARY KEY,
    day        TEXT NOT NULL {_day("day")},
    time       TEXT {_time("time")},
    clinician  TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX appointment_day ON appointment (day);

-- A COWS total given by a clinician (Wesson & Ling 2003); recorded, never computed.
CREATE TABLE cows_total (
    id             INTEGER PRIMARY KEY,
    day            TEXT NOT NULL {_day("day")},
    total          INTEGER NOT NULL CHECK (total BETWEEN 0 AND 48),
    appointment_id INTEGER REFERENCES appointment (id) ON DELETE SET NULL,
    clinician      TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL
);

-- Unsaved form state (e.g. a half-typed check-in), kept as it changes.
CREATE TABLE draft (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL CHECK (json_valid(value)),
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
"""

# Version 2: a rise in the planned dose is stored with the provider who agreed it
# (domain/plan_rules.py). Past increases keep an empty name, which reads "agreement not
# recorded" wherever they are shown; nothing about them is invented. The fentanyl patch
# unit is spelled "mcg/h" (a rate), as clinical.md section 6 asks; earlier files said
# "mcg/hr", the same unit, so the spelling is rewritten and nothing else.
SCHEMA_V2 = f"""
ALTER TABLE plan_revision ADD COLUMN increase_agreed_with TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_revision ADD COLUMN increase_agreed_on TEXT {_day("increase_agreed_on")};
UPDATE substance SET unit = 'mcg/h' WHERE unit = 'mcg/hr';
UPDATE dose SET unit = 'mcg/h' WHERE unit = 'mcg/hr';
"""

# Version 3: a revision or a hold entered wrongly is withdrawn, not erased: it leaves the
# schedule but stays in the plan history with the day it was withdrawn and why (e.g.
# "entered in error"). A correction is a withdrawal plus a new revision or hold.
SCHEMA_V3 = f"""
ALTER TABLE plan_revision ADD COLUMN withdrawn_on TEXT {_day("withdrawn_on")};
ALTER TABLE plan_revision ADD COLUMN withdrawn_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE hold ADD COLUMN withdrawn_on TEXT {_day("withdrawn_on")};
ALTER TABLE hold ADD COLUMN withdrawn_reason TEXT NOT NULL DEFAULT '';
"""

# MIGRATIONS[n] upgrades version n to n + 1.
MIGRATIONS: dict[int, str] = {
    0: SCHEMA_V1,
    1: SCHEMA_V2,
    2: SCHEMA_V3,
}
